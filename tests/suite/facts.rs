//! One definition per fact: `check`, `coverage`, the scorecard and the diagram badges give the
//! same answer to "reached", "measured", "has an outcome indicator" and "counts for coverage",
//! on the seed theories and on fixtures built so that the looser definitions would disagree.

use crate::common::seed_theories;
use verkan::compile::attainment::Status;
use verkan::compile::Compiled;
use verkan::diagnostic::{Diagnostic, Severity};
use verkan::indicators::{coverage, report};
use verkan::lints::LevelOverrides;
use verkan::model::ItemRef;
use verkan::render::{self, ViewOptions};

fn compile(text: &str) -> (Compiled, Vec<Diagnostic>) {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add("facts.toml", text);
    let checked = verkan::check(&mut sources, file, &LevelOverrides::new());
    (checked.compiled.expect("parses"), checked.diagnostics)
}

fn findings_at(compiled: &Compiled, diagnostics: &[Diagnostic], rule: &str, item: ItemRef) -> bool {
    let span = &compiled.theory.header(item).span;
    diagnostics
        .iter()
        .any(|d| d.rule == rule && d.primary.span == *span)
}

/// Every fact, as each output states it, must agree with the compiled theory.
fn assert_outputs_agree(name: &str, compiled: &Compiled, diagnostics: &[Diagnostic]) {
    let theory = &compiled.theory;
    let card = report::scorecard(compiled, None);
    let selected = render::select(compiled, &ViewOptions::full()).expect("full view");
    let layout = render::layout(compiled, &selected, &ViewOptions::full());
    for (e, effect) in theory.effects.iter().enumerate() {
        let item = ItemRef::Effect(e);
        let id = &effect.header.id;
        // Reached: check's two rules together say "not reached"; coverage and report agree.
        let check_says_unreached = findings_at(compiled, diagnostics, "unreachable-effect", item)
            || findings_at(compiled, diagnostics, "effect-without-mechanism", item);
        let cut_by_typo = diagnostics.iter().any(|d| d.rule == "unresolved-reference");
        if !cut_by_typo {
            assert_eq!(
                check_says_unreached,
                !compiled.is_reached(e),
                "{name}: `{id}` reached"
            );
        }
        let row = card.effects.iter().find(|r| &r.id == id).expect("row");
        assert_eq!(row.reached, compiled.is_reached(e), "{name}: report `{id}`");
        // Has an outcome indicator: check and the diagram badge's ● count.
        assert_eq!(
            findings_at(
                compiled,
                diagnostics,
                "effect-without-outcome-indicator",
                item
            ),
            !compiled.has_outcome_indicator(e),
            "{name}: `{id}` outcome indicator"
        );
        let shown = layout.boxes.iter().find(|b| b.item == item).expect("box");
        let badge = shown.badge.as_ref().expect("badge");
        assert_eq!(badge.outcome > 0, compiled.has_outcome_indicator(e));
        // Status: the report's and the badge's are the compiled one.
        let status = compiled.effect_results()[e].status;
        assert_eq!(row.status, status, "{name}: report status of `{id}`");
        assert_eq!(badge.status, status, "{name}: badge status of `{id}`");
        // Measured: an effect with a status other than no-data is measured, and only then.
        assert_eq!(
            status != Status::NoData,
            compiled.is_effect_measured(e),
            "{name}: `{id}` measured"
        );
    }
    let cov = coverage::of_theory(name, compiled);
    let n = theory.effects.len();
    let count = |f: &dyn Fn(usize) -> bool| (0..n).filter(|&e| f(e)).count();
    assert_eq!(cov.shares.reached, count(&|e| compiled.is_reached(e)));
    assert_eq!(
        cov.shares.outcome_indicator,
        count(&|e| compiled.counting_indicators(e).next().is_some())
    );
    assert_eq!(
        cov.shares.measured,
        count(&|e| compiled.is_effect_measured(e))
    );
    for (i, indicator) in theory.indicators.iter().enumerate() {
        let listed = cov.unmeasured.contains(&indicator.header.id);
        let outcome = indicator.kind == verkan::model::IndicatorKind::Outcome;
        assert_eq!(
            listed,
            outcome && !compiled.is_measured(i),
            "{name}: `{}`",
            indicator.header.id
        );
        assert_eq!(
            compiled.indicator_results()[i].status != Status::NoData
                || compiled.indicator_results()[i]
                    .groups
                    .iter()
                    .any(|g| g.status != Status::NoData),
            compiled.is_measured(i),
            "{name}: indicator `{}` measured",
            indicator.header.id
        );
    }
}

