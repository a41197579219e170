//! The edit engine (`verkan::edit`) and `verkan edit`: every operation on every bundled theory
//! with the rest of the file byte for byte as it was, and every refusal leaving it untouched.

use crate::common::seed_theories;
use std::path::Path;
use verkan::edit::{apply, parse, revision, Applied, Refused};

fn edit(text: &str, json: &str) -> Result<Applied, Refused> {
    let edit = parse(json).expect("the test's edit is edit.v1");
    let read = |p: &Path| std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(p));
    apply(Path::new("theories/t.toml"), text, None, &edit, &read)
}

fn ops(ops: &str) -> String {
    format!(r#"{{"version": 1, "ops": [{ops}]}}"#)
}

fn compiled(text: &str) -> verkan::compile::Compiled {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add("t.toml", text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    checked.compiled.expect("the theory compiles")
}

/// Whether every line of `part` appears in `whole`, in order.
fn lines_kept(part: &str, whole: &str) -> bool {
    let mut lines = whole.lines();
    part.lines().all(|line| lines.any(|l| l == line))
}

#[test]
fn an_item_of_every_kind_is_added_after_its_kind_and_removed_again_to_the_byte() {
    for (name, text) in seed_theories() {
        let theory = compiled(&text).theory;
        let activity = &theory.activities[0].header.id;
        let effect = &theory.effects[0].header.id;
        let indicator = &theory.indicators[0].header.id;
        let adds = [
            r#""kind": "resource", "id": "ny-resurs", "fields": {"text": "En ny resurs"}"#.to_string(),
            r#""kind": "activity", "id": "ny-insats", "fields": {"text": "Ny", "uses": []}"#.to_string(),
            format!(r#""kind": "output", "id": "ny-prestation", "fields": {{"text": "Ny", "from": ["{activity}"]}}"#),
            r#""kind": "effect", "id": "ny-effekt", "fields": {"horizon": "medium", "text": "Ny"}"#.to_string(),
            format!(r#""kind": "mechanism", "id": "ny-mekanism", "fields": {{"text": "Ny", "from": ["{activity}"], "to": ["{effect}"]}}"#),
            r#""kind": "context", "id": "ny-kontext", "fields": {"kind": "structural", "text": "Ny"}"#.to_string(),
            format!(r#""kind": "indicator", "id": "ny-indikator", "fields": {{"measures": "{effect}", "kind": "outcome", "text": "Ny", "target": {{"direction": "at_least", "value": 5}}}}"#),
            r#""kind": "perspective", "id": "ny-perspektiv", "fields": {"label": "Nytt perspektiv"}"#.to_string(),
            r#""kind": "target_group", "id": "ny-grupp", "fields": {"role": "primary", "text": "Ny"}"#.to_string(),
        ];
        for add in &adds {
            let added = edit(&text, &ops(&format!(r#"{{"op": "add", {add}}}"#)))
                .unwrap_or_else(|e| panic!("{name}: {add}: {}", e.text().en()));
            assert!(
                lines_kept(&text, &added.text),
                "{name}: {add} moved a line:\n{}",
                added.text
            );
            let id = add
                .split(r#""id": ""#)
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let theory = compiled(&added.text).theory;
            assert!(theory.ids.contains_key(id) || theory.perspectives.iter().any(|p| p.id == id));
            // Removed again, the file is what it was, to the byte.
            let removed = edit(
                &added.text,
                &ops(&format!(r#"{{"op": "remove", "id": "{id}"}}"#)),
            )
            .unwrap_or_else(|e| panic!("{name}: remove {id}: {}", e.text().en()));
            assert_eq!(removed.text, text, "{name}: add and remove {id}");
        }
        // A measurement goes to its indicator, in the file's style.
        let measured = edit(
            &text,
            &ops(&format!(
                r#"{{"op": "add", "kind": "measurement", "id": "{indicator}", "fields": {{"period": "2020", "value": 1}}}}"#
            )),
        )
        .unwrap_or_else(|e| panic!("{name}: {}", e.text().en()));
        assert!(
            lines_kept(&text, &measured.text),
            "{name}: a measurement moved a line"
        );
        let theory = compiled(&measured.text).theory;
        let count = |t: &verkan::model::Theory| t.indicators[0].measurements.len();
        let before = count(&compiled(&text).theory);
        assert_eq!(count(&theory), before + 1, "{name}");
        // And taken away again (how the page undoes it), the file is what it was.
        let taken = edit(
            &measured.text,
            &ops(&format!(
                r#"{{"op": "remove", "id": "{indicator}", "measurement": {before}}}"#
            )),
        )
        .unwrap_or_else(|e| panic!("{name}: {}", e.text().en()));
        assert_eq!(taken.text, text, "{name}: add and remove a measurement");
    }
}

#[test]
fn a_set_changes_one_line_and_a_rename_changes_the_id_and_its_references() {
    for (name, text) in seed_theories() {
        let theory = compiled(&text).theory;
        let effect = &theory.effects[0].header.id;
        let set = edit(
            &text,
            &ops(&format!(
                r#"{{"op": "set", "id": "{effect}", "field": "text", "value": "Nya ord"}}"#
            )),
        )
        .unwrap();
        let changed: Vec<_> = text
            .lines()
            .zip(set.text.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert_eq!(changed.len(), 1, "{name}");
        assert_eq!(changed[0].1, "text = \"Nya ord\"", "{name}");
        assert_eq!(text.lines().count(), set.text.lines().count());

        let renamed = edit(
            &text,
            &ops(&format!(
                r#"{{"op": "rename", "id": "{effect}", "to": "omdopt"}}"#
            )),
        )
        .unwrap();
        let quoted = format!("\"{effect}\"");
        for (before, after) in text.lines().zip(renamed.text.lines()) {
            if before != after {
                let header = before.starts_with('[') && before.contains(&format!(".{effect}]"));
                let inferred = before.starts_with("inferred_links") && after.contains("omdopt =");
                assert!(
                    header || inferred || before.contains(&quoted),
                    "{name}: {before} → {after}"
                );
            }
        }
        assert!(
            !renamed.text.contains(&quoted),
            "{name}: a reference was left"
        );
        let theory = compiled(&renamed.text).theory;
        assert!(theory.ids.contains_key("omdopt"), "{name}");
        // Renamed back, it is the file it was.
        let back = edit(
            &renamed.text,
            &ops(&format!(
                r#"{{"op": "rename", "id": "omdopt", "to": "{effect}"}}"#
            )),
        )
        .unwrap();
        assert_eq!(back.text, text, "{name}");
    }
}

#[test]
fn a_removed_item_takes_its_references_with_it_and_leaves_the_comments_above_it() {
    let text = std::fs::read_to_string("theories/spira.toml").unwrap();
    // The first resource: the section's comment sits above its table.
    let removed = edit(&text, &ops(r#"{"op": "remove", "id": "finansiering"}"#)).unwrap();
    assert!(
        removed.text.contains("# --- Resurser ---"),
        "{}",
        removed.text
    );
    assert!(!removed.text.contains("\"finansiering\""));
    assert!(!removed.text.contains("[resources.finansiering]"));
    let theory = compiled(&removed.text).theory;
    assert!(!theory.ids.contains_key("finansiering"));
    // A mechanism's last starting point removed: said, not hidden.
    let theory = compiled(&text).theory;
    let mechanism = &theory.mechanisms[0];
    let mut json = Vec::new();
    for from in &mechanism.from {
        json.push(format!(r#"{{"op": "remove", "id": "{}"}}"#, from.name));
    }
    match edit(&text, &ops(&json.join(","))) {
        Ok(applied) => assert!(
            applied
                .notes
                .iter()
                .any(|n| n.en().contains(mechanism.header.id.as_str())),
            "{:?}",
            applied.notes
        ),
        // Or refused, when one of them is what an indicator measures.
        Err(refused) => assert!(
            refused.text().en().contains("measures"),
            "{}",
            refused.text().en()
        ),
    }
}

#[test]
fn a_refused_edit_says_why_and_changes_nothing() {
    let text = std::fs::read_to_string("theories/spira.toml").unwrap();
    let cases = [
        (
            r#"{"op": "set", "id": "ingen-sadan", "field": "text", "value": "x"}"#,
            "no item `ingen-sadan`",
        ),
        (
            r#"{"op": "set", "id": "upplevd-skillnad", "field": "horizon", "value": "kort"}"#,
            "kort",
        ),
        (
            r#"{"op": "set", "id": "upplevd-skillnad", "field": "hrizon", "value": "short"}"#,
            "hrizon",
        ),
        (
            r#"{"op": "rename", "id": "forrehab", "to": "upplevd-skillnad"}"#,
            "already in use",
        ),
        (
            r#"{"op": "rename", "id": "forrehab", "to": "två ord"}"#,
            "cannot be an id",
        ),
        (
            r#"{"op": "set", "id": "relationellt", "field": "to", "value": ["ingen-sadan"]}"#,
            "ingen-sadan",
        ),
        (
            r#"{"op": "remove", "id": "stegforflyttning"}"#,
            "andel-stegforflyttning",
        ),
        (
            r#"{"op": "remove", "id": "andel-stegforflyttning", "measurement": 9}"#,
            "no measurement 9",
        ),
        (
            r#"{"op": "add", "kind": "effect", "id": "forrehab", "fields": {"horizon": "short", "text": "x"}}"#,
            "already in use",
        ),
    ];
    for (op, says) in cases {
        let refused = edit(&text, &ops(op)).expect_err(op);
        let said = refused.text().en();
        assert!(said.contains(says), "{op}: {said}");
    }
    // An edit against another revision of the file is refused as a whole.
    let stale = format!(
        r#"{{"version": 1, "base": "{}", "ops": []}}"#,
        revision(b"older")
    );
    let refused = edit(&text, &stale).expect_err("stale");
    assert!(
        refused.text().en().contains("changed since"),
        "{}",
        refused.text().en()
    );
    let current = format!(
        r#"{{"version": 1, "base": "{}", "ops": []}}"#,
        revision(text.as_bytes())
    );
    assert_eq!(edit(&text, &current).unwrap().text, text);
    // Not an edit at all.
    let not_json = parse("{\"version\": 1, \"ops\": [").expect_err("not JSON");
    assert!(
        not_json.text().en().contains("line 1"),
        "{}",
        not_json.text().en()
    );
    assert!(parse(r#"{"version": 2, "ops": []}"#).is_err());
    assert!(parse(r#"{"version": 1, "ops": [{"op": "paint", "id": "x"}]}"#).is_err());
}

#[test]
fn an_edit_against_an_older_revision_applies_when_its_items_did_not_change() {
    let base = std::fs::read_to_string("theories/spira.toml").unwrap();
    // Someone else reworded another box meanwhile.
    let now = edit(
        &base,
        &ops(r#"{"op": "set", "id": "fungerande-liv", "field": "text", "value": "Annat"}"#),
    )
    .unwrap()
    .text;
    let mine = |id: &str| {
        format!(
            r#"{{"version": 1, "base": "{}", "ops": [{{"op": "set", "id": "{id}", "field": "text", "value": "Mitt"}}]}}"#,
            revision(base.as_bytes())
        )
    };
    let read = |p: &Path| std::fs::read(p);
    let path = Path::new("theories/spira.toml");
    let other = apply(
        path,
        &now,
        Some(&base),
        &parse(&mine("upplevd-skillnad")).unwrap(),
        &read,
    )
    .unwrap();
    assert!(other.text.contains("Annat") && other.text.contains("Mitt"));
    let same = apply(
        path,
        &now,
        Some(&base),
        &parse(&mine("fungerande-liv")).unwrap(),
        &read,
    );
    assert!(same.is_err(), "the same box changed meanwhile: a conflict");
}

#[test]
fn a_renamed_indicator_is_renamed_in_its_csv_data_file_and_noted_for_a_workbook() {
    let text = std::fs::read_to_string("theories/stegen.toml").unwrap();
    let applied = edit(
        &text,
        &ops(r#"{"op": "rename", "id": "fk-till-fordjupad-samverkan", "to": "fk-vidare"}"#),
    )
    .unwrap();
    let (path, csv) = &applied.data[0];
    assert!(path.ends_with("data/stegen-2011.csv"));
    let before = std::fs::read_to_string("theories/data/stegen-2011.csv").unwrap();
    assert_eq!(
        csv,
        &before.replace("fk-till-fordjupad-samverkan,", "fk-vidare,")
    );
    assert!(applied
        .done
        .iter()
        .any(|d| d.en().contains("stegen-2011.csv")));
}

#[test]
fn verkan_edit_writes_the_file_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let theory = dir.path().join("spira.toml");
    std::fs::copy("theories/spira.toml", &theory).unwrap();
    let before = std::fs::read(&theory).unwrap();
    let run = |json: &str| {
        let ops = dir.path().join("edit.json");
        std::fs::write(&ops, json).unwrap();
        crate::common::verkan_in(
            dir.path(),
            &["edit", "spira.toml", "--ops", ops.to_str().unwrap()],
        )
    };
    let refused = run(&ops(r#"{"op": "remove", "id": "ingen-sadan"}"#));
    assert_eq!(refused.status.code(), Some(2));
    assert!(crate::common::lossy(&refused.stderr).contains("ingen-sadan"));
    assert_eq!(std::fs::read(&theory).unwrap(), before);
    // An effect without an indicator yet: written, and the check says what is missing.
    let incomplete = run(&ops(
        r#"{"op": "add", "kind": "effect", "id": "trygghet", "fields": {"horizon": "short", "text": "Trygghet"}}"#,
    ));
    let out = crate::common::lossy(&incomplete.stdout);
    assert_eq!(incomplete.status.code(), Some(1), "{out}");
    assert!(out.contains("trygghet"), "{out}");
    assert!(std::fs::read_to_string(&theory)
        .unwrap()
        .contains("[effects.trygghet]"));
}

#[test]
fn the_readme_edit_applies_to_spira() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let json = readme
        .split("cat > edit.json <<'JSON'\n")
        .nth(1)
        .and_then(|rest| rest.split("\nJSON").next())
        .expect("the README has an edit example");
    let text = std::fs::read_to_string("theories/spira.toml").unwrap();
    let applied = edit(&text, json).unwrap_or_else(|e| panic!("{}", e.text().en()));
    assert_eq!(applied.done.len(), 5);
    let theory = compiled(&applied.text).theory;
    assert!(theory.ids.contains_key("forrehabilitering") && theory.ids.contains_key("trygghet"));
}

/// A small generator of numbers, so that the random test below is the same on every run.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % sides
    }
}

/// The items of a theory as (section, id, text), in file order.
fn items(text: &str) -> Vec<(&'static str, String, String)> {
    let theory = compiled(text).theory;
    let mut all = Vec::new();
    for r in &theory.resources {
        all.push(("resources", r.header.id.clone(), r.text.value.clone()));
    }
    for a in &theory.activities {
        all.push(("activities", a.header.id.clone(), a.text.value.clone()));
    }
    for e in &theory.effects {
        all.push(("effects", e.header.id.clone(), e.text.value.clone()));
    }
    for c in &theory.contexts {
        all.push(("contexts", c.header.id.clone(), c.text.value.clone()));
    }
    all
}

#[test]
fn random_edits_agree_with_the_same_edits_made_to_a_list_of_items() {
    for (name, start) in seed_theories() {
        let mut dice = Dice(0x9e37_79b9_7f4a_7c15 ^ name.len() as u64);
        let mut text = start.clone();
        // The model: what the items should be after each edit, kept by hand.
        let mut model = items(&text);
        for step in 0..60 {
            let pick = dice.roll(model.len());
            let (section, id, _) = model[pick].clone();
            let op = match dice.roll(4) {
                0 => {
                    let (kind, section, fields) = match dice.roll(3) {
                        0 => ("resource", "resources", String::new()),
                        1 => ("effect", "effects", r#""horizon": "long", "#.to_string()),
                        _ => (
                            "context",
                            "contexts",
                            r#""kind": "subjective", "#.to_string(),
                        ),
                    };
                    let new = format!("ny-{step}");
                    let words = format!("Ny text {step}");
                    model.push((section, new.clone(), words.clone()));
                    format!(
                        r#"{{"op": "add", "kind": "{kind}", "id": "{new}", "fields": {{{fields}"text": "{words}"}}}}"#
                    )
                }
                1 => {
                    let words = format!("Omskriven \"{step}\" ✓");
                    model[pick].2 = words.clone();
                    format!(
                        r#"{{"op": "set", "id": "{id}", "field": "text", "value": {}}}"#,
                        serde_json::to_string(&words).unwrap()
                    )
                }
                2 => {
                    let new = format!("{id}-{step}");
                    model[pick].1 = new.clone();
                    format!(r#"{{"op": "rename", "id": "{id}", "to": "{new}"}}"#)
                }
                _ => format!(r#"{{"op": "remove", "id": "{id}"}}"#),
            };
            match edit(&text, &ops(&op)) {
                Ok(applied) => {
                    if op.contains("\"remove\"") {
                        model.remove(pick);
                    }
                    text = applied.text;
                }
                Err(refused) => {
                    // Only a removal may be refused here: what an indicator measures alone.
                    let said = refused.text().en();
                    assert!(
                        op.contains("\"remove\"") && said.contains("measures"),
                        "{name} step {step}: {op}: {said}"
                    );
                    assert!(section == "effects" || section == "activities", "{said}");
                }
            }
            let mut expected = model.clone();
            let mut found = items(&text);
            expected.sort();
            found.sort();
            assert_eq!(found, expected, "{name} after step {step}: {op}");
        }
    }
}

/// `verkan edit` killed at any moment (SIGKILL, as a power cut would) leaves the file as it
/// was or as the edit made it, never a mix: the write is a temporary file renamed over it.
#[cfg(unix)]
#[test]
fn slow_an_edit_killed_at_any_moment_leaves_the_old_file_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let theory = dir.path().join("spira.toml");
    let old = std::fs::read_to_string("theories/spira.toml").unwrap();
    let json = ops(r#"{"op": "set", "id": "upplevd-skillnad", "field": "text", "value": "Efter"}"#);
    let new = edit(&old, &json).unwrap().text;
    let ops_file = dir.path().join("edit.json");
    std::fs::write(&ops_file, &json).unwrap();
    let mut dice = Dice(7);
    let (mut whole_old, mut whole_new) = (0, 0);
    for _ in 0..40 {
        std::fs::write(&theory, &old).unwrap();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
            .args([
                "edit",
                theory.to_str().unwrap(),
                "--ops",
                ops_file.to_str().unwrap(),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(dice.roll(20_000) as u64));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&theory).unwrap();
        if now == old {
            whole_old += 1;
        } else {
            assert_eq!(now, new, "a mix of the two");
            whole_new += 1;
        }
    }
    assert_eq!(whole_old + whole_new, 40);
}

#[test]
fn an_inferred_link_follows_its_link_through_rename_remove_and_set() {
    let text = std::fs::read_to_string("tests/rules/inferred-link/links.toml").unwrap();
    let renamed = edit(
        &text,
        &ops(r#"{"op": "rename", "id": "motivation", "to": "drivkraft"}"#),
    )
    .unwrap();
    assert!(
        renamed
            .text
            .contains(r#"inferred_links = { drivkraft = "ansökan nämner bara arbetsnivån"#),
        "{}",
        renamed.text
    );
    assert!(!renamed.text.contains("motivation ="));

    // The link goes, and its reason with it; the key goes when nothing is left.
    let removed = edit(&text, &ops(r#"{"op": "remove", "id": "samtal"}"#)).unwrap();
    assert!(!removed.text.contains("samtal ="), "{}", removed.text);
    assert_eq!(removed.text.matches("inferred_links").count(), 2);

    let set = edit(
        &text,
        &ops(r#"{"op": "set", "id": "steget-ut", "field": "from", "value": ["arbetsformaga", "platser"]}"#),
    )
    .unwrap();
    assert!(
        !set.text.contains("villkor för praktiken"),
        "the reason went with the link: {}",
        set.text
    );
    assert!(
        set.text.contains("ansökan nämner samtalen"),
        "the other mechanism's stays"
    );
}
