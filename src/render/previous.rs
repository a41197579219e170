//! An earlier drawing of a theory, read back from its SVG, so that a new drawing can keep its
//! order (`verkan render --previous OLD.svg`, `verkan build`, `verkan serve`).
//!
//! Only the SVG's documented data attributes are read (see the README's "The SVG as a
//! contract"): each item's `data-id`, `data-column` and box, each lane band's
//! `data-perspective` and rectangle, each marker's `data-mechanism` and circle. What the
//! ordering keeps is relative: the order of the boxes within each cell and of the markers
//! within each gap. Heights are compared only within one cell, so a lane that grew does not
//! disturb it.

use super::layout::{Draft, Layout};
use super::order::Places;
use super::plan::Stop;
use super::svg::column_name;
use crate::compile::Compiled;
use std::collections::HashMap;

/// What an earlier drawing says about the order of its parts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Previous {
    /// Per item id: its column's name, its lane's perspective (`None`: no lane, or the lane
    /// of items without a perspective) and the top of its box.
    boxes: HashMap<String, (String, Option<String>, f64)>,
    /// Per mechanism id: the height of its marker.
    markers: HashMap<String, f64>,
    /// Per column's name: the middle of its boxes across the page.
    column_middle: HashMap<String, f64>,
    /// Per arrow (`data-from`, `data-to`): its level stretches, (left, right, height).
    arrows: HashMap<(String, String), Vec<Stretch>>,
    /// The lane bands: (top, bottom, perspective).
    lanes: Vec<(f64, f64, Option<String>)>,
}

/// A level stretch of an arrow: (left, right, height).
type Stretch = (f64, f64, f64);

/// Why an earlier drawing cannot be used; the new drawing is then made afresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// The file cannot be read: the system's message.
    Unreadable(String),
    /// Not an SVG document: the parser's message.
    NotSvg(String),
    /// An SVG, but not one verkan drew: no item carries a `data-id`.
    NoItems,
    /// A drawing of another theory: none of its items is in this one.
    OtherTheory,
}

impl Previous {
    /// Reads the SVG text of an earlier drawing.
    pub fn read(svg: &str) -> Result<Previous, Unusable> {
        let document =
            roxmltree::Document::parse(svg).map_err(|e| Unusable::NotSvg(e.to_string()))?;
        let number = |node: roxmltree::Node, name: &str| {
            node.attribute(name)
                .and_then(|v| v.trim().parse::<f64>().ok())
        };
        let class = |node: roxmltree::Node, name: &str| {
            node.attribute("class")
                .is_some_and(|c| c.split_whitespace().any(|w| w == name))
        };
        fn first<'a, 'i>(
            node: roxmltree::Node<'a, 'i>,
            tag: &str,
        ) -> Option<roxmltree::Node<'a, 'i>> {
            node.descendants()
                .find(|d| d.is_element() && d.tag_name().name() == tag)
        }
        let mut lanes: Vec<(f64, f64, Option<String>)> = Vec::new();
        let mut previous = Previous::default();
        for node in document.descendants().filter(|n| n.is_element()) {
            if class(node, "lane-band") {
                let Some(rect) = first(node, "rect") else {
                    continue;
                };
                if let (Some(y), Some(height)) = (number(rect, "y"), number(rect, "height")) {
                    let perspective = node
                        .attribute("data-perspective")
                        .filter(|p| !p.is_empty())
                        .map(str::to_string);
                    lanes.push((y, y + height, perspective));
                }
            } else if class(node, "item") {
                let (Some(id), Some(column)) =
                    (node.attribute("data-id"), node.attribute("data-column"))
                else {
                    continue;
                };
                let Some(top) = first(node, "rect").and_then(|r| number(r, "y")) else {
                    continue;
                };
                previous
                    .boxes
                    .insert(id.to_string(), (column.to_string(), None, top));
                if let Some(rect) = first(node, "rect") {
                    if let (Some(x), Some(width)) = (number(rect, "x"), number(rect, "width")) {
                        previous
                            .column_middle
                            .entry(column.to_string())
                            .or_insert(x + width / 2.0);
                    }
                }
            } else if node.tag_name().name() == "path" {
                if let (Some(from), Some(to), Some(d)) = (
                    node.attribute("data-from"),
                    node.attribute("data-to"),
                    node.attribute("d"),
                ) {
                    previous
                        .arrows
                        .insert((from.to_string(), to.to_string()), level_stretches(d));
                }
            } else if class(node, "marker") {
                let Some(id) = node.attribute("data-mechanism") else {
                    continue;
                };
                if let Some(y) = first(node, "circle").and_then(|c| number(c, "cy")) {
                    previous.markers.insert(id.to_string(), y);
                }
            }
        }
        if previous.boxes.is_empty() {
            return Err(Unusable::NoItems);
        }
        previous.lanes = lanes;
        let boxes = std::mem::take(&mut previous.boxes);
        previous.boxes = boxes
            .into_iter()
            .map(|(id, (column, _, top))| {
                let lane = if column == "resources" {
                    None
                } else {
                    previous.lane_at(top)
                };
                (id, (column, lane, top))
            })
            .collect();
        Ok(previous)
    }

