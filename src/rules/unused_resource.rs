use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;
use petgraph::Direction::Outgoing;

pub static RULE: Rule = Rule {
    id: RuleId::UnusedResource,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every resource is named in the `uses` of at least one activity.

## Why it matters
Resources (financing, staff, steering groups) matter to a theory because activities rely on
them. An unused one hides which activities depend on it, so the theory cannot show what is
at risk when it goes away, as when a project's funding ends.

## Example
```toml
[resources.styrgrupp]
text = "Styrgrupp med beslutsmandat"
# no activity has uses = ["styrgrupp"]
```

## How to fix
Add the resource to the `uses` of the activities that rely on it."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje resurs anges i `uses` för minst en insats.

## Varför det spelar roll
Resurser (finansiering, personal, styrgrupper) spelar roll i en teori för att insatser
bygger på dem. En oanvänd resurs döljer vilka insatser som beror av den, så teorin kan inte
visa vad som står på spel när den försvinner, som när ett projekts finansiering upphör.

## Exempel
```toml
[resources.styrgrupp]
text = "Styrgrupp med beslutsmandat"
# ingen insats har uses = ["styrgrupp"]
```

## Så rättar du
Lägg till resursen i `uses` för de insatser som bygger på den."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for r in 0..theory.resources.len() {
        let item = ItemRef::Resource(r);
        let Some(node) = input.compiled.node(item) else {
            continue;
        };
        if input
            .compiled
            .graph
            .graph
            .edges_directed(node, Outgoing)
            .next()
            .is_none()
        {
            out.push(
                RULE.diagnostic(
                    t!("unused-resource", resource = &theory.header(item).id),
                    at_header(theory, item, t!("unused")),
                )
                .with_fact("resource", theory.header(item).id.as_str())
                .with_help(t!(
                    "unused-resource-help",
                    resource = &theory.header(item).id
                )),
            );
        }
    }
}
