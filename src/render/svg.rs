//! Layout → SVG. Hand-written so every byte is under control: the same layout always gives
//! the same file.

use super::layout::{Column, Layout, Point, Rect, TextBlock, Verdict, MARKER_RADIUS};
use super::page::Fit;
use super::text::FONT_FAMILY;
use crate::model::Horizon;
use std::fmt::Write;

const INK: &str = "#1f2a33";
const MUTED: &str = "#5b6770";
const ACCENT: &str = "#2f4858";

/// Fill and stroke per column: warm resources, blue activities, greens deepening with time.
fn colours(column: Column) -> (&'static str, &'static str) {
    match column {
        Column::Resources => ("#fdf1d8", "#c9a65a"),
        Column::Activities => ("#e2eefa", "#6d95c2"),
        Column::Outputs => ("#ece4f6", "#8a6fb3"),
        Column::Effects(Horizon::Short) => ("#e7f5ea", "#6fae80"),
        Column::Effects(Horizon::Medium) => ("#d3ecda", "#4f9a66"),
        Column::Effects(Horizon::Long) => ("#bfe2c9", "#35804f"),
    }
}

/// The diagram as an SVG document.
pub fn svg(layout: &Layout, title: &str, page: Option<&Fit>) -> String {
    // Room for the whole file at once, a generous kilobyte per element: growing it by doubling
    // instead would copy it several times and touch twice the memory, which in a short run
    // costs more than the writing (pages never written are never touched).
    let elements =
        layout.boxes.len() + layout.markers.len() + layout.arrows.len() + layout.legend.len();
    let mut s = String::with_capacity(64 * 1024 + 1024 * elements);
    // On a page, the page's size, with the diagram centred in it; otherwise the diagram's own.
    let (width, height, [x, y, w, h]) = match page {
        Some(fit) => (fit.width.clone(), fit.height.clone(), fit.view_box),
        None => (
            n(layout.width).to_string(),
            n(layout.height).to_string(),
            [0.0, 0.0, layout.width, layout.height],
        ),
    };
    // Writing to a String cannot fail; the results are ignored below for that reason.
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="{} {} {} {}" font-family="{font}">"#,
        n(x),
        n(y),
        n(w),
        n(h),
        font = FONT_FAMILY,
    );
    let _ = writeln!(s, "<title>{}</title>", escaped(title));
    let _ = writeln!(
        s,
        r##"<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{MUTED}"/></marker></defs>"##
    );
    let _ = writeln!(
        s,
        r##"<rect x="{}" y="{}" width="{}" height="{}" fill="#ffffff"/>"##,
        n(x),
        n(y),
        n(w),
        n(h)
    );

    text(&mut s, &layout.title, INK, "title");
    for block in &layout.banner {
        text(&mut s, block, MUTED, "banner");
    }

    lanes(&mut s, layout);
    arrows(&mut s, layout);
    s.push_str("<g class=\"items\">\n");
    for item in &layout.boxes {
        item_box(&mut s, item);
    }
    s.push_str("</g>\n");
    markers(&mut s, layout);
    legend(&mut s, layout);
    s.push_str("</svg>\n");
    s
}

/// The lane bands with their labels, the column headings and the resources' panel.
fn lanes(s: &mut String, layout: &Layout) {
    s.push_str("<g class=\"lanes\">\n");
    for (i, lane) in layout.lanes.iter().enumerate() {
        let fill = if i % 2 == 0 { "#f5f7f9" } else { "#ffffff" };
        // The lane's perspective, so a page can hide one lane as a whole.
        let _ = write!(
            s,
            r#"<g class="lane-band" data-perspective="{}">"#,
            escaped(&lane.id)
        );
        rect(s, &lane.rect, fill, "#d5dbe0", 0.0, "lane");
        text(s, &lane.label, ACCENT, "lane-label");
        s.push_str("</g>\n");
    }
    s.push_str("</g>\n<g class=\"headings\">\n");
    for heading in &layout.headings {
        let (_, stroke) = colours(heading.column);
        // The column's name, so a page knows which column a point below it is in.
        let _ = write!(
            s,
            r#"<g class="heading" data-column="{}">"#,
            column_name(heading.column)
        );
        rect(s, &heading.rect, stroke, stroke, 4.0, "heading");
        text(s, &heading.text, "#ffffff", "heading-text");
        s.push_str(
            "</g>
",
        );
    }
    s.push_str("</g>\n");
    if let Some(panel) = &layout.resources_panel {
        rect(s, panel, "#faf6ee", "#e6dcc6", 4.0, "resources-panel");
    }
}

