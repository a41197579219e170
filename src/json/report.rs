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
    /// The theory's name and period.
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

/// A mechanism, as the report lists it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Mechanism {
    /// Its id.
    pub id: String,
    /// Its number in every diagram and legend.
    pub number: usize,
    /// The assumption, in words.
    pub text: String,
    /// The ids of the items it starts from.
    pub from: Vec<String>,
    /// The ids of the items it leads to.
    pub to: Vec<String>,
    /// The sources the theory cites for it (research, the programme's own documents).
    pub evidence: Vec<String>,
    /// What the evaluation found about it.
    pub finding: Option<Finding>,
    /// Added so the theory holds together, not stated by the reports.
    pub draft: bool,
    /// The contexts it depends on.
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
    /// The groups per status.
    pub counts: Counts,
}

/// What an evaluation found about a mechanism.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Finding {
    /// Whether it held.
    pub status: FindingStatus,
    /// The evaluation's words.
    pub note: Option<String>,
}

/// Whether a mechanism held, as an evaluation judged it.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FindingStatus {
    /// It held.
    Supported,
    /// It held in part.
    PartlySupported,
    /// It did not hold.
    NotSupported,
    /// The evaluation did not judge it.
    NotAssessed,
    /// Never tried: what was to set it off did not happen as planned.
    NotImplemented,
}

/// A context a mechanism depends on.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Context {
    /// Its id.
    pub id: String,
    /// The condition, in words.
    pub text: String,
    /// What kind of condition it is.
    pub kind: ContextKind,
    /// Whether it helps or hinders, when the theory says.
    pub influence: Option<Influence>,
}

impl Context {
    /// A context of the theory, as reports and pages give it.
    pub fn new(c: &model::Context) -> Self {
        Context {
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
        }
    }
}

/// What kind of condition a context is.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContextKind {
    /// Around people: time, organisation, leadership.
    Structural,
    /// In people: role, motivation.
    Subjective,
}

/// How a context bears on its mechanisms.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Influence {
    /// It helps them work.
    Enabling,
    /// It stands in their way.
    Hindering,
}

/// The theory a report is of.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TheoryInfo {
    /// The programme's name.
    pub name: String,
    /// `sv` or `en`.
    pub language: String,
    /// The programme's period, as written.
    pub period: Option<String>,
}

/// How many effects have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Counts {
    /// Met its target.
    pub met: usize,
    /// Not met yet, but moving towards the target.
    pub on_track: usize,
    /// Met in part.
    pub partly_met: usize,
    /// Not met.
    pub not_met: usize,
    /// Measured, but without a target to judge against.
    pub no_target: usize,
    /// Not measured.
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

/// Effects per status for one perspective.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PerspectiveCounts {
    /// The perspective's name.
    pub label: String,
    /// The effects per status.
    #[serde(flatten)]
    pub counts: Counts,
}

/// An effect with its indicators and status.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Effect {
    /// Its id.
    pub id: String,
    /// The change, in words.
    pub text: String,
    /// When the change is expected.
    pub horizon: Horizon,
    /// The perspective it is seen from.
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

/// An activity or output with the indicators that measure it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Activity {
    /// Its id.
    pub id: String,
    /// What is done or delivered.
    pub text: String,
    /// The perspective it belongs to.
    pub perspective: Option<PerspectiveRef>,
    /// The (output) indicators that measure it.
    pub indicators: Vec<Indicator>,
}

