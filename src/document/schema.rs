//! The shape of a theory file, checked over the TOML tree before serde reads it, so that every
//! unknown key, unknown word and missing key in a file is reported in one run, each at its
//! place, without reading serde's message text.
//!
//! The key and variant names come from the serde types themselves ([`names_of`]), so the
//! shapes here cannot drift from what the parser accepts; only which keys are required and
//! which keys hold a nested table or a fixed word are written down, and a test holds those to
//! the types too.

use super::*;
use serde::de::{self, Deserializer, Visitor};
use toml::de::{DeTable, DeValue};

/// The names a serde type asks for: a struct's keys or an enum's words.
type Names = fn() -> &'static [&'static str];

/// A table of the format: its keys, which are required, and what some of them hold.
pub(super) struct Shape {
    /// What the table is, as the catalogues' `shape` message names it: `activity`.
    pub what: &'static str,
    pub keys: Names,
    pub required: &'static [&'static str],
    /// Keys whose value is one of a fixed set of words.
    pub words: &'static [(&'static str, Names)],
    /// Keys whose value is a table (or an array of tables) of another shape.
    pub tables: &'static [(&'static str, &'static Shape)],
    /// Keys that take a list of ids, where one id alone may be written without brackets.
    pub lists: &'static [&'static str],
}

/// A top-level section: `[theory]`, a table of items keyed by id, or a table of free keys.
pub(super) enum Section {
    One(&'static Shape),
    Items(&'static Shape),
    /// `[perspectives]` (id = label) and `[lints]` (rule = level).
    Free,
}

pub(super) const SECTIONS: &[(&str, Section)] = &[
    ("theory", Section::One(&META)),
    ("target_groups", Section::Items(&TARGET_GROUP)),
    ("perspectives", Section::Free),
    ("resources", Section::Items(&RESOURCE)),
    ("activities", Section::Items(&ACTIVITY)),
    ("outputs", Section::Items(&OUTPUT)),
    ("effects", Section::Items(&EFFECT)),
    ("mechanisms", Section::Items(&MECHANISM)),
    ("contexts", Section::Items(&CONTEXT)),
    ("indicators", Section::Items(&INDICATOR)),
    ("lints", Section::Free),
];

/// The sections of a theory file in their canonical order (what `verkan fmt` writes).
pub fn section_order() -> impl Iterator<Item = &'static str> {
    SECTIONS.iter().map(|(name, _)| *name)
}

/// The keys of a table in their canonical order, the order the format's types declare them:
/// `["effects"]` for an effect's table, `["indicators", "measurements"]` for a measurement's.
/// Empty for a table of free keys (`[perspectives]`) or an unknown path.
pub fn key_order(path: &[&str]) -> &'static [&'static str] {
    let Some((first, rest)) = path.split_first() else {
        return &[];
    };
    let mut shape = match SECTIONS.iter().find(|(name, _)| name == first) {
        Some((_, Section::One(shape) | Section::Items(shape))) => *shape,
        _ => return &[],
    };
    for key in rest {
        match shape.tables.iter().find(|(name, _)| name == key) {
            Some((_, inner)) => shape = inner,
            None => return &[],
        }
    }
    (shape.keys)()
}

static META: Shape = Shape {
    what: "theory",
    keys: names_of::<RawMeta>,
    required: &["name"],
    words: &[("language", names_of::<Language>)],
    tables: &[],
    lists: &[],
};
static TARGET_GROUP: Shape = Shape {
    what: "target-group",
    keys: names_of::<RawTargetGroup>,
    required: &["role", "text"],
    words: &[("role", names_of::<TargetRole>)],
    tables: &[],
    lists: &[],
};
static RESOURCE: Shape = Shape {
    what: "resource",
    keys: names_of::<RawResource>,
    required: &["text"],
    words: &[],
    tables: &[],
    lists: &[],
};
static ACTIVITY: Shape = Shape {
    what: "activity",
    keys: names_of::<RawActivity>,
    required: &["text"],
    words: &[],
    tables: &[],
    lists: &[],
};
static OUTPUT: Shape = Shape {
    what: "output",
    keys: names_of::<RawOutput>,
    required: &["text"],
    words: &[],
    tables: &[],
    lists: &["from"],
};
static EFFECT: Shape = Shape {
    what: "effect",
    keys: names_of::<RawEffect>,
    required: &["horizon", "text"],
    words: &[("horizon", names_of::<Horizon>)],
    tables: &[],
    lists: &[],
};
static MECHANISM: Shape = Shape {
    what: "mechanism",
    keys: names_of::<RawMechanism>,
    required: &["text", "from", "to"],
    words: &[],
    tables: &[("finding", &FINDING)],
    lists: &[],
};
static FINDING: Shape = Shape {
    what: "finding",
    keys: names_of::<RawFinding>,
    required: &["status"],
    words: &[("status", names_of::<FindingStatus>)],
    tables: &[],
    lists: &[],
};
static CONTEXT: Shape = Shape {
    what: "context",
    keys: names_of::<RawContext>,
    required: &["kind", "text"],
    words: &[
        ("kind", names_of::<ContextKind>),
        ("influence", names_of::<Influence>),
    ],
    tables: &[],
    lists: &[],
};
static INDICATOR: Shape = Shape {
    what: "indicator",
    keys: names_of::<RawIndicator>,
    required: &["measures", "kind", "text"],
    words: &[("kind", names_of::<IndicatorKind>)],
    tables: &[
        ("target", &TARGET),
        ("baseline", &BASELINE),
        ("measurements", &MEASUREMENT),
    ],
    lists: &["measures"],
};
static TARGET: Shape = Shape {
    what: "target",
    keys: names_of::<RawTarget>,
    required: &["direction"],
    words: &[("direction", names_of::<Direction>)],
    tables: &[],
    lists: &[],
};
static BASELINE: Shape = Shape {
    what: "baseline",
    keys: names_of::<RawBaseline>,
    required: &["value"],
    words: &[],
    tables: &[],
    lists: &[],
};
static MEASUREMENT: Shape = Shape {
    what: "measurement",
    keys: names_of::<RawMeasurement>,
    required: &["period"],
    words: &[("assessment", names_of::<Assessment>)],
    tables: &[],
    lists: &[],
};

