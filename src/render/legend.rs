//! The legend under the diagram: each numbered mechanism with its text, the evaluation's
//! verdict and the conditions it depends on; what the markers' shapes mean; the badges' key.

use super::geometry::{KeyEntry, LegendEntry, Marker, Point, TextBlock, Verdict};
use super::layout::{HEADING_SIZE, LINE_HEIGHT, MARGIN, MARKER_RADIUS, TEXT_SIZE};
use super::text::{width, wrap};
use crate::compile::attainment::Status;
use crate::model::{FindingStatus, ItemRef, Theory};
use crate::words::{finding, Labels};

pub(super) struct Legend {
    pub title: Option<TextBlock>,
    pub entries: Vec<LegendEntry>,
    pub marker_key: Vec<KeyEntry>,
    pub key: Option<TextBlock>,
    pub bottom: f64,
}

impl Legend {
    /// No legend: the diagram ends at `bottom`.
    pub fn none(bottom: f64) -> Self {
        Legend {
            title: None,
            entries: Vec::new(),
            marker_key: Vec::new(),
            key: None,
            bottom,
        }
    }
}

/// The legend from `top` down, its lines no wider than `width_limit`.
/// Which keys the legend explains besides the markers.
pub(super) struct Keys {
    /// The badges in the effects' boxes.
    pub indicators: bool,
    /// Dotted boxes: drafts.
    pub drafts: bool,
    /// Dashed arrows: inferred links.
    pub inferred_links: bool,
}

pub(super) fn legend(
    theory: &Theory,
    words: &Labels,
    markers: &[Marker],
    keys: Keys,
    top: f64,
    width_limit: f64,
) -> Legend {
    let title = TextBlock::new(
        vec![words.mechanisms.to_string()],
        MARGIN,
        top,
        HEADING_SIZE,
        HEADING_SIZE * 1.25,
        true,
    );
    let mut y = top + title.height() + 6.0;
    let entries = entries(theory, words, markers, &mut y, width_limit);
    let marker_key = marker_key(theory, words, markers, &mut y, width_limit);
    let key = key(theory, words, markers, keys, &mut y, width_limit);
    Legend {
        title: Some(title),
        entries,
        marker_key,
        key,
        bottom: y,
    }
}

/// A mechanism's legend entry as unwrapped lines: its text and verdict, then the conditions
/// it depends on (↑ enabling, ↓ hindering) and its inferred links with their reasons (⇢).
/// The diagram's legend and a paged PDF's mechanism pages both word it so.
pub(super) fn entry_lines(theory: &Theory, words: &Labels, m: usize) -> Vec<String> {
    let mechanism = &theory.mechanisms[m];
    let mut lines = vec![crate::words::mechanism_with_verdict(theory, m)];
    for reference in &mechanism.contexts {
        if let Some(ItemRef::Context(c)) = reference.target {
            let context = &theory.contexts[c];
            let mark = crate::words::influence_mark(context.influence);
            lines.push(format!("{mark} {}", context.text.value));
        }
    }
    for link in &mechanism.inferred_links {
        let Some(&item) = theory.ids.get(&link.name) else {
            continue;
        };
        lines.push(format!(
            "⇢ {}: {} – {}",
            words.inferred_link,
            shortened(&theory.text(item).value, 48),
            link.reason.value
        ));
    }
    lines
}

/// Each numbered mechanism with its text and verdict, and under it the conditions it
/// depends on (↑ enabling, ↓ hindering) and its inferred links with their reasons (⇢), from
/// `y` down.
fn entries(
    theory: &Theory,
    words: &Labels,
    markers: &[Marker],
    y: &mut f64,
    width_limit: f64,
) -> Vec<LegendEntry> {
    let mut entries = Vec::new();
    for marker in markers {
        let text_x = MARGIN + 2.0 * MARKER_RADIUS + 10.0;
        let lines = entry_lines(theory, words, marker.mechanism)
            .iter()
            .flat_map(|line| wrap(line, TEXT_SIZE, false, width_limit))
            .collect();
        let text = TextBlock::new(lines, text_x, *y, TEXT_SIZE, LINE_HEIGHT, false);
        let height = text.height().max(2.0 * MARKER_RADIUS);
        entries.push(LegendEntry {
            number: marker.number,
            center: Point {
                x: MARGIN + MARKER_RADIUS,
                y: *y + MARKER_RADIUS - 2.0,
            },
            text,
        });
        *y += height + 6.0;
    }
    entries
}

