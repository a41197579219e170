//! `verkan lsp` driven over its real stdin and stdout by a scripted client: every feature
//! on a bundled theory and on broken ones, a document typed in small steps, a client that
//! hangs up mid-request, and garbage on stdin.

use crate::lsp_client::{apply, at, position, uri, Client};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// A copy of the bundled theories (with their data files), to edit and rename in.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let theories = dir.path().join("theories");
    copy(Path::new("theories"), &theories);
    (dir, theories)
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn open(client: &mut Client, path: &Path) -> (String, String) {
    let text = std::fs::read_to_string(path).unwrap();
    let uri = uri(path);
    client.open(&uri, &text);
    (uri, text)
}

fn doc(uri: &str) -> Value {
    json!({"uri": uri})
}

fn rules(diagnostics: &[Value]) -> Vec<String> {
    let mut rules: Vec<String> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    rules.sort();
    rules
}

/// The theory at `path` as `check` compiles it.
fn compiled(path: &Path) -> verkan::compile::Compiled {
    let mut sources = verkan::source::Sources::new();
    verkan::check_path(&mut sources, path, &Default::default())
        .unwrap()
        .compiled
        .unwrap()
}

/// The code actions offered for one diagnostic, at its range.
fn code_actions(client: &mut Client, uri: &str, diagnostic: &Value) -> Vec<Value> {
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": doc(uri), "range": diagnostic["range"], "context": {"diagnostics": [diagnostic]}}),
    );
    actions.as_array().cloned().unwrap_or_default()
}

/// Replaces the whole text, as a client without incremental sync does.
fn change(client: &mut Client, uri: &str, version: i64, text: &str) {
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
    );
}