/// The words `[lints]` takes as levels.
pub(super) fn lint_levels() -> &'static [&'static str] {
    names_of::<LintLevel>()
}

/// A finding of the shape check, before it is worded as a diagnostic.
pub(super) enum Problem {
    UnknownSection {
        span: Span,
        got: String,
    },
    UnknownKey {
        span: Span,
        got: String,
        table: String,
        expected: &'static [&'static str],
    },
    UnknownWord {
        span: Span,
        got: String,
        key: String,
        table: String,
        expected: &'static [&'static str],
    },
    MissingKey {
        span: Span,
        key: &'static str,
        table: String,
        what: &'static str,
    },
    NotATable {
        span: Span,
        table: String,
        what: &'static str,
    },
    MissingSection {
        name: &'static str,
    },
}

/// A table's name as messages give it: `[activities.forrehab]`, `[indicators.i.target]`,
/// `[[indicators.i.measurements]]`. Written out only when a problem names it: every table of
/// the file is checked, and few have a problem.
#[derive(Debug, Clone, Copy)]
pub(super) struct TableName<'a> {
    parent: Option<&'a TableName<'a>>,
    key: &'a str,
    /// An element of an array of tables, headed `[[…]]`.
    element: bool,
}

impl<'a> TableName<'a> {
    /// A top-level table: `[theory]`, `[effects]`.
    pub(super) fn section(key: &'a str) -> Self {
        TableName {
            parent: None,
            key,
            element: false,
        }
    }

    /// A table within this one: an item (`[effects.e]`), or a key's table or array element.
    pub(super) fn child(&'a self, key: &'a str, element: bool) -> TableName<'a> {
        TableName {
            parent: Some(self),
            key,
            element,
        }
    }

    fn dotted(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(parent) = self.parent {
            parent.dotted(f)?;
            f.write_str(".")?;
        }
        f.write_str(self.key)
    }
}

impl std::fmt::Display for TableName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (open, close) = if self.element {
            ("[[", "]]")
        } else {
            ("[", "]")
        };
        f.write_str(open)?;
        self.dotted(f)?;
        f.write_str(close)
    }
}

/// Checks a value that must be one of `expected`, standing in a valid word when it is not.
pub(super) fn check_word(
    table: &TableName,
    key: &str,
    value: &mut toml::Spanned<DeValue>,
    expected: &'static [&'static str],
    out: &mut Vec<Problem>,
) {
    if let DeValue::String(got) = value.get_ref() {
        if !expected.contains(&got.as_ref()) {
            out.push(Problem::UnknownWord {
                span: value.span(),
                got: got.to_string(),
                key: key.to_string(),
                table: table.to_string(),
                expected,
            });
            // Stand in a valid word, so the rest of the table is still read.
            *value.get_mut() = DeValue::String(expected[0].into());
        }
    }
}

type Span = std::ops::Range<usize>;

impl Shape {
    /// Checks one table of this shape, named `table` in messages (`[activities.forrehab]`),
    /// and removes what it reports, so that serde then finds only the errors left.
    pub(super) fn check(
        &'static self,
        table: &TableName,
        value: &mut toml::Spanned<DeValue>,
        out: &mut Vec<Problem>,
    ) {
        let span = value.span();
        let DeValue::Table(entries) = value.get_mut() else {
            out.push(Problem::NotATable {
                span,
                table: table.to_string(),
                what: self.what,
            });
            return;
        };
        self.check_table(table, span, entries, out);
    }

