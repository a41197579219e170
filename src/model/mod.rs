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
    /// The file the theory was read from.
    pub file: FileId,
    /// The `[theory]` table: name, language, owner and the rest.
    pub meta: Meta,
    /// The target groups (`[target_groups]`), in the file's order.
    pub target_groups: Vec<TargetGroup>,
    /// The perspectives effects are seen from (`[perspectives]`).
    pub perspectives: Vec<Perspective>,
    /// The resources (`[resources]`).
    pub resources: Vec<Resource>,
    /// The activities (`[activities]`).
    pub activities: Vec<Activity>,
    /// Outputs (prestationer): optional; a theory without them reads as before.
    pub outputs: Vec<Output>,
    /// The effects (`[effects]`), on every horizon.
    pub effects: Vec<Effect>,
    /// The change mechanisms (`[mechanisms]`): why one item leads to another.
    pub mechanisms: Vec<Mechanism>,
    /// The contexts (`[contexts]`): conditions the mechanisms depend on.
    pub contexts: Vec<Context>,
    /// The indicators (`[indicators]`), with their targets and measurements.
    pub indicators: Vec<Indicator>,
    /// The theory's own lint levels (`[lints]`).
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
    /// The file, a theory or one of its data files.
    pub file: FileId,
    /// The bytes in that file.
    pub span: Span,
}

/// A CSV row for an indicator the theory does not have.
#[derive(Debug, Clone)]
pub struct Unattached {
    /// The id the row names, which is not an indicator of the theory.
    pub indicator: String,
    /// Where the row is.
    pub origin: Origin,
}

/// The `[theory]` table.
#[derive(Debug, Clone)]
pub struct Meta {
    /// The programme's name.
    pub name: String,
    /// Where the name is written.
    pub name_span: Span,
    /// The whole `[theory]` table.
    pub span: Span,
    /// The language of the theory's words, and of what verkan says about it.
    pub language: Language,
    /// The programme's period, as written (`2019–2021`).
    pub period: Option<String>,
    /// Who owns the programme (`ägare`).
    pub owner: Option<String>,
    /// Who owns it together with the owner.
    pub co_owners: Vec<String>,
    /// Who takes part in carrying it out.
    pub partners: Vec<String>,
    /// Who pays for it.
    pub funder: Option<String>,
    /// The programme's purposes, each in a sentence.
    pub purpose: Vec<String>,
    /// A longer description.
    pub description: Option<String>,
    /// The reports the theory was drawn from.
    pub sources: Vec<String>,
    /// The activity's IATI identifier (`iati_identifier`).
    pub iati_identifier: Option<String>,
    /// Who publishes the IATI results (`reporting_org`).
    pub reporting_org: Option<crate::document::ReportingOrg>,
    /// Where the programme stands (`activity_status`).
    pub activity_status: Option<crate::document::ActivityStatus>,
}

/// An item's id and the span of its `[section.id]` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The item's id, unique in its theory.
    pub id: String,
    /// The item's whole table.
    pub span: Span,
    /// Where the id itself is written: in the `[section.id]` header, or the key of an inline
    /// table. What an editor jumps to and renames.
    pub key: Span,
}

/// A piece of user text with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The words.
    pub value: String,
    /// Where they are written.
    pub span: Span,
}

/// A name written in the file and what it resolved to, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference<T> {
    /// The id as written.
    pub name: String,
    /// Where it is written.
    pub span: Span,
    /// What it names, once resolved; `None` when it names nothing of the right kind.
    pub target: Option<T>,
}

/// A `from` or `to` link the theory's author inferred rather than read, and why.
#[derive(Debug, Clone)]
pub struct InferredLink {
    /// The id as written in `inferred_links`: one of the item's `from` or `to`.
    pub name: String,
    /// Where the id is written in `inferred_links`.
    pub span: Span,
    /// Why the link was inferred.
    pub reason: Text,
}

