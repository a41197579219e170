//! The built-in theory-of-change layout: columns in time order, one lane per perspective,
//! items as boxes with wrapped text, one numbered marker per mechanism, arrows between them.
//!
//! The result is plain geometry, drawn by `svg` and checked by the geometry tests.

pub use super::geometry::*;
use super::legend::{legend, Legend};
use super::order::{arrange, Arranged, Start};
use super::pack::{Frame, Packed, CELL_PADDING};
use super::plan::{plan, Graph};
pub use super::previous::Previous;
use super::route::{draw, routes, Across, Routes};
use super::text::{width, wrap};
use super::view::{View, ViewOptions};
use crate::compile::attainment::Status;
use crate::compile::Compiled;
use crate::model::{Horizon, ItemRef, Theory};
use crate::words::{labels, Labels};

pub(super) const MARGIN: f64 = 16.0;
const LANE_LABEL_WIDTH: f64 = 112.0;
/// Between a lane's label and its first column: no arrow runs there, only the label's margin.
const LABEL_GAP: f64 = 12.0;
const COLUMN_WIDTH: f64 = 208.0;
const GAP: f64 = 72.0;
const BOX_PADDING: f64 = 8.0;
/// Between the resources panel's edge and its boxes, and between the panel and the lanes.
const RESOURCES_INSET: f64 = 8.0;
const RESOURCES_GAP: f64 = 12.0;
/// The size of box text, in pixels at scale 1.
pub const TEXT_SIZE: f64 = 11.5;
pub(super) const LINE_HEIGHT: f64 = 14.5;
pub(super) const HEADING_SIZE: f64 = 13.0;
const TITLE_SIZE: f64 = 22.0;
const BANNER_SIZE: f64 = 12.0;
const BADGE_HEIGHT: f64 = 15.0;
/// The radius of a mechanism's marker.
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
    layout_like(compiled, view, options, None)
}

/// [`layout`], keeping what it can of an earlier drawing of the theory: the order of the
/// boxes in every cell and of the markers in every gap (see [`Previous`]).
pub fn layout_like(
    compiled: &Compiled,
    view: &View,
    options: &ViewOptions,
    previous: Option<&Previous>,
) -> Layout {
    let mut draft = draft(compiled, view, options, None, Texts::Wrapped);
    let start = match previous {
        Some(previous) => {
            let places = previous.places(&draft);
            // Where the earlier drawing had them, unless what is above pushes them down.
            draft.frame.kept = places.nodes.clone();
            Start::Previous(places)
        }
        None => Start::Fresh,
    };
    let arranged = arrange(&draft.graph, &draft.frame, start);
    finish(draft, &arranged)
}

/// The layout with the lanes in `lanes` (indices into the theory's perspectives) instead of
/// the theory's order: how the lane advice weighs other orders.
pub(super) fn layout_with_lanes(
    compiled: &Compiled,
    view: &View,
    options: &ViewOptions,
    lanes: &[usize],
) -> Layout {
    let draft = draft(compiled, view, options, Some(lanes), Texts::Wrapped);
    let arranged = arrange(&draft.graph, &draft.frame, Start::Fresh);
    finish(draft, &arranged)
}

/// The diagram before the ordering: its columns, lanes, boxes, the graph of their arrows and
/// the fixed frame the ordering packs into. Everything here is independent of the order of
/// the boxes within their cells.
pub(super) struct Draft<'a> {
    pub compiled: &'a Compiled,
    options: &'a ViewOptions,
    words: &'static Labels,
    pub columns: Vec<Column>,
    /// Per lane, the perspective it shows (`None`: the lane of items without one).
    pub lanes: Vec<Option<usize>>,
    pub pending: Vec<Pending>,
    pub graph: Graph,
    pub frame: Frame,
    header: Header,
}

/// The title, the banner of target groups and the column headings, above the lanes.
struct Header {
    title: TextBlock,
    banner: Vec<TextBlock>,
    headings: Vec<Vec<String>>,
    heading_top: f64,
    heading_height: f64,
    lane_labels: Vec<Vec<String>>,
}

/// Whether a draft wraps the boxes' texts: the lane advice weighs only the arrows, which need
/// no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Texts {
    Wrapped,
    Skipped,
}

