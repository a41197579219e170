//! `--format json`: one object per line, a versioned contract that CI scripts can rely on.

use super::Diagnostic;
use crate::source::Sources;
use serde::Serialize;
use std::io::Write;

/// The version of the JSON diagnostic format; bump when a field changes meaning or goes away.
pub const JSON_VERSION: u32 = 1;

/// Lines and columns are 1-based; the end is exclusive (the position after the last character).
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    version: u32,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    severity: &'static str,
    rule: &'static str,
    message: &'a str,
    label: &'a str,
    notes: &'a [String],
    help: Option<&'a str>,
}

/// Writes one JSON object per diagnostic, each on its own line.
pub fn emit_json(
    out: &mut dyn Write,
    sources: &Sources,
    diagnostics: &[Diagnostic],
) -> std::io::Result<()> {
    for d in diagnostics {
        let start = sources.location(d.primary.file, d.primary.span.start);
        let end = sources.location(d.primary.file, d.primary.span.end);
        let record = JsonDiagnostic {
            version: JSON_VERSION,
            file: sources.name(d.primary.file),
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            severity: d.severity.as_str(),
            rule: d.rule,
            message: &d.message,
            label: &d.primary.message,
            notes: &d.notes,
            help: d.help.as_deref(),
        };
        serde_json::to_writer(&mut *out, &record)?;
        writeln!(out)?;
    }
    Ok(())
}
