//! Edits to a theory file, as data: versioned operations (`edit.v1`) applied with
//! `toml_edit`, so that everything an edit does not touch stays as it was, byte for byte
//! (comments, order, blank lines, quoting, inline or table style).
//!
//! An edit is applied whole or not at all. It is refused, with a message that says why and
//! the file left as it was, when it names an unknown kind, field or id, gives a value the
//! format does not allow, renames onto an id in use, or removes what something else cannot
//! do without. The result is parsed and checked again before anyone writes it: an edit may
//! leave the theory incomplete (an effect without an indicator yet), and the check's findings
//! then come with it, but never unreadable. The command line (`verkan edit`) and the
//! workshop server apply edits through [`apply`].

mod data;
mod ops;

use crate::locale::Text;
use crate::t;
use schemars::JsonSchema;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The version of the edit format this verkan reads.
pub const VERSION: u32 = 1;

/// An edit: operations applied in order, as one change to a theory file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Edit {
    /// Always 1 for this format.
    pub version: u32,
    /// The revision of the file the edit was made against (`sha256:` and the hex digest of
    /// its bytes). When the file has changed since, the edit is refused unless the caller
    /// knows that revision and the items the edit touches did not change.
    #[serde(default)]
    pub base: Option<String>,
    /// The operations, applied in order.
    pub ops: Vec<Op>,
}

/// One operation of an edit.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Op {
    /// A new item, after the last item of its kind. For a `measurement`, `id` is the
    /// indicator's; for a `perspective`, `fields` holds its `label`.
    Add {
        /// What kind of item.
        kind: Kind,
        /// The new item's id (for a measurement, its indicator's id).
        id: String,
        /// Its keys, as the theory file names them, with their values.
        #[serde(default)]
        fields: serde_json::Map<String, serde_json::Value>,
    },
    /// One key of an item set to a value; `null` removes it. Moving a box to another column or
    /// lane is a `set` of `horizon` or `perspective`.
    Set {
        /// The item's id.
        id: String,
        /// The key, as the theory file names it (`label` for a perspective's name).
        field: String,
        /// The value, or `null` to remove the key.
        value: serde_json::Value,
    },
    /// An item's id changed; every reference in the file, and in its CSV data files, follows.
    Rename {
        /// The id now.
        id: String,
        /// The new id.
        to: String,
    },
    /// An item removed with every reference to it; with `measurement`, only that one of the
    /// indicator's measurements.
    Remove {
        /// The item's id (the indicator's, with `measurement`).
        id: String,
        /// Which of the indicator's measurements, counted from 0 in file order.
        #[serde(default)]
        measurement: Option<usize>,
    },
}

/// The kinds of item an edit can add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// `[resources.ID]`.
    Resource,
    /// `[activities.ID]`.
    Activity,
    /// `[outputs.ID]`.
    Output,
    /// `[effects.ID]`.
    Effect,
    /// `[mechanisms.ID]`.
    Mechanism,
    /// `[contexts.ID]`.
    Context,
    /// `[indicators.ID]`.
    Indicator,
    /// One more of an indicator's `measurements`.
    Measurement,
    /// `ID = "label"` in `[perspectives]`.
    Perspective,
    /// `[target_groups.ID]`.
    TargetGroup,
}

impl Kind {
    /// The section of the theory file that holds items of this kind.
    pub fn section(self) -> &'static str {
        match self {
            Kind::Resource => "resources",
            Kind::Activity => "activities",
            Kind::Output => "outputs",
            Kind::Effect => "effects",
            Kind::Mechanism => "mechanisms",
            Kind::Context => "contexts",
            Kind::Indicator | Kind::Measurement => "indicators",
            Kind::Perspective => "perspectives",
            Kind::TargetGroup => "target_groups",
        }
    }
}

/// An edit applied: the new text of the theory file, the data files that change with it, and
/// what each operation did.
#[derive(Debug, Clone)]
pub struct Applied {
    /// The theory file's new text.
    pub text: String,
    /// CSV data files rewritten because an indicator they name was renamed, with their new
    /// text.
    pub data: Vec<(PathBuf, String)>,
    /// What each operation did, in order, for people.
    pub done: Vec<Text>,
    /// What the edit could not follow and a person should: a workbook that names a renamed
    /// indicator, a mechanism left with nothing on one side.
    pub notes: Vec<Text>,
}

/// Why an edit was refused: which operation (from 0), and what is wrong.
#[derive(Debug, Clone)]
pub struct Refused {
    /// The operation refused, by its place in the edit; `None` for the edit as a whole.
    pub op: Option<usize>,
    /// What is wrong, and how to put it right.
    pub reason: Text,
}