    /// What a drawing just made keeps for the next one: the same as [`Previous::read`] finds
    /// in its SVG, without writing and reading it (`verkan serve` keeps one per theory).
    pub fn of(layout: &Layout) -> Previous {
        let mut previous = Previous {
            lanes: layout
                .lanes
                .iter()
                .map(|lane| {
                    let perspective = (!lane.id.is_empty()).then(|| lane.id.clone());
                    (lane.rect.y, lane.rect.y + lane.rect.height, perspective)
                })
                .collect(),
            ..Previous::default()
        };
        for item in &layout.boxes {
            let column = column_name(item.column).to_string();
            let lane = item
                .lane
                .and_then(|l| layout.lanes.get(l))
                .filter(|lane| !lane.id.is_empty())
                .map(|lane| lane.id.clone());
            previous
                .column_middle
                .entry(column.clone())
                .or_insert(item.rect.x + item.rect.width / 2.0);
            previous
                .boxes
                .insert(item.id.clone(), (column, lane, item.rect.y));
        }
        let mechanism_ids: HashMap<usize, &str> = layout
            .markers
            .iter()
            .map(|m| (m.mechanism, m.id.as_str()))
            .collect();
        for marker in &layout.markers {
            previous.markers.insert(marker.id.clone(), marker.center.y);
        }
        for arrow in &layout.arrows {
            let mechanism = arrow.mechanism.and_then(|m| mechanism_ids.get(&m).copied());
            let end = |b: Option<usize>| match b {
                Some(b) => layout.boxes[b].id.clone(),
                None => mechanism.unwrap_or("").to_string(),
            };
            let mut points = vec![(arrow.start().x, arrow.start().y)];
            for [_, c1, c2, to] in &arrow.pieces {
                points.extend([(c1.x, c1.y), (c2.x, c2.y), (to.x, to.y)]);
            }
            previous
                .arrows
                .insert((end(arrow.from_box), end(arrow.to_box)), stretches(&points));
        }
        previous
    }

    /// Reads the earlier drawing at `path` for `compiled`: it must be a drawing verkan made,
    /// of this theory (at least one of its boxes still in it).
    pub fn load(path: &std::path::Path, compiled: &Compiled) -> Result<Previous, Unusable> {
        let bytes = std::fs::read(path).map_err(|e| Unusable::Unreadable(e.to_string()))?;
        let text =
            String::from_utf8(bytes).map_err(|e| Unusable::NotSvg(e.utf8_error().to_string()))?;
        let previous = Previous::read(&text)?;
        let theory = &compiled.theory;
        let ids = theory
            .resources
            .iter()
            .map(|r| &r.header)
            .chain(theory.activities.iter().map(|a| &a.header))
            .chain(theory.outputs.iter().map(|o| &o.header))
            .chain(theory.effects.iter().map(|e| &e.header))
            .map(|h| h.id.as_str());
        previous.fits(ids)?;
        Ok(previous)
    }

