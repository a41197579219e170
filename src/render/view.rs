//! Which items a diagram shows: all of them, or a slice by perspective, horizon or focus.

use crate::compile::Compiled;
use crate::model::{Horizon, ItemRef, FROM, MEASURES, TO, USES};
use crate::Error;

/// What to show; the default shows everything.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    /// Only activities and effects in these perspectives (ids), when not empty.
    pub perspectives: Vec<String>,
    /// Only effects of these horizons, when not empty.
    pub horizons: Vec<Horizon>,
    /// Only the activities, outputs and effects in no declared perspective (the diagram's
    /// "other" lane), when `perspectives` is empty: a page of their own in a paged PDF.
    pub unassigned_only: bool,
    /// Only what leads to, and follows from, this item (id).
    pub focus: Option<String>,
    /// Draw the legend of mechanisms under the diagram.
    pub legend: bool,
    /// Draw the indicator badges in the effects' boxes.
    pub indicators: bool,
}

impl ViewOptions {
    /// Everything, with legend and indicator badges.
    pub fn full() -> Self {
        Self {
            legend: true,
            indicators: true,
            ..Self::default()
        }
    }
}

/// The items one diagram shows.
pub struct View {
    /// Which resources are shown, by index.
    pub resources: Vec<bool>,
    /// Which activities are shown, by index.
    pub activities: Vec<bool>,
    /// Which outputs are shown, by index.
    pub outputs: Vec<bool>,
    /// Which effects are shown, by index.
    pub effects: Vec<bool>,
    /// Which mechanisms are shown, by index.
    pub mechanisms: Vec<bool>,
}

impl View {
    /// Whether `item` is shown; items without a box never are.
    pub fn shows(&self, item: ItemRef) -> bool {
        match item {
            ItemRef::Resource(i) => self.resources[i],
            ItemRef::Activity(i) => self.activities[i],
            ItemRef::Output(i) => self.outputs[i],
            ItemRef::Effect(i) => self.effects[i],
            ItemRef::Mechanism(i) => self.mechanisms[i],
            _ => false,
        }
    }
}

/// Selects the items to show; an unknown perspective or focus id is an error with a suggestion.
pub fn select(compiled: &Compiled, options: &ViewOptions) -> crate::Result<View> {
    let theory = &compiled.theory;
    for p in &options.perspectives {
        if !theory.perspectives.iter().any(|q| &q.id == p) {
            let ids = theory.perspectives.iter().map(|q| q.id.as_str());
            return Err(unknown("perspective", p, ids));
        }
    }
    let in_perspective = |perspective: &Option<crate::model::Reference<usize>>| {
        if options.unassigned_only {
            return perspective.as_ref().and_then(|r| r.target).is_none();
        }
        options.perspectives.is_empty()
            || perspective
                .as_ref()
                .is_some_and(|r| options.perspectives.contains(&r.name))
    };
    let mut activities: Vec<bool> = theory
        .activities
        .iter()
        .map(|a| in_perspective(&a.perspective))
        .collect();
    let mut outputs: Vec<bool> = theory
        .outputs
        .iter()
        .map(|o| in_perspective(&o.perspective))
        .collect();
    let mut effects: Vec<bool> = theory
        .effects
        .iter()
        .map(|e| {
            in_perspective(&e.perspective)
                && (options.horizons.is_empty() || options.horizons.contains(&e.horizon))
        })
        .collect();

    if let Some(focus) = &options.focus {
        let near = near(compiled, focus)?;
        let keep = |item: ItemRef| compiled.node(item).is_some_and(|n| near[n.index()]);
        for (i, shown) in activities.iter_mut().enumerate() {
            *shown &= keep(ItemRef::Activity(i));
        }
        for (i, shown) in outputs.iter_mut().enumerate() {
            *shown &= keep(ItemRef::Output(i));
        }
        for (i, shown) in effects.iter_mut().enumerate() {
            *shown &= keep(ItemRef::Effect(i));
        }
    }

    // A resource is shown with the activities that use it; a mechanism when both its ends are.
    let every_resource =
        options.perspectives.is_empty() && options.focus.is_none() && !options.unassigned_only;
    let mut resources = vec![every_resource; theory.resources.len()];
    for (a, activity) in theory.activities.iter().enumerate() {
        if activities[a] {
            for used in &activity.uses {
                if let Some(resource) = used.target.filter(|&t| USES.accepts(t)) {
                    resources[resource.index()] = true;
                }
            }
        }
    }
    let shown = |item: ItemRef| match item {
        ItemRef::Activity(a) => activities[a],
        ItemRef::Output(o) => outputs[o],
        ItemRef::Effect(e) => effects[e],
        _ => false,
    };
    let shows_any = |refs: &[crate::model::Reference<ItemRef>], field: &crate::model::Field| {
        refs.iter()
            .filter_map(|r| r.target)
            .any(|t| field.accepts(t) && shown(t))
    };
    let mechanisms = theory
        .mechanisms
        .iter()
        .map(|m| shows_any(&m.from, &FROM) && shows_any(&m.to, &TO))
        .collect();
    Ok(View {
        resources,
        activities,
        outputs,
        effects,
        mechanisms,
    })
}

/// The graph's nodes on a path through the focused item, by node index.
fn near(compiled: &Compiled, focus: &str) -> crate::Result<Vec<bool>> {
    let theory = &compiled.theory;
    let Some(&named) = theory.ids.get(focus) else {
        let ids = theory.items().map(|i| theory.header(i).id.as_str());
        return Err(unknown("item", focus, ids));
    };
    // An indicator is focused through what it measures: that is where it sits in the chain.
    let items: Vec<ItemRef> = match named {
        ItemRef::Indicator(i) => {
            let measured: Vec<ItemRef> = theory.indicators[i]
                .measures
                .iter()
                .filter_map(|r| r.target)
                .filter(|&t| MEASURES.accepts(t))
                .collect();
            if measured.is_empty() {
                return Err(Error::Usage(crate::t!(
                    "focus-measures-nothing",
                    id = focus
                )));
            }
            measured
        }
        item if Compiled::can_focus(item.kind()) => vec![item],
        item => {
            return Err(Error::Usage(crate::t!(
                "focus-wrong-kind",
                id = focus,
                kind = item.kind().a_word()
            )))
        }
    };
    let mut near = vec![false; compiled.graph.graph.node_count()];
    for &item in &items {
        for found in compiled
            .upstream(item)
            .into_iter()
            .chain(compiled.downstream(item))
        {
            if let Some(node) = compiled.node(found) {
                near[node.index()] = true;
            }
        }
    }
    Ok(near)
}

fn unknown<'a>(what: &str, name: &str, ids: impl Iterator<Item = &'a str>) -> Error {
    let missing = crate::t!("view-unknown", what = what, name = name);
    Error::Usage(match crate::suggest::closest(name, ids) {
        Some(best) => crate::t!(
            "with-suggestion",
            message = missing,
            help = crate::t!("did-you-mean", name = best)
        ),
        None => missing,
    })
}
