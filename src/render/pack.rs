//! Vertical packing: given the order of the boxes and waypoints in every cell (a column within
//! a lane), where each one sits. Linear in the number of nodes; the ordering calls it after
//! every change, so what it measures is what will be drawn.

use super::plan::Graph;

pub(super) const CELL_PADDING: f64 = 14.0;
const BOX_SPACING: f64 = 10.0;
/// Between a box and a waypoint's line: far enough that the line reads as passing by.
const BOX_TO_WAYPOINT: f64 = 9.0;
/// Between two waypoints: arrows that share a stretch run as a visible bundle of lines.
const WAYPOINT_SPACING: f64 = 5.0;
const MIN_LANE_CONTENT: f64 = 40.0;

/// What does not change while the ordering works: lanes, columns, box heights.
pub(super) struct Frame {
    pub lanes: usize,
    pub columns: usize,
    pub resource_column: Option<usize>,
    /// Per lane, the height its label needs.
    pub label_heights: Vec<f64>,
    /// Per node: its box's height, 0 for a waypoint.
    pub heights: Vec<f64>,
    pub top: f64,
    /// Per node, where an earlier drawing had its top, below the top of its lane (the first
    /// lane's for a resource): it stays there unless the nodes above it in its cell push it
    /// down. Empty for a fresh drawing, which packs every cell from the top.
    pub kept: Vec<Option<f64>>,
}

impl Frame {
    pub fn cell(&self, column: usize, lane: usize) -> usize {
        if Some(column) == self.resource_column {
            column * self.lanes
        } else {
            column * self.lanes + lane
        }
    }

    /// Empty cells, with every node in its cell in index order (boxes in file order).
    pub fn cells(&self, graph: &Graph) -> Vec<Vec<usize>> {
        let mut cells = vec![Vec::new(); self.columns * self.lanes];
        for (n, node) in graph.nodes.iter().enumerate() {
            cells[self.cell(node.column, node.lane)].push(n);
        }
        cells
    }

    fn gap(&self, a: usize, b: usize) -> f64 {
        match (self.heights[a] > 0.0, self.heights[b] > 0.0) {
            (true, true) => BOX_SPACING,
            (false, false) => WAYPOINT_SPACING,
            _ => BOX_TO_WAYPOINT,
        }
    }

    /// The height a cell's content takes, from its first node's top to its last node's
    /// bottom; where an earlier drawing is kept, from the cell's top, holes included.
    fn content(&self, members: &[usize]) -> f64 {
        if self.kept.is_empty() {
            let boxes: f64 = members.iter().map(|&n| self.heights[n]).sum();
            let gaps: f64 = members.windows(2).map(|w| self.gap(w[0], w[1])).sum();
            boxes + gaps
        } else {
            self.place(members, CELL_PADDING, |_, _| {}) - CELL_PADDING
        }
    }

    /// Places a cell's members from `start`, the top of the cell's content (the lane's top
    /// plus the padding), downward: each right below the one above it, or lower where an
    /// earlier drawing had it. Tells `at` each node's top; returns the bottom of the last.
    fn place(&self, members: &[usize], start: f64, mut at: impl FnMut(usize, f64)) -> f64 {
        let mut y = start;
        for (k, &n) in members.iter().enumerate() {
            if k > 0 {
                y += self.gap(members[k - 1], n);
            }
            if let Some(Some(kept)) = self.kept.get(n) {
                y = y.max(start - CELL_PADDING + kept);
            }
            at(n, y);
            y += self.heights[n];
        }
        y
    }

    /// Each lane's height, from the height of every cell's content.
    fn lane_heights(&self, contents: &[f64]) -> Vec<f64> {
        let mut lane_heights: Vec<f64> = (0..self.lanes)
            .map(|l| {
                let tallest = (0..self.columns)
                    .filter(|&c| Some(c) != self.resource_column)
                    .map(|c| contents[self.cell(c, l)])
                    .fold(0.0, f64::max);
                tallest.max(self.label_heights[l]).max(MIN_LANE_CONTENT) + 2.0 * CELL_PADDING
            })
            .collect();
        if let Some(r) = self.resource_column {
            // Resources stand in one column beside the lanes; when they need more room than
            // the lanes, the last lane grows.
            let needed = contents[self.cell(r, 0)] + 2.0 * CELL_PADDING;
            let total: f64 = lane_heights.iter().sum();
            if needed > total {
                *lane_heights.last_mut().expect("at least one lane") += needed - total;
            }
        }
        lane_heights
    }

    pub fn pack(&self, cells: &[Vec<usize>]) -> Packed {
        let contents: Vec<f64> = cells.iter().map(|members| self.content(members)).collect();
        let lane_heights = self.lane_heights(&contents);
        let mut lane_tops = Vec::with_capacity(self.lanes);
        let mut y = self.top;
        for height in &lane_heights {
            lane_tops.push(y);
            y += height;
        }
        let mut packed = Packed {
            top: vec![0.0; self.heights.len()],
            centre: vec![0.0; self.heights.len()],
            lane_tops,
            lane_heights,
            bottom: y,
            contents,
        };
        for c in 0..self.columns {
            self.place_column(cells, c, &mut packed);
        }
        packed
    }

    /// Packs again after the cells of `column` were reordered. Only that column's nodes move,
    /// unless a lane changes its height: then everything is packed again. The same result as
    /// [`Frame::pack`], in time linear in the column.
    pub fn repack_column(&self, cells: &[Vec<usize>], column: usize, packed: &mut Packed) {
        let mut contents = std::mem::take(&mut packed.contents);
        for l in 0..self.lanes {
            let cell = self.cell(column, l);
            contents[cell] = self.content(&cells[cell]);
        }
        if self.lane_heights(&contents) != packed.lane_heights {
            *packed = self.pack(cells);
            return;
        }
        packed.contents = contents;
        self.place_column(cells, column, packed);
    }

    fn place_column(&self, cells: &[Vec<usize>], c: usize, packed: &mut Packed) {
        for l in 0..self.lanes {
            if Some(c) == self.resource_column && l > 0 {
                continue;
            }
            let members = &cells[self.cell(c, l)];
            let (top, centre) = (&mut packed.top, &mut packed.centre);
            self.place(members, packed.lane_tops[l] + CELL_PADDING, |n, y| {
                top[n] = y;
                centre[n] = y + self.heights[n] / 2.0;
            });
        }
    }
}

pub(super) struct Packed {
    /// Per node: the top of its box (for a waypoint, its line).
    pub top: Vec<f64>,
    /// Per node: the middle of its box (for a waypoint, its line).
    pub centre: Vec<f64>,
    pub lane_tops: Vec<f64>,
    pub lane_heights: Vec<f64>,
    /// The bottom of the last lane.
    pub bottom: f64,
    /// Per cell: the height of its content.
    contents: Vec<f64>,
}

impl Packed {
    pub fn lanes_top(&self) -> f64 {
        self.lane_tops.first().copied().unwrap_or(0.0)
    }
}
