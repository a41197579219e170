use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{LintLevel, Unit};

pub static RULE: Rule = Rule {
    id: RuleId::InvalidMeasurement,
    default_level: LintLevel::Deny,
    summary: "a measurement with no value, counts that do not add up, or a verdict or computed number without its source",
    explanation: r#"## What it checks
That every measurement has a `value`, a `numerator` and a `denominator` to compute the share
from, or an `assessment`; that the denominator is not zero and the numerator not larger than
it; and that a measurement giving both agrees with itself. An `assessment` (the evaluation's
verdict) needs the `source` that gives it and a `note` quoting it; a `derived` number needs a
`note` saying how it was computed. A value in words (`value = "mostly ordinary"`) is for
indicators with `unit = "qualitative"`, which take nothing else.

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
            let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
            let qualitative = indicator.unit == Unit::Qualitative;
            let ordinal = indicator.unit == Unit::Ordinal;
            let not_a_level = ordinal
                && m.text
                    .as_ref()
                    .is_some_and(|t| !indicator.levels.iter().any(|l| &l.value == t));
            let problem = match (m.value, m.numerator, m.denominator) {
                _ if m.assessment.is_some() && (blank(&m.source) || blank(&m.note)) => Some((
                    "is an assessment without its source and quote".to_string(),
                    "a verdict needs `source` (the report) and `note` (its words), so the reader can check it",
                )),
                _ if m.derived && blank(&m.note) => Some((
                    "is derived but does not say how".to_string(),
                    "add a `note` with the arithmetic, e.g. \"27 + 24 + 10 + 19 = 80 of 98 who started\"",
                )),
                _ if not_a_level => Some((
                    format!(
                        "is `{}`, which is not one of the indicator's levels",
                        m.text.as_deref().unwrap_or_default()
                    ),
                    "use one of the words in `levels`, spelt as there",
                )),
                _ if m.text.is_some() && !qualitative && !ordinal => Some((
                    "is words, but the indicator counts numbers".to_string(),
                    "write a number, or give the indicator `unit = \"qualitative\"` and judge the finding with `assessment`",
                )),
                (Some(_), _, _) | (_, Some(_), _) | (_, _, Some(_)) if qualitative => Some((
                    "is a number, but the indicator is qualitative".to_string(),
                    "write the finding in words as `value = \"…\"`, with an `assessment`",
                )),
                (None, None, None) if m.text.is_some() || m.assessment.is_some() => None,
                (None, None, None) => Some((
                    "has no value".to_string(),
                    "give `value`, `numerator` and `denominator`, or the evaluation's `assessment`",
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
