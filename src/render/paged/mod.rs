//! A theory on paper of any size, every box legible: when the whole diagram does not fit one
//! page with its box text at 7 pt or more, the PDF gets more pages instead of an error. The
//! first shows the whole diagram, small, for its shape; then each lane (perspective) at a
//! legible size, split by horizon where a lane is too wide, each page headed with what it
//! shows; then the numbered mechanisms as text, with the numbers the markers carry in every
//! view. On portrait paper a slice too wide for the page gets a landscape page, as reports
//! print a wide table; a slice that fits no page is cut into pieces (never met by the
//! bundled theories).

mod text;

use super::layout::{layout, Layout, TEXT_SIZE};
use super::page::{Page, MIN_PRINT_PT, PX_PER_MM};
use super::svg::svg;
use super::text::{wrap, FONT_FAMILY};
use super::view::{select, ViewOptions};
use crate::compile::Compiled;
use crate::model::{Horizon, ItemRef};
use crate::t;
use crate::words::labels;
use std::fmt::Write;
use text::{mechanism_lines, paginate, text_sheet, text_version};

/// One page of the PDF, as SVG, and how a screen reader meets it.
pub struct Sheet {
    /// The page, sized for the paper (landscape where a drawing needs it on portrait paper,
    /// as a report's wide table is printed).
    pub svg: String,
    /// What it is to a screen reader.
    pub reading: Reading,
    /// Box text on this page, in points, for a page with a drawing.
    pub text_pt: Option<f64>,
}

/// What a page is to a screen reader. Its text, line by line, is tagged from the SVG's
/// `<text>` elements and their classes (see `pdf_tags`); a drawing also gets a figure with
/// this alternative text.
pub enum Reading {
    /// A drawing, with what it shows in words.
    Figure(String),
    /// Only text.
    Text,
}

/// Above the drawing: the caption, in at most two lines; below it: the page number.
const CAPTION_PX: f64 = 42.0;
const CAPTION_SIZE: f64 = 13.0;
const FOOTER_PX: f64 = 18.0;

/// A drawing to place: a view's layout and what the page says it is.
struct Part {
    layout: Layout,
    caption: String,
    /// Where the piece is, in the layout's pixels, when the layout is cut into pieces.
    window: Option<[f64; 4]>,
    turned: bool,
    alt: String,
}

/// The pages for `compiled` on `page`: the overview, the parts, the mechanisms, and the text
/// version when `with_text`.
pub fn sheets(
    compiled: &Compiled,
    view: &ViewOptions,
    page: Page,
    alt: &str,
    with_text: bool,
) -> crate::Result<Vec<Sheet>> {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let text = if with_text {
        text_version(compiled)
    } else {
        Vec::new()
    };
    // A theory that fits the page legibly, legend and all, is one page (and its text).
    let full = layout(compiled, &select(compiled, view)?, view);
    if legible(area(page, false), full.width, full.height) {
        let total = 1 + paginate(page, &text).len();
        let part = Part {
            layout: full,
            caption: String::new(),
            window: None,
            turned: false,
            alt: alt.to_string(),
        };
        let mut sheets = vec![figure(page, theory.meta.name.as_str(), &part, 1, total)];
        for lines in paginate(page, &text) {
            sheets.push(text_sheet(page, &lines, sheets.len() + 1, total));
        }
        return Ok(sheets);
    }
    let bare = ViewOptions {
        legend: false,
        ..view.clone()
    };
    let whole = layout(compiled, &select(compiled, &bare)?, &bare);
    let mut parts = Vec::new();
    for (caption, lane) in lanes(compiled, &bare) {
        parts.extend(lane_parts(compiled, page, &caption, &lane)?);
    }
    let mechanisms = mechanism_lines(compiled, &bare)?;
    let text_pages = |lines: &[(bool, String)]| paginate(page, lines).len();
    let legend_count = text_pages(&mechanisms);
    let total = 1 + parts.len() + legend_count + text_pages(&text);
    let mut sheets = Vec::with_capacity(total);
    let overview = t!(
        "pdf-overview",
        first = 2usize,
        last = 1 + parts.len(),
        legend = 2 + parts.len()
    )
    .render(language);
    let whole = Part {
        layout: whole,
        caption: overview,
        window: None,
        turned: false,
        alt: alt.to_string(),
    };
    for part in std::iter::once(&whole).chain(&parts) {
        sheets.push(figure(
            page,
            theory.meta.name.as_str(),
            part,
            sheets.len() + 1,
            total,
        ));
    }
    for lines in paginate(page, &mechanisms)
        .into_iter()
        .chain(paginate(page, &text))
    {
        sheets.push(text_sheet(page, &lines, sheets.len() + 1, total));
    }
    Ok(sheets)
}

