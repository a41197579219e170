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
