//! The theory file as written: plain structs with spans, straight from TOML.
//!
//! Everything that can be a typo of a fixed word (keys, horizons, kinds) is caught here by serde
//! with `deny_unknown_fields` and enums, and turned into a diagnostic with a suggestion.
//! References between items stay strings: they are resolved in `model`.

mod error;

pub use error::{SCHEMA_ERROR, SYNTAX_ERROR};

use crate::diagnostic::Diagnostic;
use crate::source::FileId;
use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

/// A table of items keyed by id, in the order the file declares them.
pub type Table<T> = IndexMap<Spanned<String>, Spanned<T>>;

/// A whole theory file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub theory: Spanned<RawMeta>,
    #[serde(default)]
    pub target_groups: Table<RawTargetGroup>,
    #[serde(default)]
    pub perspectives: IndexMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    pub resources: Table<RawResource>,
    #[serde(default)]
    pub activities: Table<RawActivity>,
    #[serde(default)]
    pub effects: Table<RawEffect>,
    #[serde(default)]
    pub mechanisms: Table<RawMechanism>,
    #[serde(default)]
    pub contexts: Table<RawContext>,
    #[serde(default)]
    pub indicators: Table<RawIndicator>,
    #[serde(default)]
    pub lints: IndexMap<Spanned<String>, Spanned<LintLevel>>,
}

/// `[theory]`: what the programme is and who runs it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub name: Spanned<String>,
    #[serde(default)]
    pub language: Language,
    pub period: Option<Spanned<String>>,
    pub owner: Option<String>,
    #[serde(default)]
    pub co_owners: Vec<String>,
    #[serde(default)]
    pub partners: Vec<String>,
    pub funder: Option<String>,
    #[serde(default)]
    pub purpose: Vec<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// CSV files of measurements, relative to the theory file.
    #[serde(default)]
    pub data_files: Vec<Spanned<String>>,
}

/// The language of labels and headings in diagrams and reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Sv,
    En,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTargetGroup {
    pub role: TargetRole,
    pub text: Spanned<String>,
}

/// Whether a target group is worked with directly or is the one the change is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetRole {
    Primary,
    Final,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResource {
    pub text: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    pub perspective: Option<Spanned<String>>,
    pub text: Spanned<String>,
    #[serde(default)]
    pub uses: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEffect {
    pub horizon: Spanned<Horizon>,
    pub perspective: Option<Spanned<String>>,
    pub text: Spanned<String>,
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
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Horizon {
    Short,
    Medium,
    Long,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMechanism {
    pub text: Spanned<String>,
    pub from: Spanned<Vec<Spanned<String>>>,
    pub to: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub evidence: Vec<String>,
    pub finding: Option<RawFinding>,
    #[serde(default)]
    pub contexts: Vec<Spanned<String>>,
    #[serde(default)]
    pub draft: bool,
}

/// What the evaluation found about a mechanism.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFinding {
    pub status: FindingStatus,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    Supported,
    PartlySupported,
    NotSupported,
    NotAssessed,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContext {
    pub kind: ContextKind,
    #[serde(default)]
    pub influence: Option<Influence>,
    pub text: Spanned<String>,
}

/// Structural conditions (time, organisation, leadership) or subjective ones (role, motivation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContextKind {
    Structural,
    Subjective,
}

/// Whether a condition helps (främjande) or hinders (hindrande) the mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Influence {
    Enabling,
    Hindering,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub measures: Spanned<String>,
    pub kind: Spanned<IndicatorKind>,
    pub text: Spanned<String>,
    pub unit: Option<Spanned<String>>,
    /// The lowest and highest value of a `scale` unit.
    pub range: Option<Spanned<[Finite; 2]>>,
    pub target: Option<Spanned<RawTarget>>,
    pub baseline: Option<Spanned<RawBaseline>>,
    pub source: Option<Spanned<String>>,
    pub frequency: Option<String>,
    pub responsible: Option<String>,
    /// Dimensions the indicator is broken down by, e.g. `remittent = ["FK", "IoF", "AF"]`.
    #[serde(default)]
    pub disaggregation: IndexMap<Spanned<String>, Vec<Spanned<String>>>,
    #[serde(default)]
    pub measurements: Vec<Spanned<RawMeasurement>>,
    #[serde(default)]
    pub draft: bool,
}

/// One `[[indicators.ID.measurements]]`: a value, or the counts a share is computed from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeasurement {
    pub period: Spanned<String>,
    pub value: Option<Spanned<Finite>>,
    pub numerator: Option<Spanned<Finite>>,
    pub denominator: Option<Spanned<Finite>>,
    pub group: Option<Spanned<String>>,
    pub source: Option<String>,
    pub note: Option<String>,
}

/// Outcome indicators (resultatindikatorer) show the change; output indicators (utfallsindikatorer) a step done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorKind {
    Outcome,
    Output,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    pub value: Option<Finite>,
    pub direction: Direction,
    pub by: Option<Spanned<String>>,
    pub max: Option<Finite>,
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

/// Which way an indicator must move, or where it must land.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    AtLeast,
    AtMost,
    Increase,
    Decrease,
    Range,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBaseline {
    pub value: Finite,
    pub period: Option<Spanned<String>>,
}

/// A lint level in `[lints]` or on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LintLevel {
    Allow,
    Warn,
    Deny,
}

/// Parses a theory file, or explains in one diagnostic why it cannot be read.
pub fn parse(file: FileId, text: &str) -> Result<Document, Box<Diagnostic>> {
    toml::from_str(text).map_err(|e| Box::new(error::to_diagnostic(file, text, &e)))
}