/// Phase 1: what is drawn, and in which column and lane.
pub(super) fn draft<'a>(
    compiled: &'a Compiled,
    view: &View,
    options: &'a ViewOptions,
    lanes: Option<&[usize]>,
    texts: Texts,
) -> Draft<'a> {
    let theory = &compiled.theory;
    let words = labels(theory.meta.language);
    let columns = columns(theory, view, options);
    let lanes = lanes_shown(theory, view, options, lanes);
    let pending = boxes(compiled, view, options, &columns, &lanes, texts);
    let (header, top) = header(theory, words, &columns, &lanes);
    let graph = plan(theory, view, &pending, columns.len());
    let frame = Frame {
        lanes: lanes.len(),
        columns: columns.len(),
        resource_column: columns.iter().position(|c| *c == Column::Resources),
        label_heights: header
            .lane_labels
            .iter()
            .map(|l| l.len() as f64 * HEADING_SIZE * 1.25)
            .collect(),
        heights: graph
            .nodes
            .iter()
            .map(|n| n.pending.map_or(0.0, |p| pending[p].height()))
            .collect(),
        top,
        kept: Vec::new(),
    };
    Draft {
        compiled,
        options,
        words,
        columns,
        lanes,
        pending,
        graph,
        frame,
        header,
    }
}

/// The lanes: the declared perspectives (in `order` when given), then one for items that
/// have none, if any do.
fn lanes_shown(
    theory: &Theory,
    view: &View,
    options: &ViewOptions,
    order: Option<&[usize]>,
) -> Vec<Option<usize>> {
    let declared: Vec<usize> = match order {
        Some(order) => order.to_vec(),
        None => (0..theory.perspectives.len()).collect(),
    };
    let mut lanes: Vec<Option<usize>> = declared
        .into_iter()
        .filter(|&p| {
            options.perspectives.is_empty()
                || options.perspectives.contains(&theory.perspectives[p].id)
        })
        .map(Some)
        .collect();
    let shown = |shows: &[bool], i: usize| shows[i];
    let needs_other = theory
        .activities
        .iter()
        .enumerate()
        .filter(|(i, _)| shown(&view.activities, *i))
        .map(|(_, a)| &a.perspective)
        .chain(
            theory
                .outputs
                .iter()
                .enumerate()
                .filter(|(i, _)| shown(&view.outputs, *i))
                .map(|(_, o)| &o.perspective),
        )
        .chain(
            theory
                .effects
                .iter()
                .enumerate()
                .filter(|(i, _)| shown(&view.effects, *i))
                .map(|(_, e)| &e.perspective),
        )
        .any(|p| p.as_ref().and_then(|r| r.target).is_none());
    if needs_other || lanes.is_empty() {
        lanes.push(None);
    }
    lanes
}

