//! One fixture folder per rule under `tests/rules/<rule>/`: each fixture must make its rule
//! fire, and its exact human output is snapshotted into the top-level `snapshots/` folder.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use verkan::rules::RULES;

#[test]
fn fixture() {
    insta::glob!("rules/*/*.toml", |path| {
        let rule = rule_of(path);
        let name = relative_name(path);
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let (sources, diagnostics) = common::check_text(&name, &text);
        assert!(
            diagnostics.iter().any(|d| d.rule == rule),
            "{name} should make `{rule}` fire, got:\n{}",
            common::render(&sources, &diagnostics)
        );
        insta::with_settings!({
            snapshot_path => "../snapshots/rules",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(common::render(&sources, &diagnostics));
        });
    });
}

#[test]
fn every_rule_has_a_fixture_and_every_fixture_folder_a_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let folders: BTreeSet<String> = std::fs::read_dir(&root)
        .expect("tests/rules exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let rules: BTreeSet<String> = RULES.iter().map(|r| r.name.to_string()).collect();
    assert_eq!(
        folders, rules,
        "fixture folders and the rule registry must list the same rules"
    );
    for folder in &folders {
        let fixtures = std::fs::read_dir(root.join(folder))
            .expect("folder")
            .count();
        assert!(fixtures > 0, "tests/rules/{folder} has no fixture");
    }
}

#[test]
fn every_rule_explains_itself_in_the_fixed_sections() {
    for rule in RULES {
        for section in [
            "## What it checks",
            "## Why it matters",
            "## Example",
            "## How to fix",
        ] {
            assert!(
                rule.explanation.contains(section),
                "`{}` lacks {section}",
                rule.name
            );
        }
        assert!(!rule.summary.is_empty(), "`{}` has no summary", rule.name);
    }
    let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), RULES.len(), "rule names are unique");
}

fn rule_of(path: &Path) -> String {
    path.parent()
        .and_then(|p| p.file_name())
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// `tests/rules/<rule>/<case>.toml`: relative to the package root, where tests run, so data
/// files resolve, and the same on every machine.
fn relative_name(path: &Path) -> String {
    let case = path.file_name().unwrap().to_string_lossy();
    format!("tests/rules/{}/{case}", rule_of(path))
}
