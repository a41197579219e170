//! What the ordering measures, again and again: where the markers sit, how many arrows cross,
//! and, per stop, the pieces of arrow it is an end of.
//!
//! Which stops an arrow's pieces join, and in which half-gap, is fixed by the graph; only the
//! heights change while the ordering works. So [`Pieces`] is built once per layout and each
//! measurement fills in heights: no sorting of the pieces by place, no allocation per pass.

use super::MARKER_SPACING;
use crate::render::pack::Packed;
use crate::render::plan::{Graph, Stop};

/// One piece of an arrow between two neighbouring layers: the stops whose heights it takes at
/// its left and right sides (by slot), and which of those are its ends. An arrow from one
/// column to the next is split at the middle of the gap: its left half ends at no stop on the
/// right, its right half (level at the height of its right end) at none on the left.
#[derive(Debug, Clone, Copy)]
struct Piece {
    half: usize,
    left: usize,
    right: usize,
    left_end: bool,
    right_end: bool,
}

impl Piece {
    /// Whether it runs level, so that it moves with the stop at its end.
    fn level(&self, y: &[f64]) -> bool {
        (!self.left_end || !self.right_end) && y[self.left] == y[self.right]
    }
}

/// The arrows' pieces, and three indexes over them.
pub(in crate::render) struct Pieces {
    /// In the order of the graph's paths.
    pieces: Vec<Piece>,
    /// The pieces of half-gap `h` are `by_half[half_start[h]..half_start[h + 1]]`.
    half_start: Vec<usize>,
    by_half: Vec<usize>,
    /// The pieces each stop is an end of, by half-gap: (half-gap, piece, whether the stop is
    /// its left end)…
    touching: Vec<(usize, usize, bool)>,
    /// …stop `s`'s from `sides[s][0]` to `sides[s][2]`, those on its right side (where it is
    /// the piece's left end) from `sides[s][1]` on. Side by side, since weighing a pair of
    /// stops reads all three; `u32`, as no drawing has four billion arrow pieces.
    sides: Vec<[u32; 3]>,
    /// The nodes next to marker `m` on its paths, in path order: `near[near_start[m]..near_start[m + 1]]`.
    near_start: Vec<usize>,
    near: Vec<usize>,
}

/// Groups `items` by `key` (below `keys`), keeping their order within a group: the start of
/// each group and the items in group order.
fn group<T: Copy>(items: &[T], keys: usize, key: impl Fn(&T) -> usize) -> (Vec<usize>, Vec<T>) {
    let mut start = vec![0; keys + 1];
    for item in items {
        start[key(item) + 1] += 1;
    }
    for k in 0..keys {
        start[k + 1] += start[k];
    }
    let mut next = start.clone();
    let mut grouped = items.to_vec();
    for item in items {
        let k = key(item);
        grouped[next[k]] = *item;
        next[k] += 1;
    }
    (start, grouped)
}

