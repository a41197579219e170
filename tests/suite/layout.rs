//! The built-in diagram as a reader meets it, on every bundled theory and on generated ones of
//! about 100 and 1 000 items: no arrow through a box it does not join, arrows forward in time
//! enter their box from the left, crossings within a stated budget (beside Graphviz `dot`'s),
//! resources in one column beside the lanes, a small edit moves little, and the SVG carries
//! the data attributes the README documents.

mod bound;
mod steady;
use crate::common;

use crate::common::seed_theories;
use std::collections::{HashMap, HashSet};
use verkan::compile::Compiled;
use verkan::model::ItemRef;
use verkan::render::layout::{Column, Layout, Point, Rect, MARKER_RADIUS};
use verkan::render::{self, Engine, Format, RenderOptions, ViewOptions};

fn load(name: &str, text: &str) -> Compiled {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add(name, text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    checked.compiled.expect("theory parses")
}

fn layout_of(compiled: &Compiled) -> Layout {
    let view = ViewOptions::full();
    let selected = render::select(compiled, &view).expect("valid view");
    render::layout(compiled, &selected, &view)
}

fn stem(name: &str) -> String {
    name.trim_start_matches("theories/")
        .trim_end_matches(".toml")
        .to_string()
}

/// The bundled theories and two generated ones, by name.
fn theories() -> Vec<(String, Compiled)> {
    let mut all: Vec<(String, Compiled)> = seed_theories()
        .into_iter()
        .map(|(name, text)| (stem(&name), load(&name, &text)))
        .collect();
    for items in [100, 1000] {
        let name = format!("tangled-{items}");
        let text = verkan::synthetic::tangled(items);
        all.push((name.clone(), load(&name, &text)));
    }
    all
}

fn column_rank(column: Column) -> usize {
    match column {
        Column::Resources => 0,
        Column::Activities => 1,
        Column::Outputs => 2,
        Column::Effects(h) => 3 + h as usize,
    }
}

/// Length of segment pq inside the open rectangle (Liang–Barsky clipping).
fn inside_length(p: Point, q: Point, r: &Rect) -> f64 {
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (pp, qq) in [
        (-dx, p.x - r.x),
        (dx, r.right() - p.x),
        (-dy, p.y - r.y),
        (dy, r.bottom() - p.y),
    ] {
        if pp == 0.0 {
            if qq <= 0.0 {
                return 0.0;
            }
        } else {
            let t = qq / pp;
            if pp < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t1 - t0).max(0.0) * (dx * dx + dy * dy).sqrt()
}

#[test]
fn no_arrow_passes_through_a_box_it_does_not_join() {
    for (name, compiled) in theories() {
        let layout = layout_of(&compiled);
        for arrow in &layout.arrows {
            let line = arrow.flatten(12);
            for (b, item) in layout.boxes.iter().enumerate() {
                if arrow.from_box == Some(b) || arrow.to_box == Some(b) {
                    continue;
                }
                // The box's interior: an arrow may touch its outline, never cross it.
                let r = Rect {
                    x: item.rect.x + 1.0,
                    y: item.rect.y + 1.0,
                    width: item.rect.width - 2.0,
                    height: item.rect.height - 2.0,
                };
                let through: f64 = line.windows(2).map(|w| inside_length(w[0], w[1], &r)).sum();
                assert!(
                    through < 0.5,
                    "{name}: an arrow of mechanism {:?} runs {through:.1} px through `{}`",
                    arrow.mechanism,
                    item.id
                );
            }
        }
    }
}

#[test]
fn arrows_forward_in_time_enter_their_box_from_the_left() {
    for (name, compiled) in theories() {
        let layout = layout_of(&compiled);
        let mut earliest: HashMap<usize, usize> = HashMap::new();
        for arrow in &layout.arrows {
            if let (Some(m), Some(b), None) = (arrow.mechanism, arrow.from_box, arrow.to_box) {
                let rank = column_rank(layout.boxes[b].column);
                let e = earliest.entry(m).or_insert(rank);
                *e = (*e).min(rank);
            }
        }
        let mut checked = 0;
        for arrow in &layout.arrows {
            let (Some(m), None, Some(b)) = (arrow.mechanism, arrow.from_box, arrow.to_box) else {
                continue;
            };
            let target = &layout.boxes[b];
            if column_rank(target.column) <= earliest[&m] {
                continue;
            }
            checked += 1;
            let line = arrow.flatten(4);
            let (before, end) = (line[line.len() - 2], line[line.len() - 1]);
            assert!(
                (end.x - target.rect.x).abs() < 0.01 && before.x < end.x,
                "{name}: the arrow of mechanism {} into `{}` does not enter from the left",
                m + 1,
                target.id
            );
        }
        assert!(checked > 0, "{name}: no forward arrows were checked");
    }
}

/// Points where two arrows cross, merged within 3 px, leaving out those near an end both
/// share (arrows of one mechanism meet at its marker by design): the count a reader sees.
fn crossings(layout: &Layout) -> usize {
    const CELL: f64 = 40.0;
    let lines: Vec<Vec<Point>> = layout.arrows.iter().map(|a| a.flatten(12)).collect();
    let mut grid: HashMap<(i64, i64), Vec<(usize, usize)>> = HashMap::new();
    for (a, line) in lines.iter().enumerate() {
        for s in 0..line.len() - 1 {
            let (p, q) = (line[s], line[s + 1]);
            let cells = |u: f64, v: f64| {
                (u.min(v) / CELL).floor() as i64..=(u.max(v) / CELL).floor() as i64
            };
            for gx in cells(p.x, q.x) {
                for gy in cells(p.y, q.y) {
                    grid.entry((gx, gy)).or_default().push((a, s));
                }
            }
        }
    }
    let near_shared_end = |a: usize, b: usize, pt: Point| {
        let (x, y) = (&layout.arrows[a], &layout.arrows[b]);
        if x.mechanism.is_some() && x.mechanism == y.mechanism {
            let marker = layout
                .markers
                .iter()
                .find(|m| Some(m.mechanism) == x.mechanism)
                .expect("a marker");
            let d = ((pt.x - marker.center.x).powi(2) + (pt.y - marker.center.y).powi(2)).sqrt();
            if d <= MARKER_RADIUS + 3.0 {
                return true;
            }
        }
        [x.from_box, x.to_box]
            .into_iter()
            .flatten()
            .filter(|b| [y.from_box, y.to_box].contains(&Some(*b)))
            .any(|b| {
                let r = layout.boxes[b].rect;
                pt.x >= r.x - 3.0
                    && pt.x <= r.right() + 3.0
                    && pt.y >= r.y - 3.0
                    && pt.y <= r.bottom() + 3.0
            })
    };
    let mut seen = HashSet::new();
    let mut points: HashMap<(usize, usize), Vec<Point>> = HashMap::new();
    for members in grid.values() {
        for (i, &(a, s)) in members.iter().enumerate() {
            for &(b, t) in &members[i + 1..] {
                if a == b || !seen.insert((a.min(b), a.max(b), if a < b { (s, t) } else { (t, s) }))
                {
                    continue;
                }
                if let Some(pt) =
                    intersection(lines[a][s], lines[a][s + 1], lines[b][t], lines[b][t + 1])
                {
                    if !near_shared_end(a, b, pt) {
                        let found = points.entry((a.min(b), a.max(b))).or_default();
                        if found.iter().all(|q| (q.x - pt.x).hypot(q.y - pt.y) > 3.0) {
                            found.push(pt);
                        }
                    }
                }
            }
        }
    }
    points.values().map(Vec::len).sum()
}

fn intersection(p: Point, q: Point, r: Point, s: Point) -> Option<Point> {
    let (d1x, d1y, d2x, d2y) = (q.x - p.x, q.y - p.y, s.x - r.x, s.y - r.y);
    let den = d1x * d2y - d1y * d2x;
    if den.abs() < 1e-12 {
        return None;
    }
    let t = ((r.x - p.x) * d2y - (r.y - p.y) * d2x) / den;
    let u = ((r.x - p.x) * d1y - (r.y - p.y) * d1x) / den;
    ((0.0..=1.0).contains(&t) && (0.0..=1.0).contains(&u)).then_some(Point {
        x: p.x + t * d1x,
        y: p.y + t * d1y,
    })
}

#[test]
fn crossings_stay_within_their_budget() {
    // (theory, budget, dot): the budget is what the layout reached on 2026-11-27; it may
    // fall, never rise. Beside it, Graphviz 2.43's count for `dot` laying out verkan's own DOT
    // export of the same graph, measured the same day with ../shared/tools/layout-quality.
    // The one exception, 2026-12-07: the search became budgeted in work (n log n, so that
    // 1 000 items draw five times faster than `dot` does), and at 1 000 items it now stops at
    // 187 instead of 156, still well below `dot`'s 236. The bundled theories kept theirs.
    // `dot` may reorder the lanes (clusters) and does; verkan keeps the theory's order and
    // advises a better one (På väg's file follows that advice: 30 crossings in the report
    // figure's order). Aktivitetsarenan's 1 and Stegen's 2 are the least any layered drawing
    // can have (`the_fewest_crossings_possible_are_reached`). On the earlier export, without
    // one rank per column, dot's counts were 5, 34, 24, 6, 70, 25 487.
    const BUDGET: [(&str, usize, usize); 6] = [
        ("aktivitetsarenan", 1, 1),
        // 2026-12-07: a correction against the report took one arrow out of På väg
        // (`lokal-anpassning` no longer leads to `arbetssatt-vaxer-fram`); dot then has 20 too.
        ("pa_vag", 20, 20),
        ("spira", 9, 11),
        ("stegen", 2, 2),
        ("tangled-100", 34, 35),
        ("tangled-1000", 187, 236),
    ];
    for (name, compiled) in theories() {
        let &(_, budget, dot) = BUDGET
            .iter()
            .find(|(n, _, _)| *n == name)
            .unwrap_or_else(|| panic!("{name} has no crossing budget: add one"));
        let found = crossings(&layout_of(&compiled));
        assert!(
            found <= budget,
            "{name}: {found} crossings, over the budget of {budget} (dot: {dot})"
        );
    }
}

#[test]
fn resources_stand_in_one_column_beside_the_lanes() {
    for (name, compiled) in theories() {
        let layout = layout_of(&compiled);
        let resources: Vec<_> = layout
            .boxes
            .iter()
            .filter(|b| matches!(b.item, ItemRef::Resource(_)))
            .collect();
        if resources.is_empty() {
            continue;
        }
        let panel = layout.resources_panel.expect("a resources panel");
        for r in &resources {
            assert_eq!(
                r.rect.x, resources[0].rect.x,
                "{name}: `{}` out of the column",
                r.id
            );
            assert!(r.lane.is_none(), "{name}: `{}` has a lane", r.id);
            assert!(
                r.rect.x >= panel.x
                    && r.rect.right() <= panel.right()
                    && r.rect.y >= panel.y
                    && r.rect.bottom() <= panel.bottom(),
                "{name}: `{}` outside the resources panel",
                r.id
            );
            for lane in &layout.lanes {
                assert!(
                    !r.rect.overlaps(&lane.rect),
                    "{name}: `{}` inside a lane",
                    r.id
                );
            }
        }
    }
}

/// Each box's place in reading order: column, lane, and rank within its cell.
fn places(layout: &Layout) -> HashMap<String, (usize, Option<usize>, usize)> {
    type Cell<'a> = Vec<(f64, &'a str)>;
    let mut cells: HashMap<(usize, Option<usize>), Cell> = HashMap::new();
    for b in &layout.boxes {
        cells
            .entry((column_rank(b.column), b.lane))
            .or_default()
            .push((b.rect.y, &b.id));
    }
    let mut out = HashMap::new();
    for ((column, lane), mut members) in cells {
        members.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (rank, (_, id)) in members.into_iter().enumerate() {
            out.insert(id.to_string(), (column, lane, rank));
        }
    }
    out
}

#[test]
fn adding_one_effect_moves_few_other_boxes() {
    // A workshop adds an effect and a mechanism to it: the viewer redraws, and the boxes
    // everyone was looking at should mostly stay where they were in reading order.
    const MOVED_AT_MOST: usize = 3;
    for (name, text) in seed_theories() {
        let before = layout_of(&load(&name, &text));
        let compiled = load(&name, &text);
        let activity = compiled.theory.activities[0].header.id.clone();
        let perspective = compiled.theory.activities[0]
            .perspective
            .as_ref()
            .map(|p| format!("perspective = \"{}\"\n", p.name))
            .unwrap_or_default();
        let edited = format!(
            "{text}\n[effects.ny-effekt]\nhorizon = \"short\"\n{perspective}text = \"En ny effekt från workshopen\"\n\n\
             [mechanisms.ny-mekanism]\ntext = \"Varför\"\nfrom = [\"{activity}\"]\nto = [\"ny-effekt\"]\ndraft = true\n\n\
             [indicators.ny-indikator]\nmeasures = \"ny-effekt\"\nkind = \"outcome\"\ntext = \"Andel\"\ndraft = true\n"
        );
        let after = layout_of(&load(&name, &edited));
        let (a, b) = (places(&before), places(&after));
        assert!(
            b.contains_key("ny-effekt"),
            "{name}: the new effect is drawn"
        );
        // A box moves when its cell changes or its rank does by more than the one the new
        // box takes.
        let moved: Vec<&String> = a
            .iter()
            .filter(|(id, (c, l, r))| {
                let (c2, l2, r2) = b[*id];
                c2 != *c || l2 != *l || r2.abs_diff(*r) > 1
            })
            .map(|(id, _)| id)
            .collect();
        assert!(
            moved.len() <= MOVED_AT_MOST,
            "{name}: adding one effect moved {} boxes: {moved:?}",
            moved.len()
        );
    }
}

fn svg_of(compiled: &Compiled) -> String {
    let options = RenderOptions {
        format: Format::Svg,
        engine: Engine::Builtin,
        view: ViewOptions::full(),
        scale: 1.0,
        page: None,
        with_text: false,
    };
    String::from_utf8(render::render(compiled, &options).expect("renders")).expect("UTF-8")
}

#[test]
fn the_svg_carries_the_documented_data_attributes() {
    for (name, compiled) in theories() {
        let layout = layout_of(&compiled);
        let svg = svg_of(&compiled);
        let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        let mut boxes = HashSet::new();
        let mut markers = HashSet::new();
        let mut arrows = 0;
        for node in document.descendants().filter(|n| n.is_element()) {
            if let (Some(id), Some(kind), Some(column)) = (
                node.attribute("data-id"),
                node.attribute("data-kind"),
                node.attribute("data-column"),
            ) {
                assert!(
                    ["resource", "activity", "output", "effect"].contains(&kind),
                    "{name}: data-kind `{kind}`"
                );
                assert!(
                    [
                        "resources",
                        "activities",
                        "outputs",
                        "short",
                        "medium",
                        "long"
                    ]
                    .contains(&column),
                    "{name}: data-column `{column}`"
                );
                assert!(
                    node.descendants().any(|d| d.has_tag_name("rect")),
                    "{name}: box `{id}` has no rect"
                );
                boxes.insert(id.to_string());
            }
            if node.tag_name().name() != "path" {
                if let Some(id) = node.attribute("data-mechanism") {
                    assert!(
                        node.descendants().any(|d| d.has_tag_name("circle")),
                        "{name}: marker `{id}` has no circle"
                    );
                    markers.insert(id.to_string());
                }
            }
        }
        for node in document.descendants().filter(|n| n.has_tag_name("path")) {
            let (Some(from), Some(to)) = (node.attribute("data-from"), node.attribute("data-to"))
            else {
                continue;
            };
            arrows += 1;
            for end in [from, to] {
                assert!(
                    boxes.contains(end) || markers.contains(end),
                    "{name}: arrow end `{end}` is neither a box nor a marker"
                );
            }
            if let Some(m) = node.attribute("data-mechanism") {
                assert!(
                    from == m || to == m,
                    "{name}: arrow of `{m}` does not touch it"
                );
            } else {
                assert!(
                    boxes.contains(from) && boxes.contains(to),
                    "{name}: a box-to-box arrow"
                );
            }
        }
        let expected: HashSet<String> = layout.boxes.iter().map(|b| b.id.clone()).collect();
        assert_eq!(boxes, expected, "{name}: every box, once");
        let expected: HashSet<String> = layout.markers.iter().map(|m| m.id.clone()).collect();
        assert_eq!(
            markers, expected,
            "{name}: every marker, once (the legend's carry no id)"
        );
        assert_eq!(arrows, layout.arrows.len(), "{name}: every arrow");
        // Each column heading names its column, and spans the boxes drawn in it.
        let rect_of = |g: roxmltree::Node| {
            let r = g.descendants().find(|d| d.has_tag_name("rect")).unwrap();
            let x: f64 = r.attribute("x").unwrap().parse().unwrap();
            let w: f64 = r.attribute("width").unwrap().parse().unwrap();
            (x, x + w)
        };
        let headings: Vec<_> = document
            .descendants()
            .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("heading"))
            .map(|g| (g.attribute("data-column").unwrap(), rect_of(g)))
            .collect();
        assert_eq!(
            headings.len(),
            layout.headings.len(),
            "{name}: every heading"
        );
        for node in document
            .descendants()
            .filter(|n| n.has_attribute("data-kind"))
        {
            let column = node.attribute("data-column").unwrap();
            let (left, right) = rect_of(node);
            let (_, (hl, hr)) = headings
                .iter()
                .find(|(c, _)| *c == column)
                .unwrap_or_else(|| panic!("{name}: no heading for `{column}`"));
            assert!(
                left >= hl - 1.0 && right <= hr + 1.0,
                "{name}: a box under its heading"
            );
        }
    }
}

