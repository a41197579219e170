//! The typed theory: items with their ids, texts and resolved references.
//!
//! Lowering never fails: a reference that does not resolve keeps its name and span with no
//! target, so the rules can say what is wrong and where.

mod kind;
mod lower;
mod period;

pub use crate::document::{
    Assessment, ContextKind, Direction, FindingStatus, Horizon, IndicatorKind, Influence,
    LintLevel, TargetRole,
};
use crate::locale::Language;
pub use kind::{Field, Kind, Link, CONTEXTS, FIELDS, FROM, MEASURES, PRODUCED_BY, TO, USES};
pub use lower::{lower, resolve_group};
pub use period::Period;

use crate::source::{FileId, Span};
use std::collections::HashMap;

/// A programme theory, typed, with its references resolved.
#[derive(Debug)]
pub struct Theory {
    pub file: FileId,
    pub meta: Meta,
    pub target_groups: Vec<TargetGroup>,
    pub perspectives: Vec<Perspective>,
    pub resources: Vec<Resource>,
    pub activities: Vec<Activity>,
    /// Outputs (prestationer): optional; a theory without them reads as before.
    pub outputs: Vec<Output>,
    pub effects: Vec<Effect>,
    pub mechanisms: Vec<Mechanism>,
    pub contexts: Vec<Context>,
    pub indicators: Vec<Indicator>,
    pub lints: Vec<LintSetting>,
    /// CSV files of measurements named by `[theory] data_files`, as written.
    pub data_files: Vec<Text>,
    /// Measurements from CSV files whose indicator id is not in the theory.
    pub unattached: Vec<Unattached>,
    /// Every item id, pointing at its first declaration.
    pub ids: HashMap<String, ItemRef>,
}

/// Where something was written: in the theory file or in one of its CSV files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: FileId,
    pub span: Span,
}

/// A CSV row for an indicator the theory does not have.
#[derive(Debug, Clone)]
pub struct Unattached {
    pub indicator: String,
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub struct Meta {
    pub name: String,
    pub name_span: Span,
    pub span: Span,
    pub language: Language,
    pub period: Option<String>,
    pub owner: Option<String>,
    pub co_owners: Vec<String>,
    pub partners: Vec<String>,
    pub funder: Option<String>,
    pub purpose: Vec<String>,
    pub description: Option<String>,
    pub sources: Vec<String>,
}

/// An item's id and the span of its `[section.id]` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub id: String,
    pub span: Span,
}

/// A piece of user text with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    pub span: Span,
}

/// A name written in the file and what it resolved to, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference<T> {
    pub name: String,
    pub span: Span,
    pub target: Option<T>,
}

/// Any item a reference can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemRef {
    TargetGroup(usize),
    Resource(usize),
    Activity(usize),
    Output(usize),
    Mechanism(usize),
    Effect(usize),
    Context(usize),
    Indicator(usize),
}

impl ItemRef {
    /// "a" or "an", for the kind's name.
    pub fn article(self) -> &'static str {
        self.kind().article()
    }

    /// The item kind in words, as the theory file's section names it.
    pub fn kind_name(self) -> &'static str {
        self.kind().name()
    }
}

#[derive(Debug, Clone)]
pub struct TargetGroup {
    pub header: Header,
    pub role: TargetRole,
    pub text: Text,
}

#[derive(Debug, Clone)]
pub struct Perspective {
    pub id: String,
    pub label: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub header: Header,
    pub text: Text,
}

#[derive(Debug, Clone)]
pub struct Activity {
    pub header: Header,
    pub perspective: Option<Reference<usize>>,
    pub text: Text,
    pub uses: Vec<Reference<ItemRef>>,
}

/// What an activity delivers: a step done (prestation), counted by output indicators.
#[derive(Debug, Clone)]
pub struct Output {
    pub header: Header,
    pub perspective: Option<Reference<usize>>,
    pub text: Text,
    /// The activities that produce it.
    pub from: Vec<Reference<ItemRef>>,
}

#[derive(Debug, Clone)]
pub struct Effect {
    pub header: Header,
    pub horizon: Horizon,
    pub horizon_span: Span,
    pub perspective: Option<Reference<usize>>,
    pub text: Text,
    /// `false` for an unintended or negative effect.
    pub intended: bool,
}

#[derive(Debug, Clone)]
pub struct Mechanism {
    pub header: Header,
    pub text: Text,
    pub from: Vec<Reference<ItemRef>>,
    pub from_span: Span,
    pub to: Vec<Reference<ItemRef>>,
    pub to_span: Span,
    pub evidence: Vec<String>,
    pub finding: Option<Finding>,
    pub contexts: Vec<Reference<ItemRef>>,
    /// Reconstructed by whoever wrote the file, not stated in the programme's documents.
    pub draft: bool,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub status: FindingStatus,
    pub note: Option<String>,
}

