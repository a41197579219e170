//! Steadiness: a theory redrawn after one small edit, from its earlier drawing (`render
//! --previous`, `build`, `serve`), keeps its picture. Every edit a workshop makes one at a
//! time is tried on every bundled theory: an effect added in each cell, each effect removed,
//! each effect's and activity's text doubled. A box counts as moved when it changes cell or
//! its centre shifts more than 8 px within its lane (a whole lane pushed down keeps the
//! picture); two boxes of one cell swap when their order within it turns.

use super::{load, places};
use crate::common::seed_theories;
use std::collections::HashMap;
use toml_edit::{value, Array, DocumentMut, Item, Table};
use verkan::compile::Compiled;
use verkan::render::layout::Layout;
use verkan::render::{self, Previous, ViewOptions};

/// Of the other boxes, the share that may move after adding or removing one effect…
const ADD_OR_REMOVE_MOVES_AT_MOST: f64 = 0.10;
/// …and, on average over every box, after doubling one box's text (the boxes below it in its
/// cell must make room, so one edit may move more than this where a cell is tall).
const DOUBLING_MOVES_ON_AVERAGE_AT_MOST: f64 = 0.10;
/// A box's centre may shift this much within its lane and still count as in place.
const IN_PLACE: f64 = 8.0;

fn layout(compiled: &Compiled, previous: Option<&Previous>) -> Layout {
    let view = ViewOptions::full();
    let selected = render::select(compiled, &view).expect("the full view");
    render::layout_like(compiled, &selected, &view, previous)
}

/// Per box: its cell (column, lane) and its centre below its lane's top.
fn centres(layout: &Layout) -> HashMap<String, ((String, Option<usize>), f64)> {
    layout
        .boxes
        .iter()
        .map(|b| {
            let lane_top = match b.lane {
                Some(l) => layout.lanes[l].rect.y,
                None => layout.lanes.first().map_or(0.0, |l| l.rect.y),
            };
            let cell = (format!("{:?}", b.column), b.lane);
            (
                b.id.clone(),
                (cell, b.rect.y + b.rect.height / 2.0 - lane_top),
            )
        })
        .collect()
}

/// The boxes of `before` (but `edited`) that moved in `after`, and the pairs that swapped.
fn moved(before: &Layout, after: &Layout, edited: &str) -> (Vec<String>, usize) {
    let (a, b) = (centres(before), centres(after));
    let common: Vec<&String> = a
        .keys()
        .filter(|id| b.contains_key(*id) && id.as_str() != edited)
        .collect();
    let moved = common
        .iter()
        .filter(|id| {
            let ((cell, y), (cell2, y2)) = (&a[**id], &b[**id]);
            cell != cell2 || (y - y2).abs() > IN_PLACE
        })
        .map(|id| id.to_string())
        .collect();
    let mut swaps = 0;
    for (i, u) in common.iter().enumerate() {
        for v in &common[i + 1..] {
            let ((cu, yu), (cv, yv)) = (&a[*u], &a[*v]);
            let ((cu2, yu2), (cv2, yv2)) = (&b[*u], &b[*v]);
            if cu == cv && cu2 == cv2 && cu == cu2 && (yu - yv) * (yu2 - yv2) < 0.0 {
                swaps += 1;
            }
        }
    }
    (moved, swaps)
}

fn document(text: &str) -> DocumentMut {
    text.parse().expect("a bundled theory is TOML")
}

fn table<'a>(doc: &'a mut DocumentMut, section: &str) -> &'a mut Table {
    doc[section].as_table_mut().expect("a section of items")
}

fn ids(list: Option<&Item>) -> Vec<String> {
    match list {
        Some(item) => match item.as_array() {
            Some(array) => array
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            None => item.as_str().map(str::to_string).into_iter().collect(),
        },
        None => Vec::new(),
    }
}

fn array(ids: &[String]) -> Item {
    let mut array = Array::new();
    for id in ids {
        array.push(id.as_str());
    }
    value(array)
}

