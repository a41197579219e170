use super::ServeArgs;
use std::io::Write;
use std::process::ExitCode;
use verkan::serve::{start, ServeOptions};
use verkan::Result;

pub fn run(args: &ServeArgs) -> Result<ExitCode> {
    let running = start(&ServeOptions {
        dir: args.dir.clone(),
        host: args.host.clone(),
        port: args.port,
        policy: args.data.policy(),
    })?;
    // Before the address is printed: whoever reads it may stop the server at once.
    let stop = running.stopper();
    if let Err(e) = ctrlc::set_handler(stop) {
        eprintln!("warning: Ctrl-C will end the server abruptly: {e}");
    }
    let url = running.url();
    if !matches!(args.host.as_str(), "127.0.0.1" | "localhost" | "::1") {
        eprintln!(
            "warning: listening on {}: anyone on the network who can reach this address can read these theories",
            args.host
        );
    }
    for path in running.outside() {
        eprintln!(
            "warning: {} leads outside {} and is not served",
            path.display(),
            args.dir.display()
        );
    }
    // The first line is the address, for people and for scripts that start the server.
    println!(
        "verkan serve: {url} ({} from {}; Ctrl-C stops)",
        super::counted(running.theories(), "theory", "theories"),
        args.dir.display()
    );
    let _ = std::io::stdout().flush();
    if args.open {
        open(&url);
    }
    running.run();
    eprintln!("verkan serve: stopped");
    Ok(ExitCode::SUCCESS)
}

/// Opens the page in the system's browser; says so when it cannot.
fn open(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let opened = std::process::Command::new(opener.0)
        .args(&opener.1)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if opened.is_err() {
        eprintln!(
            "could not open a browser ({} is missing): open {url} yourself",
            opener.0
        );
    }
}
