//! Writing theories: `verkan new`, the README's example, and the editor support (taplo reading
//! the `#:schema` line of a new file).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{lossy as text, verkan_in as verkan};

#[test]
fn a_new_theory_in_either_language_checks_clean_and_draws() {
    let dir = tempfile::tempdir().unwrap();
    for (name, lang, file, clean) in [
        (
            "Mitt projekt",
            "sv",
            "mitt-projekt.toml",
            "kontrollerade 1 teori: 0 fel, 0 varningar",
        ),
        (
            "Pilot på väg",
            "en",
            "pilot-pa-vag.toml",
            "checked 1 theory: 0 errors, 0 warnings",
        ),
    ] {
        let made = verkan(
            dir.path(),
            &["new", name, "--lang", lang, "--dir", "teorier"],
        );
        assert!(made.status.success(), "{}", text(&made.stderr));
        let path = format!("teorier/{file}");
        let source = std::fs::read_to_string(dir.path().join(&path)).unwrap();
        assert!(source.starts_with("#:schema ./theory.schema.json\n"));
        assert!(source.contains(&format!("language = \"{lang}\"")));
        assert!(source.contains(&format!("name = \"{name}\"")));
        let checked = verkan(dir.path(), &["check", &path]);
        assert_eq!(
            text(&checked.stdout).lines().last(),
            Some(clean),
            "{}",
            text(&checked.stdout)
        );
        let drawn = verkan(dir.path(), &["render", &path, "-o", "bild.svg"]);
        assert!(drawn.status.success(), "{}", text(&drawn.stderr));
        // Every part of a theory is there to copy from.
        for table in [
            "[perspectives]",
            "[resources.",
            "[activities.",
            "[mechanisms.",
            "[contexts.",
            "[indicators.",
        ] {
            assert!(source.contains(table), "{lang}: no {table}");
        }
        for horizon in ["short", "medium", "long"] {
            assert!(source.contains(&format!("horizon = \"{horizon}\"")));
        }
        assert!(source.contains("kind = \"outcome\"") && source.contains("target = {"));
    }
    // The schema beside them is the format's, its descriptions in the language of the first
    // theory made there (Swedish): what `verkan schema theory.schema.json --lang sv` prints.
    let written = std::fs::read_to_string(dir.path().join("teorier/theory.schema.json")).unwrap();
    let swedish = verkan(
        dir.path(),
        &["schema", "theory.schema.json", "--lang", "sv"],
    );
    assert_eq!(written, text(&swedish.stdout));
    assert!(written.contains("När förändringen väntas"));
    // In English it is the one in the repository.
    let english = verkan(
        dir.path(),
        &["schema", "theory.schema.json", "--lang", "en"],
    );
    let bundled = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/theory.schema.json"),
    )
    .unwrap();
    assert_eq!(text(&english.stdout), bundled);
}

#[test]
fn new_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("theories")).unwrap();
    let mine = dir.path().join("theories/spira.toml");
    std::fs::write(&mine, "# mitt eget arbete\n").unwrap();
    let schema = dir.path().join("theories/theory.schema.json");
    std::fs::write(&schema, "{}").unwrap();
    let refused = verkan(dir.path(), &["new", "Spira"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(&mine).unwrap(),
        "# mitt eget arbete\n"
    );
    // A schema already there is left as it is, too.
    let other = verkan(dir.path(), &["new", "Annat"]);
    assert!(other.status.success());
    assert_eq!(std::fs::read_to_string(&schema).unwrap(), "{}");
    let names = verkan(dir.path(), &["new", "--", "--"]);
    assert_eq!(names.status.code(), Some(2), "{}", text(&names.stderr));
}

/// The README's theory example, as a reader copies it, passes `check`.
#[test]
fn the_readme_example_checks_without_errors() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let example: String = readme
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README has a TOML example")
        .to_string();
    assert!(
        example.contains("[theory]"),
        "the first TOML block is the theory example"
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("exempel.toml"), &example).unwrap();
    let checked = verkan(dir.path(), &["check", "exempel.toml"]);
    assert_eq!(checked.status.code(), Some(0), "{}", text(&checked.stdout));
}

