//! Loaded theory files: their text and the byte-offset → line:column index used by every emitter.

use crate::locale::Language;
use codespan_reporting::files::{Files, SimpleFiles};
use std::ops::Range;

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// A byte range in one file's text.
pub type Span = Range<usize>;

/// A one-based line and column, the way editors count them (column in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
}

/// Every file read during one run, so diagnostics can point into any of them.
#[derive(Default)]
pub struct Sources {
    files: SimpleFiles<String, String>,
    count: usize,
    /// Each file's language, once known: a theory's own, a data file its theory's.
    languages: Vec<Option<Language>>,
    /// The run's choice (`--lang`), which wins over every file's.
    chosen: Option<Language>,
    /// For files of no known language (`LANG`), else English.
    fallback: Option<Language>,
}

impl Sources {
    /// No files yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file under the name diagnostics will show for it.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.count += 1;
        self.languages.push(None);
        self.files.add(name.into(), text.into())
    }

    /// Records the language a file's messages are shown in.
    pub fn set_language(&mut self, file: FileId, language: Language) {
        if let Some(slot) = self.languages.get_mut(file) {
            *slot = Some(language);
        }
    }

    /// Messages in this language whatever the files say (`--lang`).
    pub fn choose_language(&mut self, language: Option<Language>) {
        self.chosen = language;
    }

    /// The language for files whose language is not known (from `LANG`).
    pub fn set_fallback_language(&mut self, language: Option<Language>) {
        self.fallback = language;
    }

    /// The language messages about `file` are shown in: see [`crate::locale`].
    pub fn language(&self, file: FileId) -> Language {
        self.chosen
            .or(self.languages.get(file).copied().flatten())
            .or(self.fallback)
            .unwrap_or(Language::En)
    }

    /// The language of a message about the whole run: the chosen one, else the files' one
    /// language if they agree, else the fallback.
    pub fn run_language(&self) -> Language {
        let mut known = self.languages.iter().flatten();
        let agreed = known
            .next()
            .filter(|&&first| known.all(|&l| l == first))
            .copied();
        self.chosen
            .or(agreed)
            .or(self.fallback)
            .unwrap_or(Language::En)
    }

    /// How many files have been added; their ids are `0..len()`.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no file has been added.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The file's name, as given.
    pub fn name(&self, file: FileId) -> &str {
        self.files
            .get(file)
            .map(|f| f.name().as_str())
            .unwrap_or("<unknown>")
    }

    /// The file's text.
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
