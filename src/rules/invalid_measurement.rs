use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;

pub static RULE: Rule = Rule {
    id: RuleId::InvalidMeasurement,
    default_level: LintLevel::Deny,
    summary: "a measurement with no value, a zero denominator, or counts that do not add up",
    explanation: r#"## What it checks
That every measurement has either a `value`, or a `numerator` and a `denominator` to compute
the share from; that the denominator is not zero and the numerator not larger than it; and
that a measurement giving both agrees with itself.

## Why it matters
Reports give results as counts ("27 of 98 participants") as often as shares. verkan computes
the share, so the counts must make sense: 27 of 0, or 120 of 98, is a typing error that
would otherwise end up as a wrong figure in front of a steering group.

## Example
```toml
[[indicators.andel-stegforflyttning.measurements]]
period = "2019"
numerator = 80
denominator = 0
```

## How to fix
Enter the counts as the report gives them (`numerator = 80`, `denominator = 98`), or the
share itself as `value`."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    for indicator in &input.theory.indicators {
        for m in &indicator.measurements {
            let problem = match (m.value, m.numerator, m.denominator) {
                (None, None, None) => Some((
                    "has no value".to_string(),
                    "give `value`, or `numerator` and `denominator`",
                )),
                (_, Some(_), None) => Some((
                    "has a numerator but no denominator".to_string(),
                    "add the `denominator` the share is of",
                )),
                (_, None, Some(_)) => Some((
                    "has a denominator but no numerator".to_string(),
                    "add the `numerator`, the count that met the criterion",
                )),
                (_, Some(_), Some(0.0)) => Some((
                    "has a denominator of zero".to_string(),
                    "a share of nothing cannot be computed; check the count",
                )),
                (_, Some(n), Some(d)) if n > d || n < 0.0 || d < 0.0 => Some((
                    format!("counts {n} of {d}"),
                    "the numerator is part of the denominator: check both counts",
                )),
                (Some(v), Some(_), Some(_)) => {
                    let computed = m.share_in(&indicator.unit);
                    computed.filter(|c| (c - v).abs() > 0.5).map(|c| {
                        (
                            format!("gives value {v} but its counts make {c:.1}"),
                            "keep either the value or the counts, or correct them",
                        )
                    })
                }
                _ => None,
            };
            if let Some((what, help)) = problem {
                out.push(
                    RULE.diagnostic(
                        format!(
                            "a measurement of `{}` for {} {what}",
                            indicator.header.id, m.period
                        ),
                        Label::new(m.origin.file, m.origin.span.clone(), "this measurement"),
                    )
                    .with_fact("indicator", indicator.header.id.as_str())
                    .with_fact("period", m.period.as_str())
                    .with_help(help),
                );
            }
        }
    }
}