#[test]
fn a_bundled_theory_gets_the_same_findings_as_check_in_its_language() {
    let (_dir, theories) = workspace();
    for name in ["spira.toml", "stegen.toml"] {
        let path = theories.join(name);
        let output = crate::common::verkan_in(&theories, &["check", name, "--format", "json"]);
        let mut expected: Vec<String> = String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|line| {
                serde_json::from_str::<Value>(line).unwrap()["rule"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        expected.sort();
        let mut client = Client::start(&theories, false);
        let (uri, _) = open(&mut client, &path);
        let found = client.diagnostics(&uri, 1);
        assert_eq!(rules(&found), expected, "{name}");
        let first = &found[0];
        assert_eq!(first["source"], "verkan");
        assert!(
            first["message"].as_str().unwrap().contains("hjälp:")
                || first["message"].as_str().unwrap().contains("är"),
            "{first}"
        );
        client.shut_down();
    }
}

#[test]
fn a_misspelt_id_is_underlined_with_a_quick_fix_that_mends_it() {
    let (_dir, theories) = workspace();
    let path = theories.join("spira.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    // The first `to` list's first id, misspelt.
    let to = text.find("\nto = [\"").unwrap() + "\nto = [\"".len();
    let id: String = text[to..].chars().take_while(|&c| c != '"').collect();
    let broken = format!("{}{}x{}", &text[..to], &id, &text[to + id.len()..]);
    let mut client = Client::start(&theories, false);
    let uri = uri(&path);
    client.open(&uri, &broken);
    let found = client.diagnostics(&uri, 1);
    let wrong: Vec<&Value> = found
        .iter()
        .filter(|d| d["code"] == "unresolved-reference")
        .collect();
    assert_eq!(wrong.len(), 1, "{found:?}");
    let range = wrong[0]["range"].clone();
    assert_eq!(
        range["start"],
        position(&broken, to),
        "the id itself, inside its quotes: {range}"
    );
    assert!(
        wrong[0]["message"]
            .as_str()
            .unwrap()
            .contains(&format!("menade du `{id}`?")),
        "{}",
        wrong[0]
    );
    let actions = code_actions(&mut client, &uri, wrong[0]);
    let fix = actions
        .iter()
        .find(|a| a["kind"] == "quickfix" && a["isPreferred"] == true)
        .unwrap_or_else(|| panic!("a preferred quick fix: {actions:?}"));
    assert_eq!(fix["title"], format!("Ändra till `{id}`"));
    let edits = fix["edit"]["changes"][&uri].as_array().unwrap();
    let mended = apply(&broken, edits);
    assert_eq!(mended, text);
    change(&mut client, &uri, 2, &mended);
    let found = client.diagnostics(&uri, 2);
    assert!(found.iter().all(|d| d["code"] != "unresolved-reference"));
    client.shut_down();
}

#[test]
fn shape_errors_all_show_at_once_with_their_fixes() {
    let (_dir, theories) = workspace();
    let path = theories.join("ny.toml");
    let text = "[theory]\nname = \"Ny\"\n\n[perspectives]\ndeltagare = \"Deltagare\"\n\n[activities.samtal]\ntext = \"Samtal\"\nperspectiv = \"deltagare\"\n\n[effects.mod]\ntext = \"Mer mod\"\nhorizon = \"kort\"\n";
    let mut client = Client::start(&theories, true);
    let uri = uri(&path);
    client.open(&uri, text);
    let found = client.diagnostics(&uri, 1);
    let schema: Vec<&Value> = found
        .iter()
        .filter(|d| d["code"] == "schema-error")
        .collect();
    assert_eq!(
        schema.len(),
        2,
        "the unknown key and the Swedish word, both: {found:?}"
    );
    // Both fixes were made against the text as sent, so they apply together.
    let mut edits = Vec::new();
    for d in &schema {
        let actions = code_actions(&mut client, &uri, d);
        let fix = actions.iter().find(|a| a["kind"] == "quickfix").cloned();
        let fix = fix.unwrap_or_else(|| panic!("a fix for {d}"));
        edits.extend(
            fix["edit"]["changes"][&uri]
                .as_array()
                .unwrap()
                .iter()
                .cloned(),
        );
    }
    let fixed = apply(text, &edits);
    change(&mut client, &uri, 2, &fixed);
    let found = client.diagnostics(&uri, 2);
    assert!(
        found.iter().all(|d| d["code"] != "schema-error"),
        "{found:?}"
    );
    assert!(fixed.ends_with("horizon = \"short\"\n"), "{fixed}");
    assert!(fixed.contains("perspective = \"deltagare\""), "{fixed}");
    client.shut_down();
}

#[test]
fn an_effect_without_indicator_or_mechanism_gets_draft_additions_and_a_cycle_is_told() {
    let (_dir, theories) = workspace();
    let path = theories.join("ny.toml");
    let text = "[theory]\nname = \"Ny\"\n\n[activities.samtal]\ntext = \"Samtal\"\n\n[effects.mod]\ntext = \"Mer mod\"\nhorizon = \"short\"\n\n[effects.jobb]\ntext = \"Arbete\"\nhorizon = \"long\"\n\n[mechanisms.a]\ntext = \"a\"\nfrom = [\"samtal\", \"jobb\"]\nto = [\"mod\"]\n\n[mechanisms.b]\ntext = \"b\"\nfrom = [\"mod\"]\nto = [\"jobb\"]\n\n[indicators.jobb-andel]\ntext = \"Andel i arbete\"\nkind = \"outcome\"\nmeasures = [\"jobb\"]\n";
    let mut client = Client::start(&theories, false);
    let uri = uri(&path);
    client.open(&uri, text);
    let found = client.diagnostics(&uri, 1);
    assert!(
        found.iter().any(|d| d["code"] == "feedback-loop"),
        "{found:?}"
    );
    let missing = found
        .iter()
        .find(|d| d["code"] == "effect-without-outcome-indicator")
        .expect("`mod` has no outcome indicator");
    let actions = code_actions(&mut client, &uri, missing);
    let add = actions
        .iter()
        .find(|a| a["title"] == "Lägg till en utkastresultatindikator för `mod`")
        .unwrap_or_else(|| panic!("{actions:?}"));
    let added = apply(text, add["edit"]["changes"][&uri].as_array().unwrap());
    assert!(added.contains("[indicators.mod-indikator]"), "{added}");
    change(&mut client, &uri, 2, &added);
    let found = client.diagnostics(&uri, 2);
    assert!(
        found
            .iter()
            .all(|d| d["code"] != "effect-without-outcome-indicator"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|d| d["code"] == "draft-indicator"),
        "the addition is a draft: {found:?}"
    );
    client.shut_down();
}

#[test]
fn completion_offers_ids_of_the_kind_the_place_takes_keys_and_words() {
    let (_dir, theories) = workspace();
    let path = theories.join("spira.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut client = Client::start(&theories, false);
    let uri = uri(&path);
    client.open(&uri, &text);
    client.diagnostics(&uri, 1);
    // Typing into a mechanism's `to`: the file no longer parses, the last good ids serve.
    let to = text.find("\nto = [\"").unwrap() + "\nto = [\"".len();
    let typing = format!("{}st{}", &text[..to], &text[to..]);
    change(&mut client, &uri, 2, &typing);
    let labels = |result: &Value| -> Vec<String> {
        let items = result.as_array().cloned().unwrap_or_default();
        items
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_string())
            .collect()
    };
    let result = client.request(
        "textDocument/completion",
        json!({"textDocument": doc(&uri), "position": position(&typing, to + 2)}),
    );
    let effects = labels(&result);
    let compiled = compiled(&path);
    let expected: Vec<String> = compiled
        .theory
        .effects
        .iter()
        .map(|e| e.header.id.clone())
        .collect();
    assert_eq!(effects, expected, "`to` takes effects, every one");
    let first = &result[0];
    assert!(
        first["detail"].as_str().unwrap().starts_with("Effekt: "),
        "{first}"
    );
    // `uses`: resources only.
    let uses = text.find("uses = [").expect("an activity uses something") + "uses = [".len();
    let result = client.request(
        "textDocument/completion",
        json!({"textDocument": doc(&uri), "position": position(&typing, uses + if uses > to { 2 } else { 0 })}),
    );
    let resources: Vec<String> = compiled
        .theory
        .resources
        .iter()
        .map(|r| r.header.id.clone())
        .collect();
    assert_eq!(labels(&result), resources);
    assert!(
        result[0]["textEdit"]["newText"]
            .as_str()
            .unwrap()
            .starts_with('"'),
        "quoted outside a string"
    );
    // A key in an effect's table, with its Swedish description; `text` is there already.
    let effect = "[theory]\nname = \"x\"\n\n[effects.e]\ntext = \"t\"\n".to_string();
    change(&mut client, &uri, 3, &effect);
    let result = client.request(
        "textDocument/completion",
        json!({"textDocument": doc(&uri), "position": position(&effect, effect.len())}),
    );
    let keys = labels(&result);
    assert!(
        keys.contains(&"horizon".to_string()) && !keys.contains(&"text".to_string()),
        "{keys:?}"
    );
    let horizon = result
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "horizon")
        .unwrap();
    assert!(
        horizon["documentation"]["value"]
            .as_str()
            .unwrap()
            .contains("kort sikt"),
        "{horizon}"
    );
    assert!(
        keys.iter().any(|k| k == "[effects.…]"),
        "snippets on an empty line: {keys:?}"
    );
    // The words of `horizon`.
    let word = format!("{effect}horizon = \"");
    change(&mut client, &uri, 4, &word);
    let result = client.request(
        "textDocument/completion",
        json!({"textDocument": doc(&uri), "position": position(&word, word.len())}),
    );
    assert_eq!(labels(&result), ["short", "medium", "long"]);
    // The units verkan reads, though any word is allowed.
    let unit = "[theory]\nname = \"x\"\n\n[indicators.i]\nunit = \"".to_string();
    change(&mut client, &uri, 6, &unit);
    let result = client.request(
        "textDocument/completion",
        json!({"textDocument": doc(&uri), "position": position(&unit, unit.len())}),
    );
    assert!(
        labels(&result).contains(&"percent".to_string())
            && labels(&result).contains(&"days".to_string()),
        "{result}"
    );
    // Rule names in `[lints]`.
    let lints = format!("{effect}\n[lints]\ndraft-");
    change(&mut client, &uri, 7, &lints);
    let result = client.request(
        "textDocument/completion",
        json!({"textDocument": doc(&uri), "position": position(&lints, lints.len())}),
    );
    assert!(
        labels(&result).contains(&"draft-item".to_string()),
        "{result}"
    );
    client.shut_down();
}

#[test]
fn hover_says_what_an_id_is_and_what_a_key_means() {
    let (_dir, theories) = workspace();
    let path = theories.join("stegen.toml");
    let mut client = Client::start(&theories, false);
    let (uri, text) = open(&mut client, &path);
    client.diagnostics(&uri, 1);
    let compiled = compiled(&path);
    let effect = &compiled.theory.effects[0];
    let named = format!("\"{}\"", effect.header.id);
    let inside = text.find(&named).unwrap() + 2;
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": doc(&uri), "position": position(&text, inside)}),
    );
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.starts_with(&format!("**Effekt** `{}`", effect.header.id)),
        "{markdown}"
    );
    assert!(
        markdown.contains(&effect.text.value.lines().next().unwrap().to_string()),
        "{markdown}"
    );
    assert!(markdown.contains("Effektens status"), "{markdown}");
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": doc(&uri), "position": at(&text, "\nhorizon", false)}),
    );
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(markdown.contains("När förändringen väntas"), "{markdown}");
    client.shut_down();
}

