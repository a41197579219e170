//! The built-in theory-of-change layout: columns in time order, one lane per perspective,
//! items as boxes with wrapped text, one numbered marker per mechanism, arrows between them.
//!
//! The result is plain geometry, drawn by `svg` and checked by the geometry tests.

pub use super::geometry::*;
use super::order::arrange;
use super::pack::{Frame, CELL_PADDING};
use super::plan::plan;
use super::route::{draw, routes, Across};
use super::text::{width, wrap};
use super::view::{View, ViewOptions};
use crate::compile::attainment::Status;
use crate::compile::Compiled;
use crate::model::{FindingStatus, Horizon, ItemRef, Theory};
use crate::words::{finding, labels, Labels};

const MARGIN: f64 = 24.0;
const LANE_LABEL_WIDTH: f64 = 112.0;
const COLUMN_WIDTH: f64 = 208.0;
const GAP: f64 = 72.0;
const BOX_PADDING: f64 = 8.0;
/// Between the resources panel's edge and its boxes, and between the panel and the lanes.
const RESOURCES_INSET: f64 = 10.0;
const RESOURCES_GAP: f64 = 16.0;
pub const TEXT_SIZE: f64 = 11.5;
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
    layout_with_lanes(compiled, view, options, None)
}

/// The layout with the lanes in `lanes` (indices into the theory's perspectives) instead of
/// the theory's order: how the lane advice weighs other orders.
pub(super) fn layout_with_lanes(
    compiled: &Compiled,
    view: &View,
    options: &ViewOptions,
    lanes: Option<&[usize]>,
) -> Layout {
    let theory = &compiled.theory;
    let words = labels(theory.meta.language);
    let columns = columns(theory, view, options);
    let column_of = |column: Column| columns.iter().position(|c| *c == column);

    // Lanes: the declared perspectives, then one for items that have none, if any do.
    let declared: Vec<usize> = match lanes {
        Some(order) => order.to_vec(),
        None => (0..theory.perspectives.len()).collect(),
    };
    let mut lane_perspectives: Vec<Option<usize>> = declared
        .into_iter()
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

    let graph = plan(theory, view, &pending, columns.len());

    // Column headings: their height now, their place once the gaps are known.
    let heading_blocks: Vec<Vec<String>> = columns
        .iter()
        .map(|c| wrap(heading(words, *c), HEADING_SIZE, true, COLUMN_WIDTH - 8.0))
        .collect();
    let heading_lines = heading_blocks.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let heading_height = heading_lines * HEADING_SIZE * 1.25 + 14.0;
    let heading_top = y;
    y += heading_height + 6.0;

    let lane_count = lane_perspectives.len();
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
    let resource_column = column_of(Column::Resources);
    let frame = Frame {
        lanes: lane_count,
        columns: columns.len(),
        resource_column,
        label_heights: lane_label_lines
            .iter()
            .map(|l| l.len() as f64 * HEADING_SIZE * 1.25)
            .collect(),
        heights: graph
            .nodes
            .iter()
            .map(|n| n.pending.map_or(0.0, |p| pending[p].height()))
            .collect(),
        top: y,
    };
    let arranged = arrange(&graph, &frame);
    let packed = &arranged.packed;
    let heights: Vec<Rect> = pending
        .iter()
        .enumerate()
        .map(|(i, p)| Rect {
            x: 0.0,
            y: packed.top[i],
            width: COLUMN_WIDTH,
            height: p.height(),
        })
        .collect();
    let routes = routes(
        &graph,
        &heights,
        &packed.centre,
        &arranged.marker_y,
        columns.len(),
    );

    // Across the page: the resources column on its own, then the lanes with their labels and
    // the other columns, each gap as wide as its arrows' tracks need.
    let lanes_left = if resource_column.is_some() {
        MARGIN + COLUMN_WIDTH + 2.0 * RESOURCES_INSET + RESOURCES_GAP
    } else {
        MARGIN
    };
    let half = |h: usize| routes.half_width(h, GAP / 2.0);
    let mut column_left = Vec::with_capacity(columns.len());
    let mut gap_middle = Vec::with_capacity(columns.len());
    let mut x = lanes_left + LANE_LABEL_WIDTH + GAP / 2.0;
    for c in 0..columns.len() {
        if Some(c) == resource_column {
            column_left.push(MARGIN + RESOURCES_INSET);
            gap_middle.push(lanes_left + LANE_LABEL_WIDTH / 2.0);
            continue;
        }
        column_left.push(x);
        let right = x + COLUMN_WIDTH;
        gap_middle.push(right + half(2 * c));
        x = right + half(2 * c) + half(2 * c + 1);
    }
    let last = columns.len() - 1;
    let last_right = column_left[last] + COLUMN_WIDTH;
    let lane_right = if graph.uses_last_gap {
        gap_middle[last] + GAP / 2.0
    } else {
        last_right + GAP / 2.0
    };

    let headings: Vec<ColumnHeading> = columns
        .iter()
        .zip(heading_blocks)
        .enumerate()
        .map(|(c, (column, lines))| {
            let rect = Rect {
                x: column_left[c],
                y: heading_top,
                width: COLUMN_WIDTH,
                height: heading_height,
            };
            let text = TextBlock::new(
                lines,
                rect.x + 4.0,
                heading_top + 7.0,
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

    let lanes: Vec<Lane> = (0..lane_count)
        .map(|l| {
            let top = packed.lane_tops[l];
            Lane {
                perspective: lane_perspectives[l],
                id: lane_perspectives[l]
                    .map(|p| theory.perspectives[p].id.clone())
                    .unwrap_or_default(),
                rect: Rect {
                    x: lanes_left,
                    y: top,
                    width: lane_right - lanes_left,
                    height: packed.lane_heights[l],
                },
                label: TextBlock::new(
                    lane_label_lines[l].clone(),
                    lanes_left + 8.0,
                    top + CELL_PADDING,
                    HEADING_SIZE,
                    HEADING_SIZE * 1.25,
                    true,
                ),
            }
        })
        .collect();
    let lanes_bottom = packed.bottom;
    let resources_panel = resource_column.map(|_| Rect {
        x: MARGIN,
        y: packed.lanes_top(),
        width: COLUMN_WIDTH + 2.0 * RESOURCES_INSET,
        height: lanes_bottom - packed.lanes_top(),
    });

    let boxes: Vec<ItemBox> = pending
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let rect = Rect {
                x: column_left[p.column],
                y: packed.top[i],
                width: COLUMN_WIDTH,
                height: p.height(),
            };
            let text = TextBlock::new(
                p.lines.clone(),
                rect.x + BOX_PADDING,
                rect.y + BOX_PADDING,
                TEXT_SIZE,
                LINE_HEIGHT,
                false,
            );
            let badge = p
                .badge
                .map(|(outcome, output, status)| badge(&rect, outcome, output, status));
            ItemBox {
                item: p.item,
                id: theory.header(p.item).id.clone(),
                kind: p.item.kind_name(),
                column: columns[p.column],
                lane: (Some(p.column) != resource_column).then_some(p.lane),
                rect,
                text,
                badge,
                unintended: matches!(p.item, ItemRef::Effect(e) if !theory.effects[e].intended),
            }
        })
        .collect();

    let across = Across {
        column_left,
        column_width: COLUMN_WIDTH,
        gap_middle,
    };
    let (markers, arrows) = draw(theory, &graph, &routes, &arranged.marker_y, &across);

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
            marker_key: Vec::new(),
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
        resources_panel,
        boxes,
        markers,
        arrows,
        legend_title: legend.title,
        legend: legend.entries,
        marker_key: legend.marker_key,
        legend_key: legend.key,
        crossings: arranged.crossings,
    }
}

