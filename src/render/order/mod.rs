//! Orders the boxes and waypoints within each cell to keep arrows from crossing.
//!
//! Barycentre sweeps, column by column, alternately left to right and right to left: each node
//! moves toward the mean height of what its arrows join. After every sweep each node and marker
//! is sifted (moved to the nearby place where its own arrows cross fewest), a waypoint also
//! into a neighbouring lane; then the layout is packed and its crossings counted exactly, and the
//! best order found is kept and sifted further at the end.
//!
//! The search runs from two starting orders, file order and breadth-first order along the
//! arrows. Both sweep, each on a quarter of the work budget, until they stop improving; then
//! only the better one goes on. The budget is counted in work done (stops and arrow
//! pieces visited), never in time, and grows as `n log n`: small theories are searched until
//! nothing improves, large ones as far as the budget reaches.
//!
//! While sweeping, a stop also passes neighbours it crosses equally either side of, upward
//! after a sweep to the right and downward after one to the left (as `dot`'s transpose does on
//! alternate passes): without such plateau moves the search stops in the first order where no
//! single move helps, often a few crossings short of a better one. The final sifting, and every
//! choice between orders, keeps the current order on ties, and nothing is left to chance, so
//! the result is deterministic.
//!
//! From an earlier drawing ([`Start::Previous`]) no sweep runs: what the drawing had keeps its
//! order, and only what is new finds its place (see `steady`).

mod measure;
mod search;
mod sift;
mod steady;

pub(super) use measure::Pieces;

use super::pack::{Frame, Packed};
use super::plan::{Graph, Stop};
use search::Search;

/// Centre-to-centre distance of two markers in one gap.
pub(super) const MARKER_SPACING: f64 = 2.0 * super::layout::MARKER_RADIUS + 6.0;

/// Work the search may do, per `size · log2(size)` of the graph (`size`: its stops and arrow
/// pieces, what one pass over it visits)… At 8, 5 000 generated items crossed 1 434 times
/// instead of 1 464 (`dot`: 1 590); 1 000 and 2 000 items cross as often at 7 as at 8, and at 6
/// 2 000 items cross more than with `dot`.
const WORK_PER_N_LOG_N: usize = 7;
/// …and at least this much, so that theories of up to a few hundred items, the size workshops
/// draw, are searched until nothing improves (the bundled ones stop at a tenth of it).
const WORK_FLOOR: usize = 150_000;

/// The size of graph (stops and arrow pieces) from which the two starts' heat runs on two
/// threads: below it, a thread costs more than it saves.
const SIDE_BY_SIDE_FROM: usize = 4_000;

/// Where the search starts.
pub(super) enum Start {
    /// From nothing: the file's order and breadth-first order along the arrows.
    Fresh,
    /// From an earlier drawing: what it had keeps its order (see [`Places`]).
    Previous(Places),
}

/// An earlier drawing's order, read back by `previous`: per node (by index) and per marker,
/// its height there, when it was in that drawing in the same cell (or gap). Those keep their
/// order among themselves; the rest (new boxes, waypoints, markers that moved) find their
/// places among them.
pub(super) struct Places {
    /// Per node: the top of its box (a waypoint: its line) below the top of its lane.
    pub nodes: Vec<Option<f64>>,
    /// Per node: the lane a waypoint passed in there, when that was another lane than its
    /// arrow's.
    pub lanes: Vec<Option<usize>>,
    pub markers: Vec<Option<f64>>,
}

pub(super) struct Arranged {
    pub packed: Packed,
    pub marker_y: Vec<f64>,
    pub crossings: usize,
}

