//! Model → petgraph: resources → activities → mechanisms → effects, with indicators attached.

use crate::model::{Field, ItemRef, Link, Theory, FROM, MEASURES, TO, USES};
use petgraph::graph::{DiGraph, NodeIndex};

/// What an edge of the compiled theory means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// A resource is used by an activity.
    Uses,
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
    pub graph: DiGraph<ItemRef, Edge>,
    // Nodes are added kind by kind, so an item's node index is its kind's offset plus its index.
    offsets: [usize; 5],
}

const RESOURCE: usize = 0;
const ACTIVITY: usize = 1;
const MECHANISM: usize = 2;
const EFFECT: usize = 3;
const INDICATOR: usize = 4;

impl TheoryGraph {
    /// Compiles the theory; unresolved references and wrongly directed links are left out
    /// (the rules report them), so every edge here is one the theory really states.
    pub fn compile(theory: &Theory) -> Self {
        let counts = [
            theory.resources.len(),
            theory.activities.len(),
            theory.mechanisms.len(),
            theory.effects.len(),
            theory.indicators.len(),
        ];
        let mut offsets = [0; 5];
        for kind in 1..5 {
            offsets[kind] = offsets[kind - 1] + counts[kind - 1];
        }
        let edges_hint = theory.references().count();
        let mut graph = DiGraph::with_capacity(offsets[4] + counts[4], edges_hint);
        (0..counts[RESOURCE]).for_each(|i| {
            graph.add_node(ItemRef::Resource(i));
        });
        (0..counts[ACTIVITY]).for_each(|i| {
            graph.add_node(ItemRef::Activity(i));
        });
        (0..counts[MECHANISM]).for_each(|i| {
            graph.add_node(ItemRef::Mechanism(i));
        });
        (0..counts[EFFECT]).for_each(|i| {
            graph.add_node(ItemRef::Effect(i));
        });
        (0..counts[INDICATOR]).for_each(|i| {
            graph.add_node(ItemRef::Indicator(i));
        });
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

    /// Whether an edge carries cause and effect (as opposed to resource use or measurement).
    pub fn is_causal(edge: Edge) -> bool {
        matches!(edge, Edge::Triggers | Edge::LeadsTo)
    }
}
