//! `verkan report --format json`, version 1: the scorecard as data.

use super::{round, Direction, Horizon, IndicatorKind, PerspectiveRef, Status, Unit, VERSION};
use crate::compile::attainment::{self, IndicatorResult};
use crate::compile::Compiled;
use crate::indicators::report::{scorecard, ActivityRow, IndicatorRow, Scorecard};
use crate::model::{self, ItemRef, Period};
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Serialize;

/// The scorecard of one theory.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Report {
    /// Always 1 for this format.
    pub version: u32,
    pub theory: TheoryInfo,
    /// The period the report is as of, when one was asked for.
    pub as_of: Option<String>,
    /// Effects per status.
    pub summary: Counts,
    /// Effects per status, keyed by horizon.
    pub by_horizon: IndexMap<Horizon, Counts>,
    /// Effects per status, keyed by perspective id.
    pub by_perspective: IndexMap<String, PerspectiveCounts>,
    /// Every effect, short term first, then by perspective and file order.
    pub effects: Vec<Effect>,
    /// Activities measured by (output) indicators.
    pub activities: Vec<Activity>,
    /// Outputs measured by (output) indicators, in the same form as activities.
    pub outputs: Vec<Activity>,
    /// Every mechanism, numbered as in the diagrams, with its verdict and contexts.
    pub mechanisms: Vec<Mechanism>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Mechanism {
    pub id: String,
    /// Its number in every diagram and legend.
    pub number: usize,
    pub text: String,
    pub from: Vec<String>,
    pub to: Vec<String>,
    /// The sources the theory cites for it (research, the programme's own documents).
    pub evidence: Vec<String>,
    pub finding: Option<Finding>,
    pub draft: bool,
    pub contexts: Vec<Context>,
}

/// Why a measured value could not be judged against the target.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Unjudged {
    /// The indicator has no target.
    NoTarget,
    /// An increase or decrease without a target value, baseline or earlier value.
    NoBaseline,
    /// A finding in words without a verdict.
    NoVerdict,
}

/// An indicator's groups per status.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FromGroups {
    /// Every group of its breakdown, measured or not.
    pub groups: usize,
    pub counts: Counts,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Finding {
    pub status: FindingStatus,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FindingStatus {
    Supported,
    PartlySupported,
    NotSupported,
    NotAssessed,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Context {
    pub id: String,
    pub text: String,
    pub kind: ContextKind,
    pub influence: Option<Influence>,
}

#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContextKind {
    Structural,
    Subjective,
}

#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Influence {
    Enabling,
    Hindering,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct TheoryInfo {
    pub name: String,
    /// `sv` or `en`.
    pub language: String,
    pub period: Option<String>,
}

/// How many effects have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Counts {
    pub met: usize,
    pub on_track: usize,
    pub partly_met: usize,
    pub not_met: usize,
    pub no_target: usize,
    pub no_data: usize,
}

