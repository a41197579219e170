//! The built-in theory-of-change layout: columns in time order, one lane per perspective,
//! items as boxes with wrapped text, one numbered marker per mechanism, arrows between them.
//!
//! The result is plain geometry, drawn by `svg` and checked by the geometry tests.

pub use super::geometry::*;
use super::order::order_cells;
use super::text::{width, wrap};
use super::view::{View, ViewOptions};
use crate::compile::attainment::Status;
use crate::compile::Compiled;
use crate::model::{Horizon, ItemRef, Theory};
use crate::words::{finding, labels, Labels};

const MARGIN: f64 = 24.0;
const LANE_LABEL_WIDTH: f64 = 112.0;
const COLUMN_WIDTH: f64 = 208.0;
const GAP: f64 = 72.0;
const BOX_PADDING: f64 = 8.0;
const BOX_SPACING: f64 = 10.0;
const CELL_PADDING: f64 = 14.0;
const TEXT_SIZE: f64 = 11.5;
const LINE_HEIGHT: f64 = 14.5;
const HEADING_SIZE: f64 = 13.0;
const TITLE_SIZE: f64 = 22.0;
const BANNER_SIZE: f64 = 12.0;
const BADGE_HEIGHT: f64 = 15.0;
pub const MARKER_RADIUS: f64 = 10.0;

/// A box before it has a place: what goes in it and how tall it is.
pub(super) struct Pending {
    pub item: ItemRef,
    pub column: usize,
    pub lane: usize,
    pub lines: Vec<String>,
    pub badge: Option<(usize, usize, Status)>,
}

impl Pending {
    fn height(&self) -> f64 {
        let badge = if self.badge.is_some() {
            BADGE_HEIGHT + 2.0
        } else {
            0.0
        };
        self.lines.len() as f64 * LINE_HEIGHT + 2.0 * BOX_PADDING + badge
    }
}

