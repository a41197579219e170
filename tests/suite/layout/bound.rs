//! The fewest crossings any drawing of a theory can have with its boxes in their columns and
//! lanes and its markers in their gaps, found by trying every order: a lower bound that shows
//! where a layout cannot do better, whatever `dot` does.
//!
//! Rebuilt from the finished layout, not from the layout's own graph, so it does not share
//! the code it checks. Each arrow is a chain of stops, one per layer it meets (its boxes,
//! a waypoint in every column it passes, its marker), and crosses others only between two
//! neighbouring layers: from a column to the middle of the gap after it (where the markers
//! stand, and where an arrow passing the gap reaches the next column's height) or from there
//! to the next column. Two arrows cross in such a half-gap exactly when their ends there come
//! in opposite orders. Each half-gap's orders are tried independently, both sides at once,
//! which only makes the minimum smaller, so the sum is a lower bound; a half-gap whose
//! orders are too many to try counts 0 and makes the bound inexact.

use verkan::render::layout::Layout;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Stop {
    Box(usize),
    /// An arrow passing a column: (arrow, column).
    Waypoint(usize, usize),
    Marker(usize),
}

/// Orders tried per half-gap (left orders × right orders) before giving up on it.
const MOST_ORDERS: usize = 2_000_000;

/// The bound, and whether every half-gap was tried.
pub fn fewest_crossings(layout: &Layout) -> (usize, bool) {
    let column_of = |b: usize| {
        layout
            .headings
            .iter()
            .position(|h| h.column == layout.boxes[b].column)
            .expect("every box's column has a heading")
    };
    // A marker stands in gap g: right of column g, left of column g + 1.
    let gaps: std::collections::HashMap<usize, usize> = layout
        .markers
        .iter()
        .map(|marker| {
            let gap = layout
                .headings
                .iter()
                .rposition(|h| h.rect.x < marker.center.x)
                .expect("a marker stands right of a column");
            (marker.mechanism, gap)
        })
        .collect();
    let gap_of = |m: usize| gaps[&m];
    let layer = |stop: Stop| match stop {
        Stop::Box(b) => 2 * column_of(b) + 1,
        Stop::Waypoint(_, c) => 2 * c + 1,
        Stop::Marker(m) => 2 * gap_of(m) + 2,
    };
    // The columns passed between a box in `column` and a marker in `gap`, from the box on.
    let passed = |column: usize, gap: usize| -> Vec<usize> {
        if column <= gap {
            (column + 1..=gap).collect()
        } else {
            (gap + 1..column).rev().collect()
        }
    };
    // Half-gap → pieces (left end, right end).
    let mut halves: std::collections::BTreeMap<usize, Vec<(Stop, Stop)>> = Default::default();
    for (a, arrow) in layout.arrows.iter().enumerate() {
        let stops: Vec<Stop> = match (arrow.mechanism, arrow.from_box, arrow.to_box) {
            (Some(m), Some(b), None) => std::iter::once(Stop::Box(b))
                .chain(
                    passed(column_of(b), gap_of(m))
                        .into_iter()
                        .map(|c| Stop::Waypoint(a, c)),
                )
                .chain(std::iter::once(Stop::Marker(m)))
                .collect(),
            (Some(m), None, Some(b)) => {
                let mut between = passed(column_of(b), gap_of(m));
                between.reverse();
                std::iter::once(Stop::Marker(m))
                    .chain(between.into_iter().map(|c| Stop::Waypoint(a, c)))
                    .chain(std::iter::once(Stop::Box(b)))
                    .collect()
            }
            (None, Some(from), Some(to)) => vec![Stop::Box(from), Stop::Box(to)],
            other => panic!("an arrow joins a box and a marker or two boxes: {other:?}"),
        };
        for pair in stops.windows(2) {
            let (left, right) = if layer(pair[0]) < layer(pair[1]) {
                (pair[0], pair[1])
            } else {
                (pair[1], pair[0])
            };
            // A column-to-column piece changes height in the gap's left half; the rest of
            // it runs level and crosses nothing there that the bound needs.
            let half = match left {
                Stop::Marker(m) => 2 * gap_of(m) + 1,
                _ => layer(left) - 1,
            };
            halves.entry(half).or_default().push((left, right));
        }
    }
    // Boxes keep their lanes' order; resources, waypoints and markers go anywhere.
    let lane = |stop: Stop| match stop {
        Stop::Box(b) => layout.boxes[b].lane,
        _ => None,
    };
    let mut total = 0;
    let mut exact = true;
    for pieces in halves.values() {
        let ends = |pick: fn(&(Stop, Stop)) -> Stop| {
            let mut ends: Vec<Stop> = pieces.iter().map(pick).collect();
            ends.sort();
            ends.dedup();
            ends
        };
        let (left, right) = (ends(|p| p.0), ends(|p| p.1));
        if orders_count(&left, lane).saturating_mul(orders_count(&right, lane)) > MOST_ORDERS {
            exact = false;
            continue;
        }
        let index = |ends: &[Stop], stop: Stop| ends.binary_search(&stop).expect("an end");
        let pieces: Vec<(usize, usize)> = pieces
            .iter()
            .map(|&(l, r)| (index(&left, l), index(&right, r)))
            .collect();
        let right_orders = orders(&right, lane);
        let mut least = usize::MAX;
        'all: for left_place in orders(&left, lane) {
            for right_place in &right_orders {
                let mut count = 0;
                for (i, &(a, b)) in pieces.iter().enumerate() {
                    for &(c, d) in &pieces[i + 1..] {
                        let (l, r) = (
                            left_place[a].cmp(&left_place[c]),
                            right_place[b].cmp(&right_place[d]),
                        );
                        if l != r && l.is_ne() && r.is_ne() {
                            count += 1;
                        }
                    }
                    if count >= least {
                        break;
                    }
                }
                least = least.min(count);
                if least == 0 {
                    break 'all;
                }
            }
        }
        total += least;
    }
    (total, exact)
}

