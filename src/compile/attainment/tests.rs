use super::*;
use crate::model::{lower, Theory};

/// A theory with one effect measured by the indicators given as TOML.
fn theory(indicators: &str) -> Theory {
    let text = format!(
        r#"
[theory]
name = "T"
[activities.a]
text = "A"
[effects.e]
horizon = "long"
text = "E"
[mechanisms.m]
text = "M"
from = ["a"]
to = ["e"]
{indicators}
"#
    );
    lower(
        0,
        crate::document::parse(0, &text).expect("test theory parses"),
    )
}

fn one(target: &str, baseline: Option<f64>, values: &[(&str, f64)]) -> IndicatorResult {
    let mut toml = format!(
        "[indicators.i]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"I\"\nunit = \"percent\"\ntarget = {target}\n"
    );
    if let Some(b) = baseline {
        toml.push_str(&format!(
            "baseline = {{ value = {b}, period = \"2015\" }}\n"
        ));
    }
    for (period, value) in values {
        toml.push_str(&format!(
            "[[indicators.i.measurements]]\nperiod = \"{period}\"\nvalue = {value}\n"
        ));
    }
    indicators(&theory(&toml), None).remove(0)
}

#[test]
fn at_least() {
    let target = r#"{ value = 70, direction = "at_least", by = "2019" }"#;
    assert_eq!(one(target, None, &[("2019", 81.6)]).status, Status::Met);
    assert_eq!(
        one(target, None, &[("2019", 70.0)]).status,
        Status::Met,
        "reaching the target exactly is met"
    );
    assert_eq!(
        one(target, None, &[("2019", 49.0)]).status,
        Status::NotMet,
        "no earlier value shows progress"
    );
    assert_eq!(
        one(target, None, &[("2017", 40.0), ("2018", 55.0)]).status,
        Status::OnTrack
    );
    assert_eq!(
        one(target, None, &[("2017", 60.0), ("2018", 55.0)]).status,
        Status::NotMet,
        "moving away"
    );
    assert_eq!(
        one(target, None, &[("2017", 40.0), ("2019", 55.0)]).status,
        Status::NotMet,
        "out of time"
    );
    let with_baseline = one(target, Some(40.0), &[("2018", 55.0)]);
    assert_eq!(with_baseline.status, Status::OnTrack);
    assert_eq!(with_baseline.progress, Some(0.5));
}

#[test]
fn at_most() {
    let target = r#"{ value = 10, direction = "at_most" }"#;
    assert_eq!(one(target, None, &[("2019", 8.0)]).status, Status::Met);
    assert_eq!(
        one(target, Some(30.0), &[("2019", 20.0)]).status,
        Status::OnTrack
    );
    assert_eq!(
        one(target, Some(30.0), &[("2019", 20.0)]).progress,
        Some(0.5)
    );
    assert_eq!(
        one(target, Some(15.0), &[("2019", 20.0)]).status,
        Status::NotMet
    );
}

#[test]
fn increase_and_decrease_without_a_value_compare_with_the_baseline() {
    let up = r#"{ direction = "increase" }"#;
    assert_eq!(one(up, Some(10.0), &[("2019", 12.0)]).status, Status::Met);
    assert_eq!(
        one(up, Some(10.0), &[("2019", 10.0)]).status,
        Status::NotMet
    );
    assert_eq!(
        one(up, None, &[("2018", 10.0), ("2019", 12.0)]).status,
        Status::Met,
        "against the first value"
    );
    assert_eq!(
        one(up, None, &[("2019", 12.0)]).status,
        Status::NoTarget,
        "nothing to compare with"
    );
    let down = r#"{ direction = "decrease" }"#;
    assert_eq!(one(down, Some(10.0), &[("2019", 8.0)]).status, Status::Met);
    assert_eq!(
        one(down, Some(10.0), &[("2019", 11.0)]).status,
        Status::NotMet
    );
}

#[test]
fn increase_and_decrease_with_a_value_are_reached_at_the_value() {
    assert_eq!(
        one(
            r#"{ value = 20, direction = "increase" }"#,
            Some(10.0),
            &[("2019", 15.0)]
        )
        .status,
        Status::OnTrack
    );
    assert_eq!(
        one(
            r#"{ value = 20, direction = "increase" }"#,
            Some(10.0),
            &[("2019", 20.0)]
        )
        .status,
        Status::Met
    );
    assert_eq!(
        one(
            r#"{ value = 5, direction = "decrease" }"#,
            Some(10.0),
            &[("2019", 4.0)]
        )
        .status,
        Status::Met
    );
}

