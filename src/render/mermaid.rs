//! The theory as a Mermaid `flowchart LR`: one subgraph per column, so it can live in a
//! Markdown file, a GitHub README or a wiki.

use super::layout::{Column, Layout};
use crate::model::Theory;
use crate::words::labels;
use std::fmt::Write;

/// Mermaid source for what the layout shows.
pub fn mermaid(theory: &Theory, layout: &Layout) -> String {
    let words = labels(theory.meta.language);
    let mut s = String::new();
    // YAML single quotes take everything literally but `'` (doubled); no line may break.
    let title: String = one_line(&theory.meta.name).replace('\'', "''");
    let _ = writeln!(s, "---\ntitle: '{title}'\n---");
    s.push_str("flowchart LR\n");
    for (c, heading) in layout.headings.iter().enumerate() {
        let title = match heading.column {
            Column::Resources => words.resources,
            Column::Activities => words.activities,
            Column::Outputs => words.outputs,
            Column::Effects(h) => words.horizon(h),
        };
        let _ = writeln!(s, "  subgraph col{c}[\"{}\"]", label(title));
        s.push_str("    direction TB\n");
        for (b, item) in layout
            .boxes
            .iter()
            .enumerate()
            .filter(|(_, b)| b.column == heading.column)
        {
            let mut text = item.text.lines.join(" ");
            if let Some(badge) = &item.badge {
                text.push_str(&format!(
                    "\n{} ● {} ○ {}",
                    badge.status.symbol(),
                    badge.outcome,
                    badge.output
                ));
            }
            let _ = writeln!(s, "    n{b}[\"{}\"]", label(&text));
        }
        s.push_str("  end\n");
    }
    for marker in &layout.markers {
        let _ = writeln!(s, "  m{}((\"{}\"))", marker.number, marker.number);
    }
    let number: std::collections::HashMap<usize, usize> = layout
        .markers
        .iter()
        .map(|m| (m.mechanism, m.number))
        .collect();
    for arrow in &layout.arrows {
        let Some(mechanism) = arrow.mechanism else {
            if let (Some(a), Some(b)) = (arrow.from_box, arrow.to_box) {
                let _ = writeln!(s, "  n{a} --> n{b}");
            }
            continue;
        };
        let Some(marker) = number.get(&mechanism) else {
            continue;
        };
        match (arrow.from_box, arrow.to_box) {
            (Some(b), _) => {
                let _ = writeln!(s, "  n{b} --- m{marker}");
            }
            (_, Some(b)) => {
                let _ = writeln!(s, "  m{marker} --> n{b}");
            }
            _ => {}
        }
    }
    for marker in &layout.markers {
        let _ = writeln!(
            s,
            "  %% {}: {}",
            marker.number,
            one_line(&theory.mechanisms[marker.mechanism].text.value)
        );
    }
    s.push_str("  classDef resource fill:#fdf1d8,stroke:#c9a65a\n");
    s.push_str("  classDef activity fill:#e2eefa,stroke:#6d95c2\n");
    s.push_str("  classDef effect fill:#d3ecda,stroke:#4f9a66\n");
    s.push_str("  classDef unintended stroke-dasharray:6 3\n");
    for kind in ["resource", "activity", "effect", "unintended"] {
        let members: Vec<String> = layout
            .boxes
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == kind || (kind == "unintended" && b.unintended))
            .map(|(i, _)| format!("n{i}"))
            .collect();
        if !members.is_empty() {
            let _ = writeln!(s, "  class {} {kind}", members.join(","));
        }
    }
    s
}

/// Text for a quoted Mermaid label: quotes, brackets and markup become entity codes, line
/// breaks become `<br/>`, so any label survives intact.
fn label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '#' => out.push_str("#35;"),
            '[' => out.push_str("#91;"),
            ']' => out.push_str("#93;"),
            // `%%` opens a directive (`%%{init: …}%%`) and backticks a Markdown string.
            '%' => out.push_str("#37;"),
            '`' => out.push_str("#96;"),
            '\n' => out.push_str("<br/>"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Text on one line, for comments and front matter: any line break or control character
/// becomes a space, so it cannot start a line of Mermaid of its own.
/// Mermaid looks for `%%{…}%%` directives anywhere in the source, comments and front matter
/// included, so a `%%` in the text gets a zero-width space between its two signs: it reads the
/// same, and configures nothing.
fn one_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    flat.replace("%%", "%\u{200b}%")
}

#[cfg(test)]
mod tests {
    use super::{label, one_line};

    #[test]
    fn directives_backticks_and_carriage_returns_cannot_escape_a_label_or_comment() {
        assert_eq!(
            label("%%{init: x}%% `a`\rb"),
            "#37;#37;{init: x}#37;#37; #96;a#96;b"
        );
        assert_eq!(
            one_line("a\rclick n1 href \"x\"\nb"),
            "a click n1 href \"x\" b"
        );
    }

    #[test]
    fn labels_escape_quotes_brackets_and_breaks() {
        assert_eq!(
            label("a \"b\"] <c> & #d\ne"),
            "a #quot;b#quot;#93; #lt;c#gt; #amp; #35;d<br/>e"
        );
    }
}