#[test]
fn the_seed_theories_agree_on_every_fact() {
    for (name, text) in seed_theories() {
        let (compiled, diagnostics) = compile(&text);
        assert_outputs_agree(&name, &compiled, &diagnostics);
    }
}

const BASE: &str = r#"
[theory]
name = "Fakta"
[activities.a]
text = "Insats"
[effects.kort]
horizon = "short"
text = "Kort"
[effects.lang]
horizon = "long"
text = "Lång"
[mechanisms.m]
text = "Insatsen leder till kort effekt"
from = ["a"]
to = ["kort"]
[mechanisms.n]
text = "Den korta leder till den långa"
from = ["kort"]
to = ["lang"]
[indicators.i-kort]
measures = "kort"
kind = "outcome"
text = "Andel"
unit = "percent"
target = { value = 50, direction = "at_least" }
source = "Enkät"
[[indicators.i-kort.measurements]]
period = "2020"
value = 60
[indicators.i-lang]
measures = "lang"
kind = "outcome"
text = "Andel i arbete"
unit = "percent"
target = { value = 50, direction = "at_least" }
source = "Register"
"#;

#[test]
fn an_effect_named_by_a_mechanism_but_not_reached_from_an_activity_is_not_reached_everywhere() {
    // Two effects that lead to each other: each is some mechanism's `to`, neither is reached.
    let text = format!(
        "{BASE}\n[effects.x]\nhorizon = \"medium\"\ntext = \"X\"\n[effects.y]\nhorizon = \"medium\"\ntext = \"Y\"\n\
         [mechanisms.xy]\ntext = \"X ger Y\"\nfrom = [\"x\"]\nto = [\"y\", \"lang\"]\n\
         [mechanisms.yx]\ntext = \"Y ger X\"\nfrom = [\"y\"]\nto = [\"x\"]\n\
         [lints]\nfeedback-loop = \"allow\"\n"
    );
    let (compiled, diagnostics) = compile(&text);
    let x = compiled.theory.ids["x"];
    assert!(compiled.is_led_to(x.index()) && !compiled.is_reached(x.index()));
    assert!(findings_at(
        &compiled,
        &diagnostics,
        "unreachable-effect",
        x
    ));
    let d = diagnostics
        .iter()
        .find(|d| d.rule == "unreachable-effect")
        .unwrap();
    assert_eq!(d.severity, Severity::Error);
    let cov = coverage::of_theory("facts.toml", &compiled);
    assert_eq!((cov.shares.effects, cov.shares.reached), (4, 2));
    let card = report::scorecard(&compiled, None);
    let row = card.effects.iter().find(|r| r.id == "x").unwrap();
    assert!(!row.reached);
    assert!(card.table(200).contains("nås inte från någon insats"));
    assert_outputs_agree("unreached", &compiled, &diagnostics);
}

#[test]
fn an_indicator_with_only_unreadable_measurements_is_not_measured_anywhere() {
    // A period that cannot be read and a zero denominator: two measurements, no value.
    let text = BASE.to_string()
        + "[[indicators.i-lang.measurements]]\nperiod = \"HT-nittonhundra\"\nvalue = 70\n\
           [[indicators.i-lang.measurements]]\nperiod = \"2021\"\nnumerator = 0\ndenominator = 0\n";
    let (compiled, diagnostics) = compile(&text);
    let i = compiled.theory.ids["i-lang"].index();
    assert!(!compiled.is_measured(i));
    assert_eq!(compiled.indicator_results()[i].status, Status::NoData);
    let cov = coverage::of_theory("facts.toml", &compiled);
    assert_eq!(cov.shares.measured, 1, "only `kort` is measured");
    assert_eq!(cov.unmeasured, ["i-lang"]);
    assert_outputs_agree("unreadable", &compiled, &diagnostics);
}

