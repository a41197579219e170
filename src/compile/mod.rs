//! The compiled theory: the graph and every fact derived from it, computed once.
//!
//! Rules, diagrams, the scorecard and coverage ask this layer; none of them works a fact out
//! again. The definitions that outputs must agree on live here and in the README's
//! "Definitions" section:
//!
//! - an effect is **reached** when a chain activity → mechanism → (effect → mechanism →)…
//!   leads to it ([`Compiled::is_reached`]);
//! - an effect **has an outcome indicator** when an indicator with `kind = "outcome"` measures
//!   it, drafts included ([`Compiled::has_outcome_indicator`]): what `check` requires;
//! - an indicator **counts** when it is an outcome indicator and not a draft
//!   ([`Compiled::counting_indicators`]): coverage and an effect's status read only these;
//! - an indicator is **measured** when at least one of its measurements has a readable period
//!   and a value, a finding in words or an assessment, for the whole population or for a
//!   group ([`Compiled::is_measured`]); an effect is measured when one of its counting
//!   indicators is.

pub mod attainment;
mod graph;

pub use graph::{Edge, TheoryGraph};

use crate::model::{IndicatorKind, ItemRef, Kind, Period, Theory};
use attainment::{EffectResult, IndicatorResult};
use petgraph::graph::NodeIndex;
use petgraph::visit::{Bfs, Dfs, EdgeFiltered, EdgeRef, Reversed, Walker};
use petgraph::Direction::Incoming;

/// A theory with its graph and derived facts.
pub struct Compiled {
    /// The typed theory.
    pub theory: Theory,
    /// Its graph: items as nodes, mechanisms and other links as edges.
    pub graph: TheoryGraph,
    /// Indicators measuring each activity, in file order.
    activity_indicators: Vec<Vec<usize>>,
    /// Indicators measuring each output, in file order.
    output_indicators: Vec<Vec<usize>>,
    /// Indicators measuring each effect: outcome indicators first, then file order.
    effect_indicators: Vec<Vec<usize>>,
    /// Per effect: reached from an activity through mechanisms.
    reached: Vec<bool>,
    /// Per effect: some mechanism's `to` names it.
    led_to: Vec<bool>,
    /// Per indicator: a readable value exists.
    measured: Vec<bool>,
    indicator_results: Vec<IndicatorResult>,
    effect_results: Vec<EffectResult>,
    /// Per item: the mechanisms whose `to` names it, and those whose `from` does, in number
    /// order.
    around: std::collections::HashMap<ItemRef, (Vec<usize>, Vec<usize>)>,
}