    /// Whether this drawing is of the theory whose item ids are given: at least half the
    /// boxes of the smaller of the two are in both. A drawing of another theory (which may
    /// share an id or two, `finansiering`) is no guide; one that a few edits away is.
    pub fn fits<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Result<(), Unusable> {
        let (mut items, mut shared) = (0, 0);
        for id in ids {
            items += 1;
            shared += usize::from(self.boxes.contains_key(id));
        }
        if shared > 0 && 2 * shared >= items.min(self.boxes.len()) {
            Ok(())
        } else {
            Err(Unusable::OtherTheory)
        }
    }

    /// The top of the lane band of `perspective` (`None`: the lane of items without one),
    /// or of the first band for a resource, which stands beside all lanes.
    fn lane_top(&self, perspective: Option<&str>, resource: bool) -> Option<f64> {
        if resource {
            return self.lanes.first().map(|(top, _, _)| *top);
        }
        self.lanes
            .iter()
            .find(|(_, _, p)| p.as_deref() == perspective)
            .map(|(top, _, _)| *top)
    }

    /// The perspective of the lane band at height `y`.
    fn lane_at(&self, y: f64) -> Option<String> {
        self.lanes
            .iter()
            .find(|(low, high, _)| *low <= y && y < *high)
            .and_then(|(_, _, p)| p.clone())
    }

    /// Where the arrow from `from` to `to` passed the column named `column`: the height of
    /// its level stretch across that column's middle, and the lane there.
    fn passed(&self, from: &str, to: &str, column: &str) -> Option<(f64, Option<String>)> {
        let x = *self.column_middle.get(column)?;
        let stretches = self.arrows.get(&(from.to_string(), to.to_string()))?;
        let &(_, _, y) = stretches
            .iter()
            .find(|(left, right, _)| *left <= x && x <= *right)?;
        Some((y, self.lane_at(y)))
    }

    /// How many boxes the drawing has.
    pub fn boxes(&self) -> usize {
        self.boxes.len()
    }

    /// The places of the draft's boxes and markers that the earlier drawing had in the same
    /// cell (same column, same lane) or in any gap.
    pub(super) fn places(&self, draft: &Draft) -> Places {
        let theory = &draft.compiled.theory;
        let lane_id = |lane: usize| draft.lanes[lane].map(|p| theory.perspectives[p].id.as_str());
        let mut nodes: Vec<Option<f64>> = draft
            .graph
            .nodes
            .iter()
            .map(|node| {
                let pending = &draft.pending[node.pending?];
                let (column, lane, top) = self.boxes.get(&theory.header(pending.item).id)?;
                let now_column = column_name(draft.columns[pending.column]);
                let resource = now_column == "resources";
                let now_lane = (!resource).then(|| lane_id(pending.lane)).flatten();
                if column != now_column || lane.as_deref() != now_lane {
                    return None;
                }
                Some(top - self.lane_top(now_lane, resource)?)
            })
            .collect();
        // A waypoint: where its arrow passed the same column.
        let mut lanes = vec![None; nodes.len()];
        let stop_id = |stop: Stop| match stop {
            Stop::Node(n) => draft.graph.nodes[n]
                .pending
                .map(|p| theory.header(draft.pending[p].item).id.as_str()),
            Stop::Marker(m) => Some(
                theory.mechanisms[draft.graph.mechanisms[m].index]
                    .header
                    .id
                    .as_str(),
            ),
        };
        for path in &draft.graph.paths {
            let (Some(&first), Some(&last)) = (path.stops.first(), path.stops.last()) else {
                continue;
            };
            let (Some(from), Some(to)) = (stop_id(first), stop_id(last)) else {
                continue;
            };
            for &stop in &path.stops[1..path.stops.len() - 1] {
                let Stop::Node(n) = stop else {
                    continue;
                };
                let node = &draft.graph.nodes[n];
                let column = column_name(draft.columns[node.column]);
                // It may have passed in another lane (a waypoint changes lanes where that
                // crosses fewer arrows): it goes back there.
                if let Some((y, lane)) = self.passed(from, to, column) {
                    let top = self.lane_top(lane.as_deref(), false);
                    let lane = (0..draft.lanes.len()).find(|&l| lane_id(l) == lane.as_deref());
                    if let (Some(lane), Some(top)) = (lane, top) {
                        nodes[n] = Some(y - top);
                        lanes[n] = Some(lane);
                    }
                }
            }
        }
        let markers = draft
            .graph
            .mechanisms
            .iter()
            .map(|m| {
                self.markers
                    .get(&theory.mechanisms[m.index].header.id)
                    .copied()
            })
            .collect();
        Places {
            nodes,
            lanes,
            markers,
        }
    }
}