#[test]
fn definition_references_highlights_and_rename_follow_an_id_into_the_data_file() {
    let (_dir, theories) = workspace();
    let path = theories.join("stegen.toml");
    let csv = theories.join("data/stegen-2011.csv");
    let mut client = Client::start(&theories, false);
    let (uri, text) = open(&mut client, &path);
    client.diagnostics(&uri, 1);
    let csv_text = std::fs::read_to_string(&csv).unwrap();
    let indicator = csv_text
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .trim_matches('"')
        .to_string();
    let declaration =
        text.find(&format!("[indicators.{indicator}]")).unwrap() + "[indicators.".len();
    let references = client.request(
        "textDocument/references",
        json!({"textDocument": doc(&uri), "position": position(&text, declaration + 1), "context": {"includeDeclaration": true}}),
    );
    let references = references.as_array().unwrap();
    let in_csv = references
        .iter()
        .filter(|r| r["uri"] == crate::lsp_client::uri(&csv))
        .count();
    let rows = csv_text
        .lines()
        .filter(|l| l.starts_with(&indicator) || l.starts_with(&format!("\"{indicator}\"")))
        .count();
    assert_eq!(in_csv, rows, "{references:?}");
    assert!(references
        .iter()
        .any(|r| r["uri"] == uri && r["range"]["start"] == position(&text, declaration)));
    // Definition from a `measures` reference of the effect it measures.
    let effect = text[text.find("measures = \"").unwrap() + "measures = \"".len()..]
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let reference = text.find(&format!("measures = \"{effect}\"")).unwrap() + "measures = \"".len();
    let definition = client.request(
        "textDocument/definition",
        json!({"textDocument": doc(&uri), "position": position(&text, reference + 1)}),
    );
    assert_eq!(
        definition["range"]["start"],
        position(
            &text,
            text.find(&format!("[effects.{effect}]")).unwrap() + "[effects.".len()
        )
    );
    let highlights = client.request(
        "textDocument/documentHighlight",
        json!({"textDocument": doc(&uri), "position": position(&text, reference + 1)}),
    );
    assert!(highlights.as_array().unwrap().len() >= 2, "{highlights}");
    // Rename the indicator: the theory and the CSV follow.
    let prepared = client.request(
        "textDocument/prepareRename",
        json!({"textDocument": doc(&uri), "position": position(&text, declaration + 1)}),
    );
    assert_eq!(prepared["placeholder"], indicator.as_str());
    let edit = client.request(
        "textDocument/rename",
        json!({"textDocument": doc(&uri), "position": position(&text, declaration + 1), "newName": "nytt-namn"}),
    );
    let renamed = apply(&text, edit["changes"][&uri].as_array().unwrap());
    assert!(
        renamed.contains("[indicators.nytt-namn]")
            && !renamed.contains(&format!("[indicators.{indicator}]"))
    );
    let csv_renamed = apply(
        &csv_text,
        edit["changes"][crate::lsp_client::uri(&csv)]
            .as_array()
            .unwrap(),
    );
    assert_eq!(csv_renamed.matches("nytt-namn").count(), rows);
    // Onto an id in use: refused, with the reason.
    let taken = client.response(
        "textDocument/rename",
        json!({"textDocument": doc(&uri), "position": position(&text, declaration + 1), "newName": effect}),
    );
    assert!(
        taken["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&effect),
        "{taken}"
    );
    client.shut_down();
}

#[test]
fn outline_workspace_symbols_tokens_hints_lenses_and_formatting() {
    let (_dir, theories) = workspace();
    let path = theories.join("pa_vag.toml");
    let mut client = Client::start(&theories, false);
    let (uri, text) = open(&mut client, &path);
    client.diagnostics(&uri, 1);
    let compiled = compiled(&path);
    let theory = &compiled.theory;
    let outline = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": doc(&uri)}),
    );
    let sections: Vec<&str> = outline
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        sections.contains(&"effects") && sections.contains(&"mechanisms"),
        "{sections:?}"
    );
    let effects = outline
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "effects")
        .unwrap();
    assert_eq!(
        effects["children"].as_array().unwrap().len(),
        theory.effects.len()
    );
    let symbols = client.request(
        "workspace/symbol",
        json!({"query": theory.effects[0].header.id}),
    );
    let symbols = symbols.as_array().unwrap();
    assert!(
        symbols
            .iter()
            .any(|s| s["name"] == theory.effects[0].header.id.as_str()
                && s["location"]["uri"] == uri),
        "{symbols:?}"
    );
    let every = client.request("workspace/symbol", json!({"query": ""}));
    let files: std::collections::BTreeSet<&str> = every
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["location"]["uri"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 4, "every bundled theory: {files:?}");
    let tokens = client.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": doc(&uri)}),
    );
    let data = tokens["data"].as_array().unwrap();
    let ids = theory.items().count()
        + theory
            .references()
            .filter(|(_, _, r)| r.target.is_some())
            .count();
    assert!(
        data.len() / 5 >= ids,
        "{} tokens for {ids} ids",
        data.len() / 5
    );
    let drafts = data
        .chunks(5)
        .filter(|t| t[4].as_u64().unwrap() & 2 != 0)
        .count();
    assert!(drafts > 0, "a draft is marked");
    let end = position(&text, text.len());
    let hints = client.request(
        "textDocument/inlayHint",
        json!({"textDocument": doc(&uri), "range": {"start": {"line": 0, "character": 0}, "end": end}}),
    );
    let references = theory
        .references()
        .filter(|(_, _, r)| r.target.is_some())
        .count();
    assert_eq!(
        hints.as_array().unwrap().len(),
        references,
        "one hint after each id named"
    );
    let lenses = client.request("textDocument/codeLens", json!({"textDocument": doc(&uri)}));
    let lenses = lenses.as_array().unwrap();
    assert_eq!(lenses.len(), theory.effects.len());
    assert!(
        lenses[0]["command"]["title"]
            .as_str()
            .unwrap()
            .contains("mätta"),
        "{}",
        lenses[0]
    );
    // Formatting is `verkan fmt`: a file moved out of shape comes back to it.
    let messy = text.replacen("\n[effects.", "\n\n\n[effects.", 1);
    change(&mut client, &uri, 2, &messy);
    let edits = client.request(
        "textDocument/formatting",
        json!({"textDocument": doc(&uri), "options": {"tabSize": 4, "insertSpaces": true}}),
    );
    let formatted = apply(&messy, edits.as_array().unwrap());
    assert_eq!(formatted, verkan::author::fmt::format(&messy).unwrap());
    client.shut_down();
}

