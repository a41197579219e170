//! The data a workshop page carries (`verkan render --format html`), version 1: the
//! scorecard, the diagram's items and links, and the check's diagnostics. The page's script
//! reads only this; a script of one's own can read it from the page too
//! (`<script type="application/json" id="verkan-data">`).

use super::diagnostics::Diagnostic;
use super::report::{Context, Report};
use super::{Horizon, Status, VERSION};
use crate::compile::{Compiled, Edge};
use crate::model::ItemRef;
use schemars::JsonSchema;
use serde::Serialize;

/// What the workshop page's script reads: the scorecard, the boxes, the links and the findings.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Page {
    /// Always 1 for this format.
    pub version: u32,
    /// The scorecard, as `verkan report --format json` gives it.
    pub report: Report,
    /// Every box of the diagram, in file order: resources, activities, outputs, effects.
    pub items: Vec<Item>,
    /// Every arrow of the theory between boxes; a mechanism's arrows carry its id.
    pub links: Vec<Link>,
    /// What `verkan check` found, warnings included.
    pub diagnostics: Vec<Diagnostic>,
    /// Every context of the theory, in file order, whether a mechanism names it or not: the
    /// choices a mechanism's contexts are made from.
    pub contexts: Vec<Context>,
}

/// A box of the diagram.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Item {
    /// The item's id.
    pub id: String,
    /// The item's kind.
    pub kind: ItemKind,
    /// Its words.
    pub text: String,
    /// The perspective's id; `None` for resources and items without one.
    pub perspective: Option<String>,
    /// Effects only.
    pub horizon: Option<Horizon>,
    /// Effects only: how the effect stands against its targets.
    pub status: Option<Status>,
}

/// The kinds of item that have a box.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// A resource.
    Resource,
    /// An activity.
    Activity,
    /// An output.
    Output,
    /// An effect.
    Effect,
}

/// One step of the theory: a resource used by an activity, an output produced, or a
/// mechanism from one of its starting points to one of its effects.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Link {
    /// The id of the item it starts from.
    pub from: String,
    /// The id of the item it leads to.
    pub to: String,
    /// The mechanism's id; none for a resource used or an output produced.
    pub mechanism: Option<String>,
}

impl Page {
    /// The page's data for a compiled theory and its findings.
    pub fn new(compiled: &Compiled, diagnostics: Vec<Diagnostic>) -> Self {
        let theory = &compiled.theory;
        let effects = compiled.effect_results();
        let items = theory
            .items()
            .filter_map(|item| {
                let kind = match item {
                    ItemRef::Resource(_) => ItemKind::Resource,
                    ItemRef::Activity(_) => ItemKind::Activity,
                    ItemRef::Output(_) => ItemKind::Output,
                    ItemRef::Effect(_) => ItemKind::Effect,
                    _ => return None,
                };
                let effect = match item {
                    ItemRef::Effect(e) => Some(e),
                    _ => None,
                };
                Some(Item {
                    id: theory.header(item).id.clone(),
                    kind,
                    text: theory.text(item).value.clone(),
                    perspective: theory
                        .perspective_of(item)
                        .map(|p| theory.perspectives[p].id.clone()),
                    horizon: effect.map(|e| theory.effects[e].horizon.into()),
                    status: effect.map(|e| effects[e].status.into()),
                })
            })
            .collect();
        let graph = &compiled.graph.graph;
        let id = |node| theory.header(graph[node]).id.clone();
        let mut links = Vec::new();
        for edge in graph.edge_indices() {
            let (a, b) = graph.edge_endpoints(edge).expect("an edge of the graph");
            match graph[edge] {
                Edge::Uses | Edge::Produces => links.push(Link {
                    from: id(a),
                    to: id(b),
                    mechanism: None,
                }),
                // A mechanism's links are made from its own lists below, one per pair.
                Edge::Triggers | Edge::LeadsTo | Edge::Measures => {}
            }
        }
        for (m, mechanism) in theory.mechanisms.iter().enumerate() {
            let node = compiled.node(ItemRef::Mechanism(m));
            let Some(node) = node else { continue };
            let from: Vec<_> = graph
                .neighbors_directed(node, petgraph::Direction::Incoming)
                .collect();
            let to: Vec<_> = graph
                .neighbors_directed(node, petgraph::Direction::Outgoing)
                .collect();
            // petgraph lists neighbours newest first; file order reads better.
            for &a in from.iter().rev() {
                for &b in to.iter().rev() {
                    links.push(Link {
                        from: id(a),
                        to: id(b),
                        mechanism: Some(mechanism.header.id.clone()),
                    });
                }
            }
        }
        Page {
            version: VERSION,
            report: Report::new(compiled, None),
            items,
            links,
            diagnostics,
            contexts: theory.contexts.iter().map(Context::new).collect(),
        }
    }
}
