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
        share: args.share,
    })?;
    // Before the address is printed: whoever reads it may stop the server at once.
    let stop = running.stopper();
    let language = super::run_language(None);
    let say = |text: verkan::locale::Text| text.render(language);
    if let Err(e) = ctrlc::set_handler(stop) {
        eprintln!(
            "{}",
            say(verkan::t!("serve-no-ctrl-c", error = e.to_string()))
        );
    }
    let url = running.url();
    if !args.share && !matches!(args.host.as_str(), "127.0.0.1" | "localhost" | "::1") {
        eprintln!("{}", say(verkan::t!("serve-open-host", host = &args.host)));
    }
    for path in running.outside() {
        eprintln!(
            "{}",
            say(verkan::t!(
                "serve-outside",
                path = path.display().to_string(),
                folder = args.dir.display().to_string()
            ))
        );
    }
    // The first line is the address, for people and for scripts that start the server.
    println!(
        "{}",
        say(verkan::t!(
            "serve-listening",
            url = &url,
            theories = running.theories(),
            folder = args.dir.display().to_string()
        ))
    );
    if let Some((join, code)) = running.join() {
        // Whoever started the server may read only its first line and close the pipe: what
        // follows is for people, and the server goes on without it.
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", say(verkan::t!("serve-join", url = &join)));
        if let Some(code) = code {
            let _ = writeln!(out, "{code}");
        }
    }
    let _ = std::io::stdout().flush();
    if args.open {
        open(&url);
    }
    running.run();
    eprintln!("{}", say(verkan::t!("serve-stopped")));
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
            "{}",
            verkan::t!("serve-no-browser", opener = opener.0, url = url)
                .render(super::run_language(None))
        );
    }
}
