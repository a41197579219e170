//! One table of hostile strings through every output a reader or a tool parses: each output
//! is read back with an independent parser and must give the text back (or, where the format
//! cannot carry a character, its documented stand-in), and never more structure than verkan
//! wrote.

use crate::common;

use crate::common::hostile::{source, HOSTILE};

use verkan::compile::Compiled;
use verkan::render::{Engine, Format, RenderOptions, ViewOptions};

/// The theory with `text` everywhere, checked: it must have no errors.
fn theory_with(text: &str) -> Compiled {
    let source = source(text);
    let mut sources = verkan::source::Sources::new();
    let file = sources.add("hostile.toml", source);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.severity != verkan::diagnostic::Severity::Error),
        "{text:?}: {}",
        common::render(&sources, &checked.diagnostics)
    );
    checked.compiled.expect("parses")
}

fn render_text(compiled: &Compiled, format: Format) -> String {
    let options = RenderOptions {
        format,
        engine: Engine::Builtin,
        view: ViewOptions::full(),
        scale: 1.0,
        page: None,
        with_text: false,
    };
    String::from_utf8(common::render_any(compiled, &options).expect("renders")).expect("UTF-8")
}

/// Text with whitespace removed: wrapping only moves words between lines.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What XML 1.0 can carry of `text`: forbidden characters become U+FFFD.
fn as_xml_can_carry(text: &str) -> String {
    text.chars()
        .map(|c| {
            if (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{fffe}' | '\u{ffff}')
            {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

#[test]
fn svg_text_reads_back_through_an_xml_parser() {
    for text in HOSTILE {
        let compiled = theory_with(text);
        let svg = render_text(&compiled, Format::Svg);
        let doc = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|e| panic!("{text:?}: the SVG is not XML: {e}"));
        let shown: String = doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        let expected = squeezed(&as_xml_can_carry(text));
        assert!(
            squeezed(&shown).contains(&expected),
            "{text:?}: the SVG's text does not give it back"
        );
        // No element verkan did not write.
        assert!(
            doc.descendants()
                .all(|n| n.tag_name().name() != "script" && n.tag_name().name() != "img"),
            "{text:?}: markup got in"
        );
    }
}

#[test]
fn layout_and_report_json_give_the_text_back_exactly() {
    for text in HOSTILE {
        let compiled = theory_with(text);
        let layout: serde_json::Value =
            serde_json::from_str(&render_text(&compiled, Format::Json)).expect("JSON");
        assert_eq!(layout["theory"], *text);
        let report = verkan::json::report::Report::new(&compiled, None);
        let report: serde_json::Value =
            serde_json::from_str(&verkan::json::to_string(&report)).expect("JSON");
        assert_eq!(report["effects"][0]["text"], *text);
        assert_eq!(report["mechanisms"][0]["contexts"][0]["text"], *text);
    }
}

#[test]
fn dot_parses_back_for_every_hostile_label() {
    for text in HOSTILE {
        let compiled = theory_with(text);
        let dot = render_text(&compiled, Format::Dot);
        assert!(
            graphviz_rust::parse(&dot).is_ok(),
            "{text:?}: the DOT does not parse:\n{dot}"
        );
    }
}

#[test]
fn graphviz_itself_reads_every_hostile_label_back() {
    if !common::has_dot("Graphviz reading the hostile labels") {
        return;
    }
    let mut sources = verkan::source::Sources::new();
    let file = sources.add("all.toml", common::hostile::all_in_one());
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    let compiled = checked.compiled.expect("parses");
    let dot = render_text(&compiled, Format::Dot);
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("dot runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.is_empty(), "{stderr}");
    let svg = String::from_utf8(output.stdout).expect("dot writes UTF-8");
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let document =
        roxmltree::Document::parse_with_options(&svg, options).expect("dot's SVG is XML");
    let shown: String = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    let shown = squeezed(&shown);
    for text in HOSTILE {
        // What XML cannot carry comes back as U+FFFD, as in verkan's own SVG.
        let expected = squeezed(&as_xml_can_carry(text).replace(['\r', '\n'], ""));
        assert!(shown.contains(&expected), "{text:?} not shown as written");
    }
    // Graphviz wraps a node with a tooltip in <a xlink:title>; none may link anywhere.
    let made = document
        .descendants()
        .filter(|n| {
            n.has_tag_name("script")
                || n.has_tag_name("img")
                || n.attributes().any(|a| a.name() == "href")
        })
        .count();
    assert_eq!(made, 0, "a label became an element or a link");
}

#[test]
fn the_csv_report_reads_back_as_text_cells() {
    for text in HOSTILE {
        let compiled = theory_with(text);
        let csv = verkan::indicators::report::scorecard(&compiled, None)
            .csv()
            .unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let row = reader.records().next().expect("a row").expect("CSV");
        let theory_cell = &row[0];
        let expected = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{text}")
        } else {
            text.to_string()
        };
        assert_eq!(theory_cell, expected, "{text:?}");
    }
}

#[test]
fn markdown_shows_the_text_and_no_markup_of_its_own() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    for text in HOSTILE {
        let compiled = theory_with(text);
        let markdown = verkan::indicators::report::scorecard(&compiled, None).markdown();
        let mut shown = String::new();
        for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
            match event {
                Event::Html(_) | Event::InlineHtml(_) => panic!("{text:?}: HTML:\n{markdown}"),
                Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                    panic!("{text:?}: a link:\n{markdown}")
                }
                Event::Start(Tag::Emphasis | Tag::Strong) | Event::Code(_) => {
                    panic!("{text:?}: markup:\n{markdown}")
                }
                Event::Text(t) => shown.push_str(&t),
                _ => {}
            }
        }
        // Line breaks become " – " and controls U+FFFD; the rest reads as written.
        let expected: String = text
            .replace("\r\n", " – ")
            .replace(['\r', '\n'], " – ")
            .chars()
            .map(|c| if c.is_control() { '\u{fffd}' } else { c })
            .collect();
        assert!(
            squeezed(&shown).contains(&squeezed(&expected)),
            "{text:?}: not shown as written:\n{markdown}"
        );
    }
}

#[test]
fn mermaid_keeps_every_label_inside_its_quotes() {
    for text in HOSTILE {
        let compiled = theory_with(text);
        let mermaid = render_text(&compiled, Format::Mermaid);
        for line in mermaid.lines() {
            // Every line is one of the statements verkan writes, never one a label started.
            let line = line.trim_start();
            let known = [
                "---",
                "title: '",
                "flowchart",
                "subgraph",
                "direction",
                "end",
                "n",
                "m",
                "l",
                "resources ~~~ ",
                "%%",
                "classDef",
                "class ",
            ];
            assert!(
                known.iter().any(|k| line.starts_with(k)),
                "{text:?}: a label started a line of its own: {line}\n{mermaid}"
            );
            assert!(
                !line.contains("%%{"),
                "{text:?}: a directive got in: {line}"
            );
        }
    }
}

#[test]
fn the_workshop_page_carries_every_text_as_text() {
    for text in HOSTILE {
        let compiled = theory_with(text);
        let html = verkan::page::theory(
            &compiled,
            &verkan::source::Sources::new(),
            &[],
            &verkan::page::PageOptions::default(),
        )
        .expect("the page is made");
        // Exactly verkan's own elements: the data, the words and the script; no image.
        assert_eq!(
            html.matches("<script").count(),
            3,
            "{text:?}: a script got in"
        );
        assert!(!html.contains("<img"), "{text:?}: markup got in");
        assert!(!html.contains("<!--"), "{text:?}: a comment got in");
        // The data gives the text back exactly.
        let open = r#"<script id="verkan-data" type="application/json">"#;
        let start = html.find(open).unwrap() + open.len();
        let end = html[start..].find("</script>").unwrap() + start;
        let data: serde_json::Value = serde_json::from_str(&html[start..end]).expect("JSON");
        assert_eq!(data["items"][0]["text"], *text, "{text:?}");
        assert_eq!(data["report"]["mechanisms"][0]["text"], *text, "{text:?}");
    }
}