#[test]
fn a_marker_shows_the_evaluation_verdict_in_black_and_white() {
    let mut seen = std::collections::BTreeSet::new();
    for (name, compiled) in theories() {
        let svg = svg_of(&compiled);
        let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        for (m, mechanism) in compiled.theory.mechanisms.iter().enumerate() {
            let marker = document
                .descendants()
                .find(|n| {
                    n.attribute("data-mechanism") == Some(&mechanism.header.id)
                        && !n.has_tag_name("path")
                })
                .unwrap_or_else(|| panic!("{name}: mechanism {} has a marker", m + 1));
            let class = marker.attribute("class").unwrap_or_default();
            let circle = marker
                .descendants()
                .find(|d| d.has_tag_name("circle"))
                .expect("a circle");
            // Filled dark, grey (never tried) or white: three fills that read in black and white.
            let fill = circle.attribute("fill").unwrap_or_default();
            let (dark, white) = (fill == "#2f4858", fill == "#ffffff");
            let struck = marker
                .descendants()
                .any(|d| d.attribute("class") == Some("strike"));
            let half = marker
                .descendants()
                .any(|d| d.attribute("class") == Some("partly"));
            let dashed = circle.attribute("stroke-dasharray").is_some();
            use verkan::model::FindingStatus::*;
            let status = mechanism.finding.as_ref().map(|f| f.status);
            seen.insert(format!("{status:?}"));
            match status {
                Some(Supported) => assert!(dark && !struck && !half, "{class}"),
                Some(PartlySupported) => assert!(white && half, "{class}"),
                Some(NotSupported) => assert!(white && struck, "{class}"),
                Some(NotImplemented) => {
                    assert!(!dark && !white && !struck && !half, "{name}: {class}");
                    assert!(class.contains("not-implemented"), "{class}");
                }
                Some(NotAssessed) | None => assert!(white && !struck && !half, "{class}"),
            }
            assert_eq!(
                dashed,
                mechanism.draft,
                "{name}: mechanism {}: dashed only as a draft",
                m + 1
            );
        }
    }
    assert!(
        seen.len() >= 5,
        "the bundled theories show most verdicts: {seen:?}"
    );
}

