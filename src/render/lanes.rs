//! Advice on the order of the lanes.
//!
//! The lanes keep the order the theory gives its perspectives: it is the author's, usually
//! that of the report's figure, and a diagram that reordered them by itself would jump
//! whenever an edit tipped the balance (the workshop page redraws on every save). But the
//! order decides many crossings: an arrow from the first lane to the third crosses whatever
//! runs along the second. So verkan weighs the other orders and, when one crosses clearly
//! fewer arrows, says which; the author decides.

use super::layout::layout_with_lanes;
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

/// How much weighing one theory gets, in boxes laid out (a layout takes about 0.35 ms per box,
/// so about a second): every order of five lanes for a theory of 25 boxes, of four lanes up
/// to 125 boxes. Beyond, neighbouring lanes are swapped while that helps and the budget lasts.
const BUDGET: usize = 3_000;
/// Advice only for a clear gain: at least this many crossings fewer…
const MIN_GAIN: usize = 3;
/// …and at least this share of them.
const MIN_GAIN_SHARE: f64 = 0.15;

/// Weighs the orders of the full diagram's lanes. `None` when the theory's order is as good
/// as any weighed, or nearly, or when the theory is too large to weigh.
pub fn lane_advice(compiled: &Compiled) -> Option<LaneAdvice> {
    let theory = &compiled.theory;
    let lanes = theory.perspectives.len();
    let boxes = (theory.resources.len()
        + theory.activities.len()
        + theory.outputs.len()
        + theory.effects.len())
    .max(1);
    // Two orders at least: the theory's and one other.
    if lanes < 2 || 2 * boxes > BUDGET {
        return None;
    }
    let options = ViewOptions::full();
    let view = select(compiled, &options).ok()?;
    let crossings =
        |order: &[usize]| layout_with_lanes(compiled, &view, &options, Some(order)).crossings;
    let declared: Vec<usize> = (0..lanes).collect();
    let current = crossings(&declared);
    let mut best = (current, declared.clone());
    let orders: usize = (1..=lanes).product();
    if orders.saturating_mul(boxes) <= BUDGET {
        let mut order = declared.clone();
        while next_permutation(&mut order) {
            let found = crossings(&order);
            // Of orders that cross equally, the first in lexicographic order: the one that
            // keeps the theory's first lanes in their places longest.
            if found < best.0 {
                best = (found, order.clone());
            }
        }
    } else {
        let mut spent = boxes;
        let mut improved = true;
        while improved {
            improved = false;
            for i in 1..lanes {
                if spent + boxes > BUDGET {
                    break;
                }
                spent += boxes;
                let mut order = best.1.clone();
                order.swap(i - 1, i);
                let found = crossings(&order);
                if found < best.0 {
                    best = (found, order);
                    improved = true;
                }
            }
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
