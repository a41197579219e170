//! The theory file as written: plain structs with spans, straight from TOML.
//!
//! Everything that can be a typo of a fixed word (keys, horizons, kinds) is caught here, every
//! one in a file in the same run: the TOML tree is checked against the format's shapes
//! (`schema`), then each item is read by serde on its own, so one bad item hides no other.
//! References between items stay strings: they are resolved in `model`.

mod error;
mod json_schema;
mod schema;

pub use json_schema::{json_schema, json_schema_in, plain_enums};

pub use schema::{key_order, section_order};

use crate::diagnostic::Diagnostic;
use crate::locale::Language;
use crate::source::FileId;
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Deserialize;
use toml::de::DeValue;
use toml::Spanned;

/// A table of items keyed by id, in the order the file declares them.
pub type Table<T> = IndexMap<Spanned<String>, Spanned<T>>;

/// A whole theory file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The programme: its name, language, period, owner and the reports it is drawn from.
    #[schemars(with = "RawMeta")]
    pub theory: Spanned<RawMeta>,
    /// The groups of people the programme is for, by id.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawTargetGroup>")]
    pub target_groups: Table<RawTargetGroup>,
    /// The points of view effects are seen from: id = "name" (`deltagare = "Deltagare"`).
    #[serde(default)]
    #[schemars(with = "IndexMap<String, String>")]
    pub perspectives: IndexMap<Spanned<String>, Spanned<String>>,
    /// Money, people or time put into the programme, by id.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawResource>")]
    pub resources: Table<RawResource>,
    /// What the programme does, by id.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawActivity>")]
    pub activities: Table<RawActivity>,
    /// What the activities deliver, by id.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawOutput>")]
    pub outputs: Table<RawOutput>,
    /// The changes the programme intends, by id, each on a horizon.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawEffect>")]
    pub effects: Table<RawEffect>,
    /// Why one item leads to another, by id: the assumptions that link them.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawMechanism>")]
    pub mechanisms: Table<RawMechanism>,
    /// The conditions mechanisms depend on, by id.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawContext>")]
    pub contexts: Table<RawContext>,
    /// The measures of the effects and outputs, by id.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawIndicator>")]
    pub indicators: Table<RawIndicator>,
    /// Lint levels for this theory: rule = "allow" | "warn" | "deny".
    #[serde(default)]
    #[schemars(with = "IndexMap<String, LintLevel>")]
    pub lints: IndexMap<Spanned<String>, Spanned<LintLevel>>,
}

/// `[theory]`: what the programme is and who runs it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    /// The programme's name.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// The language of the theory's words: "sv" (the default) or "en".
    #[serde(default)]
    pub language: Language,
    /// The programme's period, e.g. "2019–2021".
    #[schemars(with = "Option<String>")]
    pub period: Option<Spanned<String>>,
    /// Who owns the programme.
    pub owner: Option<String>,
    /// Who owns it together with the owner.
    #[serde(default)]
    pub co_owners: Vec<String>,
    /// Who takes part in carrying it out.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Who pays for it.
    pub funder: Option<String>,
    /// The programme's purposes, each in a sentence.
    #[serde(default)]
    pub purpose: Vec<String>,
    /// A longer description of the programme.
    pub description: Option<String>,
    /// The reports the theory was drawn from.
    #[serde(default)]
    pub sources: Vec<String>,
    /// CSV files of measurements, relative to the theory file.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data_files: Vec<Spanned<String>>,
    /// The activity's identifier in IATI, the results standard funders use: the reporting
    /// organisation's identifier, a hyphen, and the activity's own (`SE-KOM-2120001234-spira`).
    /// Needed by `verkan report --format iati`.
    pub iati_identifier: Option<String>,
    /// The organisation that publishes the IATI results. Needed by `--format iati`.
    pub reporting_org: Option<ReportingOrg>,
    /// Where the programme stands, for IATI: "pipeline", "implementation" (the default),
    /// "finalisation", "closed", "cancelled" or "suspended".
    pub activity_status: Option<ActivityStatus>,
}

/// `reporting_org = { ref = "…", type = "…", name = "…" }`: who publishes the IATI results.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportingOrg {
    /// Its IATI organisation identifier (`SE-KOM-2120001234`).
    #[serde(rename = "ref")]
    pub reference: String,
    /// Its IATI organisation type code: "10" government, "11" local government, "15" other
    /// public sector, "21" international NGO, "22" national NGO, and so on.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its name; the theory's `funder` when left out.
    pub name: Option<String>,
}