fn render_with(compiled: &Compiled, format: Format, engine: Engine, scale: f32) -> Vec<u8> {
    let options = RenderOptions {
        format,
        engine,
        view: ViewOptions::full(),
        scale,
        page: None,
        with_text: false,
    };
    render::render(compiled, &options).expect("renders")
}

#[test]
fn under_dot_every_column_keeps_its_place_and_markers_their_lane() {
    if !common::has_dot("the DOT export laid out by dot") {
        return;
    }
    for (name, compiled) in theories().into_iter().take(4) {
        let layout = layout_of(&compiled);
        let source = render_with(&compiled, Format::Dot, Engine::Builtin, 1.0);
        let mut child = std::process::Command::new("dot")
            .arg("-Tjson")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("dot runs");
        use std::io::Write;
        child.stdin.take().unwrap().write_all(&source).unwrap();
        let output = child.wait_with_output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("dot's JSON");
        let objects = json["objects"].as_array().unwrap();
        let x_of: HashMap<&str, f64> = objects
            .iter()
            .filter_map(|o| {
                let pos = o["pos"].as_str()?;
                Some((o["name"].as_str()?, pos.split(',').next()?.parse().ok()?))
            })
            .collect();
        for a in &layout.boxes {
            for b in &layout.boxes {
                if column_rank(a.column) < column_rank(b.column) {
                    let (xa, xb) = (
                        x_of[format!("item:{}", a.id).as_str()],
                        x_of[format!("item:{}", b.id).as_str()],
                    );
                    assert!(
                        xa < xb - 1.0,
                        "{name}: `{}` is not left of `{}` under dot",
                        a.id,
                        b.id
                    );
                }
            }
        }
        // Each marker lies inside a lane's cluster, not on a lane's title or between lanes.
        let clusters: Vec<[f64; 4]> = objects
            .iter()
            .filter(|o| {
                o["name"]
                    .as_str()
                    .is_some_and(|n| n.starts_with("cluster_lane"))
            })
            .map(|o| {
                let v: Vec<f64> = o["bb"]
                    .as_str()
                    .unwrap()
                    .split(',')
                    .map(|v| v.parse().unwrap())
                    .collect();
                [v[0], v[1], v[2], v[3]]
            })
            .collect();
        for marker in &layout.markers {
            let o = objects
                .iter()
                .find(|o| o["name"].as_str() == Some(&format!("mechanism:{}", marker.id)))
                .expect("a marker node");
            let p: Vec<f64> = o["pos"]
                .as_str()
                .unwrap()
                .split(',')
                .map(|v| v.parse().unwrap())
                .collect();
            assert!(
                clusters
                    .iter()
                    .any(|c| c[0] <= p[0] && p[0] <= c[2] && c[1] <= p[1] && p[1] <= c[3]),
                "{name}: marker {} outside every lane",
                marker.number
            );
        }
    }
}