/// Any item a reference can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemRef {
    /// A target group, by index into [`Theory::target_groups`].
    TargetGroup(usize),
    /// A resource, by index into [`Theory::resources`].
    Resource(usize),
    /// An activity, by index into [`Theory::activities`].
    Activity(usize),
    /// An output, by index into [`Theory::outputs`].
    Output(usize),
    /// A mechanism, by index into [`Theory::mechanisms`].
    Mechanism(usize),
    /// An effect, by index into [`Theory::effects`].
    Effect(usize),
    /// A context, by index into [`Theory::contexts`].
    Context(usize),
    /// An indicator, by index into [`Theory::indicators`].
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

/// A group of people the programme is for.
#[derive(Debug, Clone)]
pub struct TargetGroup {
    /// Its id and table.
    pub header: Header,
    /// Whether the programme reaches it first or in the end.
    pub role: TargetRole,
    /// Who the group is.
    pub text: Text,
}

/// A point of view effects are seen from (participants, staff, structural level).
#[derive(Debug, Clone)]
pub struct Perspective {
    /// The id items name it by.
    pub id: String,
    /// Its name for people.
    pub label: String,
    /// Where it is declared.
    pub span: Span,
}

/// Money, people or time put into the programme.
#[derive(Debug, Clone)]
pub struct Resource {
    /// Its id and table.
    pub header: Header,
    /// What it is.
    pub text: Text,
    /// Reconstructed by the theory's author, not read in the sources (`draft = true`).
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`); `draft` is then true.
    pub inferred: Option<Text>,
}

/// Something the programme does.
#[derive(Debug, Clone)]
pub struct Activity {
    /// Its id and table.
    pub header: Header,
    /// The perspective it belongs to.
    pub perspective: Option<Reference<usize>>,
    /// What is done.
    pub text: Text,
    /// The resources it uses.
    pub uses: Vec<Reference<ItemRef>>,
    /// Reconstructed by the theory's author, not read in the sources (`draft = true`).
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`); `draft` is then true.
    pub inferred: Option<Text>,
}

/// What an activity delivers: a step done (prestation), counted by output indicators.
#[derive(Debug, Clone)]
pub struct Output {
    /// Its id and table.
    pub header: Header,
    /// The perspective it belongs to.
    pub perspective: Option<Reference<usize>>,
    /// What is delivered.
    pub text: Text,
    /// The activities that produce it.
    pub from: Vec<Reference<ItemRef>>,
    /// Reconstructed by the theory's author, not read in the sources (`draft = true`).
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`); `draft` is then true.
    pub inferred: Option<Text>,
    /// The links the theory's author inferred, each with why (`inferred_links`).
    pub inferred_links: Vec<InferredLink>,
}

/// A change the programme intends (or, marked so, one it did not).
#[derive(Debug, Clone)]
pub struct Effect {
    /// Its id and table.
    pub header: Header,
    /// When the change is expected: short, medium or long term.
    pub horizon: Horizon,
    /// Where the horizon is written.
    pub horizon_span: Span,
    /// The perspective it is seen from.
    pub perspective: Option<Reference<usize>>,
    /// What changes.
    pub text: Text,
    /// `false` for an unintended or negative effect.
    pub intended: bool,
    /// Reconstructed by the theory's author, not read in the sources (`draft = true`).
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`); `draft` is then true.
    pub inferred: Option<Text>,
}

/// Why one item leads to another: the assumption that links them.
#[derive(Debug, Clone)]
pub struct Mechanism {
    /// Its id and table.
    pub header: Header,
    /// The assumption, in words.
    pub text: Text,
    /// The items it starts from.
    pub from: Vec<Reference<ItemRef>>,
    /// Where `from` is written.
    pub from_span: Span,
    /// The items it leads to.
    pub to: Vec<Reference<ItemRef>>,
    /// Where `to` is written.
    pub to_span: Span,
    /// What supports the assumption: research, earlier evaluations.
    pub evidence: Vec<String>,
    /// What the evaluation found about it.
    pub finding: Option<Finding>,
    /// The contexts it depends on.
    pub contexts: Vec<Reference<ItemRef>>,
    /// Reconstructed by whoever wrote the file, not stated in the programme's documents.
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`); `draft` is then true.
    pub inferred: Option<Text>,
    /// The links the theory's author inferred, each with why (`inferred_links`).
    pub inferred_links: Vec<InferredLink>,
}

/// What an evaluation found about a mechanism.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Whether it held.
    pub status: FindingStatus,
    /// The evaluation's words.
    pub note: Option<String>,
}

/// A contextual factor: a condition a mechanism depends on.
#[derive(Debug, Clone)]
pub struct Context {
    /// Its id and table.
    pub header: Header,
    /// What kind of condition it is.
    pub kind: ContextKind,
    /// Whether it helps or hinders, when the theory says.
    pub influence: Option<Influence>,
    /// The condition, in words.
    pub text: Text,
    /// Reconstructed by the theory's author, not read in the sources (`draft = true`).
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`); `draft` is then true.
    pub inferred: Option<Text>,
}

