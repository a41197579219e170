//! What changed in a theory's meaning between two versions (`verkan diff`): items,
//! mechanisms, contexts and indicators added, removed, moved or reworded; targets, findings
//! and measurements changed. Read from the typed theory, so layout, comments, key order and
//! table style never show as changes.

mod output;

use crate::indicators::format;
use crate::locale::Language;
use crate::model::{Theory, Unit};
use std::collections::BTreeMap;

/// How an item or a field changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// The entry is new.
    Added,
    /// The entry is gone.
    Removed,
    /// A different horizon or perspective: the item sits elsewhere in the diagram.
    Moved,
    /// A different text.
    Reworded,
    /// Anything else: a target, a finding, links, a unit.
    Changed,
}

impl ChangeKind {
    /// The kind as the JSON output writes it.
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Moved => "moved",
            ChangeKind::Reworded => "reworded",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One change: of a whole entry (`field` is `None`) or of one field of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What kind of change.
    pub kind: ChangeKind,
    /// What the entry is: "effect", "mechanism", "measurement", "theory", ….
    pub entry: &'static str,
    /// Its id; for a measurement `indicator period` and its group.
    pub id: String,
    /// The field, as the theory file names it; `None` for a whole entry.
    pub field: Option<&'static str>,
    /// The value before, written in the diff's [`Style`].
    pub old: Option<String>,
    /// The value after.
    pub new: Option<String>,
}

/// How field values are written: for people in a language (`≥ 70 %`, `81,6 %`), or as data
/// (`at_least 70 by 2019-12`, `81.6`) for the JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// For people, in a language.
    People(Language),
    /// As data.
    Data,
}

/// Every change from `old` to `new`, in a stable order: by entry kind as the file orders its
/// sections, then id, then field.
pub fn diff(old: &Theory, new: &Theory, style: Style) -> Vec<Change> {
    let (before, after) = (entries(old, style), entries(new, style));
    let mut changes = Vec::new();
    for (key, fields) in &before {
        match after.get(key) {
            None => changes.push(whole(ChangeKind::Removed, key, fields)),
            Some(now) => {
                for (field, was) in fields {
                    let is = now.get(field);
                    if is != Some(was) {
                        changes.push(Change {
                            kind: field_kind(field),
                            entry: key.0 .1,
                            id: key.1.clone(),
                            field: Some(field),
                            old: Some(was.clone()),
                            new: is.cloned(),
                        });
                    }
                }
                for (field, is) in now {
                    if !fields.contains_key(field) {
                        changes.push(Change {
                            kind: field_kind(field),
                            entry: key.0 .1,
                            id: key.1.clone(),
                            field: Some(field),
                            old: None,
                            new: Some(is.clone()),
                        });
                    }
                }
            }
        }
    }
    for (key, fields) in &after {
        if !before.contains_key(key) {
            changes.push(whole(ChangeKind::Added, key, fields));
        }
    }
    changes.sort_by(|a, b| {
        (rank(a.entry), &a.id, a.field, a.kind).cmp(&(rank(b.entry), &b.id, b.field, b.kind))
    });
    changes
}