#[test]
fn graphviz_svg_keeps_its_size_whatever_the_scale() {
    if !common::has_dot("the Graphviz engine's sizes") {
        return;
    }
    let stegen = theories()
        .into_iter()
        .find(|(n, _)| n == "stegen")
        .unwrap()
        .1;
    // Resolution is for pixels: the scale changes the PNG only.
    assert_eq!(
        render_with(&stegen, Format::Svg, Engine::Graphviz, 1.0),
        render_with(&stegen, Format::Svg, Engine::Graphviz, 2.0)
    );
    let small = render_with(&stegen, Format::Png, Engine::Graphviz, 1.0);
    let large = render_with(&stegen, Format::Png, Engine::Graphviz, 2.0);
    assert!(large.len() > small.len());
}

/// På väg with its perspectives in the report figure's order, which the bundled file left for
/// the order verkan advised.
fn pa_vag_in_the_figures_order() -> String {
    let text = std::fs::read_to_string("theories/pa_vag.toml").expect("bundled theory");
    let ours = "[perspectives]\nslutmalgrupp = \"Slutmålgrupp\"\nsamverkan = \"Samverkan\"\n\
                personal = \"Personal (primär målgrupp)\"\n";
    let figure = "[perspectives]\npersonal = \"Personal (primär målgrupp)\"\n\
                  slutmalgrupp = \"Slutmålgrupp\"\nsamverkan = \"Samverkan\"\n";
    assert!(text.contains(ours), "pa_vag.toml's perspectives changed");
    text.replace(ours, figure)
}

