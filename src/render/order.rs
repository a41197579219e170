//! Orders the boxes and waypoints within each cell to keep arrows from crossing.
//!
//! Barycentre sweeps, column by column, alternately left to right and right to left: each node
//! moves toward the mean height of what its arrows join. After every sweep each node and marker
//! is sifted (moved to the nearby place where its own arrows cross fewest), a waypoint also
//! into a neighbouring lane; then the layout is packed and its crossings counted exactly, and the
//! best order found is kept and sifted further at the end. All this runs from two starting
//! orders, file order and breadth-first order along the arrows, and the better result wins.
//!
//! While sweeping, a stop also passes neighbours it crosses equally either side of, upward
//! after a sweep to the right and downward after one to the left (as `dot`'s transpose does on
//! alternate passes): without such plateau moves the search stops in the first order where no
//! single move helps, often a few crossings short of a better one. The final sifting, and every
//! choice between orders, keeps the current order on ties, and nothing is left to chance, so
//! the result is deterministic and a small edit to a theory moves little.

use super::pack::{Frame, Packed};
use super::plan::{Graph, Stop};

/// Sweeps at most; the search stops sooner once `PATIENCE` sweeps in a row found nothing
/// better (as `dot`'s mincross gives up after a few iterations without progress).
const SWEEPS: usize = 40;
const PATIENCE: usize = 4;
/// Work the search may do, in stops and arrow pieces visited, per `size · log2(size)` of the
/// graph (`size`: its stops and pieces). The budget is counted in work, not time, so the
/// drawing is the same on every machine; it binds only for graphs far larger than any theory
/// (the bundled ones and the generated ones up to 1 000 items stop on patience first; from
/// about 3 000 items the budget ends the search a little sooner than patience would).
const WORK_PER_N_LOG_N: usize = 30;
/// Sifting after each sweep: short moves, a few passes.
const SIFT_PASSES: usize = 2;
const SIFT_WINDOW: usize = 2;
/// Sifting the best order found: longer moves, until nothing moves or this many passes.
const FINAL_PASSES: usize = 8;
const FINAL_WINDOW: usize = 24;
/// Centre-to-centre distance of two markers in one gap.
pub(super) const MARKER_SPACING: f64 = 2.0 * super::layout::MARKER_RADIUS + 6.0;

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

/// Searches from two starting orders and keeps the better result (the first on ties): file
/// order, which keeps together what the author wrote together, and breadth-first order over
/// the arrows (as `dot` starts), which keeps together what the arrows join even when the file
/// lists it far apart. The search from either start is local: single moves cannot carry a
/// chain of boxes to where it belongs, since each box alone would cross more there; the
/// other start may have it there already.
pub(super) fn arrange(graph: &Graph, frame: &Frame, start: Start) -> Arranged {
    let cells = frame.cells(graph);
    // Each gap's markers, top to bottom, in file order.
    let mut gaps: Vec<Vec<usize>> = vec![Vec::new(); frame.columns];
    for (m, mechanism) in graph.mechanisms.iter().enumerate() {
        gaps[mechanism.gap].push(m);
    }
    let joined = graph.joined();
    let mut work = Work::for_graph(graph);
    let places = match start {
        Start::Fresh => None,
        Start::Previous(places) => Some(places),
    };
    if let Some(places) = places {
        return steady(graph, frame, &joined, &places, cells, gaps, &mut work);
    }
    let from_file = search(
        graph,
        frame,
        &joined,
        cells.clone(),
        gaps.clone(),
        &mut work,
    );
    if from_file.crossings == 0 {
        return from_file;
    }
    let (cells, gaps) = breadth_first(graph, &joined, cells, gaps);
    // Each start gets the same budget: the second is often the better one.
    let mut work = Work::for_graph(graph);
    let from_arrows = search(graph, frame, &joined, cells, gaps, &mut work);
    if from_arrows.crossings < from_file.crossings {
        from_arrows
    } else {
        from_file
    }
}

/// What the search has done, and may still do.
pub(super) struct Work {
    pub done: usize,
    pub limit: usize,
}

