use super::{chosen_language, BuildArgs};
use std::process::ExitCode;
use verkan::diagnostic::Tally;
use verkan::lints::LevelOverrides;
use verkan::{t, Result};

pub fn run(args: &BuildArgs) -> Result<ExitCode> {
    let progress =
        super::progress::Progress::new(t!("progress-building").render(super::run_language(None)));
    let built = verkan::build::build(
        &args.input,
        &args.output,
        &LevelOverrides::new(),
        &args.data.policy(),
        verkan::build::BuildOptions {
            scale: args.scale,
            force: args.force,
            fresh: args.fresh,
        },
        &mut |done, of| progress.tick(done, of),
    );
    progress.finish();
    let mut built = built?;
    built.sources.choose_language(chosen_language());
    built
        .sources
        .set_fallback_language(verkan::locale::from_env());
    let language = built.sources.run_language();
    let tally = Tally::of(&built.diagnostics);
    if tally.errors > 0 || !built.unreadable.is_empty() {
        super::print_error_findings(&built.sources, &built.diagnostics);
        let unreadable = super::say_unreadable(&built.unreadable, language);
        eprintln!(
            "{}",
            t!(
                "build-nothing-written",
                folder = args.output.display().to_string()
            )
            .render(language)
        );
        return Ok(unreadable.unwrap_or(ExitCode::from(1)));
    }
    for name in &built.written {
        super::print(format!(
            "{}\n",
            t!("wrote", file = args.output.join(name).display().to_string()).render(language)
        ))?;
    }
    for note in &built.notes {
        eprintln!("{}", t!("note", note = note.clone()).render(language));
    }
    super::print(format!(
        "{}\n",
        t!(
            "summary-built",
            theories = built.theories,
            folder = args.output.display().to_string(),
            warnings = tally.warnings
        )
        .render(language)
    ))?;
    Ok(ExitCode::SUCCESS)
}
