use super::{at_header, Input, Rule};
use crate::diagnostic::{Diagnostic, RuleId};
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::OutputWithoutActivity,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every `[outputs.ID]` names in `from` the activities that produce it.

## Why it matters
An output (prestation) is what an activity delivers: meetings held, plans written,
participants enrolled. One that no activity produces floats free of the programme: nothing
the programme does explains it, and the chain from activity to effect is broken at its start.

## Example
```toml
[outputs.handlingsplaner]
text = "Varje deltagare har en skriftlig handlingsplan"
```

## How to fix
Name the activity that delivers it:
```toml
[outputs.handlingsplaner]
text = "Varje deltagare har en skriftlig handlingsplan"
from = ["kartlaggning"]
```"#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje `[outputs.ID]` i `from` anger de insatser som ger den.

## Varför det spelar roll
En prestation är det en insats levererar: hållna möten, skrivna planer, inskrivna deltagare.
En som ingen insats ger svävar fritt från programmet: inget programmet gör förklarar den,
och kedjan från insats till effekt är bruten redan i början.

## Exempel
```toml
[outputs.handlingsplaner]
text = "Varje deltagare har en skriftlig handlingsplan"
```

## Så rättar du
Ange den insats som levererar den:
```toml
[outputs.handlingsplaner]
text = "Varje deltagare har en skriftlig handlingsplan"
from = ["kartlaggning"]
```"#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for (o, output) in theory.outputs.iter().enumerate() {
        if !output.from.is_empty() {
            continue;
        }
        let item = ItemRef::Output(o);
        out.push(
            RULE.diagnostic(
                t!("output-without-activity", output = &output.header.id),
                at_header(theory, item, t!("output-without-activity-label")),
            )
            .with_fact("output", output.header.id.as_str())
            .with_help(t!("output-without-activity-help")),
        );
    }
}