impl Work {
    fn for_graph(graph: &Graph) -> Self {
        let size = graph_size(graph).max(2);
        Work {
            done: 0,
            limit: WORK_PER_N_LOG_N * size * (size.ilog2() as usize + 1),
        }
    }

    fn spend(&mut self, amount: usize) {
        self.done += amount;
    }

    fn left(&self) -> bool {
        self.done < self.limit
    }
}

/// Stops and arrow pieces: what one pass over the graph visits.
fn graph_size(graph: &Graph) -> usize {
    let pieces: usize = graph.paths.iter().map(|p| p.stops.len()).sum();
    graph.nodes.len() + graph.mechanisms.len() + pieces
}

/// From an earlier drawing's order: the stops it had keep their order, the others are put
/// where their arrows lead and then sifted among them. No sweep reorders what the earlier
/// drawing had, so a small edit moves little.
fn steady(
    graph: &Graph,
    frame: &Frame,
    joined: &[Vec<Stop>],
    places: &Places,
    mut cells: Vec<Vec<usize>>,
    mut gaps: Vec<Vec<usize>>,
    work: &mut Work,
) -> Arranged {
    let nodes = graph.nodes.len();
    let kept = |slot: usize| {
        if slot < nodes {
            places.nodes[slot].is_some()
        } else {
            places.markers[slot - nodes].is_some()
        }
    };
    // A waypoint back in the lane it passed in.
    for (n, lane) in places.lanes.iter().enumerate() {
        if let Some(lane) = *lane {
            let node = &graph.nodes[n];
            let (from, to) = (
                frame.cell(node.column, node.lane),
                frame.cell(node.column, lane),
            );
            if from != to {
                cells[from].retain(|&m| m != n);
                cells[to].push(n);
            }
        }
    }
    // What the earlier drawing had, in its order; the rest after it, for now.
    let key = |place: Option<f64>| place.unwrap_or(f64::INFINITY);
    for cell in &mut cells {
        cell.sort_by(|&a, &b| key(places.nodes[a]).total_cmp(&key(places.nodes[b])));
    }
    for gap in &mut gaps {
        gap.sort_by(|&a, &b| key(places.markers[a]).total_cmp(&key(places.markers[b])));
    }
    // The new waypoints and markers where their arrows lead, twice: a waypoint follows the
    // ones beside it.
    for _ in 0..2 {
        let packed = frame.pack(&cells);
        let marker_y = markers(graph, &packed, &gaps);
        let y = |s: &Stop| match *s {
            Stop::Node(n) => packed.centre[n],
            Stop::Marker(m) => marker_y[m],
        };
        let wanted = |slot: usize, own: f64| {
            let near = &joined[slot];
            if near.is_empty() {
                own
            } else {
                near.iter().map(y).sum::<f64>() / near.len() as f64
            }
        };
        for cell in &mut cells {
            let order: Vec<(f64, usize)> = cell.iter().map(|&n| (packed.centre[n], n)).collect();
            // A new box stays at the end of its cell, where it pushes no other box; sifting
            // moves it up only where it crosses fewer arrows. A waypoint goes where its
            // arrow leads.
            let anchored = |n: usize| kept(n) || graph.nodes[n].pending.is_some();
            *cell = merge_new(&order, anchored, |n| wanted(n, packed.centre[n]));
        }
        for gap in &mut gaps {
            let order: Vec<(f64, usize)> = gap.iter().map(|&m| (marker_y[m], m)).collect();
            *gap = merge_new(
                &order,
                |m| kept(nodes + m),
                |m| wanted(nodes + m, marker_y[m]),
            );
        }
        work.spend(graph_size(graph));
    }
    let evaluate = |cells: &Vec<Vec<usize>>, gaps: &Vec<Vec<usize>>| {
        let packed = frame.pack(cells);
        let marker_y = markers(graph, &packed, gaps);
        let crossings = crossings(graph, &packed.centre, &marker_y);
        Arranged {
            packed,
            marker_y,
            crossings,
        }
    };
    let mut best = evaluate(&cells, &gaps);
    for _ in 0..FINAL_PASSES {
        if !work.left() {
            break;
        }
        let moved = sift(
            graph,
            frame,
            &mut cells,
            &mut gaps,
            &Sifting {
                window: FINAL_WINDOW,
                ties: Ties::Stay,
                kept: &kept,
            },
            work,
        );
        if !moved {
            break;
        }
        let candidate = evaluate(&cells, &gaps);
        if candidate.crossings < best.crossings {
            best = candidate;
        }
    }
    best
}

