//! The Mermaid output read by the real Mermaid (`mmdc` from @mermaid-js/mermaid-cli, driving
//! Chromium), not only compared with snapshots: every bundled theory and a theory of awkward
//! labels must parse and render. `.ci/run` installs both; elsewhere, without them, the test
//! prints one line and passes, and under CI=true their absence fails it.

use crate::common;

use crate::common::seed_theories;
use std::path::PathBuf;
use std::process::Command;
use verkan::render::{self, Engine, Format, RenderOptions, ViewOptions};

/// `mmdc` and a Chromium for it, when both are there.
fn mermaid_cli() -> Option<(PathBuf, PathBuf)> {
    let mmdc = std::env::var_os("MMDC")
        .map(PathBuf::from)
        .or_else(|| {
            let local =
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/node/node_modules/.bin/mmdc");
            local.exists().then_some(local)
        })
        .or_else(|| {
            Command::new("mmdc")
                .arg("--version")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|_| PathBuf::from("mmdc"))
        });
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.exists());
    match (mmdc, chromium) {
        (Some(m), Some(c)) => Some((m, c)),
        _ => {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "CI=true but mmdc or Chromium is missing: .ci/run installs them"
            );
            eprintln!(
                "skipped: Mermaid's own parser (no mmdc and Chromium; .ci/run installs them)"
            );
            None
        }
    }
}

fn mermaid_of(name: &str, text: &str) -> String {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add(name, text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    let compiled = checked.compiled.expect("theory parses");
    let options = RenderOptions {
        format: Format::Mermaid,
        engine: Engine::Builtin,
        view: ViewOptions::full(),
        scale: 1.0,
        page: None,
        with_text: false,
    };
    String::from_utf8(render::render(&compiled, &options).unwrap()).unwrap()
}

const AWKWARD: &str = r#"
[theory]
name = "Quotes \" 'single' & <tags> %% and a \\n backslash"

[perspectives]
p = "Lane with \"quotes\" and [brackets]"

[activities.a]
perspective = "p"
text = "Work \"quoted\"] and new line 😀 #hash `tick` %%{init: {}}%% C:\\new"

[effects.e]
horizon = "short"
perspective = "p"
text = "Ends with \"] and & < > ' \\ backslash"

[mechanisms.m]
text = "Because <b>bold</b> \\n not a break"
from = ["a"]
to = ["e"]
draft = true

[indicators.i]
measures = "e"
kind = "outcome"
text = "Andel"
draft = true
"#;

#[test]
fn mermaid_itself_parses_and_draws_every_output() {
    let Some((mmdc, chromium)) = mermaid_cli() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("puppeteer.json");
    std::fs::write(
        &config,
        format!(
            r#"{{"executablePath": "{}", "args": ["--no-sandbox", "--disable-gpu"]}}"#,
            chromium.display()
        ),
    )
    .unwrap();
    let mut cases: Vec<(String, String)> = seed_theories()
        .into_iter()
        .map(|(name, text)| (name.clone(), mermaid_of(&name, &text)))
        .collect();
    cases.push((
        "awkward.toml".to_string(),
        mermaid_of("awkward.toml", AWKWARD),
    ));
    cases.push((
        "hostile.toml".to_string(),
        mermaid_of("hostile.toml", &common::hostile::all_in_one()),
    ));
    for (name, source) in cases {
        let input = dir.path().join("in.mmd");
        let output = dir.path().join("out.svg");
        std::fs::write(&input, &source).unwrap();
        let _ = std::fs::remove_file(&output);
        let run = Command::new(&mmdc)
            .args(["-q", "-p"])
            .arg(&config)
            .arg("-i")
            .arg(&input)
            .arg("-o")
            .arg(&output)
            .output()
            .expect("mmdc runs");
        assert!(
            run.status.success(),
            "{name}: Mermaid rejects the output:\n{}\n{source}",
            String::from_utf8_lossy(&run.stderr)
        );
        let svg = std::fs::read_to_string(&output).unwrap();
        // A syntax error is drawn as a picture of the error, not reported by the exit code.
        assert!(
            !svg.contains("Syntax error"),
            "{name}: Mermaid drew a syntax error:\n{source}"
        );
        assert!(svg.contains("<svg"), "{name}");
        if name == "hostile.toml" {
            // Every label stays text: Mermaid made no element of its own from one.
            for tag in ["<script", "<img", "<iframe", "<a "] {
                assert!(!svg.contains(tag), "{name}: a label became {tag}");
            }
            assert!(
                svg.contains("&lt;script&gt;"),
                "{name}: the tag is shown as text"
            );
        }
        if name == "awkward.toml" {
            // The labels come through as text: nothing became markup or a line break.
            assert!(svg.contains("C:\\new"), "{name}: the backslash was lost");
            assert!(
                !svg.contains("<b>bold</b>"),
                "{name}: a label became markup"
            );
        }
    }
}

#[test]
fn a_theory_over_mermaids_limits_is_written_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let theory = dir.path().join("big.toml");
    std::fs::write(&theory, verkan::synthetic::tangled(1000)).unwrap();
    let out = dir.path().join("big.mmd");
    let run = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["render", "--lang", "en"])
        .arg(&theory)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(out.exists());
    assert!(stderr.contains("maxTextSize of 50000"), "{stderr}");
    assert!(stderr.contains("maxEdges of 500"), "{stderr}");
    // A theory within the limits gets no warning.
    let small = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["render", "theories/stegen.toml", "--format", "mermaid"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        small.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&small.stderr)
    );
}