/// An entry's identity: (section order, entry name), id.
type Key = ((usize, &'static str), String);
/// An entry's fields, each as one canonical string.
type Fields = BTreeMap<&'static str, String>;

const ENTRIES: [&str; 12] = [
    "theory",
    "perspective",
    "target group",
    "resource",
    "activity",
    "output",
    "effect",
    "mechanism",
    "context",
    "indicator",
    "measurement",
    "lint",
];

fn rank(entry: &str) -> usize {
    ENTRIES
        .iter()
        .position(|e| *e == entry)
        .unwrap_or(ENTRIES.len())
}

fn key(entry: &'static str, id: impl Into<String>) -> Key {
    ((rank(entry), entry), id.into())
}

fn field_kind(field: &str) -> ChangeKind {
    match field {
        "horizon" | "perspective" => ChangeKind::Moved,
        "text" => ChangeKind::Reworded,
        _ => ChangeKind::Changed,
    }
}

/// An entry added or removed, shown by its text (or its value, for a measurement).
fn whole(kind: ChangeKind, key: &Key, fields: &Fields) -> Change {
    let shown = ["text", "value", "label", "level"]
        .iter()
        .find_map(|f| fields.get(f).cloned());
    let (old, new) = match kind {
        ChangeKind::Removed => (shown, None),
        _ => (None, shown),
    };
    Change {
        kind,
        entry: key.0 .1,
        id: key.1.clone(),
        field: None,
        old,
        new,
    }
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().collect::<Vec<_>>().join(", ")
}

/// A number as written, without a trailing `.0`.
fn number(v: f64) -> String {
    format!("{v}")
}

/// One entry's fields before empty ones are dropped.
type Raw = Vec<(&'static str, Option<String>)>;

/// Every entry of the theory with its fields as canonical strings. Order within the file is
/// not meaning, except the perspectives' (the lanes' order), kept as a field of the theory.
fn entries(theory: &Theory, style: Style) -> BTreeMap<Key, Fields> {
    let mut out: BTreeMap<Key, Fields> = BTreeMap::new();
    let mut put = |key: Key, fields: Raw| {
        let fields: Fields = fields
            .into_iter()
            .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)))
            .collect();
        out.insert(key, fields);
    };
    put(key("theory", ""), theory_fields(theory));
    for p in &theory.perspectives {
        put(
            key("perspective", &p.id),
            vec![("label", Some(p.label.clone()))],
        );
    }
    for g in &theory.target_groups {
        put(
            key("target group", &g.header.id),
            vec![
                ("text", Some(g.text.value.clone())),
                ("role", Some(word(&g.role))),
            ],
        );
    }
    for r in &theory.resources {
        put(
            key("resource", &r.header.id),
            vec![("text", Some(r.text.value.clone()))],
        );
    }
    for a in &theory.activities {
        put(
            key("activity", &a.header.id),
            vec![
                ("text", Some(a.text.value.clone())),
                ("perspective", perspective(&a.perspective)),
                ("uses", names(&a.uses)),
            ],
        );
    }
    for o in &theory.outputs {
        put(
            key("output", &o.header.id),
            vec![
                ("text", Some(o.text.value.clone())),
                ("perspective", perspective(&o.perspective)),
                ("from", names(&o.from)),
            ],
        );
    }
    for e in &theory.effects {
        put(
            key("effect", &e.header.id),
            vec![
                ("text", Some(e.text.value.clone())),
                ("horizon", Some(word(&e.horizon))),
                ("perspective", perspective(&e.perspective)),
                ("intended", (!e.intended).then(|| "no".to_string())),
            ],
        );
    }
    for mech in &theory.mechanisms {
        put(
            key("mechanism", &mech.header.id),
            mechanism_fields(mech, style.language()),
        );
    }
    for c in &theory.contexts {
        put(
            key("context", &c.header.id),
            vec![
                ("text", Some(c.text.value.clone())),
                ("kind", Some(word(&c.kind))),
                ("influence", c.influence.map(|i| word(&i))),
            ],
        );
    }
    for i in &theory.indicators {
        put(key("indicator", &i.header.id), indicator_fields(i, style));
        for m in &i.measurements {
            let mut id = format!("{} {}", i.header.id, m.period);
            if let Some(group) = &m.group {
                id.push_str(&format!(" [{group}]"));
            }
            put(key("measurement", id), measurement_fields(i, m, style));
        }
    }
    for l in &theory.lints {
        put(key("lint", &l.rule), vec![("level", Some(word(&l.level)))]);
    }
    out
}

impl Style {
    fn language(self) -> Language {
        match self {
            Style::People(language) => language,
            Style::Data => Language::En,
        }
    }

    fn value(self, v: f64, unit: &Unit) -> String {
        match self {
            Style::People(language) => format::value(v, unit, language),
            Style::Data => number(v),
        }
    }

    fn target(self, i: &crate::model::Indicator) -> Option<String> {
        match self {
            Style::People(language) => format::target(i, language),
            Style::Data => i.target.as_ref().map(|t| {
                let mut text = word(&t.direction);
                match (&t.level, t.value) {
                    (Some(level), _) => text.push_str(&format!(" {}", level.value)),
                    (None, Some(v)) => text.push_str(&format!(" {}", number(v))),
                    (None, None) => {}
                }
                if let Some(max) = t.max {
                    text.push_str(&format!("–{}", number(max)));
                }
                if let Some(by) = &t.by {
                    text.push_str(&format!(" by {}", by.value));
                }
                text
            }),
        }
    }
}