/// A measure of whether a step was done or a change happened.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// Its id and table.
    pub header: Header,
    /// What it measures: one item or several (an indicator shared by two effects).
    pub measures: Vec<Reference<ItemRef>>,
    /// Where `measures` is written.
    pub measures_span: Span,
    /// Outcome (the change happened) or output (a step was done).
    pub kind: IndicatorKind,
    /// Where the kind is written.
    pub kind_span: Span,
    /// What is measured.
    pub text: Text,
    /// What its values count.
    pub unit: Unit,
    /// Where the unit is written, when it is.
    pub unit_span: Option<Span>,
    /// The lowest and highest value of a `scale`.
    pub range: Option<(f64, f64)>,
    /// The named levels of an `ordinal` indicator, lowest first; level k counts as k.
    pub levels: Vec<Text>,
    /// The value to reach, and when.
    pub target: Option<Target>,
    /// The value before the programme.
    pub baseline: Option<Baseline>,
    /// Where the values come from.
    pub source: Option<Text>,
    /// How often it is measured.
    pub frequency: Option<String>,
    /// Who measures it.
    pub responsible: Option<String>,
    /// The dimensions its values are broken down by.
    pub disaggregation: Vec<Dimension>,
    /// Its values, from the file and its data files.
    pub measurements: Vec<Measurement>,
    /// Added so the theory holds together, not stated by the reports.
    pub draft: bool,
    /// Why it was reconstructed, when the file says (`inferred = "…"`); `draft` is then true.
    pub inferred: Option<Text>,
}

/// What an indicator's values count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// 0–100; shares computed from counts are multiplied by 100.
    Percent,
    /// 0–1.
    Ratio,
    /// A number of things or people.
    Count,
    /// A rating between the indicator's `range`.
    Scale,
    /// A finding in words, judged by an evaluation's `assessment`.
    Qualitative,
    /// One of the indicator's named `levels`, lowest first (IATI's ordinal measure).
    Ordinal,
    /// Money, in kronor.
    Currency,
    /// A number of days.
    Days,
    /// Anything else, shown as written.
    Other(String),
    /// No unit given.
    None,
}

impl Unit {
    /// The units verkan knows, as a theory file names them (any other word is kept as written).
    pub const KNOWN: [Unit; 8] = [
        Unit::Percent,
        Unit::Ratio,
        Unit::Count,
        Unit::Scale,
        Unit::Qualitative,
        Unit::Ordinal,
        Unit::Currency,
        Unit::Days,
    ];

    /// The unit a theory file names (`percent`, `%`, `kr`, …); `None` when it names none.
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

    /// The word a theory file names it by (`percent`, `count`, or its own word).
    pub fn keyword(&self) -> &str {
        match self {
            Unit::Percent => "percent",
            Unit::Ratio => "ratio",
            Unit::Count => "count",
            Unit::Scale => "scale",
            Unit::Qualitative => "qualitative",
            Unit::Ordinal => "ordinal",
            Unit::Currency => "currency",
            Unit::Days => "days",
            Unit::Other(word) => word,
            Unit::None => "",
        }
    }
}