/// Each lane to draw, with its name: the theory's perspectives (those the view keeps), and
/// the items in none of them.
fn lanes(compiled: &Compiled, view: &ViewOptions) -> Vec<(String, ViewOptions)> {
    let theory = &compiled.theory;
    let mut lanes: Vec<(String, ViewOptions)> = theory
        .perspectives
        .iter()
        .filter(|p| view.perspectives.is_empty() || view.perspectives.contains(&p.id))
        .map(|p| {
            (
                p.label.clone(),
                ViewOptions {
                    perspectives: vec![p.id.clone()],
                    ..view.clone()
                },
            )
        })
        .collect();
    let unassigned = theory.items().any(|i| {
        matches!(
            i,
            ItemRef::Activity(_) | ItemRef::Output(_) | ItemRef::Effect(_)
        ) && theory.perspective_of(i).is_none()
    });
    if lanes.is_empty() || (unassigned && view.perspectives.is_empty()) {
        lanes.push((
            labels(theory.meta.language).other_lane.to_string(),
            ViewOptions {
                perspectives: Vec::new(),
                unassigned_only: !lanes.is_empty(),
                ..view.clone()
            },
        ));
    }
    lanes
}

/// A lane's pages: the whole lane if it fits, else by horizon group, else each horizon on
/// its own, turned on portrait paper when that makes it fit, else cut into pieces.
fn lane_parts(
    compiled: &Compiled,
    page: Page,
    lane: &str,
    view: &ViewOptions,
) -> crate::Result<Vec<Part>> {
    let theory = &compiled.theory;
    let words = labels(theory.meta.language);
    let has = |horizons: &[Horizon]| {
        theory.effects.iter().enumerate().any(|(e, effect)| {
            horizons.contains(&effect.horizon)
                && select(compiled, view).is_ok_and(|v| v.shows(ItemRef::Effect(e)))
        })
    };
    let groupings: [&[&[Horizon]]; 3] = [
        &[&[]],
        &[&[Horizon::Short], &[Horizon::Medium, Horizon::Long]],
        &[&[Horizon::Short], &[Horizon::Medium], &[Horizon::Long]],
    ];
    let mut finest = Vec::new();
    for grouping in groupings {
        let slices: Vec<&[Horizon]> = grouping
            .iter()
            .copied()
            .filter(|h| h.is_empty() || has(h))
            .collect();
        let slices = if slices.is_empty() {
            vec![&[][..]]
        } else {
            slices
        };
        let mut parts = Vec::new();
        for horizons in slices {
            let sliced = ViewOptions {
                horizons: horizons.to_vec(),
                ..view.clone()
            };
            let drawn = layout(compiled, &select(compiled, &sliced)?, &sliced);
            let caption = if horizons.is_empty() {
                lane.to_string()
            } else {
                let named: Vec<&str> = horizons.iter().map(|&h| words.horizon(h)).collect();
                format!("{lane}: {}", named.join(", "))
            };
            let alt = t!("pdf-part-alt", part = caption.as_str()).render(theory.meta.language);
            parts.push(Part {
                layout: drawn,
                caption,
                window: None,
                turned: false,
                alt,
            });
        }
        let fits: Option<Vec<bool>> = parts
            .iter()
            .map(|part| placement(page, &part.layout))
            .collect();
        if let Some(fits) = fits {
            for (part, turned) in parts.iter_mut().zip(fits) {
                part.turned = turned;
            }
            return Ok(parts);
        }
        finest = parts;
    }
    Ok(finest
        .into_iter()
        .flat_map(|part| pieces(page, part))
        .collect())
}

/// Whether a drawing fits the page legibly: `Some(false)` upright, `Some(true)` turned a
/// quarter (portrait paper only), `None` not at all.
fn placement(page: Page, layout: &Layout) -> Option<bool> {
    if legible(area(page, false), layout.width, layout.height) {
        return Some(false);
    }
    let portrait = matches!(page, Page::A4Portrait | Page::A3Portrait);
    (portrait && legible(area(page, true), layout.width, layout.height)).then_some(true)
}

/// The page's size in CSS pixels (turned: width and height swapped) and its margin.
fn area(page: Page, turned: bool) -> (f64, f64, f64) {
    let (w, h, margin) = page.size();
    if turned {
        (h, w, margin)
    } else {
        (w, h, margin)
    }
}

/// The scale a `width` × `height` drawing is placed at on a page of `area`.
fn scale((w, h, margin): (f64, f64, f64), width: f64, height: f64) -> f64 {
    let room_w = w - 2.0 * margin;
    let room_h = h - 2.0 * margin - CAPTION_PX - FOOTER_PX;
    (room_w / width).min(room_h / height)
}