/// Where a programme stands, as IATI's ActivityStatus codelist has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ActivityStatus {
    /// Being planned (code 1).
    Pipeline,
    /// Being carried out (code 2).
    Implementation,
    /// Being finished (code 3).
    Finalisation,
    /// Finished (code 4).
    Closed,
    /// Stopped before it was finished (code 5).
    Cancelled,
    /// Paused (code 6).
    Suspended,
}

/// A group of people the programme is for.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTargetGroup {
    /// "primary": reached first; "final": the group the change is for in the end.
    pub role: TargetRole,
    /// Who the group is.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
}

/// Whether a target group is worked with directly or is the one the change is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TargetRole {
    /// Reached first, often through the final group's surroundings.
    Primary,
    /// The group the change is for in the end.
    Final,
}

/// Money, people or time put into the programme.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawResource {
    /// What the resource is.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// Reconstructed: the theory's author inferred it rather than read it in the sources;
    /// listed by `check` (`draft-item`) and drawn dashed until the programme confirms it.
    #[serde(default)]
    pub draft: bool,
    /// Reconstructed, and why: what the theory's author inferred it from. Counts as
    /// `draft = true`; `check` and the diagram's tooltip show the reason.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub inferred: Option<Spanned<String>>,
}

/// Something the programme does.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    /// The id of the perspective it belongs to.
    #[schemars(with = "Option<String>")]
    pub perspective: Option<Spanned<String>>,
    /// What is done.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// The ids of the resources it uses.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub uses: Vec<Spanned<String>>,
    /// Reconstructed: the theory's author inferred it rather than read it in the sources;
    /// listed by `check` (`draft-item`) and drawn dashed until the programme confirms it.
    #[serde(default)]
    pub draft: bool,
    /// Reconstructed, and why: what the theory's author inferred it from. Counts as
    /// `draft = true`; `check` and the diagram's tooltip show the reason.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub inferred: Option<Spanned<String>>,
}

/// `[outputs.ID]`: what an activity delivers (prestation): a step done, counted by output
/// indicators, that mechanisms may start from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOutput {
    /// The id of the perspective it belongs to.
    #[schemars(with = "Option<String>")]
    pub perspective: Option<Spanned<String>>,
    /// What is delivered.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// The activities that produce it.
    #[serde(default)]
    #[schemars(with = "OneOrMany")]
    pub from: Vec<Spanned<String>>,
    /// Reconstructed: the theory's author inferred it rather than read it in the sources;
    /// listed by `check` (`draft-item`) and drawn dashed until the programme confirms it.
    #[serde(default)]
    pub draft: bool,
    /// Reconstructed, and why: what the theory's author inferred it from. Counts as
    /// `draft = true`; `check` and the diagram's tooltip show the reason.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub inferred: Option<Spanned<String>>,
    /// Links the theory's author inferred rather than read: an id of `from`, and
    /// why, e.g. `inferred_links = { motivation = "ansökan nämner bara arbetsnivån" }`.
    /// Drawn as a dashed arrow and listed by `check` (`inferred-link`).
    #[serde(default)]
    #[schemars(with = "IndexMap<String, String>")]
    pub inferred_links: IndexMap<Spanned<String>, Spanned<String>>,
}

/// A change the programme intends.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEffect {
    /// When the change is expected: "short", "medium" or "long".
    #[schemars(with = "Horizon")]
    pub horizon: Spanned<Horizon>,
    /// The id of the perspective it is seen from.
    #[schemars(with = "Option<String>")]
    pub perspective: Option<Spanned<String>>,
    /// What changes.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// `false` for an unintended (or negative) effect the theory also foresees.
    #[serde(default = "yes")]
    pub intended: bool,
    /// Reconstructed: the theory's author inferred it rather than read it in the sources;
    /// listed by `check` (`draft-item`) and drawn dashed until the programme confirms it.
    #[serde(default)]
    pub draft: bool,
    /// Reconstructed, and why: what the theory's author inferred it from. Counts as
    /// `draft = true`; `check` and the diagram's tooltip show the reason.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub inferred: Option<Spanned<String>>,
}

fn yes() -> bool {
    true
}

