//! Changes as people read them: lines for a terminal, a table for a pull-request comment.

use super::{Change, ChangeKind};
use crate::indicators::report::markdown_text;
use crate::locale::Language;
use crate::t;

fn kind_word(kind: ChangeKind, language: Language) -> String {
    t!("diff-kind", kind = kind.name()).render(language)
}

/// An entry in the theory's language; catalogue variants are identifiers, so `target group`
/// is looked up as `target-group`.
fn entry_word(entry: &str, language: Language) -> String {
    t!("diff-entry", entry = entry.replace(' ', "-")).render(language)
}

fn sign(kind: ChangeKind) -> char {
    match kind {
        ChangeKind::Added => '+',
        ChangeKind::Removed => '-',
        ChangeKind::Moved => '>',
        ChangeKind::Reworded | ChangeKind::Changed => '~',
    }
}

/// One line per change: `~ indicator andel: target: ≥ 70 % → ≥ 80 %`, and a summary line.
/// Theory text is printed with control characters shown as U+FFFD: a terminal never runs it.
pub fn text(changes: &[Change], language: Language) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { '\u{fffd}' } else { c })
            .collect()
    };
    let mut out = String::new();
    for c in changes {
        let mut line = format!(
            "{} {} {}",
            sign(c.kind),
            entry_word(c.entry, language),
            clean(&c.id)
        );
        if c.id.is_empty() {
            line.pop();
        }
        match c.field {
            Some(field) => line.push_str(&format!(" {}: {field}: ", kind_word(c.kind, language))),
            None => line.push_str(&format!(" {}: ", kind_word(c.kind, language))),
        }
        let shown = |v: &Option<String>| v.as_deref().map(clean).unwrap_or_else(|| "–".into());
        match (c.kind, c.field) {
            (ChangeKind::Added, None) => line.push_str(&shown(&c.new)),
            (ChangeKind::Removed, None) => line.push_str(&shown(&c.old)),
            _ => line.push_str(&format!("{} → {}", shown(&c.old), shown(&c.new))),
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&summary(changes, language));
    out.push('\n');
    out
}

fn summary(changes: &[Change], language: Language) -> String {
    t!("diff-summary", count = changes.len()).render(language)
}

/// A Markdown table for a pull-request comment; every theory text is escaped, so a label can
/// add no markup and split no row.
pub fn markdown(changes: &[Change], title: &str, language: Language) -> String {
    let mut out = format!("### {}\n\n", markdown_text(title));
    if changes.is_empty() {
        out.push_str(&summary(changes, language));
        out.push('\n');
        return out;
    }
    out.push_str(&t!("diff-table-header").render(language));
    out.push_str("\n|---|---|---|---|---|\n");
    let cell = |v: &Option<String>| v.as_deref().map(markdown_text).unwrap_or_default();
    for c in changes {
        out.push_str(&format!(
            "| {} | {} {} | {} | {} | {} |\n",
            kind_word(c.kind, language),
            entry_word(c.entry, language),
            markdown_text(&c.id),
            c.field.unwrap_or(""),
            cell(&c.old),
            cell(&c.new)
        ));
    }
    out.push('\n');
    out.push_str(&summary(changes, language));
    out.push('\n');
    out
}