fn legible(area: (f64, f64, f64), width: f64, height: f64) -> bool {
    TEXT_SIZE * scale(area, width, height) * 0.75 >= MIN_PRINT_PT
}

/// A drawing too large for any page, cut into page-sized pieces at the smallest legible
/// scale, on the page turned where the paper is portrait.
fn pieces(page: Page, part: Part) -> Vec<Part> {
    let turned = matches!(page, Page::A4Portrait | Page::A3Portrait);
    let (w, h, margin) = area(page, turned);
    let least = MIN_PRINT_PT / (TEXT_SIZE * 0.75);
    let piece_w = (w - 2.0 * margin) / least;
    let piece_h = (h - 2.0 * margin - CAPTION_PX - FOOTER_PX) / least;
    let across = (part.layout.width / piece_w).ceil().max(1.0) as usize;
    let down = (part.layout.height / piece_h).ceil().max(1.0) as usize;
    let count = across * down;
    let mut out = Vec::with_capacity(count);
    for row in 0..down {
        for column in 0..across {
            let n = row * across + column + 1;
            out.push(Part {
                layout: part.layout.clone(),
                caption: format!("{} ({n}/{count})", part.caption),
                window: Some([
                    column as f64 * piece_w,
                    row as f64 * piece_h,
                    piece_w,
                    piece_h,
                ]),
                turned,
                alt: part.alt.clone(),
            });
        }
    }
    out
}

/// A page with a drawing: its caption above, the drawing as large as the page allows, the
/// page number below.
fn figure(page: Page, title: &str, part: &Part, number: usize, total: usize) -> Sheet {
    let (w, h, margin) = area(page, part.turned);
    let [x, y, width, height] =
        part.window
            .unwrap_or([0.0, 0.0, part.layout.width, part.layout.height]);
    let s = scale((w, h, margin), width, height);
    let drawing = svg(&part.layout, title, None);
    // The drawing's own root element is its first line: it becomes a nested <svg> placed
    // below the caption, showing the window.
    let body = drawing.split_once('\n').map_or("", |(_, rest)| rest);
    let mut out = page_start(w, h);
    caption(&mut out, margin, w - 2.0 * margin, &part.caption);
    let left = margin + (w - 2.0 * margin - width * s) / 2.0;
    let _ = writeln!(
        out,
        r#"<svg x="{}" y="{}" width="{}" height="{}" viewBox="{x:.2} {y:.2} {width:.2} {height:.2}" preserveAspectRatio="xMidYMin meet" overflow="hidden" font-family="{FONT_FAMILY}">"#,
        f(left),
        f(margin + CAPTION_PX),
        f(width * s),
        f(height * s),
    );
    out.push_str(body);
    footer(&mut out, w, h, margin, number, total);
    out.push_str("</svg>\n");
    Sheet {
        svg: out,
        reading: Reading::Figure(format!("{}. {}", part.caption, part.alt)),
        text_pt: Some(TEXT_SIZE * s * 0.75),
    }
}

fn page_start(w: f64, h: f64) -> String {
    let (mm_w, mm_h) = (w / PX_PER_MM, h / PX_PER_MM);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{:.0}mm\" height=\"{:.0}mm\" viewBox=\"0 0 {} {}\" font-family=\"{FONT_FAMILY}\">\n<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n",
        mm_w,
        mm_h,
        f(w),
        f(h),
        f(w),
        f(h)
    )
}

/// The caption above a drawing, wrapped to the page in at most two lines: one `<text>`, so
/// it is one paragraph to a screen reader.
fn caption(out: &mut String, margin: f64, width: f64, words: &str) {
    let mut lines = wrap(words, CAPTION_SIZE, true, width);
    if lines.is_empty() {
        return;
    }
    if lines.len() > 2 {
        lines.truncate(2);
        lines[1].push('…');
    }
    let _ = write!(
        out,
        r##"<text class="caption" x="{}" y="{}" font-size="{CAPTION_SIZE}" font-weight="bold" fill="#2f4858">"##,
        f(margin),
        f(margin + 14.0),
    );
    for (n, line) in lines.iter().enumerate() {
        let dy = if n == 0 { 0.0 } else { 17.0 };
        let _ = write!(
            out,
            r#"<tspan x="{}" dy="{dy}">{}</tspan>"#,
            f(margin),
            escaped(line)
        );
    }
    out.push_str("</text>\n");
}

fn footer(out: &mut String, w: f64, h: f64, margin: f64, number: usize, total: usize) {
    let _ = writeln!(
        out,
        r##"<text class="page-number" x="{}" y="{}" font-size="10" text-anchor="end" fill="#5b6770">{number} / {total}</text>"##,
        f(w - margin),
        f(h - margin + 4.0),
    );
}

/// A number as SVG writes it: two decimals at most.
fn f(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    format!("{rounded}")
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
