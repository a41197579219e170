//! The scorecard a steering group (styrgrupp) reads: per effect, its indicators, their
//! targets, latest values and status, with per-group values where disaggregated.

use super::format;
pub use crate::compile::attainment::Counts;
use crate::compile::attainment::{EffectResult, IndicatorResult, Status};
use crate::compile::Compiled;
use crate::locale::Language;
use crate::model::{Horizon, IndicatorKind, ItemRef, Period, Theory};

#[derive(Debug, Clone)]
pub struct Scorecard {
    pub theory: String,
    pub language: Language,
    /// The period the report is as of, when one was asked for.
    pub as_of: Option<String>,
    /// Effects per status, for the whole theory.
    pub summary: Counts,
    pub by_horizon: Vec<(Horizon, Counts)>,
    /// Effects per status for each perspective, in the theory's order.
    pub by_perspective: Vec<PerspectiveCounts>,
    pub effects: Vec<EffectRow>,
    /// Activities with indicators: output indicators of steps done, reported but never judged
    /// as an effect's attainment.
    pub activities: Vec<ActivityRow>,
    /// Outputs with indicators, likewise.
    pub outputs: Vec<ActivityRow>,
    /// Every mechanism, numbered as in the diagrams, with the conditions it depends on.
    pub mechanisms: Vec<MechanismRow>,
    /// Every indicator's attainment as of the report's period, by indicator index: what the
    /// rows were made from, for formats that show more of it (the JSON).
    pub results: Vec<IndicatorResult>,
}

