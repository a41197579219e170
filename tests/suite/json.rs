//! Machine output is versioned data: the schemas in `schemas/` are the ones the output types
//! generate, and every output of the seed theories validates against its schema.

use crate::common::seed_theories;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn verkan(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("verkan runs")
}

fn schema(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `verkan schema --write schemas/`",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("schema is JSON")
}

fn assert_valid(schema_name: &str, what: &str, instance: &Value) {
    let validator = jsonschema::validator_for(&schema(schema_name)).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} against {schema_name}:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_schemas_in_the_repository_are_the_ones_the_output_types_generate() {
    for (name, generated) in verkan::json::schemas() {
        assert_eq!(
            schema(name),
            generated,
            "schemas/{name} is stale: run `cargo run -- schema --write schemas/`"
        );
    }
}

#[test]
fn every_output_of_the_seed_theories_validates_against_its_schema() {
    for (name, _) in seed_theories() {
        let report = verkan(&["report", &name, "--format", "json"]);
        assert!(report.status.success());
        let report: Value = serde_json::from_slice(&report.stdout).expect("report is JSON");
        assert_valid("report.v1.schema.json", &name, &report);

        let layout = verkan(&["render", &name, "--format", "json"]);
        assert!(
            layout.status.success(),
            "{}",
            String::from_utf8_lossy(&layout.stderr)
        );
        let layout: Value = serde_json::from_slice(&layout.stdout).expect("layout is JSON");
        assert_valid("layout.v1.schema.json", &name, &layout);
    }
    let coverage = verkan(&["coverage", "theories/", "--format", "json"]);
    let coverage: Value = serde_json::from_slice(&coverage.stdout).expect("coverage is JSON");
    assert_valid("coverage.v1.schema.json", "coverage", &coverage);

    // Diagnostics: the seed theories' warnings and the rule fixtures' errors.
    let mut lines = 0;
    for args in [
        vec!["check", "theories/", "--format", "json"],
        vec!["check", "tests/rules/", "--format", "json"],
    ] {
        let out = verkan(&args);
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let diagnostic: Value = serde_json::from_str(line).expect("one object a line");
            assert_valid("diagnostic.v1.schema.json", line, &diagnostic);
            lines += 1;
        }
    }
    assert!(lines > 60, "{lines} diagnostics checked");
}

#[test]
fn the_schemas_reject_what_the_format_does_not_allow() {
    let out = verkan(&["report", "theories/stegen.toml", "--format", "json"]);
    let mut report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let validator =
        jsonschema::validator_for(&schema("report.v1.schema.json")).expect("schema compiles");
    assert!(validator.is_valid(&report));
    report["effects"][0]["status"] = "done".into();
    assert!(!validator.is_valid(&report), "an unknown status");
    report["effects"][0]["status"] = "met".into();
    report["effects"][0]["indicators"][0]["target"]["value"] = "80".into();
    assert!(!validator.is_valid(&report), "a number as text");
}

fn indicator<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["effects"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["indicators"].as_array().unwrap())
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("indicator {id}"))
}

#[test]
fn the_report_gives_targets_values_and_statuses_as_data() {
    let out = verkan(&["report", "theories/stegen.toml", "--format", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["version"], 1);
    let fk = indicator(&report, "fk-till-fordjupad-samverkan");
    assert_eq!(fk["target"]["value"].as_f64(), Some(80.0));
    assert_eq!(fk["target"]["direction"], "at-least");
    assert_eq!(fk["unit"]["kind"], "percent");
    assert_eq!(fk["latest"]["value"].as_f64(), Some(49.0));
    assert_eq!(fk["latest"]["period"], "2011");
    assert_eq!(fk["status"], "not-met");
    // Breakdowns are keyed by id, with the label beside the counts.
    assert!(report["by_horizon"]["long"].is_object());
    let perspectives = report["by_perspective"].as_object().unwrap();
    assert!(!perspectives.is_empty());
    for (id, counts) in perspectives {
        assert!(!id.contains(' '), "keyed by id, not label: {id}");
        assert!(counts["label"].is_string());
    }
    // Spira's computed share is a number rounded to what the data warrants.
    let out = verkan(&["report", "theories/spira.toml", "--format", "json"]);
    let spira: Value = serde_json::from_slice(&out.stdout).unwrap();
    let steps = indicator(&spira, "andel-stegforflyttning");
    assert_eq!(steps["latest"]["value"].as_f64(), Some(81.6327));
    assert_eq!(steps["measurements"][0]["numerator"].as_f64(), Some(80.0));
}

#[test]
fn the_layout_names_every_box_marker_and_arrow_by_id() {
    let out = verkan(&["render", "theories/spira.toml", "--format", "json"]);
    let layout: Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // No float noise: every number has at most two decimals.
    for number in text.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
        if let Some((_, decimals)) = number.split_once('.') {
            assert!(decimals.len() <= 2, "{number}");
        }
    }
    let lanes = layout["lanes"].as_array().unwrap();
    assert!(lanes.iter().any(|l| l["perspective"] == "deltagare"));
    let ids: Vec<&str> = layout["boxes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .chain(
            layout["markers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["id"].as_str().unwrap()),
        )
        .collect();
    for arrow in layout["arrows"].as_array().unwrap() {
        for end in ["from", "to"] {
            assert!(ids.contains(&arrow[end].as_str().unwrap()), "{arrow}");
        }
        let pieces = arrow["pieces"].as_array().unwrap();
        assert!(!pieces.is_empty(), "{arrow}");
        for piece in pieces {
            assert_eq!(piece.as_array().unwrap().len(), 4, "{arrow}");
        }
        // The pieces join end to start.
        for pair in pieces.windows(2) {
            assert_eq!(pair[0][3], pair[1][0], "{arrow}");
        }
    }
    for b in layout["boxes"].as_array().unwrap() {
        assert!(b["column"].is_string(), "column is always a string: {b}");
    }
}
