use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{LintLevel, Unit};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::InvalidMeasurement,
    default_level: LintLevel::Deny,
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
    explanation_sv: r#"## Vad den kontrollerar
Att varje mätning har ett `value`, en `numerator` och en `denominator` att räkna andelen ur,
eller en `assessment`; att nämnaren inte är noll och täljaren inte större än nämnaren; och
att en mätning som anger båda stämmer med sig själv. En `assessment` (utvärderingens
bedömning) behöver den `source` som ger den och en `note` som citerar den; en `derived`
siffra behöver en `note` som säger hur den räknats fram. Ett värde i ord
(`value = "mestadels vanliga"`) är till för indikatorer med `unit = "qualitative"`, som inte
tar något annat.

## Varför det spelar roll
Rapporter anger resultat som antal ("27 av 98 deltagare") lika ofta som andelar. verkan
räknar ut andelen, så antalen måste vara rimliga: 27 av 0, eller 120 av 98, är ett skrivfel
som annars hamnar som en felaktig siffra framför en styrgrupp.

## Exempel
```toml
[[indicators.andel-stegforflyttning.measurements]]
period = "2019"
numerator = 80
denominator = 0
```

## Så rättar du
För in antalen som rapporten anger dem (`numerator = 80`, `denominator = 98`), eller själva
andelen som `value`."#,
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
                _ if m.assessment.is_some() && (blank(&m.source) || blank(&m.note)) => {
                    Some(("assessment", vec![]))
                }
                _ if m.derived && blank(&m.note) => Some(("derived", vec![])),
                _ if not_a_level => Some((
                    "level",
                    vec![("level", m.text.clone().unwrap_or_default().into())],
                )),
                _ if m.text.is_some() && !qualitative && !ordinal => Some(("words", vec![])),
                (Some(_), _, _) | (_, Some(_), _) | (_, _, Some(_)) if qualitative => {
                    Some(("number", vec![]))
                }
                (None, None, None) if m.text.is_some() || m.assessment.is_some() => None,
                (None, None, None) => Some(("no-value", vec![])),
                (_, Some(_), None) => Some(("no-denominator", vec![])),
                (_, None, Some(_)) => Some(("no-numerator", vec![])),
                (_, Some(_), Some(0.0)) => Some(("zero", vec![])),
                (_, Some(n), Some(d)) if n > d || n < 0.0 || d < 0.0 => Some((
                    "counts",
                    vec![("numerator", n.into()), ("denominator", d.into())],
                )),
                (Some(v), Some(_), Some(_)) => {
                    let computed = m.share_in(&indicator.unit);
                    computed.filter(|c| (c - v).abs() > 0.5).map(|c| {
                        (
                            "disagree",
                            vec![
                                ("value", v.into()),
                                ("computed", crate::number::round(c, 1).into()),
                            ],
                        )
                    })
                }
                _ => None,
            };
            if let Some((problem, mut args)) = problem {
                args.push(("problem", problem.into()));
                let what = t!("invalid-measurement-problem").with_args(args.clone());
                out.push(
                    RULE.diagnostic(
                        t!(
                            "invalid-measurement",
                            indicator = &indicator.header.id,
                            period = &m.period,
                            problem = what
                        ),
                        Label::new(
                            m.origin.file,
                            m.origin.span.clone(),
                            t!("invalid-measurement-label"),
                        ),
                    )
                    .with_fact("indicator", indicator.header.id.as_str())
                    .with_fact("period", m.period.as_str())
                    .with_help(t!("invalid-measurement-help").with_args(args)),
                );
            }
        }
    }
}
