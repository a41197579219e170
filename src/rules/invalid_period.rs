use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::InvalidPeriod,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every measurement's `period`, every target's `by` and every baseline's `period` is a
period verkan can read: a year (`2011`), a month (`2019-12`), a quarter (`2019-Q3`), a
half-year (`2019-H1`), a tertial (`2019-T2`), or a range of two of these (`2017-01/2019-12`).

## Why it matters
Attainment compares the latest value with the target and with earlier values. A period
written as "våren 2019" cannot be ordered, so the measurement would silently drop out of
the scorecard.

## Example
```toml
[[indicators.andel-i-praktik.measurements]]
period = "hösten 2010"
value = 20
```

## How to fix
```toml
period = "2010-H2"
```"#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje mätnings `period`, varje målvärdes `by` och varje utgångsvärdes `period` är en
period som verkan kan läsa: ett år (`2011`), en månad (`2019-12`), ett kvartal (`2019-Q3`),
ett halvår (`2019-H1`), ett tertial (`2019-T2`), eller ett intervall av två sådana
(`2017-01/2019-12`).

## Varför det spelar roll
Måluppfyllelsen jämför det senaste värdet med målvärdet och med tidigare värden. En period
skriven som "våren 2019" kan inte ordnas, så mätningen skulle i tysthet falla bort ur
styrkortet.

## Exempel
```toml
[[indicators.andel-i-praktik.measurements]]
period = "hösten 2010"
value = 20
```

## Så rättar du
```toml
period = "2010-H2"
```"#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let help = || t!("invalid-period-help");
    for indicator in &theory.indicators {
        for m in indicator
            .measurements
            .iter()
            .filter(|m| m.parsed_period.is_none())
        {
            out.push(
                RULE.diagnostic(
                    t!(
                        "invalid-period",
                        period = &m.period,
                        indicator = &indicator.header.id
                    ),
                    Label::new(
                        m.period_origin.file,
                        m.period_origin.span.clone(),
                        t!("invalid-period-label"),
                    ),
                )
                .with_fact("indicator", indicator.header.id.as_str())
                .with_fact("period", m.period.as_str())
                .with_help(help()),
            );
        }
        let target_by = indicator
            .target
            .as_ref()
            .and_then(|t| t.by.as_ref().filter(|_| t.by_period.is_none()));
        let baseline = indicator.baseline.as_ref().and_then(|b| {
            b.period
                .as_ref()
                .filter(|p| crate::model::Period::parse(&p.value).is_none())
        });
        for text in target_by.into_iter().chain(baseline) {
            out.push(
                RULE.diagnostic(
                    t!(
                        "invalid-period",
                        period = &text.value,
                        indicator = &indicator.header.id
                    ),
                    Label::new(theory.file, text.span.clone(), t!("invalid-period-label")),
                )
                .with_fact("indicator", indicator.header.id.as_str())
                .with_fact("period", text.value.as_str())
                .with_help(help()),
            );
        }
    }
}
