//! Advice on the order of the lanes.
//!
//! The lanes keep the order the theory gives its perspectives: it is the author's, usually
//! that of the report's figure, and a diagram that reordered them by itself would jump
//! whenever an edit tipped the balance (the workshop page redraws on every save). But the
//! order decides many crossings: an arrow from the first lane to the third crosses whatever
//! runs along the second. So verkan weighs the other orders and, when one crosses clearly
//! fewer arrows, says which; the author decides.

use super::layout::{draft, layout_with_lanes, Draft, Texts};
use super::plan::Stop;
use super::view::{select, ViewOptions};
use crate::compile::Compiled;

/// A lane order that crosses clearly fewer arrows than the theory's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaneAdvice {
    /// The perspectives' ids in the better order.
    pub order: Vec<String>,
    /// Crossings in the full diagram with that order.
    pub crossings: usize,
    /// Crossings with the theory's order.
    pub current: usize,
}

impl LaneAdvice {
    /// The advice in words, for the theory in `file`.
    pub fn note(&self, file: &str) -> crate::locale::Text {
        crate::t!(
            "lane-advice",
            file = file,
            order = self
                .order
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", "),
            better = self.crossings,
            current = self.current
        )
    }
}

/// Advice only for a clear gain: at least this many crossings fewer…
const MIN_GAIN: usize = 3;
/// …and at least this share of them.
const MIN_GAIN_SHARE: f64 = 0.15;
/// Every order is screened up to this many lanes (720 orders); beyond, neighbouring lanes are
/// swapped while that helps.
const ALL_ORDERS_UP_TO: usize = 6;
/// The orders the screening ranks best are laid out in full to confirm them, this many…
const CONFIRMED: usize = 3;
/// …for theories of at most this many boxes; a larger one gets no advice.
const CONFIRMED_UP_TO: usize = 1_500;

/// Weighs the orders of the full diagram's lanes. `None` when the theory's order is as good
/// as any weighed, or nearly, or when the theory is too large to weigh.
///
/// Two steps, so that weighing costs little beside the drawing itself. First every order is
/// screened by the crossings it forces: two arrows between the same two layers whose lanes
/// come in opposite orders at their two ends cross in any drawing with those lanes, whatever
/// the order within the cells. That count needs no layout (a table per gap of the arrows by
/// the lanes of their ends) and tells the orders apart where they differ, in the arrows that
/// pass other lanes. Then the few orders that screen clearly better than the theory's are laid
/// out in full, and the advice quotes those drawings' real counts.
pub fn lane_advice(compiled: &Compiled) -> Option<LaneAdvice> {
    let theory = &compiled.theory;
    let lanes = theory.perspectives.len();
    if lanes < 2 {
        return None;
    }
    let options = ViewOptions::full();
    let view = select(compiled, &options).ok()?;
    let draft = draft(compiled, &view, &options, None, Texts::Skipped);
    if draft.pending.len() > CONFIRMED_UP_TO {
        return None;
    }
    let forced = Forced::new(&draft);
    let declared: Vec<usize> = (0..lanes).collect();
    let screened = forced.count(&declared);
    let mut candidates: Vec<(usize, Vec<usize>)> = Vec::new();
    if lanes <= ALL_ORDERS_UP_TO {
        let mut order = declared.clone();
        while next_permutation(&mut order) {
            candidates.push((forced.count(&order), order.clone()));
        }
    } else {
        let mut best = (screened, declared.clone());
        let mut improved = true;
        while improved {
            improved = false;
            for i in 1..lanes {
                let mut order = best.1.clone();
                order.swap(i - 1, i);
                let found = forced.count(&order);
                candidates.push((found, order.clone()));
                if found < best.0 {
                    best = (found, order);
                    improved = true;
                }
            }
        }
    }
    // Stable: of orders that screen equally, the first in lexicographic order, the one that
    // keeps the theory's first lanes in their places longest.
    candidates.sort_by_key(|(count, _)| *count);
    candidates.dedup_by(|a, b| a.1 == b.1);
    let promising: Vec<Vec<usize>> = candidates
        .into_iter()
        .take_while(|(count, _)| count + MIN_GAIN <= screened)
        .take(CONFIRMED)
        .map(|(_, order)| order)
        .collect();
    if promising.is_empty() {
        return None;
    }
    let crossings = |order: &[usize]| layout_with_lanes(compiled, &view, &options, order).crossings;
    let current = crossings(&declared);
    let mut best = (current, declared);
    for order in promising {
        let found = crossings(&order);
        if found < best.0 {
            best = (found, order);
        }
    }
    let gain = current - best.0;
    (gain >= MIN_GAIN && gain as f64 >= MIN_GAIN_SHARE * current as f64).then(|| LaneAdvice {
        order: best
            .1
            .iter()
            .map(|&p| theory.perspectives[p].id.clone())
            .collect(),
        crossings: best.0,
        current,
    })
}

