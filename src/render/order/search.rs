//! The search from one starting order: barycentre sweeps, each followed by short sifting.

use super::sift::{sift, Sifting, Ties};
use super::{Arranged, Ground, Work};
use crate::render::plan::Stop;

/// Sweeps at most; the search stops sooner once `PATIENCE` sweeps in a row found nothing
/// better (as `dot`'s mincross gives up after a few iterations without progress).
const SWEEPS: usize = 40;
const PATIENCE: usize = 4;
/// Sifting after each sweep: short moves, a few passes.
const SIFT_PASSES: usize = 2;
const SIFT_WINDOW: usize = 2;
/// Sifting the best order found: longer moves, while a pass finds a better order, at most
/// this many passes.
const FINAL_PASSES: usize = 8;
const FINAL_WINDOW: usize = 8;

/// Barycentre sweeps and sifting from one starting order, a sweep at a time, and the best
/// order met so far.
pub(super) struct Search {
    cells: Vec<Vec<usize>>,
    gaps: Vec<Vec<usize>>,
    pub best: Arranged,
    best_order: (Vec<Vec<usize>>, Vec<Vec<usize>>),
    sweep: usize,
    last_better: usize,
}

impl Search {
    pub fn new(at: &Ground, cells: Vec<Vec<usize>>, gaps: Vec<Vec<usize>>) -> Self {
        Search {
            best: at.evaluate(&cells, &gaps),
            best_order: (cells.clone(), gaps.clone()),
            cells,
            gaps,
            sweep: 0,
            last_better: 0,
        }
    }

    /// One more sweep, unless the search is over: no crossings left, `PATIENCE` sweeps in a
    /// row without a better order, or the work done up to `limit`. Whether it swept.
    pub fn step(&mut self, at: &Ground, work: &mut Work, limit: usize) -> bool {
        let sweep = self.sweep;
        if self.best.crossings == 0
            || sweep >= SWEEPS
            || sweep >= self.last_better + PATIENCE
            || !work.left(limit)
        {
            return false;
        }
        self.sweep += 1;
        let before = self.best.crossings;
        work.spend(2 * work.size);
        barycentres(at, sweep, &mut self.cells, &mut self.gaps);
        let free = |_: usize| false;
        let sifting = Sifting {
            window: SIFT_WINDOW,
            ties: if sweep.is_multiple_of(2) {
                Ties::Up
            } else {
                Ties::Down
            },
            kept: &free,
        };
        for _ in 0..SIFT_PASSES {
            if !sift(at, &mut self.cells, &mut self.gaps, &sifting, work) {
                break;
            }
        }
        let candidate = at.evaluate(&self.cells, &self.gaps);
        if candidate.crossings < self.best.crossings {
            self.best = candidate;
            self.best_order = (self.cells.clone(), self.gaps.clone());
        }
        if self.best.crossings < before {
            self.last_better = sweep + 1;
        }
        true
    }

    /// The best order found, sifted further (each stop may now move farther) while that
    /// crosses fewer arrows. At least one pass, whatever the budget.
    pub fn finish(self, at: &Ground, work: &mut Work) -> Arranged {
        let (mut cells, mut gaps) = self.best_order;
        let mut best = self.best;
        let free = |_: usize| false;
        let sifting = Sifting {
            window: FINAL_WINDOW,
            ties: Ties::Stay,
            kept: &free,
        };
        for pass in 0..FINAL_PASSES {
            if (pass > 0 && !work.left(work.limit))
                || !sift(at, &mut cells, &mut gaps, &sifting, work)
            {
                break;
            }
            let candidate = at.evaluate(&cells, &gaps);
            if candidate.crossings >= best.crossings {
                break;
            }
            best = candidate;
        }
        best
    }
}

/// One barycentre sweep, column by column, to the right on even sweeps and to the left on odd
/// ones: each node moves to the mean height of what its arrows join (alternately on both
/// sides, and on the side the sweep comes from), then the markers in the gap after the column
/// follow their ends. Only the column just sorted is packed again.
fn barycentres(at: &Ground, sweep: usize, cells: &mut [Vec<usize>], gaps: &mut [Vec<usize>]) {
    let (graph, frame) = (at.graph, at.frame);
    let order: Vec<usize> = if sweep.is_multiple_of(2) {
        (0..frame.columns).collect()
    } else {
        (0..frame.columns).rev().collect()
    };
    let side = sweep % 4;
    let mut packed = frame.pack(cells);
    for column in order {
        let key = |n: usize| {
            let own = graph.layer(Stop::Node(n));
            let (mut sum, mut count) = (0.0, 0usize);
            for &s in &at.joined[n] {
                let counts = match side {
                    1 => graph.layer(s) > own,
                    2 => graph.layer(s) < own,
                    _ => true,
                };
                if counts {
                    sum += match s {
                        Stop::Node(m) => packed.centre[m],
                        Stop::Marker(m) => at.pieces.wanted(m, &packed.centre),
                    };
                    count += 1;
                }
            }
            if count == 0 {
                packed.centre[n]
            } else {
                sum / count as f64
            }
        };
        for lane in 0..frame.lanes {
            let cell = frame.cell(column, lane);
            if frame.cell(column, 0) == cell && lane > 0 {
                // The resources column is one cell for all lanes.
                continue;
            }
            let mut keyed: Vec<(f64, usize)> = cells[cell].iter().map(|&n| (key(n), n)).collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
            cells[cell] = keyed.into_iter().map(|(_, n)| n).collect();
        }
        frame.repack_column(cells, column, &mut packed);
        // The markers in the gap after this column follow their ends too.
        let mut keyed: Vec<(f64, usize)> = gaps[column]
            .iter()
            .map(|&m| (at.pieces.wanted(m, &packed.centre), m))
            .collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
        gaps[column] = keyed.into_iter().map(|(_, m)| m).collect();
    }
}
