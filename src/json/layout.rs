//! `verkan render --format json`, version 2: the built-in layout's geometry, in pixels.
//!
//! Version 2 (arrows routed through the gaps) gives each arrow as a chain of Bézier pieces
//! instead of one curve, each marker its verdict, and the resources column its panel.

use super::{round, Horizon, ItemKind, Status};

/// The version of this format; the other JSON outputs keep their own.
pub const LAYOUT_VERSION: u32 = 2;
use crate::compile::Compiled;
use crate::render::layout::{self as geometry, Column};
use crate::render::{Format, RenderOptions};
use crate::Error;
use schemars::JsonSchema;
use serde::Serialize;

/// Coordinates are kept to two decimals: a hundredth of a pixel.
const DECIMALS: i32 = 2;

/// `verkan render --format json`: the built-in layout of the view `options` asks for, as this
/// format's JSON. The engine does not matter (the layout is always the built-in one); a page
/// does not apply.
pub fn render(compiled: &Compiled, options: &RenderOptions) -> crate::Result<Vec<u8>> {
    render_like(compiled, options, None)
}

/// [`render`], keeping the order of an earlier drawing (see [`crate::render::Previous`]).
pub fn render_like(
    compiled: &Compiled,
    options: &RenderOptions,
    previous: Option<&crate::render::Previous>,
) -> crate::Result<Vec<u8>> {
    debug_assert_eq!(options.format, Format::Json);
    if options.page.is_some() {
        return Err(Error::Usage(crate::t!("page-not-here")));
    }
    let view = crate::render::select(compiled, &options.view)?;
    let layout = crate::render::layout::layout_like(compiled, &view, &options.view, previous);
    Ok(super::to_string(&Layout::new(compiled, &layout)).into_bytes())
}

/// A diagram: every lane, column, box, marker and arrow with its coordinates.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Layout {
    /// Always 2 for this format.
    pub version: u32,
    /// The theory's name.
    pub theory: String,
    /// The drawing's width, in pixels.
    pub width: f64,
    /// The drawing's height, in pixels.
    pub height: f64,
    /// The columns, left to right.
    pub columns: Vec<ColumnInfo>,
    /// The lanes, top to bottom, one per perspective shown.
    pub lanes: Vec<Lane>,
    /// The background of the resources column, which stands beside the lanes.
    pub resources_panel: Option<Rect>,
    /// Every item's box.
    pub boxes: Vec<ItemBox>,
    /// Every mechanism's marker.
    pub markers: Vec<Marker>,
    /// Every arrow.
    pub arrows: Vec<Arrow>,
}

/// A rectangle, in pixels from the drawing's top left.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct Rect {
    /// The left edge.
    pub x: f64,
    /// The top edge.
    pub y: f64,
    /// The width.
    pub width: f64,
    /// The height.
    pub height: f64,
}

/// A point, in pixels from the drawing's top left.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct Point {
    /// From the left.
    pub x: f64,
    /// From the top.
    pub y: f64,
}

/// A column of the diagram, in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnId {
    /// The resources.
    Resources,
    /// The activities.
    Activities,
    /// The outputs.
    Outputs,
    /// Short-term effects.
    Short,
    /// Medium-term effects.
    Medium,
    /// Long-term effects.
    Long,
}

/// A column of the diagram.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ColumnInfo {
    /// Which column.
    pub id: ColumnId,
    /// The heading as drawn, in the theory's language.
    pub label: String,
    /// The heading's rectangle.
    pub rect: Rect,
}

/// A lane: the band of one perspective.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Lane {
    /// The perspective's id; `null` for the lane of items without one.
    pub perspective: Option<String>,
    /// The perspective's name.
    pub label: String,
    /// The band.
    pub rect: Rect,
}

/// One item's box.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ItemBox {
    /// The item's id.
    pub id: String,
    /// The item's kind.
    pub kind: ItemKind,
    /// The column it stands in.
    pub column: ColumnId,
    /// Index into `lanes`; `null` for resources, which span the lanes.
    pub lane: Option<usize>,
    /// The box.
    pub rect: Rect,
    /// The text as wrapped into the box.
    pub lines: Vec<String>,
    /// An effect's badge.
    pub badge: Option<Badge>,
}

/// The badge in an effect's box: its indicators and status.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Badge {
    /// Outcome indicators, drafts included.
    pub outcome_indicators: usize,
    /// Output indicators.
    pub output_indicators: usize,
    /// The effect's status.
    pub status: Status,
    /// Where the badge sits.
    pub rect: Rect,
}

/// A mechanism's numbered marker, where its arrows meet.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Marker {
    /// The mechanism's id.
    pub id: String,
    /// Its number, as the legend and every view give it.
    pub number: usize,
    /// The marker's centre.
    pub center: Point,
    /// The marker's radius.
    pub radius: f64,
    /// A draft, drawn dashed.
    pub draft: bool,
    /// What the evaluation found, as the marker's shape shows it.
    pub verdict: Verdict,
}

