use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::IncompleteMechanism,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every mechanism starts from at least one activity or effect (`from`) and leads to at
least one effect (`to`).

## Why it matters
A mechanism is the assumption of *why* something leads to something else. Without both ends
it explains nothing and draws no arrow.

## Example
```toml
[mechanisms.relationellt]
text = "Ett relationellt arbetssätt ger tillitsbaserat stöd"
from = ["forrehab"]
to = []
```

## How to fix
List the effects the mechanism is assumed to bring about in `to`, and what sets it off in `from`."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje mekanism utgår från minst en insats eller effekt (`from`) och leder till minst en
effekt (`to`).

## Varför det spelar roll
En mekanism är antagandet om *varför* något leder till något annat. Utan båda ändar
förklarar den ingenting och ritar ingen pil.

## Exempel
```toml
[mechanisms.relationellt]
text = "Ett relationellt arbetssätt ger tillitsbaserat stöd"
from = ["forrehab"]
to = []
```

## Så rättar du
Ange i `to` de effekter som mekanismen antas leda till, och i `from` det som sätter igång den."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for mechanism in &theory.mechanisms {
        let id = &mechanism.header.id;
        if mechanism.from.is_empty() {
            out.push(
                RULE.diagnostic(
                    t!("incomplete-mechanism-from", mechanism = id),
                    Label::new(
                        theory.file,
                        mechanism.from_span.clone(),
                        t!("incomplete-mechanism-from-label"),
                    ),
                )
                .with_fact("mechanism", id.as_str())
                .with_fact("field", "from")
                .with_help(t!("incomplete-mechanism-from-help")),
            );
        }
        if mechanism.to.is_empty() {
            out.push(
                RULE.diagnostic(
                    t!("incomplete-mechanism-to", mechanism = id),
                    Label::new(
                        theory.file,
                        mechanism.to_span.clone(),
                        t!("incomplete-mechanism-to-label"),
                    ),
                )
                .with_fact("mechanism", id.as_str())
                .with_fact("field", "to")
                .with_help(t!("incomplete-mechanism-to-help")),
            );
        }
    }
}