impl From<&attainment::Counts> for Counts {
    fn from(c: &attainment::Counts) -> Self {
        use attainment::Status as S;
        Counts {
            met: c.of(S::Met),
            on_track: c.of(S::OnTrack),
            partly_met: c.of(S::PartlyMet),
            not_met: c.of(S::NotMet),
            no_target: c.of(S::NoTarget),
            no_data: c.of(S::NoData),
        }
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PerspectiveCounts {
    pub label: String,
    #[serde(flatten)]
    pub counts: Counts,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Effect {
    pub id: String,
    pub text: String,
    pub horizon: Horizon,
    pub perspective: Option<PerspectiveRef>,
    /// `false` for an unintended effect, which the counts leave out.
    pub intended: bool,
    /// A chain of mechanisms from an activity leads to it.
    pub reached: bool,
    /// Rolled up from the indicators that count (outcome, not drafts).
    pub status: Status,
    /// Counting indicators judged (met, on track or not met).
    pub assessed: usize,
    /// Outcome indicators that are not drafts.
    pub counting_indicators: usize,
    /// Every indicator measuring the effect, outcome indicators first.
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Activity {
    pub id: String,
    pub text: String,
    pub perspective: Option<PerspectiveRef>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Indicator {
    pub id: String,
    pub text: String,
    pub kind: IndicatorKind,
    pub draft: bool,
    /// Counts for the effect's status and coverage.
    pub counts: bool,
    pub unit: Unit,
    pub target: Option<Target>,
    pub baseline: Option<Baseline>,
    pub measurements: Vec<Measurement>,
    /// The latest value for the whole population.
    pub latest: Option<Value>,
    /// Share of the way from baseline to target (1 = reached).
    pub progress: Option<f64>,
    pub status: Status,
    /// The status is an evaluation's verdict, not computed from a number.
    pub assessed: bool,
    /// Set when the indicator is measured only per group and its status is its groups':
    /// met when all judged groups are, not met when all are, partly met when they disagree.
    pub from_groups: Option<FromGroups>,
    /// Why a measured indicator has no status against its target.
    pub unjudged: Option<Unjudged>,
    pub groups: Vec<Group>,
    pub source: Option<String>,
    pub frequency: Option<String>,
    pub responsible: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Target {
    /// For an ordinal indicator, the number of `level` (1 for the lowest).
    pub value: Option<f64>,
    /// The level to reach, for an ordinal indicator.
    pub level: Option<String>,
    /// The upper end of a `range`.
    pub max: Option<f64>,
    pub direction: Direction,
    /// The period by which it should be reached.
    pub by: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Baseline {
    pub value: f64,
    pub period: Option<String>,
}

/// An evaluation's verdict on a target.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Assessment {
    Met,
    PartlyMet,
    NotMet,
}

impl From<model::Assessment> for Assessment {
    fn from(a: model::Assessment) -> Self {
        match a {
            model::Assessment::Met => Assessment::Met,
            model::Assessment::PartlyMet => Assessment::PartlyMet,
            model::Assessment::NotMet => Assessment::NotMet,
        }
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Measurement {
    pub period: String,
    pub value: Option<f64>,
    /// A finding in words, for a qualitative indicator.
    pub text: Option<String>,
    /// The evaluation's verdict on the target, when it gives one.
    pub assessment: Option<Assessment>,
    /// The number was computed by whoever wrote the theory from the source's figures.
    pub derived: bool,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    /// The share computed from numerator and denominator (×100 for percent).
    pub share: Option<f64>,
    pub group: Option<GroupRef>,
    pub source: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct GroupRef {
    pub dimension: String,
    pub group: String,
}

/// What the latest period says: a number, a finding in words, a verdict.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Value {
    pub period: String,
    pub value: Option<f64>,
    pub text: Option<String>,
    pub assessment: Option<Assessment>,
    pub derived: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Group {
    pub dimension: String,
    pub group: String,
    pub latest: Option<Value>,
    pub status: Status,
    /// The status is an evaluation's verdict, not computed from a number.
    pub assessed: bool,
}

/// Values are kept to four decimals: more than any indicator is measured to.
const DECIMALS: i32 = 4;

impl Report {
    /// The scorecard as of the end of `as_of` (all data when `None`).
    pub fn new(compiled: &Compiled, as_of: Option<(&str, Period)>) -> Self {
        Report::of(compiled, &scorecard(compiled, as_of))
    }

    /// The scorecard `card` of `compiled`, as data: the same effects, order, counts and
    /// statuses as every other format, with the numbers unworded.
    pub fn of(compiled: &Compiled, card: &Scorecard) -> Self {
        let theory = &compiled.theory;
        let indicators = |rows: &[IndicatorRow]| -> Vec<Indicator> {
            rows.iter()
                .map(|row| indicator(compiled, &card.results[row.indicator]))
                .collect()
        };
        let effects = card
            .effects
            .iter()
            .map(|row| Effect {
                id: row.id.clone(),
                text: row.text.clone(),
                horizon: row.horizon.into(),
                perspective: theory.effects[row.effect]
                    .perspective
                    .as_ref()
                    .and_then(|p| p.target)
                    .map(|p| PerspectiveRef::of(theory, p)),
                intended: row.intended,
                reached: row.reached,
                status: row.status.into(),
                assessed: row.assessed,
                counting_indicators: row.outcome_indicators,
                indicators: indicators(&row.indicators),
            })
            .collect();
        let measured = |rows: &[ActivityRow]| -> Vec<Activity> {
            rows.iter()
                .map(|row| Activity {
                    id: row.id.clone(),
                    text: row.text.clone(),
                    perspective: theory
                        .perspective_of(row.item)
                        .map(|p| PerspectiveRef::of(theory, p)),
                    indicators: indicators(&row.indicators),
                })
                .collect()
        };
        Report {
            version: VERSION,
            theory: TheoryInfo {
                name: theory.meta.name.clone(),
                language: theory.meta.language.code().to_string(),
                period: theory.meta.period.clone(),
            },
            as_of: card.as_of.clone(),
            summary: (&card.summary).into(),
            by_horizon: card
                .by_horizon
                .iter()
                .map(|(h, counts)| (Horizon::from(*h), counts.into()))
                .collect(),
            by_perspective: card
                .by_perspective
                .iter()
                .map(|p| {
                    let counts = PerspectiveCounts {
                        label: p.label.clone(),
                        counts: (&p.counts).into(),
                    };
                    (p.id.clone(), counts)
                })
                .collect(),
            effects,
            activities: measured(&card.activities),
            outputs: measured(&card.outputs),
            mechanisms: theory
                .mechanisms
                .iter()
                .enumerate()
                .map(|(m, mechanism)| mechanism_of(theory, m, mechanism))
                .collect(),
        }
    }
}

fn mechanism_of(theory: &model::Theory, m: usize, mechanism: &model::Mechanism) -> Mechanism {
    let ids = |refs: &[model::Reference<ItemRef>]| -> Vec<String> {
        refs.iter()
            .filter(|r| r.target.is_some())
            .map(|r| r.name.clone())
            .collect()
    };
    Mechanism {
        id: mechanism.header.id.clone(),
        number: m + 1,
        text: mechanism.text.value.clone(),
        from: ids(&mechanism.from),
        to: ids(&mechanism.to),
        evidence: mechanism.evidence.clone(),
        finding: mechanism.finding.as_ref().map(|f| Finding {
            status: match f.status {
                model::FindingStatus::Supported => FindingStatus::Supported,
                model::FindingStatus::PartlySupported => FindingStatus::PartlySupported,
                model::FindingStatus::NotSupported => FindingStatus::NotSupported,
                model::FindingStatus::NotAssessed => FindingStatus::NotAssessed,
            },
            note: f.note.clone(),
        }),
        draft: mechanism.draft,
        contexts: mechanism
            .contexts
            .iter()
            .filter_map(|r| match r.target {
                Some(ItemRef::Context(c)) => Some(&theory.contexts[c]),
                _ => None,
            })
            .map(|c| Context {
                id: c.header.id.clone(),
                text: c.text.value.clone(),
                kind: match c.kind {
                    model::ContextKind::Structural => ContextKind::Structural,
                    model::ContextKind::Subjective => ContextKind::Subjective,
                },
                influence: c.influence.map(|i| match i {
                    model::Influence::Enabling => Influence::Enabling,
                    model::Influence::Hindering => Influence::Hindering,
                }),
            })
            .collect(),
    }
}

fn value(v: &attainment::Value) -> Value {
    Value {
        period: v.period.clone(),
        value: v.value.map(|x| round(x, DECIMALS)),
        text: v.text.clone(),
        assessment: v.assessment.map(Into::into),
        derived: v.derived,
    }
}

fn indicator(compiled: &Compiled, result: &IndicatorResult) -> Indicator {
    let i = result.indicator;
    let ind = &compiled.theory.indicators[i];
    let counts = compiled.counts(i);
    Indicator {
        id: ind.header.id.clone(),
        text: ind.text.value.clone(),
        kind: ind.kind.into(),
        draft: ind.draft,
        counts,
        unit: Unit::of(&ind.unit, ind.range, &ind.levels),
        target: ind.target.as_ref().map(|t| Target {
            value: t.value,
            level: t.level.as_ref().map(|l| l.value.clone()),
            max: t.max,
            direction: t.direction.into(),
            by: t.by.as_ref().map(|b| b.value.clone()),
        }),
        baseline: ind.baseline.as_ref().map(|b| Baseline {
            value: b.value,
            period: b.period.as_ref().map(|p| p.value.clone()),
        }),
        measurements: ind
            .measurements
            .iter()
            .map(|m| Measurement {
                period: m.period.clone(),
                value: m.value,
                text: m.text.clone(),
                assessment: m.assessment.map(Into::into),
                derived: m.derived,
                numerator: m.numerator,
                denominator: m.denominator,
                share: m.share_in(&ind.unit).map(|s| round(s, DECIMALS)),
                group: m.group_index.map(|(d, v)| GroupRef {
                    dimension: ind.disaggregation[d].name.clone(),
                    group: ind.disaggregation[d].values[v].value.clone(),
                }),
                source: m.source.clone(),
                note: m.note.clone(),
            })
            .collect(),
        latest: result.latest.as_ref().map(value),
        progress: result.progress.map(|p| round(p, DECIMALS)),
        status: result.status.into(),
        assessed: result.assessed,
        from_groups: result.from_groups.map(|tally| FromGroups {
            groups: tally.groups,
            counts: (&tally.counts).into(),
        }),
        unjudged: result.unjudged.map(|u| match u {
            attainment::Unjudged::NoTarget => Unjudged::NoTarget,
            attainment::Unjudged::NoBaseline => Unjudged::NoBaseline,
            attainment::Unjudged::NoVerdict => Unjudged::NoVerdict,
        }),
        groups: result
            .groups
            .iter()
            .map(|g| Group {
                dimension: g.dimension.clone(),
                group: g.group.clone(),
                latest: g.latest.as_ref().map(value),
                status: g.status.into(),
                assessed: g.assessed,
            })
            .collect(),
        source: ind.source.as_ref().map(|s| s.value.clone()),
        frequency: ind.frequency.clone(),
        responsible: ind.responsible.clone(),
    }
}