/// taplo, the TOML toolkit behind Even Better TOML, when installed; under CI its absence is a
/// failure, elsewhere a skip.
fn taplo() -> Option<PathBuf> {
    let local = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/node/node_modules/.bin/taplo");
    if local.exists() {
        return Some(local);
    }
    assert_ne!(
        std::env::var("CI").as_deref(),
        Ok("true"),
        "CI=true but taplo is missing: .ci/run installs it"
    );
    eprintln!("skipped: taplo reading the schema (no .ci/node/node_modules/.bin/taplo)");
    None
}

#[test]
fn an_editor_checks_a_new_theory_against_its_schema_while_it_is_typed() {
    let Some(taplo) = taplo() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    assert!(verkan(dir.path(), &["new", "Mitt projekt", "--dir", "."])
        .status
        .success());
    let lint = |file: &str| {
        Command::new(&taplo)
            .args(["check", file])
            .current_dir(dir.path())
            .env("RUST_LOG", "error")
            .output()
            .expect("taplo runs")
    };
    let clean = lint("mitt-projekt.toml");
    assert!(clean.status.success(), "{}", text(&clean.stderr));
    let source = std::fs::read_to_string(dir.path().join("mitt-projekt.toml")).unwrap();
    let typo = source.replacen("owner =", "ownr =", 1).replacen(
        "horizon = \"short\"",
        "horizon = \"kort\"",
        1,
    );
    std::fs::write(dir.path().join("typo.toml"), typo).unwrap();
    let flagged = lint("typo.toml");
    let said = text(&flagged.stderr) + &text(&flagged.stdout);
    assert!(!flagged.status.success());
    assert!(said.contains("'ownr' was unexpected"), "{said}");
    assert!(said.contains("\"kort\" is not one of"), "{said}");
}

#[test]
fn messages_speak_the_theorys_language_unless_told_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let made = verkan(dir.path(), &["new", "mitt-projekt", "--dir", "."]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    assert!(text(&made.stderr).contains("skrev ./mitt-projekt.toml"));
    // A Swedish user's first mistake: a Swedish word for one of the format's.
    let path = dir.path().join("mitt-projekt.toml");
    let source = std::fs::read_to_string(&path).unwrap();
    let (at, _) = source.match_indices("horizon = \"short\"").next().unwrap();
    let mut broken = source.clone();
    broken.replace_range(at..at + "horizon = \"short\"".len(), "horizon = \"kort\"");
    std::fs::write(&path, broken).unwrap();

    let swedish = text(&verkan(dir.path(), &["check", "mitt-projekt.toml"]).stdout);
    assert!(
        swedish.contains("`kort` är inget värde som `horizon` tar i `[effects."),
        "{swedish}"
    );
    assert!(
        swedish.contains(
            "= hjälp: menade du `short`? Formatets ord är engelska: `kort` heter `short`"
        ),
        "{swedish}"
    );
    assert!(
        swedish.contains("kontrollerade 1 teori: 1 fel"),
        "{swedish}"
    );

    // --lang wins over the theory's language.
    let english = text(&verkan(dir.path(), &["check", "mitt-projekt.toml", "--lang", "en"]).stdout);
    assert!(
        english.contains("help: did you mean `short`? The format's words are English"),
        "{english}"
    );
    assert!(english.contains("checked 1 theory: 1 error"), "{english}");

    // Failures around the theory speak the chosen language too.
    let fixed = source.clone();
    std::fs::write(&path, fixed).unwrap();
    let focus = verkan(
        dir.path(),
        &[
            "render",
            "mitt-projekt.toml",
            "--focus",
            "motivatoin",
            "--lang",
            "sv",
        ],
    );
    assert_eq!(focus.status.code(), Some(2));
    assert_eq!(
        text(&focus.stderr).trim(),
        "fel: ingen post heter `motivatoin`; menade du `motivation`?"
    );

    // A file that is not TOML says nothing of its language: the environment's is used.
    std::fs::write(dir.path().join("trasig.toml"), "[theory\nname = \"x\"\n").unwrap();
    let run = |lang: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
            .args(["check", "trasig.toml"])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap();
        text(&output.stdout)
    };
    assert!(run("sv_SE.UTF-8").contains("TOML kan inte läsas här"));
    assert!(run("en_GB.UTF-8").contains("TOML cannot be read here"));
    assert!(run("C.UTF-8").contains("TOML cannot be read here"));
}
