//! verkan: theories of change (förändringsteorier) as checked graphs.
//!
//! The pipeline, one module per stage:
//! [`document`] (TOML with spans) → [`model`] (typed theory; measurements from CSV files by
//! [`indicators::data`]) → [`compile`] (the petgraph graph and every derived fact: indicator
//! lists, reachability, attainment) → [`rules`] (diagnostics, levels applied by [`lints`],
//! emitted by [`diagnostic`]) → [`render`] (diagrams) and [`indicators`] (scorecard,
//! coverage). Words in the theory's language come from [`words`]. [`build`] runs them all
//! over a folder.

#![warn(missing_docs)]

pub mod author;
pub mod build;
pub mod compile;
pub mod diagnostic;
pub mod diff;
pub mod document;
pub mod edit;
pub mod error;
pub mod folder;
pub mod indicators;
pub mod json;
pub mod lints;
pub mod locale;
#[cfg(feature = "lsp")]
pub mod lsp;
pub mod model;
mod number;
pub mod output;
pub mod page;
pub mod render;
pub mod rules;
#[cfg(feature = "serve")]
pub mod serve;
pub mod source;
pub mod suggest;
#[doc(hidden)]
pub mod synthetic;
pub mod words;

use compile::Compiled;
use diagnostic::{Diagnostic, Label, Severity};
pub use error::{Error, Result};
pub use indicators::data::DataPolicy;
use lints::LevelOverrides;
use source::{FileId, Sources};

/// A checked theory file: the compiled theory when the file could be read, and every finding.
pub struct Checked {
    /// The file, in the [`Sources`] it was read into.
    pub file: FileId,
    /// The compiled theory; `None` when the file could not be read as one.
    pub compiled: Option<Compiled>,
    /// Every finding, sorted by place.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// The compiled theory when it can be drawn: it compiled, and no finding keeps it from
    /// being drawn ([`diagnostic::RuleId::stops_drawing`]). Other errors are drawn, marked.
    pub fn drawable(&self) -> Option<&Compiled> {
        let stops = self
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && d.rule.stops_drawing());
        self.compiled.as_ref().filter(|_| !stops)
    }
}

/// Parses, compiles and checks one file already added to `sources`. Data files the theory
/// names are read relative to the file's name and added to `sources` too, under the default
/// [`DataPolicy`].
pub fn check(sources: &mut Sources, file: FileId, overrides: &LevelOverrides) -> Checked {
    check_with(sources, file, overrides, &DataPolicy::default())
}

/// [`check`] with the caller's data-file policy.
pub fn check_with(
    sources: &mut Sources,
    file: FileId,
    overrides: &LevelOverrides,
    policy: &DataPolicy,
) -> Checked {
    let text = sources.text(file);
    let document = match document::parse(file, text) {
        Ok(document) => document,
        Err(found) => {
            if let Some(language) = locale::sniff(text) {
                sources.set_language(file, language);
            }
            let diagnostics = lints::apply(found, &[], overrides);
            return Checked {
                file,
                compiled: None,
                diagnostics,
            };
        }
    };
    let mut theory = model::lower(file, document);
    let base = std::path::Path::new(sources.name(file))
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let first_data_file = sources.len();
    let mut found = indicators::data::load(&mut theory, sources, &base, policy);
    // Messages about the theory and its data files are in the theory's language.
    for id in std::iter::once(file).chain(first_data_file..sources.len()) {
        sources.set_language(id, theory.meta.language);
    }
    let compiled = Compiled::new(theory);
    found.extend(rules::run(&rules::Input::new(&compiled)));
    let mut diagnostics = lints::apply(found, &compiled.theory.lints, overrides);
    diagnostic::sort(&mut diagnostics);
    Checked {
        file,
        compiled: Some(compiled),
        diagnostics,
    }
}

/// Reads, parses, compiles and checks a theory file from disk.
pub fn check_path(
    sources: &mut Sources,
    path: &std::path::Path,
    overrides: &LevelOverrides,
) -> Result<Checked> {
    check_path_with(sources, path, overrides, &DataPolicy::default())
}

/// [`check_path`] with the caller's data-file policy.
pub fn check_path_with(
    sources: &mut Sources,
    path: &std::path::Path,
    overrides: &LevelOverrides,
    policy: &DataPolicy,
) -> Result<Checked> {
    let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, e))?;
    Ok(match add_file(sources, path.display().to_string(), bytes) {
        Ok(file) => check_with(sources, file, overrides, policy),
        Err((file, diagnostic)) => Checked {
            file,
            compiled: None,
            diagnostics: lints::apply(vec![*diagnostic], &[], overrides),
        },
    })
}

/// Reads a file's bytes into `sources`; text that is not UTF-8 becomes a diagnostic at the
/// first bad byte rather than an I/O error, since the file exists and the user can fix it.
pub fn add_file(
    sources: &mut Sources,
    name: String,
    bytes: Vec<u8>,
) -> Result<FileId, (FileId, Box<Diagnostic>)> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(sources.add(name, text)),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            // The lossy text has the same prefix, so `offset` is still the bad byte's place.
            let file = sources.add(name, lossy);
            let end = sources.text(file)[offset..]
                .chars()
                .next()
                .map_or(offset, |c| offset + c.len_utf8());
            let diagnostic = Diagnostic::new(
                diagnostic::RuleId::SyntaxError,
                Severity::Error,
                t!("not-utf8"),
                Label::new(file, offset..end, t!("not-utf8-label")),
            )
            .with_help(t!("not-utf8-help"));
            Err((file, Box::new(diagnostic)))
        }
    }
}