/// How many orders of `ends` keep the lanes' order: n! over the ways to order, among
/// themselves, the ends bound to lanes (k!), times the ways within each lane.
fn orders_count(ends: &[Stop], lane: impl Fn(Stop) -> Option<usize>) -> usize {
    let factorial = |n: usize| (1..=n).fold(1usize, |f, k| f.saturating_mul(k));
    let mut per_lane: std::collections::BTreeMap<usize, usize> = Default::default();
    for &end in ends {
        if let Some(l) = lane(end) {
            *per_lane.entry(l).or_default() += 1;
        }
    }
    let bound: usize = per_lane.values().sum();
    let within = per_lane
        .values()
        .fold(1usize, |f, &n| f.saturating_mul(factorial(n)));
    factorial(ends.len()) / factorial(bound) * within
}

/// Every order of `ends` that keeps the lanes' order, each as the place of every end.
fn orders(ends: &[Stop], lane: impl Fn(Stop) -> Option<usize> + Copy) -> Vec<Vec<usize>> {
    fn extend(
        ends: &[Stop],
        lane: impl Fn(Stop) -> Option<usize> + Copy,
        used: &mut Vec<bool>,
        place: &mut Vec<usize>,
        lowest_lane: usize,
        all: &mut Vec<Vec<usize>>,
    ) {
        let next = used.iter().filter(|&&u| u).count();
        if next == ends.len() {
            all.push(place.clone());
            return;
        }
        for e in 0..ends.len() {
            if used[e] {
                continue;
            }
            let lowest = match lane(ends[e]) {
                Some(l) if l < lowest_lane => continue,
                Some(l) => l,
                None => lowest_lane,
            };
            used[e] = true;
            place[e] = next;
            extend(ends, lane, used, place, lowest, all);
            used[e] = false;
        }
    }
    let mut all = Vec::new();
    extend(
        ends,
        lane,
        &mut vec![false; ends.len()],
        &mut vec![0; ends.len()],
        0,
        &mut all,
    );
    all
}
