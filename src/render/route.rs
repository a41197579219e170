//! Draws the arranged graph: one marker per mechanism in its gap, and each arrow as orthogonal
//! runs with rounded bends between neighbouring layers, straight through its waypoints.
//!
//! Arrows meet a box at ports spread along its side in the order of their other ends, so
//! arrows at one box never cross there. In each half of a gap, every run that changes height
//! gets its own vertical track, ordered so that two runs cross only when their ends come in
//! opposite orders (then exactly once): the count the ordering minimised is the count drawn,
//! and arrows that share a stretch run side by side instead of on top of each other.

use super::layout::{Arrow, Marker, Point, Rect, Verdict};
use super::plan::{Graph, Stop};
use crate::model::Theory;
use std::collections::BTreeMap;
use tracks::assign_tracks;

mod tracks;

/// Between a column's edge and the first track.
const TRACK_PAD: f64 = 8.0;
/// Between neighbouring tracks.
pub(super) const TRACK_SPACING: f64 = 5.0;
/// Between the last track and a marker's centre.
const MARKER_CLEARANCE: f64 = super::layout::MARKER_RADIUS + 6.0;
const CORNER: f64 = 5.0;
const MARKER_RADIUS: f64 = super::layout::MARKER_RADIUS;

/// One stretch of an arrow across half a gap: `2g` is the left half of gap `g` (between
/// column `g` and the markers), `2g + 1` its right half.
#[derive(Debug, Clone)]
struct Run {
    half: usize,
    left: f64,
    right: f64,
    track: Option<usize>,
    /// The marker at the run's left or right end, if any: the run ends on its circle.
    left_marker: Option<usize>,
    right_marker: Option<usize>,
    /// The level rest of a run from one column to the next, across the gap's right half: it
    /// moves with the port of the box it enters.
    glued: bool,
}

/// What a port belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum End {
    Box(usize),
    Marker(usize),
}

/// A part of an arrow, from its start.
#[derive(Debug, Clone, Copy)]
enum Part {
    /// A run, entered from its left side when `rightward`.
    Run { run: usize, rightward: bool },
    /// Straight across a column at a waypoint.
    Through { column: usize, y: f64 },
}

/// An arrow before it has x coordinates: its mechanism, parts, and the boxes it leaves and
/// enters.
type Planned = (Option<usize>, Vec<Part>, Option<usize>, Option<usize>);

/// (other end's height, run, the end is at the run's left), per port side.
type PortList = Vec<(f64, usize, bool)>;

/// The arrows with every height fixed and every track chosen; what remains is where the
/// columns and gaps are across the page, which depends on how many tracks each half needs.
pub(super) struct Routes {
    runs: Vec<Run>,
    arrows: Vec<Planned>,
    /// Per half-gap: how many tracks it needs.
    pub tracks: Vec<usize>,
}

impl Routes {
    /// The width half-gap `half` needs: its tracks and the room around them.
    pub fn half_width(&self, half: usize, minimum: f64) -> f64 {
        let tracks = self.tracks.get(half).copied().unwrap_or(0) as f64;
        (TRACK_PAD + tracks * TRACK_SPACING + MARKER_CLEARANCE).max(minimum)
    }
}

/// Fixes every arrow's heights (ports included) and tracks. `rects` gives each box's
/// vertical extent (its x is not known yet).
pub(super) fn routes(
    graph: &Graph,
    rects: &[Rect],
    centre: &[f64],
    marker_y: &[f64],
    columns: usize,
) -> Routes {
    let mut plan = Planning {
        graph,
        centre,
        marker_y,
        runs: Vec::new(),
        ports: BTreeMap::new(),
    };
    let arrows: Vec<Planned> = graph.paths.iter().map(|path| plan.path(path)).collect();
    let mut runs = plan.runs;
    spread_ports(plan.ports, rects, marker_y, &mut runs);
    glue(&arrows, &mut runs);
    let tracks = assign_tracks(&mut runs, 2 * columns);
    Routes {
        runs,
        arrows,
        tracks,
    }
}

/// The runs of every arrow, and the ports where they meet boxes and markers, while they are
/// planned.
struct Planning<'a> {
    graph: &'a Graph,
    centre: &'a [f64],
    marker_y: &'a [f64],
    runs: Vec<Run>,
    /// (end, its right side) → (other end's height, run, the end is at the run's left).
    /// Arrows at a marker meet its circle at ports too, so no two share a stretch of line.
    ports: BTreeMap<(End, bool), PortList>,
}