#[test]
fn a_document_typed_in_small_steps_is_checked_as_it_stands_after_the_last() {
    let (_dir, theories) = workspace();
    let path = theories.join("ny.toml");
    let start = "[theory]\nname = \"Ny\"\n\n[effects.mod]\ntext = \"Mer mod\"\nhorizon = \"\"\n";
    let mut client = Client::start(&theories, false);
    let uri = uri(&path);
    client.open(&uri, start);
    client.diagnostics(&uri, 1);
    // Type `long` into the empty string one character at a time, as an editor sends it.
    let mut text = start.to_string();
    let first = start.find("horizon = \"").unwrap() + "horizon = \"".len();
    for (n, c) in "long".chars().enumerate() {
        let offset = first + n;
        let at = position(&text, offset);
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 2 + n}, "contentChanges": [{"range": {"start": at, "end": at}, "text": c.to_string()}]}),
        );
        text.insert(offset, c);
    }
    let found = client.diagnostics(&uri, 5);
    assert!(
        found.iter().all(|d| d["code"] != "schema-error"),
        "`long` is a horizon: {found:?}"
    );
    // Only the last version's findings were worked out: the quiet time joins a burst.
    let earlier = client
        .notifications
        .iter()
        .filter(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["version"]
                    .as_i64()
                    .is_some_and(|v| (2..5).contains(&v))
        })
        .count();
    assert!(earlier <= 3, "{earlier}");
    // A multi-line replacement, and Swedish letters before the place.
    let from = position(&text, text.find("Mer mod").unwrap());
    let to = position(&text, text.find("Mer mod").unwrap() + "Mer mod".len());
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 6}, "contentChanges": [{"range": {"start": from, "end": to}, "text": "Ökad tro på sig själv"}]}),
    );
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": doc(&uri), "position": at(&text, "[effects.m", false)}),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("Ökad tro på sig själv"),
        "{hover}"
    );
    client.shut_down();
}

