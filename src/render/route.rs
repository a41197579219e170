//! Places one numbered marker per mechanism in the gap before its targets, and routes curved
//! arrows from its sources into the marker and out of it into its targets.

use super::layout::{Arrow, Column, ItemBox, Marker, Point, MARKER_RADIUS};
use super::view::View;
use crate::model::{Field, ItemRef, Theory, FROM, PRODUCED_BY, TO};
use std::collections::{BTreeMap, HashMap};

struct Plan {
    mechanism: usize,
    sources: Vec<usize>,
    targets: Vec<usize>,
    x: f64,
    y: f64,
}

pub(super) fn mechanisms(
    theory: &Theory,
    view: &View,
    boxes: &[ItemBox],
    columns: &[Column],
    column_x: impl Fn(usize) -> f64,
    column_width: f64,
    gap: f64,
) -> (Vec<Marker>, Vec<Arrow>) {
    let box_of: HashMap<ItemRef, usize> =
        boxes.iter().enumerate().map(|(i, b)| (b.item, i)).collect();
    let column_index = |b: usize| {
        columns
            .iter()
            .position(|c| *c == boxes[b].column)
            .unwrap_or(0)
    };
    let center_y = |b: usize| boxes[b].rect.y + boxes[b].rect.height / 2.0;

    let mut plans = Vec::new();
    for (m, mechanism) in theory
        .mechanisms
        .iter()
        .enumerate()
        .filter(|(m, _)| view.mechanisms[*m])
    {
        let find = |refs: &[crate::model::Reference<ItemRef>], field: &Field| -> Vec<usize> {
            refs.iter()
                .filter_map(|r| r.target)
                .filter(|&t| field.accepts(t))
                .filter_map(|t| box_of.get(&t).copied())
                .collect()
        };
        let sources = find(&mechanism.from, &FROM);
        let targets = find(&mechanism.to, &TO);
        if sources.is_empty() || targets.is_empty() {
            continue;
        }
        let last_source = sources.iter().map(|&b| column_index(b)).max().unwrap_or(0);
        let first_target = targets.iter().map(|&b| column_index(b)).min().unwrap_or(0);
        let x = if last_source < first_target {
            column_x(first_target) - gap / 2.0
        } else {
            // Within one column (short → short): the marker sits in the gap to its right.
            let last = targets
                .iter()
                .map(|&b| column_index(b))
                .max()
                .unwrap_or(0)
                .max(last_source);
            column_x(last) + column_width + gap / 2.0
        };
        let ends: Vec<usize> = sources.iter().chain(&targets).copied().collect();
        let y = ends.iter().map(|&b| center_y(b)).sum::<f64>() / ends.len() as f64;
        plans.push(Plan {
            mechanism: m,
            sources,
            targets,
            x,
            y,
        });
    }

    // Markers sharing a gap are pushed apart so they never overlap.
    let mut by_gap: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for (i, plan) in plans.iter().enumerate() {
        by_gap.entry(plan.x.round() as i64).or_default().push(i);
    }
    let spacing = 2.0 * MARKER_RADIUS + 6.0;
    for members in by_gap.values_mut() {
        members.sort_by(|&a, &b| {
            plans[a]
                .y
                .total_cmp(&plans[b].y)
                .then(plans[a].mechanism.cmp(&plans[b].mechanism))
        });
        let mut previous = f64::NEG_INFINITY;
        for &i in members.iter() {
            plans[i].y = plans[i].y.max(previous + spacing);
            previous = plans[i].y;
        }
    }

    let markers: Vec<Marker> = plans
        .iter()
        .map(|plan| Marker {
            mechanism: plan.mechanism,
            id: theory.mechanisms[plan.mechanism].header.id.clone(),
            // Numbered in file order, so "mechanism 3" is the same one in every view.
            number: plan.mechanism + 1,
            center: Point {
                x: plan.x,
                y: plan.y,
            },
            draft: theory.mechanisms[plan.mechanism].draft,
        })
        .collect();

    // Ports: the arrows at one side of a box are spread along it in the order of their other ends.
    let mut ports: HashMap<(usize, bool), Vec<(f64, usize)>> = HashMap::new();
    let mut arrows = Vec::new();
    for (p, plan) in plans.iter().enumerate() {
        let marker = markers[p].center;
        let sources = plan.sources.iter().map(|&b| (b, true));
        for (b, leaves) in sources.chain(plan.targets.iter().map(|&b| (b, false))) {
            let rect = boxes[b].rect;
            // Markers sit in the gaps between columns, so the side facing the marker is the
            // one the arrow uses.
            let right = plan.x > rect.x + rect.width / 2.0;
            ports
                .entry((b, right))
                .or_default()
                .push((plan.y, arrows.len()));
            let edge = Point {
                x: if right { rect.right() } else { rect.x },
                y: 0.0,
            };
            arrows.push(Arrow {
                mechanism: Some(plan.mechanism),
                start: if leaves { edge } else { marker },
                control1: marker,
                control2: marker,
                end: if leaves { marker } else { edge },
                from_box: leaves.then_some(b),
                to_box: (!leaves).then_some(b),
            });
        }
    }
    // An activity producing an output: a plain arrow from box to box, no marker between.
    for (o, output) in theory.outputs.iter().enumerate() {
        let Some(&to) = box_of.get(&ItemRef::Output(o)) else {
            continue;
        };
        for activity in output.from.iter().filter_map(|r| r.target) {
            let Some(&from) = box_of
                .get(&activity)
                .filter(|_| PRODUCED_BY.accepts(activity))
            else {
                continue;
            };
            let (start, end) = (boxes[from].rect, boxes[to].rect);
            ports
                .entry((from, true))
                .or_default()
                .push((end.y + end.height / 2.0, arrows.len()));
            ports
                .entry((to, false))
                .or_default()
                .push((start.y + start.height / 2.0, arrows.len()));
            let (a, b) = (
                Point {
                    x: start.right(),
                    y: 0.0,
                },
                Point { x: end.x, y: 0.0 },
            );
            arrows.push(Arrow {
                mechanism: None,
                start: a,
                control1: a,
                control2: b,
                end: b,
                from_box: Some(from),
                to_box: Some(to),
            });
        }
    }
    let mut sides: Vec<_> = ports.into_iter().collect();
    sides.sort_by_key(|((b, right), _)| (*b, *right));
    for ((b, _), mut list) in sides {
        list.sort_by(|a, c| a.0.total_cmp(&c.0).then(a.1.cmp(&c.1)));
        let rect = boxes[b].rect;
        let n = list.len() as f64;
        let span = rect.height * 0.5;
        for (k, &(_, a)) in list.iter().enumerate() {
            let y = if n == 1.0 {
                rect.y + rect.height / 2.0
            } else {
                rect.y + rect.height * 0.25 + span * k as f64 / (n - 1.0)
            };
            let arrow = &mut arrows[a];
            if arrow.from_box == Some(b) {
                arrow.start.y = y;
            } else {
                arrow.end.y = y;
            }
        }
    }
    for arrow in &mut arrows {
        let dx = arrow.end.x - arrow.start.x;
        let bend = (dx.abs() * 0.5).max(24.0);
        let leave = if arrow.from_box.is_some() {
            side_direction(arrow.start.x, boxes, arrow.from_box)
        } else {
            dx.signum()
        };
        let arrive = if arrow.to_box.is_some() {
            -side_direction(arrow.end.x, boxes, arrow.to_box)
        } else {
            dx.signum()
        };
        arrow.control1 = Point {
            x: arrow.start.x + leave * bend,
            y: arrow.start.y,
        };
        arrow.control2 = Point {
            x: arrow.end.x - arrive * bend,
            y: arrow.end.y,
        };
    }
    (markers, arrows)
}

/// +1 when `x` is a box's right edge (arrows leave or enter rightwards), -1 for its left edge.
fn side_direction(x: f64, boxes: &[ItemBox], b: Option<usize>) -> f64 {
    match b {
        Some(b) if (x - boxes[b].rect.x).abs() < 0.5 => -1.0,
        _ => 1.0,
    }
}
