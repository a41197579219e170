//! One fixture folder per rule under `tests/rules/<rule>/`: each fixture must make its rule
//! fire, and its exact human output is snapshotted into the top-level `snapshots/` folder.

use crate::common;

use std::collections::BTreeSet;
use std::path::Path;
use verkan::rules::RULES;

#[test]
fn fixture() {
    insta::glob!("..", "rules/*/*.toml", |path| {
        let rule = rule_of(path);
        let name = relative_name(path);
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let (sources, diagnostics) = common::check_text(&name, &text);
        assert!(
            diagnostics.iter().any(|d| d.rule == rule.as_str()),
            "{name} should make `{rule}` fire, got:\n{}",
            common::render(&sources, &diagnostics)
        );
        // Findings about the theory carry their facts as data; only unreadable text has none.
        if !["syntax-error", "data-file-error"].contains(&rule.as_str()) {
            for d in diagnostics.iter().filter(|d| d.rule == rule.as_str()) {
                assert!(
                    !d.facts.is_empty(),
                    "{name}: `{}` has no facts",
                    d.message.en()
                );
            }
        }
        insta::with_settings!({
            snapshot_path => "../../snapshots/rules",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(common::render(&sources, &diagnostics));
        });
        // The same findings in Swedish, each message from sv.ftl.
        let (sources, diagnostics) = common::check_in(
            &name,
            &text,
            &verkan::lints::LevelOverrides::new(),
            verkan::locale::Language::Sv,
        );
        insta::with_settings!({
            snapshot_path => "../../snapshots/rules-sv",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("sv", common::render(&sources, &diagnostics));
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
    let rules: BTreeSet<String> = RULES.iter().map(|r| r.name().to_string()).collect();
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
                rule.name()
            );
        }
        for section in [
            "## Vad den kontrollerar",
            "## Varför det spelar roll",
            "## Exempel",
            "## Så rättar du",
        ] {
            assert!(
                rule.explanation_sv.contains(section),
                "`{}` lacks {section} in Swedish",
                rule.name()
            );
        }
        // Both explanations show the same examples: code blocks are not translated.
        let code = |text: &str| text.matches("```").count();
        assert_eq!(
            code(rule.explanation),
            code(rule.explanation_sv),
            "`{}`: the Swedish explanation has other code blocks",
            rule.name()
        );
        for language in [verkan::locale::Language::En, verkan::locale::Language::Sv] {
            let summary = rule.summary().render(language);
            assert!(
                !summary.is_empty() && summary != "rule-summary",
                "`{}` has no summary",
                rule.name()
            );
        }
    }
    // A rule missing from `rule-summary` would get its default variant: each is its own.
    for language in [verkan::locale::Language::En, verkan::locale::Language::Sv] {
        let summaries: BTreeSet<String> =
            RULES.iter().map(|r| r.summary().render(language)).collect();
        assert_eq!(
            summaries.len(),
            RULES.len(),
            "{language:?}: summaries repeat"
        );
    }
    let mut names: Vec<_> = RULES.iter().map(|r| r.name()).collect();
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

#[test]
fn the_readme_rule_table_lists_every_rule_with_its_default_level() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split("## The rules")
        .nth(1)
        .expect("README has a rules section");
    let rows: Vec<(String, String)> = section
        .lines()
        .take_while(|l| !l.starts_with("## "))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let name = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((name.to_string(), cells.get(2)?.to_string()))
        })
        .collect();
    let documented: Vec<&str> = rows.iter().map(|(name, _)| name.as_str()).collect();
    let registered: Vec<&str> = RULES.iter().map(|r| r.name()).collect();
    let (mut a, mut b) = (documented.clone(), registered.clone());
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b, "the README's rule table and the registry differ");
    for (name, level) in &rows {
        let rule = verkan::rules::find(name).unwrap();
        let expected = match rule.default_level {
            verkan::model::LintLevel::Deny => "error",
            verkan::model::LintLevel::Warn => "warning",
            verkan::model::LintLevel::Allow => "allow",
        };
        assert_eq!(level, expected, "README default level of `{name}`");
    }
}

#[test]
fn every_rule_id_has_exactly_one_rule_in_the_registry() {
    for id in verkan::diagnostic::RuleId::ALL {
        let count = RULES.iter().filter(|r| r.id == *id).count();
        assert_eq!(count, 1, "`{id}` is registered {count} times");
        assert_eq!(verkan::diagnostic::RuleId::from_name(id.name()), Some(*id));
    }
    assert_eq!(RULES.len(), verkan::diagnostic::RuleId::ALL.len());
}

#[test]
fn the_readme_examples_marked_as_passing_check_do() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let mut checked = 0;
    for block in readme.split("```toml\n").skip(1) {
        let text = block.split("```").next().unwrap_or_default();
        if !text.starts_with("# example: passes check") {
            continue;
        }
        let (sources, diagnostics) = common::check_text("README.md example", text);
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == verkan::diagnostic::Severity::Error)
            .cloned()
            .collect();
        assert!(errors.is_empty(), "{}", common::render(&sources, &errors));
        checked += 1;
    }
    assert!(
        checked >= 1,
        "the README has an example marked to pass check"
    );
}