/// Every arrow, with the ids of what it joins as data attributes.
fn arrows(s: &mut String, layout: &Layout) {
    let mechanism_ids: std::collections::HashMap<usize, &str> = layout
        .markers
        .iter()
        .map(|m| (m.mechanism, m.id.as_str()))
        .collect();
    // Every arrow is drawn alike: its stroke is the group's, said once.
    let _ = writeln!(
        s,
        r#"<g class="arrows" fill="none" stroke="{MUTED}" stroke-width="1.3" stroke-opacity="0.8">"#
    );
    for arrow in &layout.arrows {
        let head = if arrow.to_box.is_some() {
            r#" marker-end="url(#arrowhead)""#
        } else {
            ""
        };
        let mechanism = arrow.mechanism.and_then(|m| mechanism_ids.get(&m).copied());
        let end_id = |b: Option<usize>| match b {
            Some(b) => layout.boxes[b].id.as_str(),
            None => mechanism.unwrap_or(""),
        };
        put(
            s,
            &[
                Piece::Raw(r#"<path data-from=""#),
                Piece::Text(end_id(arrow.from_box)),
                Piece::Raw(r#"" data-to=""#),
                Piece::Text(end_id(arrow.to_box)),
                Piece::Raw("\""),
            ],
        );
        if let Some(id) = mechanism {
            put(
                s,
                &[
                    Piece::Raw(r#" data-mechanism=""#),
                    Piece::Text(id),
                    Piece::Raw("\""),
                ],
            );
        }
        if arrow.inferred.is_some() {
            s.push_str(r#" data-inferred="true" stroke-dasharray="5 3""#);
        }
        let start = arrow.start();
        // The bulk of a large diagram's bytes: written without the formatting machinery.
        s.push_str(" d=\"M");
        point(s, start);
        for &[from, c1, c2, end] in &arrow.pieces {
            // A straight piece is a line, half the bytes of the same curve.
            if straight(from, c1, c2, end) {
                s.push_str(" L");
                point(s, end);
                continue;
            }
            s.push_str(" C");
            point(s, c1);
            s.push(' ');
            point(s, c2);
            s.push(' ');
            point(s, end);
        }
        s.push('"');
        s.push_str(head);
        match &arrow.inferred {
            // The reason as the arrow's tooltip, where a viewer shows one.
            Some(reason) => {
                let _ = writeln!(s, "><title>{}</title></path>", escaped(reason));
            }
            None => s.push_str("/>\n"),
        }
    }
    s.push_str("</g>\n");
}

/// One item's box, its text and its status badge.
fn item_box(s: &mut String, item: &super::geometry::ItemBox) {
    let (fill, stroke) = colours(item.column);
    put(
        s,
        &[
            Piece::Raw(r#"<g class="item "#),
            Piece::Raw(item.kind),
            Piece::Raw(r#"" data-id=""#),
            Piece::Text(&item.id),
            Piece::Raw(r#"" data-kind=""#),
            Piece::Raw(item.kind),
            Piece::Raw(r#"" data-column=""#),
            Piece::Raw(column_name(item.column)),
            Piece::Raw("\""),
        ],
    );
    if item.draft {
        s.push_str(r#" data-draft="true""#);
    }
    if !item.findings.is_empty() {
        let rules: Vec<&str> = item.findings.iter().map(|(rule, _)| *rule).collect();
        let _ = write!(s, r#" data-findings="{}""#, rules.join(" "));
    }
    s.push_str(">\n");
    put(s, &[Piece::Raw("<title>"), Piece::Text(&item.id)]);
    if let Some(reason) = &item.inferred {
        let _ = write!(s, "\n⇢ {}", escaped(reason));
    }
    for (_, message) in &item.findings {
        let _ = write!(s, "\n⚠ {}", escaped(message));
    }
    s.push_str("</title>\n");
    if item.unintended || item.draft {
        // Dashed (unintended, also labelled in words) or dotted (a draft), so it reads in
        // black and white too.
        let (class, dash) = if item.draft {
            ("box draft", "2 2")
        } else {
            ("box unintended", "6 3")
        };
        let _ = writeln!(
            s,
            r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}" rx="4" fill="{fill}" stroke="{stroke}" stroke-width="1.5" stroke-dasharray="{dash}"/>"#,
            n(item.rect.x),
            n(item.rect.y),
            n(item.rect.width),
            n(item.rect.height),
        );
    } else {
        rect(s, &item.rect, fill, stroke, 4.0, "box");
    }
    text(s, &item.text, INK, "box-text");
    if !item.findings.is_empty() {
        finding_mark(s, &item.rect);
    }
    if let Some(badge) = &item.badge {
        let (badge_fill, badge_stroke) = badge.status.colours();
        let class = format!("badge {}", badge.status.as_str());
        rect(
            s,
            &badge.rect,
            badge_fill,
            badge_stroke,
            badge.rect.height / 2.0,
            &class,
        );
        text(s, &badge.text, INK, "badge-text");
    }
    s.push_str("</g>\n");
}

/// A box the check found wrong: a thick red frame around it and a "!" in a red disc on its
/// top right corner, which reads in black and white too.
fn finding_mark(s: &mut String, r: &super::geometry::Rect) {
    let _ = writeln!(
        s,
        r#"<rect class="finding" x="{}" y="{}" width="{}" height="{}" rx="6" fill="none" stroke="{FINDING}" stroke-width="2.5"/>"#,
        n(r.x - 3.0),
        n(r.y - 3.0),
        n(r.width + 6.0),
        n(r.height + 6.0),
    );
    let (cx, cy) = (r.x + r.width, r.y);
    let _ = writeln!(
        s,
        r#"<circle class="finding-mark" cx="{}" cy="{}" r="8" fill="{FINDING}"/><text class="finding-mark" x="{}" y="{}" font-size="12" font-weight="bold" text-anchor="middle" fill="white">!</text>"#,
        n(cx),
        n(cy),
        n(cx),
        n(cy + 4.0),
    );
}

/// The colour of a finding's mark: an error's red, dark enough for white text on it.
const FINDING: &str = "#b3261e";

/// The numbered marker of every mechanism.
fn markers(s: &mut String, layout: &Layout) {
    s.push_str("<g class=\"markers\">\n");
    for marker in &layout.markers {
        put(
            s,
            &[
                Piece::Raw(r#"<g class="marker "#),
                Piece::Raw(marker.verdict.as_str()),
                Piece::Raw(r#"" data-mechanism=""#),
                Piece::Text(&marker.id),
                Piece::Raw(r#""><title>"#),
                Piece::Text(&marker.id),
                Piece::Raw("</title>"),
            ],
        );
        marker_shape(
            s,
            marker.center,
            Some(marker.number),
            marker.verdict,
            marker.draft,
        );
        s.push_str("</g>\n");
    }
    s.push_str("</g>\n");
}

/// The legend: each mechanism's number and text, and the key to the markers.
fn legend(s: &mut String, layout: &Layout) {
    if let Some(title) = &layout.legend_title {
        s.push_str("<g class=\"legend\">\n");
        text(s, title, ACCENT, "legend-title");
        for (entry, marker) in layout.legend.iter().zip(&layout.markers) {
            s.push_str(r#"<g class="legend-marker">"#);
            marker_shape(
                s,
                entry.center,
                Some(entry.number),
                marker.verdict,
                marker.draft,
            );
            s.push_str("</g>\n");
            text(s, &entry.text, INK, "legend-text");
        }
        for entry in &layout.marker_key {
            s.push_str(r#"<g class="legend-marker">"#);
            marker_shape(s, entry.center, None, entry.verdict, entry.draft);
            s.push_str("</g>\n");
            text(s, &entry.text, MUTED, "legend-key");
        }
        if let Some(key) = &layout.legend_key {
            text(s, key, MUTED, "legend-key");
        }
        s.push_str("</g>\n");
    }
}

/// A mechanism's marker: its fill says what the evaluation found, in shapes that read in
/// black and white: filled (supported), half filled (partly), struck through (not supported),
/// grey (not implemented: never tried), hollow (not assessed); a dashed outline for a draft.
fn marker_shape(s: &mut String, c: Point, number: Option<usize>, verdict: Verdict, draft: bool) {
    let r = MARKER_RADIUS;
    let dash = if draft {
        r#" stroke-dasharray="3,2""#
    } else {
        ""
    };
    let fill = match verdict {
        Verdict::Supported => ACCENT,
        Verdict::NotImplemented => NOT_TRIED,
        _ => "#ffffff",
    };
    put(
        s,
        &[
            Piece::Raw(r#"<circle cx=""#),
            Piece::Number(c.x),
            Piece::Raw(r#"" cy=""#),
            Piece::Number(c.y),
            Piece::Raw(r#"" r=""#),
            Piece::Number(r),
            Piece::Raw(r#"" fill=""#),
            Piece::Raw(fill),
            Piece::Raw(r#"" stroke=""#),
            Piece::Raw(ACCENT),
            Piece::Raw(r#"" stroke-width="1.5""#),
            Piece::Raw(dash),
            Piece::Raw("/>"),
        ],
    );
    match verdict {
        Verdict::PartlySupported => {
            // The left half filled.
            let _ = write!(
                s,
                r#"<path class="partly" d="M{x},{top} A{r},{r} 0 0 0 {x},{bottom} Z" fill="{ACCENT}"/>"#,
                x = n(c.x),
                top = n(c.y - r + 0.75),
                bottom = n(c.y + r - 0.75),
                r = n(r - 0.75),
            );
        }
        Verdict::NotSupported => {
            let d = r * std::f64::consts::FRAC_1_SQRT_2;
            let _ = write!(
                s,
                r#"<path class="strike" d="M{},{} L{},{}" stroke="{ACCENT}" stroke-width="1.5"/>"#,
                n(c.x + d),
                n(c.y - d),
                n(c.x - d),
                n(c.y + d),
            );
        }
        Verdict::Supported | Verdict::NotImplemented | Verdict::Open => {}
    }
    if let Some(number) = number {
        let (colour, halo) = match verdict {
            Verdict::Supported => ("#ffffff", ""),
            Verdict::Open | Verdict::NotImplemented => (ACCENT, ""),
            // Over two fills: dark digits with a white halo read on both.
            Verdict::PartlySupported | Verdict::NotSupported => (
                ACCENT,
                r##" stroke="#ffffff" stroke-width="2.5" paint-order="stroke""##,
            ),
        };
        let size = if number >= 100 { 8.5 } else { 11.0 };
        put(
            s,
            &[
                Piece::Raw(r#"<text x=""#),
                Piece::Number(c.x),
                Piece::Raw(r#"" y=""#),
                Piece::Number(c.y + size * 0.36),
                Piece::Raw(r#"" font-size=""#),
                Piece::Number(size),
                Piece::Raw(r#"" font-weight="bold" text-anchor="middle" fill=""#),
                Piece::Raw(colour),
                Piece::Raw("\""),
                Piece::Raw(halo),
                Piece::Raw(">"),
            ],
        );
        s.push_str(itoa::Buffer::new().format(number));
        s.push_str("</text>");
    }
}

/// The grey of a mechanism never tried: between hollow (not assessed) and filled (supported),
/// and light enough for its number.
const NOT_TRIED: &str = "#cfd6dc";

pub(super) fn column_name(column: Column) -> &'static str {
    match column {
        Column::Resources => "resources",
        Column::Activities => "activities",
        Column::Outputs => "outputs",
        Column::Effects(Horizon::Short) => "short",
        Column::Effects(Horizon::Medium) => "medium",
        Column::Effects(Horizon::Long) => "long",
    }
}

fn rect(s: &mut String, r: &Rect, fill: &str, stroke: &str, radius: f64, class: &str) {
    use Piece::{Number as N, Raw};
    put(
        s,
        &[
            Raw("<rect class=\""),
            Raw(class),
            Raw("\" x=\""),
            N(r.x),
            Raw("\" y=\""),
            N(r.y),
            Raw("\" width=\""),
            N(r.width),
            Raw("\" height=\""),
            N(r.height),
            Raw("\" rx=\""),
            N(radius),
            Raw("\" fill=\""),
            Raw(fill),
            Raw("\" stroke=\""),
            Raw(stroke),
            Raw("\"/>\n"),
        ],
    );
}

fn text(s: &mut String, block: &TextBlock, fill: &str, class: &str) {
    use Piece::{Number as N, Raw, Text};
    if block.lines.iter().all(String::is_empty) {
        return;
    }
    let weight = if block.bold {
        r#" font-weight="bold""#
    } else {
        ""
    };
    put(
        s,
        &[
            Raw("<text class=\""),
            Raw(class),
            Raw("\" x=\""),
            N(block.x),
            Raw("\" y=\""),
            N(block.baseline),
            Raw("\" font-size=\""),
            N(block.size),
            Raw("\" fill=\""),
            Raw(fill),
            Raw("\""),
            Raw(weight),
            Raw(">"),
        ],
    );
    for (i, line) in block.lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { block.line_height };
        // A space between lines, invisible at a line's end, so that the text read out of the
        // picture (search, screen readers, copy and paste) keeps its words apart.
        if i > 0 {
            s.push(' ');
        }
        put(
            s,
            &[
                Raw("<tspan x=\""),
                N(block.x),
                Raw("\" dy=\""),
                N(dy),
                Raw("\">"),
                Text(line),
                Raw("</tspan>"),
            ],
        );
    }
    s.push_str("</text>\n");
}

/// A piece of markup: as written, a number as [`n`] writes it, or text escaped.
enum Piece<'a> {
    Raw(&'a str),
    Number(f64),
    Text(&'a str),
}

/// Writes the pieces in turn. The elements written most often (boxes, their texts and lines)
/// are written this way rather than with `write!`, which took most of the time of a large SVG.
fn put(s: &mut String, pieces: &[Piece]) {
    for piece in pieces {
        match *piece {
            Piece::Raw(text) => s.push_str(text),
            Piece::Number(value) => Number(value).push(s),
            // Writing to a String cannot fail.
            Piece::Text(text) => {
                let _ = escaped(text).write_to(s);
            }
        }
    }
}

/// `x,y`, each as [`n`] writes it.
/// Whether a cubic piece is drawn as the straight line from `from` to `end`: both control
/// points on that line, between its ends (as the router's straight stretches have them).
fn straight(from: Point, c1: Point, c2: Point, end: Point) -> bool {
    let (dx, dy) = (end.x - from.x, end.y - from.y);
    let length = dx.hypot(dy);
    let on = |c: Point| {
        let (cx, cy) = (c.x - from.x, c.y - from.y);
        let along = cx * dx + cy * dy;
        (cx * dy - cy * dx).abs() <= 1e-6 * length.max(1.0)
            && (-1e-9..=length * length + 1e-9).contains(&along)
    };
    if length == 0.0 {
        return c1 == from && c2 == from;
    }
    on(c1) && on(c2)
}

fn point(s: &mut String, p: Point) {
    Number(p.x).push(s);
    s.push(',');
    Number(p.y).push(s);
}

/// Numbers with at most two decimals and no trailing zeros: short, and stable across platforms.
/// Written straight into the document, without a string of its own: an SVG of a large theory
/// writes hundreds of thousands of them.
fn n(value: f64) -> Number {
    Number(value)
}

#[derive(Debug, Clone, Copy)]
struct Number(f64);

impl Number {
    /// Writes the number. Integer arithmetic: formatting a float with a precision, or the
    /// formatting machinery at all, took most of the time of writing a large SVG.
    fn write(self, out: &mut impl std::fmt::Write) -> std::fmt::Result {
        let hundredths = (self.0 * 100.0).round();
        // Beyond 2^53 hundredths a float has no hundredths to keep.
        if !hundredths.is_finite() || hundredths.abs() >= 9.0e15 {
            return write!(out, "{}", (hundredths / 100.0).round());
        }
        let hundredths = hundredths as i64;
        if hundredths < 0 {
            out.write_char('-')?;
        }
        let magnitude = hundredths.unsigned_abs();
        let (whole, part) = (magnitude / 100, magnitude % 100);
        out.write_str(itoa::Buffer::new().format(whole))?;
        if part != 0 {
            let digit = |d: u64| char::from(b'0' + d as u8);
            out.write_char('.')?;
            out.write_char(digit(part / 10))?;
            if part % 10 != 0 {
                out.write_char(digit(part % 10))?;
            }
        }
        Ok(())
    }

    fn push(self, s: &mut String) {
        // Writing to a String cannot fail.
        let _ = self.write(s);
    }
}

impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.write(f)
    }
}

/// `text` escaped for XML content and attribute values, written straight into the document.
fn escaped(text: &str) -> Escaped<'_> {
    Escaped(text)
}

#[derive(Debug, Clone, Copy)]
struct Escaped<'a>(&'a str);

impl std::fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.write_to(f)
    }
}

impl Escaped<'_> {
    fn write_to(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        let text = self.0;
        let mut plain = 0;
        for (i, c) in text.char_indices() {
            let replacement = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                // Written as references, so they survive in attribute values (`data-id`),
                // where an XML parser would otherwise normalise them to spaces.
                '\t' => "&#9;",
                '\n' => "&#10;",
                '\r' => "&#13;",
                // Characters XML 1.0 forbids (other controls, U+FFFE, U+FFFF) cannot be
                // written at all, not even as references: the replacement character stands in.
                c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => "\u{fffd}",
                _ => continue,
            };
            f.write_str(&text[plain..i])?;
            f.write_str(replacement)?;
            plain = i + c.len_utf8();
        }
        f.write_str(&text[plain..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(n(12.0).to_string(), "12");
        assert_eq!(n(12.345).to_string(), "12.35");
        assert_eq!(n(-0.001).to_string(), "0");
        assert_eq!(n(-3.5).to_string(), "-3.5");
        assert_eq!(n(0.05).to_string(), "0.05");
    }

    #[test]
    fn only_straight_pieces_are_written_as_lines() {
        let p = |(x, y): (f64, f64)| Point { x, y };
        let piece = |points: [(f64, f64); 4]| points.map(p);
        let straight_ones = [
            // As the router draws a straight stretch: control points at a third and two thirds.
            [(0.0, 5.0), (3.0, 5.0), (6.0, 5.0), (9.0, 5.0)],
            [(1.0, 1.0), (2.0, 3.0), (3.0, 5.0), (4.0, 7.0)],
            [(2.0, 2.0); 4],
        ];
        let curved_ones = [
            // A rounded corner, a control point off the line, one beyond an end, one away
            // from a piece of no length.
            [(0.0, 0.0), (2.76, 0.0), (5.0, 2.24), (5.0, 5.0)],
            [(0.0, 0.0), (3.0, 0.1), (6.0, 0.0), (9.0, 0.0)],
            [(0.0, 0.0), (12.0, 0.0), (6.0, 0.0), (9.0, 0.0)],
            [(2.0, 2.0), (3.0, 2.0), (2.0, 2.0), (2.0, 2.0)],
        ];
        for points in straight_ones {
            let [a, b, c, d] = piece(points);
            assert!(straight(a, b, c, d), "{points:?}");
        }
        for points in curved_ones {
            let [a, b, c, d] = piece(points);
            assert!(!straight(a, b, c, d), "{points:?}");
        }
    }

    #[test]
    fn numbers_are_written_as_the_float_formatting_wrote_them() {
        // The formula n() replaced, for speed: the SVG's bytes must not change.
        let formatted = |value: f64| {
            let rounded = (value * 100.0).round() / 100.0;
            let text = format!("{rounded:.2}");
            let text = text.trim_end_matches('0').trim_end_matches('.');
            if text == "-0" {
                "0".to_string()
            } else {
                text.to_string()
            }
        };
        let mut state: u64 = 7;
        for i in 0..200_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let value = match i % 4 {
                0 => (state >> 40) as f64 / 1000.0,
                1 => -((state >> 44) as f64) / 7.0,
                2 => (i as f64) * 0.005,
                _ => f64::from_bits(state) % 1.0e6,
            };
            if value.is_finite() {
                assert_eq!(n(value).to_string(), formatted(value), "{value}");
            }
        }
    }

    #[test]
    fn escapes_markup() {
        let escape = |text: &str| escaped(text).to_string();
        assert_eq!(escape(r#"<a & "b">"#), "&lt;a &amp; &quot;b&quot;&gt;");
    }

    #[test]
    fn characters_xml_forbids_never_reach_the_file() {
        let escape = |text: &str| escaped(text).to_string();
        assert_eq!(
            escape("a\u{ffff}b\u{fffe}c\u{1b}d"),
            "a\u{fffd}b\u{fffd}c\u{fffd}d"
        );
        assert_eq!(escape("id\twith\nbreaks\r"), "id&#9;with&#10;breaks&#13;");
    }
}
