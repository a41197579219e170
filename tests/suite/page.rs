//! The workshop page as a file, without a browser (tests/suite/browser.rs drives one): one
//! self-contained document whose data validates against its schema, whose policy admits only
//! its own script and style, that names no outside address, escapes every text, and comes
//! out byte-identical every time.

use crate::common::seed_theories;
use base64::Engine as _;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::process::Command;

fn page(path: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["render", path, "--format", "html"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("verkan runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The text of the element that starts with `open`, up to its closing tag.
fn element<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    let end = html[start..].find(close).expect("closed") + start;
    &html[start..end]
}

fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[test]
fn the_page_data_validates_against_its_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/page.v1.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for (name, _) in seed_theories() {
        let html = page(&name);
        let data = element(
            &html,
            r#"<script id="verkan-data" type="application/json">"#,
            "</script>",
        );
        let data: Value = serde_json::from_str(data).expect("page data is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&data)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert_eq!(data["version"], 1);
        // Every box of the diagram is an item, and every mechanism's pair a link.
        let items = data["items"].as_array().unwrap();
        let boxes = html.matches(r#"<g class="item "#).count();
        assert_eq!(items.len(), boxes, "{name}: items and boxes");
        for m in data["report"]["mechanisms"].as_array().unwrap() {
            let pairs = m["from"].as_array().unwrap().len() * m["to"].as_array().unwrap().len();
            let links = data["links"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|l| l["mechanism"] == m["id"])
                .count();
            assert_eq!(links, pairs, "{name}: links of {}", m["id"]);
        }
    }
}

#[test]
fn the_policy_admits_only_the_pages_own_script_and_style_and_nothing_outside() {
    for (name, _) in seed_theories() {
        let html = page(&name);
        let policy = element(
            &html,
            r#"<meta http-equiv="Content-Security-Policy" content=""#,
            "\"",
        );
        let script = element(&html, "<script>", "</script>");
        let style = element(&html, "<style>", "</style>");
        assert!(policy.starts_with("default-src 'none';"), "{policy}");
        assert!(
            policy.contains(&format!("script-src {};", sha256(script))),
            "{name}: script hash"
        );
        assert!(
            policy.contains(&format!("style-src {};", sha256(style))),
            "{name}: style hash"
        );
        assert!(
            policy.contains("connect-src 'none'"),
            "a file page fetches nothing"
        );
        assert_eq!(html.matches("<script>").count(), 1, "one executable script");
        // No address outside the page: no http(s) URL except the SVG namespace.
        let outside: Vec<&str> = html
            .match_indices("http")
            .map(|(i, _)| &html[i..(i + 40).min(html.len())])
            .filter(|s| s.starts_with("http://") || s.starts_with("https://"))
            .filter(|s| !s.starts_with("http://www.w3.org/2000/svg"))
            .collect();
        assert!(outside.is_empty(), "{name}: {outside:?}");
        for fetching in [
            " src=", "<link", "@import", "url(h", "url(/", "url('", "url(\"",
        ] {
            assert!(!html.contains(fetching), "{name}: {fetching}");
        }
    }
}

#[test]
fn every_text_is_escaped() {
    let theory = r#"
[theory]
name = "</title><script>alert(1)</script>"
language = "en"

[perspectives]
p = "<b onmouseover=alert(1)>"

[activities.a]
text = "</script><script>alert(1)</script> & \u2028"
perspective = "p"

[effects.e]
text = "<img src=x onerror=alert(1)>"
horizon = "short"
perspective = "p"

[mechanisms.m]
text = "\"><svg onload=alert(1)>"
from = ["a"]
to = ["e"]

[indicators.i]
text = "<iframe src=javascript:alert(1)>"
measures = "e"
kind = "outcome"
"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.toml");
    std::fs::write(&path, theory).unwrap();
    let html = page(path.to_str().unwrap());
    for raw in [
        "<script>alert",
        "<img src",
        "<svg onload",
        "<b onmouseover",
        "<iframe",
    ] {
        assert!(!html.contains(raw), "{raw} reached the page as markup");
    }
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "shown as text"
    );
    // The data block cannot be closed by a text: `<` is escaped inside JSON strings.
    let data = element(
        &html,
        r#"<script id="verkan-data" type="application/json">"#,
        "</script>",
    );
    assert!(!data.contains('<'));
    let data: Value = serde_json::from_str(data).unwrap();
    assert_eq!(
        data["items"][0]["text"], "</script><script>alert(1)</script> & \u{2028}",
        "read back unchanged"
    );
}

#[test]
fn the_same_theory_gives_the_same_bytes() {
    for (name, _) in seed_theories() {
        assert_eq!(page(&name), page(&name), "{name}");
    }
}

#[test]
fn slow_build_writes_a_page_per_theory_and_the_overview() {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["build", "theories", "-o"])
        .arg(out.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let index = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    let coverage = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["coverage", "theories", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let coverage: Value = serde_json::from_slice(&coverage.stdout).unwrap();
    for (name, _) in seed_theories() {
        let stem = Path::new(&name).file_stem().unwrap().to_str().unwrap();
        assert!(
            out.path().join(format!("{stem}.html")).exists(),
            "{stem}.html"
        );
        assert!(
            index.contains(&format!("href=\"{stem}.html\"")),
            "overview links {stem}"
        );
    }
    // The overview's totals are `verkan coverage`'s.
    let total = &coverage["total"];
    let footer = element(&index, "<tfoot>", "</tfoot>");
    let numbers: Vec<&str> = footer
        .split("<td class=\"number\">")
        .skip(1)
        .map(|s| &s[..s.find('<').unwrap()])
        .collect();
    assert_eq!(numbers[0], total["effects"].to_string());
    assert_eq!(numbers[1], total["outcome_indicator"].to_string());
    assert_eq!(numbers[2], total["measured"].to_string());
}

#[test]
fn the_page_shows_an_approximate_value_and_why_an_item_was_inferred() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ungefar.toml");
    std::fs::write(
        &path,
        r#"
[theory]
name = "Ungefär"

[perspectives]
deltagare = "Deltagare"

[activities.a]
perspective = "deltagare"
text = "En insats"

[effects.e]
horizon = "long"
perspective = "deltagare"
text = "En effekt"
inferred = "figuren visar den, texten nämner den inte"

[mechanisms.m]
text = "Insatsen ger effekten"
from = ["a"]
to = ["e"]
inferred_links = { a = "rapporten säger inte vilken insats" }

[indicators.andel]
measures = "e"
kind = "outcome"
text = "Andel i arbete"
unit = "percent"
target = { value = 30, direction = "at_least" }
source = "Slutrapporten"

[[indicators.andel.measurements]]
period = "2019"
value = 25
approximate = true
source = "Slutrapporten: ”ungefär en fjärdedel”"
"#,
    )
    .unwrap();
    let html = page(path.to_str().unwrap());
    assert!(html.contains("≈ 25 %"), "the value as the source words it");
    assert!(html.contains("figuren visar den, texten nämner den inte"));
    assert!(html.contains("rapporten säger inte vilken insats"));
    let json = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .args(["report", path.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    let latest = &report["effects"][0]["indicators"][0]["latest"];
    assert_eq!(latest["approximate"], true, "{latest}");
}
