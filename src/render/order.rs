//! Orders the boxes within each cell to reduce crossing arrows (barycentre heuristic):
//! each box moves toward the average height of what it is connected to, over a few sweeps.

use super::layout::Pending;
use super::view::View;
use crate::model::{ItemRef, Theory};
use std::collections::HashMap;

const SWEEPS: usize = 8;

pub(super) fn order_cells(theory: &Theory, view: &View, pending: &mut [Pending]) {
    let index: HashMap<ItemRef, usize> = pending
        .iter()
        .enumerate()
        .map(|(i, p)| (p.item, i))
        .collect();
    let lanes = pending.iter().map(|p| p.lane + 1).max().unwrap_or(1) as f64;
    let resource_column = pending
        .iter()
        .find(|p| matches!(p.item, ItemRef::Resource(_)))
        .map(|p| p.column);

    // Cells as lists of pending indices, in file order to begin with.
    let mut cells: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (i, p) in pending.iter().enumerate() {
        cells.entry((p.column, p.lane)).or_default().push(i);
    }
    let mut keys: Vec<(usize, usize)> = cells.keys().copied().collect();
    keys.sort();

    // Mechanisms as (sources, targets) among the shown boxes.
    let ends = |refs: &[crate::model::Reference<ItemRef>]| -> Vec<usize> {
        refs.iter()
            .filter_map(|r| r.target.and_then(|t| index.get(&t).copied()))
            .collect()
    };
    let mechanisms: Vec<(Vec<usize>, Vec<usize>)> = theory
        .mechanisms
        .iter()
        .enumerate()
        .filter(|(m, _)| view.mechanisms[*m])
        .map(|(_, m)| (ends(&m.from), ends(&m.to)))
        .collect();
    let uses: Vec<(usize, usize)> = theory
        .activities
        .iter()
        .enumerate()
        .filter_map(|(a, activity)| index.get(&ItemRef::Activity(a)).map(|&ai| (ai, activity)))
        .flat_map(|(ai, activity)| {
            activity
                .uses
                .iter()
                .filter_map(|r| r.target.and_then(|t| index.get(&t).copied()))
                .map(move |ri| (ri, ai))
        })
        // An output sits near the activities that produce it, as a resource near its users.
        .chain(
            theory
                .outputs
                .iter()
                .enumerate()
                .filter_map(|(o, output)| index.get(&ItemRef::Output(o)).map(|&oi| (oi, output)))
                .flat_map(|(oi, output)| {
                    output
                        .from
                        .iter()
                        .filter_map(|r| r.target.and_then(|t| index.get(&t).copied()))
                        .map(move |ai| (ai, oi))
                }),
        )
        .collect();

    let mut y = vec![0.0f64; pending.len()];
    let place = |cells: &HashMap<(usize, usize), Vec<usize>>, y: &mut Vec<f64>| {
        for (&(column, lane), members) in cells {
            let n = members.len() as f64;
            for (rank, &i) in members.iter().enumerate() {
                let within = (rank as f64 + 0.5) / n;
                y[i] = if Some(column) == resource_column {
                    within * lanes
                } else {
                    lane as f64 + within
                };
            }
        }
    };
    place(&cells, &mut y);

    for _ in 0..SWEEPS {
        let mut sum = vec![0.0f64; pending.len()];
        let mut count = vec![0usize; pending.len()];
        for (sources, targets) in &mechanisms {
            let mean =
                |ids: &[usize]| ids.iter().map(|&i| y[i]).sum::<f64>() / ids.len().max(1) as f64;
            let (source_mean, target_mean) = (mean(sources), mean(targets));
            for &s in sources {
                if !targets.is_empty() {
                    sum[s] += target_mean;
                    count[s] += 1;
                }
            }
            for &t in targets {
                if !sources.is_empty() {
                    sum[t] += source_mean;
                    count[t] += 1;
                }
            }
        }
        for &(resource, activity) in &uses {
            sum[resource] += y[activity];
            count[resource] += 1;
            sum[activity] += y[resource];
            count[activity] += 1;
        }
        for key in &keys {
            let members = cells.get_mut(key).expect("key from the map");
            let barycentre = |i: usize| {
                if count[i] > 0 {
                    sum[i] / count[i] as f64
                } else {
                    y[i]
                }
            };
            // Stable: ties keep their current order, so the result is deterministic.
            members.sort_by(|&a, &b| barycentre(a).total_cmp(&barycentre(b)));
        }
        place(&cells, &mut y);
    }

    let mut rank = vec![0usize; pending.len()];
    for members in cells.values() {
        for (r, &i) in members.iter().enumerate() {
            rank[i] = r;
        }
    }
    let mut order: Vec<usize> = (0..pending.len()).collect();
    order.sort_by_key(|&i| (pending[i].column, pending[i].lane, rank[i]));
    apply_permutation(pending, &order);
}

fn apply_permutation(pending: &mut [Pending], order: &[usize]) {
    let mut taken: Vec<Option<Pending>> = Vec::with_capacity(pending.len());
    for p in pending.iter_mut() {
        taken.push(Some(std::mem::replace(
            p,
            Pending {
                item: p.item,
                column: p.column,
                lane: p.lane,
                lines: Vec::new(),
                badge: None,
            },
        )));
    }
    for (slot, &i) in pending.iter_mut().zip(order) {
        *slot = taken[i].take().expect("a permutation uses each index once");
    }
}
