//! Tracks for the runs of one half-gap: first fit, in an order that makes runs cross only when
//! their ends swap.
//!
//! A run must keep clear of the placed runs it overlaps in height. Comparing it with every
//! placed run made this quadratic in the runs of one half-gap (a chain of 20 000 effects in one
//! column took 3 s, 200 000 would take minutes), so placed runs are filed in height buckets and
//! a run meets only those near it: the cost grows with the runs times how many overlap.

use super::{Run, TRACK_SPACING};

/// Gives each run that changes height a track in its half-gap. Of two overlapping runs going
/// down, the one starting higher takes the track further right; going up, further left: then
/// two runs cross only when their ends swap order. Returns the tracks used per half-gap.
pub(super) fn assign_tracks(runs: &mut [Run], halves: usize) -> Vec<usize> {
    let mut by_half: Vec<Vec<usize>> = vec![Vec::new(); halves];
    for (i, run) in runs.iter().enumerate() {
        if (run.left - run.right).abs() > 0.5 {
            if by_half.len() <= run.half {
                by_half.resize(run.half + 1, Vec::new());
            }
            by_half[run.half].push(i);
        }
    }
    let mut counts = vec![0; by_half.len()];
    let mut seen = vec![usize::MAX; runs.len()];
    for (half, members) in by_half.iter_mut().enumerate() {
        members.sort_by(|&a, &b| {
            let (ra, rb) = (&runs[a], &runs[b]);
            down(rb)
                .cmp(&down(ra))
                .then_with(|| {
                    // Ties at a shared start: the run that turns away less goes nearer to the
                    // start, so the other bends round it.
                    if down(ra) {
                        rb.left
                            .total_cmp(&ra.left)
                            .then(rb.right.total_cmp(&ra.right))
                    } else {
                        ra.left
                            .total_cmp(&rb.left)
                            .then(ra.right.total_cmp(&rb.right))
                    }
                })
                .then(a.cmp(&b))
        });
        let mut placed = Buckets::new(members.iter().map(|&i| span(&runs[i])));
        let mut overlapping = Vec::new();
        for &i in members.iter() {
            let (top, bottom) = span(&runs[i]);
            overlapping.clear();
            placed.near(top, bottom, |j| {
                // A run filed in several buckets is met once per bucket: count it once.
                if seen[j] != i {
                    seen[j] = i;
                    let (t, b) = span(&runs[j]);
                    if t < bottom + TRACK_SPACING && top < b + TRACK_SPACING {
                        overlapping.push(j);
                    }
                }
            });
            let floor = overlapping
                .iter()
                .filter(|&&j| down(&runs[j]) == down(&runs[i]))
                .map(|&j| runs[j].track.expect("placed") + 1)
                .max()
                .unwrap_or(0);
            let mut taken: Vec<usize> = overlapping
                .iter()
                .filter_map(|&j| runs[j].track)
                .filter(|&t| t >= floor)
                .collect();
            taken.sort_unstable();
            let mut track = floor;
            for t in taken {
                if t == track {
                    track += 1;
                } else if t > track {
                    break;
                }
            }
            runs[i].track = Some(track);
            counts[half] = counts[half].max(track + 1);
            placed.file(i, top, bottom);
        }
    }
    counts
}

fn down(run: &Run) -> bool {
    run.right > run.left
}

/// The heights a run covers, top first.
fn span(run: &Run) -> (f64, f64) {
    (run.left.min(run.right), run.left.max(run.right))
}

/// Placed runs filed by height, in buckets about as tall as a typical run.
struct Buckets {
    top: f64,
    height: f64,
    runs: Vec<Vec<usize>>,
}

impl Buckets {
    fn new(spans: impl Iterator<Item = (f64, f64)>) -> Self {
        let spans: Vec<(f64, f64)> = spans.collect();
        let top = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
        let bottom = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
        let mut lengths: Vec<f64> = spans.iter().map(|s| s.1 - s.0).collect();
        let middle = lengths.len() / 2;
        let typical = if lengths.is_empty() {
            0.0
        } else {
            *lengths.select_nth_unstable_by(middle, f64::total_cmp).1
        };
        let height = typical.max(8.0 * TRACK_SPACING);
        let count = if spans.is_empty() {
            0
        } else {
            ((bottom - top) / height) as usize + 1
        };
        Self {
            top,
            height,
            runs: vec![Vec::new(); count],
        }
    }

    /// The buckets from the one holding `from` to the one holding `to`, clamped to the range.
    fn range(&self, from: f64, to: f64) -> std::ops::RangeInclusive<usize> {
        let last = self.runs.len().saturating_sub(1);
        let at = |y: f64| (((y - self.top) / self.height).max(0.0) as usize).min(last);
        at(from)..=at(to)
    }

    fn file(&mut self, run: usize, top: f64, bottom: f64) {
        for b in self.range(top - TRACK_SPACING, bottom + TRACK_SPACING) {
            self.runs[b].push(run);
        }
    }

    /// Calls `visit` with every filed run that may come within a track spacing of
    /// `top..bottom` (some more than once).
    fn near(&self, top: f64, bottom: f64, mut visit: impl FnMut(usize)) {
        for b in self.range(top, bottom) {
            for &run in &self.runs[b] {
                visit(run);
            }
        }
    }
}
