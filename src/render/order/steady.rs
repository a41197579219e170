//! The order of an earlier drawing, kept: what it had stays in its order, what is new finds
//! its place among it.

use super::sift::{sift, Sifting, Ties};
use super::{Arranged, Ground, Places, Work};
use crate::render::plan::Stop;

/// Sifting what is new: as far as the final sifting of a fresh search.
const PASSES: usize = 8;
const WINDOW: usize = 8;

/// From an earlier drawing's order: the stops it had keep their order, the others are put
/// where their arrows lead and then sifted among them. No sweep reorders what the earlier
/// drawing had, so a small edit moves little.
pub(super) fn steady(
    at: &Ground,
    places: &Places,
    mut cells: Vec<Vec<usize>>,
    mut gaps: Vec<Vec<usize>>,
    work: &mut Work,
) -> Arranged {
    let (graph, frame) = (at.graph, at.frame);
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
        let marker_y = at.pieces.markers(&packed, &gaps);
        let y = |s: &Stop| match *s {
            Stop::Node(n) => packed.centre[n],
            Stop::Marker(m) => marker_y[m],
        };
        let wanted = |slot: usize, own: f64| {
            let near = &at.joined[slot];
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
        work.spend(work.size);
    }
    let mut best = at.evaluate(&cells, &gaps);
    let sifting = Sifting {
        window: WINDOW,
        ties: Ties::Stay,
        kept: &kept,
    };
    for pass in 0..PASSES {
        if (pass > 0 && !work.left(work.limit)) || !sift(at, &mut cells, &mut gaps, &sifting, work)
        {
            break;
        }
        let candidate = at.evaluate(&cells, &gaps);
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
