use super::{at_header, Input, Rule};
use crate::compile::TheoryGraph;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;
use petgraph::algo::kosaraju_scc;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction::Outgoing;
use std::collections::VecDeque;

pub static RULE: Rule = Rule {
    id: RuleId::FeedbackLoop,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
Whether mechanisms lead in a circle: effect A leads to effect B, which leads back to A. The
loop is listed in order, with the mechanisms between its steps.

## Why it matters
Real programmes have reinforcing loops (trust builds collaboration, which builds trust), so
this is a warning, not an error. But a loop is often a mistake in `from`/`to`, and it has no
place in a left-to-right diagram: the evaluator should confirm it is meant.

## Example
```toml
[mechanisms.tillit]
from = ["samsyn"]
to = ["tillit"]
[mechanisms.samsyn]
from = ["tillit"]
to = ["samsyn"]
```

## How to fix
If the loop is intended, allow it for this theory: `[lints]` then
`feedback-loop = "allow"`. Otherwise correct the `from`/`to` that closes it."#,
    explanation_sv: r#"## Vad den kontrollerar
Om mekanismer leder runt i en cirkel: effekt A leder till effekt B, som leder tillbaka till
A. Slingan listas i ordning, med mekanismerna mellan stegen.

## Varför det spelar roll
Verkliga program har förstärkande slingor (tillit bygger samverkan, som bygger tillit), så
det här är en varning, inte ett fel. Men en slinga är ofta ett misstag i `from`/`to`, och den
har ingen plats i ett diagram som läses från vänster till höger: utvärderaren bör bekräfta
att den är avsedd.

## Exempel
```toml
[mechanisms.tillit]
from = ["samsyn"]
to = ["tillit"]
[mechanisms.samsyn]
from = ["tillit"]
to = ["samsyn"]
```

## Så rättar du
Om slingan är avsedd, tillåt den för den här teorin: `[lints]` och sedan
`feedback-loop = "allow"`. Annars rätta den `from`/`to` som sluter den."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let graph = &input.compiled.graph.graph;
    let mut in_component = vec![usize::MAX; graph.node_count()];
    // Kosaraju with petgraph's explicit-stack DFS: no recursion, so a chain of 200 000 effects
    // cannot overflow the stack (Tarjan's recursive version did).
    let mut components = kosaraju_scc(graph);
    components.retain(|c| c.len() > 1);
    for component in &mut components {
        component.sort();
    }
    components.sort();
    for (c, component) in components.iter().enumerate() {
        for node in component {
            in_component[node.index()] = c;
        }
    }
    for (c, component) in components.iter().enumerate() {
        // Start at the first effect or activity in file order, so the listing is stable.
        let start = component
            .iter()
            .copied()
            .find(|&n| !matches!(graph[n], ItemRef::Mechanism(_)))
            .unwrap_or(component[0]);
        let cycle = shortest_cycle(&input.compiled.graph, start, |n| {
            in_component[n.index()] == c
        });
        let steps = cycle
            .iter()
            .chain(std::iter::once(&start))
            .map(|&n| match graph[n] {
                ItemRef::Mechanism(m) => format!("({})", theory.mechanisms[m].header.id),
                item => theory.header(item).id.clone(),
            })
            .collect::<Vec<_>>()
            .join(" → ");
        let mut d = RULE
            .diagnostic(
                t!("feedback-loop", steps = steps),
                at_header(theory, graph[start], t!("feedback-loop-label")),
            )
            .with_fact(
                "cycle",
                cycle
                    .iter()
                    .map(|&n| theory.header(graph[n]).id.clone())
                    .collect::<Vec<_>>(),
            )
            .with_help(t!("feedback-loop-help"));
        for &node in cycle.iter().skip(1) {
            d = d.with_secondary(at_header(theory, graph[node], t!("feedback-loop-part")));
        }
        out.push(d);
    }
}

/// Breadth-first search from `start` back to itself within one strongly connected component.
fn shortest_cycle(
    graph: &TheoryGraph,
    start: NodeIndex,
    inside: impl Fn(NodeIndex) -> bool,
) -> Vec<NodeIndex> {
    let g = &graph.graph;
    let mut parent: Vec<Option<NodeIndex>> = vec![None; g.node_count()];
    let mut queue = VecDeque::from([start]);
    let mut last = None;
    'search: while let Some(node) = queue.pop_front() {
        for edge in g.edges_directed(node, Outgoing) {
            let next = edge.target();
            if !TheoryGraph::is_causal(*edge.weight()) || !inside(next) {
                continue;
            }
            if next == start {
                last = Some(node);
                break 'search;
            }
            if parent[next.index()].is_none() {
                parent[next.index()] = Some(node);
                queue.push_back(next);
            }
        }
    }
    let mut path = Vec::new();
    let mut node = last;
    while let Some(n) = node {
        path.push(n);
        node = if n == start { None } else { parent[n.index()] };
    }
    path.reverse();
    path
}
