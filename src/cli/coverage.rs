use super::{new_sources, print, print_errors, table_width, CoverageArgs, CoverageFormat};
use std::process::ExitCode;
use verkan::diagnostic::Severity;
use verkan::indicators::coverage::{self, Metric};
use verkan::lints::LevelOverrides;
use verkan::{t, Error, Result};

pub fn run(args: &CoverageArgs) -> Result<ExitCode> {
    let files = verkan::paths::expand(&args.paths)?;
    if files.is_empty() {
        return Err(Error::Usage(t!("no-theories-to", what = "measure")));
    }
    let mut sources = new_sources();
    let mut theories = Vec::new();
    let mut unreadable = Vec::new();
    for path in &files {
        let checked = verkan::check_path_with(
            &mut sources,
            path,
            &LevelOverrides::new(),
            &args.data.policy(),
        )?;
        // Coverage measures theories with gaps too: only files that cannot be read are left out.
        match &checked.compiled {
            Some(compiled) => {
                theories.push(coverage::of_theory(&path.display().to_string(), compiled))
            }
            None => unreadable.extend(
                checked
                    .diagnostics
                    .into_iter()
                    .filter(|d| d.severity == Severity::Error),
            ),
        }
    }
    if !unreadable.is_empty() {
        print_errors(&sources, &unreadable);
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