/// What the markers' shapes mean: one entry per kind the diagram shows, side by side,
/// wrapped to the next row when the width is used.
fn marker_key(
    theory: &Theory,
    words: &Labels,
    markers: &[Marker],
    y: &mut f64,
    width_limit: f64,
) -> Vec<KeyEntry> {
    let mut kinds: Vec<(Verdict, bool)> = markers.iter().map(|m| (m.verdict, m.draft)).collect();
    kinds.sort_by_key(|(v, d)| (*d, *v as u8));
    kinds.dedup();
    let mut marker_key = Vec::new();
    let mut x = MARGIN + MARKER_RADIUS;
    if !kinds.is_empty() {
        *y += 6.0;
    }
    for (verdict, draft) in kinds {
        let label = if draft {
            words.draft.to_string()
        } else {
            let status = match verdict {
                Verdict::Supported => FindingStatus::Supported,
                Verdict::PartlySupported => FindingStatus::PartlySupported,
                Verdict::NotSupported => FindingStatus::NotSupported,
                Verdict::NotImplemented => FindingStatus::NotImplemented,
                Verdict::Open => FindingStatus::NotAssessed,
            };
            finding(theory.meta.language, status).to_string()
        };
        let text_x = x + MARKER_RADIUS + 6.0;
        let text_width = width(&label, TEXT_SIZE, false);
        if text_x + text_width > MARGIN + width_limit && x > MARGIN + MARKER_RADIUS {
            x = MARGIN + MARKER_RADIUS;
            *y += 2.0 * MARKER_RADIUS + 6.0;
        }
        let text_x = x + MARKER_RADIUS + 6.0;
        marker_key.push(KeyEntry {
            verdict,
            draft,
            center: Point {
                x,
                y: *y + MARKER_RADIUS,
            },
            text: TextBlock::new(
                vec![label],
                text_x,
                *y + MARKER_RADIUS - LINE_HEIGHT / 2.0,
                TEXT_SIZE,
                LINE_HEIGHT,
                false,
            ),
        });
        x = text_x + text_width + 24.0 + MARKER_RADIUS;
    }
    if !marker_key.is_empty() {
        *y += 2.0 * MARKER_RADIUS + 6.0;
    }
    marker_key
}

/// The key to the badges (their counts and statuses) and to the conditions' marks.
fn key(
    theory: &Theory,
    words: &Labels,
    markers: &[Marker],
    keys: Keys,
    y: &mut f64,
    width_limit: f64,
) -> Option<TextBlock> {
    let mut key_lines = Vec::new();
    if keys.drafts {
        key_lines.extend(wrap(words.draft_box_key, TEXT_SIZE, false, width_limit));
    }
    if keys.inferred_links {
        key_lines.extend(wrap(words.inferred_link_key, TEXT_SIZE, false, width_limit));
    }
    if keys.indicators {
        let language = theory.meta.language;
        let statuses = Status::ALL.map(|s| s.marked(language)).join("   ");
        key_lines.extend(wrap(words.badge_key, TEXT_SIZE, false, width_limit));
        key_lines.extend(wrap(&statuses, TEXT_SIZE, false, width_limit));
    }
    if markers
        .iter()
        .any(|m| !theory.mechanisms[m.mechanism].contexts.is_empty())
    {
        key_lines.extend(wrap(words.contexts_key, TEXT_SIZE, false, width_limit));
    }
    if key_lines.is_empty() {
        return None;
    }
    let block = TextBlock::new(key_lines, MARGIN, *y + 6.0, TEXT_SIZE, LINE_HEIGHT, false);
    *y += block.height() + 12.0;
    Some(block)
}

/// The first words of `text`, at most `chars` characters, with an ellipsis when cut.
fn shortened(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(chars).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':']))
}
