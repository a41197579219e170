//! Loaded theory files: their text and the byte-offset → line:column index used by every emitter.

use codespan_reporting::files::{Files, SimpleFiles};
use std::ops::Range;

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// A byte range in one file's text.
pub type Span = Range<usize>;

/// A one-based line and column, the way editors count them (column in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Every file read during one run, so diagnostics can point into any of them.
#[derive(Default)]
pub struct Sources {
    files: SimpleFiles<String, String>,
    count: usize,
}

impl Sources {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file under the name diagnostics will show for it.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.count += 1;
        self.files.add(name.into(), text.into())
    }

    /// How many files have been added; their ids are `0..len()`.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no file has been added.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn name(&self, file: FileId) -> &str {
        self.files
            .get(file)
            .map(|f| f.name().as_str())
            .unwrap_or("<unknown>")
    }

    pub fn text(&self, file: FileId) -> &str {
        self.files
            .get(file)
            .map(|f| f.source().as_str())
            .unwrap_or("")
    }

    /// Line and column of a byte offset; offsets past the end clamp to the end.
    pub fn location(&self, file: FileId, offset: usize) -> Location {
        let text = self.text(file);
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        match self.files.location(file, offset) {
            Ok(loc) => Location {
                line: loc.line_number,
                column: loc.column_number,
            },
            Err(_) => Location { line: 1, column: 1 },
        }
    }
}