impl Compiled {
    /// Compiles a typed theory: links, indicator lists, reachability and attainment.
    pub fn new(theory: Theory) -> Self {
        let graph = TheoryGraph::compile(&theory);
        let mut activity_indicators = vec![Vec::new(); theory.activities.len()];
        let mut output_indicators = vec![Vec::new(); theory.outputs.len()];
        let mut effect_indicators = vec![Vec::new(); theory.effects.len()];
        for (i, indicator) in theory.indicators.iter().enumerate() {
            for target in &indicator.measures {
                match target.target {
                    Some(ItemRef::Activity(a)) => activity_indicators[a].push(i),
                    Some(ItemRef::Output(o)) => output_indicators[o].push(i),
                    Some(ItemRef::Effect(e)) => effect_indicators[e].push(i),
                    _ => {}
                }
            }
        }
        for list in &mut effect_indicators {
            // Outcome indicators first: they say whether the change happened.
            list.sort_by_key(|&i| (theory.indicators[i].kind != IndicatorKind::Outcome, i));
        }

        let mut reached = vec![false; theory.effects.len()];
        let causal =
            EdgeFiltered::from_fn(&graph.graph, |edge| TheoryGraph::is_causal(*edge.weight()));
        // One traversal from every activity at once: linear in the theory's size.
        let mut walk = Dfs::empty(&causal);
        walk.stack
            .extend((0..theory.activities.len()).filter_map(|a| graph.node(ItemRef::Activity(a))));
        while let Some(node) = walk.next(&causal) {
            if let ItemRef::Effect(e) = graph.graph[node] {
                reached[e] = true;
            }
        }
        let mut led_to = vec![false; theory.effects.len()];
        for edge in graph.graph.raw_edges() {
            if edge.weight == Edge::LeadsTo {
                if let ItemRef::Effect(e) = graph.graph[edge.target()] {
                    led_to[e] = true;
                }
            }
        }

        let measured = theory
            .indicators
            .iter()
            .map(|indicator| {
                indicator
                    .measurements
                    .iter()
                    .any(|m| m.is_readable(&indicator.unit))
            })
            .collect();
        let mut around: std::collections::HashMap<ItemRef, (Vec<usize>, Vec<usize>)> =
            std::collections::HashMap::new();
        for (m, mechanism) in theory.mechanisms.iter().enumerate() {
            for (refs, into) in [(&mechanism.to, true), (&mechanism.from, false)] {
                for item in refs.iter().filter_map(|r| r.target) {
                    let (to, from) = around.entry(item).or_default();
                    let list = if into { to } else { from };
                    // A mechanism naming an item twice is listed once.
                    if list.last() != Some(&m) {
                        list.push(m);
                    }
                }
            }
        }
        let mut compiled = Self {
            theory,
            graph,
            activity_indicators,
            output_indicators,
            effect_indicators,
            reached,
            led_to,
            measured,
            indicator_results: Vec::new(),
            effect_results: Vec::new(),
            around,
        };
        let (indicators, effects) = compiled.attainment(None);
        compiled.indicator_results = indicators;
        compiled.effect_results = effects;
        compiled
    }

    /// The mechanisms that lead to `item` and those that start from it, in number order.
    pub fn mechanisms_around(&self, item: ItemRef) -> (&[usize], &[usize]) {
        self.around
            .get(&item)
            .map_or((&[][..], &[][..]), |(to, from)| {
                (to.as_slice(), from.as_slice())
            })
    }

    /// Every indicator that measures an activity or effect: for effects, outcome indicators
    /// first; otherwise in file order.
    pub fn indicators_of(&self, item: ItemRef) -> &[usize] {
        match item {
            ItemRef::Activity(a) => &self.activity_indicators[a],
            ItemRef::Output(o) => &self.output_indicators[o],
            ItemRef::Effect(e) => &self.effect_indicators[e],
            _ => &[],
        }
    }

