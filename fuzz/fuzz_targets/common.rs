//! What every target does with a theory text: the whole pipeline and every output.

use verkan::lints::LevelOverrides;
use verkan::render::{self, Engine, Format, RenderOptions, ViewOptions};
use verkan::source::Sources;

/// Parse → check → every emitter → every built-in format → report → coverage. Panics are the
/// findings; so is output that is not what its format promises.
pub fn exercise(text: &str) {
    let mut sources = Sources::new();
    let file = sources.add("fuzz.toml", text);
    let checked = verkan::check(&mut sources, file, &LevelOverrides::new());
    let mut sink = Vec::new();
    verkan::json::diagnostics::emit(&mut sink, &sources, &checked.diagnostics).unwrap();
    for line in String::from_utf8(sink).unwrap().lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each diagnostic is JSON");
    }
    let mut sink = Vec::new();
    verkan::diagnostic::emit_github(&mut sink, &sources, &checked.diagnostics).unwrap();
    // In both languages: a message given too few arguments stops a debug-assertion build.
    for language in [verkan::locale::Language::Sv, verkan::locale::Language::En] {
        sources.choose_language(Some(language));
        let mut human = codespan_reporting::term::termcolor::NoColor::new(Vec::new());
        verkan::diagnostic::emit_human(&mut human, &sources, &checked.diagnostics).unwrap();
    }
    let Some(compiled) = checked.compiled else {
        return;
    };
    // Rendering is bounded here so a run spends its time on variety, not on one huge PNG.
    if compiled.theory.items().count() > 400 {
        return;
    }
    for format in [Format::Svg, Format::Dot, Format::Mermaid, Format::Json] {
        let options = RenderOptions {
            format,
            engine: Engine::Builtin,
            view: ViewOptions::full(),
            scale: 1.0,
            page: None,
            with_text: false,
        };
        let bytes = match format {
            Format::Json => verkan::json::layout::render(&compiled, &options),
            _ => render::render(&compiled, &options),
        };
        if let Ok(bytes) = bytes {
            let text = String::from_utf8(bytes).expect("text formats are UTF-8");
            if format == Format::Json {
                serde_json::from_str::<serde_json::Value>(&text).expect("layout is JSON");
            }
            if format == Format::Svg {
                // The SVG must be well-formed XML (resvg uses the same parser; drawing it here
                // would cost most of each run).
                roxmltree::Document::parse(&text).expect("the SVG is XML");
            }
        }
    }
    // The workshop page: every text escaped, so only verkan's own three script elements.
    if let Ok(html) = verkan::page::theory(
        &compiled,
        &sources,
        &checked.diagnostics,
        &verkan::page::PageOptions::default(),
    ) {
        assert_eq!(
            html.matches("<script").count(),
            3,
            "markup got into the page"
        );
    }
    let card = verkan::indicators::report::scorecard(&compiled, None);
    let _ = card.table(80);
    let _ = card.markdown();
    let _ = card.csv().expect("the CSV report writes");
    let json = verkan::json::to_string(&verkan::json::report::Report::new(&compiled, None));
    serde_json::from_str::<serde_json::Value>(&json).expect("the report is JSON");
    let coverage =
        verkan::indicators::coverage::of_theories(vec![verkan::indicators::coverage::of_theory(
            "fuzz.toml",
            &compiled,
        )]);
    let _ = coverage.table(80, compiled.theory.meta.language);
    serde_json::from_str::<serde_json::Value>(&verkan::json::coverage::to_json(&coverage))
        .expect("coverage is JSON");
}
