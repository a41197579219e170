//! `verkan check --format sarif` and `--format gitlab`, the formats CI systems read: SARIF
//! valid against SARIF 2.1.0's own schema and clean by Microsoft's SARIF validator (both
//! installed by .ci/run from npm), GitLab's Code Quality report with the fields its widget
//! needs, and fingerprints that stay when lines above a finding move.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn check(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .current_dir(dir)
        .env_remove("LANG")
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The multitool's package, which carries the SARIF 2.1.0 schema; `None` (said, and a failure
/// under CI=true) when .ci/run has not installed it.
fn sarif_tools() -> Option<PathBuf> {
    let package = root().join(".ci/node/node_modules/@microsoft/sarif-multitool-linux");
    if package.join("sarif-2.1.0.json").exists() {
        return Some(package);
    }
    assert_ne!(
        std::env::var("CI").as_deref(),
        Ok("true"),
        "CI=true but the SARIF schema is missing: .ci/run installs @microsoft/sarif-multitool-linux"
    );
    eprintln!("skipped: SARIF against its schema and validator (no .ci/node/node_modules/@microsoft/sarif-multitool-linux; .ci/run installs it)");
    None
}

#[test]
fn sarif_names_every_rule_and_places_every_finding_relative_to_the_checkout() {
    let (code, out) = check(
        root(),
        &[
            "theories/",
            "tests/rules/unresolved-reference/",
            "--format",
            "sarif",
        ],
    );
    assert_eq!(code, Some(1), "an error among them");
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(
        rules.len(),
        verkan::rules::RULES.len(),
        "every rule, fired or not"
    );
    for (rule, ours) in rules.iter().zip(verkan::rules::RULES) {
        assert_eq!(rule["id"], ours.name());
        // `verkan explain`'s text, in the run's language.
        assert_eq!(
            rule["help"]["markdown"],
            ours.explanation_in(verkan::locale::Language::Sv)
        );
        assert!(!rule["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .is_empty());
    }
    let results = run["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["level"] == "error"));
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let place = &result["locations"][0]["physicalLocation"];
        let uri = place["artifactLocation"]["uri"].as_str().unwrap();
        assert!(
            uri.starts_with("theories/") || uri.starts_with("tests/rules/"),
            "{uri}"
        );
        assert_eq!(place["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(place["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(result["partialFingerprints"]["verkan/v1"].is_string());
    }
    // An absolute path becomes a file URI.
    let absolute = root().join("theories/spira.toml");
    let (_, out) = check(root(), &[absolute.to_str().unwrap(), "--format", "sarif"]);
    let log: Value = serde_json::from_str(&out).unwrap();
    let uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"]
        .as_str()
        .unwrap();
    assert!(
        uri.starts_with("file:///") && uri.ends_with("theories/spira.toml"),
        "{uri}"
    );
}

#[test]
fn sarif_is_valid_by_its_own_schema_and_validator() {
    let Some(tools) = sarif_tools() else {
        return;
    };
    let (_, out) = check(root(), &["theories/", "tests/rules/", "--format", "sarif"]);
    let log: Value = serde_json::from_str(&out).unwrap();
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(tools.join("sarif-2.1.0.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // Microsoft's validator: the schema and SARIF's own rules. Only its advice to link the
    // tool's home page (SARIF2005) remains: verkan has none to give yet.
    let dir = tempfile::tempdir().unwrap();
    let (file, checked) = (
        dir.path().join("check.sarif"),
        dir.path().join("checked.sarif"),
    );
    std::fs::write(&file, &out).unwrap();
    let validated = Command::new(tools.join("Sarif.Multitool"))
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .args(["validate"])
        .arg(&file)
        .arg("--output")
        .arg(&checked)
        .args(["--log", "ForceOverwrite"])
        .output()
        .unwrap();
    assert!(
        validated.status.success(),
        "{}",
        String::from_utf8_lossy(&validated.stdout)
    );
    let found: Value = serde_json::from_str(&std::fs::read_to_string(&checked).unwrap()).unwrap();
    let advice: Vec<&str> = found["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .filter(|id| *id != "SARIF2005")
        .collect();
    assert!(advice.is_empty(), "{advice:?}");
}

#[test]
fn gitlab_code_quality_has_what_the_widget_needs_and_fingerprints_that_survive_moved_lines() {
    let dir = tempfile::tempdir().unwrap();
    // Aktivitetsarenan has no data files of its own: the file alone is the theory.
    let text = std::fs::read_to_string(root().join("theories/aktivitetsarenan.toml")).unwrap();
    std::fs::write(dir.path().join("arenan.toml"), &text).unwrap();
    let issues = |dir: &Path| -> Vec<Value> {
        let (code, out) = check(dir, &["arenan.toml", "--format", "gitlab"]);
        assert_eq!(code, Some(0));
        serde_json::from_str::<Value>(&out)
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };
    let before = issues(dir.path());
    assert!(!before.is_empty());
    let mut fingerprints = std::collections::HashSet::new();
    for issue in &before {
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(
                issue[key].as_str().is_some_and(|s| !s.is_empty()),
                "{key}: {issue}"
            );
        }
        assert!(["minor", "major"].contains(&issue["severity"].as_str().unwrap()));
        assert_eq!(issue["location"]["path"], "arenan.toml");
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert!(
            fingerprints.insert(issue["fingerprint"].as_str().unwrap().to_string()),
            "unique"
        );
    }
    // Three lines more at the top: every finding moves down, and keeps its fingerprint.
    std::fs::write(
        dir.path().join("arenan.toml"),
        format!("# en\n# två\n# tre\n{text}"),
    )
    .unwrap();
    let after = issues(dir.path());
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b["fingerprint"], a["fingerprint"]);
        assert_eq!(
            a["location"]["lines"]["begin"].as_u64().unwrap(),
            b["location"]["lines"]["begin"].as_u64().unwrap() + 3
        );
    }
}
