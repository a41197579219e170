use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::suggest::Suggester;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownIndicator,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That the `indicator` column of every row in the theory's data files is the id of one of its
indicators.

## Why it matters
A misspelt id in a spreadsheet would silently drop that measurement: the scorecard would
show "no data" for an indicator that was in fact measured.

## Example
```csv
indicator,period,value
fk-till-fordjupad-samverka,2011,49
```

## How to fix
Use the id exactly as the theory's `[indicators.ID]` spells it; the diagnostic suggests the
closest one."#,
    explanation_sv: r#"## Vad den kontrollerar
Att kolumnen `indicator` på varje rad i teorins datafiler är id:t för en av dess indikatorer.

## Varför det spelar roll
Ett felstavat id i ett kalkylblad skulle i tysthet tappa mätningen: styrkortet skulle visa
"data saknas" för en indikator som faktiskt mätts.

## Exempel
```csv
indicator,period,value
fk-till-fordjupad-samverka,2011,49
```

## Så rättar du
Använd id:t exakt som teorins `[indicators.ID]` stavar det; diagnosen föreslår det närmaste."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let mut suggester = Suggester::default();
    for row in &theory.unattached {
        let ids = theory.indicators.iter().map(|i| i.header.id.as_str());
        let d = RULE
            .diagnostic(
                t!("unknown-indicator", indicator = &row.indicator),
                Label::new(
                    row.origin.file,
                    row.origin.span.clone(),
                    t!("unknown-indicator-label"),
                ),
            )
            .with_fact("indicator", row.indicator.as_str());
        out.push(match suggester.closest(&row.indicator, ids) {
            Some(best) => d.with_help(t!("did-you-mean", name = best)),
            None => d.with_help(t!("unknown-indicator-help")),
        });
    }
}