/// When an effect is expected to show.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    serde::Serialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Horizon {
    /// Within the programme's time (often within a year).
    Short,
    /// After some years.
    Medium,
    /// The lasting change the programme is for.
    Long,
}

/// Why one item leads to another: the assumption that links them.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMechanism {
    /// The assumption, in words.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// The ids of the items it starts from: activities, outputs or effects.
    #[schemars(with = "Vec<String>")]
    pub from: Spanned<Vec<Spanned<String>>>,
    /// The ids of the effects it leads to.
    #[schemars(with = "Vec<String>")]
    pub to: Spanned<Vec<Spanned<String>>>,
    /// What supports the assumption: research, earlier evaluations.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// What the evaluation found about it.
    pub finding: Option<RawFinding>,
    /// The ids of the contexts it depends on.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub contexts: Vec<Spanned<String>>,
    /// Added so the theory holds together, not stated by the reports: a question for the programme.
    #[serde(default)]
    pub draft: bool,
    /// Reconstructed, and why: what the theory's author inferred it from. Counts as
    /// `draft = true`; `check` and the diagram's tooltip show the reason.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub inferred: Option<Spanned<String>>,
    /// Links the theory's author inferred rather than read: an id of `from` or `to`, and
    /// why, e.g. `inferred_links = { motivation = "ansökan nämner bara arbetsnivån" }`.
    /// Drawn as a dashed arrow and listed by `check` (`inferred-link`).
    #[serde(default)]
    #[schemars(with = "IndexMap<String, String>")]
    pub inferred_links: IndexMap<Spanned<String>, Spanned<String>>,
}

/// What the evaluation found about a mechanism.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFinding {
    /// Whether the assumption held: "supported", "partly_supported", "not_supported", "not_assessed", or "not_implemented" (the activity did not happen as planned, so the mechanism was never tried).
    pub status: FindingStatus,
    /// The evaluation's words.
    pub note: Option<String>,
}

/// What an evaluation found about a mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    /// The evaluation found that it held.
    Supported,
    /// It held in part.
    PartlySupported,
    /// It did not hold.
    NotSupported,
    /// The evaluation did not judge it.
    NotAssessed,
    /// The activity did not happen as planned, so the mechanism was never tried: an
    /// implementation failure, not a failure of the theory (Weiss; Rogers & Funnell).
    NotImplemented,
}

/// A condition mechanisms depend on.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContext {
    /// "structural" (time, organisation, leadership) or "subjective" (role, motivation).
    pub kind: ContextKind,
    /// Whether it helps ("enabling") or hinders ("hindering") the mechanisms.
    #[serde(default)]
    pub influence: Option<Influence>,
    /// The condition, in words.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// Reconstructed: the theory's author inferred it rather than read it in the sources;
    /// listed by `check` (`draft-item`) and drawn dashed until the programme confirms it.
    #[serde(default)]
    pub draft: bool,
    /// Reconstructed, and why: what the theory's author inferred it from. Counts as
    /// `draft = true`; `check` and the diagram's tooltip show the reason.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub inferred: Option<Spanned<String>>,
}

/// Structural conditions (time, organisation, leadership) or subjective ones (role, motivation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ContextKind {
    /// Around people: time, organisation, leadership.
    Structural,
    /// In people: role, motivation.
    Subjective,
}

/// Whether a condition helps (främjande) or hinders (hindrande) the mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Influence {
    /// It helps the mechanisms work.
    Enabling,
    /// It stands in their way.
    Hindering,
}

