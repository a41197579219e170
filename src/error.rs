//! What can go wrong outside a theory's content, typed, with the one mapping to exit codes.
//!
//! Findings about a theory are diagnostics, not errors: `check` returns them as data. These
//! are the failures around it: a file that cannot be read or written, a request that names
//! nothing (`--focus` on an unknown id), a missing or failing tool. Each carries its message
//! as a [`Text`], so the command line shows it in the user's language; `Display` is English.

use crate::locale::Text;
use crate::t;
use std::path::PathBuf;

/// A failure of a verkan operation.
#[derive(Debug)]
pub enum Error {
    /// A file or folder could not be read, created or written (`action`: `read`, `create`,
    /// `write`).
    Io {
        /// What was being done: `read`, `create` or `write`.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Output could not be written (a closed pipe is not an error; see the CLI).
    Output(std::io::Error),
    /// The request names something the theory or verkan does not have, or asks for what
    /// cannot be done: an unknown focus, perspective, rule or schema; PDF without Graphviz.
    Usage(Text),
    /// A picture would be larger than the pixel budget: SVG, a lower scale or a view helps.
    TooLarge(Text),
    /// A tool verkan calls is not installed.
    MissingTool(Text),
    /// A tool or library verkan calls failed.
    Failed(Text),
}

impl Error {
    /// An I/O failure while doing `action` to `path`.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// What went wrong, to be worded in the reader's language.
    pub fn text(&self) -> Text {
        match self {
            Error::Io {
                action,
                path,
                source,
            } => t!(
                "io-error",
                action = *action,
                path = path.display().to_string(),
                error = source.to_string()
            ),
            Error::Output(source) => t!("output-error", error = source.to_string()),
            Error::Usage(text)
            | Error::TooLarge(text)
            | Error::MissingTool(text)
            | Error::Failed(text) => text.clone(),
        }
    }

    /// The process exit code for this failure: 2, as for every usage or I/O error. (1 is
    /// kept for findings at error level; 0 for success.)
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Io { .. }
            | Error::Output(_)
            | Error::Usage(_)
            | Error::TooLarge(_)
            | Error::MissingTool(_)
            | Error::Failed(_) => 2,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().en())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } | Error::Output(source) => Some(source),
            _ => None,
        }
    }
}

/// A result whose failure is an [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
