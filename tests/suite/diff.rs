//! `verkan diff`: changes in a theory's meaning, never in its formatting.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

use crate::common::{lossy as text, verkan_in as verkan};

fn theories() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("theories")
}

/// A folder holding the bundled theories' data files, for copies of the theories.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    for entry in std::fs::read_dir(theories().join("data")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            dir.path().join("data").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    dir
}

#[test]
fn the_same_theory_written_differently_has_no_changes() {
    let dir = workspace();
    for entry in std::fs::read_dir(theories()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        // Through a TOML value and back: no comments, other table styles, keys sorted.
        let value: toml::Table = toml::from_str(&source).unwrap();
        let rewritten = toml::to_string(&value).unwrap();
        assert_ne!(rewritten, source);
        std::fs::write(dir.path().join("old.toml"), &source).unwrap();
        std::fs::write(dir.path().join("new.toml"), &rewritten).unwrap();
        let out = verkan(dir.path(), &["diff", "old.toml", "new.toml", "--exit-code"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}{}",
            path.display(),
            text(&out.stdout),
            text(&out.stderr)
        );
    }
}

/// Spira with one change of each kind.
fn edited(source: &str) -> String {
    let replace = |s: String, from: &str, to: &str| {
        assert!(s.contains(from), "the fixture has {from:?}");
        s.replacen(from, to, 1)
    };
    let mut s = source.to_string();
    s = replace(
        s,
        "target = { value = 70, direction = \"at_least\", by = \"2019-12\" }",
        "target = { value = 80, direction = \"at_least\", by = \"2019-12\" }",
    );
    s = replace(
        s,
        "[effects.upplevd-skillnad]\nhorizon = \"short\"",
        "[effects.upplevd-skillnad]\nhorizon = \"medium\"",
    );
    s = replace(
        s,
        "text = \"Ett individnära och relationellt arbetssätt",
        "text = \"Ett nära och relationellt arbetssätt",
    );
    s.push_str(
        "\n[[indicators.till-arbete-eller-studier.measurements]]\nperiod = \"2020\"\nvalue = 31\n",
    );
    s
}

#[test]
fn each_kind_of_change_is_named_with_its_values() {
    let dir = workspace();
    let source = std::fs::read_to_string(theories().join("spira.toml")).unwrap();
    std::fs::write(dir.path().join("old.toml"), &source).unwrap();
    std::fs::write(dir.path().join("new.toml"), edited(&source)).unwrap();
    let out = verkan(
        dir.path(),
        &["diff", "old.toml", "new.toml", "--format", "json"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/diff.v1.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(jsonschema::is_valid(&schema, &json), "{json}");
    let changes: Vec<(String, String, String, String, String, String)> = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap_or("").to_string();
            (
                s("kind"),
                s("entry"),
                s("id"),
                s("field"),
                s("old"),
                s("new"),
            )
        })
        .collect();
    let get = |entry: &str, id: &str| {
        changes
            .iter()
            .find(|c| c.1 == entry && c.2 == id)
            .unwrap_or_else(|| panic!("no change of {entry} {id} in {changes:#?}"))
    };
    let target = get("indicator", "andel-stegforflyttning");
    assert_eq!(
        (
            target.0.as_str(),
            target.3.as_str(),
            target.4.as_str(),
            target.5.as_str()
        ),
        (
            "changed",
            "target",
            "at_least 70 by 2019-12",
            "at_least 80 by 2019-12"
        )
    );
    let moved = get("effect", "upplevd-skillnad");
    assert_eq!(
        (
            moved.0.as_str(),
            moved.3.as_str(),
            moved.4.as_str(),
            moved.5.as_str()
        ),
        ("moved", "horizon", "short", "medium")
    );
    let reworded = get("mechanism", "relationellt");
    assert_eq!(
        (reworded.0.as_str(), reworded.3.as_str()),
        ("reworded", "text")
    );
    assert!(reworded.5.starts_with("Ett nära"));
    let measured = get("measurement", "till-arbete-eller-studier 2020");
    assert_eq!((measured.0.as_str(), measured.5.as_str()), ("added", "31"));
    assert_eq!(changes.len(), 4, "{changes:#?}");

    // For people: in the theory's language, a line per change; Markdown for a PR comment.
    let lines = verkan(dir.path(), &["diff", "old.toml", "new.toml"]);
    let lines = text(&lines.stdout);
    assert!(
        lines.contains("~ indikator andel-stegforflyttning ändrad: target: ≥ 70 % senast 2019-12 → ≥ 80 % senast 2019-12"),
        "{lines}"
    );
    assert!(lines.contains("> effekt upplevd-skillnad flyttad: horizon: short → medium"));
    assert!(lines.trim_end().ends_with("4 ändringar"));
    let markdown = verkan(
        dir.path(),
        &["diff", "old.toml", "new.toml", "--format", "markdown"],
    );
    let markdown = text(&markdown.stdout);
    assert!(markdown.contains("| ändrad | indikator andel-stegforflyttning | target | ≥ 70 % senast 2019-12 | ≥ 80 % senast 2019-12 |"), "{markdown}");
    let exit = verkan(dir.path(), &["diff", "old.toml", "new.toml", "--exit-code"]);
    assert_eq!(exit.status.code(), Some(1));
}

#[test]
fn since_compares_with_the_file_at_a_git_revision() {
    let dir = workspace();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    };
    std::fs::create_dir(dir.path().join("theories")).unwrap();
    std::fs::rename(dir.path().join("data"), dir.path().join("theories/data")).unwrap();
    let source = std::fs::read_to_string(theories().join("spira.toml")).unwrap();
    let file = dir.path().join("theories/spira.toml");
    std::fs::write(&file, &source).unwrap();
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "first"]);
    std::fs::write(&file, edited(&source)).unwrap();
    // From the repository's root and from inside the folder alike.
    for (cwd, path) in [("", "theories/spira.toml"), ("theories", "spira.toml")] {
        let out = verkan(&dir.path().join(cwd), &["diff", path, "--since", "HEAD"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).trim_end().ends_with("4 ändringar"),
            "{}",
            text(&out.stdout)
        );
    }
    let missing = verkan(
        dir.path(),
        &["diff", "theories/spira.toml", "--since", "nosuchrev"],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("nosuchrev"));
    let option = verkan(
        dir.path(),
        &["diff", "theories/spira.toml", "--since=--output=x"],
    );
    assert_eq!(
        option.status.code(),
        Some(2),
        "a revision cannot be an option to git"
    );
    assert!(!dir.path().join("x").exists());
}

#[test]
fn values_are_named_as_the_theory_file_writes_them() {
    let dir = workspace();
    let source = std::fs::read_to_string(theories().join("aktivitetsarenan.toml")).unwrap();
    assert!(source.contains("assessment = \"not_met\""));
    std::fs::write(dir.path().join("old.toml"), &source).unwrap();
    std::fs::write(
        dir.path().join("new.toml"),
        source.replacen("assessment = \"not_met\"", "assessment = \"partly_met\"", 1),
    )
    .unwrap();
    let out = verkan(
        dir.path(),
        &["diff", "old.toml", "new.toml", "--format", "json"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{json}");
    assert_eq!(changes[0]["old"], "not_met", "{json}");
    assert_eq!(changes[0]["new"], "partly_met", "{json}");
}
