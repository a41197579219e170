//! Pages, screens and the built-in PDF: a diagram fitted to paper or a projector with legible
//! text, or a refusal naming the views that fit; a vector PDF with its fonts, made without
//! Graphviz, the same bytes every time.

use crate::common;

use crate::common::seed_theories;
use verkan::compile::Compiled;
use verkan::render::{self, Engine, Format, Page, RenderOptions, ViewOptions};

fn load(name: &str) -> Compiled {
    let (path, text) = seed_theories()
        .into_iter()
        .find(|(n, _)| n.contains(name))
        .expect("a bundled theory");
    let mut sources = verkan::source::Sources::new();
    let file = sources.add(&path, &text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    checked.compiled.expect("theory parses")
}

fn options(format: Format, page: Option<Page>, view: ViewOptions) -> RenderOptions {
    RenderOptions {
        format,
        engine: Engine::Builtin,
        view,
        scale: 1.0,
        page,
        with_text: false,
    }
}

#[test]
fn a_dense_theory_on_a_projector_is_refused_with_views_that_fit() {
    let pa_vag = load("pa_vag");
    let error = render::render(
        &pa_vag,
        &options(Format::Png, Some(Page::Screen), ViewOptions::full()),
    )
    .expect_err("På väg whole is too dense for a 16:9 screen");
    assert!(matches!(error, verkan::Error::TooLarge(_)));
    let message = error.to_string();
    assert!(message.contains("below the legible 14 px"), "{message}");
    // Every view it names does fit, with box text of at least 14 px on the 1920 px screen.
    let named: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let views: Vec<&&str> = named.iter().filter(|f| f.starts_with("--")).collect();
    assert!(!views.is_empty(), "{message}");
    for flags in views {
        let words: Vec<&str> = flags.split_whitespace().collect();
        let mut view = ViewOptions::full();
        for pair in words.windows(2) {
            if pair[0] == "--perspective" {
                view.perspectives.push(pair[1].to_string());
            }
        }
        view.legend = !words.contains(&"--no-legend");
        let selected = render::select(&pa_vag, &view).expect("a valid view");
        let layout = render::layout(&pa_vag, &selected, &view);
        let fit = Page::Screen.fit(layout.width, layout.height);
        assert!(fit.text >= 14.0, "`{flags}` gives {:.1} px", fit.text);
        let png = render::render(&pa_vag, &options(Format::Png, Some(Page::Screen), view))
            .expect("the named view renders");
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let info = decoder.read_info().expect("a PNG").info().clone();
        assert_eq!((info.width, info.height), (1920, 1080), "`{flags}`");
    }
}

#[test]
fn a_page_gives_the_svg_the_paper_size_and_keeps_the_whole_diagram() {
    let stegen = load("stegen");
    let mut view = ViewOptions::full();
    view.legend = false;
    let svg = String::from_utf8(
        render::render(&stegen, &options(Format::Svg, Some(Page::A3), view.clone())).unwrap(),
    )
    .unwrap();
    let document = roxmltree::Document::parse(&svg).unwrap();
    let root = document.root_element();
    assert_eq!(root.attribute("width"), Some("420mm"));
    assert_eq!(root.attribute("height"), Some("297mm"));
    // The viewBox holds the whole diagram.
    let selected = render::select(&stegen, &view).unwrap();
    let layout = render::layout(&stegen, &selected, &view);
    let b: Vec<f64> = root
        .attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    assert!(b[0] <= 0.0 && b[1] <= 0.0);
    assert!(b[0] + b[2] >= layout.width && b[1] + b[3] >= layout.height);
    // Print text of at least 7 pt.
    assert!(Page::A3.fit(layout.width, layout.height).text >= 7.0);
}

#[test]
fn other_formats_and_graphviz_refuse_a_page() {
    let stegen = load("stegen");
    for (format, engine) in [
        (Format::Dot, Engine::Builtin),
        (Format::Mermaid, Engine::Builtin),
        (Format::Json, Engine::Builtin),
        (Format::Svg, Engine::Graphviz),
    ] {
        let mut o = options(format, Some(Page::A3), ViewOptions::full());
        o.engine = engine;
        let error = common::render_any(&stegen, &o).expect_err("a page is for pictures");
        assert!(
            matches!(error, verkan::Error::Usage(_)),
            "{format:?}: {error}"
        );
    }
}

#[cfg(feature = "pdf")]
fn pdf_of(compiled: &Compiled, page: Option<Page>, legend: bool) -> Vec<u8> {
    let mut view = ViewOptions::full();
    view.legend = legend;
    render::render(compiled, &options(Format::Pdf, page, view)).expect("a PDF")
}

#[cfg(feature = "pdf")]
#[test]
fn the_built_in_pdf_is_vector_with_its_fonts_and_the_same_every_time() {
    let spira = load("spira");
    let bytes = pdf_of(&spira, Some(Page::A3), false);
    assert!(bytes.starts_with(b"%PDF-"));
    // svg2pdf orders objects by hash maps; verkan's canonical order makes runs identical.
    for _ in 0..3 {
        assert_eq!(
            pdf_of(&spira, Some(Page::A3), false),
            bytes,
            "PDF bytes differ"
        );
    }
    let document = lopdf::Document::load_mem(&bytes).expect("a readable PDF");
    let pages = document.get_pages();
    assert_eq!(pages.len(), 1);
    let page = document.get_dictionary(pages[&1]).unwrap();
    let media: Vec<f32> = page
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_float().unwrap())
        .collect();
    // A3 landscape in points.
    assert!(
        (media[2] - 1190.55).abs() < 0.1 && (media[3] - 841.89).abs() < 0.1,
        "{media:?}"
    );
    // The text is text in an embedded font (regular and bold), not a picture of it.
    let embedded = document
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"FontFile2") || d.has(b"FontFile3"))
        .count();
    assert!(embedded >= 2, "{embedded} embedded fonts");
    assert!(!document
        .objects
        .values()
        .any(|o| o.as_stream().is_ok_and(|s| s
            .dict
            .get(b"Subtype")
            .is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image")))));
}

#[cfg(feature = "pdf")]
#[test]
fn the_cli_writes_a_pdf_without_graphviz() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("spira.pdf");
    // An empty PATH: no `dot` can be found, so the PDF is verkan's own.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["render", "theories/spira.toml", "-o"])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PATH", "")
        .output()
        .expect("the binary runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(lopdf::Document::load_mem(&bytes).is_ok());
}

/// The ids of the boxes a page's SVG draws (`data-id`), and its mechanism markers
/// (`data-mechanism`) with the number each shows.
fn drawn(svg: &str) -> (Vec<String>, Vec<(String, String)>) {
    let attribute = |from: &str, name: &str| -> Option<String> {
        let at = from.find(&format!("{name}=\""))? + name.len() + 2;
        Some(from[at..].split('"').next()?.to_string())
    };
    let boxes = svg
        .match_indices("<g class=\"item ")
        .filter_map(|(at, _)| attribute(&svg[at..], "data-id"))
        .collect();
    let markers = svg
        .match_indices("<g class=\"marker ")
        .filter_map(|(at, _)| {
            let rest = &svg[at..];
            let id = attribute(rest, "data-mechanism")?;
            let end = rest.find("</g>")?;
            let number = rest[..end]
                .rsplit("\">")
                .next()?
                .split('<')
                .next()?
                .to_string();
            Some((id, number))
        })
        .collect();
    (boxes, markers)
}

#[test]
fn every_bundled_theory_prints_on_a4_either_way_with_every_box_legible_somewhere() {
    for (path, _) in seed_theories() {
        let compiled = load(&path);
        let theory = &compiled.theory;
        for page in [Page::A4, Page::A4Portrait] {
            let sheets = render::pages(&compiled, &ViewOptions::full(), page, false)
                .expect("pages, never a refusal");
            assert!(sheets.len() >= 3, "{path} on {page:?}: {}", sheets.len());
            // The first page shows the whole theory small; every other drawing is legible.
            let mut seen = std::collections::BTreeSet::new();
            for (n, sheet) in sheets.iter().enumerate().skip(1) {
                if let Some(pt) = sheet.text_pt {
                    assert!(pt >= 7.0, "{path} on {page:?}, page {}: {pt:.1} pt", n + 1);
                    let (boxes, markers) = drawn(&sheet.svg);
                    seen.extend(boxes);
                    for (id, number) in markers {
                        let m = theory
                            .mechanisms
                            .iter()
                            .position(|x| x.header.id == id)
                            .unwrap();
                        assert_eq!(
                            number,
                            (m + 1).to_string(),
                            "mechanism `{id}` keeps its number"
                        );
                    }
                }
            }
            for item in theory.items() {
                let boxed = matches!(
                    item,
                    verkan::model::ItemRef::Activity(_)
                        | verkan::model::ItemRef::Output(_)
                        | verkan::model::ItemRef::Effect(_)
                );
                if boxed {
                    let id = &theory.header(item).id;
                    assert!(
                        seen.contains(id),
                        "{path} on {page:?}: `{id}` is on no legible page"
                    );
                }
            }
        }
    }
}

#[test]
fn a_paged_pdf_is_tagged_page_by_page_and_reads_in_order() {
    if !common::has_python_module(
        "pypdf",
        "pypdf",
        "a_paged_pdf_is_tagged_page_by_page_and_reads_in_order",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let spira = load("spira");
    let mut asked = options(Format::Pdf, Some(Page::A4Portrait), ViewOptions::full());
    asked.with_text = true;
    let pdf = render::render(&spira, &asked).expect("a paged PDF");
    assert_eq!(
        pdf,
        render::render(&spira, &asked).unwrap(),
        "the same bytes every time"
    );
    let path = dir.path().join("spira.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let said = common::python_tool("pdf_pages.py", &[path.as_os_str()]);
    let read: serde_json::Value = serde_json::from_str(said.strip_prefix("ok ").unwrap()).unwrap();
    assert_eq!(read["title"], "Spira");
    assert_eq!(read["language"], "sv-SE");
    assert_eq!(read["tagged"], true);
    let pages = read["pages"].as_array().unwrap();
    let sheets = render::pages(&spira, &ViewOptions::full(), Page::A4Portrait, true).unwrap();
    assert_eq!(pages.len(), sheets.len());
    // A4 portrait paper; a lane too wide for it gets a landscape page.
    for page in pages {
        let size = page["size"].as_array().unwrap();
        let (w, h) = (size[0].as_i64().unwrap(), size[1].as_i64().unwrap());
        assert!((w, h) == (595, 842) || (w, h) == (842, 595), "{size:?}");
    }
    let roles = |page: &serde_json::Value| -> Vec<String> {
        page["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap().to_string())
            .collect()
    };
    // The whole theory: a figure said in words, then its words in the drawing's order, the
    // caption first and the theory's name as the heading.
    let first = roles(&pages[0]);
    assert_eq!(&first[..3], ["Figure", "P", "H1"], "{first:?}");
    let boxes = spira
        .theory
        .items()
        .filter(|i| {
            !matches!(
                i,
                verkan::model::ItemRef::Mechanism(_)
                    | verkan::model::ItemRef::Context(_)
                    | verkan::model::ItemRef::Indicator(_)
                    | verkan::model::ItemRef::TargetGroup(_)
            )
        })
        .count();
    assert!(
        first.iter().filter(|r| *r == "P").count() > boxes,
        "{first:?}"
    );
    assert!(pages[0]["alt"][0].as_str().unwrap().contains("Spira"));
    assert!(
        pages[0]["text"].as_str().unwrap().contains("Hela teorin"),
        "{}",
        pages[0]["text"]
    );
    // The mechanisms page: a heading, then each mechanism by its number, as text.
    let mechanisms = pages
        .iter()
        .find(|p| {
            p["text"]
                .as_str()
                .unwrap()
                .contains("Förändringsmekanismer")
        })
        .expect("a page of the mechanisms");
    let on_it = roles(mechanisms);
    assert_eq!(on_it[0], "H2");
    assert!(on_it.iter().filter(|r| *r == "P").count() >= spira.theory.mechanisms.len());
    assert_eq!(
        mechanisms["marked"].as_u64().unwrap() as usize,
        on_it.len(),
        "each line is marked content"
    );
    let text = mechanisms["text"].as_str().unwrap();
    let first = text.find("1. ").expect("mechanism 1");
    let second = text.find("2. ").expect("mechanism 2");
    assert!(first < second, "in order: {text}");
    // With the text version: every effect's words, after the drawings.
    let words: String = pages
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(words.contains("Spira i ord"));
    for effect in &spira.theory.effects {
        let start: String = effect
            .text
            .value
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        // Words kept together (`70 procent`) are joined by a no-break space.
        let flat = words.replace(['\n', '\u{a0}'], " ");
        assert!(flat.contains(&start), "`{start}` in the text version");
    }
}

#[test]
fn with_text_is_for_pdf_only_and_a_theory_that_fits_stays_one_page() {
    let stegen = load("stegen");
    let mut asked = options(Format::Svg, None, ViewOptions::full());
    asked.with_text = true;
    let refused = render::render(&stegen, &asked).expect_err("an SVG has no pages to add");
    assert!(matches!(refused, verkan::Error::Usage(_)), "{refused}");
    // One lane of Stegen fits A3 legibly, legend and all: one page of drawing, then text.
    let lane = ViewOptions {
        perspectives: vec!["samverkan".to_string()],
        ..ViewOptions::full()
    };
    let sheets = render::pages(&stegen, &lane, Page::A3, true).unwrap();
    assert!(sheets[0].text_pt.unwrap() >= 7.0);
    assert!(
        sheets[1..].iter().all(|s| s.text_pt.is_none()),
        "the rest is text"
    );
}

#[test]
fn a_box_in_no_lane_gets_a_page_of_its_own() {
    let (path, text) = seed_theories()
        .into_iter()
        .find(|(n, _)| n.contains("spira"))
        .unwrap();
    // The first effect loses its perspective: the diagram puts it in the "other" lane.
    let at = text.find("\n[effects.").unwrap();
    let line = text[at..].find("\nperspective = ").unwrap() + at;
    let end = text[line + 1..].find('\n').unwrap() + line + 1;
    let edited = format!("{}{}", &text[..line], &text[end..]);
    let mut sources = verkan::source::Sources::new();
    let file = sources.add(&path, &edited);
    let compiled = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new())
        .compiled
        .unwrap();
    let alone = &compiled.theory.effects[0].header.id;
    assert!(compiled
        .theory
        .perspective_of(verkan::model::ItemRef::Effect(0))
        .is_none());
    let sheets = render::pages(&compiled, &ViewOptions::full(), Page::A4, false).unwrap();
    let on = sheets
        .iter()
        .skip(1)
        .filter(|s| s.text_pt.is_some_and(|pt| pt >= 7.0))
        .filter(|s| drawn(&s.svg).0.contains(alone))
        .count();
    assert_eq!(on, 1, "`{alone}` is on one legible page");
    assert!(
        sheets.iter().any(|s| s.svg.contains("Övrigt")),
        "the page says which lane"
    );
}
