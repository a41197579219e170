//! `verkan fmt`: one layout, every comment kept, the meaning unchanged, idempotent.

use crate::common;

use crate::common::{lossy as text, verkan_in as verkan};
use std::path::Path;
use verkan::author::fmt::format;
use verkan::diff::{diff, Style};

/// Every TOML file of the repository's theories and rule fixtures, as (name, text).
fn corpus() -> Vec<(String, String)> {
    let mut files = common::seed_theories();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    for dir in std::fs::read_dir(rules).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    files.push((path.display().to_string(), text));
                }
            }
        }
    }
    files.sort();
    files
}

fn comments(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| l.contains('#'))
        .map(|l| l[l.find('#').unwrap()..].trim_end().to_string())
        .collect();
    lines.sort();
    lines
}

fn compiled(name: &str, text: &str) -> Option<verkan::compile::Compiled> {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add(name, text);
    verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new()).compiled
}

/// A TOML value as text with every table's keys sorted (key order is layout, not value) and
/// NaN equal to itself.
fn canonical(value: &toml::Value) -> String {
    match value {
        toml::Value::Table(table) => {
            let mut keys: Vec<_> = table.iter().collect();
            keys.sort_by(|a, b| a.0.cmp(b.0));
            let inner: Vec<String> = keys
                .into_iter()
                .map(|(k, v)| format!("{k:?}={}", canonical(v)))
                .collect();
            format!("{{{}}}", inner.join(","))
        }
        toml::Value::Array(items) => {
            format!(
                "[{}]",
                items.iter().map(canonical).collect::<Vec<_>>().join(",")
            )
        }
        other => format!("{other:?}"),
    }
}

#[test]
fn formatting_keeps_comments_and_meaning_and_is_idempotent() {
    let mut formatted_files = 0;
    for (name, source) in corpus() {
        let Ok(once) = format(&source) else {
            continue; // Not TOML: the syntax-error fixtures.
        };
        formatted_files += 1;
        assert_eq!(
            format(&once).unwrap(),
            once,
            "{name}: a second run changes it"
        );
        // A `#` inside a string counts too: a kept string keeps it.
        assert_eq!(
            comments(&once),
            comments(&source),
            "{name}: comments differ"
        );
        if let (Some(before), Some(after)) = (compiled(&name, &source), compiled(&name, &once)) {
            let changes = diff(&before.theory, &after.theory, Style::Data);
            assert!(
                changes.is_empty(),
                "{name}: the meaning changed: {changes:?}"
            );
        }
        let parsed = |t: &str| t.parse::<toml::Value>().ok().as_ref().map(canonical);
        assert_eq!(
            parsed(&once),
            parsed(&source),
            "{name}: the TOML value changed"
        );
    }
    assert!(formatted_files > 30, "only {formatted_files} files");
}

#[test]
fn sections_keys_arrays_and_spacing_take_one_form() {
    let messy = r#"# Rubrik som ska stå kvar överst.
[effects.b]
text = "B"   # efter värdet
horizon="medium"


[[indicators.i.measurements]]
value = 3
period = "2020"

[theory]
name = "Rörig"
partners = [ "A",
  "B" ]
[perspectives]
p = "P"

# Om aktiviteten
[activities.a]
text = "A"
perspective = "p"
[effects.a]
horizon = "short"
text = "A-effekt"
[mechanisms.m]
to = ["b"]
from = ["a"] 
text = "M"
contexts = ["ett-mycket-langt-id-for-en-forutsattning", "ett-annat-mycket-langt-id", "ett-tredje", "c"]
[indicators.i]
text = "I"
kind = "outcome"
measures = ["a", # första
  "b"]
target = { value = 1,   direction = "at_least" }
"#;
    let expected = r#"# Rubrik som ska stå kvar överst.

[theory]
name = "Rörig"
partners = ["A", "B"]

[perspectives]
p = "P"

# Om aktiviteten
[activities.a]
perspective = "p"
text = "A"

[effects.b]
horizon = "medium"
text = "B"   # efter värdet

[effects.a]
horizon = "short"
text = "A-effekt"

[mechanisms.m]
text = "M"
from = ["a"]
to = ["b"]
contexts = [
  "ett-mycket-langt-id-for-en-forutsattning",
  "ett-annat-mycket-langt-id",
  "ett-tredje",
  "c",
]

[indicators.i]
measures = ["a", # första
  "b"]
kind = "outcome"
text = "I"
target = { value = 1, direction = "at_least" }

[[indicators.i.measurements]]
period = "2020"
value = 3
"#;
    assert_eq!(format(messy).unwrap(), expected);
}

#[test]
fn the_bundled_theories_are_formatted_and_check_names_what_is_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let clean = verkan(root, &["fmt", "--check", "theories"]);
    assert_eq!(
        clean.status.code(),
        Some(0),
        "run `verkan fmt`: {}",
        text(&clean.stdout)
    );

    let dir = tempfile::tempdir().unwrap();
    let untidy = dir.path().join("untidy.toml");
    std::fs::write(&untidy, "[theory]\nname=\"T\"\n").unwrap();
    let broken = dir.path().join("broken.toml");
    std::fs::write(&broken, "[theory\nname = 1\n").unwrap();
    let listed = verkan(dir.path(), &["fmt", "--check", "untidy.toml"]);
    assert_eq!(listed.status.code(), Some(1));
    assert_eq!(text(&listed.stdout), "would reformat untidy.toml\n");
    assert_eq!(
        std::fs::read_to_string(&untidy).unwrap(),
        "[theory]\nname=\"T\"\n"
    );

    let written = verkan(dir.path(), &["fmt", "."]);
    assert_eq!(written.status.code(), Some(2), "a file that is not TOML");
    assert!(text(&written.stderr).contains("broken.toml: not formatted"));
    assert_eq!(
        std::fs::read_to_string(&untidy).unwrap(),
        "[theory]\nname = \"T\"\n"
    );
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "[theory\nname = 1\n"
    );
}
