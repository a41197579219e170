use super::{compile_one, print, table_width, ReportArgs, ReportFormat};
use std::process::ExitCode;
use verkan::indicators::report::scorecard;
use verkan::model::Period;
use verkan::{Error, Result};

pub fn run(args: &ReportArgs) -> Result<ExitCode> {
    let as_of = match &args.period {
        Some(text) => Some((
            text.as_str(),
            Period::parse(text).ok_or_else(|| {
                Error::Usage(format!(
                    "`{text}` is not a period: write e.g. 2011, 2019-12, 2019-H1 or 2019-T2"
                ))
            })?,
        )),
        None => None,
    };
    let Some(compiled) = compile_one(&args.theory, &args.data)? else {
        return Ok(ExitCode::from(1));
    };
    let card = scorecard(&compiled, as_of);
    let text = match args.format {
        ReportFormat::Table => card.table(table_width()),
        ReportFormat::Markdown => card.markdown(),
        ReportFormat::Csv => card.csv()?,
        ReportFormat::Json => {
            verkan::json::to_string(&verkan::json::report::Report::new(&compiled, as_of))
        }
    };
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}
