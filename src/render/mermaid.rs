//! The theory as a Mermaid `flowchart LR`, so it can live in a Markdown file, a GitHub README
//! or a wiki: resources in a column of their own, one subgraph per perspective's lane, the
//! mechanisms as numbered circles whose shape and class say what the evaluation found, and
//! their texts in a legend beside the diagram.

use super::layout::{Column, Layout, Marker, Verdict};
use crate::model::Theory;
use crate::words::labels;
use std::fmt::Write;

/// Mermaid's default `maxTextSize`, which GitHub keeps: longer sources render as an error.
pub const MAX_TEXT_SIZE: usize = 50_000;
/// Mermaid's default `maxEdges`.
pub const MAX_EDGES: usize = 500;

/// Mermaid source for what the layout shows.
pub fn mermaid(theory: &Theory, layout: &Layout) -> String {
    let mut s = String::new();
    // YAML single quotes take everything literally but `'` (doubled); no line may break.
    let title: String = one_line(&theory.meta.name).replace('\'', "''");
    let _ = writeln!(s, "---\ntitle: '{title}'\n---");
    s.push_str("flowchart LR\n");
    let has_resources = layout.boxes.iter().any(|b| b.column == Column::Resources);
    nodes(&mut s, theory, layout);
    links(&mut s, layout);
    // Resources left of the lanes: an invisible link from their column to the first lane.
    if has_resources && !layout.lanes.is_empty() {
        s.push_str("  resources ~~~ lane0\n");
    }
    legend(&mut s, theory, layout);
    classes(&mut s, layout);
    s
}

/// One item's node: its text, and its badge's status and indicator counts.
fn item(s: &mut String, layout: &Layout, b: usize, indent: &str) {
    let item = &layout.boxes[b];
    let mut text = item.text.lines.join(" ");
    if let Some(badge) = &item.badge {
        text.push_str(&format!("\n{}", badge.counts()));
    }
    let _ = writeln!(s, "{indent}n{b}[\"{}\"]", label(&text));
}

/// A mechanism's numbered circle. The verdict reads in the label too, so it survives any
/// theme and black and white.
fn marker(s: &mut String, m: &Marker, indent: &str) {
    let mark = match m.verdict {
        Verdict::Supported => " ✓",
        Verdict::PartlySupported => " ◐",
        Verdict::NotSupported => " ✗",
        Verdict::NotImplemented => " ∅",
        Verdict::Open => "",
    };
    let _ = writeln!(s, "{indent}m{}((\"{}{mark}\"))", m.number, m.number);
}

/// The resources' column, then a subgraph per lane with its items column by column and its
/// markers, then the markers that sit in no lane.
fn nodes(s: &mut String, theory: &Theory, layout: &Layout) {
    let words = labels(theory.meta.language);
    // Resources: a column of their own. Nothing links into it, so its boxes share one rank,
    // which a left-to-right subgraph stacks top to bottom (Mermaid's subgraphs do not take
    // the flowchart's direction unless told).
    let resources: Vec<usize> = (0..layout.boxes.len())
        .filter(|&b| layout.boxes[b].column == Column::Resources)
        .collect();
    if !resources.is_empty() {
        let _ = writeln!(s, "  subgraph resources[\"{}\"]", label(words.resources));
        s.push_str("    direction LR\n");
        for &b in &resources {
            item(s, layout, b, "    ");
        }
        s.push_str("  end\n");
    }
    let lanes_of_markers = layout.marker_lanes();
    let marker_lane = |mechanism: usize| lanes_of_markers.get(&mechanism).copied();
    for (l, lane) in layout.lanes.iter().enumerate() {
        let title = lane
            .perspective
            .map(|p| theory.perspectives[p].label.as_str())
            .unwrap_or(words.other_lane);
        let _ = writeln!(s, "  subgraph lane{l}[\"{}\"]", label(title));
        // Column by column, so each lane reads left to right in time.
        for heading in &layout.headings {
            for b in (0..layout.boxes.len()).filter(|&b| {
                layout.boxes[b].lane == Some(l) && layout.boxes[b].column == heading.column
            }) {
                item(s, layout, b, "    ");
            }
        }
        for m in layout
            .markers
            .iter()
            .filter(|m| marker_lane(m.mechanism) == Some(l))
        {
            marker(s, m, "    ");
        }
        s.push_str("  end\n");
    }
    for m in layout
        .markers
        .iter()
        .filter(|m| marker_lane(m.mechanism).is_none())
    {
        marker(s, m, "  ");
    }
}

/// Every arrow: into a mechanism's circle and out of it, or straight between two items.
fn links(s: &mut String, layout: &Layout) {
    let number: std::collections::HashMap<usize, usize> = layout
        .markers
        .iter()
        .map(|m| (m.mechanism, m.number))
        .collect();
    for arrow in &layout.arrows {
        // An inferred link is dotted, as the diagram draws it dashed.
        let (line, head) = match arrow.inferred {
            Some(_) => ("-.-", "-.->"),
            None => ("---", "-->"),
        };
        let Some(mechanism) = arrow.mechanism else {
            if let (Some(a), Some(b)) = (arrow.from_box, arrow.to_box) {
                let _ = writeln!(s, "  n{a} {head} n{b}");
            }
            continue;
        };
        let Some(marker) = number.get(&mechanism) else {
            continue;
        };
        match (arrow.from_box, arrow.to_box) {
            (Some(b), _) => {
                let _ = writeln!(s, "  n{b} {line} m{marker}");
            }
            (_, Some(b)) => {
                let _ = writeln!(s, "  m{marker} {head} n{b}");
            }
            _ => {}
        }
    }
}