/// A measure of whether a change happened (outcome) or a step was done (output).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    /// One id, or a list of ids: the shape check turns a single id into a list of one.
    #[schemars(with = "OneOrMany")]
    pub measures: Spanned<Vec<Spanned<String>>>,
    /// "outcome" (resultatindikator: the change happened) or "output" (utfallsindikator: a step was done).
    #[schemars(with = "IndicatorKind")]
    pub kind: Spanned<IndicatorKind>,
    /// What is measured.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// What the values count: "percent", "ratio", "count", "scale", "qualitative", "ordinal", "currency", "days", or a word of your own.
    #[schemars(with = "Option<String>")]
    pub unit: Option<Spanned<String>>,
    /// The lowest and highest value of a `scale` unit.
    #[schemars(with = "Option<[Finite; 2]>")]
    pub range: Option<Spanned<[Finite; 2]>>,
    /// The named levels of an `ordinal` unit, lowest first.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub levels: Vec<Spanned<String>>,
    /// The value to reach, which way, and by when.
    #[schemars(with = "Option<RawTarget>")]
    pub target: Option<Spanned<RawTarget>>,
    /// The value before the programme.
    #[schemars(with = "Option<RawBaseline>")]
    pub baseline: Option<Spanned<RawBaseline>>,
    /// Where the values come from.
    #[schemars(with = "Option<String>")]
    pub source: Option<Spanned<String>>,
    /// How often it is measured.
    pub frequency: Option<String>,
    /// Who measures it.
    pub responsible: Option<String>,
    /// Dimensions the indicator is broken down by, e.g. `remittent = ["FK", "IoF", "AF"]`.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, Vec<String>>")]
    pub disaggregation: IndexMap<Spanned<String>, Vec<Spanned<String>>>,
    /// Its values over the periods.
    #[serde(default)]
    #[schemars(with = "Vec<RawMeasurement>")]
    pub measurements: Vec<Spanned<RawMeasurement>>,
    /// Added so the theory holds together, not stated by the reports.
    #[serde(default)]
    pub draft: bool,
    /// Reconstructed, and why: what the theory's author inferred it from. Counts as
    /// `draft = true`; `check` and the diagram's tooltip show the reason.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub inferred: Option<Spanned<String>>,
}

/// One `[[indicators.ID.measurements]]`: a value, or the counts a share is computed from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMeasurement {
    /// The period: a year ("2020"), half year ("2020-H1"), quarter ("2020-Q3"), month ("2020-05") or date.
    #[schemars(with = "String")]
    pub period: Spanned<String>,
    /// The group the value is for, one of the indicator's disaggregation values.
    #[schemars(with = "Option<String>")]
    pub group: Option<Spanned<String>>,
    /// The value: a number, or words for a qualitative indicator.
    #[schemars(with = "Option<Observed>")]
    pub value: Option<Spanned<Observed>>,
    /// The count measured, when the value is a share of two counts.
    #[schemars(with = "Option<Finite>")]
    pub numerator: Option<Spanned<Finite>>,
    /// The count it is a share of.
    #[schemars(with = "Option<Finite>")]
    pub denominator: Option<Spanned<Finite>>,
    /// The evaluator's or the report's verdict on the target, with or without a number.
    #[schemars(with = "Option<Assessment>")]
    pub assessment: Option<Spanned<Assessment>>,
    /// The number was computed by whoever wrote the file from the source's figures.
    #[serde(default)]
    pub derived: bool,
    /// The value is approximate, as the source words it ("ca en fjärdedel"): shown `≈ 25 %`.
    #[serde(default)]
    pub approximate: bool,
    /// Where the value comes from.
    pub source: Option<String>,
    /// A remark on the value.
    pub note: Option<String>,
}

/// Outcome indicators (resultatindikatorer) show the change; output indicators (utfallsindikatorer) a step done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorKind {
    /// The intended change happened (resultatindikator).
    Outcome,
    /// A step was done (utfallsindikator).
    Output,
}

/// The value an indicator is to reach.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    /// The value to reach.
    pub value: Option<Finite>,
    /// For an `ordinal` indicator: the level to reach, by name.
    #[schemars(with = "Option<String>")]
    pub level: Option<Spanned<String>>,
    /// Which way counts: "at_least", "at_most", "increase", "decrease" or "range".
    pub direction: Direction,
    /// By when, as a period.
    #[schemars(with = "Option<String>")]
    pub by: Option<Spanned<String>>,
    /// The upper end, for a "range".
    pub max: Option<Finite>,
    /// The value is approximate, as the source words it ("ca hälften"): shown `≈ 50 %`, and a
    /// status against it marked as against an approximate target.
    #[serde(default)]
    pub approximate: bool,
}

/// A number that is neither `nan` nor `inf`: TOML allows both, but no target or measurement
/// can be judged against them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finite(pub f64);

impl<'de> Deserialize<'de> for Finite {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(deserializer)?;
        if v.is_finite() {
            Ok(Finite(v))
        } else {
            Err(serde::de::Error::invalid_value(
                serde::de::Unexpected::Float(v),
                &"a finite number",
            ))
        }
    }
}

impl JsonSchema for Finite {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Finite".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // TOML's `nan` and `inf` have no JSON form: any JSON number is finite.
        schemars::json_schema!({ "type": "number", "description": "A finite number." })
    }
}

