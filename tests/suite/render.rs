//! Diagrams: snapshots of every format for the seed theories, and geometry that must hold for
//! any theory (no overlaps, text inside boxes, arrows on box edges, every item once).

use crate::common;

use crate::common::seed_theories;
use verkan::compile::Compiled;
use verkan::model::{ItemRef, Theory};
use verkan::render::layout::{Layout, Point, Rect};
use verkan::render::{self, Engine, Format, RenderOptions, ViewOptions};

fn load(name: &str, text: &str) -> Compiled {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add(name, text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    checked.compiled.expect("theory parses")
}

fn layout_of(compiled: &Compiled, view: &ViewOptions) -> Layout {
    let selected = render::select(compiled, view).expect("valid view");
    render::layout(compiled, &selected, view)
}

fn render_to(compiled: &Compiled, format: Format, view: ViewOptions) -> Vec<u8> {
    let options = RenderOptions {
        format,
        engine: Engine::Builtin,
        view,
        scale: 1.0,
        page: None,
        with_text: false,
    };
    common::render_any(compiled, &options).expect("renders")
}

fn stem(name: &str) -> &str {
    name.trim_start_matches("theories/")
        .trim_end_matches(".toml")
}

#[test]
fn svg_dot_and_mermaid_of_the_seed_theories_match_their_snapshots() {
    for (name, text) in seed_theories() {
        let theory = load(&name, &text);
        for (format, extension) in [
            (Format::Svg, "svg"),
            (Format::Dot, "dot"),
            (Format::Mermaid, "mmd"),
        ] {
            let output =
                String::from_utf8(render_to(&theory, format, ViewOptions::full())).unwrap();
            insta::with_settings!({snapshot_path => "../../snapshots/render", prepend_module_to_snapshot => false, omit_expression => true}, {
                insta::assert_snapshot!(format!("{}.{extension}", stem(&name)), output);
            });
        }
    }
}

#[test]
fn rendering_is_deterministic() {
    for (name, text) in seed_theories() {
        let theory = load(&name, &text);
        for format in [Format::Svg, Format::Dot, Format::Mermaid, Format::Json] {
            assert_eq!(
                render_to(&theory, format, ViewOptions::full()),
                render_to(&load(&name, &text), format, ViewOptions::full()),
                "{name} {format:?}"
            );
        }
    }
}

fn inside(inner: &Rect, outer: &Rect) -> bool {
    const EPS: f64 = 0.01;
    inner.x >= outer.x - EPS
        && inner.y >= outer.y - EPS
        && inner.right() <= outer.right() + EPS
        && inner.bottom() <= outer.bottom() + EPS
}

fn on_edge(point: Point, rect: &Rect) -> bool {
    let on_side = (point.x - rect.x).abs() < 0.01 || (point.x - rect.right()).abs() < 0.01;
    on_side && point.y >= rect.y && point.y <= rect.bottom()
}

fn on_circle(point: Point, center: Point) -> bool {
    let d = ((point.x - center.x).powi(2) + (point.y - center.y).powi(2)).sqrt();
    (d - render::layout::MARKER_RADIUS).abs() < 0.01
}

fn check_geometry(name: &str, theory: &Theory, layout: &Layout) {
    // No two boxes overlap; no marker sits on a box or on another marker.
    for (i, a) in layout.boxes.iter().enumerate() {
        for b in &layout.boxes[i + 1..] {
            assert!(
                !a.rect.overlaps(&b.rect),
                "{name}: `{}` overlaps `{}`",
                a.id,
                b.id
            );
        }
        for marker in &layout.markers {
            let r = render::layout::MARKER_RADIUS;
            let disc = Rect {
                x: marker.center.x - r,
                y: marker.center.y - r,
                width: 2.0 * r,
                height: 2.0 * r,
            };
            assert!(
                !disc.overlaps(&a.rect),
                "{name}: marker {} overlaps `{}`",
                marker.number,
                a.id
            );
        }
    }
    for (i, a) in layout.markers.iter().enumerate() {
        for b in &layout.markers[i + 1..] {
            let d = ((a.center.x - b.center.x).powi(2) + (a.center.y - b.center.y).powi(2)).sqrt();
            assert!(
                d >= 2.0 * render::layout::MARKER_RADIUS,
                "{name}: markers {} and {} overlap",
                a.number,
                b.number
            );
        }
    }
    // Every line of text lies inside its box, and the badge does not cover the text.
    for item in &layout.boxes {
        for line in item.text.line_rects() {
            assert!(
                inside(&line, &item.rect),
                "{name}: text of `{}` spills out: {line:?} in {:?}",
                item.id,
                item.rect
            );
            if let Some(badge) = &item.badge {
                assert!(
                    !line.overlaps(&badge.rect),
                    "{name}: the badge of `{}` covers its text",
                    item.id
                );
            }
        }
        if let Some(badge) = &item.badge {
            assert!(
                inside(&badge.rect, &item.rect),
                "{name}: badge of `{}` outside its box",
                item.id
            );
            for line in badge.text.line_rects() {
                assert!(
                    inside(&line, &badge.rect),
                    "{name}: badge text of `{}` spills out",
                    item.id
                );
            }
        }
        assert!(inside(
            &item.rect,
            &Rect {
                x: 0.0,
                y: 0.0,
                width: layout.width,
                height: layout.height
            }
        ));
    }
    // Every arrow starts or ends on a box edge, and its other end is its mechanism's marker.
    for arrow in &layout.arrows {
        // An activity producing an output: box edge to box edge, no marker.
        let Some(mechanism) = arrow.mechanism else {
            let (Some(a), Some(b)) = (arrow.from_box, arrow.to_box) else {
                panic!("{name}: an output arrow joins two boxes");
            };
            assert!(
                on_edge(arrow.start(), &layout.boxes[a].rect),
                "{name}: leaves off edge"
            );
            assert!(
                on_edge(arrow.end(), &layout.boxes[b].rect),
                "{name}: enters off edge"
            );
            continue;
        };
        let marker = layout
            .markers
            .iter()
            .find(|m| m.mechanism == mechanism)
            .expect("arrow has a marker");
        match (arrow.from_box, arrow.to_box) {
            (Some(b), None) => {
                assert!(
                    on_edge(arrow.start(), &layout.boxes[b].rect),
                    "{name}: arrow leaves `{}` off its edge",
                    layout.boxes[b].id
                );
                assert!(
                    on_circle(arrow.end(), marker.center),
                    "{name}: arrow into marker {} ends off its circle",
                    marker.number
                );
            }
            (None, Some(b)) => {
                assert!(
                    on_edge(arrow.end(), &layout.boxes[b].rect),
                    "{name}: arrow enters `{}` off its edge",
                    layout.boxes[b].id
                );
                assert!(
                    on_circle(arrow.start(), marker.center),
                    "{name}: arrow out of marker {} starts off its circle",
                    marker.number
                );
            }
            _ => panic!("{name}: an arrow must join one box and one marker"),
        }
    }
    // Every item of the theory appears exactly once.
    let count = |item: ItemRef| layout.boxes.iter().filter(|b| b.item == item).count();
    for i in 0..theory.resources.len() {
        assert_eq!(count(ItemRef::Resource(i)), 1, "{name}: resource {i}");
    }
    for i in 0..theory.activities.len() {
        assert_eq!(count(ItemRef::Activity(i)), 1, "{name}: activity {i}");
    }
    for i in 0..theory.outputs.len() {
        assert_eq!(count(ItemRef::Output(i)), 1, "{name}: output {i}");
    }
    for i in 0..theory.effects.len() {
        assert_eq!(count(ItemRef::Effect(i)), 1, "{name}: effect {i}");
    }
    assert_eq!(
        layout.boxes.len(),
        theory.resources.len()
            + theory.activities.len()
            + theory.outputs.len()
            + theory.effects.len()
    );
    for m in 0..theory.mechanisms.len() {
        assert_eq!(
            layout.markers.iter().filter(|k| k.mechanism == m).count(),
            1,
            "{name}: mechanism {m}"
        );
        assert_eq!(
            layout.legend.iter().filter(|e| e.number == m + 1).count(),
            1,
            "{name}: legend {m}"
        );
    }
}

#[test]
fn seed_layouts_have_sound_geometry() {
    for (name, text) in seed_theories() {
        let theory = load(&name, &text);
        check_geometry(
            &name,
            &theory.theory,
            &layout_of(&theory, &ViewOptions::full()),
        );
    }
}

#[test]
fn boxes_sit_in_their_column_and_lane() {
    for (name, text) in seed_theories() {
        let theory = load(&name, &text);
        let layout = layout_of(&theory, &ViewOptions::full());
        for item in &layout.boxes {
            let heading = layout
                .headings
                .iter()
                .find(|h| h.column == item.column)
                .expect("column heading");
            assert_eq!(
                item.rect.x, heading.rect.x,
                "{name}: `{}` is in its column",
                item.id
            );
            if let Some(lane) = item.lane {
                assert!(
                    inside(&item.rect, &layout.lanes[lane].rect),
                    "{name}: `{}` is in its lane",
                    item.id
                );
                let perspective = match item.item {
                    ItemRef::Activity(a) => theory.theory.activities[a]
                        .perspective
                        .as_ref()
                        .and_then(|p| p.target),
                    ItemRef::Effect(e) => theory.theory.effects[e]
                        .perspective
                        .as_ref()
                        .and_then(|p| p.target),
                    _ => None,
                };
                assert_eq!(
                    layout.lanes[lane].perspective, perspective,
                    "{name}: `{}` lane",
                    item.id
                );
            }
        }
        let headings: Vec<String> = layout
            .headings
            .iter()
            .map(|h| h.text.lines.join(" "))
            .collect();
        assert_eq!(
            headings,
            [
                "Resurser",
                "Insatser",
                "Effekter på kort sikt",
                "Effekter på mellanlång sikt",
                "Effekter på lång sikt"
            ],
            "{name}"
        );
    }
}

#[test]
fn focus_on_an_indicator_shows_the_chain_of_what_it_measures() {
    let (name, text) = seed_theories()
        .into_iter()
        .find(|(n, _)| n.ends_with("spira.toml"))
        .unwrap();
    let compiled = load(&name, &text);
    let focus = |id: &str| ViewOptions {
        focus: Some(id.into()),
        ..ViewOptions::full()
    };
    let by_indicator = layout_of(&compiled, &focus("andel-stegforflyttning"));
    let by_effect = layout_of(&compiled, &focus("stegforflyttning"));
    let ids = |layout: &Layout| {
        layout
            .boxes
            .iter()
            .map(|b| b.id.clone())
            .collect::<Vec<_>>()
    };
    assert!(!by_indicator.boxes.is_empty(), "not an empty diagram");
    assert_eq!(ids(&by_indicator), ids(&by_effect));
    assert!(ids(&by_indicator).contains(&"stegforflyttning".to_string()));
    // A context is not on the chain: a clear error, not an empty diagram.
    let context = compiled.theory.contexts[0].header.id.clone();
    let error = render::select(&compiled, &focus(&context))
        .err()
        .expect("an error");
    assert!(error.to_string().contains("is a context"), "{error}");
    assert_eq!(error.exit_code(), 2);
}

#[test]
fn views_slice_the_theory() {
    let (name, text) = seed_theories()
        .into_iter()
        .find(|(n, _)| n.ends_with("pa_vag.toml"))
        .unwrap();
    let theory = load(&name, &text);

    let lane = ViewOptions {
        perspectives: vec!["samverkan".into()],
        ..ViewOptions::full()
    };
    let layout = layout_of(&theory, &lane);
    assert_eq!(layout.lanes.len(), 1);
    assert!(layout
        .boxes
        .iter()
        .all(|b| b.lane.is_none() || b.lane == Some(0)));
    assert!(layout.boxes.iter().any(|b| b.id == "kartlaggning"));
    assert!(!layout.boxes.iter().any(|b| b.id == "pilotarenden"));

    let focus = ViewOptions {
        focus: Some("spridning".into()),
        ..ViewOptions::full()
    };
    let layout = layout_of(&theory, &focus);
    let ids: Vec<&str> = layout.boxes.iter().map(|b| b.id.as_str()).collect();
    assert!(
        ids.contains(&"spridning")
            && ids.contains(&"forankrat-arbetssatt")
            && ids.contains(&"workshops")
    );
    assert!(
        !ids.contains(&"minskad-belastning"),
        "not upstream or downstream of spridning"
    );

    let short = ViewOptions {
        horizons: vec![verkan::model::Horizon::Short],
        ..ViewOptions::full()
    };
    let layout = layout_of(&theory, &short);
    assert_eq!(layout.headings.len(), 3);

    let bare = ViewOptions::default();
    let layout = layout_of(&theory, &bare);
    assert!(layout.legend.is_empty() && layout.boxes.iter().all(|b| b.badge.is_none()));

    let error = render::select(
        &theory,
        &ViewOptions {
            focus: Some("spridnig".into()),
            ..ViewOptions::full()
        },
    )
    .err()
    .unwrap();
    assert!(matches!(error, verkan::Error::Usage(_)), "{error}");
    assert!(
        error.to_string().contains("did you mean `spridning`?"),
        "{error}"
    );
    for (name, view) in [("lane", lane), ("focus", focus), ("short", short)] {
        check_view_geometry(name, &theory, &view);
    }
}

fn check_view_geometry(name: &str, theory: &Compiled, view: &ViewOptions) {
    let layout = layout_of(theory, view);
    for (i, a) in layout.boxes.iter().enumerate() {
        for b in &layout.boxes[i + 1..] {
            assert!(!a.rect.overlaps(&b.rect), "{name}: overlap");
        }
        for line in a.text.line_rects() {
            assert!(inside(&line, &a.rect), "{name}: text spills");
        }
    }
}

const AWKWARD: &str = r#"
[theory]
name = "Citat \"Spira\" & <co> \"]"
language = "en"

[perspectives]
p = "Lane \"A\" <b> & 😀"

[resources.r]
text = "Money & <time>"

[activities.a]
perspective = "p"
text = "Work \"quoted\"] and\nnew line 😀 #hash"
uses = ["r"]

[effects.e]
horizon = "long"
perspective = "p"
text = "Ends with \"] and & < > ' \\ backslash"

[mechanisms.m]
text = "Because \"] & <why>"
from = ["a"]
to = ["e"]

[indicators.i]
measures = "e"
kind = "outcome"
text = "Share"
target = { value = 1, direction = "at_least" }
source = "Survey"
"#;

#[test]
fn awkward_labels_are_escaped_and_intact_in_every_format() {
    let theory = load("awkward.toml", AWKWARD);
    let layout = layout_of(&theory, &ViewOptions::full());
    check_geometry("awkward", &theory.theory, &layout);

    let svg = String::from_utf8(render_to(&theory, Format::Svg, ViewOptions::full())).unwrap();
    assert!(svg.contains("Money &amp; &lt;time&gt;"));
    assert!(svg.contains("Work &quot;quoted&quot;]"));
    assert!(svg.contains("new line 😀 #hash"));
    assert!(!svg.contains("<time>"));
    // The SVG is well-formed: resvg parses and draws it.
    let png = render_to_png(&theory, 1.0);
    assert!(!png.is_empty());

    let dot = String::from_utf8(render_to(&theory, Format::Dot, ViewOptions::full())).unwrap();
    assert!(dot.contains(r#"Ends with \"] and &amp; < > ' \\"#), "{dot}");
    assert!(
        dot.contains(r#""Work \"quoted\"] and\nnew line 😀 #hash""#),
        "{dot}"
    );
    assert!(
        graphviz_rust::parse(&dot).is_ok(),
        "the DOT parses back: {dot}"
    );

    let mermaid =
        String::from_utf8(render_to(&theory, Format::Mermaid, ViewOptions::full())).unwrap();
    assert!(
        mermaid.contains("Work #quot;quoted#quot;#93; and new line 😀 #35;hash"),
        "{mermaid}"
    );
    assert!(
        // The backslash as an entity: Mermaid would read `\n` as a line break.
        mermaid.contains("Ends with #quot;#93; and #amp; #lt; #gt; ' #92; backslash"),
        "{mermaid}"
    );

    let json: serde_json::Value =
        serde_json::from_slice(&render_to(&theory, Format::Json, ViewOptions::full())).unwrap();
    assert_eq!(json["version"], verkan::json::layout::LAYOUT_VERSION);
    let ids: Vec<&str> = json["boxes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["r", "a", "e"]);
}

fn render_to_png(compiled: &Compiled, scale: f32) -> Vec<u8> {
    let options = RenderOptions {
        format: Format::Png,
        engine: Engine::Builtin,
        view: ViewOptions::full(),
        scale,
        page: None,
        with_text: false,
    };
    render::render(compiled, &options).expect("renders")
}

#[test]
fn png_decodes_at_the_scaled_size_and_is_not_blank() {
    let (name, text) = seed_theories()
        .into_iter()
        .find(|(n, _)| n.ends_with("stegen.toml"))
        .unwrap();
    let theory = load(&name, &text);
    let layout = layout_of(&theory, &ViewOptions::full());
    for scale in [1.0f32, 1.5] {
        let bytes = render_to_png(&theory, scale);
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("a PNG");
        let mut pixels = vec![0; reader.output_buffer_size().expect("a sane size")];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!(
            info.width,
            (layout.width * f64::from(scale)).round() as u32,
            "width at {scale}"
        );
        assert_eq!(
            info.height,
            (layout.height * f64::from(scale)).round() as u32,
            "height at {scale}"
        );
        let samples = info.color_type.samples();
        let dark = pixels[..info.buffer_size()]
            .chunks(samples)
            .filter(|p| p[..3].iter().map(|&c| u32::from(c)).sum::<u32>() < 200)
            .count();
        // Text and outlines: a blank or text-less picture has almost no dark pixels.
        assert!(dark > 10_000, "only {dark} dark pixels at {scale}");
    }
}

/// The README's complete example: outputs, an unintended effect, a shared indicator.
fn readme_example() -> String {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    readme
        .split("```toml\n")
        .map(|b| b.split("```").next().unwrap_or_default())
        .find(|b| b.starts_with("# example: passes check"))
        .expect("README example")
        .to_string()
}

#[test]
fn outputs_get_their_column_and_unintended_effects_read_as_such_in_every_format() {
    let compiled = load("example.toml", &readme_example());
    let layout = layout_of(&compiled, &ViewOptions::full());
    check_geometry("example", &compiled.theory, &layout);
    let headings: Vec<_> = layout.headings.iter().map(|h| h.column).collect();
    let outputs = headings
        .iter()
        .position(|c| *c == verkan::render::layout::Column::Outputs)
        .expect("an outputs column");
    assert_eq!(
        headings[outputs - 1],
        verkan::render::layout::Column::Activities
    );
    // The activity's arrow into the output it produces.
    assert!(layout.arrows.iter().any(|a| a.mechanism.is_none()
        && a.from_box
            .is_some_and(|b| layout.boxes[b].id == "kartlaggning")
        && a.to_box
            .is_some_and(|b| layout.boxes[b].id == "handlingsplaner")));
    let unintended = layout.boxes.iter().find(|b| b.id == "beroende").unwrap();
    assert!(unintended.unintended);
    assert_eq!(unintended.text.lines[0], "Oavsiktlig effekt:");
    let svg = String::from_utf8(render_to(&compiled, Format::Svg, ViewOptions::full())).unwrap();
    assert!(svg.contains("Prestationer") && svg.contains("stroke-dasharray"));
    assert!(
        svg.contains("↑ Avsatt tid för individuella samtal"),
        "context in the legend"
    );
    let dot = String::from_utf8(render_to(&compiled, Format::Dot, ViewOptions::full())).unwrap();
    assert!(dot.contains("dashed") && dot.contains("Oavsiktlig effekt:"));
    let mermaid =
        String::from_utf8(render_to(&compiled, Format::Mermaid, ViewOptions::full())).unwrap();
    assert!(
        mermaid.contains("Oavsiktlig effekt:")
            && mermaid.contains("class n")
            && mermaid.contains("unintended")
    );
    // A theory without outputs has no outputs column.
    for (name, text) in seed_theories() {
        let layout = layout_of(&load(&name, &text), &ViewOptions::full());
        assert!(layout
            .headings
            .iter()
            .all(|h| h.column != verkan::render::layout::Column::Outputs));
    }
}

#[test]
fn every_context_of_the_seed_theories_is_in_the_diagram_and_the_report() {
    for (name, text) in seed_theories() {
        let compiled = load(&name, &text);
        let layout = layout_of(&compiled, &ViewOptions::full());
        let legend: String = layout
            .legend
            .iter()
            .flat_map(|e| e.text.lines.iter())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
            // A number and its unit are joined by a no-break space, so they wrap together.
            .replace('\u{a0}', " ");
        let svg =
            String::from_utf8(render_to(&compiled, Format::Svg, ViewOptions::full())).unwrap();
        let markdown = verkan::indicators::report::scorecard(&compiled, None).markdown();
        for context in &compiled.theory.contexts {
            let words = context
                .text
                .value
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                legend.contains(&words),
                "{name}: context `{}` is not in the diagram's legend",
                context.header.id
            );
            // Escaped as XML text in the SVG, in pieces as wrapped.
            for word in context.text.value.split_whitespace() {
                let escaped = word
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                assert!(
                    svg.contains(&escaped),
                    "{name}: `{word}` of `{}` not in the SVG",
                    context.header.id
                );
            }
            assert!(
                markdown.contains(&context.text.value),
                "{name}: context `{}` is not in the Markdown report",
                context.header.id
            );
        }
    }
}

#[test]
fn characters_xml_forbids_and_breaks_in_ids_keep_the_svg_well_formed() {
    let text = r#"
[theory]
name = "Förbjudet \uFFFF tecken"
[activities."a	b"]
text = "Insats med \uFFFE och \u001B[2J"
[effects."e\nf"]
horizon = "short"
text = "Effekt"
[mechanisms.m]
text = "M"
from = ["a	b"]
to = ["e\nf"]
"#;
    let compiled = load("forbidden.toml", text);
    let svg = String::from_utf8(render_to(&compiled, Format::Svg, ViewOptions::full())).unwrap();
    assert!(!svg.contains('\u{ffff}') && !svg.contains('\u{fffe}') && !svg.contains('\u{1b}'));
    assert!(
        svg.contains(r#"data-id="a&#9;b""#),
        "a tab in an id survives the attribute"
    );
    assert!(
        svg.contains(r#"data-id="e&#10;f""#),
        "a newline in an id survives the attribute"
    );
    // Well-formed: resvg's XML parser reads and draws it.
    assert!(!render_to_png(&compiled, 1.0).is_empty());
}

#[test]
fn an_item_id_that_looks_like_a_mechanism_node_stays_a_separate_node_in_dot() {
    let text = r#"
[theory]
name = "Namn"
[activities."mechanism:m"]
text = "Insats"
[effects.e]
horizon = "short"
text = "Effekt"
[mechanisms.m]
text = "M"
from = ["mechanism:m"]
to = ["e"]
"#;
    let compiled = load("dot.toml", text);
    let dot = String::from_utf8(render_to(&compiled, Format::Dot, ViewOptions::full())).unwrap();
    let graph = graphviz_rust::parse(&dot).expect("DOT parses");
    let printed = graphviz_rust::printer::DotPrinter::print(
        &graph,
        &mut graphviz_rust::printer::PrinterContext::default(),
    );
    // The activity and the mechanism are two nodes, joined by one edge, not a self-loop.
    assert!(
        printed.contains(r#""item:mechanism:m" -> "mechanism:m""#),
        "{printed}"
    );
}

#[test]
fn a_png_over_the_pixel_budget_is_refused_before_it_is_drawn() {
    let compiled = load("big.toml", &verkan::synthetic::theory(100));
    let options = RenderOptions {
        format: Format::Png,
        engine: Engine::Builtin,
        view: ViewOptions::full(),
        scale: 8.0,
        page: None,
        with_text: false,
    };
    let error = render::render(&compiled, &options).expect_err("over the budget");
    assert!(matches!(error, verkan::Error::TooLarge(_)), "{error}");
    assert!(error.to_string().contains("megapixels"), "{error}");
    assert_eq!(error.exit_code(), 2);
    // The same theory as SVG is fine.
    let svg = RenderOptions {
        format: Format::Svg,
        ..options
    };
    assert!(render::render(&compiled, &svg).is_ok());
}

#[test]
fn inferred_links_are_dashed_with_their_reason_in_every_format() {
    let text = std::fs::read_to_string("tests/rules/inferred-link/links.toml").unwrap();
    let compiled = load("links.toml", &text);
    let layout = layout_of(&compiled, &ViewOptions::full());
    let id = |b: Option<usize>| b.map_or("", |b| layout.boxes[b].id.as_str());
    let inferred: Vec<(&str, &str)> = layout
        .arrows
        .iter()
        .filter(|a| a.inferred.is_some())
        .map(|a| (id(a.from_box), id(a.to_box)))
        .collect();
    // Into `steget-ut` from motivation, out of `traning` to motivation, and the activity
    // `samtal` to the output `platser`; no other arrow.
    assert_eq!(
        inferred.len(),
        3,
        "{inferred:?} of {} arrows",
        layout.arrows.len()
    );
    assert!(inferred.contains(&("motivation", "")));
    assert!(inferred.contains(&("", "motivation")));
    assert!(inferred.contains(&("samtal", "platser")));

    let svg = String::from_utf8(render_to(&compiled, Format::Svg, ViewOptions::full())).unwrap();
    assert_eq!(svg.matches(r#"data-inferred="true""#).count(), 3);
    assert!(
        svg.contains("<title>ansökan nämner bara arbetsnivån som villkor för praktiken</title>")
    );
    assert!(svg.contains("⇢ Härledd länk: Ökad motivation – ansökan nämner bara arbetsnivån"));
    assert!(
        svg.contains("En streckad pil"),
        "the legend says what a dashed arrow is"
    );
    let dot = String::from_utf8(render_to(&compiled, Format::Dot, ViewOptions::full())).unwrap();
    assert_eq!(dot.matches("style=dashed").count(), 3, "{dot}");
    let mermaid =
        String::from_utf8(render_to(&compiled, Format::Mermaid, ViewOptions::full())).unwrap();
    assert_eq!(
        mermaid.matches(" -.-> ").count() + mermaid.matches(" -.- ").count(),
        3
    );

    // Without `inferred_links` no arrow is dashed.
    let plain = text
        .lines()
        .filter(|l| !l.starts_with("inferred_links"))
        .collect::<Vec<_>>()
        .join("\n");
    let svg = String::from_utf8(render_to(
        &load("plain.toml", &plain),
        Format::Svg,
        ViewOptions::full(),
    ))
    .unwrap();
    assert!(!svg.contains("data-inferred") && !svg.contains("En streckad pil"));
}

#[cfg(feature = "pdf")]
#[test]
fn the_pdf_has_a_title_a_language_and_its_drawing_tagged_as_a_figure_with_alt_text() {
    if !common::has_python_module("pypdf", "pypdf", "the PDF's tags read by pypdf") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, title) in [("spira", "Spira"), ("aktivitetsarenan", "Aktivitetsarenan")] {
        let compiled = load(
            name,
            &std::fs::read_to_string(root.join(format!("theories/{name}.toml"))).unwrap(),
        );
        let pdf = render_to(&compiled, Format::Pdf, ViewOptions::full());
        let path = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&path, &pdf).unwrap();
        common::python_tool(
            "pdf_tags.py",
            &[path.as_os_str(), title.as_ref(), "sv-SE".as_ref()],
        );
    }
}