/// An indicator with its values and status.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Indicator {
    /// Its id.
    pub id: String,
    /// What is measured.
    pub text: String,
    /// Outcome or output.
    pub kind: IndicatorKind,
    /// Added so the theory holds together, not stated by the reports; it does not count.
    pub draft: bool,
    /// Counts for the effect's status and coverage.
    pub counts: bool,
    /// What its values count.
    pub unit: Unit,
    /// The value to reach.
    pub target: Option<Target>,
    /// The value before the programme.
    pub baseline: Option<Baseline>,
    /// Every value, in the order given.
    pub measurements: Vec<Measurement>,
    /// The latest value for the whole population.
    pub latest: Option<Value>,
    /// Share of the way from baseline to target (1 = reached).
    pub progress: Option<f64>,
    /// Against its target, at the latest period.
    pub status: Status,
    /// The status is an evaluation's verdict, not computed from a number.
    pub assessed: bool,
    /// Set when the indicator is measured only per group and its status is its groups':
    /// met when all judged groups are, not met when all are, partly met when they disagree.
    pub from_groups: Option<FromGroups>,
    /// Why a measured indicator has no status against its target.
    pub unjudged: Option<Unjudged>,
    /// Its status per group of its breakdown.
    pub groups: Vec<Group>,
    /// Where the values come from.
    pub source: Option<String>,
    /// How often it is measured.
    pub frequency: Option<String>,
    /// Who measures it.
    pub responsible: Option<String>,
}

/// The value an indicator is to reach.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Target {
    /// For an ordinal indicator, the number of `level` (1 for the lowest).
    pub value: Option<f64>,
    /// The level to reach, for an ordinal indicator.
    pub level: Option<String>,
    /// The upper end of a `range`.
    pub max: Option<f64>,
    /// Which way counts as reaching it.
    pub direction: Direction,
    /// The period by which it should be reached.
    pub by: Option<String>,
    /// The value is approximate, as the source words it (shown `≈ 50 %`).
    pub approximate: bool,
}

/// An indicator's value before the programme.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Baseline {
    /// The value.
    pub value: f64,
    /// When it was measured.
    pub period: Option<String>,
}

/// An evaluation's verdict on a target.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Assessment {
    /// The target was met.
    Met,
    /// It was met in part.
    PartlyMet,
    /// It was not met.
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

/// One value of an indicator.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Measurement {
    /// The period, as written.
    pub period: String,
    /// The number, for a numeric indicator.
    pub value: Option<f64>,
    /// A finding in words, for a qualitative indicator.
    pub text: Option<String>,
    /// The evaluation's verdict on the target, when it gives one.
    pub assessment: Option<Assessment>,
    /// The number was computed by whoever wrote the theory from the source's figures.
    pub derived: bool,
    /// The value is approximate, as the source words it (shown `≈ 25 %`).
    pub approximate: bool,
    /// The count measured, when the value is a share of two counts.
    pub numerator: Option<f64>,
    /// The count it is a share of.
    pub denominator: Option<f64>,
    /// The share computed from numerator and denominator (×100 for percent).
    pub share: Option<f64>,
    /// The group the value is for; none for the whole population.
    pub group: Option<GroupRef>,
    /// Where the value comes from.
    pub source: Option<String>,
    /// A remark on the value.
    pub note: Option<String>,
}

/// A group of an indicator's breakdown.
#[derive(Debug, Serialize, JsonSchema)]
pub struct GroupRef {
    /// The dimension (`kön`).
    pub dimension: String,
    /// The group (`kvinnor`).
    pub group: String,
}

/// What the latest period says: a number, a finding in words, a verdict.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Value {
    /// The period, as written.
    pub period: String,
    /// The number, for a numeric indicator.
    pub value: Option<f64>,
    /// A finding in words, for a qualitative indicator.
    pub text: Option<String>,
    /// The evaluation's verdict on the target, when it gives one.
    pub assessment: Option<Assessment>,
    /// The number was computed by whoever wrote the theory from the source's figures.
    pub derived: bool,
    /// The value is approximate, as the source words it (shown `≈ 25 %`).
    pub approximate: bool,
}

/// An indicator's latest value and status for one group.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Group {
    /// The dimension (`kön`).
    pub dimension: String,
    /// The group (`kvinnor`).
    pub group: String,
    /// Its latest value.
    pub latest: Option<Value>,
    /// Against the indicator's target.
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
                model::FindingStatus::NotImplemented => FindingStatus::NotImplemented,
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
            .map(Context::new)
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
        approximate: v.approximate,
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
            approximate: t.approximate,
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
                approximate: m.approximate,
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
