use super::{counted, print_errors, BuildArgs};
use std::process::ExitCode;
use verkan::diagnostic::{Severity, Tally};
use verkan::lints::LevelOverrides;
use verkan::Result;

pub fn run(args: &BuildArgs) -> Result<ExitCode> {
    let built = verkan::build::build(
        &args.input,
        &args.output,
        args.scale,
        &LevelOverrides::new(),
        &args.data.policy(),
        args.force,
    )?;
    let tally = Tally::of(&built.diagnostics);
    if tally.errors > 0 {
        let errors: Vec<_> = built
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .cloned()
            .collect();
        print_errors(&built.sources, &errors);
        eprintln!("nothing was written to {}", args.output.display());
        return Ok(ExitCode::from(1));
    }
    for name in &built.written {
        println!("wrote {}", args.output.join(name).display());
    }
    for note in &built.notes {
        eprintln!("note: {note}");
    }
    println!(
        "built {} into {}: {} (see `verkan check`)",
        counted(built.theories, "theory", "theories"),
        args.output.display(),
        counted(tally.warnings, "warning", "warnings"),
    );
    Ok(ExitCode::SUCCESS)
}