/// `order` (height, stop) with the stops `kept` left in their order and the others placed by
/// their `wanted` height among them: before the first kept stop that sits lower.
fn merge_new(
    order: &[(f64, usize)],
    kept: impl Fn(usize) -> bool,
    wanted: impl Fn(usize) -> f64,
) -> Vec<usize> {
    let mut new: Vec<(f64, usize)> = order
        .iter()
        .filter(|(_, s)| !kept(*s))
        .map(|&(_, s)| (wanted(s), s))
        .collect();
    new.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::with_capacity(order.len());
    let mut next = new.into_iter().peekable();
    for &(y, s) in order.iter().filter(|(_, s)| kept(*s)) {
        while let Some(&(w, n)) = next.peek() {
            if w >= y {
                break;
            }
            out.push(n);
            next.next();
        }
        out.push(s);
    }
    out.extend(next.map(|(_, n)| n));
    out
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

/// Barycentre sweeps and sifting from the given order; the best order found. `joined` is
/// `graph.joined()`.
fn search(
    graph: &Graph,
    frame: &Frame,
    joined: &[Vec<Stop>],
    mut cells: Vec<Vec<usize>>,
    mut gaps: Vec<Vec<usize>>,
    work: &mut Work,
) -> Arranged {
    let size = graph_size(graph);
    let free = |_: usize| false;
    let evaluate = |cells: &Vec<Vec<usize>>, gaps: &Vec<Vec<usize>>| {
        let packed = frame.pack(cells);
        let marker_y = markers(graph, &packed, gaps);
        let crossings = crossings(graph, &packed.centre, &marker_y);
        Arranged {
            packed,
            marker_y,
            crossings,
        }
    };
    let mut best = evaluate(&cells, &gaps);
    let mut best_order = (cells.clone(), gaps.clone());
    let mut last_better = 0;
    for sweep in 0..SWEEPS {
        if best.crossings == 0 || sweep >= last_better + PATIENCE || !work.left() {
            break;
        }
        let before = best.crossings;
        work.spend(2 * size);
        let order: Vec<usize> = if sweep % 2 == 0 {
            (0..frame.columns).collect()
        } else {
            (0..frame.columns).rev().collect()
        };
        for column in order {
            let packed = frame.pack(&cells);
            let marker_y = wanted_markers(graph, &packed.centre);
            // Alternately from both sides, and from the side the sweep comes from.
            let side = sweep % 4;
            let key = |n: usize| {
                let own = graph.layer(Stop::Node(n));
                let near: Vec<Stop> = joined[n]
                    .iter()
                    .copied()
                    .filter(|&s| match side {
                        1 => graph.layer(s) > own,
                        2 => graph.layer(s) < own,
                        _ => true,
                    })
                    .collect();
                if near.is_empty() {
                    return packed.centre[n];
                }
                let sum: f64 = near
                    .iter()
                    .map(|s| match *s {
                        Stop::Node(m) => packed.centre[m],
                        Stop::Marker(m) => marker_y[m],
                    })
                    .sum();
                sum / near.len() as f64
            };
            for lane in 0..frame.lanes {
                let cell = frame.cell(column, lane);
                if frame.cell(column, 0) == cell && lane > 0 {
                    // The resources column is one cell for all lanes.
                    continue;
                }
                let members = &mut cells[cell];
                let keys: Vec<(f64, usize)> = members.iter().map(|&n| (key(n), n)).collect();
                let mut sorted = keys;
                sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
                *members = sorted.into_iter().map(|(_, n)| n).collect();
            }
            // The markers in the gap after this column follow their ends too.
            let wanted = wanted_markers(graph, &frame.pack(&cells).centre);
            gaps[column].sort_by(|&a, &b| wanted[a].total_cmp(&wanted[b]));
        }
        let candidate = evaluate(&cells, &gaps);
        if candidate.crossings < best.crossings {
            best = candidate;
            best_order = (cells.clone(), gaps.clone());
        }
        let ties = if sweep % 2 == 0 { Ties::Up } else { Ties::Down };
        let sifting = Sifting {
            window: SIFT_WINDOW,
            ties,
            kept: &free,
        };
        for _ in 0..SIFT_PASSES {
            if !sift(graph, frame, &mut cells, &mut gaps, &sifting, work) {
                break;
            }
        }
        let candidate = evaluate(&cells, &gaps);
        if candidate.crossings < best.crossings {
            best = candidate;
            best_order = (cells.clone(), gaps.clone());
        }
        if best.crossings < before {
            last_better = sweep + 1;
        }
    }
    // The best order found, sifted further: each stop may now move farther.
    let (mut cells, mut gaps) = best_order;
    let sifting = Sifting {
        window: FINAL_WINDOW,
        ties: Ties::Stay,
        kept: &free,
    };
    for _ in 0..FINAL_PASSES {
        if !work.left() || !sift(graph, frame, &mut cells, &mut gaps, &sifting, work) {
            break;
        }
        let candidate = evaluate(&cells, &gaps);
        if candidate.crossings < best.crossings {
            best = candidate;
        }
    }
    best
}

/// Moves each node within its cell, and each marker within its gap, to the place at most
/// `window` steps away where its own arrows cross the fewest others ("sifting", which
/// contains the adjacent swaps of the classic transpose step). Moving a stop within its layer
/// changes only its crossings with its layer-mates, so each candidate place is weighed from
/// the pairwise counts of the stops it passes. Linear in the arrows, times the window and the
/// degrees. Returns whether anything moved.
fn sift(
    graph: &Graph,
    frame: &Frame,
    cells: &mut [Vec<usize>],
    gaps: &mut [Vec<usize>],
    how: &Sifting,
    work: &mut Work,
) -> bool {
    let nodes = graph.nodes.len();
    work.spend(graph_size(graph) * (how.window + 1));
    let mut moved = false;
    // Weighed once per pass: a stop's crossings depend on the neighbouring layers, which
    // this pass may move too; the next pass weighs again.
    let touching = Touching::new(graph, frame, cells, gaps);
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
struct Sifting<'a> {
    window: usize,
    ties: Ties,
    kept: &'a dyn Fn(usize) -> bool,
}

/// Where a stop goes among places where its arrows cross equally, once it passes arrows
/// it crosses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ties {
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

/// Per stop (nodes, then markers): the half-gap and the other end's height of every piece of
/// an arrow it is an end of, and whether that piece is level (a stretch that keeps the
/// stop's own height, so it moves with the stop). Stored flat, each stop's pieces sorted by
/// half-gap, since weighing pairs of stops is most of the ordering's work.
struct Touching {
    /// Stop `s`'s pieces are `pieces[start[s]..start[s + 1]]`.
    start: Vec<usize>,
    pieces: Vec<(usize, f64, bool)>,
}

impl Touching {
    fn new(graph: &Graph, frame: &Frame, cells: &[Vec<usize>], gaps: &[Vec<usize>]) -> Self {
        let packed = frame.pack(cells);
        let marker_y = markers(graph, &packed, gaps);
        let mut owned: Vec<(usize, (usize, f64, bool))> = Vec::new();
        for_each_piece(
            graph,
            &packed.centre,
            &marker_y,
            |half, left, right, ends| {
                let level = (ends.0.is_none() || ends.1.is_none()) && left == right;
                if let Some(stop) = ends.0 {
                    owned.push((graph.slot(stop), (half, right, level)));
                }
                if let Some(stop) = ends.1 {
                    owned.push((graph.slot(stop), (half, left, level)));
                }
            },
        );
        // Stable, so equal pieces keep the order they were met in.
        owned.sort_by_key(|(stop, (half, _, _))| (*stop, *half));
        let stops = graph.nodes.len() + graph.mechanisms.len();
        let mut start = vec![0; stops + 1];
        for (stop, _) in &owned {
            start[stop + 1] += 1;
        }
        for s in 0..stops {
            start[s + 1] += start[s];
        }
        Touching {
            start,
            pieces: owned.into_iter().map(|(_, piece)| piece).collect(),
        }
    }

    /// Crossings between the arrows of `u` and `v`: with `u` above, and with `v` above. Two
    /// level stretches never cross: they move together. Linear in the two stops' pieces
    /// beyond the pairs that share a half-gap.
    fn crossed(&self, u: usize, v: usize) -> (usize, usize) {
        let a = &self.pieces[self.start[u]..self.start[u + 1]];
        let b = &self.pieces[self.start[v]..self.start[v + 1]];
        let (mut u_above, mut v_above) = (0, 0);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let half = a[i].0;
            if half < b[j].0 {
                i += 1;
                continue;
            }
            if half > b[j].0 {
                j += 1;
                continue;
            }
            let i_end = i + a[i..].iter().take_while(|p| p.0 == half).count();
            let j_end = j + b[j..].iter().take_while(|p| p.0 == half).count();
            for &(_, y, level) in &a[i..i_end] {
                for &(_, other, other_level) in &b[j..j_end] {
                    if level && other_level {
                        continue;
                    }
                    if y > other {
                        u_above += 1;
                    } else if y < other {
                        v_above += 1;
                    }
                }
            }
            (i, j) = (i_end, j_end);
        }
        (u_above, v_above)
    }
}

