//! rustc-style output, rendered by codespan-reporting.

use super::{Diagnostic, Severity};
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
    for diagnostic in diagnostics {
        let converted = convert(diagnostic);
        term::emit_to_write_style(out, &config, sources.files(), &converted).map_err(
            |e| match e {
                codespan_reporting::files::Error::Io(io) => io,
                other => std::io::Error::other(other.to_string()),
            },
        )?;
    }
    Ok(())
}

fn convert(d: &Diagnostic) -> cs::Diagnostic<usize> {
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let mut labels = vec![cs::Label::primary(d.primary.file, d.primary.span.clone())
        .with_message(d.primary.message.clone())];
    labels.extend(
        d.secondary
            .iter()
            .map(|l| cs::Label::secondary(l.file, l.span.clone()).with_message(l.message.clone())),
    );
    let mut notes = d.notes.clone();
    if let Some(help) = &d.help {
        notes.push(format!("help: {help}"));
    }
    cs::Diagnostic::new(severity)
        .with_code(d.rule.name())
        .with_message(d.message.clone())
        .with_labels(labels)
        .with_notes(notes)
}