#[test]
fn a_draft_outcome_indicator_satisfies_check_but_does_not_count_for_coverage_or_status() {
    let text = BASE.replace(
        "source = \"Register\"\n",
        "source = \"Register\"\ndraft = true\n[[indicators.i-lang.measurements]]\nperiod = \"2021\"\nvalue = 90\n",
    );
    let (compiled, diagnostics) = compile(&text);
    let lang = compiled.theory.ids["lang"].index();
    assert!(compiled.has_outcome_indicator(lang));
    assert!(!diagnostics
        .iter()
        .any(|d| d.rule == "effect-without-outcome-indicator"));
    assert!(diagnostics.iter().any(|d| d.rule == "draft-indicator"));
    assert_eq!(compiled.counting_indicators(lang).count(), 0);
    assert_eq!(compiled.effect_results()[lang].status, Status::NoData);
    let cov = coverage::of_theory("facts.toml", &compiled);
    assert_eq!((cov.shares.outcome_indicator, cov.shares.measured), (1, 1));
    assert_outputs_agree("draft", &compiled, &diagnostics);
}

#[test]
fn an_indicator_measuring_two_effects_counts_for_both() {
    let text = BASE.replace("measures = \"kort\"", "measures = [\"kort\", \"lang\"]");
    let (compiled, diagnostics) = compile(&text);
    let kort = compiled.theory.ids["kort"].index();
    let lang = compiled.theory.ids["lang"].index();
    let shared = compiled.theory.ids["i-kort"].index();
    assert!(compiled.counting_indicators(kort).any(|i| i == shared));
    assert!(compiled.counting_indicators(lang).any(|i| i == shared));
    let cov = coverage::of_theory("facts.toml", &compiled);
    assert_eq!(cov.shares.measured, 2, "measured for both effects");
    let selected = render::select(&compiled, &ViewOptions::full()).unwrap();
    let layout = render::layout(&compiled, &selected, &ViewOptions::full());
    for id in ["kort", "lang"] {
        let badge = layout
            .boxes
            .iter()
            .find(|b| b.id == id)
            .unwrap()
            .badge
            .clone()
            .unwrap();
        assert!(
            badge.outcome >= 1,
            "{id}: the shared indicator is on its badge"
        );
    }
    let card = report::scorecard(&compiled, None);
    for id in ["kort", "lang"] {
        let row = card.effects.iter().find(|r| r.id == id).unwrap();
        assert!(row.indicators.iter().any(|i| i.id == "i-kort"), "{id}");
    }
    assert_outputs_agree("shared", &compiled, &diagnostics);
}

#[test]
fn an_assessment_is_a_status_and_a_measurement_everywhere() {
    let text = BASE.to_string()
        + "[[indicators.i-lang.measurements]]\nperiod = \"2021\"\nassessment = \"not_met\"\n\
           source = \"Slutrapporten\"\nnote = \"”vida understiger de mål som finns satta”\"\n";
    let (compiled, diagnostics) = compile(&text);
    let i = compiled.theory.ids["i-lang"].index();
    let lang = compiled.theory.ids["lang"].index();
    assert!(compiled.is_measured(i));
    assert!(compiled.indicator_results()[i].assessed);
    assert_eq!(compiled.effect_results()[lang].status, Status::NotMet);
    let table = report::scorecard(&compiled, None).table(200);
    assert!(table.contains("ej uppnått (bedömning)"), "{table}");
    assert_outputs_agree("assessed", &compiled, &diagnostics);
}