fn names<T>(refs: &[crate::model::Reference<T>]) -> Option<String> {
    Some(list(refs.iter().map(|r| r.name.as_str())))
}

fn perspective(p: &Option<crate::model::Reference<usize>>) -> Option<String> {
    p.as_ref().map(|p| p.name.clone())
}

fn theory_fields(theory: &Theory) -> Raw {
    let m = &theory.meta;
    vec![
        ("name", Some(m.name.clone())),
        ("language", Some(word(&m.language))),
        ("period", m.period.clone()),
        ("owner", m.owner.clone()),
        ("co_owners", Some(m.co_owners.join(", "))),
        ("partners", Some(m.partners.join(", "))),
        ("funder", m.funder.clone()),
        ("purpose", Some(m.purpose.join(" | "))),
        ("description", m.description.clone()),
        ("sources", Some(m.sources.join(" | "))),
        (
            "lanes",
            Some(list(theory.perspectives.iter().map(|p| p.id.as_str()))),
        ),
    ]
}

fn mechanism_fields(mech: &crate::model::Mechanism, language: Language) -> Raw {
    let finding = mech.finding.as_ref();
    vec![
        ("text", Some(mech.text.value.clone())),
        ("from", names(&mech.from)),
        ("to", names(&mech.to)),
        ("contexts", names(&mech.contexts)),
        ("evidence", Some(mech.evidence.join(" | "))),
        (
            "finding",
            finding.map(|f| crate::words::finding(language, f.status).to_string()),
        ),
        ("finding note", finding.and_then(|f| f.note.clone())),
        ("draft", mech.draft.then(|| "yes".to_string())),
    ]
}

fn indicator_fields(i: &crate::model::Indicator, style: Style) -> Raw {
    vec![
        ("text", Some(i.text.value.clone())),
        ("kind", Some(word(&i.kind))),
        ("measures", names(&i.measures)),
        ("unit", Some(unit(&i.unit))),
        (
            "range",
            i.range.map(|(a, b)| format!("{}–{}", number(a), number(b))),
        ),
        (
            "levels",
            Some(list(i.levels.iter().map(|l| l.value.as_str()))),
        ),
        ("target", style.target(i)),
        (
            "baseline",
            i.baseline.as_ref().map(|b| {
                let v = style.value(b.value, &i.unit);
                match &b.period {
                    Some(p) => format!("{v} ({})", p.value),
                    None => v,
                }
            }),
        ),
        ("source", i.source.as_ref().map(|s| s.value.clone())),
        ("frequency", i.frequency.clone()),
        ("responsible", i.responsible.clone()),
        (
            "disaggregation",
            Some(
                i.disaggregation
                    .iter()
                    .map(|d| {
                        format!(
                            "{} = {}",
                            d.name,
                            list(d.values.iter().map(|v| v.value.as_str()))
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ),
        ("draft", i.draft.then(|| "yes".to_string())),
    ]
}

fn measurement_fields(
    i: &crate::model::Indicator,
    m: &crate::model::Measurement,
    style: Style,
) -> Raw {
    let value = match (m.value, m.numerator, m.denominator) {
        (Some(v), _, _) => Some(style.value(v, &i.unit)),
        (None, Some(n), Some(d)) => Some(format!("{} / {}", number(n), number(d))),
        _ => m.text.clone(),
    };
    let counts = match (m.numerator, m.denominator) {
        (Some(n), Some(d)) if m.value.is_some() => Some(format!("{} / {}", number(n), number(d))),
        _ => None,
    };
    vec![
        ("value", value),
        ("counts", counts),
        ("assessment", m.assessment.map(|a| word(&a))),
        ("derived", m.derived.then(|| "yes".to_string())),
        ("approximate", m.approximate.then(|| "yes".to_string())),
        ("source", m.source.clone()),
        ("note", m.note.clone()),
    ]
}

fn unit(unit: &Unit) -> String {
    match unit {
        Unit::Other(word) => word.clone(),
        Unit::None => String::new(),
        other => format!("{other:?}").to_lowercase(),
    }
}

/// An enum value as the theory file spells it (`partly_met`, `at_least`), from its serde name.
fn word<T: serde::Serialize + std::fmt::Debug>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(word)) => word,
        _ => format!("{value:?}"),
    }
}

pub use output::{markdown, text};