impl Planning<'_> {
    fn height(&self, s: Stop) -> f64 {
        match s {
            Stop::Node(n) => self.centre[n],
            Stop::Marker(m) => self.marker_y[m],
        }
    }

    /// One arrow: a run per pair of neighbouring stops, straight through its waypoints.
    fn path(&mut self, path: &super::plan::Path) -> Planned {
        let graph = self.graph;
        let mut parts = Vec::new();
        for (i, pair) in path.stops.windows(2).enumerate() {
            if i > 0 {
                if let Stop::Node(n) = pair[0] {
                    parts.push(Part::Through {
                        column: graph.nodes[n].column,
                        y: self.centre[n],
                    });
                }
            }
            self.pair(pair[0], pair[1], &mut parts);
        }
        let box_at = |s: Stop| match s {
            Stop::Node(n) => graph.nodes[n].pending,
            Stop::Marker(_) => None,
        };
        (
            path.mechanism.map(|m| graph.mechanisms[m].index),
            parts,
            box_at(path.stops[0]),
            box_at(*path.stops.last().expect("a path has two stops")),
        )
    }

    /// The run from stop `a` to stop `b`, with its ports; a run from one column to the next
    /// gets its level rest across the gap's right half too.
    fn pair(&mut self, a: Stop, b: Stop, parts: &mut Vec<Part>) {
        let graph = self.graph;
        let rightward = graph.layer(b) > graph.layer(a);
        let (l, r) = if rightward { (a, b) } else { (b, a) };
        let half = match (l, r) {
            (Stop::Node(n), _) => 2 * graph.nodes[n].column,
            (Stop::Marker(m), _) => 2 * graph.mechanisms[m].gap + 1,
        };
        let marker = |s: Stop| match s {
            Stop::Marker(m) => Some(m),
            Stop::Node(_) => None,
        };
        let run = self.runs.len();
        self.runs.push(Run {
            half,
            left: self.height(l),
            right: self.height(r),
            track: None,
            left_marker: marker(l),
            right_marker: marker(r),
            glued: false,
        });
        for (stop, at_left, other) in [(l, true, self.height(r)), (r, false, self.height(l))] {
            let end = match stop {
                Stop::Node(n) => graph.nodes[n].pending.map(End::Box),
                Stop::Marker(m) => Some(End::Marker(m)),
            };
            if let Some(end) = end {
                self.ports
                    .entry((end, at_left))
                    .or_default()
                    .push((other, run, at_left));
            }
        }
        parts.push(Part::Run { run, rightward });
        // A run between two columns ends at the next column: the right half is level.
        if let (Stop::Node(_), Stop::Node(_)) = (l, r) {
            let level = self.runs.len();
            let y = self.runs[run].right;
            self.runs.push(Run {
                half: half + 1,
                left: y,
                right: y,
                track: None,
                left_marker: None,
                right_marker: None,
                glued: true,
            });
            let place = if rightward {
                parts.len()
            } else {
                parts.len() - 1
            };
            parts.insert(
                place,
                Part::Run {
                    run: level,
                    rightward,
                },
            );
            // The box at the right end keeps its port on the level run.
            if let Stop::Node(n) = r {
                if let Some(b) = graph.nodes[n].pending {
                    let list = self
                        .ports
                        .get_mut(&(End::Box(b), false))
                        .expect("just added");
                    let entry = list.last_mut().expect("just added");
                    entry.1 = level;
                }
            }
        }
    }
}

/// Spreads the arrows meeting each side of a box (over the middle half of the side) or of a
/// marker (over most of it) in the order of their other ends, so that they never cross there.
fn spread_ports(
    ports: BTreeMap<(End, bool), PortList>,
    rects: &[Rect],
    marker_y: &[f64],
    runs: &mut [Run],
) {
    for ((end, _), mut list) in ports {
        list.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        let (middle, spread) = match end {
            End::Box(b) => (rects[b].y + rects[b].height / 2.0, rects[b].height / 2.0),
            End::Marker(m) => (marker_y[m], 1.2 * MARKER_RADIUS),
        };
        let count = list.len();
        for (k, &(_, run, at_left)) in list.iter().enumerate() {
            let y = if count == 1 {
                middle
            } else {
                middle + spread * (k as f64 / (count - 1) as f64 - 0.5)
            };
            // A box at a run's left side is the run's start; a level run moves whole.
            let run = &mut runs[run];
            if at_left {
                run.left = y;
            } else {
                run.right = y;
            }
            if run.glued {
                run.left = y;
            }
        }
    }
}

/// A level run glued to a run before it: the earlier run ends where the level one is.
fn glue(arrows: &[Planned], runs: &mut [Run]) {
    for (_, parts, _, _) in arrows {
        for pair in parts.windows(2) {
            if let (Part::Run { run: a, .. }, Part::Run { run: b, .. }) = (pair[0], pair[1]) {
                if runs[b].glued {
                    runs[a].right = runs[b].left;
                } else if runs[a].glued {
                    runs[b].right = runs[a].left;
                }
            }
        }
    }
}

/// Where the columns and gaps are across the page.
pub(super) struct Across {
    pub column_left: Vec<f64>,
    pub column_width: f64,
    /// The middle of gap `g` (where its markers sit), between column `g` and `g + 1`.
    pub gap_middle: Vec<f64>,
}