/// Where each marker would like to be: the mean height of the stops next to it.
fn wanted_markers(graph: &Graph, centre: &[f64]) -> Vec<f64> {
    let mut sum = vec![0.0; graph.mechanisms.len()];
    let mut count = vec![0usize; graph.mechanisms.len()];
    for path in &graph.paths {
        for (i, stop) in path.stops.iter().enumerate() {
            if let Stop::Marker(m) = *stop {
                for near in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
                    if let Some(Stop::Node(n)) = path.stops.get(near) {
                        sum[m] += centre[*n];
                        count[m] += 1;
                    }
                }
            }
        }
    }
    sum.iter()
        .zip(&count)
        .map(|(s, &c)| s / c.max(1) as f64)
        .collect()
}

/// Marker heights as drawn: each gap's markers in their order, as near as they can be to
/// where they would like to be while at least MARKER_SPACING apart, and kept within the lanes.
pub(super) fn markers(graph: &Graph, packed: &Packed, gaps: &[Vec<usize>]) -> Vec<f64> {
    let mut y = wanted_markers(graph, &packed.centre);
    let low = packed.lanes_top() + MARKER_SPACING / 2.0;
    let high = packed.bottom - MARKER_SPACING / 2.0;
    for members in gaps {
        // Least squares with markers at least MARKER_SPACING apart: with q_k = p_k - k·s the
        // constraint is q non-decreasing, an isotonic regression solved by pooling adjacent
        // violators.
        let mut blocks: Vec<(f64, usize)> = Vec::new();
        for (k, &m) in members.iter().enumerate() {
            blocks.push((y[m] - k as f64 * MARKER_SPACING, 1));
            while blocks.len() > 1 {
                let (sum, count) = blocks[blocks.len() - 1];
                let (psum, pcount) = blocks[blocks.len() - 2];
                if psum / pcount as f64 <= sum / count as f64 {
                    break;
                }
                blocks.pop();
                *blocks.last_mut().expect("two blocks") = (psum + sum, pcount + count);
            }
        }
        let mut placed = Vec::with_capacity(members.len());
        for (sum, count) in blocks {
            for _ in 0..count {
                let k = placed.len();
                placed.push((members[k], sum / count as f64 + k as f64 * MARKER_SPACING));
            }
        }
        let mut previous = f64::NEG_INFINITY;
        for (_, value) in &mut placed {
            *value = value.max(low).max(previous + MARKER_SPACING);
            previous = *value;
        }
        let mut next = f64::INFINITY;
        for (_, value) in placed.iter_mut().rev() {
            if *value > high.min(next - MARKER_SPACING) {
                *value = high.min(next - MARKER_SPACING);
            }
            next = *value;
        }
        for (m, value) in placed {
            y[m] = value;
        }
    }
    y
}