/// Lays out the items the view shows.
pub fn layout(compiled: &Compiled, view: &View, options: &ViewOptions) -> Layout {
    let theory = &compiled.theory;
    let words = labels(theory.meta.language);
    let columns = columns(theory, view, options);
    let column_of = |column: Column| columns.iter().position(|c| *c == column);

    // Lanes: the declared perspectives, then one for items that have none, if any do.
    let mut lane_perspectives: Vec<Option<usize>> = (0..theory.perspectives.len())
        .filter(|&p| {
            options.perspectives.is_empty()
                || options.perspectives.contains(&theory.perspectives[p].id)
        })
        .map(Some)
        .collect();
    let needs_other = theory
        .activities
        .iter()
        .enumerate()
        .filter(|(i, _)| view.activities[*i])
        .map(|(_, a)| &a.perspective)
        .chain(
            theory
                .outputs
                .iter()
                .enumerate()
                .filter(|(i, _)| view.outputs[*i])
                .map(|(_, o)| &o.perspective),
        )
        .chain(
            theory
                .effects
                .iter()
                .enumerate()
                .filter(|(i, _)| view.effects[*i])
                .map(|(_, e)| &e.perspective),
        )
        .any(|p| p.as_ref().and_then(|r| r.target).is_none());
    if needs_other || lane_perspectives.is_empty() {
        lane_perspectives.push(None);
    }
    let lane_of = |perspective: &Option<crate::model::Reference<usize>>| {
        let target = perspective.as_ref().and_then(|r| r.target);
        lane_perspectives
            .iter()
            .position(|p| *p == target)
            .unwrap_or(lane_perspectives.len() - 1)
    };

    // Boxes, in file order per cell, before ordering.
    let text_width = COLUMN_WIDTH - 2.0 * BOX_PADDING;
    let mut pending: Vec<Pending> = Vec::new();
    let statuses = compiled.effect_results();
    if let Some(c) = column_of(Column::Resources) {
        for (i, resource) in theory
            .resources
            .iter()
            .enumerate()
            .filter(|(i, _)| view.resources[*i])
        {
            pending.push(Pending {
                item: ItemRef::Resource(i),
                column: c,
                lane: 0,
                lines: wrap(&resource.text.value, TEXT_SIZE, false, text_width),
                badge: None,
            });
        }
    }
    if let Some(c) = column_of(Column::Activities) {
        for (i, activity) in theory
            .activities
            .iter()
            .enumerate()
            .filter(|(i, _)| view.activities[*i])
        {
            pending.push(Pending {
                item: ItemRef::Activity(i),
                column: c,
                lane: lane_of(&activity.perspective),
                lines: wrap(&activity.text.value, TEXT_SIZE, false, text_width),
                badge: None,
            });
        }
    }
    if let Some(c) = column_of(Column::Outputs) {
        for (i, output) in theory
            .outputs
            .iter()
            .enumerate()
            .filter(|(i, _)| view.outputs[*i])
        {
            pending.push(Pending {
                item: ItemRef::Output(i),
                column: c,
                lane: lane_of(&output.perspective),
                lines: wrap(&output.text.value, TEXT_SIZE, false, text_width),
                badge: None,
            });
        }
    }
    for (i, effect) in theory
        .effects
        .iter()
        .enumerate()
        .filter(|(i, _)| view.effects[*i])
    {
        let Some(c) = column_of(Column::Effects(effect.horizon)) else {
            continue;
        };
        let mut lines = wrap(&effect.text.value, TEXT_SIZE, false, text_width);
        if !effect.intended {
            lines.insert(0, words.unintended.to_string());
        }
        pending.push(Pending {
            item: ItemRef::Effect(i),
            column: c,
            lane: lane_of(&effect.perspective),
            lines,
            badge: options.indicators.then(|| {
                (
                    compiled.outcome_indicators(i).count(),
                    compiled.output_indicators(i).count(),
                    statuses[i].status,
                )
            }),
        });
    }
    order_cells(theory, view, &mut pending);

    let mut y = MARGIN;
    let title_text = match &theory.meta.period {
        Some(period) => format!("{} ({})", theory.meta.name, period.replace('/', "–")),
        None => theory.meta.name.clone(),
    };
    let content_width = LANE_LABEL_WIDTH + columns.len() as f64 * (COLUMN_WIDTH + GAP);
    let title = TextBlock::new(
        wrap(&title_text, TITLE_SIZE, true, content_width),
        MARGIN,
        y,
        TITLE_SIZE,
        TITLE_SIZE * 1.25,
        true,
    );
    y += title.height() + 6.0;
    let mut banner = Vec::new();
    let only_one = theory.target_groups.len() == 1;
    for group in &theory.target_groups {
        let line = format!("{}: {}", words.role(group.role, only_one), group.text.value);
        let block = TextBlock::new(
            wrap(&line, BANNER_SIZE, false, content_width),
            MARGIN,
            y,
            BANNER_SIZE,
            BANNER_SIZE * 1.3,
            false,
        );
        y += block.height() + 2.0;
        banner.push(block);
    }
    y += 12.0;

    // Column headings.
    let x0 = MARGIN + LANE_LABEL_WIDTH;
    let column_x = |c: usize| x0 + GAP / 2.0 + c as f64 * (COLUMN_WIDTH + GAP);
    let heading_blocks: Vec<Vec<String>> = columns
        .iter()
        .map(|c| wrap(heading(words, *c), HEADING_SIZE, true, COLUMN_WIDTH - 8.0))
        .collect();
    let heading_lines = heading_blocks.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let heading_height = heading_lines * HEADING_SIZE * 1.25 + 14.0;
    let headings: Vec<ColumnHeading> = columns
        .iter()
        .zip(heading_blocks)
        .enumerate()
        .map(|(c, (column, lines))| {
            let rect = Rect {
                x: column_x(c),
                y,
                width: COLUMN_WIDTH,
                height: heading_height,
            };
            let text = TextBlock::new(
                lines,
                rect.x + 4.0,
                y + 7.0,
                HEADING_SIZE,
                HEADING_SIZE * 1.25,
                true,
            );
            ColumnHeading {
                column: *column,
                rect,
                text,
            }
        })
        .collect();
    y += heading_height + 6.0;

    // Lane heights: the tallest cell in each lane; resources span all lanes.
    let lane_count = lane_perspectives.len();
    let resource_column = column_of(Column::Resources);
    let mut cell_height = vec![vec![0.0f64; columns.len()]; lane_count];
    let mut resources_height = 0.0;
    for p in &pending {
        if Some(p.column) == resource_column {
            resources_height += p.height() + BOX_SPACING;
        } else {
            cell_height[p.lane][p.column] += p.height() + BOX_SPACING;
        }
    }
    let lane_label_lines: Vec<Vec<String>> = lane_perspectives
        .iter()
        .map(|p| {
            let label = match p {
                Some(p) => theory.perspectives[*p].label.as_str(),
                None if lane_perspectives.len() == 1 => "",
                None => words.other_lane,
            };
            wrap(label, HEADING_SIZE, true, LANE_LABEL_WIDTH - 12.0)
        })
        .collect();
    let mut lane_heights: Vec<f64> = cell_height
        .iter()
        .zip(&lane_label_lines)
        .map(|(cells, label)| {
            let tallest = cells.iter().copied().fold(0.0, f64::max);
            let label_height = label.len() as f64 * HEADING_SIZE * 1.25;
            (tallest - BOX_SPACING).max(label_height).max(40.0) + 2.0 * CELL_PADDING
        })
        .collect();
    let resources_needed = resources_height - BOX_SPACING + 2.0 * CELL_PADDING;
    let lanes_total: f64 = lane_heights.iter().sum();
    if resources_needed > lanes_total {
        *lane_heights.last_mut().expect("at least one lane") += resources_needed - lanes_total;
    }

    let lanes_top = y;
    let lane_right = column_x(columns.len().saturating_sub(1)) + COLUMN_WIDTH + GAP / 2.0;
    let mut lanes = Vec::new();
    let mut lane_tops = Vec::new();
    for (l, height) in lane_heights.iter().enumerate() {
        lane_tops.push(y);
        let rect = Rect {
            x: MARGIN,
            y,
            width: lane_right - MARGIN,
            height: *height,
        };
        let label = TextBlock::new(
            lane_label_lines[l].clone(),
            MARGIN + 8.0,
            y + CELL_PADDING,
            HEADING_SIZE,
            HEADING_SIZE * 1.25,
            true,
        );
        lanes.push(Lane {
            perspective: lane_perspectives[l],
            rect,
            label,
        });
        y += height;
    }
    let lanes_bottom = y;

    // Place the boxes, cell by cell, top down in their order.
    let mut next_y: Vec<Vec<f64>> = lane_tops
        .iter()
        .map(|t| vec![t + CELL_PADDING; columns.len()])
        .collect();
    let mut resource_y = lanes_top + CELL_PADDING;
    let mut boxes = Vec::with_capacity(pending.len());
    for p in &pending {
        let height = p.height();
        let top = if Some(p.column) == resource_column {
            let top = resource_y;
            resource_y += height + BOX_SPACING;
            top
        } else {
            let top = next_y[p.lane][p.column];
            next_y[p.lane][p.column] += height + BOX_SPACING;
            top
        };
        let rect = Rect {
            x: column_x(p.column),
            y: top,
            width: COLUMN_WIDTH,
            height,
        };
        let text = TextBlock::new(
            p.lines.clone(),
            rect.x + BOX_PADDING,
            top + BOX_PADDING,
            TEXT_SIZE,
            LINE_HEIGHT,
            false,
        );
        let badge = p
            .badge
            .map(|(outcome, output, status)| badge(&rect, outcome, output, status));
        boxes.push(ItemBox {
            item: p.item,
            id: theory.header(p.item).id.clone(),
            kind: p.item.kind_name(),
            column: columns[p.column],
            lane: if Some(p.column) == resource_column {
                None
            } else {
                Some(p.lane)
            },
            rect,
            text,
            badge,
            unintended: matches!(p.item, ItemRef::Effect(e) if !theory.effects[e].intended),
        });
    }

    let (markers, arrows) =
        super::route::mechanisms(theory, view, &boxes, &columns, column_x, COLUMN_WIDTH, GAP);

    let legend_width = lane_right - MARGIN - 2.0 * MARKER_RADIUS - 12.0;
    let legend = if options.legend && !markers.is_empty() {
        legend(
            theory,
            words,
            &markers,
            options.indicators,
            lanes_bottom + 20.0,
            legend_width,
        )
    } else {
        Legend {
            title: None,
            entries: Vec::new(),
            key: None,
            bottom: lanes_bottom,
        }
    };

    Layout {
        // Whole pixels, so the PNG's size is exactly the SVG's times the scale.
        width: (lane_right + MARGIN).ceil(),
        height: (legend.bottom + MARGIN).ceil(),
        title,
        banner,
        headings,
        lanes,
        boxes,
        markers,
        arrows,
        legend_title: legend.title,
        legend: legend.entries,
        legend_key: legend.key,
    }
}

