//! Scorecards and coverage of the seed theories, in every format, and the real results the
//! evaluation reports give.

use crate::common::seed_theories;
use std::process::Command;
use verkan::compile::attainment::Status;
use verkan::compile::Compiled;
use verkan::indicators::coverage;
use verkan::indicators::report::scorecard;

fn load(name: &str) -> Compiled {
    let mut sources = verkan::source::Sources::new();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    let checked =
        verkan::check_path(&mut sources, &path, &verkan::lints::LevelOverrides::new()).unwrap();
    assert!(checked
        .diagnostics
        .iter()
        .all(|d| d.severity != verkan::diagnostic::Severity::Error));
    checked.compiled.unwrap()
}

fn stem(name: &str) -> &str {
    name.trim_start_matches("theories/")
        .trim_end_matches(".toml")
}

#[test]
fn scorecards_of_the_seed_theories_match_their_snapshots_in_every_format() {
    for (name, _) in seed_theories() {
        let compiled = load(&name);
        let card = scorecard(&compiled, None);
        let json = verkan::json::to_string(&verkan::json::report::Report::new(&compiled, None));
        let outputs = [
            ("table", card.table(120)),
            ("md", card.markdown()),
            ("csv", card.csv().unwrap()),
            ("json", json),
        ];
        for (extension, output) in outputs {
            insta::with_settings!({snapshot_path => "../../snapshots/report", prepend_module_to_snapshot => false, omit_expression => true}, {
                insta::assert_snapshot!(format!("{}.{extension}", stem(&name)), output);
            });
        }
    }
}

#[test]
fn coverage_of_the_seed_theories_matches_its_snapshots() {
    let theories = seed_theories()
        .iter()
        .map(|(name, _)| coverage::of_theory(name, &load(name)))
        .collect();
    let report = coverage::of_theories(theories);
    insta::with_settings!({snapshot_path => "../../snapshots/coverage", prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("seed.table", report.table(120, verkan::locale::Language::En));
        insta::assert_snapshot!("seed.table-sv", report.table(120, verkan::locale::Language::Sv));
        insta::assert_snapshot!("seed.json", verkan::json::coverage::to_json(&report));
    });
}

fn indicator<'a>(
    card: &'a verkan::indicators::report::Scorecard,
    id: &str,
) -> &'a verkan::indicators::report::IndicatorRow {
    card.effects
        .iter()
        .flat_map(|e| &e.indicators)
        .chain(card.activities.iter().flat_map(|a| &a.indicators))
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("indicator {id}"))
}

#[test]
fn stegen_shows_forsakringskassans_participants_at_49_percent_against_80_not_met() {
    let card = scorecard(&load("theories/stegen.toml"), None);
    let fk = indicator(&card, "fk-till-fordjupad-samverkan");
    assert_eq!(
        (fk.value, fk.target.as_deref(), fk.status),
        (Some(49.0), Some("≥ 80 %"), Status::NotMet)
    );
    assert_eq!(fk.shown.as_deref(), Some("49 %"));
    let iof = indicator(&card, "iof-till-egen-forsorjning");
    assert_eq!(
        (iof.value, iof.status),
        (Some(27.0), Status::Met),
        "27 % to education against the 25 % goal"
    );
    let dropped = indicator(&card, "avbrutit-deltagandet");
    let groups: Vec<(&str, Option<f64>)> = dropped
        .groups
        .iter()
        .map(|g| (g.group.as_str(), g.value))
        .collect();
    assert_eq!(
        groups,
        [("FK", Some(28.0)), ("IoF", None), ("AF", Some(21.0))],
        "per referring agency"
    );
    let effect = card
        .effects
        .iter()
        .find(|e| e.id == "fk-fordjupad-samverkan")
        .unwrap();
    assert_eq!(effect.status, Status::NotMet);
}

#[test]
fn spira_shows_the_step_target_met() {
    let card = scorecard(&load("theories/spira.toml"), None);
    let steps = indicator(&card, "andel-stegforflyttning");
    assert_eq!(steps.status, Status::Met);
    assert_eq!(
        steps.shown.as_deref(),
        Some("81,6 % (beräknat)"),
        "80 of the 98 who started"
    );
    assert_eq!(
        card.effects
            .iter()
            .find(|e| e.id == "stegforflyttning")
            .unwrap()
            .status,
        Status::Met
    );
    // The step target, and six goals that the evaluation judges reached in words (the shared
    // view, the method support's description, the participants' experience, the staff, the
    // conditions for cooperation and a better basis for decisions).
    assert_eq!(card.summary.of(verkan::compile::attainment::Status::Met), 7);
}

