use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{LintLevel, Unit};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::MeasurementOutOfRange,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every measured value fits the indicator's unit: a `percent` between 0 and 100, a
`ratio` between 0 and 1, a `scale` within its `range`, and a `count`, number of `days` or
`currency` amount not below zero.

## Why it matters
A percentage of 490 is 49 with a slipped key, or a count entered in the wrong column. Either
way the attainment computed from it would be wrong.

## Example
```toml
[indicators.fk-till-fordjupad-samverkan]
unit = "percent"
[[indicators.fk-till-fordjupad-samverkan.measurements]]
period = "2011"
value = 490
```

## How to fix
Correct the value, or the indicator's `unit` if it counts something else."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje uppmätt värde passar indikatorns enhet: `percent` mellan 0 och 100, `ratio`
mellan 0 och 1, `scale` inom sitt `range`, och `count`, antal `days` eller belopp i
`currency` inte under noll.

## Varför det spelar roll
En procentsats på 490 är 49 med en extra tangent, eller ett antal i fel kolumn. I båda
fallen blir måluppfyllelsen som räknas ut från den fel.

## Exempel
```toml
[indicators.fk-till-fordjupad-samverkan]
unit = "percent"
[[indicators.fk-till-fordjupad-samverkan.measurements]]
period = "2011"
value = 490
```

## Så rättar du
Rätta värdet, eller indikatorns `unit` om den räknar något annat."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    for indicator in &input.theory.indicators {
        let (low, high, what) = match &indicator.unit {
            Unit::Percent => (
                0.0,
                100.0,
                t!("measurement-out-of-range-why", why = "percent"),
            ),
            Unit::Ratio => (0.0, 1.0, t!("measurement-out-of-range-why", why = "ratio")),
            Unit::Scale => match indicator.range {
                Some((low, high)) => (
                    low,
                    high,
                    t!(
                        "measurement-out-of-range-why",
                        why = "scale",
                        low = low,
                        high = high
                    ),
                ),
                None => continue,
            },
            Unit::Count | Unit::Days | Unit::Currency => (
                0.0,
                f64::INFINITY,
                t!("measurement-out-of-range-why", why = "negative"),
            ),
            Unit::Ordinal if !indicator.levels.is_empty() => (
                1.0,
                indicator.levels.len() as f64,
                t!(
                    "measurement-out-of-range-why",
                    why = "levels",
                    levels = indicator.levels.len()
                ),
            ),
            Unit::Other(_) | Unit::None | Unit::Qualitative | Unit::Ordinal => continue,
        };
        for m in &indicator.measurements {
            let Some(v) = m.value_in(&indicator.unit) else {
                continue;
            };
            if !(low..=high).contains(&v) {
                out.push(
                    RULE.diagnostic(
                        t!(
                            "measurement-out-of-range",
                            indicator = &indicator.header.id,
                            value = v,
                            period = &m.period,
                            why = what.clone()
                        ),
                        Label::new(
                            m.origin.file,
                            m.origin.span.clone(),
                            t!("measurement-out-of-range-label"),
                        ),
                    )
                    .with_fact("indicator", indicator.header.id.as_str())
                    .with_fact("period", m.period.as_str())
                    .with_fact("value", v.to_string())
                    .with_help(t!("measurement-out-of-range-help")),
                );
            }
        }
    }
}