/// The arrows' pieces between neighbouring layers, counted per layer by the lanes of their
/// two ends (perspective indices; the lane of items without one comes last in every order).
/// Pieces with a resource at one end are left out: the resources stand beside the lanes.
struct Forced {
    /// Per layer: ((lane at the left end, lane at the right end), pieces).
    layers: Vec<Vec<((usize, usize), usize)>>,
    /// How many lanes the draft has, the perspectives' and perhaps one more.
    lanes: usize,
}

impl Forced {
    fn new(draft: &Draft) -> Self {
        let graph = &draft.graph;
        // A marker counts in the lane of its first target, as every output groups it.
        let mut marker_lane = vec![None; graph.mechanisms.len()];
        for path in &graph.paths {
            if let (Some(Stop::Marker(m)), Some(&Stop::Node(n))) =
                (path.stops.first(), path.stops.last())
            {
                marker_lane[*m].get_or_insert(graph.nodes[n].lane);
            }
        }
        let resource = |n: usize| Some(graph.nodes[n].column) == draft.frame.resource_column;
        let lane = |stop: Stop| match stop {
            Stop::Node(n) => (!resource(n)).then_some(graph.nodes[n].lane),
            Stop::Marker(m) => marker_lane[m],
        };
        let mut counts: std::collections::BTreeMap<(usize, usize, usize), usize> =
            std::collections::BTreeMap::new();
        for path in &graph.paths {
            for pair in path.stops.windows(2) {
                let (a, b) = if graph.layer(pair[0]) < graph.layer(pair[1]) {
                    (pair[0], pair[1])
                } else {
                    (pair[1], pair[0])
                };
                if let (Some(left), Some(right)) = (lane(a), lane(b)) {
                    *counts.entry((graph.layer(a), left, right)).or_default() += 1;
                }
            }
        }
        let mut layers: Vec<Vec<((usize, usize), usize)>> = Vec::new();
        let mut last = None;
        for ((layer, left, right), count) in counts {
            if last != Some(layer) {
                layers.push(Vec::new());
                last = Some(layer);
            }
            layers
                .last_mut()
                .expect("just pushed")
                .push(((left, right), count));
        }
        Forced {
            layers,
            lanes: draft.lanes.len(),
        }
    }

    /// The crossings forced with the perspectives in `order`. Linear in the layers, times the
    /// square of the lane pairs that occur in each.
    fn count(&self, order: &[usize]) -> usize {
        let mut position = vec![order.len(); self.lanes];
        for (place, &p) in order.iter().enumerate() {
            position[p] = place;
        }
        let mut total = 0;
        for layer in &self.layers {
            for (i, &((l1, r1), c1)) in layer.iter().enumerate() {
                for &((l2, r2), c2) in &layer[i + 1..] {
                    let (l1, r1, l2, r2) = (position[l1], position[r1], position[l2], position[r2]);
                    if (l1 < l2 && r1 > r2) || (l1 > l2 && r1 < r2) {
                        total += c1 * c2;
                    }
                }
            }
        }
        total
    }
}

/// Rearranges `order` into the next permutation in lexicographic order; `false` after the
/// last.
fn next_permutation(order: &mut [usize]) -> bool {
    let Some(i) = (1..order.len()).rev().find(|&i| order[i - 1] < order[i]) else {
        return false;
    };
    let j = (i..order.len())
        .rev()
        .find(|&j| order[j] > order[i - 1])
        .expect("order[i] is larger");
    order.swap(i - 1, j);
    order[i..].reverse();
    true
}

#[cfg(test)]
mod tests {
    use super::next_permutation;

    #[test]
    fn permutations_are_visited_once_each_in_order() {
        let mut order = vec![0, 1, 2];
        let mut seen = vec![order.clone()];
        while next_permutation(&mut order) {
            seen.push(order.clone());
        }
        assert_eq!(
            seen,
            [
                [0, 1, 2],
                [0, 2, 1],
                [1, 0, 2],
                [1, 2, 0],
                [2, 0, 1],
                [2, 1, 0]
            ]
        );
    }
}