impl Pieces {
    pub fn new(graph: &Graph) -> Self {
        let mut pieces = Vec::new();
        let slot = |s: Stop| graph.slot(s);
        for path in &graph.paths {
            for pair in path.stops.windows(2) {
                let (a, b) = if graph.layer(pair[0]) < graph.layer(pair[1]) {
                    (pair[0], pair[1])
                } else {
                    (pair[1], pair[0])
                };
                let whole = |half| Piece {
                    half,
                    left: slot(a),
                    right: slot(b),
                    left_end: true,
                    right_end: true,
                };
                match (a, b) {
                    (Stop::Node(l), Stop::Node(_)) => {
                        // As drawn: the height changes in the gap's left half, then runs level.
                        let gap = graph.nodes[l].column;
                        pieces.push(Piece {
                            right_end: false,
                            ..whole(2 * gap)
                        });
                        pieces.push(Piece {
                            half: 2 * gap + 1,
                            left: slot(b),
                            right: slot(b),
                            left_end: false,
                            right_end: true,
                        });
                    }
                    (Stop::Node(l), Stop::Marker(_)) => {
                        pieces.push(whole(2 * graph.nodes[l].column));
                    }
                    (Stop::Marker(m), Stop::Node(_)) => {
                        pieces.push(whole(2 * graph.mechanisms[m].gap + 1));
                    }
                    (Stop::Marker(_), Stop::Marker(_)) => {}
                }
            }
        }
        let halves = pieces.iter().map(|p| p.half + 1).max().unwrap_or(0);
        let indices: Vec<usize> = (0..pieces.len()).collect();
        let (half_start, by_half) = group(&indices, halves, |&p| pieces[p].half);
        // Per stop, its pieces as met along the paths, then grouped by half-gap.
        let stops = graph.nodes.len() + graph.mechanisms.len();
        let mut ends: Vec<(usize, (usize, usize, bool))> = Vec::new();
        for (p, piece) in pieces.iter().enumerate() {
            if piece.left_end {
                ends.push((piece.left, (piece.half, p, true)));
            }
            if piece.right_end {
                ends.push((piece.right, (piece.half, p, false)));
            }
        }
        let by_stop_and_half: Vec<(usize, (usize, usize, bool))> = {
            let (_, by_half) = group(&ends, halves, |e| e.1 .0);
            group(&by_half, stops, |e| e.0).1
        };
        let (touch_start, _) = group(&ends, stops, |e| e.0);
        let touching: Vec<(usize, usize, bool)> =
            by_stop_and_half.into_iter().map(|(_, t)| t).collect();
        // Every stop's pieces lie in the half-gap before its layer and the one after: by
        // half-gap, the left side's come first.
        let sides = (0..stops)
            .map(|s| {
                let (start, end) = (touch_start[s], touch_start[s + 1]);
                let left = touching[start..end]
                    .iter()
                    .take_while(|&&(_, _, left)| !left)
                    .count();
                [start, start + left, end].map(|i| i as u32)
            })
            .collect();
        let mut near_of: Vec<(usize, usize)> = Vec::new();
        for path in &graph.paths {
            for (i, stop) in path.stops.iter().enumerate() {
                if let Stop::Marker(m) = *stop {
                    for k in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
                        if let Some(Stop::Node(n)) = path.stops.get(k) {
                            near_of.push((m, *n));
                        }
                    }
                }
            }
        }
        let (near_start, near) = group(&near_of, graph.mechanisms.len(), |e| e.0);
        Pieces {
            pieces,
            half_start,
            by_half,
            touching,
            sides,
            near_start,
            near: near.into_iter().map(|(_, n)| n).collect(),
        }
    }

    /// Where marker `m` would like to be: the mean height of the nodes next to it.
    pub fn wanted(&self, m: usize, centre: &[f64]) -> f64 {
        let near = &self.near[self.near_start[m]..self.near_start[m + 1]];
        let sum: f64 = near.iter().map(|&n| centre[n]).sum();
        sum / near.len().max(1) as f64
    }

    /// Marker heights as drawn: each gap's markers in their order, as near as they can be to
    /// where they would like to be while at least MARKER_SPACING apart, and kept within the
    /// lanes.
    pub fn markers(&self, packed: &Packed, gaps: &[Vec<usize>]) -> Vec<f64> {
        let mut y: Vec<f64> = (0..self.near_start.len() - 1)
            .map(|m| self.wanted(m, &packed.centre))
            .collect();
        let low = packed.lanes_top() + MARKER_SPACING / 2.0;
        let high = packed.bottom - MARKER_SPACING / 2.0;
        let mut room = Spreading::default();
        for members in gaps {
            spread(members, &mut y, low, high, &mut room);
        }
        y
    }

    /// Every stop's height, by slot: the nodes, then the markers.
    fn heights(centre: &[f64], marker_y: &[f64]) -> Vec<f64> {
        let mut y = Vec::with_capacity(centre.len() + marker_y.len());
        y.extend_from_slice(centre);
        y.extend_from_slice(marker_y);
        y
    }

    /// Crossings between arrows, counted exactly on the layered drawing: every piece of an
    /// arrow runs between two neighbouring layers over the same x range as the others there,
    /// with horizontal ends, so two pieces cross exactly when their ends come in opposite
    /// orders. n log n.
    pub fn crossings(&self, centre: &[f64], marker_y: &[f64]) -> usize {
        let y = Self::heights(centre, marker_y);
        let mut ends: Vec<(f64, f64)> = Vec::new();
        let mut right: Vec<f64> = Vec::new();
        let mut scratch: Vec<f64> = Vec::new();
        let mut total = 0;
        for h in 0..self.half_start.len() - 1 {
            ends.clear();
            ends.extend(
                self.by_half[self.half_start[h]..self.half_start[h + 1]]
                    .iter()
                    .map(|&p| (y[self.pieces[p].left], y[self.pieces[p].right])),
            );
            ends.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            right.clear();
            right.extend(ends.iter().map(|e| e.1));
            total += inversions(&mut right, &mut scratch);
        }
        total
    }

    /// Per stop, the pieces it is an end of with the other end's height, for weighing pairs.
    pub fn touching(&self, centre: &[f64], marker_y: &[f64]) -> Touching<'_> {
        let y = Self::heights(centre, marker_y);
        let pieces = self
            .touching
            .iter()
            .map(|&(_, p, left)| {
                let piece = &self.pieces[p];
                let other = if left { piece.right } else { piece.left };
                (y[other], piece.level(&y))
            })
            .collect();
        Touching {
            sides: &self.sides,
            pieces,
        }
    }
}