struct Legend {
    title: Option<TextBlock>,
    entries: Vec<LegendEntry>,
    key: Option<TextBlock>,
    bottom: f64,
}

/// Each numbered mechanism with its text and the evaluation's verdict, then the badge key.
fn legend(
    theory: &Theory,
    words: &Labels,
    markers: &[Marker],
    indicators: bool,
    top: f64,
    width: f64,
) -> Legend {
    let mut y = top;
    let title = TextBlock::new(
        vec![words.mechanisms.to_string()],
        MARGIN,
        y,
        HEADING_SIZE,
        HEADING_SIZE * 1.25,
        true,
    );
    y += title.height() + 6.0;
    let mut entries = Vec::new();
    for marker in markers {
        let mechanism = &theory.mechanisms[marker.mechanism];
        let mut line = mechanism.text.value.clone();
        let mut verdicts = Vec::new();
        if let Some(f) = &mechanism.finding {
            verdicts.push(finding(theory.meta.language, f.status));
        }
        if mechanism.draft {
            verdicts.push(words.draft);
        }
        if !verdicts.is_empty() {
            line.push_str(&format!(" ({})", verdicts.join("; ")));
        }
        let text_x = MARGIN + 2.0 * MARKER_RADIUS + 10.0;
        let mut lines = wrap(&line, TEXT_SIZE, false, width);
        // The conditions the mechanism depends on, under it: ↑ enabling, ↓ hindering.
        for reference in &mechanism.contexts {
            if let Some(ItemRef::Context(c)) = reference.target {
                let context = &theory.contexts[c];
                let mark = crate::words::influence_mark(context.influence);
                lines.extend(wrap(
                    &format!("{mark} {}", context.text.value),
                    TEXT_SIZE,
                    false,
                    width,
                ));
            }
        }
        let text = TextBlock::new(lines, text_x, y, TEXT_SIZE, LINE_HEIGHT, false);
        let height = text.height().max(2.0 * MARKER_RADIUS);
        entries.push(LegendEntry {
            number: marker.number,
            center: Point {
                x: MARGIN + MARKER_RADIUS,
                y: y + MARKER_RADIUS - 2.0,
            },
            text,
        });
        y += height + 6.0;
    }
    let mut key = None;
    if indicators {
        let language = theory.meta.language;
        let statuses = [
            Status::Met,
            Status::OnTrack,
            Status::PartlyMet,
            Status::NotMet,
            Status::NoTarget,
            Status::NoData,
        ]
        .map(|s| format!("{} {}", s.symbol(), s.label(language)))
        .join("   ");
        let text = format!(
            "●  {}    ○  {}    {statuses}    ↑ {}    ↓ {}",
            words.outcome, words.output, words.enabling, words.hindering
        );
        let block = TextBlock::new(
            wrap(&text, TEXT_SIZE, false, width),
            MARGIN,
            y + 6.0,
            TEXT_SIZE,
            LINE_HEIGHT,
            false,
        );
        y += block.height() + 12.0;
        key = Some(block);
    }
    Legend {
        title: Some(title),
        entries,
        key,
        bottom: y,
    }
}