#[test]
fn lane_advice_names_an_order_that_crosses_fewer_arrows_and_keeps_its_word() {
    let compiled = load("figure.toml", &pa_vag_in_the_figures_order());
    let current = layout_of(&compiled).crossings;
    let advice = render::lane_advice(&compiled).expect("the figure's order crosses many more");
    assert_eq!(advice.current, current);
    assert!(
        advice.crossings + 3 <= current,
        "{} against {current}",
        advice.crossings
    );
    let mut sorted = advice.order.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        ["personal", "samverkan", "slutmalgrupp", "strukturell"],
        "every perspective, once"
    );
    // Written in that order, the diagram crosses as often as the advice said, and no advice
    // follows.
    let mut text = pa_vag_in_the_figures_order();
    let start = text.find("[perspectives]\n").expect("a perspectives table");
    let end = start + text[start..].find("\n\n").expect("a blank line after it");
    let lines: HashMap<&str, String> = text[start..end]
        .lines()
        .skip(1)
        .map(|l| (l.split(' ').next().unwrap(), l.to_string()))
        .collect();
    let table: Vec<String> = advice
        .order
        .iter()
        .map(|id| lines[id.as_str()].clone())
        .collect();
    text.replace_range(start..end, &format!("[perspectives]\n{}", table.join("\n")));
    let followed = load("followed.toml", &text);
    assert_eq!(layout_of(&followed).crossings, advice.crossings);
    assert_eq!(render::lane_advice(&followed), None);
}

