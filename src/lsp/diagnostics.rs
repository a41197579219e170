//! `check`'s findings as the editor's diagnostics, in the theory's language.
//!
//! A finding in a data file (a CSV or workbook the theory reads) is shown on the
//! `data_files` entry that names the file, with the row as related information: the editor
//! has the theory open, not the CSV.

use super::analysis::{unquoted, Analysis};
use super::position::{Encoding, Lines};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;
use lsp_types as lsp;
use std::path::Path;

/// Every finding of `analysis` for the theory's own document at `uri`.
pub fn of(
    analysis: &Analysis,
    lines: &Lines,
    encoding: Encoding,
    uri: &lsp::Uri,
) -> Vec<lsp::Diagnostic> {
    let language = analysis.language();
    let text = analysis.text();
    let file = analysis.file();
    analysis
        .checked
        .diagnostics
        .iter()
        .map(|d| {
            let render = |t: &crate::locale::Text| t.render(language);
            let mut message = render(&d.message);
            let label = render(&d.primary.message);
            let mut related = Vec::new();
            let range = if d.primary.file == file {
                // A quoted id or word is underlined without its quotes, as an editor's
                // selection of it would be.
                lines.range(text, &unquoted(text, &d.primary.span))
            } else {
                let (location, at) = elsewhere(analysis, encoding, d.primary.file, &d.primary.span);
                message = format!("{at}: {message}");
                related.push(lsp::DiagnosticRelatedInformation {
                    location,
                    message: label.clone(),
                });
                lines.range(text, &data_file_entry(analysis, d.primary.file))
            };
            if !label.is_empty() {
                message.push('\n');
                message.push_str(&label);
            }
            for note in &d.notes {
                message.push('\n');
                message.push_str(&render(&crate::t!("note", note = note.clone())));
            }
            if let Some(help) = &d.help {
                message.push('\n');
                message.push_str(&render(&crate::t!("help", help = help.clone())));
            }
            for label in &d.secondary {
                let location = if label.file == file {
                    lsp::Location::new(uri.clone(), lines.range(text, &label.span))
                } else {
                    elsewhere(analysis, encoding, label.file, &label.span).0
                };
                related.push(lsp::DiagnosticRelatedInformation {
                    location,
                    message: render(&label.message),
                });
            }
            lsp::Diagnostic {
                range,
                severity: Some(severity(d)),
                code: Some(lsp::NumberOrString::String(d.rule.name().to_string())),
                source: Some("verkan".to_string()),
                message,
                related_information: (!related.is_empty()).then_some(related),
                tags: None,
                code_description: None,
                data: None,
            }
        })
        .collect()
}

fn severity(d: &Diagnostic) -> lsp::DiagnosticSeverity {
    match d.severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
    }
}

/// A place in another file the theory read: its location, and `name:line:column` for the
/// message.
fn elsewhere(
    analysis: &Analysis,
    encoding: Encoding,
    file: crate::source::FileId,
    span: &Span,
) -> (lsp::Location, String) {
    let text = analysis.sources.text(file);
    let name = analysis.sources.name(file);
    let lines = Lines::new(text, encoding);
    let range = lines.range(text, span);
    let at = analysis.sources.location(file, span.start);
    let uri = super::uri_of(Path::new(name));
    (
        lsp::Location::new(uri, range),
        format!("{}:{}:{}", short_name(name), at.line, at.column),
    )
}

fn short_name(name: &str) -> &str {
    Path::new(name)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(name)
}

/// The `data_files` entry that names a data file, or the `[theory]` table's name when none
/// can be told.
fn data_file_entry(analysis: &Analysis, file: crate::source::FileId) -> Span {
    let name = Path::new(analysis.sources.name(file));
    let Some(compiled) = analysis.compiled() else {
        return 0..0;
    };
    let theory = &compiled.theory;
    theory
        .data_files
        .iter()
        .find(|entry| name.ends_with(Path::new(&entry.value)))
        .map(|entry| unquoted(analysis.text(), &entry.span))
        .unwrap_or_else(|| theory.meta.name_span.clone())
}