/// The level stretches of a path's `d` (as the SVG writes it: `M`, then cubic `C` segments,
/// numbers in pairs): each pair of consecutive points at one height, (left, right, height).
fn level_stretches(d: &str) -> Vec<(f64, f64, f64)> {
    let numbers: Vec<f64> = d
        .split(|c: char| c.is_ascii_alphabetic() || c == ',' || c.is_whitespace())
        .filter_map(|t| t.parse().ok())
        .collect();
    let points: Vec<(f64, f64)> = numbers.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    stretches(&points)
}

/// Each pair of consecutive points of a path at one height: (left, right, height).
fn stretches(points: &[(f64, f64)]) -> Vec<Stretch> {
    points
        .windows(2)
        .filter(|w| (w[0].1 - w[1].1).abs() < 0.01 && w[0].0 != w[1].0)
        .map(|w| (w[0].0.min(w[1].0), w[0].0.max(w[1].0), w[0].1))
        .collect()
}

impl Unusable {
    /// The reason in words.
    pub fn reason(&self) -> crate::locale::Text {
        match self {
            Unusable::Unreadable(error) => {
                crate::t!("previous-unreadable", error = error.as_str())
            }
            Unusable::NotSvg(error) => crate::t!("previous-not-svg", error = error.as_str()),
            Unusable::NoItems => crate::t!("previous-no-items"),
            Unusable::OtherTheory => crate::t!("previous-other-theory"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_and_foreign_files_are_told_apart() {
        assert!(matches!(
            Previous::read("<svg><g class=\"item\""),
            Err(Unusable::NotSvg(_))
        ));
        assert_eq!(
            Previous::read("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"),
            Err(Unusable::NoItems)
        );
        let one = "<svg xmlns=\"http://www.w3.org/2000/svg\">\
                   <g class=\"lane-band\" data-perspective=\"p\"><rect y=\"100\" height=\"50\"/></g>\
                   <g class=\"item effect\" data-id=\"e\" data-column=\"short\"><rect y=\"110\"/></g>\
                   </svg>";
        let previous = Previous::read(one).expect("a drawing");
        assert_eq!(
            previous.boxes["e"],
            ("short".to_string(), Some("p".to_string()), 110.0)
        );
        assert_eq!(previous.fits(["x", "e"]), Ok(()));
        assert_eq!(previous.fits(["x"]), Err(Unusable::OtherTheory));
        let two = "<svg xmlns=\"http://www.w3.org/2000/svg\">\
                   <g class=\"item\" data-id=\"a\" data-column=\"short\"><rect y=\"1\"/></g>\
                   <g class=\"item\" data-id=\"b\" data-column=\"short\"><rect y=\"2\"/></g>\
                   <g class=\"item\" data-id=\"c\" data-column=\"short\"><rect y=\"3\"/></g>\
                   </svg>";
        let previous = Previous::read(two).expect("a drawing");
        // One id in common of three on either side: another theory.
        assert_eq!(previous.fits(["a", "x", "y"]), Err(Unusable::OtherTheory));
        assert_eq!(previous.fits(["a", "b", "x", "y"]), Ok(()));
    }
}
