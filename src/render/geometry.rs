//! The geometry a layout produces: plain data, drawn by `svg` and checked by the tests.

use super::text::width;
use crate::compile::attainment::Status;
use crate::model::{FindingStatus, Horizon, ItemRef};

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// The left edge.
    pub x: f64,
    /// The top edge (y grows downwards, as in SVG).
    pub y: f64,
    /// The width.
    pub width: f64,
    /// The height.
    pub height: f64,
}

impl Rect {
    /// The right edge.
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
    /// The bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
    /// Whether the two share any area (touching edges do not).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// A point of the drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// From the left.
    pub x: f64,
    /// From the top.
    pub y: f64,
}

/// A column of the diagram, in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    /// The resources, left of the lanes.
    Resources,
    /// The activities.
    Activities,
    /// Only when the theory declares outputs (prestationer).
    Outputs,
    /// The effects of one horizon.
    Effects(Horizon),
}

impl Column {
    /// The column an item's box stands in; `None` for what is not a box (a mechanism, a
    /// context, an indicator, a target group). Every list of the theory in the diagram's
    /// order (the page's text version, the PDF's) asks here.
    pub fn of(theory: &crate::model::Theory, item: ItemRef) -> Option<Column> {
        match item {
            ItemRef::Resource(_) => Some(Column::Resources),
            ItemRef::Activity(_) => Some(Column::Activities),
            ItemRef::Output(_) => Some(Column::Outputs),
            ItemRef::Effect(e) => Some(Column::Effects(theory.effects[e].horizon)),
            _ => None,
        }
    }

    /// The column's heading in the diagram: "Resurser", "Effekter på kort sikt".
    pub fn heading(self, words: &crate::words::Labels) -> &'static str {
        match self {
            Column::Resources => words.resources,
            Column::Activities => words.activities,
            Column::Outputs => words.outputs,
            Column::Effects(h) => words.horizon(h),
        }
    }

    /// Every column, left to right.
    pub const ALL: [Column; 6] = [
        Column::Resources,
        Column::Activities,
        Column::Outputs,
        Column::Effects(Horizon::Short),
        Column::Effects(Horizon::Medium),
        Column::Effects(Horizon::Long),
    ];
}

/// Lines of text with where the first baseline sits.
#[derive(Debug, Clone)]
pub struct TextBlock {
    /// The lines, already wrapped.
    pub lines: Vec<String>,
    /// Where the lines start (or, centred, their middle).
    pub x: f64,
    /// The first line's baseline.
    pub baseline: f64,
    /// The font size.
    pub size: f64,
    /// From one baseline to the next.
    pub line_height: f64,
    /// Bold type.
    pub bold: bool,
}

impl TextBlock {
    pub(super) fn new(
        lines: Vec<String>,
        x: f64,
        top: f64,
        size: f64,
        line_height: f64,
        bold: bool,
    ) -> Self {
        // The baseline sits about 0.8 em below the top of the line box.
        Self {
            lines,
            x,
            baseline: top + size * 0.8 + (line_height - size) / 2.0,
            size,
            line_height,
            bold,
        }
    }

    pub(super) fn height(&self) -> f64 {
        self.lines.len() as f64 * self.line_height
    }

    /// The box each line's glyphs occupy, as measured in the embedded font.
    pub fn line_rects(&self) -> Vec<Rect> {
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| Rect {
                x: self.x,
                y: self.baseline - self.size * 0.8 + i as f64 * self.line_height,
                width: width(line, self.size, self.bold),
                height: self.size,
            })
            .collect()
    }
}

/// A column's heading above the lanes.
#[derive(Debug, Clone)]
pub struct ColumnHeading {
    /// Which column.
    pub column: Column,
    /// Its band.
    pub rect: Rect,
    /// Its words.
    pub text: TextBlock,
}