#[test]
fn the_bundled_theories_need_no_lane_advice() {
    for (name, text) in seed_theories() {
        let compiled = load(&name, &text);
        assert_eq!(render::lane_advice(&compiled), None, "{name}");
    }
}

#[test]
fn the_crossings_a_layout_reports_are_the_ones_drawn() {
    for (name, compiled) in theories() {
        let layout = layout_of(&compiled);
        assert_eq!(layout.crossings, crossings(&layout), "{name}");
    }
}

#[test]
fn the_fewest_crossings_possible_are_reached() {
    // Where the bound is reached, no layout (not `dot`'s either) can cross fewer arrows with
    // the markers where they must stand: Aktivitetsarenan's two activities that both feed
    // mechanisms 2 and 4, and Stegen's three that feed mechanisms 1 and 3 beside mechanism 2.
    for (name, compiled) in theories() {
        let layout = layout_of(&compiled);
        let (bound, exact) = bound::fewest_crossings(&layout);
        assert!(
            bound <= layout.crossings,
            "{name}: the bound {bound} is above the {} crossings drawn",
            layout.crossings
        );
        if matches!(name.as_str(), "aktivitetsarenan" | "stegen") {
            assert!(exact, "{name}: every order was tried");
            assert!(bound > 0, "{name}: some crossing is forced");
            assert_eq!(layout.crossings, bound, "{name}: as few as possible");
        }
    }
}

#[test]
fn a_drawing_read_back_as_previous_is_drawn_again_unchanged() {
    // `render --previous` on an unchanged theory: every box keeps its place in its cell.
    for (name, compiled) in theories() {
        let svg = svg_of(&compiled);
        let previous = render::Previous::read(&svg).expect("verkan's own SVG reads back");
        let view = ViewOptions::full();
        let selected = render::select(&compiled, &view).expect("the full view");
        let again = render::layout_like(&compiled, &selected, &view, Some(&previous));
        assert_eq!(places(&layout_of(&compiled)), places(&again), "{name}");
        assert!(
            again.crossings <= layout_of(&compiled).crossings,
            "{name}: {} crossings against {}",
            again.crossings,
            layout_of(&compiled).crossings
        );
    }
}