/// Orders every cell and gap. From two starting orders, the better result wins (the first on
/// ties): file order, which keeps together what the author wrote together, and breadth-first
/// order over the arrows (as `dot` starts), which keeps together what the arrows join even
/// when the file lists it far apart. The search from either start is local: single moves
/// cannot carry a chain of boxes to where it belongs, since each box alone would cross more
/// there; the other start may have it there already.
pub(super) fn arrange(graph: &Graph, frame: &Frame, start: Start) -> Arranged {
    let cells = frame.cells(graph);
    // Each gap's markers, top to bottom, in file order.
    let mut gaps: Vec<Vec<usize>> = vec![Vec::new(); frame.columns];
    for (m, mechanism) in graph.mechanisms.iter().enumerate() {
        gaps[mechanism.gap].push(m);
    }
    let joined = graph.joined();
    let pieces = Pieces::new(graph);
    let at = Ground {
        graph,
        frame,
        joined: &joined,
        pieces: &pieces,
    };
    let mut work = Work::for_graph(graph);
    if let Start::Previous(places) = start {
        return steady::steady(&at, &places, cells, gaps, &mut work);
    }
    let mut from_file = Search::new(&at, cells.clone(), gaps.clone());
    if from_file.best.crossings == 0 {
        return from_file.best;
    }
    let (cells, gaps) = breadth_first(graph, &joined, cells, gaps);
    let mut from_arrows = Search::new(&at, cells, gaps);
    // The heat: each start sweeps on a quarter of the budget of its own while it improves.
    // On a graph large enough to pay for a thread the two run side by side; each having its
    // own budget, the result is the same either way.
    let (quarter, size) = (work.limit / 4, work.size);
    let heat = |search: &mut Search| {
        let mut own = Work {
            done: 0,
            limit: quarter,
            size,
        };
        while search.step(&at, &mut own, quarter) {}
        own.done
    };
    let (file_work, arrows_work) = if size >= SIDE_BY_SIDE_FROM {
        std::thread::scope(|scope| {
            let other = scope.spawn(|| heat(&mut from_arrows));
            let file_work = heat(&mut from_file);
            let arrows_work = other
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (file_work, arrows_work)
        })
    } else {
        (heat(&mut from_file), heat(&mut from_arrows))
    };
    work.spend(file_work + arrows_work);
    let mut winner = if from_arrows.best.crossings < from_file.best.crossings {
        from_arrows
    } else {
        from_file
    };
    let sweeping = work.limit - work.limit / 5;
    while winner.step(&at, &mut work, sweeping) {}
    winner.finish(&at, &mut work)
}

/// What the ordering works on: the graph, the frame it packs into, and what is derived from
/// the graph once.
struct Ground<'a> {
    graph: &'a Graph,
    frame: &'a Frame,
    /// `graph.joined()`.
    joined: &'a [Vec<Stop>],
    pieces: &'a Pieces,
}

impl Ground<'_> {
    /// The order's drawing: packed, its markers placed, its crossings counted.
    fn evaluate(&self, cells: &[Vec<usize>], gaps: &[Vec<usize>]) -> Arranged {
        let packed = self.frame.pack(cells);
        let marker_y = self.pieces.markers(&packed, gaps);
        let crossings = self.pieces.crossings(&packed.centre, &marker_y);
        Arranged {
            packed,
            marker_y,
            crossings,
        }
    }
}

/// What the search has done, and may still do.
struct Work {
    done: usize,
    limit: usize,
    /// The graph's stops and arrow pieces: what one pass over it visits.
    size: usize,
}

impl Work {
    fn for_graph(graph: &Graph) -> Self {
        let pieces: usize = graph.paths.iter().map(|p| p.stops.len()).sum();
        let size = (graph.nodes.len() + graph.mechanisms.len() + pieces).max(2);
        Work {
            done: 0,
            limit: (WORK_PER_N_LOG_N * size * (size.ilog2() as usize + 1)).max(WORK_FLOOR),
            size,
        }
    }

    fn spend(&mut self, amount: usize) {
        self.done += amount;
    }

    /// Whether work is left below `limit`.
    fn left(&self, limit: usize) -> bool {
        self.done < limit
    }
}

/// Each cell and gap in the order a breadth-first walk along the arrows meets its stops,
/// starting from the first stop in file order not yet met.
fn breadth_first(
    graph: &Graph,
    joined: &[Vec<Stop>],
    mut cells: Vec<Vec<usize>>,
    mut gaps: Vec<Vec<usize>>,
) -> (Vec<Vec<usize>>, Vec<Vec<usize>>) {
    let mut met = vec![usize::MAX; joined.len()];
    let mut count = 0;
    let mut queue = std::collections::VecDeque::new();
    for start in 0..joined.len() {
        if met[start] != usize::MAX {
            continue;
        }
        met[start] = count;
        count += 1;
        queue.push_back(start);
        while let Some(stop) = queue.pop_front() {
            for &next in &joined[stop] {
                let next = graph.slot(next);
                if met[next] == usize::MAX {
                    met[next] = count;
                    count += 1;
                    queue.push_back(next);
                }
            }
        }
    }
    for cell in &mut cells {
        cell.sort_by_key(|&n| met[n]);
    }
    for gap in &mut gaps {
        gap.sort_by_key(|&m| met[graph.slot(Stop::Marker(m))]);
    }
    (cells, gaps)
}