/// A horizontal band for one perspective.
#[derive(Debug, Clone)]
pub struct Lane {
    /// Index into the theory's perspectives; `None` for the lane of items without one.
    pub perspective: Option<usize>,
    /// The perspective's id, empty for the lane of items without one: the SVG's
    /// `data-perspective`.
    pub id: String,
    /// The band.
    pub rect: Rect,
    /// The perspective's name, at the band's left.
    pub label: TextBlock,
}

/// How many indicators measure an effect, and how it stands against their targets.
#[derive(Debug, Clone)]
pub struct Badge {
    /// Where the badge sits in its box.
    pub rect: Rect,
    /// The outcome indicators that count.
    pub outcome: usize,
    /// The output indicators.
    pub output: usize,
    /// The effect's status.
    pub status: Status,
    /// Its words.
    pub text: TextBlock,
}

impl Badge {
    /// Status and both counts in one line, `✓ ● 1 ○ 0`, for the text-only formats (Mermaid,
    /// DOT) that cannot draw the badge.
    pub fn counts(&self) -> String {
        format!(
            "{} ● {} ○ {}",
            self.status.symbol(),
            self.outcome,
            self.output
        )
    }
}

/// One item's box.
#[derive(Debug, Clone)]
pub struct ItemBox {
    /// The item.
    pub item: ItemRef,
    /// Its id.
    pub id: String,
    /// Its kind, as the SVG's `data-kind` names it.
    pub kind: &'static str,
    /// The column it stands in.
    pub column: Column,
    /// The lane, by index into [`Layout::lanes`]; `None` for a resource.
    pub lane: Option<usize>,
    /// The box.
    pub rect: Rect,
    /// Its words.
    pub text: TextBlock,
    /// An effect's badge.
    pub badge: Option<Badge>,
    /// An unintended effect: drawn dashed, its first line saying so.
    pub unintended: bool,
    /// Reconstructed by the theory's author (`draft = true`): drawn with a dotted outline.
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`): in its tooltip.
    pub inferred: Option<String>,
    /// What the check found wrong with the item, as (rule, message): drawn as a mark on the
    /// box (see [`super::Marks`]).
    pub findings: Vec<(&'static str, String)>,
}

/// A mechanism's numbered marker, where its arrows meet.
#[derive(Debug, Clone)]
pub struct Marker {
    /// The mechanism, by index into the theory's mechanisms.
    pub mechanism: usize,
    /// Its id.
    pub id: String,
    /// Its number in the legend.
    pub number: usize,
    /// The marker's centre.
    pub center: Point,
    /// A draft, drawn dashed.
    pub draft: bool,
    /// What the evaluation found, as the marker's shape.
    pub verdict: Verdict,
}

/// What the evaluation found about a mechanism, as the marker shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The evaluation found that it held.
    Supported,
    /// It held in part.
    PartlySupported,
    /// It did not hold.
    NotSupported,
    /// Never tried: what was to set it off did not happen.
    NotImplemented,
    /// Not assessed, or no finding recorded.
    Open,
}

impl Verdict {
    /// The marker's verdict for a mechanism's finding.
    pub fn of(finding: Option<FindingStatus>) -> Self {
        match finding {
            Some(FindingStatus::Supported) => Verdict::Supported,
            Some(FindingStatus::PartlySupported) => Verdict::PartlySupported,
            Some(FindingStatus::NotSupported) => Verdict::NotSupported,
            Some(FindingStatus::NotImplemented) => Verdict::NotImplemented,
            Some(FindingStatus::NotAssessed) | None => Verdict::Open,
        }
    }

    /// The verdict as the SVG's `data-verdict` writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::PartlySupported => "partly-supported",
            Verdict::NotSupported => "not-supported",
            Verdict::NotImplemented => "not-implemented",
            Verdict::Open => "open",
        }
    }
}

/// An arrow from a box to a marker, from a marker to a box, or from box to box: cubic Bézier
/// pieces joined end to start, curved in the gaps and straight through the columns it passes.
#[derive(Debug, Clone)]
pub struct Arrow {
    /// The mechanism the arrow belongs to; `None` for an activity producing an output, drawn
    /// from box to box.
    pub mechanism: Option<usize>,
    /// Each piece: start, two control points, end.
    pub pieces: Vec<[Point; 4]>,
    /// The box the arrow leaves, for arrows into a marker.
    pub from_box: Option<usize>,
    /// The box the arrow enters (with a head), for arrows out of a marker.
    pub to_box: Option<usize>,
    /// Why the link was inferred, for a link in `inferred_links`: drawn dashed.
    pub inferred: Option<String>,
}

impl Arrow {
    /// Where the arrow leaves.
    pub fn start(&self) -> Point {
        self.pieces[0][0]
    }

    /// Where the arrow ends (its head, when it has one).
    pub fn end(&self) -> Point {
        self.pieces[self.pieces.len() - 1][3]
    }

    /// The arrow as a polyline, `steps` segments per piece.
    pub fn flatten(&self, steps: usize) -> Vec<Point> {
        let mut points = vec![self.start()];
        for [p0, p1, p2, p3] in &self.pieces {
            for i in 1..=steps {
                let t = i as f64 / steps as f64;
                let u = 1.0 - t;
                let w = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
                points.push(Point {
                    x: w[0] * p0.x + w[1] * p1.x + w[2] * p2.x + w[3] * p3.x,
                    y: w[0] * p0.y + w[1] * p1.y + w[2] * p2.y + w[3] * p3.y,
                });
            }
        }
        points
    }
}

/// One numbered line of the legend.
#[derive(Debug, Clone)]
pub struct LegendEntry {
    /// The mechanism's number.
    pub number: usize,
    /// The centre of the marker drawn beside it.
    pub center: Point,
    /// The mechanism's words.
    pub text: TextBlock,
}

/// The whole diagram, in pixels.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The drawing's width.
    pub width: f64,
    /// The drawing's height.
    pub height: f64,
    /// The theory's name.
    pub title: TextBlock,
    /// The lines above the diagram (period, owner, errors shown on a page).
    pub banner: Vec<TextBlock>,
    /// The columns' headings.
    pub headings: Vec<ColumnHeading>,
    /// The lanes, one per perspective shown.
    pub lanes: Vec<Lane>,
    /// The resources column's background: beside the lanes, as in the reports' figures.
    pub resources_panel: Option<Rect>,
    /// Every item's box.
    pub boxes: Vec<ItemBox>,
    /// Every mechanism's marker.
    pub markers: Vec<Marker>,
    /// Every arrow.
    pub arrows: Vec<Arrow>,
    /// The legend's heading.
    pub legend_title: Option<TextBlock>,
    /// The legend: the mechanisms, numbered.
    pub legend: Vec<LegendEntry>,
    /// What the markers' shapes mean, one entry per kind of marker the diagram shows.
    pub marker_key: Vec<KeyEntry>,
    /// What the badges and context marks mean.
    pub legend_key: Option<TextBlock>,
    /// How many times arrows cross one another, counted exactly on the drawing.
    pub crossings: usize,
}

impl Layout {
    /// The lane each mechanism's marker belongs to (by mechanism index): that of its first
    /// target with a lane. Every output that groups markers by lane (DOT clusters, Mermaid
    /// subgraphs) asks here. One pass over the arrows.
    pub fn marker_lanes(&self) -> std::collections::HashMap<usize, usize> {
        let mut lanes = std::collections::HashMap::new();
        for arrow in &self.arrows {
            if let (Some(m), Some(lane)) = (
                arrow.mechanism,
                arrow.to_box.and_then(|b| self.boxes[b].lane),
            ) {
                lanes.entry(m).or_insert(lane);
            }
        }
        lanes
    }
}

/// A marker drawn without a number, with what its shape means.
#[derive(Debug, Clone)]
pub struct KeyEntry {
    /// The verdict the marker shows.
    pub verdict: Verdict,
    /// Drawn as a draft.
    pub draft: bool,
    /// The marker's centre.
    pub center: Point,
    /// What it means.
    pub text: TextBlock,
}