/// In the schema only: one id, or a list of ids (the shape check reads one id as a list).
pub struct OneOrMany;

impl JsonSchema for OneOrMany {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OneOrMany".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "One id, or a list of ids.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}

/// A measured value: a number, or for a qualitative indicator a finding in words.
#[derive(Debug, Clone, PartialEq)]
pub enum Observed {
    /// A number.
    Number(f64),
    /// Words, for a qualitative indicator.
    Text(String),
}

impl JsonSchema for Observed {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Observed".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A finite number, or text for a qualitative indicator.",
            "type": ["number", "string"]
        })
    }
}

impl<'de> Deserialize<'de> for Observed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Observed;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a finite number, or text for a qualitative indicator")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Observed, E> {
                if v.is_finite() {
                    Ok(Observed::Number(v))
                } else {
                    Err(E::invalid_value(
                        serde::de::Unexpected::Float(v),
                        &"a finite number",
                    ))
                }
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Observed, E> {
                Ok(Observed::Number(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Observed, E> {
                Ok(Observed::Number(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Observed, E> {
                Ok(Observed::Text(v.to_string()))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

/// A verdict on a target, given in words by an evaluation rather than computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    /// The target was met.
    Met,
    /// It was met in part.
    PartlyMet,
    /// It was not met.
    NotMet,
}

/// Which way an indicator must move, or where it must land.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// At least the value.
    AtLeast,
    /// At most the value.
    AtMost,
    /// Up to the value, from the baseline; without a value, any rise above the baseline.
    Increase,
    /// Down to the value, from the baseline; without a value, any fall below the baseline.
    Decrease,
    /// Between the value and `max`.
    Range,
}

/// An indicator's value before the programme.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBaseline {
    /// The value.
    pub value: Finite,
    /// When it was measured.
    #[schemars(with = "Option<String>")]
    pub period: Option<Spanned<String>>,
}

/// A lint level in `[lints]` or on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LintLevel {
    /// The rule says nothing.
    Allow,
    /// A finding is a warning.
    Warn,
    /// A finding is an error.
    Deny,
}

/// Parses a theory file, or explains why it cannot be read: every syntax error, or every
/// schema error (unknown keys and words, missing keys, wrong types), each at its place.
pub fn parse(file: FileId, text: &str) -> Result<Document, Vec<Diagnostic>> {
    let (root, errors) = toml::de::DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        let mut diagnostics: Vec<Diagnostic> = errors
            .iter()
            .map(|e| error::syntax(file, text, e))
            .collect();
        crate::diagnostic::sort(&mut diagnostics);
        return Err(diagnostics);
    }
    let mut reading = Reading::default();
    for (key, value) in root.into_inner() {
        reading.section(key, value);
    }
    reading.finish(file, text)
}

/// A document's sections while they are read, with what was wrong in them so far: the shape
/// check's problems, and serde's failures.
#[derive(Default)]
struct Reading {
    theory: Option<Spanned<RawMeta>>,
    target_groups: Table<RawTargetGroup>,
    perspectives: IndexMap<Spanned<String>, Spanned<String>>,
    resources: Table<RawResource>,
    activities: Table<RawActivity>,
    outputs: Table<RawOutput>,
    effects: Table<RawEffect>,
    mechanisms: Table<RawMechanism>,
    contexts: Table<RawContext>,
    indicators: Table<RawIndicator>,
    lints: IndexMap<Spanned<String>, Spanned<LintLevel>>,
    problems: Vec<schema::Problem>,
    failed: Vec<toml::de::Error>,
}

impl Reading {
    /// One top-level table of the file, checked against its shape and read.
    fn section(
        &mut self,
        key: Spanned<std::borrow::Cow<'_, str>>,
        mut value: Spanned<DeValue<'_>>,
    ) {
        use schema::{Problem, Section, SECTIONS};
        let section = key.get_ref().to_string();
        let Some((_, shape)) = SECTIONS.iter().find(|(name, _)| *name == section) else {
            self.problems.push(Problem::UnknownSection {
                span: key.span(),
                got: section,
            });
            return;
        };
        let header = schema::TableName::section(&section);
        match shape {
            Section::One(shape) => {
                shape.check(&header, &mut value, &mut self.problems);
                self.theory = read(value, &mut self.failed);
            }
            Section::Items(shape) => {
                let span = value.span();
                let DeValue::Table(entries) = value.into_inner() else {
                    self.problems.push(Problem::NotATable {
                        span,
                        table: header.to_string(),
                        what: "items keyed by id",
                    });
                    return;
                };
                for (id, mut item) in entries {
                    let id = Spanned::new(id.span(), id.into_inner().into_owned());
                    shape.check(
                        &header.child(id.get_ref(), false),
                        &mut item,
                        &mut self.problems,
                    );
                    self.item(&section, id, item);
                }
            }
            Section::Free if section == "lints" => {
                if let DeValue::Table(entries) = value.get_mut() {
                    for (rule, level) in entries.iter_mut() {
                        let levels = schema::lint_levels();
                        schema::check_word(
                            &header,
                            rule.get_ref(),
                            level,
                            levels,
                            &mut self.problems,
                        );
                    }
                }
                self.lints = read(value, &mut self.failed).unwrap_or_default();
            }
            Section::Free => self.perspectives = read(value, &mut self.failed).unwrap_or_default(),
        }
    }

    /// One item of a section of items, into its table.
    fn item(&mut self, section: &str, id: Spanned<String>, item: Spanned<DeValue<'_>>) {
        let failed = &mut self.failed;
        match section {
            "target_groups" => insert(&mut self.target_groups, id, item, failed),
            "resources" => insert(&mut self.resources, id, item, failed),
            "activities" => insert(&mut self.activities, id, item, failed),
            "outputs" => insert(&mut self.outputs, id, item, failed),
            "effects" => insert(&mut self.effects, id, item, failed),
            "mechanisms" => insert(&mut self.mechanisms, id, item, failed),
            "contexts" => insert(&mut self.contexts, id, item, failed),
            _ => insert(&mut self.indicators, id, item, failed),
        }
    }

    /// The document, or every problem found, each said once and in the file's order.
    fn finish(mut self, file: FileId, text: &str) -> Result<Document, Vec<Diagnostic>> {
        use schema::Problem;
        let unknown_section = self
            .problems
            .iter()
            .any(|p| matches!(p, Problem::UnknownSection { .. }));
        match self.theory {
            Some(theory) if self.problems.is_empty() && self.failed.is_empty() => {
                return Ok(Document {
                    theory,
                    target_groups: self.target_groups,
                    perspectives: self.perspectives,
                    resources: self.resources,
                    activities: self.activities,
                    outputs: self.outputs,
                    effects: self.effects,
                    mechanisms: self.mechanisms,
                    contexts: self.contexts,
                    indicators: self.indicators,
                    lints: self.lints,
                })
            }
            // A misspelt `[theroy]` is reported as such; saying `[theory]` is missing would
            // repeat it.
            None if self.failed.is_empty() && !unknown_section => {
                self.problems
                    .push(Problem::MissingSection { name: "theory" });
            }
            _ => {}
        }
        // Serde also stumbles on the tables the shape check found incomplete or not tables at
        // all: say each once.
        let missing: Vec<usize> = self
            .problems
            .iter()
            .filter_map(|p| match p {
                Problem::MissingKey { span, .. } | Problem::NotATable { span, .. } => {
                    Some(span.start)
                }
                _ => None,
            })
            .collect();
        self.failed
            .retain(|e| !e.span().is_some_and(|s| missing.contains(&s.start)));
        let mut diagnostics: Vec<Diagnostic> = self
            .problems
            .into_iter()
            .map(|p| error::problem(file, text, p))
            .chain(self.failed.iter().map(|e| error::schema(file, text, e)))
            .collect();
        crate::diagnostic::sort(&mut diagnostics);
        Err(diagnostics)
    }
}

/// Reads one value of the file with serde; what fails is kept to be reported with the rest.
fn read<T: for<'de> Deserialize<'de>>(
    value: Spanned<DeValue>,
    failed: &mut Vec<toml::de::Error>,
) -> Option<T> {
    T::deserialize(toml::de::ValueDeserializer::from(value))
        .map_err(|e| failed.push(e))
        .ok()
}

fn insert<T: for<'de> Deserialize<'de>>(
    table: &mut Table<T>,
    id: Spanned<String>,
    item: Spanned<DeValue>,
    failed: &mut Vec<toml::de::Error>,
) {
    if let Some(item) = read(item, failed) {
        table.insert(id, item);
    }
}