/// The theory with a new effect beside `sibling` (same column and lane), led to by the first
/// mechanism that leads to the sibling, with an outcome indicator.
fn add_beside(text: &str, sibling: &str) -> String {
    let mut doc = document(text);
    let effect = doc["effects"][sibling].clone();
    let mut new = Table::new();
    new["horizon"] = effect["horizon"].clone();
    if effect.get("perspective").is_some() {
        new["perspective"] = effect["perspective"].clone();
    }
    new["text"] = value("En ny effekt som workshopen lade till");
    table(&mut doc, "effects").insert("ny-effekt", Item::Table(new));
    let mechanisms = table(&mut doc, "mechanisms");
    let leading = mechanisms
        .iter()
        .find(|(_, m)| ids(m.get("to")).iter().any(|t| t == sibling))
        .map(|(id, _)| id.to_string())
        .expect("a mechanism leads to every effect");
    let mut to = ids(mechanisms[&leading].get("to"));
    to.push("ny-effekt".to_string());
    mechanisms[&leading]["to"] = array(&to);
    let mut indicator = Table::new();
    indicator["measures"] = value("ny-effekt");
    indicator["kind"] = value("outcome");
    indicator["text"] = value("Andel som uppnått den nya effekten");
    table(&mut doc, "indicators").insert("ny-indikator", Item::Table(indicator));
    doc.to_string()
}

/// The theory without `effect`, every reference to it, the mechanisms left with nothing on
/// one side and its indicators.
fn remove(text: &str, effect: &str) -> String {
    let mut doc = document(text);
    table(&mut doc, "effects").remove(effect);
    let mechanisms = table(&mut doc, "mechanisms");
    let mut emptied = Vec::new();
    for (id, mechanism) in mechanisms.iter_mut() {
        for side in ["from", "to"] {
            let kept: Vec<String> = ids(mechanism.get(side))
                .into_iter()
                .filter(|t| t != effect)
                .collect();
            if kept.is_empty() {
                emptied.push(id.to_string());
            }
            if mechanism.get(side).is_some() {
                mechanism[side] = array(&kept);
            }
        }
    }
    for id in emptied {
        mechanisms.remove(&id);
    }
    table(&mut doc, "indicators")
        .retain(|_, indicator| indicator.get("measures").and_then(Item::as_str) != Some(effect));
    doc.to_string()
}

/// The theory with the text of `id` (in `section`) written twice.
fn double(text: &str, section: &str, id: &str) -> String {
    let mut doc = document(text);
    let old = doc[section][id]["text"]
        .as_str()
        .expect("a text")
        .to_string();
    doc[section][id]["text"] = value(format!("{old} {old}"));
    doc.to_string()
}

/// What one kind of edit did over a theory: per edit, the share of the other boxes that
/// moved; the swaps in all.
struct Tally {
    shares: Vec<(String, f64)>,
    swaps: usize,
}

fn tally(text: &str, edits: Vec<(String, String)>) -> Tally {
    let before_compiled = load("before.toml", text);
    let before = layout(&before_compiled, None);
    let previous = Previous::of(&before);
    let mut out = Tally {
        shares: Vec::new(),
        swaps: 0,
    };
    for (edited, text) in edits {
        let after = layout(&load("after.toml", &text), Some(&previous));
        let (moved, swaps) = moved(&before, &after, &edited);
        let others = before.boxes.len() - 1;
        out.shares
            .push((edited, moved.len() as f64 / others as f64));
        out.swaps += swaps;
    }
    out
}

