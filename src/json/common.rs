//! Enums shared by the machine formats: their own types, so internal renames never leak.

use crate::model;
use schemars::JsonSchema;
use serde::Serialize;

/// When an effect is expected: kort, mellanlång or lång sikt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Horizon {
    /// Within the programme's time.
    Short,
    /// After some years.
    Medium,
    /// The lasting change the programme is for.
    Long,
}

impl From<model::Horizon> for Horizon {
    fn from(h: model::Horizon) -> Self {
        match h {
            model::Horizon::Short => Horizon::Short,
            model::Horizon::Medium => Horizon::Medium,
            model::Horizon::Long => Horizon::Long,
        }
    }
}

/// How an indicator, group, effect stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Met its target.
    Met,
    /// Not met yet, but moving towards the target.
    OnTrack,
    /// Only ever an evaluation's verdict.
    PartlyMet,
    /// Not met.
    NotMet,
    /// Measured, but without a target to judge against.
    NoTarget,
    /// Not measured.
    NoData,
}

impl From<crate::compile::attainment::Status> for Status {
    fn from(s: crate::compile::attainment::Status) -> Self {
        use crate::compile::attainment::Status as S;
        match s {
            S::Met => Status::Met,
            S::OnTrack => Status::OnTrack,
            S::PartlyMet => Status::PartlyMet,
            S::NotMet => Status::NotMet,
            S::NoTarget => Status::NoTarget,
            S::NoData => Status::NoData,
        }
    }
}

/// Outcome (resultatindikator) or output (utfallsindikator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    /// The intended change happened (resultatindikator).
    Outcome,
    /// A step was done (utfallsindikator).
    Output,
}

impl From<model::IndicatorKind> for IndicatorKind {
    fn from(k: model::IndicatorKind) -> Self {
        match k {
            model::IndicatorKind::Outcome => IndicatorKind::Outcome,
            model::IndicatorKind::Output => IndicatorKind::Output,
        }
    }
}

/// Which way an indicator must move, or where it must land.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// At least the value.
    AtLeast,
    /// At most the value.
    AtMost,
    /// Up to the value from the baseline; without one, any rise.
    Increase,
    /// Down to the value from the baseline; without one, any fall.
    Decrease,
    /// Between the value and `max`.
    Range,
}

impl From<model::Direction> for Direction {
    fn from(d: model::Direction) -> Self {
        match d {
            model::Direction::AtLeast => Direction::AtLeast,
            model::Direction::AtMost => Direction::AtMost,
            model::Direction::Increase => Direction::Increase,
            model::Direction::Decrease => Direction::Decrease,
            model::Direction::Range => Direction::Range,
        }
    }
}

/// A kind of item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// A target group.
    TargetGroup,
    /// A resource.
    Resource,
    /// An activity.
    Activity,
    /// An output.
    Output,
    /// A change mechanism.
    Mechanism,
    /// An effect.
    Effect,
    /// A context.
    Context,
    /// An indicator.
    Indicator,
}

impl From<model::Kind> for ItemKind {
    fn from(k: model::Kind) -> Self {
        match k {
            model::Kind::TargetGroup => ItemKind::TargetGroup,
            model::Kind::Resource => ItemKind::Resource,
            model::Kind::Activity => ItemKind::Activity,
            model::Kind::Output => ItemKind::Output,
            model::Kind::Mechanism => ItemKind::Mechanism,
            model::Kind::Effect => ItemKind::Effect,
            model::Kind::Context => ItemKind::Context,
            model::Kind::Indicator => ItemKind::Indicator,
        }
    }
}

/// What an indicator's values count; `other` carries the unit as written in `name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    /// 0–100.
    Percent,
    /// 0–1.
    Ratio,
    /// A number of things or people.
    Count,
    /// A rating within the indicator's range.
    Scale,
    /// Findings in words, judged by assessments.
    Qualitative,
    /// One of the named `levels`, lowest first; level k counts as k.
    Ordinal,
    /// Money, in kronor.
    Currency,
    /// A number of days.
    Days,
    /// A unit of the theory's own, named in `name`.
    Other,
    /// No unit given.
    None,
}

/// An indicator's unit.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Unit {
    /// Which unit.
    pub kind: UnitKind,
    /// The unit as written, for `other`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The lowest and highest value of a `scale`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// The named levels of an `ordinal` unit, lowest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
}

impl Unit {
    /// The unit of an indicator, with the range of a scale and the levels of an ordinal.
    pub fn of(unit: &model::Unit, range: Option<(f64, f64)>, levels: &[model::Text]) -> Self {
        let (kind, name) = match unit {
            model::Unit::Percent => (UnitKind::Percent, None),
            model::Unit::Ratio => (UnitKind::Ratio, None),
            model::Unit::Count => (UnitKind::Count, None),
            model::Unit::Scale => (UnitKind::Scale, None),
            model::Unit::Qualitative => (UnitKind::Qualitative, None),
            model::Unit::Ordinal => (UnitKind::Ordinal, None),
            model::Unit::Currency => (UnitKind::Currency, None),
            model::Unit::Days => (UnitKind::Days, None),
            model::Unit::Other(name) => (UnitKind::Other, Some(name.clone())),
            model::Unit::None => (UnitKind::None, None),
        };
        Unit {
            kind,
            name,
            range: range.map(|(low, high)| [low, high]),
            levels: levels.iter().map(|l| l.value.clone()).collect(),
        }
    }
}

/// A perspective (lane) by id, with its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct PerspectiveRef {
    /// The perspective's id.
    pub id: String,
    /// Its name.
    pub label: String,
}

impl PerspectiveRef {
    /// The perspective at `index` of the theory.
    pub fn of(theory: &model::Theory, index: usize) -> Self {
        let p = &theory.perspectives[index];
        PerspectiveRef {
            id: p.id.clone(),
            label: p.label.clone(),
        }
    }
}