struct Legend {
    title: Option<TextBlock>,
    entries: Vec<LegendEntry>,
    marker_key: Vec<KeyEntry>,
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
    width_limit: f64,
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
        let line = crate::words::mechanism_with_verdict(theory, marker.mechanism);
        let text_x = MARGIN + 2.0 * MARKER_RADIUS + 10.0;
        let mut lines = wrap(&line, TEXT_SIZE, false, width_limit);
        // The conditions the mechanism depends on, under it: ↑ enabling, ↓ hindering.
        for reference in &mechanism.contexts {
            if let Some(ItemRef::Context(c)) = reference.target {
                let context = &theory.contexts[c];
                let mark = crate::words::influence_mark(context.influence);
                lines.extend(wrap(
                    &format!("{mark} {}", context.text.value),
                    TEXT_SIZE,
                    false,
                    width_limit,
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
    // What the markers' shapes mean: one entry per kind the diagram shows.
    let mut kinds: Vec<(Verdict, bool)> = markers.iter().map(|m| (m.verdict, m.draft)).collect();
    kinds.sort_by_key(|(v, d)| (*d, *v as u8));
    kinds.dedup();
    let mut marker_key = Vec::new();
    let mut x = MARGIN + MARKER_RADIUS;
    if !kinds.is_empty() {
        y += 6.0;
    }
    for (verdict, draft) in kinds {
        let label = if draft {
            words.draft.to_string()
        } else {
            let status = match verdict {
                Verdict::Supported => FindingStatus::Supported,
                Verdict::PartlySupported => FindingStatus::PartlySupported,
                Verdict::NotSupported => FindingStatus::NotSupported,
                Verdict::Open => FindingStatus::NotAssessed,
            };
            finding(theory.meta.language, status).to_string()
        };
        let text_x = x + MARKER_RADIUS + 6.0;
        let text_width = width(&label, TEXT_SIZE, false);
        if text_x + text_width > MARGIN + width_limit && x > MARGIN + MARKER_RADIUS {
            x = MARGIN + MARKER_RADIUS;
            y += 2.0 * MARKER_RADIUS + 6.0;
        }
        let text_x = x + MARKER_RADIUS + 6.0;
        marker_key.push(KeyEntry {
            verdict,
            draft,
            center: Point {
                x,
                y: y + MARKER_RADIUS,
            },
            text: TextBlock::new(
                vec![label],
                text_x,
                y + MARKER_RADIUS - LINE_HEIGHT / 2.0,
                TEXT_SIZE,
                LINE_HEIGHT,
                false,
            ),
        });
        x = text_x + text_width + 24.0 + MARKER_RADIUS;
    }
    if !marker_key.is_empty() {
        y += 2.0 * MARKER_RADIUS + 6.0;
    }
    let mut key_lines = Vec::new();
    if indicators {
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
    let mut key = None;
    if !key_lines.is_empty() {
        let block = TextBlock::new(key_lines, MARGIN, y + 6.0, TEXT_SIZE, LINE_HEIGHT, false);
        y += block.height() + 12.0;
        key = Some(block);
    }
    Legend {
        title: Some(title),
        entries,
        marker_key,
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