impl Across {
    fn half_left(&self, half: usize) -> f64 {
        let g = half / 2;
        if half.is_multiple_of(2) {
            self.column_left[g] + self.column_width
        } else {
            self.gap_middle[g]
        }
    }
}

pub(super) fn draw(
    theory: &Theory,
    graph: &Graph,
    routes: &Routes,
    marker_y: &[f64],
    across: &Across,
) -> (Vec<Marker>, Vec<Arrow>) {
    let markers: Vec<Marker> = graph
        .mechanisms
        .iter()
        .enumerate()
        .map(|(m, plan)| {
            let mechanism = &theory.mechanisms[plan.index];
            Marker {
                mechanism: plan.index,
                id: mechanism.header.id.clone(),
                // Numbered in file order, so "mechanism 3" is the same one in every view.
                number: plan.index + 1,
                center: Point {
                    x: across.gap_middle[plan.gap],
                    y: marker_y[m],
                },
                draft: mechanism.draft,
                verdict: Verdict::of(mechanism.finding.as_ref().map(|f| f.status)),
            }
        })
        .collect();
    let arrows = routes
        .arrows
        .iter()
        .map(|(mechanism, parts, from_box, to_box)| {
            let mut points: Vec<[Point; 4]> = Vec::new();
            for part in parts {
                match *part {
                    Part::Through { column, y } => {
                        let left = across.column_left[column];
                        let right = left + across.column_width;
                        let rightward = points.last().is_none_or(|p| p[3].x <= left + 0.5);
                        let (a, b) = if rightward {
                            (left, right)
                        } else {
                            (right, left)
                        };
                        points.push(line(Point { x: a, y }, Point { x: b, y }));
                    }
                    Part::Run { run, rightward } => {
                        let mut pieces = run_pieces(&routes.runs[run], across, marker_y);
                        if !rightward {
                            pieces.reverse();
                            for p in &mut pieces {
                                p.reverse();
                            }
                        }
                        points.extend(pieces);
                    }
                }
            }
            Arrow {
                mechanism: *mechanism,
                pieces: points,
                from_box: *from_box,
                to_box: *to_box,
                inferred: None,
            }
        })
        .collect();
    (markers, arrows)
}

/// A run drawn left to right: level, or along its track with two rounded bends.
fn run_pieces(run: &Run, across: &Across, marker_y: &[f64]) -> Vec<[Point; 4]> {
    let g = run.half / 2;
    let x0 = across.half_left(run.half);
    let base = x0;
    let x1 = if run.half.is_multiple_of(2) {
        across.gap_middle[g]
    } else {
        across.column_left[g + 1]
    };
    // An end at a marker lies on its circle, at the port's height.
    let on_circle = |m: Option<usize>, y: f64, x: f64, outward: f64| match m {
        Some(m) => {
            let dy = y - marker_y[m];
            x + outward * (MARKER_RADIUS * MARKER_RADIUS - dy * dy).max(0.0).sqrt()
        }
        None => x,
    };
    let x0 = on_circle(run.left_marker, run.left, x0, 1.0);
    let x1 = on_circle(run.right_marker, run.right, x1, -1.0);
    let start = Point { x: x0, y: run.left };
    let end = Point {
        x: x1,
        y: run.right,
    };
    let Some(track) = run.track else {
        return vec![line(start, end)];
    };
    let x = if run.half.is_multiple_of(2) {
        base + TRACK_PAD + (track as f64 + 0.5) * TRACK_SPACING
    } else {
        base + MARKER_CLEARANCE + (track as f64 + 0.5) * TRACK_SPACING
    };
    let dy = run.right - run.left;
    let sign = dy.signum();
    let r = CORNER.min(dy.abs() / 2.0).min(x - x0).min(x1 - x);
    // A quarter circle as a cubic: the control points lie this far along the tangents.
    let k = 0.552 * r;
    let first = Point {
        x: x - r,
        y: run.left,
    };
    let down = Point {
        x,
        y: run.left + sign * r,
    };
    let up = Point {
        x,
        y: run.right - sign * r,
    };
    let last = Point {
        x: x + r,
        y: run.right,
    };
    vec![
        line(start, first),
        [
            first,
            Point {
                x: first.x + k,
                y: first.y,
            },
            Point {
                x,
                y: down.y - sign * k,
            },
            down,
        ],
        line(down, up),
        [
            up,
            Point {
                x,
                y: up.y + sign * k,
            },
            Point {
                x: last.x - k,
                y: last.y,
            },
            last,
        ],
        line(last, end),
    ]
}

fn line(a: Point, b: Point) -> [Point; 4] {
    let at = |t: f64| Point {
        x: a.x + (b.x - a.x) * t,
        y: a.y + (b.y - a.y) * t,
    };
    [a, at(1.0 / 3.0), at(2.0 / 3.0), b]
}