    /// The outcome indicators (resultatindikatorer) of an effect, drafts included.
    pub fn outcome_indicators(&self, effect: usize) -> impl Iterator<Item = usize> + '_ {
        self.effect_indicators[effect]
            .iter()
            .copied()
            .filter(|&i| self.theory.indicators[i].kind == IndicatorKind::Outcome)
    }

    /// The output indicators (utfallsindikatorer) of an effect.
    pub fn output_indicators(&self, effect: usize) -> impl Iterator<Item = usize> + '_ {
        self.effect_indicators[effect]
            .iter()
            .copied()
            .filter(|&i| self.theory.indicators[i].kind == IndicatorKind::Output)
    }

    /// What `check` requires of every effect: an outcome indicator, a draft being enough.
    pub fn has_outcome_indicator(&self, effect: usize) -> bool {
        self.outcome_indicators(effect).next().is_some()
    }

    /// Whether an indicator counts for its effect's coverage and status: an outcome
    /// indicator that is not a draft.
    pub fn counts(&self, indicator: usize) -> bool {
        let indicator = &self.theory.indicators[indicator];
        indicator.kind == IndicatorKind::Outcome && !indicator.draft
    }

    /// The indicators that count for an effect's coverage and status.
    pub fn counting_indicators(&self, effect: usize) -> impl Iterator<Item = usize> + '_ {
        self.outcome_indicators(effect).filter(|&i| self.counts(i))
    }

    /// Whether a chain of mechanisms from an activity leads to the effect.
    pub fn is_reached(&self, effect: usize) -> bool {
        self.reached[effect]
    }

    /// Whether some mechanism names the effect in its `to` (reached or not).
    pub fn is_led_to(&self, effect: usize) -> bool {
        self.led_to[effect]
    }

    /// Whether the indicator has at least one readable value.
    pub fn is_measured(&self, indicator: usize) -> bool {
        self.measured[indicator]
    }

    /// Whether one of the effect's counting indicators is measured.
    pub fn is_effect_measured(&self, effect: usize) -> bool {
        self.counting_indicators(effect)
            .any(|i| self.is_measured(i))
    }

    /// Whether one of the effect's counting indicators has a target.
    pub fn has_target(&self, effect: usize) -> bool {
        self.counting_indicators(effect)
            .any(|i| self.theory.indicators[i].target.is_some())
    }

    /// Attainment of every indicator on all data.
    pub fn indicator_results(&self) -> &[IndicatorResult] {
        &self.indicator_results
    }

    /// Every effect's status, rolled up from its counting indicators on all data.
    pub fn effect_results(&self) -> &[EffectResult] {
        &self.effect_results
    }

    /// Attainment as of the end of a period (all data when `None`), for reports of a period.
    pub fn attainment(&self, as_of: Option<Period>) -> (Vec<IndicatorResult>, Vec<EffectResult>) {
        let indicators = attainment::indicators(&self.theory, as_of);
        let effects = (0..self.theory.effects.len())
            .map(|e| attainment::effect(e, self.counting_indicators(e), &indicators))
            .collect();
        (indicators, effects)
    }

    /// The item's node, for resources, activities, mechanisms, effects and indicators.
    pub fn node(&self, item: ItemRef) -> Option<NodeIndex> {
        self.graph.node(item)
    }

    /// Everything the item leads to through mechanisms, the item included.
    pub fn downstream(&self, item: ItemRef) -> Vec<ItemRef> {
        let Some(start) = self.node(item) else {
            return Vec::new();
        };
        let causal =
            EdgeFiltered::from_fn(&self.graph.graph, |edge| *edge.weight() != Edge::Measures);
        Bfs::new(&causal, start)
            .iter(&causal)
            .map(|n| self.graph.graph[n])
            .collect()
    }

    /// Everything that leads to the item (resources and activities too), the item included.
    pub fn upstream(&self, item: ItemRef) -> Vec<ItemRef> {
        let Some(start) = self.node(item) else {
            return Vec::new();
        };
        let causal =
            EdgeFiltered::from_fn(&self.graph.graph, |edge| *edge.weight() != Edge::Measures);
        let reversed = Reversed(&causal);
        Bfs::new(reversed, start)
            .iter(reversed)
            .map(|n| self.graph.graph[n])
            .collect()
    }

    /// Per node: whether a causal path of at least one step leads from it into one of
    /// `targets` (a target itself counts only when another target, or itself, leads to it).
    pub fn leading_into(&self, targets: impl IntoIterator<Item = NodeIndex>) -> Vec<bool> {
        let graph = &self.graph.graph;
        let causal = EdgeFiltered::from_fn(graph, |edge| TheoryGraph::is_causal(*edge.weight()));
        let reversed = Reversed(&causal);
        let mut walk = Dfs::empty(reversed);
        // Start from the targets' causes, so a target is marked only when something leads to it.
        for target in targets {
            walk.stack.extend(
                graph
                    .edges_directed(target, Incoming)
                    .filter(|edge| TheoryGraph::is_causal(*edge.weight()))
                    .map(|edge| edge.source()),
            );
        }
        while walk.next(reversed).is_some() {}
        (0..graph.node_count())
            .map(|n| walk.discovered.contains(n))
            .collect()
    }

    /// The kind of item a view can focus on: what lies on the theory's chain.
    pub fn can_focus(kind: Kind) -> bool {
        matches!(
            kind,
            Kind::Resource | Kind::Activity | Kind::Output | Kind::Mechanism | Kind::Effect
        )
    }
}
