use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::locale::Arg;
use crate::model::{Direction, LintLevel, Unit};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::InvalidTarget,
    default_level: LintLevel::Deny,
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
    explanation_sv: r#"## Vad den kontrollerar
Att varje målvärde går att bedöma: `at_least`, `at_most` och `range` behöver ett `value`;
`range` behöver ett `max` som inte är lägre än `value`; ett målvärde i `percent` ligger
mellan 0 och 100. Också att enheten `scale` har ett `range = [min, max]` med min under max,
och att bara skalor har ett; att enheten `ordinal` anger sina `levels`, och att ett målvärdes
`level` är en av dem.

## Varför det spelar roll
Måluppfyllelsen räknas ut från målvärdet. Ett mål om "minst ingenting" eller "mellan 80 och
60" gör varje status meningslös.

## Exempel
```toml
[indicators.andel-i-praktik]
unit = "percent"
target = { direction = "at_least" }
```

## Så rättar du
```toml
target = { value = 50, direction = "at_least" }
```
`increase` och `decrease` kan utelämna värdet: de bedöms mot utgångsvärdet."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for indicator in &theory.indicators {
        let id = &indicator.header.id;
        // One message and its help per problem, by the problem's name.
        let mut report = |span: std::ops::Range<usize>,
                          problem: &'static str,
                          args: Vec<(&'static str, Arg)>| {
            let mut args = args;
            args.push(("indicator", id.into()));
            args.push(("problem", problem.into()));
            out.push(
                RULE.diagnostic(
                    t!("invalid-target").with_args(args.clone()),
                    Label::new(theory.file, span, t!("invalid-target-label")),
                )
                .with_fact("indicator", id.as_str())
                .with_help(t!("invalid-target-help").with_args(args)),
            );
        };
        if let Some(target) = &indicator.target {
            if let Some(level) = &target.level {
                if indicator.unit != Unit::Ordinal {
                    report(level.span.clone(), "level-not-ordinal", vec![]);
                } else if !indicator.levels.iter().any(|l| l.value == level.value) {
                    report(
                        level.span.clone(),
                        "unknown-level",
                        vec![("level", (&level.value).into())],
                    );
                }
            }
            let needs_value = matches!(
                target.direction,
                Direction::AtLeast | Direction::AtMost | Direction::Range
            );
            match target.value {
                // An unknown `level` is reported above; its missing number would only repeat it.
                None if needs_value && target.level.is_none() => {
                    report(target.span.clone(), "no-value", vec![])
                }
                Some(v) if indicator.unit == Unit::Percent && !(0.0..=100.0).contains(&v) => {
                    report(target.span.clone(), "percent", vec![("value", v.into())])
                }
                _ => {}
            }
            if target.direction == Direction::Range {
                match (target.value, target.max) {
                    (_, None) => report(target.span.clone(), "no-max", vec![]),
                    (Some(low), Some(high)) if high < low => report(
                        target.span.clone(),
                        "range-down",
                        vec![("low", low.into()), ("high", high.into())],
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
            (Unit::Scale, None) => report(unit_span.clone(), "scale-without-range", vec![]),
            (Unit::Scale, Some((low, high))) if low >= high => report(
                unit_span.clone(),
                "scale-down",
                vec![("low", low.into()), ("high", high.into())],
            ),
            (unit, Some(_)) if *unit != Unit::Scale => {
                report(unit_span.clone(), "range-not-scale", vec![])
            }
            _ => {}
        }
        match (&indicator.unit, indicator.levels.is_empty()) {
            (Unit::Ordinal, true) => report(unit_span, "ordinal-without-levels", vec![]),
            (unit, false) if *unit != Unit::Ordinal => {
                report(unit_span, "levels-not-ordinal", vec![])
            }
            _ => {}
        }
    }
}