/// Phase 2: the boxes, in file order, with their wrapped text, column, lane and badge.
fn boxes(
    compiled: &Compiled,
    view: &View,
    options: &ViewOptions,
    columns: &[Column],
    lanes: &[Option<usize>],
    texts: Texts,
) -> Vec<Pending> {
    let theory = &compiled.theory;
    let words = labels(theory.meta.language);
    let column_of = |column: Column| columns.iter().position(|c| *c == column);
    let lane_of = |perspective: &Option<crate::model::Reference<usize>>| {
        let target = perspective.as_ref().and_then(|r| r.target);
        lanes
            .iter()
            .position(|p| *p == target)
            .unwrap_or(lanes.len() - 1)
    };
    let text_width = COLUMN_WIDTH - 2.0 * BOX_PADDING;
    let lines = |text: &str| match texts {
        Texts::Wrapped => wrap(text, TEXT_SIZE, false, text_width),
        Texts::Skipped => Vec::new(),
    };
    let plain = |item, column, lane, text: &str| Pending {
        item,
        column,
        lane,
        lines: lines(text),
        badge: None,
    };
    let mut pending: Vec<Pending> = Vec::new();
    if let Some(c) = column_of(Column::Resources) {
        for (i, resource) in theory.resources.iter().enumerate() {
            if view.resources[i] {
                pending.push(plain(ItemRef::Resource(i), c, 0, &resource.text.value));
            }
        }
    }
    if let Some(c) = column_of(Column::Activities) {
        for (i, activity) in theory.activities.iter().enumerate() {
            if view.activities[i] {
                let lane = lane_of(&activity.perspective);
                pending.push(plain(ItemRef::Activity(i), c, lane, &activity.text.value));
            }
        }
    }
    if let Some(c) = column_of(Column::Outputs) {
        for (i, output) in theory.outputs.iter().enumerate() {
            if view.outputs[i] {
                let lane = lane_of(&output.perspective);
                pending.push(plain(ItemRef::Output(i), c, lane, &output.text.value));
            }
        }
    }
    let statuses = compiled.effect_results();
    for (i, effect) in theory.effects.iter().enumerate() {
        let Some(c) = column_of(Column::Effects(effect.horizon)).filter(|_| view.effects[i]) else {
            continue;
        };
        let mut lines = lines(&effect.text.value);
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
    pending
}

/// Phase 3: the text above the lanes; and where the lanes begin.
fn header(
    theory: &Theory,
    words: &Labels,
    columns: &[Column],
    lanes: &[Option<usize>],
) -> (Header, f64) {
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
    // Column headings: their height now, their place once the gaps are known.
    let headings: Vec<Vec<String>> = columns
        .iter()
        .map(|c| wrap(c.heading(words), HEADING_SIZE, true, COLUMN_WIDTH - 8.0))
        .collect();
    let heading_lines = headings.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let heading_height = heading_lines * HEADING_SIZE * 1.25 + 14.0;
    let heading_top = y;
    y += heading_height + 6.0;
    let lane_labels = lanes
        .iter()
        .map(|p| {
            let label = match p {
                Some(p) => theory.perspectives[*p].label.as_str(),
                None if lanes.len() == 1 => "",
                None => words.other_lane,
            };
            wrap(label, HEADING_SIZE, true, LANE_LABEL_WIDTH - 12.0)
        })
        .collect();
    let header = Header {
        title,
        banner,
        headings,
        heading_top,
        heading_height,
        lane_labels,
    };
    (header, y)
}

/// Across the page: the resources column on its own, then the lanes with their labels and
/// the other columns, each gap as wide as its arrows' tracks need.
struct Columns {
    lanes_left: f64,
    lane_right: f64,
    across: Across,
}

fn across(draft: &Draft, routes: &Routes) -> Columns {
    let resource_column = draft.frame.resource_column;
    let count = draft.columns.len();
    let lanes_left = if resource_column.is_some() {
        MARGIN + COLUMN_WIDTH + 2.0 * RESOURCES_INSET + RESOURCES_GAP
    } else {
        MARGIN
    };
    let half = |h: usize| routes.half_width(h, GAP / 2.0);
    let mut column_left = Vec::with_capacity(count);
    let mut gap_middle = Vec::with_capacity(count);
    let mut x = lanes_left + LANE_LABEL_WIDTH + LABEL_GAP;
    for c in 0..count {
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
    let last = count - 1;
    let lane_right = if draft.graph.uses_last_gap {
        gap_middle[last] + GAP / 2.0
    } else {
        column_left[last] + COLUMN_WIDTH + GAP / 2.0
    };
    Columns {
        lanes_left,
        lane_right,
        across: Across {
            column_left,
            column_width: COLUMN_WIDTH,
            gap_middle,
        },
    }
}

/// Phase 5: every part in its place, once the ordering has fixed the heights.
/// Each arrow of a link the file names in `inferred_links` gets the reason, to be drawn
/// dashed: an arrow into or out of a mechanism's marker, or from an activity to an output.
fn mark_inferred(theory: &Theory, boxes: &[ItemBox], arrows: &mut [Arrow]) {
    for arrow in arrows {
        let links = match (arrow.mechanism, arrow.to_box.map(|b| boxes[b].item)) {
            (Some(m), _) => &theory.mechanisms[m].inferred_links,
            (None, Some(ItemRef::Output(o))) => &theory.outputs[o].inferred_links,
            (None, _) => continue,
        };
        if links.is_empty() {
            continue;
        }
        let end = match arrow.mechanism {
            Some(_) => arrow.from_box.or(arrow.to_box),
            None => arrow.from_box,
        };
        if let Some(b) = end {
            let id = boxes[b].id.as_str();
            arrow.inferred = links
                .iter()
                .find(|l| l.name == id)
                .map(|l| l.reason.value.clone());
        }
    }
}

fn finish(draft: Draft, arranged: &Arranged) -> Layout {
    let theory = &draft.compiled.theory;
    let packed = &arranged.packed;
    let heights: Vec<Rect> = draft
        .pending
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
        &draft.graph,
        &heights,
        &packed.centre,
        &arranged.marker_y,
        draft.columns.len(),
    );
    let placed = across(&draft, &routes);
    let boxes = item_boxes(&draft, packed, &placed.across);
    let headings = headings(&draft, &placed);
    let lanes = lane_bands(&draft, packed, &placed);
    let lanes_bottom = packed.bottom;
    let resources_panel = draft.frame.resource_column.map(|_| Rect {
        x: MARGIN,
        y: packed.lanes_top(),
        width: COLUMN_WIDTH + 2.0 * RESOURCES_INSET,
        height: lanes_bottom - packed.lanes_top(),
    });
    let (markers, mut arrows) = draw(
        theory,
        &draft.graph,
        &routes,
        &arranged.marker_y,
        &placed.across,
    );
    mark_inferred(theory, &boxes, &mut arrows);
    let legend_width = placed.lane_right - MARGIN - 2.0 * MARKER_RADIUS - 12.0;
    let legend = if draft.options.legend && !markers.is_empty() {
        legend(
            theory,
            draft.words,
            &markers,
            super::legend::Keys {
                indicators: draft.options.indicators,
                drafts: boxes.iter().any(|b| b.draft),
                inferred_links: arrows.iter().any(|a| a.inferred.is_some()),
            },
            lanes_bottom + 20.0,
            legend_width,
        )
    } else {
        Legend::none(lanes_bottom)
    };
    Layout {
        // Whole pixels, so the PNG's size is exactly the SVG's times the scale.
        width: (placed.lane_right + MARGIN).ceil(),
        height: (legend.bottom + MARGIN).ceil(),
        title: draft.header.title,
        banner: draft.header.banner,
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

/// The column headings, across the top of the lanes.
fn headings(draft: &Draft, placed: &Columns) -> Vec<ColumnHeading> {
    let header = &draft.header;
    draft
        .columns
        .iter()
        .zip(&header.headings)
        .enumerate()
        .map(|(c, (column, lines))| {
            let rect = Rect {
                x: placed.across.column_left[c],
                y: header.heading_top,
                width: COLUMN_WIDTH,
                height: header.heading_height,
            };
            let text = TextBlock::new(
                lines.clone(),
                rect.x + 4.0,
                header.heading_top + 7.0,
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
        .collect()
}

/// The lane bands with their labels, as tall as the packing made them.
fn lane_bands(draft: &Draft, packed: &Packed, placed: &Columns) -> Vec<Lane> {
    let theory = &draft.compiled.theory;
    draft
        .lanes
        .iter()
        .zip(&draft.header.lane_labels)
        .enumerate()
        .map(|(l, (perspective, label))| {
            let top = packed.lane_tops[l];
            Lane {
                perspective: *perspective,
                id: perspective
                    .map(|p| theory.perspectives[p].id.clone())
                    .unwrap_or_default(),
                rect: Rect {
                    x: placed.lanes_left,
                    y: top,
                    width: placed.lane_right - placed.lanes_left,
                    height: packed.lane_heights[l],
                },
                label: TextBlock::new(
                    label.clone(),
                    placed.lanes_left + 8.0,
                    top + CELL_PADDING,
                    HEADING_SIZE,
                    HEADING_SIZE * 1.25,
                    true,
                ),
            }
        })
        .collect()
}

fn item_boxes(draft: &Draft, packed: &Packed, across: &Across) -> Vec<ItemBox> {
    let theory = &draft.compiled.theory;
    draft
        .pending
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let rect = Rect {
                x: across.column_left[p.column],
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
                column: draft.columns[p.column],
                lane: (Some(p.column) != draft.frame.resource_column).then_some(p.lane),
                rect,
                text,
                badge,
                unintended: matches!(p.item, ItemRef::Effect(e) if !theory.effects[e].intended),
                draft: theory.is_draft(p.item),
                inferred: theory.inferred(p.item).map(|t| t.value.clone()),
                findings: Vec::new(),
            }
        })
        .collect()
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