/// Places the markers of one gap, in their order, as near as they can be to their `y` while
/// at least MARKER_SPACING apart and between `low` and `high`.
fn spread(members: &[usize], y: &mut [f64], low: f64, high: f64, room: &mut Spreading) {
    // Least squares with markers at least MARKER_SPACING apart: with q_k = p_k - k·s the
    // constraint is q non-decreasing, an isotonic regression solved by pooling adjacent
    // violators.
    let Spreading { blocks, placed } = room;
    blocks.clear();
    placed.clear();
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
    for &(sum, count) in blocks.iter() {
        for _ in 0..count {
            let k = placed.len();
            placed.push((members[k], sum / count as f64 + k as f64 * MARKER_SPACING));
        }
    }
    let mut previous = f64::NEG_INFINITY;
    for (_, value) in placed.iter_mut() {
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
    for &(m, value) in placed.iter() {
        y[m] = value;
    }
}

/// Working room for [`spread`], reused from one gap to the next.
#[derive(Default)]
struct Spreading {
    blocks: Vec<(f64, usize)>,
    placed: Vec<(usize, f64)>,
}

/// Per stop (nodes, then markers): the other end's height of every piece of an arrow it is an
/// end of, and whether that piece is level (a stretch that keeps the stop's own height, so it
/// moves with the stop); each stop's pieces on its left side first, then those on its right.
pub(in crate::render) struct Touching<'a> {
    /// Stop `s`'s pieces are `pieces[sides[s][0]..sides[s][2]]`, those on its right side from
    /// `sides[s][1]` on.
    sides: &'a [[u32; 3]],
    pieces: Vec<(f64, bool)>,
}

impl Touching<'_> {
    /// Crossings between the arrows of `u` and `v`, two stops of one layer: with `u` above,
    /// and with `v` above. Only pieces on the same side can cross; two level stretches never
    /// do, since they move together.
    pub fn crossed(&self, u: usize, v: usize) -> (usize, usize) {
        let side = |s: usize| {
            let [start, right, end] = self.sides[s].map(|i| i as usize);
            (&self.pieces[start..right], &self.pieces[right..end])
        };
        let ((u_left, u_right), (v_left, v_right)) = (side(u), side(v));
        let (mut u_above, mut v_above) = (0, 0);
        for (a, b) in [(u_left, v_left), (u_right, v_right)] {
            for &(y, level) in a {
                // Counted without branching: this runs for every pair of neighbours a sifting
                // pass weighs, the ordering's innermost loop.
                for &(other, other_level) in b {
                    let counts = usize::from(!(level && other_level));
                    u_above += usize::from(y > other) * counts;
                    v_above += usize::from(y < other) * counts;
                }
            }
        }
        (u_above, v_above)
    }
}

/// Pairs i < j with values[i] > values[j], by merge sort; sorts `values`. `scratch` is
/// working room, reused between calls.
fn inversions(values: &mut [f64], scratch: &mut Vec<f64>) -> usize {
    // Short runs by insertion, which counts each inversion as it shifts past it: most
    // half-gaps hold a few dozen pieces.
    if values.len() <= 24 {
        let mut count = 0;
        for i in 1..values.len() {
            let value = values[i];
            let mut j = i;
            while j > 0 && values[j - 1] > value {
                values[j] = values[j - 1];
                j -= 1;
            }
            values[j] = value;
            count += i - j;
        }
        return count;
    }
    let middle = values.len() / 2;
    let mut count =
        inversions(&mut values[..middle], scratch) + inversions(&mut values[middle..], scratch);
    scratch.clear();
    let (mut i, mut j) = (0, middle);
    while i < middle && j < values.len() {
        if values[j] < values[i] {
            count += middle - i;
            scratch.push(values[j]);
            j += 1;
        } else {
            scratch.push(values[i]);
            i += 1;
        }
    }
    scratch.extend_from_slice(&values[i..middle]);
    scratch.extend_from_slice(&values[j..]);
    values.copy_from_slice(scratch);
    count
}

#[cfg(test)]
mod tests {
    use super::inversions;

    #[test]
    fn inversions_are_counted_strictly() {
        let mut scratch = Vec::new();
        assert_eq!(inversions(&mut [1.0, 2.0, 3.0], &mut scratch), 0);
        assert_eq!(inversions(&mut [3.0, 2.0, 1.0], &mut scratch), 3);
        assert_eq!(inversions(&mut [2.0, 2.0, 1.0], &mut scratch), 2);
        assert_eq!(inversions(&mut [1.0, 1.0], &mut scratch), 0);
        // Longer than the insertion sort's runs, against counting every pair.
        let mut values: Vec<f64> = (0..300).map(|i| ((i * 7919) % 101) as f64).collect();
        let pairs = (0..values.len())
            .flat_map(|i| (i + 1..values.len()).map(move |j| (i, j)))
            .filter(|&(i, j)| values[i] > values[j])
            .count();
        assert_eq!(inversions(&mut values, &mut scratch), pairs);
        assert!(values.windows(2).all(|w| w[0] <= w[1]));
    }
}
