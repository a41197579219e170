//! The diagram as a layered graph, before anything has a place.
//!
//! Layers alternate: column 0, gap 0, column 1, gap 1, … where gap `g` is the space between
//! column `g` and column `g + 1`. A mechanism's marker sits in one gap; every arrow is a path of
//! stops, one per layer it crosses, so an arrow that passes a column does so through a
//! *waypoint* (a dummy node that takes a slot in that column like a thin box) instead of
//! running under the boxes there. This is the classic layered (Sugiyama) construction, with the
//! markers as the nodes of the gap layers.

use super::layout::Pending;
use super::view::View;
use crate::model::{Field, ItemRef, Reference, Theory, FROM, PRODUCED_BY, TO};
use std::collections::HashMap;

/// A box or a waypoint in a column.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub column: usize,
    pub lane: usize,
    /// `Some(i)`: the box of `pending[i]`; `None`: a waypoint.
    pub pending: Option<usize>,
}

/// A place an arrow passes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Stop {
    Node(usize),
    /// Index into `Graph::mechanisms`.
    Marker(usize),
}

/// A shown mechanism and the gap its marker sits in.
#[derive(Debug, Clone)]
pub(super) struct Mechanism {
    /// Index into the theory's mechanisms.
    pub index: usize,
    pub gap: usize,
}

/// One drawn arrow: from a box to a marker, from a marker to a box, or (an activity producing
/// an output) from box to box.
#[derive(Debug, Clone)]
pub(super) struct Path {
    /// Index into `Graph::mechanisms`.
    pub mechanism: Option<usize>,
    pub stops: Vec<Stop>,
}

#[derive(Debug, Clone)]
pub(super) struct Graph {
    /// The boxes first, at the index of their `pending` entry, then the waypoints.
    pub nodes: Vec<Node>,
    pub mechanisms: Vec<Mechanism>,
    pub paths: Vec<Path>,
    /// Whether a marker sits in the gap after the last column.
    pub uses_last_gap: bool,
}

impl Graph {
    /// The x order of a stop's layer: column `c` is `2c + 1`, gap `g` is `2g + 2`.
    pub fn layer(&self, stop: Stop) -> usize {
        match stop {
            Stop::Node(n) => 2 * self.nodes[n].column + 1,
            Stop::Marker(m) => 2 * self.mechanisms[m].gap + 2,
        }
    }

    /// A stop's index among all stops: the nodes first, then the markers.
    pub fn slot(&self, stop: Stop) -> usize {
        match stop {
            Stop::Node(n) => n,
            Stop::Marker(m) => self.nodes.len() + m,
        }
    }

    /// What each stop (by `slot`) is joined to: the stops next to it on every path through
    /// it, path by path.
    pub fn joined(&self) -> Vec<Vec<Stop>> {
        let mut joined = vec![Vec::new(); self.nodes.len() + self.mechanisms.len()];
        for path in &self.paths {
            for pair in path.stops.windows(2) {
                joined[self.slot(pair[0])].push(pair[1]);
                joined[self.slot(pair[1])].push(pair[0]);
            }
        }
        joined
    }
}

pub(super) fn plan(theory: &Theory, view: &View, pending: &[Pending], columns: usize) -> Graph {
    let box_of: HashMap<ItemRef, usize> = pending
        .iter()
        .enumerate()
        .map(|(i, p)| (p.item, i))
        .collect();
    let mut graph = Graph {
        nodes: pending
            .iter()
            .enumerate()
            .map(|(i, p)| Node {
                column: p.column,
                lane: p.lane,
                pending: Some(i),
            })
            .collect(),
        mechanisms: Vec::new(),
        paths: Vec::new(),
        uses_last_gap: false,
    };
    let find = |refs: &[Reference<ItemRef>], field: &Field| -> Vec<usize> {
        refs.iter()
            .filter_map(|r| r.target)
            .filter(|&t| field.accepts(t))
            .filter_map(|t| box_of.get(&t).copied())
            .collect()
    };
    for (index, mechanism) in theory
        .mechanisms
        .iter()
        .enumerate()
        .filter(|(m, _)| view.mechanisms[*m])
    {
        let sources = find(&mechanism.from, &FROM);
        let targets = find(&mechanism.to, &TO);
        let (Some(first_source), Some(first_target)) = (
            sources.iter().map(|&b| pending[b].column).min(),
            targets.iter().map(|&b| pending[b].column).min(),
        ) else {
            continue;
        };
        // Forward in time: the marker sits just before its earliest target, so every arrow
        // out of it enters its box from the left. Within one column (short → short) or back
        // in time, it sits to the right of its earliest target.
        let gap = if first_target > first_source {
            first_target - 1
        } else {
            first_target
        };
        graph.uses_last_gap |= gap + 1 >= columns;
        let m = graph.mechanisms.len();
        graph.mechanisms.push(Mechanism { index, gap });
        // Waypoints of a path stay in the lane of its box (or, for a box without a lane, of
        // the mechanism's first target), so an arrow leaves its lane only in a gap.
        let default_lane = targets.first().map_or(0, |&t| pending[t].lane);
        for &source in &sources {
            let mut stops = vec![Stop::Node(source)];
            let lane = lane_of(pending, source, default_lane);
            for column in between(pending[source].column, gap) {
                stops.push(Stop::Node(graph.waypoint(column, lane)));
            }
            stops.push(Stop::Marker(m));
            graph.paths.push(Path {
                mechanism: Some(m),
                stops,
            });
        }
        for &target in &targets {
            let mut stops = vec![Stop::Marker(m)];
            let lane = lane_of(pending, target, default_lane);
            let mut passed: Vec<usize> = between(pending[target].column, gap).collect();
            passed.reverse();
            for column in passed {
                stops.push(Stop::Node(graph.waypoint(column, lane)));
            }
            stops.push(Stop::Node(target));
            graph.paths.push(Path {
                mechanism: Some(m),
                stops,
            });
        }
    }
    // An activity producing an output: the two columns are neighbours, no marker between.
    for (o, output) in theory.outputs.iter().enumerate() {
        let Some(&to) = box_of.get(&ItemRef::Output(o)) else {
            continue;
        };
        for from in find(&output.from, &PRODUCED_BY) {
            graph.paths.push(Path {
                mechanism: None,
                stops: vec![Stop::Node(from), Stop::Node(to)],
            });
        }
    }
    graph
}

impl Graph {
    fn waypoint(&mut self, column: usize, lane: usize) -> usize {
        self.nodes.push(Node {
            column,
            lane,
            pending: None,
        });
        self.nodes.len() - 1
    }
}

fn lane_of(pending: &[Pending], b: usize, default: usize) -> usize {
    if matches!(pending[b].item, ItemRef::Resource(_)) {
        default
    } else {
        pending[b].lane
    }
}

/// The columns an arrow crosses between a box in `column` and a marker in `gap`, ordered from
/// the box toward the marker.
fn between(column: usize, gap: usize) -> Box<dyn Iterator<Item = usize>> {
    if column <= gap {
        // The box lies left of the marker: columns column+1 ..= gap.
        Box::new(column + 1..=gap)
    } else {
        // The box lies right of it: columns column-1 down to gap+1.
        Box::new((gap + 1..column).rev())
    }
}
