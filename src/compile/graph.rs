//! Model → petgraph: resources → activities → mechanisms → effects, with indicators attached.

use crate::model::{Field, ItemRef, Link, Theory, FROM, MEASURES, PRODUCED_BY, TO, USES};
use petgraph::graph::{DiGraph, NodeIndex};

/// What an edge of the compiled theory means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// A resource is used by an activity.
    Uses,
    /// An activity produces an output.
    Produces,
    /// An activity or effect is a starting point of a mechanism.
    Triggers,
    /// A mechanism leads to an effect.
    LeadsTo,
    /// An indicator measures an activity or effect.
    Measures,
}

impl Edge {
    /// The edge a reference field makes.
    fn of(field: &Field) -> Self {
        if *field == USES {
            Edge::Uses
        } else if *field == PRODUCED_BY {
            Edge::Produces
        } else if *field == FROM {
            Edge::Triggers
        } else if *field == TO {
            Edge::LeadsTo
        } else {
            debug_assert_eq!(*field, MEASURES);
            Edge::Measures
        }
    }
}

/// The compiled theory: a directed graph over the theory's items.
pub struct TheoryGraph {
    /// The graph itself.
    pub graph: DiGraph<ItemRef, Edge>,
    // Nodes are added kind by kind, so an item's node index is its kind's offset plus its index.
    offsets: [usize; KINDS],
}

const RESOURCE: usize = 0;
const ACTIVITY: usize = 1;
const OUTPUT: usize = 2;
const MECHANISM: usize = 3;
const EFFECT: usize = 4;
const INDICATOR: usize = 5;
const KINDS: usize = 6;

impl TheoryGraph {
    /// Compiles the theory; unresolved references and wrongly directed links are left out
    /// (the rules report them), so every edge here is one the theory really states.
    pub fn compile(theory: &Theory) -> Self {
        let counts = [
            theory.resources.len(),
            theory.activities.len(),
            theory.outputs.len(),
            theory.mechanisms.len(),
            theory.effects.len(),
            theory.indicators.len(),
        ];
        let mut offsets = [0; KINDS];
        for kind in 1..KINDS {
            offsets[kind] = offsets[kind - 1] + counts[kind - 1];
        }
        let nodes = offsets[KINDS - 1] + counts[KINDS - 1];
        let mut graph = DiGraph::with_capacity(nodes, theory.references().count());
        let makers: [fn(usize) -> ItemRef; KINDS] = [
            ItemRef::Resource,
            ItemRef::Activity,
            ItemRef::Output,
            ItemRef::Mechanism,
            ItemRef::Effect,
            ItemRef::Indicator,
        ];
        for (kind, make) in makers.iter().enumerate() {
            for i in 0..counts[kind] {
                graph.add_node(make(i));
            }
        }
        let mut compiled = Self { graph, offsets };
        for (field, owner, reference) in theory.references() {
            // A reference of the wrong kind is left out: the rules report it.
            let Some(target) = reference.target.filter(|&t| field.accepts(t)) else {
                continue;
            };
            match field.link {
                Link::Into => compiled.link(target, owner, Edge::of(field)),
                Link::OutOf => compiled.link(owner, target, Edge::of(field)),
                Link::None => {}
            }
        }
        compiled
    }

    /// The node of an item, if items of its kind are part of the graph.
    pub fn node(&self, item: ItemRef) -> Option<NodeIndex> {
        let (kind, index) = match item {
            ItemRef::Resource(i) => (RESOURCE, i),
            ItemRef::Activity(i) => (ACTIVITY, i),
            ItemRef::Output(i) => (OUTPUT, i),
            ItemRef::Mechanism(i) => (MECHANISM, i),
            ItemRef::Effect(i) => (EFFECT, i),
            ItemRef::Indicator(i) => (INDICATOR, i),
            ItemRef::TargetGroup(_) | ItemRef::Context(_) => return None,
        };
        Some(NodeIndex::new(self.offsets[kind] + index))
    }

    fn link(&mut self, from: ItemRef, to: ItemRef, edge: Edge) {
        if let (Some(a), Some(b)) = (self.node(from), self.node(to)) {
            self.graph.add_edge(a, b, edge);
        }
    }

    /// Whether an edge carries the chain forward: an activity producing an output, a starting
    /// point setting a mechanism off, a mechanism leading to an effect (as opposed to resource
    /// use or measurement).
    pub fn is_causal(edge: Edge) -> bool {
        matches!(edge, Edge::Produces | Edge::Triggers | Edge::LeadsTo)
    }
}
