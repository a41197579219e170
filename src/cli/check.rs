use super::{new_sources, CheckArgs, Color, Format};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use verkan::diagnostic::{self, Diagnostic, Tally};
use verkan::lints::LevelOverrides;
use verkan::model::LintLevel;
use verkan::source::Sources;
use verkan::{t, Error, Result};

pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let overrides = overrides(args)?;
    let folder =
        verkan::folder::check_all(new_sources(), &args.paths, &overrides, &args.data.policy())?;
    if folder.is_empty() {
        return Err(Error::Usage(t!(
            "no-theories",
            paths = args
                .paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let sources = &folder.sources;
    let diagnostics: Vec<Diagnostic> = folder
        .theories
        .iter()
        .flat_map(|entry| entry.checked.diagnostics.iter().cloned())
        .collect();

    let tally = Tally::of(&diagnostics);
    let checked = folder.theories.len();
    let summary = t!(
        "summary-checked",
        theories = checked,
        errors = tally.errors,
        warnings = tally.warnings
    )
    .render(sources.run_language());
    let written = write_report(args.format, args.color, sources, &diagnostics, &summary);
    match written {
        // A reader that stops early (`verkan check | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(Error::Output(e)),
        Ok(()) => {}
    }
    Ok(if let Some(code) = super::report_unreadable(&folder) {
        code
    } else if tally.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn write_report(
    format: Format,
    color: Color,
    sources: &Sources,
    diagnostics: &[Diagnostic],
    summary: &str,
) -> std::io::Result<()> {
    match format {
        Format::Human => {
            let mut out = StandardStream::stdout(color_choice(color));
            diagnostic::emit_human(&mut out, sources, diagnostics)?;
            writeln!(out, "{summary}")?;
            out.flush()
        }
        Format::Json => {
            let mut out = std::io::stdout().lock();
            verkan::json::diagnostics::emit(&mut out, sources, diagnostics)?;
            out.flush()?;
            eprintln!("{summary}");
            Ok(())
        }
        Format::Github | Format::Sarif | Format::Gitlab => {
            let mut out = std::io::stdout().lock();
            match format {
                Format::Sarif => verkan::json::sarif::emit_sarif(&mut out, sources, diagnostics)?,
                Format::Gitlab => verkan::json::sarif::emit_gitlab(&mut out, sources, diagnostics)?,
                _ => diagnostic::emit_github(&mut out, sources, diagnostics)?,
            }
            out.flush()?;
            eprintln!("{summary}");
            Ok(())
        }
    }
}

fn overrides(args: &CheckArgs) -> Result<LevelOverrides> {
    let mut overrides = LevelOverrides::new();
    // Deny is applied last so that it wins when one rule is named twice.
    for (names, level) in [
        (&args.allow, LintLevel::Allow),
        (&args.warn, LintLevel::Warn),
        (&args.deny, LintLevel::Deny),
    ] {
        for name in names {
            overrides.set(name, level)?;
        }
    }
    Ok(overrides)
}

fn color_choice(color: Color) -> ColorChoice {
    match color {
        Color::Always => ColorChoice::Always,
        Color::Never => ColorChoice::Never,
        Color::Auto
            if std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() =>
        {
            ColorChoice::Auto
        }
        Color::Auto => ColorChoice::Never,
    }
}