fn verkan(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_verkan"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

#[test]
fn report_command_formats_and_period() {
    let table = verkan(&["report", "theories/stegen.toml"]);
    assert_eq!(table.status.code(), Some(0));
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(
        text.contains("Måluppfyllelse: Stegen")
            && text.contains("49 % (2011)")
            && text.contains("✗ ej uppnått")
    );

    let csv = verkan(&["report", "theories/stegen.toml", "--format", "csv"]);
    assert!(String::from_utf8(csv.stdout)
        .unwrap()
        .contains("fk-till-fordjupad-samverkan,outcome,false,≥ 80 %,,2011,49,not-met"));

    let before = verkan(&[
        "report",
        "theories/stegen.toml",
        "--period",
        "2010",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&before.stdout).unwrap();
    assert_eq!(json["as_of"], "2010");
    assert_eq!(
        json["summary"]["not_met"], 0,
        "nothing was measured before 2011"
    );

    let bad = verkan(&["report", "theories/stegen.toml", "--period", "våren 2011"]);
    assert_eq!(bad.status.code(), Some(2));
    let broken = verkan(&[
        "report",
        "tests/rules/invalid-measurement/zero-denominator.toml",
    ]);
    assert_eq!(broken.status.code(), Some(1));
}

#[test]
fn coverage_min_and_require_gate_ci() {
    let plain = verkan(&["coverage"]);
    assert_eq!(plain.status.code(), Some(0));

    // Stegen has non-draft outcome indicators on 9 of its 11 effects (six of them the
    // evaluation's judgement in words): 82 %.
    let pass = verkan(&["coverage", "--min", "80", "theories/stegen.toml"]);
    assert_eq!(
        pass.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&pass.stderr)
    );
    let fail = verkan(&["coverage", "--min", "85", "theories/stegen.toml"]);
    assert_eq!(fail.status.code(), Some(1));
    assert!(String::from_utf8(fail.stderr)
        .unwrap()
        .contains("Stegen har 82 % av effekterna med en resultatindikator, under --min 85"));

    let reached = verkan(&["coverage", "--min", "100", "--metric", "reached"]);
    assert_eq!(
        reached.status.code(),
        Some(0),
        "every seed effect is reached by a mechanism"
    );

    let measured = verkan(&["coverage", "--require", "measured", "theories/stegen.toml"]);
    assert_eq!(measured.status.code(), Some(1));
    let stderr = String::from_utf8(measured.stderr).unwrap();
    assert!(stderr.contains("i-arbete-efter-ett-ar"), "{stderr}");
    assert!(
        !stderr.contains("iof-inskrivna-pa-aic"),
        "the AIC goal is measured by the report's assessment: {stderr}"
    );

    // A percentage as people write it.
    for written in ["80%", "80 %", "81,5"] {
        let pass = verkan(&["coverage", "--min", written, "theories/stegen.toml"]);
        assert_eq!(pass.status.code(), Some(0), "--min {written}");
    }
    let fail = verkan(&["coverage", "--min", "85 %", "theories/stegen.toml"]);
    assert_eq!(fail.status.code(), Some(1));

    // NaN would compare false with everything and let any theory through the gate.
    let nan = verkan(&["coverage", "--min", "NaN"]);
    assert_eq!(nan.status.code(), Some(2));

    let json = verkan(&["coverage", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["total"]["effects"], 55);
}

#[test]
fn the_markdown_report_shows_hostile_text_as_text() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let hostile =
        "<script>alert(1)</script> [klick](http://evil) | kolumn\r# rubrik *fet* `kod` \\";
    let text = format!(
        r##"
[theory]
name = "Fientlig"
[perspectives]
p = "# Rubrik <b>"
[activities.a]
perspective = "p"
text = "A"
[effects.e]
horizon = "short"
perspective = "p"
text = "{}"
[mechanisms.m]
text = "M ![bild](http://evil/x.png)"
from = ["a"]
to = ["e"]
[indicators.i]
measures = "e"
kind = "outcome"
text = "I"
"##,
        hostile.replace('\\', "\\\\").replace('\r', "\\r")
    );
    let mut sources = verkan::source::Sources::new();
    let file = sources.add("hostile.toml", text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    let markdown = scorecard(&checked.compiled.unwrap(), None).markdown();
    let mut headings = 0;
    let mut rows = 0;
    let mut shown = String::new();
    for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => {
                panic!("raw HTML got through: {h}\n{markdown}")
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                panic!("a link got through:\n{markdown}")
            }
            Event::Start(Tag::Emphasis | Tag::Strong) | Event::Code(_) => {
                panic!("markup got through:\n{markdown}")
            }
            Event::Start(Tag::Heading { .. }) => headings += 1,
            Event::Start(Tag::TableRow) => rows += 1,
            Event::Text(t) => shown.push_str(&t),
            _ => {}
        }
    }
    assert_eq!(headings, 2, "only the report's own headings:\n{markdown}");
    assert_eq!(rows, 1, "one row, not split:\n{markdown}");
    assert!(
        shown.contains("<script>alert(1)</script>"),
        "shown as written: {shown}"
    );
}
