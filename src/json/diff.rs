//! `verkan diff --format json`, version 1.

use super::VERSION;
use crate::diff as internal;
use schemars::JsonSchema;
use serde::Serialize;

/// What changed in a theory's meaning between two versions.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Diff {
    /// Always 1 for this format.
    pub version: u32,
    /// The two versions as named on the command line (`REV:path` for a git revision).
    pub old: String,
    /// The new version, named likewise.
    pub new: String,
    /// Every change, by entry kind as the file orders its sections, then id, then field.
    pub changes: Vec<Change>,
}

/// One change: of a whole entry, or of one field of it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Change {
    /// What kind of change.
    pub kind: Kind,
    /// What changed: theory, perspective, target group, resource, activity, output, effect,
    /// mechanism, context, indicator, measurement or lint.
    pub entry: String,
    /// The entry's id; for a measurement `INDICATOR PERIOD`, with ` [GROUP]` for a group's.
    pub id: String,
    /// The field that changed, as the theory file names it; absent when the whole entry was
    /// added or removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The value before and after, as data: numbers as numbers written out (`81.6`), targets
    /// as `DIRECTION VALUE[–MAX] [by PERIOD]`, lists joined by `, `. For an added or removed
    /// entry, its text (or a measurement's value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// The value after.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
}

/// How an entry or a field changed.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The entry is new.
    Added,
    /// The entry is gone.
    Removed,
    /// A different horizon or perspective.
    Moved,
    /// A different text.
    Reworded,
    /// Anything else: a target, a finding, links, a unit.
    Changed,
}

impl Diff {
    /// The changes from `old` to `new`, as data.
    pub fn new(old: &str, new: &str, changes: &[internal::Change]) -> Self {
        Self {
            version: VERSION,
            old: old.to_string(),
            new: new.to_string(),
            changes: changes
                .iter()
                .map(|c| Change {
                    kind: match c.kind {
                        internal::ChangeKind::Added => Kind::Added,
                        internal::ChangeKind::Removed => Kind::Removed,
                        internal::ChangeKind::Moved => Kind::Moved,
                        internal::ChangeKind::Reworded => Kind::Reworded,
                        internal::ChangeKind::Changed => Kind::Changed,
                    },
                    entry: c.entry.to_string(),
                    id: c.id.clone(),
                    field: c.field.map(str::to_string),
                    old: c.old.clone(),
                    new: c.new.clone(),
                })
                .collect(),
        }
    }
}
