use super::{draft_words, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::DraftIndicator,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
Reports every indicator marked `draft = true`.

## Why it matters
A theory needs an outcome indicator for every effect, but the programme's own documents
often name none. A draft fills the gap so the theory checks, while this warning keeps the gap
visible until the steering group decides on a real indicator.

## Example
```toml
[indicators.upplevd-skillnad]
measures = "framtidstro"
kind = "outcome"
text = "Andel deltagare som upplever att insatsen gjort skillnad"
draft = true
```

## How to fix
Agree the indicator with the programme, add its target and source, and remove `draft = true`."#,
    explanation_sv: r#"## Vad den kontrollerar
Rapporterar varje indikator som är markerad `draft = true`.

## Varför det spelar roll
En teori behöver en resultatindikator för varje effekt, men programmets egna dokument
nämner ofta ingen. Ett utkast fyller luckan så att teorin går igenom kontrollen, medan den
här varningen håller luckan synlig tills styrgruppen har bestämt en riktig indikator.

## Exempel
```toml
[indicators.upplevd-skillnad]
measures = "framtidstro"
kind = "outcome"
text = "Andel deltagare som upplever att insatsen gjort skillnad"
draft = true
```

## Så rättar du
Kom överens om indikatorn med programmet, lägg till dess målvärde och källa och ta bort
`draft = true`."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for (i, indicator) in theory.indicators.iter().enumerate() {
        if indicator.draft {
            let item = ItemRef::Indicator(i);
            let (label, help) =
                draft_words(theory, item, t!("draft-indicator-label"), t!("draft-indicator-help"));
            out.push(
                RULE.diagnostic(t!("draft-indicator", indicator = &theory.header(item).id), label)
                    .with_fact("indicator", theory.header(item).id.as_str())
                    .with_help(help),
            );
        }
    }
}
