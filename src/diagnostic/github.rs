//! `--format github`: workflow commands that GitHub Actions shows as annotations on the diff.

use super::Diagnostic;
use crate::source::Sources;
use std::io::Write;

/// Writes one `::error`/`::warning` workflow command per diagnostic.
pub fn emit_github(
    out: &mut dyn Write,
    sources: &Sources,
    diagnostics: &[Diagnostic],
) -> std::io::Result<()> {
    for d in diagnostics {
        let start = sources.location(d.primary.file, d.primary.span.start);
        // GitHub's end column is the last character's, not the one after it.
        let last = d
            .primary
            .span
            .end
            .saturating_sub(1)
            .max(d.primary.span.start);
        let end = sources.location(d.primary.file, last);
        let language = sources.language(d.primary.file);
        let mut message = d.message.render(language);
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(&crate::t!("help", help = help.clone()).render(language));
        }
        writeln!(
            out,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            d.severity.as_str(),
            escape_property(sources.name(d.primary.file)),
            start.line,
            start.column,
            end.line,
            end.column,
            escape_property(&format!("verkan({})", d.rule)),
            escape_data(&message),
        )?;
    }
    Ok(())
}

// The escapes GitHub's runner applies when it parses workflow commands (toolkit/core command.ts).
fn escape_data(s: &str) -> String {
    // Escapes and bidi overrides would reach the public CI log as they are.
    super::printable(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_newlines_percent_and_property_separators() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
