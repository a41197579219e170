//! The theory format's JSON Schema (`schemas/theory.schema.json`, what editors complete and
//! check with) agrees with the parser: checked with an independent validator on every bundled
//! theory and rule fixture, in both directions.

use crate::common;

use serde_json::Value;
use std::path::{Path, PathBuf};

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/theory.schema.json");
    let text = std::fs::read_to_string(path).expect("schemas/theory.schema.json exists");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

/// A TOML file as the JSON an editor's schema check sees.
fn as_json(text: &str) -> Option<Value> {
    let table: toml::Table = toml::from_str(text).ok()?;
    serde_json::to_value(table).ok()
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn files(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_bundled_theory_is_valid_against_the_schema() {
    let validator = schema();
    for (name, text) in common::seed_theories() {
        let json = as_json(&text).expect("a bundled theory is TOML");
        let errors = errors(&validator, &json);
        assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
    }
}

/// Each rule fixture that the parser reads without a schema error is valid against the schema,
/// and each one with a schema error the schema can express is invalid: a key the parser accepts
/// and the schema lacks (or the reverse), a word, a required key or a type they disagree on
/// fails here.
#[test]
fn the_schema_and_the_parser_agree_on_every_fixture() {
    let validator = schema();
    let mut agreed = 0;
    for path in files("tests/rules") {
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(json) = as_json(&text) else {
            continue; // Not TOML at all: no schema sees it.
        };
        let (_, diagnostics) = common::check_text(&path.display().to_string(), &text);
        let schema_errors: Vec<String> = diagnostics
            .iter()
            .filter(|d| d.rule == "schema-error")
            .map(|d| d.message.en())
            .collect();
        let found = errors(&validator, &json);
        // TOML's nan and inf have no JSON form; the parser's own check covers them.
        if path.ends_with("non-finite.toml") {
            continue;
        }
        assert_eq!(
            schema_errors.is_empty(),
            found.is_empty(),
            "{}: the parser says {schema_errors:?}, the schema says {found:?}",
            path.display()
        );
        agreed += 1;
    }
    assert!(agreed > 30, "only {agreed} fixtures compared");
}

/// Every key of every table, written alone into a minimal theory, is accepted by both, and a
/// misspelt copy of it is refused by both.
#[test]
fn every_key_the_schema_names_is_one_the_parser_takes() {
    let validator = schema();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/theory.schema.json"),
    )
    .unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let defs = schema["$defs"].as_object().unwrap();
    // Where each kind of table lives in a file, and a minimal valid body for it.
    let places = [
        ("RawMeta", "theory", "name = \"T\""),
        ("RawResource", "resources.r", "text = \"R\""),
        ("RawActivity", "activities.a", "text = \"A\""),
        ("RawOutput", "outputs.o", "text = \"O\""),
        (
            "RawEffect",
            "effects.e",
            "text = \"E\"\nhorizon = \"short\"",
        ),
        (
            "RawContext",
            "contexts.c",
            "text = \"C\"\nkind = \"structural\"",
        ),
        (
            "RawTargetGroup",
            "target_groups.g",
            "text = \"G\"\nrole = \"primary\"",
        ),
    ];
    for (def, table, body) in places {
        let properties = defs[def]["properties"].as_object().unwrap();
        assert!(!properties.is_empty(), "{def}");
        for key in properties.keys() {
            let misspelt = format!("{key}x");
            let source = |key: &str| {
                let mut t = String::new();
                if table != "theory" {
                    t.push_str("[theory]\nname = \"T\"\n");
                }
                t.push_str(&format!("[{table}]\n{body}\n"));
                if !body.contains(&format!("{key} =")) {
                    t.push_str(&format!("{key} = 1\n"));
                }
                t
            };
            // The value 1 is the wrong type for most keys: the parser then reports the type,
            // never an unknown key.
            let (_, known) = common::check_text("t.toml", &source(key));
            assert!(
                !known.iter().any(|d| d.message.en().contains("unknown key")),
                "{def}.{key}: the schema names it, the parser does not know it"
            );
            let (_, unknown) = common::check_text("t.toml", &source(&misspelt));
            assert!(
                unknown.iter().any(|d| d.rule == "schema-error"),
                "{def}.{misspelt}: the parser takes a key the schema lacks"
            );
            assert!(
                !errors(&validator, &as_json(&source(&misspelt)).unwrap()).is_empty(),
                "{def}.{misspelt}: the schema takes an unknown key"
            );
        }
    }
}
