//! The pages of text in a paged PDF: the numbered mechanisms after the drawings, and the
//! theory in words when asked (`--with-text`). One `<text>` per line, in reading order, so
//! the PDF's tags can mark each line (see `pdf_tags`).

use super::{area, escaped, f, footer, page_start, Reading, Sheet, FOOTER_PX};
use crate::compile::Compiled;
use crate::model::ItemRef;
use crate::render::layout::Column;
use crate::render::page::Page;
use crate::render::text::wrap;
use crate::render::view::{select, ViewOptions};
use crate::t;
use crate::words::labels;
use std::fmt::Write;

/// Text pages: 9 pt.
const BODY_PX: f64 = 12.0;
const BODY_LINE_PX: f64 = 16.0;
const HEADING_PX: f64 = 16.0;
/// What starts a line that goes under the one before (a mechanism's contexts).
const INDENT: &str = "    ";

/// The lines of text pages, cut into pages: each page's lines with their heading flags.
pub(super) fn paginate(page: Page, lines: &[(bool, String)]) -> Vec<Vec<(bool, String)>> {
    let (w, h, margin) = area(page, false);
    let width = w - 2.0 * margin;
    let room = h - 2.0 * margin - FOOTER_PX;
    let mut pages: Vec<Vec<(bool, String)>> = Vec::new();
    let mut used = room;
    for (heading, text) in lines {
        let size = if *heading { HEADING_PX } else { BODY_PX };
        let (indent, text) = match text.strip_prefix(INDENT) {
            Some(rest) => (INDENT, rest),
            None => ("", text.as_str()),
        };
        let room_width = width
            - if indent.is_empty() {
                0.0
            } else {
                2.0 * BODY_PX
            };
        for (n, line) in wrap(text, size, *heading, room_width)
            .into_iter()
            .enumerate()
        {
            let line = format!("{indent}{line}");
            let step = line_step(*heading, n == 0);
            // A heading is not left alone at the foot of a page.
            let needs = if *heading {
                step + 3.0 * BODY_LINE_PX
            } else {
                step
            };
            if used + needs > room {
                pages.push(Vec::new());
                used = 0.0;
            }
            used += step;
            pages.last_mut().expect("a page").push((*heading, line));
        }
    }
    pages
}

fn line_step(heading: bool, first: bool) -> f64 {
    match (heading, first) {
        (true, true) => HEADING_PX * 1.8,
        (true, false) => HEADING_PX * 1.25,
        (false, _) => BODY_LINE_PX,
    }
}

/// A page of text lines, one `<text>` each, in reading order.
pub(super) fn text_sheet(
    page: Page,
    lines: &[(bool, String)],
    number: usize,
    total: usize,
) -> Sheet {
    let (w, h, margin) = area(page, false);
    let mut out = page_start(w, h);
    let mut y = margin;
    for (n, (heading, line)) in lines.iter().enumerate() {
        let continued = n > 0 && lines[n - 1].0 == *heading && *heading;
        y += if n == 0 && *heading {
            HEADING_PX
        } else {
            line_step(*heading, !continued)
        };
        let (size, attributes) = if *heading {
            (HEADING_PX, r#" class="heading" font-weight="bold""#)
        } else {
            (BODY_PX, r#" class="body""#)
        };
        // SVG drops leading spaces: an indented line is moved instead.
        let (indent, line) = match line.strip_prefix(INDENT) {
            Some(rest) => (2.0 * BODY_PX, rest),
            None => (0.0, line.as_str()),
        };
        let _ = writeln!(
            out,
            r##"<text{attributes} x="{}" y="{}" font-size="{size}" fill="#1f2a33">{}</text>"##,
            f(margin + indent),
            f(y),
            escaped(line)
        );
    }
    footer(&mut out, w, h, margin, number, total);
    out.push_str("</svg>\n");
    Sheet {
        svg: out,
        reading: Reading::Text,
        text_pt: None,
    }
}

/// The numbered mechanisms the drawings show, as the legend words them.
pub(super) fn mechanism_lines(
    compiled: &Compiled,
    view: &ViewOptions,
) -> crate::Result<Vec<(bool, String)>> {
    let theory = &compiled.theory;
    let words = labels(theory.meta.language);
    let shown = select(compiled, view)?;
    let mut lines = vec![(true, words.mechanisms.to_string())];
    for m in (0..theory.mechanisms.len()).filter(|&m| shown.shows(ItemRef::Mechanism(m))) {
        let mut entry = crate::render::legend::entry_lines(theory, words, m).into_iter();
        if let Some(first) = entry.next() {
            lines.push((false, format!("{}. {first}", m + 1)));
        }
        lines.extend(entry.map(|line| (false, format!("{INDENT}{line}"))));
    }
    Ok(lines)
}

/// The theory in words, after the drawings (`--with-text`): each column's boxes with their
/// lane, status and draft state, then each mechanism from its ends to its ends.
pub(super) fn text_version(compiled: &Compiled) -> Vec<(bool, String)> {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let words = labels(language);
    let mut lines = vec![(
        true,
        t!("pdf-text-version", name = theory.meta.name.as_str()).render(language),
    )];
    for column in Column::ALL {
        let items: Vec<ItemRef> = theory
            .items()
            .filter(|&i| Column::of(theory, i) == Some(column))
            .collect();
        if items.is_empty() {
            continue;
        }
        lines.push((true, column.heading(words).to_string()));
        for item in items {
            let mut about = Vec::new();
            if let Some(p) = theory.perspective_of(item) {
                about.push(theory.perspectives[p].label.clone());
            }
            if let ItemRef::Effect(e) = item {
                about.push(compiled.effect_results()[e].status.marked(language));
            }
            if theory.is_draft(item) {
                about.push(words.draft.to_string());
            }
            let text = &theory.text(item).value;
            lines.push((
                false,
                if about.is_empty() {
                    format!("• {text}")
                } else {
                    format!("• {text} ({})", about.join("; "))
                },
            ));
        }
    }
    lines.push((true, words.mechanisms.to_string()));
    for (m, mechanism) in theory.mechanisms.iter().enumerate() {
        let ends = |refs: &[crate::model::Reference<ItemRef>]| -> String {
            let named: Vec<&str> = refs
                .iter()
                .filter_map(|r| r.target)
                .map(|t| theory.text(t).value.as_str())
                .collect();
            named.join("; ")
        };
        lines.push((
            false,
            format!(
                "{}. {}",
                m + 1,
                crate::words::mechanism_with_verdict(theory, m)
            ),
        ));
        lines.push((
            false,
            format!(
                "{INDENT}{} → {}",
                ends(&mechanism.from),
                ends(&mechanism.to)
            ),
        ));
    }
    lines
}
