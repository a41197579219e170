use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{LintLevel, Unit};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::PercentAsFraction,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That a `percent` indicator's values are percentages: it warns when every value given as a
number lies between 0 and 1 and at least one is strictly between them.

## Why it matters
A spreadsheet cell formatted as a percentage shows `45 %` but holds `0.45`, and that is what
a CSV export or a workbook gives verkan. Read as a percentage, 0.45 % is far below any
target, so the scorecard would report the indicator as not met when it may well be.

## Example
```csv
indicator,period,value
andel-arbete,2011,0.45
```
with `unit = "percent"` on `andel-arbete`.

## How to fix
Write the values as percentages (`45`), or set the indicator's `unit` to `ratio` if shares
between 0 and 1 are what it records. If 0.45 % really is the value, allow the rule for the
theory in `[lints]`."#,
    explanation_sv: r#"## Vad den kontrollerar
Att en `percent`-indikators värden är procent: den varnar när varje värde som anges som tal
ligger mellan 0 och 1 och minst ett ligger strikt däremellan.

## Varför det spelar roll
En kalkylbladscell formaterad som procent visar `45 %` men innehåller `0,45`, och det är vad
en CSV-export eller en arbetsbok ger verkan. Läst som procent ligger 0,45 % långt under varje
målvärde, så styrkortet skulle visa indikatorn som ej uppnådd fast den kanske är uppnådd.

## Exempel
```csv
indicator,period,value
andel-arbete,2011,0.45
```
med `unit = "percent"` på `andel-arbete`.

## Så rättar du
Skriv värdena som procent (`45`), eller sätt indikatorns `unit` till `ratio` om det är
andelar mellan 0 och 1 som den registrerar. Om 0,45 % verkligen är värdet, tillåt regeln för
teorin under `[lints]`."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    for indicator in &input.theory.indicators {
        if indicator.unit != Unit::Percent {
            continue;
        }
        // Values as written: a share computed from counts is already ×100.
        let values: Vec<(f64, &crate::model::Measurement)> = indicator
            .measurements
            .iter()
            .filter_map(|m| m.value.map(|v| (v, m)))
            .collect();
        let all_fractions =
            !values.is_empty() && values.iter().all(|(v, _)| (0.0..=1.0).contains(v));
        let Some((v, first)) = values.iter().find(|(v, _)| *v > 0.0 && *v < 1.0) else {
            continue;
        };
        if !all_fractions {
            continue;
        }
        out.push(
            RULE.diagnostic(
                t!(
                    "percent-as-fraction",
                    indicator = &indicator.header.id,
                    value = *v,
                    percent = crate::number::round(v * 100.0, 1)
                ),
                Label::new(
                    first.origin.file,
                    first.origin.span.clone(),
                    t!("percent-as-fraction-label"),
                ),
            )
            .with_fact("indicator", indicator.header.id.as_str())
            .with_fact("value", v.to_string())
            .with_help(t!("percent-as-fraction-help")),
        );
    }
}
