//! The bundled seed theories: they check clean, and every mechanism and outcome indicator in
//! them carries weight (removing one makes the check fail at the effect it served).

mod common;

use common::{check_text, remove_table, seed_theories};
use verkan::diagnostic::Severity;
use verkan::model::IndicatorKind;

#[test]
fn seed_theories_have_no_errors_and_report_their_drafts() {
    let theories = seed_theories();
    assert_eq!(theories.len(), 4, "spira, pa_vag, stegen, aktivitetsarenan");
    for (name, text) in &theories {
        let (sources, diagnostics) = check_text(name, text);
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(
            errors.is_empty(),
            "{name}:\n{}",
            common::render(&sources, &diagnostics)
        );
        assert!(
            diagnostics.iter().any(|d| d.rule == "draft-indicator"),
            "{name} has draft indicators and they are reported"
        );
        assert!(
            diagnostics
                .iter()
                .all(|d| d.rule.name().starts_with("draft-")),
            "{name}: only drafts are left to warn about:\n{}",
            common::render(&sources, &diagnostics)
        );
    }
}

/// The line of an effect's header, 1-based.
fn header_line(text: &str, header: &str) -> usize {
    text.lines()
        .position(|l| l.trim() == header)
        .expect("header present")
        + 1
}

fn error_lines(name: &str, text: &str) -> Vec<(usize, &'static str)> {
    let (sources, diagnostics) = check_text(name, text);
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            (
                sources.location(d.primary.file, d.primary.span.start).line,
                d.rule.name(),
            )
        })
        .collect()
}

#[test]
fn removing_any_mechanism_fails_at_an_effect_it_led_to() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (name, text) in seed_theories() {
        let (_, theory) = load(&name, &text);
        for mechanism in &theory.mechanisms {
            let mutated = remove_table(&text, &format!("[mechanisms.{}]", mechanism.header.id));
            let errors = error_lines(&name, &mutated);
            let effect_lines: Vec<usize> = mechanism
                .to
                .iter()
                .map(|t| header_line(&mutated, &format!("[effects.{}]", t.name)))
                .collect();
            if !errors.iter().any(|(line, _)| effect_lines.contains(line)) {
                failures.push(format!(
                    "{name}: without mechanism `{}` no error points at its effects (lines {effect_lines:?}); errors: {errors:?}",
                    mechanism.header.id
                ));
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 30, "every seed mechanism was tried ({checked})");
}

#[test]
fn removing_any_outcome_indicator_fails_at_its_effect() {
    let mut checked = 0;
    for (name, text) in seed_theories() {
        let (_, theory) = load(&name, &text);
        for indicator in theory
            .indicators
            .iter()
            .filter(|i| i.kind == IndicatorKind::Outcome)
        {
            let mutated = remove_table(&text, &format!("[indicators.{}]", indicator.header.id));
            let errors = error_lines(&name, &mutated);
            let effect_line =
                header_line(&mutated, &format!("[effects.{}]", indicator.measures.name));
            assert!(
                errors.contains(&(effect_line, "effect-without-outcome-indicator")),
                "{name}: without indicator `{}` the effect on line {effect_line} is not reported; errors: {errors:?}",
                indicator.header.id
            );
            checked += 1;
        }
    }
    assert!(
        checked > 50,
        "every seed outcome indicator was tried ({checked})"
    );
}

fn load(name: &str, text: &str) -> (verkan::source::Sources, verkan::model::Theory) {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add(name, text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    (
        sources,
        checked.compiled.expect("seed theories parse").theory,
    )
}