/// A contextual factor: a condition a mechanism depends on.
#[derive(Debug, Clone)]
pub struct Context {
    pub header: Header,
    pub kind: ContextKind,
    pub influence: Option<Influence>,
    pub text: Text,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub header: Header,
    /// What it measures: one item or several (an indicator shared by two effects).
    pub measures: Vec<Reference<ItemRef>>,
    pub measures_span: Span,
    pub kind: IndicatorKind,
    pub kind_span: Span,
    pub text: Text,
    pub unit: Unit,
    pub unit_span: Option<Span>,
    /// The lowest and highest value of a `scale`.
    pub range: Option<(f64, f64)>,
    /// The named levels of an `ordinal` indicator, lowest first; level k counts as k.
    pub levels: Vec<Text>,
    pub target: Option<Target>,
    pub baseline: Option<Baseline>,
    pub source: Option<Text>,
    pub frequency: Option<String>,
    pub responsible: Option<String>,
    pub disaggregation: Vec<Dimension>,
    pub measurements: Vec<Measurement>,
    pub draft: bool,
}

/// What an indicator's values count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// 0–100; shares computed from counts are multiplied by 100.
    Percent,
    /// 0–1.
    Ratio,
    Count,
    /// A rating between the indicator's `range`.
    Scale,
    /// A finding in words, judged by an evaluation's `assessment`.
    Qualitative,
    /// One of the indicator's named `levels`, lowest first (IATI's ordinal measure).
    Ordinal,
    Currency,
    Days,
    /// Anything else, shown as written.
    Other(String),
    None,
}

impl Unit {
    pub fn parse(text: Option<&str>) -> Self {
        match text {
            None => Unit::None,
            Some("percent" | "%") => Unit::Percent,
            Some("ratio") => Unit::Ratio,
            Some("count") => Unit::Count,
            Some("scale") => Unit::Scale,
            Some("qualitative") => Unit::Qualitative,
            Some("ordinal") => Unit::Ordinal,
            Some("currency" | "sek" | "SEK" | "kr") => Unit::Currency,
            Some("days") => Unit::Days,
            Some(other) => Unit::Other(other.to_string()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// For an ordinal indicator, the number of `level` (1 for the lowest).
    pub value: Option<f64>,
    /// The level to reach, as written, for an ordinal indicator.
    pub level: Option<Text>,
    pub max: Option<f64>,
    pub direction: Direction,
    pub by: Option<Text>,
    pub by_period: Option<Period>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    pub value: f64,
    pub period: Option<Text>,
    pub span: Span,
}

/// A dimension an indicator is broken down by, with its groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub name: String,
    pub span: Span,
    pub values: Vec<Text>,
}

/// One measured value of an indicator, for a period and optionally a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    pub period: String,
    pub period_origin: Origin,
    /// `None` when the period could not be read (reported by `invalid-period`).
    pub parsed_period: Option<Period>,
    pub value: Option<f64>,
    /// A finding in words, for a qualitative indicator.
    pub text: Option<String>,
    /// The evaluation's verdict on the target, when it gives one.
    pub assessment: Option<Assessment>,
    /// The number was computed by whoever wrote the file, not given by the source.
    pub derived: bool,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub group: Option<String>,
    pub group_origin: Option<Origin>,
    /// (dimension, value) indices into the indicator's disaggregation.
    pub group_index: Option<(usize, usize)>,
    pub source: Option<String>,
    pub note: Option<String>,
    /// The whole measurement: its table in the theory, or its row in a CSV file.
    pub origin: Origin,
}

/// One `rule = "level"` line of `[lints]`.
#[derive(Debug, Clone)]
pub struct LintSetting {
    pub rule: String,
    pub rule_span: Span,
    pub level: LintLevel,
}

impl Measurement {
    /// Whether the measurement says anything: a readable period and a value (given or from
    /// its counts), a finding in words, or a verdict.
    pub fn is_readable(&self, unit: &Unit) -> bool {
        self.parsed_period.is_some()
            && (self.value_in(unit).is_some() || self.text.is_some() || self.assessment.is_some())
    }

    /// The value the measurement stands for: as written, else the share its counts make.
    pub fn value_in(&self, unit: &Unit) -> Option<f64> {
        self.value.or_else(|| self.share_in(unit))
    }

