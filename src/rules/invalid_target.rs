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
`scale` unit has a `range = [min, max]` with min below max, and that only scales have one;
that an `ordinal` unit names its `levels`, and a target's `level` is one of them.

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
            if let Some(level) = &target.level {
                if indicator.unit != Unit::Ordinal {
                    report(
                        level.span.clone(),
                        format!("the target of `{id}` names a level, but `{id}` is not ordinal"),
                        "use `value`, or set `unit = \"ordinal\"` with `levels`",
                    );
                } else if !indicator.levels.iter().any(|l| l.value == level.value) {
                    report(
                        level.span.clone(),
                        format!("`{}` is not one of the levels of `{id}`", level.value),
                        "name one of the words in `levels`, spelt as there",
                    );
                }
            }
            let needs_value = matches!(
                target.direction,
                Direction::AtLeast | Direction::AtMost | Direction::Range
            );
            match target.value {
                // An unknown `level` is reported above; its missing number would only repeat it.
                None if needs_value && target.level.is_none() => report(
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
                unit_span.clone(),
                format!("`{id}` is a scale without a `range`"),
                "add e.g. `range = [1, 5]`",
            ),
            (Unit::Scale, Some((low, high))) if low >= high => report(
                unit_span.clone(),
                format!("the scale of `{id}` runs from {low} to {high}"),
                "write `range = [min, max]` with min below max",
            ),
            (unit, Some(_)) if *unit != Unit::Scale => report(
                unit_span.clone(),
                format!("`{id}` has a `range` but is not a scale"),
                "remove `range`, or set `unit = \"scale\"`",
            ),
            _ => {}
        }
        match (&indicator.unit, indicator.levels.is_empty()) {
            (Unit::Ordinal, true) => report(
                unit_span,
                format!("`{id}` is ordinal without `levels`"),
                "name its levels, lowest first: `levels = [\"låg\", \"medel\", \"hög\"]`",
            ),
            (unit, false) if *unit != Unit::Ordinal => report(
                unit_span,
                format!("`{id}` has `levels` but is not ordinal"),
                "remove `levels`, or set `unit = \"ordinal\"`",
            ),
            _ => {}
        }
    }
}
