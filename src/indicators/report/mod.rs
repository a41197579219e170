//! The scorecard a steering group (styrgrupp) reads: per effect, its indicators, their
//! targets, latest values and status, with per-group values where disaggregated.

use super::format;
pub use crate::compile::attainment::Counts;
use crate::compile::attainment::{EffectResult, IndicatorResult, Status};
use crate::compile::Compiled;
use crate::locale::Language;
use crate::model::{Horizon, IndicatorKind, ItemRef, Period, Theory};

/// A theory's scorecard: every effect and activity with its indicators and their attainment, computed once; every report format is a projection of it.
#[derive(Debug, Clone)]
pub struct Scorecard {
    /// The theory's name.
    pub theory: String,
    /// The language of its words.
    pub language: Language,
    /// The period the report is as of, when one was asked for.
    pub as_of: Option<String>,
    /// Effects per status, for the whole theory.
    pub summary: Counts,
    /// Effects per status as of the end of each period the theory's outcome indicators were
    /// measured in, oldest first: attainment over time. Empty unless there are two periods
    /// or more.
    pub timeline: Vec<(String, Counts)>,
    /// Effects per status for each horizon, short term first.
    pub by_horizon: Vec<(Horizon, Counts)>,
    /// Effects per status for each perspective, in the theory's order.
    pub by_perspective: Vec<PerspectiveCounts>,
    /// Every effect, short term first, then by perspective and file order.
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

/// A mechanism as the scorecard lists it.
#[derive(Debug, Clone)]
pub struct MechanismRow {
    /// Its number, as in the diagrams.
    pub number: usize,
    /// Its id.
    pub id: String,
    /// The assumption, with the evaluation's verdict.
    pub text: String,
    /// The evaluation's verdict, worded.
    pub finding: Option<String>,
    /// The evaluation's own words with its verdict: the hedge that goes wherever it does.
    pub note: Option<String>,
    /// Added so the theory holds together, not stated by the reports.
    pub draft: bool,
    /// Its contexts: ↑ enabling, ↓ hindering, · either, then the condition.
    pub contexts: Vec<(&'static str, String)>,
}

/// An activity or output with the indicators that measure it.
#[derive(Debug, Clone)]
pub struct ActivityRow {
    /// The item.
    pub item: ItemRef,
    /// Its id.
    pub id: String,
    /// What is done or delivered.
    pub text: String,
    /// Its perspective's name.
    pub perspective: Option<String>,
    /// The indicators that measure it.
    pub indicators: Vec<IndicatorRow>,
}

/// Effects per status for one perspective.
#[derive(Debug, Clone)]
pub struct PerspectiveCounts {
    /// The perspective's index in the theory.
    pub perspective: usize,
    /// The perspective's id.
    pub id: String,
    /// Its name.
    pub label: String,
    /// Its effects per status.
    pub counts: Counts,
}

/// An effect with its indicators and status.
#[derive(Debug, Clone)]
pub struct EffectRow {
    /// The effect's index in the theory.
    pub effect: usize,
    /// Its id.
    pub id: String,
    /// The change, in words.
    pub text: String,
    /// When the change is expected.
    pub horizon: Horizon,
    /// Its perspective's name.
    pub perspective: Option<String>,
    /// `false` for an unintended effect: listed apart, not in the summary.
    pub intended: bool,
    /// A chain of mechanisms from an activity leads to it.
    pub reached: bool,
    /// Rolled up from the indicators that count (outcome, not drafts).
    pub status: Status,
    /// Outcome indicators judged, out of all outcome indicators.
    pub assessed: usize,
    /// Outcome indicators that count.
    pub outcome_indicators: usize,
    /// Every indicator measuring it, outcome indicators first.
    pub indicators: Vec<IndicatorRow>,
}

/// An indicator with its latest value and attainment.
#[derive(Debug, Clone)]
pub struct IndicatorRow {
    /// The indicator's index in the theory.
    pub indicator: usize,
    /// Its id.
    pub id: String,
    /// What is measured.
    pub text: String,
    /// Outcome or output.
    pub kind: IndicatorKind,
    /// Added so the theory holds together; it does not count.
    pub draft: bool,
    /// The target as people read it.
    pub target: Option<String>,
    /// The target's value is approximate (`≈ 50 %`): a status against it says so.
    pub approximate: bool,
    /// The evaluation's own words with its verdict (the latest measurement's note, when the
    /// status is a verdict): its hedge travels with it.
    pub verdict_note: Option<String>,
    /// The value before the programme.
    pub baseline: Option<f64>,
    /// The period of the latest value.
    pub period: Option<String>,
    /// The latest value for the whole population.
    pub value: Option<f64>,
    /// What `value` counts, for outputs that keep numbers as numbers (the workbook).
    pub unit: crate::model::Unit,
    /// The value as people read it: `49 %`.
    pub shown: Option<String>,
    /// Every value for the whole population as people read it, with its period, oldest
    /// first: `40 % (2019)`, `60 % (2020)`.
    pub series: Vec<String>,
    /// Share of the way from baseline to target (1 = reached).
    pub progress: Option<f64>,
    /// Against its target.
    pub status: Status,
    /// The status is an evaluation's verdict.
    pub assessed: bool,
    /// The status is its groups' (measured only per group).
    pub from_groups: Option<crate::compile::attainment::GroupTally>,
    /// Why there is no status, when the status alone does not say it.
    pub unjudged: Option<&'static str>,
    /// Its latest value and status per group.
    pub groups: Vec<GroupRow>,
    /// Where the values come from.
    pub source: Option<String>,
    /// How often it is measured.
    pub frequency: Option<String>,
    /// Who measures it.
    pub responsible: Option<String>,
}

/// An indicator's latest value and status for one group.
#[derive(Debug, Clone)]
pub struct GroupRow {
    /// The dimension (`kön`).
    pub dimension: String,
    /// The group (`kvinnor`).
    pub group: String,
    /// The period of its latest value.
    pub period: Option<String>,
    /// Its latest value.
    pub value: Option<f64>,
    /// The value as people read it.
    pub shown: Option<String>,
    /// Against the indicator's target.
    pub status: Status,
    /// The status is an evaluation's verdict.
    pub assessed: bool,
}

/// Computes the scorecard of a theory, as of the end of `as_of` (all data when `None`).
pub fn scorecard(compiled: &Compiled, as_of: Option<(&str, Period)>) -> Scorecard {
    let timeline = timeline(compiled, as_of.map(|(_, p)| p));
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
            note: mechanism.finding.as_ref().and_then(|f| f.note.clone()),
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
        timeline,
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

/// Effects per status as of each period an outcome indicator that counts was measured in
/// (up to `until`), oldest first, each named as the file first writes it; empty for fewer
/// than two periods. The same statuses the scorecard gives as of a period.
fn timeline(compiled: &Compiled, until: Option<Period>) -> Vec<(String, Counts)> {
    let theory = &compiled.theory;
    let mut periods: Vec<(Period, &str)> = (0..theory.effects.len())
        .filter(|&e| theory.effects[e].intended)
        .flat_map(|e| compiled.counting_indicators(e))
        .flat_map(|i| theory.indicators[i].measurements.iter())
        .filter_map(|m| m.parsed_period.map(|p| (p, m.period.as_str())))
        .filter(|(p, _)| until.is_none_or(|u| p.end <= u.end))
        .collect();
    periods.sort_by_key(|(p, written)| (p.end, p.start, *written));
    periods.dedup_by_key(|(p, _)| p.end);
    if periods.len() < 2 {
        return Vec::new();
    }
    periods
        .into_iter()
        .map(|(period, written)| {
            let (_, effects) = compiled.attainment(Some(period));
            let counts = effects
                .iter()
                .filter(|r| theory.effects[r.effect].intended)
                .map(|r| r.status)
                .collect();
            (written.to_string(), counts)
        })
        .collect()
}

/// The effects by status as one bar `width` long, best first: where each status's stretch
/// starts and how long it is. The overview page and the Word overview draw the same bar.
pub fn bar_stretches(counts: &Counts, width: f64) -> Vec<(f64, f64, Status)> {
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let mut at = 0.0;
    counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| {
            let length = width * n as f64 / total.max(1) as f64;
            at += length;
            (at - length, length, status)
        })
        .collect()
}

/// The effects by status in words, best first: "7 uppnått, 5 delvis uppnått, …"; what a
/// bar says to a screen reader.
pub fn counts_in_words(counts: &Counts, language: Language) -> String {
    let said: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| format!("{n} {}", status.label(language)))
        .collect();
    said.join(", ")
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
        approximate: indicator.target.as_ref().is_some_and(|t| t.approximate),
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
        verdict_note: result
            .latest
            .as_ref()
            .filter(|v| result.assessed && v.assessment.is_some())
            .and_then(|v| v.note.clone()),
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

#[cfg(feature = "docx")]
pub mod docx;
mod output;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use output::markdown_text;
