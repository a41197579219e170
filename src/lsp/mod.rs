//! `verkan lsp`: the theory file understood while it is typed.
//!
//! A language server over stdio (lsp-server and lsp-types, synchronous, so messages are
//! answered in the order they come). Every feature reads one [`Analysis`] of the open
//! text: the same parse, compile and check every other command runs, plus an index of where
//! each id is written. Changes are applied as they come; the check runs once the client
//! has been quiet for [`QUIET`], so a burst of keystrokes is checked once, and a request
//! that needs the check runs it first.

mod actions;
mod analysis;
mod complete;
mod decorate;
mod diagnostics;
mod hover;
mod keys;
mod navigate;
mod place;
mod position;
mod server;

pub use analysis::{Analysis, Occurrence, Symbol};
pub use place::{place, Place};
pub use position::{Encoding, Lines};
pub use server::serve;

use lsp_types::Uri;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long the client must be quiet after a change before diagnostics are computed and
/// sent.
pub const QUIET: Duration = Duration::from_millis(20);

/// Why the server stopped other than by the client's `shutdown` and `exit`.
#[derive(Debug)]
pub struct Stopped(pub String);

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Serves the language server protocol on stdin and stdout until the client exits.
pub fn run_stdio() -> Result<(), Stopped> {
    let (connection, threads) = lsp_server::Connection::stdio();
    let served = server::serve(&connection);
    drop(connection);
    let joined = threads.join();
    match (served, joined) {
        (Ok(()), _) => Ok(()),
        // What the reader thread saw says more than "the channel closed".
        (Err(_), Err(io)) => Err(Stopped(shortened(&format!(
            "the client's messages are not the language server protocol: {io}"
        )))),
        (Err(e), Ok(())) => Err(e),
    }
}

/// A message about unreadable input quotes some of it, not a megabyte.
fn shortened(message: &str) -> String {
    const MOST: usize = 300;
    match message.char_indices().nth(MOST) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message.to_string(),
    }
}

/// The path a `file:` URI names; `None` for other schemes (an unsaved buffer).
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = text.strip_prefix("file://")?;
    // `file:///C:/x` on Windows, `file:///home/x` elsewhere; a host part is not ours.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let decoded = percent_encoding::percent_decode_str(rest)
        .decode_utf8()
        .ok()?
        .into_owned();
    #[cfg(windows)]
    let decoded = decoded.trim_start_matches('/').to_string();
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of a path (made absolute against the working directory).
pub fn uri_of(path: &Path) -> Uri {
    use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
    const PATH: &AsciiSet = &CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'%')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'[')
        .add(b']')
        .add(b'^')
        .add(b'`')
        .add(b'{')
        .add(b'|')
        .add(b'}');
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let written = absolute.to_string_lossy().replace('\\', "/");
    let slash = if written.starts_with('/') { "" } else { "/" };
    let uri = format!("file://{slash}{}", utf8_percent_encode(&written, PATH));
    uri.parse()
        .unwrap_or_else(|_| "file:///".parse().expect("a URI"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_uris_round_trip_with_swedish_letters_and_spaces() {
        let path = Path::new("/tmp/Förändring 2026/på väg#1.toml");
        let uri = uri_of(path);
        assert_eq!(
            uri.as_str(),
            "file:///tmp/F%C3%B6r%C3%A4ndring%202026/p%C3%A5%20v%C3%A4g%231.toml"
        );
        assert_eq!(path_of(&uri).as_deref(), Some(path));
        let untitled: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(path_of(&untitled), None);
    }

    #[test]
    fn a_long_complaint_is_cut() {
        let long = "x".repeat(1_000_000);
        assert!(shortened(&long).chars().count() <= 301);
    }
}