#[derive(Debug, Clone)]
pub struct MechanismRow {
    pub number: usize,
    pub id: String,
    pub text: String,
    /// The evaluation's verdict, worded.
    pub finding: Option<String>,
    pub draft: bool,
    /// Its contexts: ↑ enabling, ↓ hindering, · either, then the condition.
    pub contexts: Vec<(&'static str, String)>,
}

#[derive(Debug, Clone)]
pub struct ActivityRow {
    pub item: ItemRef,
    pub id: String,
    pub text: String,
    pub perspective: Option<String>,
    pub indicators: Vec<IndicatorRow>,
}

/// Effects per status for one perspective.
#[derive(Debug, Clone)]
pub struct PerspectiveCounts {
    /// The perspective's index in the theory.
    pub perspective: usize,
    pub id: String,
    pub label: String,
    pub counts: Counts,
}

#[derive(Debug, Clone)]
pub struct EffectRow {
    /// The effect's index in the theory.
    pub effect: usize,
    pub id: String,
    pub text: String,
    pub horizon: Horizon,
    pub perspective: Option<String>,
    /// `false` for an unintended effect: listed apart, not in the summary.
    pub intended: bool,
    /// A chain of mechanisms from an activity leads to it.
    pub reached: bool,
    pub status: Status,
    /// Outcome indicators judged, out of all outcome indicators.
    pub assessed: usize,
    pub outcome_indicators: usize,
    pub indicators: Vec<IndicatorRow>,
}

#[derive(Debug, Clone)]
pub struct IndicatorRow {
    /// The indicator's index in the theory.
    pub indicator: usize,
    pub id: String,
    pub text: String,
    pub kind: IndicatorKind,
    pub draft: bool,
    pub target: Option<String>,
    pub baseline: Option<f64>,
    pub period: Option<String>,
    pub value: Option<f64>,
    /// What `value` counts, for outputs that keep numbers as numbers (the workbook).
    pub unit: crate::model::Unit,
    /// The value as people read it: `49 %`.
    pub shown: Option<String>,
    /// Every value for the whole population as people read it, with its period, oldest
    /// first: `40 % (2019)`, `60 % (2020)`.
    pub series: Vec<String>,
    pub progress: Option<f64>,
    pub status: Status,
    /// The status is an evaluation's verdict.
    pub assessed: bool,
    /// The status is its groups' (measured only per group).
    pub from_groups: Option<crate::compile::attainment::GroupTally>,
    /// Why there is no status, when the status alone does not say it.
    pub unjudged: Option<&'static str>,
    pub groups: Vec<GroupRow>,
    pub source: Option<String>,
    pub frequency: Option<String>,
    pub responsible: Option<String>,
}

#[derive(Debug, Clone)]
pub struct GroupRow {
    pub dimension: String,
    pub group: String,
    pub period: Option<String>,
    pub value: Option<f64>,
    pub shown: Option<String>,
    pub status: Status,
    pub assessed: bool,
}

/// Computes the scorecard of a theory, as of the end of `as_of` (all data when `None`).
pub fn scorecard(compiled: &Compiled, as_of: Option<(&str, Period)>) -> Scorecard {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let (indicators, effects) = compiled.attainment(as_of.map(|(_, p)| p));
    let order = effect_order(theory);

    let mut summary = Counts::default();
    let mut by_horizon: Vec<(Horizon, Counts)> = [Horizon::Short, Horizon::Medium, Horizon::Long]
        .map(|h| (h, Counts::default()))
        .to_vec();
    let mut by_perspective: Vec<PerspectiveCounts> = theory
        .perspectives
        .iter()
        .enumerate()
        .map(|(perspective, p)| PerspectiveCounts {
            perspective,
            id: p.id.clone(),
            label: p.label.clone(),
            counts: Counts::default(),
        })
        .collect();
    let mut rows = Vec::new();
    for e in order {
        let effect = &theory.effects[e];
        let result: &EffectResult = &effects[e];
        rows.push(effect_row(compiled, e, result, &indicators));
        // The summary is of what the programme aims at; unintended effects are listed apart.
        if !effect.intended {
            continue;
        }
        summary.add(result.status);
        by_horizon
            .iter_mut()
            .find(|(h, _)| *h == effect.horizon)
            .expect("every horizon")
            .1
            .add(result.status);
        if let Some(p) = effect.perspective.as_ref().and_then(|p| p.target) {
            by_perspective[p].counts.add(result.status);
        }
    }
    let activities = measured_items(
        compiled,
        (0..theory.activities.len()).map(ItemRef::Activity),
        &indicators,
    );
    let outputs = measured_items(
        compiled,
        (0..theory.outputs.len()).map(ItemRef::Output),
        &indicators,
    );
    let mechanisms = theory
        .mechanisms
        .iter()
        .enumerate()
        .map(|(m, mechanism)| MechanismRow {
            number: m + 1,
            id: mechanism.header.id.clone(),
            text: mechanism.text.value.clone(),
            finding: mechanism
                .finding
                .as_ref()
                .map(|f| crate::words::finding(language, f.status).to_string()),
            draft: mechanism.draft,
            contexts: mechanism
                .contexts
                .iter()
                .filter_map(|r| match r.target {
                    Some(ItemRef::Context(c)) => Some(&theory.contexts[c]),
                    _ => None,
                })
                .map(|c| {
                    (
                        crate::words::influence_mark(c.influence),
                        c.text.value.clone(),
                    )
                })
                .collect(),
        })
        .collect();
    Scorecard {
        mechanisms,
        activities,
        outputs,
        theory: theory.meta.name.clone(),
        language,
        as_of: as_of.map(|(text, _)| text.to_string()),
        summary,
        by_horizon,
        by_perspective,
        effects: rows,
        results: indicators,
    }
}

/// Activities or outputs that indicators measure, each with its indicators' rows.
fn measured_items(
    compiled: &Compiled,
    items: impl Iterator<Item = ItemRef>,
    indicators: &[IndicatorResult],
) -> Vec<ActivityRow> {
    let theory = &compiled.theory;
    items
        .filter_map(|item| {
            let rows: Vec<IndicatorRow> = compiled
                .indicators_of(item)
                .iter()
                .map(|&i| indicator_row(theory, &indicators[i]))
                .collect();
            (!rows.is_empty()).then(|| ActivityRow {
                item,
                id: theory.header(item).id.clone(),
                text: theory.text(item).value.clone(),
                perspective: theory
                    .perspective_of(item)
                    .map(|p| theory.perspectives[p].label.clone()),
                indicators: rows,
            })
        })
        .collect()
}

fn effect_row(
    compiled: &Compiled,
    e: usize,
    result: &EffectResult,
    indicators: &[IndicatorResult],
) -> EffectRow {
    let theory = &compiled.theory;
    let effect = &theory.effects[e];
    let perspective = effect.perspective.as_ref().and_then(|p| p.target);
    EffectRow {
        effect: e,
        id: effect.header.id.clone(),
        text: effect.text.value.clone(),
        horizon: effect.horizon,
        perspective: perspective.map(|p| theory.perspectives[p].label.clone()),
        intended: effect.intended,
        reached: compiled.is_reached(e),
        status: result.status,
        assessed: result.assessed,
        outcome_indicators: result.outcome_indicators,
        indicators: compiled
            .indicators_of(ItemRef::Effect(e))
            .iter()
            .map(|&i| indicator_row(theory, &indicators[i]))
            .collect(),
    }
}

/// The order a scorecard lists effects in: by horizon, then perspective, then file order.
pub fn effect_order(theory: &Theory) -> Vec<usize> {
    let mut order: Vec<usize> = (0..theory.effects.len()).collect();
    let perspective_rank = |e: usize| {
        theory.effects[e]
            .perspective
            .as_ref()
            .and_then(|p| p.target)
            .unwrap_or(usize::MAX)
    };
    order.sort_by_key(|&e| (theory.effects[e].horizon, perspective_rank(e), e));
    order
}

fn indicator_row(theory: &Theory, result: &IndicatorResult) -> IndicatorRow {
    let indicator = &theory.indicators[result.indicator];
    let language = theory.meta.language;
    let shown =
        |v: &crate::compile::attainment::Value| format::observed(v, &indicator.unit, language);
    IndicatorRow {
        indicator: result.indicator,
        id: indicator.header.id.clone(),
        text: indicator.text.value.clone(),
        kind: indicator.kind,
        draft: indicator.draft,
        target: format::target(indicator, language),
        baseline: indicator.baseline.as_ref().map(|b| b.value),
        period: result.latest.as_ref().map(|v| v.period.clone()),
        value: result.latest.as_ref().and_then(|v| v.value),
        unit: indicator.unit.clone(),
        shown: result.latest.as_ref().and_then(shown),
        series: result
            .series
            .iter()
            .filter_map(|v| shown(v).map(|text| format!("{text} ({})", v.period)))
            .collect(),
        progress: result.progress,
        status: result.status,
        assessed: result.assessed,
        from_groups: result.from_groups,
        unjudged: result
            .unjudged
            .and_then(|reason| crate::words::unjudged(language, reason, indicator)),
        groups: result
            .groups
            .iter()
            .map(|g| GroupRow {
                dimension: g.dimension.clone(),
                group: g.group.clone(),
                period: g.latest.as_ref().map(|v| v.period.clone()),
                value: g.latest.as_ref().and_then(|v| v.value),
                shown: g.latest.as_ref().and_then(shown),
                status: g.status,
                assessed: g.assessed,
            })
            .collect(),
        source: indicator.source.as_ref().map(|s| s.value.clone()),
        frequency: indicator.frequency.clone(),
        responsible: indicator.responsible.clone(),
    }
}

mod output;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use output::markdown_text;
