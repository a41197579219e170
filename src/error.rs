//! What can go wrong outside a theory's content, typed, with the one mapping to exit codes.
//!
//! Findings about a theory are diagnostics, not errors: `check` returns them as data. These
//! are the failures around it: a file that cannot be read or written, a request that names
//! nothing (`--focus` on an unknown id), a missing or failing tool.

use std::path::PathBuf;

/// A failure of a verkan operation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read, created or written.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Output could not be written (a closed pipe is not an error; see the CLI).
    #[error("cannot write output: {0}")]
    Output(#[source] std::io::Error),
    /// The request names something the theory or verkan does not have, or asks for what
    /// cannot be done: an unknown focus, perspective, rule or schema; PDF without Graphviz.
    #[error("{0}")]
    Usage(String),
    /// A picture would be larger than the pixel budget: SVG, a lower scale or a view helps.
    #[error("{0}")]
    TooLarge(String),
    /// A tool verkan calls is not installed.
    #[error("{0}")]
    MissingTool(String),
    /// A tool or library verkan calls failed.
    #[error("{0}")]
    Failed(String),
}

impl Error {
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
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

pub type Result<T, E = Error> = std::result::Result<T, E>;