#[test]
fn range() {
    let target = r#"{ value = 60, max = 80, direction = "range" }"#;
    assert_eq!(one(target, None, &[("2019", 70.0)]).status, Status::Met);
    assert_eq!(one(target, None, &[("2019", 80.0)]).status, Status::Met);
    assert_eq!(one(target, None, &[("2019", 90.0)]).status, Status::NotMet);
    assert_eq!(
        one(target, None, &[("2018", 40.0), ("2019", 50.0)]).status,
        Status::OnTrack
    );
}

#[test]
fn target_equal_to_baseline_has_no_progress_but_is_judged() {
    let target = r#"{ value = 50, direction = "at_least" }"#;
    let result = one(target, Some(50.0), &[("2019", 50.0)]);
    assert_eq!(result.status, Status::Met);
    assert_eq!(
        result.progress, None,
        "no distance to travel, so no share of it"
    );
}

#[test]
fn no_measurement_is_no_data_and_no_target_is_no_target() {
    assert_eq!(
        one(r#"{ value = 70, direction = "at_least" }"#, None, &[]).status,
        Status::NoData
    );
    let toml = "[indicators.i]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"I\"\n[[indicators.i.measurements]]\nperiod = \"2019\"\nvalue = 3\n";
    assert_eq!(indicators(&theory(toml), None)[0].status, Status::NoTarget);
}

#[test]
fn shares_are_computed_from_counts_and_a_zero_denominator_gives_no_value() {
    let toml = "[indicators.i]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"I\"\nunit = \"percent\"\ntarget = { value = 70, direction = \"at_least\" }\n\
                [[indicators.i.measurements]]\nperiod = \"2019\"\nnumerator = 80\ndenominator = 98\n";
    let result = indicators(&theory(toml), None).remove(0);
    assert!((result.latest.unwrap().value.unwrap() - 81.632).abs() < 0.001);
    assert_eq!(result.status, Status::Met);

    let zero = toml.replace("denominator = 98", "denominator = 0");
    assert_eq!(indicators(&theory(&zero), None)[0].status, Status::NoData);
    let ratio = toml
        .replace("unit = \"percent\"", "unit = \"ratio\"")
        .replace("value = 70", "value = 0.7");
    assert!(
        (indicators(&theory(&ratio), None)[0]
            .latest
            .as_ref()
            .unwrap()
            .value
            .unwrap()
            - 0.816)
            .abs()
            < 0.001
    );
}

#[test]
fn as_of_leaves_out_later_measurements() {
    let toml = "[indicators.i]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"I\"\ntarget = { value = 70, direction = \"at_least\" }\n\
                [[indicators.i.measurements]]\nperiod = \"2018\"\nvalue = 50\n[[indicators.i.measurements]]\nperiod = \"2019\"\nvalue = 75\n";
    let t = theory(toml);
    assert_eq!(indicators(&t, None)[0].status, Status::Met);
    let as_of = Period::parse("2018");
    let earlier = indicators(&t, as_of).remove(0);
    assert_eq!(earlier.latest.unwrap().period, "2018");
    assert_eq!(earlier.status, Status::NotMet);
}

#[test]
fn groups_are_judged_on_their_own() {
    let toml = "[indicators.i]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"I\"\ntarget = { value = 80, direction = \"at_least\" }\n\
                disaggregation = { remittent = [\"FK\", \"IoF\", \"AF\"] }\n\
                [[indicators.i.measurements]]\nperiod = \"2011\"\ngroup = \"FK\"\nvalue = 49\n\
                [[indicators.i.measurements]]\nperiod = \"2011\"\ngroup = \"remittent=AF\"\nvalue = 85\n";
    let result = indicators(&theory(toml), None).remove(0);
    // No value for the whole population: the groups decide, and they disagree.
    assert_eq!(result.status, Status::PartlyMet);
    let tally = result.from_groups.expect("from the groups");
    assert_eq!(
        (
            tally.count(Status::Met),
            tally.count(Status::NotMet),
            tally.count(Status::NoData)
        ),
        (1, 1, 1)
    );
    let by: Vec<(&str, Status)> = result
        .groups
        .iter()
        .map(|g| (g.group.as_str(), g.status))
        .collect();
    assert_eq!(
        by,
        [
            ("FK", Status::NotMet),
            ("IoF", Status::NoData),
            ("AF", Status::Met)
        ]
    );
}

#[test]
fn an_effect_is_judged_by_its_outcome_indicators_only() {
    let indicator = |id: &str, kind: &str, value: f64| {
        format!(
            "[indicators.{id}]\nmeasures = \"e\"\nkind = \"{kind}\"\ntext = \"{id}\"\ntarget = {{ value = 50, direction = \"at_least\" }}\n\
             [[indicators.{id}.measurements]]\nperiod = \"2019\"\nvalue = {value}\n"
        )
    };
    let status = |toml: String| {
        let compiled = crate::compile::Compiled::new(theory(&toml));
        compiled.effect_results()[0].clone()
    };
    let only_output = status(indicator("o", "output", 90.0));
    assert_eq!(
        only_output.status,
        Status::NoData,
        "an output indicator never makes an effect met"
    );
    assert_eq!(only_output.outcome_indicators, 0);
    let met = status(indicator("a", "outcome", 60.0) + &indicator("o", "output", 10.0));
    assert_eq!(met.status, Status::Met);
    let mixed = status(indicator("a", "outcome", 60.0) + &indicator("b", "outcome", 10.0));
    assert_eq!((mixed.status, mixed.assessed), (Status::NotMet, 2));
}

#[test]
fn a_draft_outcome_indicator_does_not_count_for_the_effect() {
    let toml = "[indicators.d]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"D\"\ndraft = true\n\
                target = { value = 50, direction = \"at_least\" }\n\
                [[indicators.d.measurements]]\nperiod = \"2019\"\nvalue = 90\n";
    let compiled = crate::compile::Compiled::new(theory(toml));
    let effect = &compiled.effect_results()[0];
    assert_eq!(
        (effect.status, effect.outcome_indicators),
        (Status::NoData, 0)
    );
    assert_eq!(
        compiled.indicator_results()[0].status,
        Status::Met,
        "the draft itself is still judged"
    );
    assert!(
        compiled.has_outcome_indicator(0),
        "but check sees an outcome indicator"
    );
}

#[test]
fn ordinal_levels_are_judged_by_their_place() {
    let toml = "[indicators.i]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"I\"\nunit = \"ordinal\"\n\
                levels = [\"låg\", \"medel\", \"hög\"]\ntarget = { level = \"hög\", direction = \"at_least\" }\n\
                [[indicators.i.measurements]]\nperiod = \"2019\"\nvalue = \"låg\"\n\
                [[indicators.i.measurements]]\nperiod = \"2020\"\nvalue = \"medel\"\n";
    let t = theory(toml);
    assert_eq!(t.indicators[0].target.as_ref().unwrap().value, Some(3.0));
    let result = &indicators(&t, None)[0];
    assert_eq!(
        result.status,
        Status::OnTrack,
        "from låg to medel, toward hög"
    );
    let latest = result.latest.as_ref().unwrap();
    assert_eq!(
        (latest.value, latest.text.as_deref()),
        (Some(2.0), Some("medel"))
    );
    let reached = toml.replace("value = \"medel\"", "value = \"hög\"");
    assert_eq!(indicators(&theory(&reached), None)[0].status, Status::Met);
}

#[test]
fn an_assessment_decides_over_the_number_of_its_period() {
    let mut toml = String::from(
        "[indicators.i]\nmeasures = \"e\"\nkind = \"outcome\"\ntext = \"I\"\nunit = \"percent\"\ntarget = { value = 50, direction = \"at_least\" }\n",
    );
    toml.push_str(
        "[[indicators.i.measurements]]\nperiod = \"2019\"\nvalue = 60\nassessment = \"partly_met\"\nsource = \"S\"\nnote = \"N\"\n",
    );
    let result = &indicators(&theory(&toml), None)[0];
    assert_eq!((result.status, result.assessed), (Status::PartlyMet, true));
}
