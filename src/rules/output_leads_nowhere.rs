use super::{at_header, Input, Rule};
use crate::compile::Edge;
use crate::diagnostic::{Diagnostic, RuleId};
use crate::model::{ItemRef, LintLevel};
use crate::t;
use petgraph::Direction::Outgoing;

pub static RULE: Rule = Rule {
    id: RuleId::OutputLeadsNowhere,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every output is the starting point (`from`) of at least one mechanism.

## Why it matters
Outputs count steps done; the theory's point is what they lead to. An output no mechanism
starts from is delivered, counted, and then explains nothing: either a mechanism is missing
or the output is not part of this theory.

## Example
```toml
[outputs.handlingsplaner]
text = "Varje deltagare har en skriftlig handlingsplan"
from = ["kartlaggning"]
# …and no mechanism has "handlingsplaner" in its `from`
```

## How to fix
Add the output to the `from` of the mechanism it sets off, saying why it leads to the effect."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje prestation är utgångspunkt (`from`) för minst en mekanism.

## Varför det spelar roll
Prestationer räknar steg som gjorts; teorins poäng är vad de leder till. En prestation som
ingen mekanism utgår från levereras, räknas och förklarar sedan ingenting: antingen saknas
en mekanism eller så hör prestationen inte till den här teorin.

## Exempel
```toml
[outputs.handlingsplaner]
text = "Varje deltagare har en skriftlig handlingsplan"
from = ["kartlaggning"]
# …och ingen mekanism har "handlingsplaner" i sin `from`
```

## Så rättar du
Lägg till prestationen i `from` för den mekanism den sätter igång, och säg varför den leder
till effekten."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let graph = &input.compiled.graph.graph;
    for (o, output) in theory.outputs.iter().enumerate() {
        let item = ItemRef::Output(o);
        let Some(node) = input.compiled.node(item) else {
            continue;
        };
        if graph
            .edges_directed(node, Outgoing)
            .any(|edge| *edge.weight() == Edge::Triggers)
        {
            continue;
        }
        out.push(
            RULE.diagnostic(
                t!("output-leads-nowhere", output = &output.header.id),
                at_header(theory, item, t!("output-leads-nowhere-label")),
            )
            .with_fact("output", output.header.id.as_str())
            .with_help(t!("output-leads-nowhere-help", output = &output.header.id)),
        );
    }
}
