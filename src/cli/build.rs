use super::{print_errors, BuildArgs};
use std::process::ExitCode;
use verkan::diagnostic::{Severity, Tally};
use verkan::lints::LevelOverrides;

pub fn run(args: &BuildArgs) -> Result<ExitCode, String> {
    let built = verkan::build::build(
        &args.input,
        &args.output,
        args.scale,
        &LevelOverrides::new(),
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
    println!(
        "built {} theor{} into {}: {} warning{} (see `verkan check`)",
        built.theories,
        if built.theories == 1 { "y" } else { "ies" },
        args.output.display(),
        tally.warnings,
        if tally.warnings == 1 { "" } else { "s" },
    );
    Ok(ExitCode::SUCCESS)
}