fn columns(theory: &Theory, view: &View, options: &ViewOptions) -> Vec<Column> {
    let mut columns = Vec::new();
    if view.resources.iter().any(|&r| r) || (theory.resources.is_empty() && options.focus.is_none())
    {
        columns.push(Column::Resources);
    }
    columns.push(Column::Activities);
    if view.outputs.iter().any(|&o| o) {
        columns.push(Column::Outputs);
    }
    for horizon in [Horizon::Short, Horizon::Medium, Horizon::Long] {
        if options.horizons.is_empty() || options.horizons.contains(&horizon) {
            columns.push(Column::Effects(horizon));
        }
    }
    columns
}

fn heading(words: &Labels, column: Column) -> &'static str {
    match column {
        Column::Resources => words.resources,
        Column::Activities => words.activities,
        Column::Outputs => words.outputs,
        Column::Effects(h) => words.horizon(h),
    }
}

fn badge(rect: &Rect, outcome: usize, output: usize, status: Status) -> Badge {
    let mut label = format!("{}  ● {outcome}", status.symbol());
    if output > 0 {
        label.push_str(&format!("  ○ {output}"));
    }
    let size = 10.0;
    let text_width = width(&label, size, false);
    let badge_rect = Rect {
        x: rect.right() - text_width - 12.0 - 4.0,
        y: rect.bottom() - BADGE_HEIGHT - 4.0,
        width: text_width + 12.0,
        height: BADGE_HEIGHT,
    };
    let text = TextBlock::new(
        vec![label],
        badge_rect.x + 6.0,
        badge_rect.y + 1.5,
        size,
        12.0,
        false,
    );
    Badge {
        rect: badge_rect,
        outcome,
        output,
        status,
        text,
    }
}
