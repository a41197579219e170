//! The bundled seed theories: they check clean, and every mechanism and outcome indicator in
//! them carries weight (removing one makes the check fail at the effect it served).

use crate::common;

use crate::common::{check_text, remove_table, seed_theories};
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
        // What is left is what the file's author reconstructed, and mechanisms the evaluation
        // found never tried: questions for the programme, not faults in the file.
        let reconstructed_or_untried = |rule: &str| {
            rule.starts_with("draft-") || rule == "inferred-link" || rule == "mechanism-never-tried"
        };
        assert!(
            diagnostics
                .iter()
                .all(|d| reconstructed_or_untried(d.rule.name())),
            "{name}: only reconstructions and untried mechanisms are left to warn about:\n{}",
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

/// Lines of every finding (errors and warnings).
fn finding_lines(name: &str, text: &str) -> Vec<usize> {
    let (sources, diagnostics) = check_text(name, text);
    diagnostics
        .iter()
        .map(|d| sources.location(d.primary.file, d.primary.span.start).line)
        .collect()
}

#[test]
fn removing_any_mechanism_is_noticed() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (name, text) in seed_theories() {
        let (_, theory) = load(&name, &text);
        for (m, mechanism) in theory.mechanisms.iter().enumerate() {
            let mutated = remove_table(&text, &format!("[mechanisms.{}]", mechanism.header.id));
            // Effects only this mechanism leads to must fail `check`; when every effect it
            // leads to has another mechanism too, its starting points are left dangling.
            let sole: Vec<usize> = mechanism
                .to
                .iter()
                .filter(|t| {
                    !theory
                        .mechanisms
                        .iter()
                        .enumerate()
                        .any(|(o, other)| o != m && other.to.iter().any(|r| r.name == t.name))
                })
                .map(|t| header_line(&mutated, &format!("[effects.{}]", t.name)))
                .collect();
            let noticed = if sole.is_empty() {
                let starts: Vec<usize> = mechanism
                    .from
                    .iter()
                    .filter_map(|f| {
                        ["activities", "effects", "outputs"]
                            .iter()
                            .find_map(|section| {
                                let header = format!("[{section}.{}]", f.name);
                                mutated
                                    .lines()
                                    .any(|l| l.trim() == header)
                                    .then(|| header_line(&mutated, &header))
                            })
                    })
                    .collect();
                finding_lines(&name, &mutated)
                    .iter()
                    .any(|line| starts.contains(line))
            } else {
                error_lines(&name, &mutated)
                    .iter()
                    .any(|(line, _)| sole.contains(line))
            };
            if !noticed {
                failures.push(format!(
                    "{name}: removing mechanism `{}` goes unnoticed",
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
            // An effect with another outcome indicator keeps one.
            let only_one = |effect: Option<verkan::model::ItemRef>| {
                theory
                    .indicators
                    .iter()
                    .filter(|i| i.kind == IndicatorKind::Outcome)
                    .filter(|i| i.measures.iter().any(|m| m.target == effect))
                    .count()
                    == 1
            };
            for measured in indicator.measures.iter().filter(|m| only_one(m.target)) {
                let effect_line = header_line(&mutated, &format!("[effects.{}]", measured.name));
                assert!(
                    errors.contains(&(effect_line, "effect-without-outcome-indicator")),
                    "{name}: without indicator `{}` the effect on line {effect_line} is not reported; errors: {errors:?}",
                    indicator.header.id
                );
            }
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