/// The value an indicator is to reach, and by when.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// For an ordinal indicator, the number of `level` (1 for the lowest).
    pub value: Option<f64>,
    /// The level to reach, as written, for an ordinal indicator.
    pub level: Option<Text>,
    /// The upper end, for a target that is a range.
    pub max: Option<f64>,
    /// Which way counts as reaching it.
    pub direction: Direction,
    /// By when, as written.
    pub by: Option<Text>,
    /// By when, as a period; `None` when the words are not one.
    pub by_period: Option<Period>,
    /// The value is approximate, as the source words it ("ca hälften").
    pub approximate: bool,
    /// The whole target.
    pub span: Span,
}

/// An indicator's value before the programme.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    /// The value.
    pub value: f64,
    /// When it was measured.
    pub period: Option<Text>,
    /// The whole baseline.
    pub span: Span,
}

/// A dimension an indicator is broken down by, with its groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    /// The dimension's name (`kön`, `ålder`).
    pub name: String,
    /// Where it is declared.
    pub span: Span,
    /// Its groups.
    pub values: Vec<Text>,
}

/// One measured value of an indicator, for a period and optionally a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// The period as written (`2020`, `2021-H1`).
    pub period: String,
    /// Where the period is written.
    pub period_origin: Origin,
    /// `None` when the period could not be read (reported by `invalid-period`).
    pub parsed_period: Option<Period>,
    /// The value, for a number.
    pub value: Option<f64>,
    /// A finding in words, for a qualitative indicator.
    pub text: Option<String>,
    /// The evaluation's verdict on the target, when it gives one.
    pub assessment: Option<Assessment>,
    /// The number was computed by whoever wrote the file, not given by the source.
    pub derived: bool,
    /// The value is approximate, as the source words it: shown `≈ 25 %`.
    pub approximate: bool,
    /// The count measured, when the value is a share of two counts.
    pub numerator: Option<f64>,
    /// The count it is a share of.
    pub denominator: Option<f64>,
    /// The group the value is for, as written (`kvinnor`).
    pub group: Option<String>,
    /// Where the group is written.
    pub group_origin: Option<Origin>,
    /// (dimension, value) indices into the indicator's disaggregation.
    pub group_index: Option<(usize, usize)>,
    /// Where the value comes from.
    pub source: Option<String>,
    /// A remark on the value.
    pub note: Option<String>,
    /// The whole measurement: its table in the theory, or its row in a CSV file.
    pub origin: Origin,
}

/// One `rule = "level"` line of `[lints]`.
#[derive(Debug, Clone)]
pub struct LintSetting {
    /// The rule's id.
    pub rule: String,
    /// Where it is written.
    pub rule_span: Span,
    /// The level it is set to.
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
    /// The id and table of any item.
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

    /// Whether an item is a draft: reconstructed or added by the theory's author, not stated
    /// by the sources (`draft = true`). The one answer every output gives.
    pub fn is_draft(&self, item: ItemRef) -> bool {
        match item {
            ItemRef::TargetGroup(_) => false,
            ItemRef::Resource(i) => self.resources[i].draft,
            ItemRef::Activity(i) => self.activities[i].draft,
            ItemRef::Output(i) => self.outputs[i].draft,
            ItemRef::Mechanism(i) => self.mechanisms[i].draft,
            ItemRef::Effect(i) => self.effects[i].draft,
            ItemRef::Context(i) => self.contexts[i].draft,
            ItemRef::Indicator(i) => self.indicators[i].draft,
        }
    }

    /// Why an item was reconstructed, when its file says (`inferred = "…"`).
    pub fn inferred(&self, item: ItemRef) -> Option<&Text> {
        match item {
            ItemRef::TargetGroup(_) => None,
            ItemRef::Resource(i) => self.resources[i].inferred.as_ref(),
            ItemRef::Activity(i) => self.activities[i].inferred.as_ref(),
            ItemRef::Output(i) => self.outputs[i].inferred.as_ref(),
            ItemRef::Mechanism(i) => self.mechanisms[i].inferred.as_ref(),
            ItemRef::Effect(i) => self.effects[i].inferred.as_ref(),
            ItemRef::Context(i) => self.contexts[i].inferred.as_ref(),
            ItemRef::Indicator(i) => self.indicators[i].inferred.as_ref(),
        }
    }

    /// The words of any item.
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