    fn check_table(
        &'static self,
        table: &TableName,
        span: Span,
        entries: &mut DeTable,
        out: &mut Vec<Problem>,
    ) {
        let keys = (self.keys)();
        // Unknown keys are rare: found first, and only they are taken out.
        let unknown: Vec<_> = entries
            .iter()
            .map(|(key, _)| key)
            .filter(|key| !keys.contains(&key.get_ref().as_ref()))
            .cloned()
            .collect();
        for key in unknown {
            entries.remove(&key);
            out.push(Problem::UnknownKey {
                span: key.span(),
                got: key.get_ref().to_string(),
                table: table.to_string(),
                expected: keys,
            });
        }
        for &required in self.required {
            if !entries.iter().any(|(k, _)| k.get_ref() == required) {
                out.push(Problem::MissingKey {
                    span: span.clone(),
                    key: required,
                    table: table.to_string(),
                    what: self.what,
                });
            }
        }
        for (key, value) in entries.iter_mut() {
            let name = key.get_ref().as_ref();
            if self.lists.contains(&name) {
                if let DeValue::String(_) = value.get_ref() {
                    let span = value.span();
                    let one = std::mem::replace(value.get_mut(), DeValue::Boolean(false));
                    let mut list = toml::de::DeArray::new();
                    list.push(toml::Spanned::new(span, one));
                    *value.get_mut() = DeValue::Array(list);
                }
            }
            if let Some((_, words)) = self.words.iter().find(|(k, _)| *k == name) {
                check_word(table, name, value, words(), out);
            }
            if let Some((_, shape)) = self.tables.iter().find(|(k, _)| *k == name) {
                // Named as TOML would head it: `[indicators.i.target]`, `[[indicators.i.measurements]]`.
                match value.get_mut() {
                    DeValue::Array(items) => {
                        let element = table.child(name, true);
                        for item in items.iter_mut() {
                            shape.check(&element, item, out);
                        }
                    }
                    _ => shape.check(&table.child(name, false), value, out),
                }
            }
        }
    }
}

/// The field names of a struct, or the variant names of an enum, as serde derives them.
pub(super) fn names_of<T: for<'de> Deserialize<'de>>() -> &'static [&'static str] {
    let mut found = None;
    let _ = T::deserialize(Introspect { found: &mut found });
    found.unwrap_or(&[])
}

/// A deserializer that only records the names a derived `Deserialize` asks for.
struct Introspect<'a> {
    found: &'a mut Option<&'static [&'static str]>,
}

/// How [`Introspect`] stops a derived `Deserialize` once it has the names: an error that
/// carries no message, since the shape check asks for names at every table of the file.
#[derive(Debug)]
struct NamesRead;

impl std::fmt::Display for NamesRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("only names are read")
    }
}

impl std::error::Error for NamesRead {}

impl de::Error for NamesRead {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NamesRead
    }
}

impl<'de> Deserializer<'de> for Introspect<'_> {
    type Error = NamesRead;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(NamesRead)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.found = Some(fields);
        Err(NamesRead)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.found = Some(variants);
        Err(NamesRead)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes() -> Vec<&'static Shape> {
        vec![
            &META,
            &TARGET_GROUP,
            &RESOURCE,
            &ACTIVITY,
            &OUTPUT,
            &EFFECT,
            &MECHANISM,
            &FINDING,
            &CONTEXT,
            &INDICATOR,
            &TARGET,
            &BASELINE,
            &MEASUREMENT,
        ]
    }

    #[test]
    fn tables_are_named_as_toml_heads_them() {
        let section = TableName::section("indicators");
        let item = section.child("i", false);
        let element = item.child("measurements", true);
        assert_eq!(section.to_string(), "[indicators]");
        assert_eq!(item.to_string(), "[indicators.i]");
        assert_eq!(
            item.child("target", false).to_string(),
            "[indicators.i.target]"
        );
        assert_eq!(element.to_string(), "[[indicators.i.measurements]]");
        assert_eq!(
            element.child("x", false).to_string(),
            "[indicators.i.measurements.x]"
        );
    }

    #[test]
    fn names_come_from_the_serde_types() {
        assert_eq!(names_of::<Horizon>(), ["short", "medium", "long"]);
        assert!(names_of::<RawEffect>().contains(&"horizon"));
        for shape in shapes() {
            let keys = (shape.keys)();
            assert!(!keys.is_empty(), "{}", shape.what);
            for key in shape
                .required
                .iter()
                .chain(shape.words.iter().map(|(k, _)| k))
                .chain(shape.tables.iter().map(|(k, _)| k))
            {
                assert!(keys.contains(key), "{}: `{key}` is not a key", shape.what);
            }
            for (key, words) in shape.words {
                assert!(!words().is_empty(), "{}: `{key}` has no words", shape.what);
            }
        }
    }
}
