use super::{run_language, FmtArgs};
use std::process::ExitCode;
use verkan::{t, Error, Result};

pub fn run(args: &FmtArgs) -> Result<ExitCode> {
    let files = verkan::folder::expand(&args.paths)?;
    if files.is_empty() {
        return Err(Error::Usage(t!("no-theories-to", what = "format")));
    }
    let language = run_language(None);
    let (mut changed, mut broken, mut unreadable) = (Vec::new(), 0, Vec::new());
    for path in &files {
        // The folder policy (see `verkan::folder`): a file that cannot be read does not stop
        // the others; it is said at the end, with exit status 2.
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                unreadable.push(Error::io("read", path, e));
                continue;
            }
        };
        let formatted = match verkan::author::fmt::format(&text) {
            Ok(formatted) => formatted,
            Err(e) => {
                // Not TOML: left as it is; `check` shows where and why.
                eprintln!(
                    "{}",
                    t!(
                        "fmt-not-toml",
                        file = path.display().to_string(),
                        error = e.message()
                    )
                    .render(language)
                );
                broken += 1;
                continue;
            }
        };
        if formatted != text {
            if !args.check {
                verkan::output::write_atomic(path, formatted.as_bytes())?;
            }
            changed.push(path);
        }
    }
    for path in &changed {
        if args.check {
            super::print(format!(
                "{}\n",
                t!("fmt-would-reformat", file = path.display().to_string()).render(language)
            ))?;
        }
    }
    eprintln!(
        "{}",
        t!(
            "fmt-summary",
            check = if args.check { "yes" } else { "no" },
            changed = changed.len(),
            files = files.len(),
            broken = broken
        )
        .render(language)
    );
    let unreadable = super::say_unreadable(&unreadable, language);
    Ok(if let Some(code) = unreadable {
        code
    } else if broken > 0 {
        ExitCode::from(2)
    } else if args.check && !changed.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
