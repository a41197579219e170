//! No input makes verkan panic: truncated, mutated, binary, deeply nested, wrongly typed or
//! very large theory files all end in diagnostics.

use crate::common;

use crate::common::{check_text, seed_theories};
use verkan::diagnostic::Severity;
use verkan::lints::LevelOverrides;

#[test]
fn every_truncation_of_the_seed_theories_is_diagnosed_without_panicking() {
    for (name, text) in seed_theories() {
        let mut cut = 0;
        while cut < text.len() {
            if text.is_char_boundary(cut) {
                let _ = check_text(&name, &text[..cut]);
            }
            cut += 61;
        }
    }
}

#[test]
fn random_byte_mutations_are_diagnosed_without_panicking() {
    // A fixed linear congruential generator keeps the test reproducible.
    let mut state: u64 = 0x5eed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let alphabet = b"[]{}=\",.#\n abc\\'\x00\xc3\xa5";
    for (name, text) in seed_theories() {
        for _ in 0..200 {
            let mut bytes = text.clone().into_bytes();
            for _ in 0..1 + next() % 4 {
                let at = next() % bytes.len();
                bytes[at] = alphabet[next() % alphabet.len()];
            }
            let mut sources = verkan::source::Sources::new();
            match verkan::add_file(&mut sources, name.clone(), bytes) {
                Ok(file) => {
                    let _ =
                        verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
                }
                Err((_, diagnostic)) => assert_eq!(diagnostic.rule, "syntax-error"),
            }
        }
    }
}

#[test]
fn binary_input_is_a_syntax_error_at_the_first_bad_byte() {
    let mut sources = verkan::source::Sources::new();
    let bytes = b"[theory]\nname = \"x\xff\xfe\"\n".to_vec();
    let (file, diagnostic) = verkan::add_file(&mut sources, "bin.toml".into(), bytes).unwrap_err();
    assert_eq!(diagnostic.rule, "syntax-error");
    let at = sources.location(file, diagnostic.primary.span.start);
    assert_eq!((at.line, at.column), (2, 10));
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_stack_overflow() {
    let text = format!(
        "[theory]\nname = \"x\"\nextra = {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (_, diagnostics) = check_text("deep.toml", &text);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].severity, Severity::Error);
}

#[test]
fn wrongly_typed_values_are_schema_errors_with_a_place() {
    let cases = [
        ("[theory]\nname = 5\n", 2),
        ("[theory]\nname = \"x\"\neffects = \"none\"\n", 3),
        ("[theory]\nname = \"x\"\n[effects.a]\nhorizon = \"short\"\ntext = [\"a\"]\n", 5),
        ("[theory]\nname = \"x\"\n[indicators.i]\nmeasures = \"a\"\nkind = \"outcome\"\ntext = \"t\"\ntarget = 70\n", 7),
        ("[theory]\nname = \"x\"\n[mechanisms.m]\ntext = \"t\"\nfrom = [[\"a\"]]\nto = []\n", 5),
        ("theory = 1\n", 1),
    ];
    for (text, line) in cases {
        let (sources, diagnostics) = check_text("typed.toml", text);
        assert_eq!(diagnostics.len(), 1, "{text}");
        let d = &diagnostics[0];
        assert_eq!(d.rule, "schema-error", "{text}");
        assert_eq!(
            sources.location(d.primary.file, d.primary.span.start).line,
            line,
            "{text}"
        );
    }
}

#[test]
fn a_large_generated_theory_checks_with_exact_counts() {
    let chains = 2_000;
    let text = verkan::synthetic::theory(chains);
    let (sources, diagnostics) = check_text("large.toml", &text);
    assert!(
        diagnostics.is_empty(),
        "{}",
        common::render(&sources, &diagnostics[..diagnostics.len().min(3)])
    );
    let (_, broken) = check_text(
        "large.toml",
        &text.replace("kind = \"outcome\"", "kind = \"output\""),
    );
    let missing = broken
        .iter()
        .filter(|d| d.rule == "effect-without-outcome-indicator")
        .count();
    assert_eq!(
        missing,
        3 * chains,
        "every effect lost its only outcome indicator"
    );
}

#[test]
fn three_independent_schema_errors_are_three_located_diagnostics_in_one_run() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/rules/schema-error/three-errors.toml"),
    )
    .unwrap();
    let (sources, diagnostics) = check_text("three.toml", &text);
    let places: Vec<(usize, usize)> = diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d.rule, "schema-error");
            let at = sources.location(d.primary.file, d.primary.span.start);
            (at.line, at.column)
        })
        .collect();
    assert_eq!(places, [(7, 1), (10, 11), (15, 8)]);
}

#[test]
fn slow_a_chain_of_200_000_effects_and_a_loop_through_them_check_without_overflowing_the_stack() {
    let effects = 200_000;
    for cycle in [false, true] {
        let text = verkan::synthetic::chain(effects, cycle);
        let (_, diagnostics) = check_text("chain.toml", &text);
        // Every effect lacks an outcome indicator; nothing else is wrong but the loop.
        let missing = diagnostics
            .iter()
            .filter(|d| d.rule == "effect-without-outcome-indicator")
            .count();
        assert_eq!(missing, effects);
        let loops = diagnostics
            .iter()
            .filter(|d| d.rule == "feedback-loop")
            .count();
        assert_eq!(loops, usize::from(cycle), "cycle: {cycle}");
    }
}

#[test]
fn slow_a_chain_of_200_000_effects_and_a_loop_of_50_000_draw_without_overflowing_the_stack() {
    // Drawing walks the same graph: ordering, routing and the SVG must not recurse either; a
    // recursive walk would overflow a test thread's 2 MB stack long before these depths. The
    // loop is drawn at a quarter of the size because its ordering sweeps take minutes in a
    // debug build (growth with size is measured by `cargo bench --bench render`, group chain).
    for (effects, cycle) in [(200_000, false), (50_000, true)] {
        let text = verkan::synthetic::chain(effects, cycle);
        let mut sources = verkan::source::Sources::new();
        let file = sources.add("chain.toml", text);
        let checked = verkan::check(&mut sources, file, &LevelOverrides::new());
        let compiled = checked.compiled.expect("a chain compiles");
        let options = verkan::render::RenderOptions {
            format: verkan::render::Format::Svg,
            engine: verkan::render::Engine::Builtin,
            view: verkan::render::ViewOptions::full(),
            scale: 1.0,
            page: None,
            with_text: false,
        };
        let svg = verkan::render::render(&compiled, &options).expect("the chain draws");
        let svg = String::from_utf8(svg).expect("SVG is UTF-8");
        let boxes = svg.matches("data-kind=\"effect\"").count();
        assert_eq!(boxes, effects, "cycle: {cycle}");
    }
}

#[test]
fn thousands_of_misspelt_perspectives_get_short_help_in_bounded_time() {
    let n = 3_000;
    let mut text = String::from("[theory]\nname = \"Många\"\n[perspectives]\n");
    for i in 0..n {
        text.push_str(&format!("p{i} = \"Perspektiv {i}\"\n"));
    }
    for i in 0..n {
        text.push_str(&format!(
            "[activities.a{i}]\nperspective = \"okand{i}\"\ntext = \"Insats {i}\"\n"
        ));
    }
    let (_, diagnostics) = check_text("many.toml", &text);
    let unknown: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.rule == "unknown-perspective")
        .collect();
    assert_eq!(unknown.len(), n);
    for d in unknown {
        let help = d.help.as_ref().map(|h| h.en()).unwrap_or_default();
        assert!(help.len() < 200, "the help lists a few, not {n}: {help}");
    }
}
