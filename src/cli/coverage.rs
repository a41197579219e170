use super::{print, print_errors, table_width, CoverageArgs, CoverageFormat};
use std::process::ExitCode;
use verkan::diagnostic::Severity;
use verkan::indicators::coverage::{self, Metric};
use verkan::lints::LevelOverrides;
use verkan::source::Sources;
use verkan::{Error, Result};

pub fn run(args: &CoverageArgs) -> Result<ExitCode> {
    let files = verkan::paths::expand(&args.paths)?;
    if files.is_empty() {
        return Err(Error::Usage(
            "no *.toml theory files to measure".to_string(),
        ));
    }
    let mut sources = Sources::new();
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
    let report = coverage::of_theories(theories);
    print(&match args.format {
        CoverageFormat::Table => report.table(table_width()),
        CoverageFormat::Json => report.json(),
    })?;

    let metric = args.metric;
    let mut failed = false;
    if let Some(min) = args.min {
        for t in &report.theories {
            let share = t.shares.percent(metric);
            if share < min {
                eprintln!(
                    "coverage: {} has {share:.0} % of effects with {}, below --min {min}",
                    t.theory,
                    metric_words(metric)
                );
                failed = true;
            }
        }
    }
    if args.require.is_some() {
        for t in report.theories.iter().filter(|t| !t.unmeasured.is_empty()) {
            eprintln!(
                "coverage: {} has outcome indicators without measurements: {}",
                t.theory,
                t.unmeasured.join(", ")
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

fn metric_words(metric: Metric) -> &'static str {
    match metric {
        Metric::Reached => "a mechanism leading to them",
        Metric::OutcomeIndicator => "an outcome indicator",
        Metric::Target => "a target",
        Metric::Measured => "a measurement",
    }
}