impl Refused {
    fn whole(reason: Text) -> Self {
        Refused { op: None, reason }
    }

    /// The reason, worded with the operation's number (from 1) when there is one.
    pub fn text(&self) -> Text {
        match self.op {
            Some(op) => t!("edit-refused-op", op = op + 1, reason = self.reason.clone()),
            None => self.reason.clone(),
        }
    }
}

/// The revision of a file's bytes, as edits name it: `sha256:` and the hex digest.
pub fn revision(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(7 + 64);
    hex.push_str("sha256:");
    for byte in digest {
        use std::fmt::Write;
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Reads an edit from its JSON text, or says where it is not one.
pub fn parse(json: &str) -> Result<Edit, Refused> {
    let edit: Edit = serde_json::from_str(json).map_err(|e| {
        Refused::whole(t!(
            "edit-not-json",
            line = e.line(),
            column = e.column(),
            error = e.to_string()
        ))
    })?;
    if edit.version != VERSION {
        return Err(Refused::whole(t!(
            "edit-version",
            version = edit.version as usize,
            supported = VERSION as usize
        )));
    }
    Ok(edit)
}

/// Applies `edit` to the theory file at `path` whose text is `text`. `base` is the text of the
/// revision the edit names, when the caller keeps it: an edit made against an older revision
/// is applied when none of the items it touches changed since. `read` reads a data file the
/// theory names (for a rename), relative to nothing: it is given the path as the theory
/// file's folder joins it.
pub fn apply(
    path: &Path,
    text: &str,
    base: Option<&str>,
    edit: &Edit,
    read: &dyn Fn(&Path) -> std::io::Result<Vec<u8>>,
) -> Result<Applied, Refused> {
    if let Some(named) = &edit.base {
        if *named != revision(text.as_bytes()) {
            let unchanged = base
                .filter(|b| revision(b.as_bytes()) == *named)
                .is_some_and(|b| ops::untouched(b, text, &edit.ops));
            if !unchanged {
                return Err(Refused::whole(t!("edit-stale")));
            }
        }
    }
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|_| Refused::whole(t!("edit-unreadable")))?;
    let mut applied = Applied {
        text: String::new(),
        data: Vec::new(),
        done: Vec::new(),
        notes: Vec::new(),
    };
    let folder = path.parent().unwrap_or(Path::new(""));
    for (n, op) in edit.ops.iter().enumerate() {
        let refuse = |reason| Refused {
            op: Some(n),
            reason,
        };
        match op {
            Op::Rename { id, to } => {
                let done = ops::rename(&mut doc, id, to).map_err(refuse)?;
                applied.done.push(done);
                data::rename(&doc, folder, id, to, read, &mut applied).map_err(refuse)?;
            }
            _ => {
                let (done, notes) = ops::apply(&mut doc, op).map_err(refuse)?;
                applied.done.push(done);
                applied.notes.extend(notes);
            }
        }
    }
    applied.text = doc.to_string();
    verify(text, &applied.text)?;
    Ok(applied)
}

/// The edited text still parses as a theory, and names nothing it does not have, unless the
/// text before did so already (an edit need not mend what it did not touch).
fn verify(before: &str, after: &str) -> Result<(), Refused> {
    let wrong_before = broken(before);
    let wrong: Vec<Text> = broken(after)
        .into_iter()
        .filter(|(key, _)| !wrong_before.iter().any(|(k, _)| k == key))
        .map(|(_, text)| text)
        .collect();
    match wrong.first() {
        None => Ok(()),
        Some(first) => Err(Refused::whole(t!(
            "edit-breaks",
            first = first.clone(),
            more = wrong.len() - 1
        ))),
    }
}

/// The findings no edit may bring: the file unreadable as a theory, a reference to nothing,
/// an id twice. Each with its message in English, to compare, and as a text.
fn broken(text: &str) -> Vec<(String, Text)> {
    use crate::diagnostic::RuleId;
    let mut sources = crate::source::Sources::new();
    let file = sources.add("edit".to_string(), text.to_string());
    let checked = crate::check(&mut sources, file, &crate::lints::LevelOverrides::new());
    checked
        .diagnostics
        .into_iter()
        .filter(|d| {
            matches!(
                d.rule,
                RuleId::SyntaxError
                    | RuleId::SchemaError
                    | RuleId::UnresolvedReference
                    | RuleId::ReferenceKindMismatch
                    | RuleId::DuplicateId
            )
        })
        .map(|d| (d.message.en(), d.message))
        .collect()
}