    /// The share computed from numerator and denominator (×100 for percent), if both are
    /// given and the denominator is not zero.
    pub fn share_in(&self, unit: &Unit) -> Option<f64> {
        let (n, d) = (self.numerator?, self.denominator?);
        if d == 0.0 {
            return None;
        }
        Some(if *unit == Unit::Percent {
            100.0 * n / d
        } else {
            n / d
        })
    }
}

impl Theory {
    pub fn header(&self, item: ItemRef) -> &Header {
        match item {
            ItemRef::TargetGroup(i) => &self.target_groups[i].header,
            ItemRef::Resource(i) => &self.resources[i].header,
            ItemRef::Activity(i) => &self.activities[i].header,
            ItemRef::Output(i) => &self.outputs[i].header,
            ItemRef::Mechanism(i) => &self.mechanisms[i].header,
            ItemRef::Effect(i) => &self.effects[i].header,
            ItemRef::Context(i) => &self.contexts[i].header,
            ItemRef::Indicator(i) => &self.indicators[i].header,
        }
    }

    pub fn text(&self, item: ItemRef) -> &Text {
        match item {
            ItemRef::TargetGroup(i) => &self.target_groups[i].text,
            ItemRef::Resource(i) => &self.resources[i].text,
            ItemRef::Activity(i) => &self.activities[i].text,
            ItemRef::Output(i) => &self.outputs[i].text,
            ItemRef::Mechanism(i) => &self.mechanisms[i].text,
            ItemRef::Effect(i) => &self.effects[i].text,
            ItemRef::Context(i) => &self.contexts[i].text,
            ItemRef::Indicator(i) => &self.indicators[i].text,
        }
    }

    /// The perspective (lane) of an activity, output or effect, when it names a declared one.
    pub fn perspective_of(&self, item: ItemRef) -> Option<usize> {
        let reference = match item {
            ItemRef::Activity(i) => &self.activities[i].perspective,
            ItemRef::Output(i) => &self.outputs[i].perspective,
            ItemRef::Effect(i) => &self.effects[i].perspective,
            _ => return None,
        };
        reference.as_ref().and_then(|r| r.target)
    }

    /// Every item in file-section order: the order diagnostics and outputs walk them.
    pub fn items(&self) -> impl Iterator<Item = ItemRef> + '_ {
        (0..self.target_groups.len())
            .map(ItemRef::TargetGroup)
            .chain((0..self.resources.len()).map(ItemRef::Resource))
            .chain((0..self.activities.len()).map(ItemRef::Activity))
            .chain((0..self.outputs.len()).map(ItemRef::Output))
            .chain((0..self.effects.len()).map(ItemRef::Effect))
            .chain((0..self.mechanisms.len()).map(ItemRef::Mechanism))
            .chain((0..self.contexts.len()).map(ItemRef::Context))
            .chain((0..self.indicators.len()).map(ItemRef::Indicator))
    }

    /// The ids of every item of one kind, for suggestions.
    pub fn ids_of_kind(&self, kind: Kind) -> impl Iterator<Item = &str> + '_ {
        self.items()
            .filter(move |item| item.kind() == kind)
            .map(|item| self.header(item).id.as_str())
    }

    /// Every reference between items: the field it is written in, the item that writes it,
    /// and the reference, in file-section order.
    pub fn references(
        &self,
    ) -> impl Iterator<Item = (&'static Field, ItemRef, &Reference<ItemRef>)> + '_ {
        let activities = self
            .activities
            .iter()
            .enumerate()
            .flat_map(|(a, activity)| {
                activity
                    .uses
                    .iter()
                    .map(move |r| (&USES, ItemRef::Activity(a), r))
            });
        let outputs = self.outputs.iter().enumerate().flat_map(|(o, output)| {
            output
                .from
                .iter()
                .map(move |r| (&PRODUCED_BY, ItemRef::Output(o), r))
        });
        let mechanisms = self
            .mechanisms
            .iter()
            .enumerate()
            .flat_map(|(m, mechanism)| {
                let owner = ItemRef::Mechanism(m);
                (mechanism.from.iter().map(move |r| (&FROM, owner, r)))
                    .chain(mechanism.to.iter().map(move |r| (&TO, owner, r)))
                    .chain(
                        mechanism
                            .contexts
                            .iter()
                            .map(move |r| (&CONTEXTS, owner, r)),
                    )
            });
        let indicators = self
            .indicators
            .iter()
            .enumerate()
            .flat_map(|(i, indicator)| {
                indicator
                    .measures
                    .iter()
                    .map(move |r| (&MEASURES, ItemRef::Indicator(i), r))
            });
        activities
            .chain(outputs)
            .chain(mechanisms)
            .chain(indicators)
    }
}
