use super::{at_header, Input, Rule};
use crate::compile::Edge;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;
use petgraph::Direction::Outgoing;

pub static RULE: Rule = Rule {
    id: RuleId::OrphanActivity,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every activity is in the `from` of at least one mechanism.

## Why it matters
An activity the theory does not connect to any change is either missing its mechanism (the
evaluation then cannot test why it should work) or is not part of the theory at all.

## Example
```toml
[activities.studiecirklar]
text = "Samverkan med studieförbund"
# no mechanism has from = ["studiecirklar"]
```

## How to fix
Add it to the `from` of the mechanism it sets off, or write that mechanism."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje insats finns i `from` för minst en mekanism.

## Varför det spelar roll
En insats som teorin inte kopplar till någon förändring saknar antingen sin mekanism
(utvärderingen kan då inte pröva varför den skulle fungera) eller hör inte till teorin alls.

## Exempel
```toml
[activities.studiecirklar]
text = "Samverkan med studieförbund"
# ingen mekanism har from = ["studiecirklar"]
```

## Så rättar du
Lägg till den i `from` för den mekanism den sätter igång, eller skriv den mekanismen."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for a in 0..theory.activities.len() {
        let item = ItemRef::Activity(a);
        let Some(node) = input.compiled.node(item) else {
            continue;
        };
        let triggers = input
            .compiled
            .graph
            .graph
            .edges_directed(node, Outgoing)
            // Through an output it produces, or straight into a mechanism.
            .any(|edge| matches!(edge.weight(), Edge::Triggers | Edge::Produces));
        if !triggers {
            out.push(
                RULE.diagnostic(
                    t!("orphan-activity", activity = &theory.header(item).id),
                    at_header(theory, item, t!("orphan-activity-label")),
                )
                .with_fact("activity", theory.header(item).id.as_str())
                .with_help(t!(
                    "orphan-activity-help",
                    activity = &theory.header(item).id
                )),
            );
        }
    }
}