#[test]
fn a_client_that_hangs_up_mid_request_stops_the_server_without_a_panic() {
    let (_dir, theories) = workspace();
    let mut client = Client::start(&theories, false);
    let (uri, _) = open(&mut client, &theories.join("spira.toml"));
    client.send_request(
        "textDocument/documentSymbol",
        json!({"textDocument": doc(&uri)}),
    );
    let (status, stderr) = client.hang_up();
    assert!(!status.success(), "no `shutdown` was sent");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("verkan lsp"), "one line says why: {stderr}");
}

#[test]
fn garbage_on_stdin_is_a_clear_error_not_a_panic() {
    let (_dir, theories) = workspace();
    let mut client = Client::spawn(&theories);
    let garbage: Vec<u8> = (0..1_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    client.send_bytes(&garbage);
    let (status, stderr) = client.hang_up();
    assert!(!status.success());
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.lines().count() <= 2 && stderr.len() < 1000,
        "short: {stderr}"
    );
    assert!(stderr.contains("verkan lsp"), "{stderr}");
}

#[test]
fn other_toml_files_are_left_alone_and_a_clean_exit_is_success() {
    let (_dir, theories) = workspace();
    let mut client = Client::start(&theories, false);
    let uri = uri(&theories.join("Cargo.toml"));
    client.open(&uri, "[package]\nname = \"x\"\n");
    assert!(client.diagnostics(&uri, 1).is_empty());
    let unknown = client.response("verkan/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let (status, stderr) = client.shut_down();
    assert!(status.success(), "{stderr}");
}

#[test]
fn a_data_file_finding_shows_on_its_data_files_entry_with_the_row_beside() {
    let (_dir, theories) = workspace();
    let csv = theories.join("data/stegen-2011.csv");
    let mut rows = std::fs::read_to_string(&csv).unwrap();
    rows.push_str("okand-indikator,2011,,50,,,,\n");
    std::fs::write(&csv, &rows).unwrap();
    let mut client = Client::start(&theories, false);
    let (uri, text) = open(&mut client, &theories.join("stegen.toml"));
    let found = client.diagnostics(&uri, 1);
    let unknown = found
        .iter()
        .find(|d| d["code"] == "unknown-indicator")
        .unwrap_or_else(|| panic!("{found:?}"));
    let entry = text.find("\"data/stegen-2011.csv\"").unwrap() + 1;
    assert_eq!(unknown["range"]["start"], position(&text, entry));
    assert!(
        unknown["message"]
            .as_str()
            .unwrap()
            .starts_with("stegen-2011.csv:"),
        "{unknown}"
    );
    let row = &unknown["relatedInformation"][0]["location"];
    assert_eq!(row["uri"], crate::lsp_client::uri(&csv));
    assert_eq!(row["range"]["start"]["line"], rows.lines().count() - 1);
    client.shut_down();
}

#[test]
fn a_duplicate_id_points_at_the_first_one_and_an_effect_nothing_leads_to_gets_a_mechanism() {
    let (_dir, theories) = workspace();
    let path = theories.join("ny.toml");
    let text = "[theory]\nname = \"Ny\"\n\n[activities.mod]\ntext = \"Samtal\"\n\n[effects.mod]\ntext = \"Mer mod\"\nhorizon = \"short\"\n\n[effects.ensam]\ntext = \"Ensam effekt\"\nhorizon = \"long\"\n\n[indicators.ensam-andel]\ntext = \"Andel\"\nkind = \"outcome\"\nmeasures = \"ensam\"\n";
    let mut client = Client::start(&theories, false);
    let uri = uri(&path);
    client.open(&uri, text);
    let found = client.diagnostics(&uri, 1);
    let duplicate = found
        .iter()
        .find(|d| d["code"] == "duplicate-id")
        .unwrap_or_else(|| panic!("{found:?}"));
    let first = &duplicate["relatedInformation"][0]["location"];
    assert_eq!(first["uri"], uri.as_str());
    assert_eq!(
        first["range"]["start"]["line"], 3,
        "the activity's header: {duplicate}"
    );
    let alone = found
        .iter()
        .find(|d| {
            d["code"] == "effect-without-mechanism"
                && d["message"].as_str().unwrap().contains("ensam")
        })
        .unwrap_or_else(|| panic!("{found:?}"));
    let actions = code_actions(&mut client, &uri, alone);
    let add = actions
        .iter()
        .find(|a| a["title"] == "Lägg till en utkastmekanism som leder till `ensam`")
        .unwrap_or_else(|| panic!("{actions:?}"));
    let added = apply(text, add["edit"]["changes"][&uri].as_array().unwrap());
    assert!(
        added.contains("[mechanisms.till-ensam]") && added.contains("to = [\"ensam\"]"),
        "{added}"
    );
    change(&mut client, &uri, 2, &added);
    let found = client.diagnostics(&uri, 2);
    assert!(
        !found.iter().any(|d| d["code"] == "effect-without-mechanism"
            && d["message"].as_str().unwrap().contains("ensam")),
        "{found:?}"
    );
    client.shut_down();
}
