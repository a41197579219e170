use super::{at_header, quoted, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::graph::{Edge, TheoryGraph};
use crate::model::{ItemRef, LintLevel};
use petgraph::visit::EdgeRef;
use petgraph::Direction::{Incoming, Outgoing};
use std::collections::VecDeque;

pub static RULE: Rule = Rule {
    name: "unreachable-effect",
    default_level: LintLevel::Deny,
    summary: "no chain of mechanisms from any activity reaches the effect",
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
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let graph = &input.graph.graph;
    let mut reached = vec![false; graph.node_count()];
    let mut queue: VecDeque<_> = (0..theory.activities.len())
        .filter_map(|a| input.graph.node(ItemRef::Activity(a)))
        .collect();
    for node in &queue {
        reached[node.index()] = true;
    }
    while let Some(node) = queue.pop_front() {
        for edge in graph.edges_directed(node, Outgoing) {
            if TheoryGraph::is_causal(*edge.weight()) && !reached[edge.target().index()] {
                reached[edge.target().index()] = true;
                queue.push_back(edge.target());
            }
        }
    }
    for e in 0..theory.effects.len() {
        let item = ItemRef::Effect(e);
        let Some(node) = input.graph.node(item) else {
            continue;
        };
        let mut mechanisms = graph
            .edges_directed(node, Incoming)
            .filter(|edge| *edge.weight() == Edge::LeadsTo)
            .map(|edge| graph[edge.source()])
            .peekable();
        if mechanisms.peek().is_none() || reached[node.index()] {
            continue;
        }
        // A chain cut by a misspelt id is already an `unresolved-reference` error; fixing the id
        // reconnects it, so saying more here would only repeat that finding.
        let all_cut = mechanisms.all(|m| match m {
            ItemRef::Mechanism(m) => theory.mechanisms[m].from.iter().any(|r| r.target.is_none()),
            _ => false,
        });
        if !all_cut {
            out.push(
                RULE.diagnostic(
                    format!(
                        "no activity leads, through mechanisms, to effect {}",
                        quoted(theory, item)
                    ),
                    at_header(
                        theory,
                        item,
                        "reached only from effects no activity reaches",
                    ),
                )
                .with_help("add a mechanism from an activity to the first effect of this chain"),
            );
        }
    }
}
