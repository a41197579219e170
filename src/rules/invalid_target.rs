use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{Direction, LintLevel, Unit};

pub static RULE: Rule = Rule {
    id: RuleId::InvalidTarget,
    default_level: LintLevel::Deny,
    summary: "a target or unit that cannot be judged against",
    explanation: r#"## What it checks
That every target can be judged: `at_least`, `at_most` and `range` need a `value`; `range`
needs a `max` not below its `value`; a `percent` target lies between 0 and 100. Also that a
`scale` unit has a `range = [min, max]` with min below max, and that only scales have one.

## Why it matters
Attainment (måluppfyllelse) is computed from the target. A target of "at least nothing" or
"between 80 and 60" makes every status meaningless.

## Example
```toml
[indicators.andel-i-praktik]
unit = "percent"
target = { direction = "at_least" }
```

## How to fix
```toml
target = { value = 50, direction = "at_least" }
```
`increase` and `decrease` may leave out the value: they are judged against the baseline."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for indicator in &theory.indicators {
        let id = &indicator.header.id;
        let mut report = |span: std::ops::Range<usize>, message: String, help: &str| {
            out.push(
                RULE.diagnostic(message, Label::new(theory.file, span, "here"))
                    .with_fact("indicator", id.as_str())
                    .with_help(help.to_string()),
            );
        };
        if let Some(target) = &indicator.target {
            let needs_value = matches!(
                target.direction,
                Direction::AtLeast | Direction::AtMost | Direction::Range
            );
            match target.value {
                None if needs_value => report(
                    target.span.clone(),
                    format!("the target of `{id}` has a direction but no value"),
                    "add the value to reach, e.g. `value = 70`",
                ),
                Some(v) if indicator.unit == Unit::Percent && !(0.0..=100.0).contains(&v) => {
                    report(
                        target.span.clone(),
                        format!("the target of `{id}` is {v} %"),
                        "a percentage target lies between 0 and 100",
                    )
                }
                _ => {}
            }
            if target.direction == Direction::Range {
                match (target.value, target.max) {
                    (_, None) => report(
                        target.span.clone(),
                        format!("the range target of `{id}` has no `max`"),
                        "add `max`, the top of the range",
                    ),
                    (Some(low), Some(high)) if high < low => report(
                        target.span.clone(),
                        format!("the range target of `{id}` runs from {low} down to {high}"),
                        "`value` is the bottom of the range and `max` the top",
                    ),
                    _ => {}
                }
            }
        }
        let unit_span = indicator
            .unit_span
            .clone()
            .unwrap_or(indicator.header.span.clone());
        match (&indicator.unit, indicator.range) {
            (Unit::Scale, None) => report(
                unit_span,
                format!("`{id}` is a scale without a `range`"),
                "add e.g. `range = [1, 5]`",
            ),
            (Unit::Scale, Some((low, high))) if low >= high => report(
                unit_span,
                format!("the scale of `{id}` runs from {low} to {high}"),
                "write `range = [min, max]` with min below max",
            ),
            (unit, Some(_)) if *unit != Unit::Scale => report(
                unit_span,
                format!("`{id}` has a `range` but is not a scale"),
                "remove `range`, or set `unit = \"scale\"`",
            ),
            _ => {}
        }
    }
}