/// Crossings between arrows, counted exactly on the layered drawing: every piece of an arrow
/// runs between two neighbouring layers over the same x range as the others there, with
/// horizontal ends, so two pieces cross exactly when their ends come in opposite orders.
/// An arrow from one column to the next is split at the middle of the gap. n log n.
pub(super) fn crossings(graph: &Graph, centre: &[f64], marker_y: &[f64]) -> usize {
    // (half-gap, y at its left side, y at its right side)
    let mut pieces: Vec<(usize, f64, f64)> = Vec::new();
    for_each_piece(graph, centre, marker_y, |half, left, right, _| {
        pieces.push((half, left, right));
    });
    pieces.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.total_cmp(&b.2))
    });
    let mut total = 0;
    let mut start = 0;
    while start < pieces.len() {
        let end = start
            + pieces[start..]
                .iter()
                .take_while(|p| p.0 == pieces[start].0)
                .count();
        let mut right: Vec<f64> = pieces[start..end].iter().map(|p| p.2).collect();
        total += inversions(&mut right);
        start = end;
    }
    total
}

/// Every piece of every arrow between neighbouring layers: its half-gap (`2g` the left half of
/// gap `g`, `2g + 1` its right half), its heights at the half's left and right sides, and the
/// nodes at those sides, if any. An arrow from one column to the next is split at the middle.
fn for_each_piece(
    graph: &Graph,
    centre: &[f64],
    marker_y: &[f64],
    mut piece: impl FnMut(usize, f64, f64, (Option<Stop>, Option<Stop>)),
) {
    let y = |s: Stop| match s {
        Stop::Node(n) => centre[n],
        Stop::Marker(m) => marker_y[m],
    };
    for path in &graph.paths {
        for pair in path.stops.windows(2) {
            let (a, b) = if graph.layer(pair[0]) < graph.layer(pair[1]) {
                (pair[0], pair[1])
            } else {
                (pair[1], pair[0])
            };
            match (a, b) {
                (Stop::Node(l), Stop::Node(_)) => {
                    // As drawn: the height changes in the gap's left half, then runs level.
                    let gap = graph.nodes[l].column;
                    piece(2 * gap, y(a), y(b), (Some(a), None));
                    piece(2 * gap + 1, y(b), y(b), (None, Some(b)));
                }
                (Stop::Node(l), Stop::Marker(_)) => {
                    piece(2 * graph.nodes[l].column, y(a), y(b), (Some(a), Some(b)));
                }
                (Stop::Marker(m), Stop::Node(_)) => {
                    piece(
                        2 * graph.mechanisms[m].gap + 1,
                        y(a),
                        y(b),
                        (Some(a), Some(b)),
                    );
                }
                (Stop::Marker(_), Stop::Marker(_)) => {}
            }
        }
    }
}

/// Pairs i < j with values[i] > values[j], by merge sort; sorts `values`.
fn inversions(values: &mut [f64]) -> usize {
    if values.len() < 2 {
        return 0;
    }
    let middle = values.len() / 2;
    let mut count = inversions(&mut values[..middle]) + inversions(&mut values[middle..]);
    let mut merged = Vec::with_capacity(values.len());
    let (mut i, mut j) = (0, middle);
    while i < middle && j < values.len() {
        if values[j] < values[i] {
            count += middle - i;
            merged.push(values[j]);
            j += 1;
        } else {
            merged.push(values[i]);
            i += 1;
        }
    }
    merged.extend_from_slice(&values[i..middle]);
    merged.extend_from_slice(&values[j..]);
    values.copy_from_slice(&merged);
    count
}

#[cfg(test)]
mod tests {
    use super::inversions;

    #[test]
    fn inversions_are_counted_strictly() {
        assert_eq!(inversions(&mut [1.0, 2.0, 3.0]), 0);
        assert_eq!(inversions(&mut [3.0, 2.0, 1.0]), 3);
        assert_eq!(inversions(&mut [2.0, 2.0, 1.0]), 2);
        assert_eq!(inversions(&mut [1.0, 1.0]), 0);
    }
}
