use super::{at_header, Input, Rule};
use crate::compile::Edge;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;
use petgraph::visit::EdgeRef;
use petgraph::Direction::Incoming;

pub static RULE: Rule = Rule {
    id: RuleId::UnreachableEffect,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every effect that some mechanism leads to can be traced back, mechanism by mechanism,
to at least one activity. (Effects that no mechanism leads to at all are reported by
`effect-without-mechanism`.)

## Why it matters
A programme only changes what its activities set in motion. An effect reached only from
effects that are themselves not reached from any activity (for example two effects that lead
to each other) floats free of the programme.

## Example
```toml
[mechanisms.lärande]
from = ["samsyn"]        # an effect no activity leads to
to = ["metodstod"]
```

## How to fix
Add the mechanism that leads from an activity to the first effect of the chain."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje effekt som någon mekanism leder till kan spåras bakåt, mekanism för mekanism, till
minst en insats. (Effekter som ingen mekanism alls leder till rapporteras av
`effect-without-mechanism`.)

## Varför det spelar roll
Ett program förändrar bara det som dess insatser sätter i rörelse. En effekt som bara nås
från effekter som själva inte nås från någon insats (till exempel två effekter som leder till
varandra) svävar fritt från programmet.

## Exempel
```toml
[mechanisms.lärande]
from = ["samsyn"]        # en effekt som ingen insats leder till
to = ["metodstod"]
```

## Så rättar du
Lägg till den mekanism som leder från en insats till kedjans första effekt."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let compiled = input.compiled;
    for e in 0..theory.effects.len() {
        // Effects no mechanism leads to are `effect-without-mechanism`'s to report.
        if compiled.is_reached(e) || !compiled.is_led_to(e) {
            continue;
        }
        let item = ItemRef::Effect(e);
        let node = compiled.node(item).expect("effects are nodes");
        let graph = &compiled.graph.graph;
        let mut mechanisms = graph
            .edges_directed(node, Incoming)
            .filter(|edge| *edge.weight() == Edge::LeadsTo)
            .map(|edge| graph[edge.source()]);
        // A chain cut by a misspelt id is already an `unresolved-reference` error; fixing the id
        // reconnects it, so saying more here would only repeat that finding.
        let all_cut = mechanisms.all(|m| {
            theory.mechanisms[m.index()]
                .from
                .iter()
                .any(|r| r.target.is_none())
        });
        if !all_cut {
            out.push(
                RULE.diagnostic(
                    t!("unreachable-effect", effect = &theory.header(item).id),
                    at_header(theory, item, t!("unreachable-effect-label")),
                )
                .with_fact("effect", theory.header(item).id.as_str())
                .with_help(t!("unreachable-effect-help")),
            );
        }
    }
}