/// The mechanisms' texts, with the evaluation's verdict, in a legend beside the diagram.
fn legend(s: &mut String, theory: &Theory, layout: &Layout) {
    if layout.markers.is_empty() {
        return;
    }
    let words = labels(theory.meta.language);
    let _ = writeln!(s, "  subgraph legend[\"{}\"]", label(words.mechanisms));
    s.push_str("    direction LR\n");
    for m in &layout.markers {
        let text = format!(
            "{}. {}",
            m.number,
            crate::words::mechanism_with_verdict(theory, m.mechanism)
        );
        let _ = writeln!(s, "    l{}[\"{}\"]", m.number, label(&text));
    }
    s.push_str("  end\n");
}

/// The colours of each kind of item and marker, and which nodes have them.
fn classes(s: &mut String, layout: &Layout) {
    s.push_str("  classDef resource fill:#fdf1d8,stroke:#c9a65a\n");
    s.push_str("  classDef activity fill:#e2eefa,stroke:#6d95c2\n");
    s.push_str("  classDef output fill:#ece4f6,stroke:#8a6fb3\n");
    s.push_str("  classDef effect fill:#d3ecda,stroke:#4f9a66\n");
    s.push_str("  classDef unintended stroke-dasharray:6 3\n");
    s.push_str("  classDef draftbox stroke-dasharray:2 2\n");
    s.push_str("  classDef supported fill:#2f4858,stroke:#2f4858,color:#ffffff\n");
    s.push_str("  classDef open fill:#ffffff,stroke:#2f4858,color:#2f4858\n");
    s.push_str("  classDef draft fill:#ffffff,stroke:#2f4858,color:#2f4858,stroke-dasharray:3 2\n");
    s.push_str("  classDef legend fill:#ffffff,stroke:#d5dbe0,text-align:left\n");
    for kind in [
        "resource",
        "activity",
        "output",
        "effect",
        "unintended",
        "draftbox",
    ] {
        let members: Vec<String> = layout
            .boxes
            .iter()
            .enumerate()
            .filter(|(_, b)| match kind {
                "unintended" => b.unintended,
                "draftbox" => b.draft,
                _ => b.kind == kind,
            })
            .map(|(i, _)| format!("n{i}"))
            .collect();
        if !members.is_empty() {
            let _ = writeln!(s, "  class {} {kind}", members.join(","));
        }
    }
    for class in ["supported", "open", "draft"] {
        let members: Vec<String> = layout
            .markers
            .iter()
            .filter(|m| match class {
                "draft" => m.draft,
                "supported" => !m.draft && m.verdict == Verdict::Supported,
                _ => !m.draft && m.verdict != Verdict::Supported,
            })
            .map(|m| format!("m{}", m.number))
            .collect();
        if !members.is_empty() {
            let _ = writeln!(s, "  class {} {class}", members.join(","));
        }
    }
    if !layout.markers.is_empty() {
        let members: Vec<String> = layout
            .markers
            .iter()
            .map(|m| format!("l{}", m.number))
            .collect();
        let _ = writeln!(s, "  class {} legend", members.join(","));
    }
}

/// What in a Mermaid source exceeds Mermaid's default limits (those GitHub renders with):
/// each as a sentence, for a warning.
pub fn over_limits(source: &str) -> Vec<crate::locale::Text> {
    let mut over = Vec::new();
    if source.len() > MAX_TEXT_SIZE {
        over.push(crate::t!(
            "mermaid-too-long",
            size = source.len().to_string(),
            limit = MAX_TEXT_SIZE.to_string()
        ));
    }
    let edges = source
        .lines()
        .filter(|l| {
            [" --> ", " --- ", " -.-> ", " -.- ", " ~~~ "]
                .iter()
                .any(|e| l.contains(e))
        })
        .count();
    if edges > MAX_EDGES {
        over.push(crate::t!(
            "mermaid-too-many-links",
            links = edges.to_string(),
            limit = MAX_EDGES.to_string()
        ));
    }
    over
}

/// Text for a quoted Mermaid label: quotes, brackets, backslashes and markup become entity
/// codes, line breaks become `<br/>`, so any label survives intact.
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
            // Mermaid reads `\n` in a label as a line break: the backslash is kept as text.
            '\\' => out.push_str("#92;"),
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
    fn a_backslash_stays_a_backslash() {
        assert_eq!(label(r"C:\new\table"), "C:#92;new#92;table");
    }

    #[test]
    fn labels_escape_quotes_brackets_and_breaks() {
        assert_eq!(
            label("a \"b\"] <c> & #d\ne"),
            "a #quot;b#quot;#93; #lt;c#gt; #amp; #35;d<br/>e"
        );
    }
}
