use super::FmtArgs;
use std::process::ExitCode;
use verkan::{Error, Result};

pub fn run(args: &FmtArgs) -> Result<ExitCode> {
    let files = verkan::paths::expand(&args.paths)?;
    if files.is_empty() {
        return Err(Error::Usage("no *.toml theory files to format".to_string()));
    }
    let (mut changed, mut broken) = (Vec::new(), 0);
    for path in &files {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))?;
        let formatted = match verkan::author::fmt::format(&text) {
            Ok(formatted) => formatted,
            Err(e) => {
                // Not TOML: left as it is; `check` shows where and why.
                eprintln!(
                    "error: {}: not formatted, it is not valid TOML ({}); `verkan check {}` shows where",
                    path.display(),
                    e.message(),
                    path.display()
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
            println!("would reformat {}", path.display());
        }
    }
    let verb = if args.check {
        "would reformat"
    } else {
        "reformatted"
    };
    eprintln!(
        "{verb} {} of {} file(s){}",
        changed.len(),
        files.len(),
        if broken > 0 {
            format!("; {broken} not TOML")
        } else {
            String::new()
        }
    );
    Ok(if broken > 0 {
        ExitCode::from(2)
    } else if args.check && !changed.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
