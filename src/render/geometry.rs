//! The geometry a layout produces: plain data, drawn by `svg` and checked by the tests.

use super::text::width;
use crate::compile::attainment::Status;
use crate::model::{Horizon, ItemRef};

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
}

/// A cubic Bézier curve from a box to a marker, or from a marker to a box.
#[derive(Debug, Clone)]
pub struct Arrow {
    /// The mechanism the arrow belongs to; `None` for an activity producing an output, drawn
    /// straight from box to box.
    pub mechanism: Option<usize>,
    pub start: Point,
    pub control1: Point,
    pub control2: Point,
    pub end: Point,
    /// The box the arrow leaves, for arrows into a marker.
    pub from_box: Option<usize>,
    /// The box the arrow enters (with a head), for arrows out of a marker.
    pub to_box: Option<usize>,
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
    pub boxes: Vec<ItemBox>,
    pub markers: Vec<Marker>,
    pub arrows: Vec<Arrow>,
    pub legend_title: Option<TextBlock>,
    pub legend: Vec<LegendEntry>,
    pub legend_key: Option<TextBlock>,
}