#[test]
fn one_edit_from_the_earlier_drawing_moves_few_boxes_and_swaps_none() {
    for (name, text) in seed_theories() {
        let compiled = load(&name, &text);
        let theory = &compiled.theory;
        // One new effect in each cell that has an effect.
        let mut cells = Vec::new();
        let mut adds = Vec::new();
        for effect in &theory.effects {
            let cell = (
                effect.horizon,
                effect.perspective.as_ref().map(|p| p.name.clone()),
            );
            if !cells.contains(&cell) {
                cells.push(cell);
                let id = &effect.header.id;
                adds.push((id.clone(), add_beside(&text, id)));
            }
        }
        let removes = theory
            .effects
            .iter()
            .map(|e| (e.header.id.clone(), remove(&text, &e.header.id)))
            .collect();
        let doubles = theory
            .effects
            .iter()
            .map(|e| ("effects", &e.header.id))
            .chain(
                theory
                    .activities
                    .iter()
                    .map(|a| ("activities", &a.header.id)),
            )
            .map(|(section, id)| (id.clone(), double(&text, section, id)))
            .collect();
        for (kind, edits) in [("adding beside", adds), ("removing", removes)] {
            let tally = tally(&text, edits);
            assert_eq!(tally.swaps, 0, "{name}: {kind} swapped boxes");
            for (edited, share) in &tally.shares {
                assert!(
                    *share <= ADD_OR_REMOVE_MOVES_AT_MOST,
                    "{name}: {kind} `{edited}` moved {:.0} % of the other boxes",
                    share * 100.0
                );
            }
        }
        let tally = tally(&text, doubles);
        assert_eq!(tally.swaps, 0, "{name}: doubling a text swapped boxes");
        let mean = tally.shares.iter().map(|(_, s)| s).sum::<f64>() / tally.shares.len() as f64;
        assert!(
            mean <= DOUBLING_MOVES_ON_AVERAGE_AT_MOST,
            "{name}: doubling a text moved {:.0} % of the other boxes on average",
            mean * 100.0
        );
    }
}

#[test]
fn a_longer_text_moves_only_the_boxes_below_it_in_its_cell() {
    for (name, text) in seed_theories() {
        let compiled = load(&name, &text);
        let before = layout(&compiled, None);
        let previous = Previous::of(&before);
        let at = centres(&before);
        for effect in &compiled.theory.effects {
            let id = &effect.header.id;
            let after = layout(
                &load("after.toml", &double(&text, "effects", id)),
                Some(&previous),
            );
            let (cell, y) = &at[id];
            for other in moved(&before, &after, id).0 {
                let (other_cell, other_y) = &at[&other];
                assert!(
                    other_cell == cell && other_y > y,
                    "{name}: doubling `{id}` moved `{other}`, which is not below it in its cell"
                );
            }
        }
    }
}

#[test]
fn without_the_earlier_drawing_the_same_edits_move_more() {
    // What the earlier drawing is for: the same edits drawn afresh reshuffle more.
    let (mut steady, mut fresh) = (0, 0);
    for (name, text) in seed_theories() {
        let compiled = load(&name, &text);
        let before = layout(&compiled, None);
        let previous = Previous::of(&before);
        for effect in &compiled.theory.effects {
            let edited = load("after.toml", &remove(&text, &effect.header.id));
            let id = &effect.header.id;
            steady += moved(&before, &layout(&edited, Some(&previous)), id)
                .0
                .len();
            fresh += moved(&before, &layout(&edited, None), id).0.len();
        }
        let _ = name;
    }
    assert!(
        steady * 4 < fresh,
        "from the drawing {steady} moves, afresh {fresh}"
    );
}

#[test]
fn a_layout_and_its_svg_read_back_keep_the_same_order() {
    // `serve` keeps the layout, `build` and `render --previous` read the SVG: the same guide.
    for (name, text) in seed_theories() {
        let compiled = load(&name, &text);
        let before = layout(&compiled, None);
        let svg = String::from_utf8(
            render::render(
                &compiled,
                &render::RenderOptions {
                    format: render::Format::Svg,
                    engine: render::Engine::Builtin,
                    view: ViewOptions::full(),
                    scale: 1.0,
                    page: None,
                    with_text: false,
                },
            )
            .expect("renders"),
        )
        .expect("UTF-8");
        let read = Previous::read(&svg).expect("its own SVG reads back");
        let edited = load(
            "after.toml",
            &double(
                &text,
                "activities",
                &compiled.theory.activities[0].header.id,
            ),
        );
        let from_layout = layout(&edited, Some(&Previous::of(&before)));
        let from_svg = layout(&edited, Some(&read));
        assert_eq!(places(&from_layout), places(&from_svg), "{name}");
        // The SVG writes hundredths: the same places, to within them.
        let (a, b) = (centres(&from_layout), centres(&from_svg));
        for (id, (cell, y)) in &a {
            let (cell2, y2) = &b[id];
            assert!(
                cell == cell2 && (y - y2).abs() < 0.01,
                "{name}: `{id}` at {y} and {y2}"
            );
        }
    }
}
