use super::{compile_one, print, table_width, ReportArgs, ReportFormat};
use std::process::ExitCode;
use verkan::indicators::portfolio::Portfolio;
use verkan::indicators::report::scorecard;
use verkan::model::Period;
use verkan::t;
use verkan::{Error, Result};

/// The format asked for, or the one the output file's name says, or the terminal table.
fn format(args: &ReportArgs) -> Result<ReportFormat> {
    if let Some(format) = args.format {
        return Ok(format);
    }
    let Some(path) = &args.output else {
        return Ok(ReportFormat::Table);
    };
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("md" | "markdown") => Ok(ReportFormat::Markdown),
        Some("csv") => Ok(ReportFormat::Csv),
        Some("json") => Ok(ReportFormat::Json),
        Some("xlsx") => Ok(ReportFormat::Xlsx),
        Some("docx") => Ok(ReportFormat::Docx),
        Some("xml") => Ok(ReportFormat::Iati),
        Some("txt") => Ok(ReportFormat::Table),
        _ => Err(Error::Usage(t!(
            "unknown-extension",
            path = path.display().to_string(),
            extensions = ".md, .csv, .json, .xlsx, .docx, .xml, .txt"
        ))),
    }
}

/// Writes the report where it was asked for.
fn emit(args: &ReportArgs, bytes: &[u8]) -> Result<()> {
    match &args.output {
        Some(path) => verkan::output::write_atomic(path, bytes),
        None => print(bytes),
    }
}

pub fn run(args: &ReportArgs) -> Result<ExitCode> {
    let format = format(args)?;
    let example = match format {
        ReportFormat::Xlsx => Some("styrgrupp.xlsx"),
        ReportFormat::Docx => Some("rapport.docx"),
        _ => None,
    };
    if let (Some(example), None) = (example, &args.output) {
        return Err(Error::Usage(t!("binary-needs-output", example = example)));
    }
    let as_of = match &args.period {
        Some(text) => Some((
            text.as_str(),
            Period::parse(text).ok_or_else(|| Error::Usage(t!("not-a-period", period = text)))?,
        )),
        None => None,
    };
    // One file: its scorecard. A folder, or several files: the portfolio.
    let portfolio = args.paths.len() > 1 || args.paths.iter().any(|p| p.is_dir());
    if portfolio {
        return run_portfolio(args, format, as_of);
    }
    let Some(compiled) = compile_one(&args.paths[0], &args.data)? else {
        return Ok(ExitCode::from(1));
    };
    let card = scorecard(&compiled, as_of);
    let bytes = match format {
        ReportFormat::Table => card.table(table_width()).into_bytes(),
        ReportFormat::Markdown => card.markdown().into_bytes(),
        ReportFormat::Csv => card.csv()?.into_bytes(),
        ReportFormat::Json => {
            verkan::json::to_string(&verkan::json::report::Report::of(&compiled, &card))
                .into_bytes()
        }
        ReportFormat::Xlsx => {
            let file = args.paths[0].display().to_string();
            let portfolio = Portfolio::new(&[(file, &compiled)], as_of);
            portfolio.workbook()?
        }
        ReportFormat::Docx => docx(&compiled, &card)?,
        ReportFormat::Iati => match verkan::indicators::iati::iati(&compiled) {
            Ok(xml) => xml.into_bytes(),
            Err(missing) => {
                let language = compiled.theory.meta.language;
                let mut said =
                    t!("iati-cannot", theory = compiled.theory.meta.name.as_str()).render(language);
                for m in missing {
                    said.push_str(&format!("\n  - {}", m.render(language)));
                }
                eprintln!("{said}");
                return Ok(ExitCode::from(2));
            }
        },
    };
    emit(args, &bytes)?;
    Ok(ExitCode::SUCCESS)
}

fn run_portfolio(
    args: &ReportArgs,
    format: ReportFormat,
    as_of: Option<(&str, Period)>,
) -> Result<ExitCode> {
    let progress =
        super::progress::Progress::new(t!("progress-reading").render(super::run_language(None)));
    let folder = verkan::folder::check_all_telling(
        super::new_sources(),
        &args.paths,
        &verkan::lints::LevelOverrides::new(),
        &args.data.policy(),
        &mut |done, of| progress.tick(done, of),
    );
    progress.finish();
    let folder = folder?;
    if folder.is_empty() {
        return Err(Error::Usage(t!("no-theories-to", what = "report")));
    }
    if let Some(code) = super::report_unreadable(&folder) {
        return Ok(code);
    }
    let mut theories = Vec::new();
    let mut errors = Vec::new();
    for entry in folder.theories {
        let mut own: Vec<_> = entry
            .checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == verkan::diagnostic::Severity::Error)
            .cloned()
            .collect();
        match entry.checked.compiled {
            Some(compiled) if own.is_empty() => {
                theories.push((entry.path.display().to_string(), compiled))
            }
            _ => errors.append(&mut own),
        }
    }
    if !errors.is_empty() {
        super::print_errors(&folder.sources, &errors);
        return Ok(ExitCode::from(1));
    }
    let refs: Vec<(String, &verkan::compile::Compiled)> =
        theories.iter().map(|(f, c)| (f.clone(), c)).collect();
    let portfolio = Portfolio::new(&refs, as_of);
    let bytes = match format {
        ReportFormat::Table => portfolio.table(table_width()).into_bytes(),
        ReportFormat::Markdown => portfolio.markdown().into_bytes(),
        ReportFormat::Csv => portfolio.csv()?.into_bytes(),
        ReportFormat::Xlsx => portfolio.workbook()?,
        ReportFormat::Json => verkan::json::portfolio::to_json(portfolio).into_bytes(),
        ReportFormat::Docx => portfolio_docx(&portfolio)?,
        ReportFormat::Iati => return Err(Error::Usage(t!("iati-one-theory"))),
    };
    emit(args, &bytes)?;
    Ok(ExitCode::SUCCESS)
}

/// The portfolio's Word document: the overview, each theory small with its attainment.
#[cfg(feature = "docx")]
fn portfolio_docx(portfolio: &Portfolio<'_>) -> Result<Vec<u8>> {
    verkan::indicators::report::docx::portfolio_report(portfolio)
}

#[cfg(not(feature = "docx"))]
fn portfolio_docx(_: &Portfolio<'_>) -> Result<Vec<u8>> {
    Err(Error::MissingTool(t!("docx-unsupported")))
}

/// The Word report of one theory.
#[cfg(feature = "docx")]
fn docx(
    compiled: &verkan::compile::Compiled,
    card: &verkan::indicators::report::Scorecard,
) -> Result<Vec<u8>> {
    verkan::indicators::report::docx::word_report(compiled, card)
}

#[cfg(not(feature = "docx"))]
fn docx(
    _: &verkan::compile::Compiled,
    _: &verkan::indicators::report::Scorecard,
) -> Result<Vec<u8>> {
    Err(Error::MissingTool(t!("docx-unsupported")))
}
