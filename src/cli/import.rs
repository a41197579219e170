use super::{chosen_language, ImportArgs, ImportFormat};
use std::process::ExitCode;
use verkan::author::logframe;
use verkan::{t, Error, Result};

pub fn run(args: &ImportArgs) -> Result<ExitCode> {
    match args.format {
        ImportFormat::Logframe => logframe_file(args),
    }
}

fn logframe_file(args: &ImportArgs) -> Result<ExitCode> {
    // Reading a large workbook takes a moment: the steps are read, sheet, matrix, write.
    let progress =
        super::progress::Progress::new(t!("progress-importing").render(super::run_language(None)));
    let shown = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io("read", &args.file, e))?;
    progress.tick(1, 4);
    let workbook = args
        .file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"));
    let text = if workbook {
        sheet_text(bytes, args.sheet.as_deref(), &shown)?
    } else {
        verkan::indicators::encoding::decode(&bytes)
            .map_err(|_| Error::Failed(t!("import-not-text", file = &shown)))?
            .0
    };
    progress.tick(2, 4);
    let matrix = logframe::read(&text).map_err(|why| {
        let why = match why {
            logframe::NotALogframe::NoHeader => "no-header",
            logframe::NotALogframe::NoLevels => "no-levels",
        };
        Error::Failed(t!("import-not-a-logframe", file = &shown, why = why))
    })?;
    let language = chosen_language().unwrap_or(matrix.language);
    let stem = args
        .file
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let name = args.name.clone().unwrap_or_else(|| stem.clone());
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| args.file.with_file_name(format!("{stem}.toml")));
    let from = args
        .file
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    progress.tick(3, 4);
    let theory = logframe::theory(&matrix, &name, &from, language);
    if !verkan::output::write_new(&output, theory.as_bytes())? {
        return Err(Error::Usage(t!(
            "import-exists",
            path = output.display().to_string()
        )));
    }
    progress.finish();
    let written = output.display().to_string();
    let say = |text: verkan::locale::Text| eprintln!("{}", text.render(language));
    say(t!("wrote", file = &written));
    if let Some(schema) = verkan::author::write_schema_beside(&output, language)? {
        say(t!("new-wrote-schema", file = schema.display().to_string()));
    }
    say(t!("import-next", file = &written));
    Ok(ExitCode::SUCCESS)
}

/// A workbook's sheet as CSV text, merged cells filled in.
#[cfg(feature = "xlsx")]
fn sheet_text(bytes: Vec<u8>, sheet: Option<&str>, shown: &str) -> Result<String> {
    verkan::indicators::workbook::sheet_as_csv(bytes, sheet, false)
        .map(|sheet| sheet.text)
        .map_err(|(message, help)| {
            Error::Failed(t!(
                "with-suggestion",
                message = t!("workbook-unreadable", file = shown, problem = message),
                help = help
            ))
        })
}

#[cfg(not(feature = "xlsx"))]
fn sheet_text(_: Vec<u8>, _: Option<&str>, _: &str) -> Result<String> {
    Err(Error::Failed(t!("workbook-unsupported")))
}
