use super::{new_sources, print, print_errors, table_width, CoverageArgs, CoverageFormat};
use std::process::ExitCode;
use verkan::diagnostic::Severity;
use verkan::indicators::coverage::{self, Metric};
use verkan::lints::LevelOverrides;
use verkan::{t, Error, Result};

pub fn run(args: &CoverageArgs) -> Result<ExitCode> {
    let folder = verkan::folder::check_all(
        new_sources(),
        &args.paths,
        &LevelOverrides::new(),
        &args.data.policy(),
    )?;
    if folder.is_empty() {
        return Err(Error::Usage(t!("no-theories-to", what = "measure")));
    }
    if let Some(code) = super::report_unreadable(&folder) {
        return Ok(code);
    }
    let mut theories = Vec::new();
    let mut unreadable = Vec::new();
    for entry in &folder.theories {
        // Coverage measures theories with gaps too: only files that cannot be parsed are left out.
        match &entry.checked.compiled {
            Some(compiled) => theories.push(coverage::of_theory(
                &entry.path.display().to_string(),
                compiled,
            )),
            None => unreadable.extend(
                entry
                    .checked
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .cloned(),
            ),
        }
    }
    let sources = &folder.sources;
    if !unreadable.is_empty() {
        print_errors(sources, &unreadable);
        return Ok(ExitCode::from(1));
    }
    let language = sources.run_language();
    let report = coverage::of_theories(theories);
    print(&match args.format {
        CoverageFormat::Table => report.table(table_width(), language),
        CoverageFormat::Json => verkan::json::coverage::to_json(&report),
    })?;

    let metric = Metric::from(args.metric);
    let mut failed = false;
    if let Some(min) = args.min {
        for t in &report.theories {
            let share = t.shares.percent(metric);
            if share < min {
                eprintln!(
                    "{}",
                    t!(
                        "coverage-below",
                        theory = &t.theory,
                        share = format!("{share:.0}"),
                        metric = metric_key(metric),
                        min = min
                    )
                    .render(language)
                );
                failed = true;
            }
        }
    }
    if args.require.is_some() {
        for t in report.theories.iter().filter(|t| !t.unmeasured.is_empty()) {
            eprintln!(
                "{}",
                t!(
                    "coverage-unmeasured",
                    theory = &t.theory,
                    indicators = t.unmeasured.join(", ")
                )
                .render(language)
            );
            failed = true;
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The metric as the catalogues' `coverage-below` names it.
fn metric_key(metric: Metric) -> &'static str {
    match metric {
        Metric::Reached => "reached",
        Metric::OutcomeIndicator => "outcome",
        Metric::Target => "target",
        Metric::Measured => "measured",
    }
}