/// What the evaluation found about a mechanism; `open` when not assessed or not recorded.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The evaluation found that it held.
    Supported,
    /// It held in part.
    PartlySupported,
    /// It did not hold.
    NotSupported,
    /// Never tried: what was to set it off did not happen as planned.
    NotImplemented,
    /// Not assessed, or no finding recorded.
    Open,
}

/// An arrow of the diagram.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Arrow {
    /// The mechanism the arrow belongs to; `null` for an activity producing an output.
    pub mechanism: Option<String>,
    /// Id of the item or mechanism the arrow leaves.
    pub from: String,
    /// Id of the item or mechanism the arrow enters.
    pub to: String,
    /// Cubic Bézier pieces joined end to start, each: start, two control points, end. Curved
    /// in the gaps between columns, straight through a column the arrow passes.
    pub pieces: Vec<[Point; 4]>,
    /// Why the link was inferred (`inferred_links`), drawn dashed; absent for a link read in
    /// the sources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inferred: Option<String>,
}

fn rect(r: &geometry::Rect) -> Rect {
    Rect {
        x: round(r.x, DECIMALS),
        y: round(r.y, DECIMALS),
        width: round(r.width, DECIMALS),
        height: round(r.height, DECIMALS),
    }
}

fn point(p: &geometry::Point) -> Point {
    Point {
        x: round(p.x, DECIMALS),
        y: round(p.y, DECIMALS),
    }
}

fn column(c: Column) -> ColumnId {
    match c {
        Column::Resources => ColumnId::Resources,
        Column::Activities => ColumnId::Activities,
        Column::Outputs => ColumnId::Outputs,
        Column::Effects(h) => match Horizon::from(h) {
            Horizon::Short => ColumnId::Short,
            Horizon::Medium => ColumnId::Medium,
            Horizon::Long => ColumnId::Long,
        },
    }
}

impl Layout {
    /// The layout of a compiled theory's drawing, as data.
    pub fn new(compiled: &Compiled, layout: &geometry::Layout) -> Self {
        let theory = &compiled.theory;
        let mechanism_id = |m: usize| theory.mechanisms[m].header.id.clone();
        Layout {
            version: LAYOUT_VERSION,
            theory: theory.meta.name.clone(),
            width: round(layout.width, DECIMALS),
            height: round(layout.height, DECIMALS),
            columns: layout
                .headings
                .iter()
                .map(|h| ColumnInfo {
                    id: column(h.column),
                    label: h.text.lines.join(" "),
                    rect: rect(&h.rect),
                })
                .collect(),
            lanes: layout
                .lanes
                .iter()
                .map(|l| Lane {
                    perspective: l.perspective.map(|p| theory.perspectives[p].id.clone()),
                    label: l.label.lines.join(" "),
                    rect: rect(&l.rect),
                })
                .collect(),
            resources_panel: layout.resources_panel.as_ref().map(rect),
            boxes: layout
                .boxes
                .iter()
                .map(|b| ItemBox {
                    id: b.id.clone(),
                    kind: b.item.kind().into(),
                    column: column(b.column),
                    lane: b.lane,
                    rect: rect(&b.rect),
                    lines: b.text.lines.clone(),
                    badge: b.badge.as_ref().map(|badge| Badge {
                        outcome_indicators: badge.outcome,
                        output_indicators: badge.output,
                        status: badge.status.into(),
                        rect: rect(&badge.rect),
                    }),
                })
                .collect(),
            markers: layout
                .markers
                .iter()
                .map(|m| Marker {
                    id: m.id.clone(),
                    number: m.number,
                    center: point(&m.center),
                    radius: geometry::MARKER_RADIUS,
                    draft: m.draft,
                    verdict: match m.verdict {
                        geometry::Verdict::Supported => Verdict::Supported,
                        geometry::Verdict::PartlySupported => Verdict::PartlySupported,
                        geometry::Verdict::NotSupported => Verdict::NotSupported,
                        geometry::Verdict::NotImplemented => Verdict::NotImplemented,
                        geometry::Verdict::Open => Verdict::Open,
                    },
                })
                .collect(),
            arrows: layout
                .arrows
                .iter()
                .map(|a| {
                    let mechanism = a.mechanism.map(mechanism_id);
                    let id = |b: usize| layout.boxes[b].id.clone();
                    let (from, to) = match (&mechanism, a.from_box, a.to_box) {
                        (None, Some(f), Some(t)) => (id(f), id(t)),
                        (Some(m), Some(b), _) => (id(b), m.clone()),
                        (Some(m), None, Some(b)) => (m.clone(), id(b)),
                        _ => (String::new(), String::new()),
                    };
                    Arrow {
                        mechanism,
                        from,
                        to,
                        pieces: a.pieces.iter().map(|p| p.each_ref().map(point)).collect(),
                        inferred: a.inferred.clone(),
                    }
                })
                .collect(),
        }
    }
}
