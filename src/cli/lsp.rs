use std::process::ExitCode;
use verkan::Result;

/// Serves until the client says `exit`. Standard output is the protocol's, so whatever
/// goes wrong is said on standard error, once, and the exit status is 1 (as the protocol
/// asks of a server that did not get `shutdown` first).
pub fn run() -> Result<ExitCode> {
    match verkan::lsp::run_stdio() {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(stopped) => {
            let language = super::run_language(None);
            eprintln!(
                "{}",
                verkan::t!("lsp-stopped", reason = stopped.to_string()).render(language)
            );
            Ok(ExitCode::FAILURE)
        }
    }
}
