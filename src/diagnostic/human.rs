//! rustc-style output, rendered by codespan-reporting.

use super::{printable, Diagnostic, Severity};
use crate::locale::Language;
use crate::locale::Text;
use crate::source::Sources;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::term::{self, termcolor::WriteColor, Config};

pub use codespan_reporting::term::termcolor::ColorChoice;

/// Writes each diagnostic with its source line underlined, like rustc.
pub fn emit_human(
    out: &mut dyn WriteColor,
    sources: &Sources,
    diagnostics: &[Diagnostic],
) -> std::io::Result<()> {
    let config = Config::default();
    // The quoted source lines and every message come from the theory: make them printable
    // (same byte lengths, so every span still points where it did).
    let mut files = codespan_reporting::files::SimpleFiles::new();
    for file in 0..sources.len() {
        files.add(
            printable(sources.name(file)).into_owned(),
            printable(sources.text(file)).into_owned(),
        );
    }
    for diagnostic in diagnostics {
        let converted = convert(diagnostic, sources.language(diagnostic.primary.file));
        term::emit_to_write_style(out, &config, &files, &converted).map_err(|e| match e {
            codespan_reporting::files::Error::Io(io) => io,
            other => std::io::Error::other(other.to_string()),
        })?;
    }
    Ok(())
}

fn convert(d: &Diagnostic, language: Language) -> cs::Diagnostic<usize> {
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let text = |t: &Text| printable(&t.render(language)).into_owned();
    let mut labels = vec![cs::Label::primary(d.primary.file, d.primary.span.clone())
        .with_message(text(&d.primary.message))];
    labels.extend(
        d.secondary
            .iter()
            .map(|l| cs::Label::secondary(l.file, l.span.clone()).with_message(text(&l.message))),
    );
    let mut notes: Vec<String> = d.notes.iter().map(&text).collect();
    if let Some(help) = &d.help {
        notes.push(text(&crate::t!("help", help = help.clone())));
    }
    cs::Diagnostic::new(severity)
        .with_code(d.rule.name())
        .with_message(text(&d.message))
        .with_labels(labels)
        .with_notes(notes)
}
