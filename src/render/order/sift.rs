//! Sifting: each stop moved to the nearby place in its layer where its own arrows cross the
//! fewest others.

use super::measure::Touching;
use super::{Ground, Work};

/// Moves each node within its cell, and each marker within its gap, to the place at most
/// `window` steps away where its own arrows cross the fewest others ("sifting", which
/// contains the adjacent swaps of the classic transpose step). Moving a stop within its layer
/// changes only its crossings with its layer-mates, so each candidate place is weighed from
/// the pairwise counts of the stops it passes. Linear in the arrows, times the window and the
/// degrees. Returns whether anything moved.
pub(super) fn sift(
    at: &Ground,
    cells: &mut [Vec<usize>],
    gaps: &mut [Vec<usize>],
    how: &Sifting,
    work: &mut Work,
) -> bool {
    let (graph, frame) = (at.graph, at.frame);
    let nodes = graph.nodes.len();
    work.spend(work.size * (how.window + 1));
    let mut moved = false;
    // Weighed once per pass: a stop's crossings depend on the neighbouring layers, which
    // this pass may move too; the next pass weighs again.
    let packed = frame.pack(cells);
    let marker_y = at.pieces.markers(&packed, gaps);
    let touching = at.pieces.touching(&packed.centre, &marker_y);
    for (column, gap) in gaps.iter_mut().enumerate() {
        // The column from top to bottom, each node tagged with its cell.
        let mut column_cells: Vec<usize> = Vec::new();
        for lane in 0..frame.lanes {
            let cell = frame.cell(column, lane);
            if !column_cells.contains(&cell) {
                column_cells.push(cell);
            }
        }
        let mut flat: Vec<(usize, usize)> = column_cells
            .iter()
            .flat_map(|&cell| cells[cell].iter().map(move |&n| (n, cell)))
            .collect();
        // A waypoint may change lanes (the arrow then leaves its lane in the gap before);
        // a box stays in its cell.
        let free = |n: usize| graph.nodes[n].pending.is_none();
        if sift_list(&mut flat, 0, &touching, free, how) {
            moved = true;
            for &cell in &column_cells {
                cells[cell].clear();
            }
            for (n, cell) in flat {
                cells[cell].push(n);
            }
        }
        let mut flat: Vec<(usize, usize)> = gap.iter().map(|&m| (m, 0)).collect();
        if sift_list(&mut flat, nodes, &touching, |_| false, how) {
            moved = true;
            *gap = flat.into_iter().map(|(m, _)| m).collect();
        }
    }
    moved
}

/// How far a sifting pass moves each stop, where it goes on ties, and which stops keep their
/// order among themselves (by slot: nodes, then markers).
pub(super) struct Sifting<'a> {
    pub window: usize,
    pub ties: Ties,
    pub kept: &'a dyn Fn(usize) -> bool,
}

/// Where a stop goes among places where its arrows cross equally, once it passes arrows
/// it crosses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ties {
    /// It stays.
    Stay,
    /// To the farthest such place above.
    Up,
    /// To the farthest such place below.
    Down,
}

/// Sifts a layer given as (stop, its cell) from top to bottom, cells in order, each stop at
/// most `window` places. A stop moves only within its cell unless `free` says it may change
/// cells. Each stop moves at most once per call, so plateau moves cannot cycle.
fn sift_list(
    members: &mut [(usize, usize)],
    offset: usize,
    touching: &Touching,
    free: impl Fn(usize) -> bool,
    how: &Sifting,
) -> bool {
    let (window, ties) = (how.window, how.ties);
    let mut moved = false;
    // (crossings with `upper` above `lower`, with it below)
    let cost = |upper: usize, lower: usize| -> (i64, i64) {
        let (above, below) = touching.crossed(offset + upper, offset + lower);
        (above as i64, below as i64)
    };
    let mut settled = vec![false; members.len()];
    let mut j = 0;
    while j < members.len() {
        if settled[j] {
            j += 1;
            continue;
        }
        let (v, home) = members[j];
        let roams = free(v);
        let kept = (how.kept)(offset + v);
        // Passing the stops at `places`, in order away from `j`, upward or downward: the
        // change in crossings at each, and the best place so far. A plateau move must pass
        // arrows it crosses now (as `dot`'s transpose swaps equal pairs only when they cross):
        // a box with no arrows, or with none crossing, stays.
        let weigh = |places: &mut dyn Iterator<Item = usize>, upward: bool, best: (i64, usize)| {
            let (mut best, mut delta, mut crossed) = (best, 0, 0);
            let plateau = ties == if upward { Ties::Up } else { Ties::Down };
            for p in places {
                let (o, cell) = members[p];
                if (cell != home && !roams) || (kept && (how.kept)(offset + o)) {
                    break;
                }
                // Upward, `v` leaves its place below `o` for one above it.
                let (above, below) = cost(v, o);
                let (after, now) = if upward {
                    (above, below)
                } else {
                    (below, above)
                };
                delta += after - now;
                crossed += now;
                if delta < best.0 || (delta == best.0 && plateau && crossed > 0) {
                    best = (delta, p);
                }
            }
            best
        };
        let best = weigh(&mut (j.saturating_sub(window)..j).rev(), true, (0, j));
        let last = members.len().min(j + 1 + window);
        let (_, to) = weigh(&mut (j + 1..last), false, best);
        if to == j {
            j += 1;
            continue;
        }
        moved = true;
        if to < j {
            members[to..=j].rotate_right(1);
            settled[to..=j].rotate_right(1);
            // Between its new neighbours: the lowest cell it may join, the nearest to home.
            let below = members[to + 1].1;
            members[to].1 = home.min(below);
            j += 1;
        } else {
            members[j..=to].rotate_left(1);
            settled[j..=to].rotate_left(1);
            let above = members[to - 1].1;
            members[to].1 = home.max(above);
            // The stop now at `j` has not been weighed yet.
        }
        settled[to] = true;
    }
    moved
}
