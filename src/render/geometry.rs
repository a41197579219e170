//! The geometry a layout produces: plain data, drawn by `svg` and checked by the tests.

use super::text::width;
use crate::compile::attainment::Status;
use crate::model::{FindingStatus, Horizon, ItemRef};

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A column of the diagram, in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    Resources,
    Activities,
    /// Only when the theory declares outputs (prestationer).
    Outputs,
    Effects(Horizon),
}

/// Lines of text with where the first baseline sits.
#[derive(Debug, Clone)]
pub struct TextBlock {
    pub lines: Vec<String>,
    pub x: f64,
    pub baseline: f64,
    pub size: f64,
    pub line_height: f64,
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

#[derive(Debug, Clone)]
pub struct ColumnHeading {
    pub column: Column,
    pub rect: Rect,
    pub text: TextBlock,
}

#[derive(Debug, Clone)]
pub struct Lane {
    /// Index into the theory's perspectives; `None` for the lane of items without one.
    pub perspective: Option<usize>,
    /// The perspective's id, empty for the lane of items without one: the SVG's
    /// `data-perspective`.
    pub id: String,
    pub rect: Rect,
    pub label: TextBlock,
}

/// How many indicators measure an effect, and how it stands against their targets.
#[derive(Debug, Clone)]
pub struct Badge {
    pub rect: Rect,
    pub outcome: usize,
    pub output: usize,
    pub status: Status,
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

#[derive(Debug, Clone)]
pub struct ItemBox {
    pub item: ItemRef,
    pub id: String,
    pub kind: &'static str,
    pub column: Column,
    pub lane: Option<usize>,
    pub rect: Rect,
    pub text: TextBlock,
    pub badge: Option<Badge>,
    /// An unintended effect: drawn dashed, its first line saying so.
    pub unintended: bool,
}

#[derive(Debug, Clone)]
pub struct Marker {
    pub mechanism: usize,
    pub id: String,
    pub number: usize,
    pub center: Point,
    pub draft: bool,
    pub verdict: Verdict,
}

/// What the evaluation found about a mechanism, as the marker shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Supported,
    PartlySupported,
    NotSupported,
    /// Not assessed, or no finding recorded.
    Open,
}

impl Verdict {
    pub fn of(finding: Option<FindingStatus>) -> Self {
        match finding {
            Some(FindingStatus::Supported) => Verdict::Supported,
            Some(FindingStatus::PartlySupported) => Verdict::PartlySupported,
            Some(FindingStatus::NotSupported) => Verdict::NotSupported,
            Some(FindingStatus::NotAssessed) | None => Verdict::Open,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::PartlySupported => "partly-supported",
            Verdict::NotSupported => "not-supported",
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
}

impl Arrow {
    pub fn start(&self) -> Point {
        self.pieces[0][0]
    }

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

#[derive(Debug, Clone)]
pub struct LegendEntry {
    pub number: usize,
    pub center: Point,
    pub text: TextBlock,
}

/// The whole diagram, in pixels.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub title: TextBlock,
    pub banner: Vec<TextBlock>,
    pub headings: Vec<ColumnHeading>,
    pub lanes: Vec<Lane>,
    /// The resources column's background: beside the lanes, as in the reports' figures.
    pub resources_panel: Option<Rect>,
    pub boxes: Vec<ItemBox>,
    pub markers: Vec<Marker>,
    pub arrows: Vec<Arrow>,
    pub legend_title: Option<TextBlock>,
    pub legend: Vec<LegendEntry>,
    /// What the markers' shapes mean, one entry per kind of marker the diagram shows.
    pub marker_key: Vec<KeyEntry>,
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
    pub verdict: Verdict,
    pub draft: bool,
    pub center: Point,
    pub text: TextBlock,
}
