//! `verkan report THEORY --format iati`: IATI 2.03 results, valid against IATI's own schema
//! (validated with lxml; .ci/run fetches the schema), and, without the publisher's identifiers,
//! a refusal that says what to add.

use std::path::Path;
use std::process::Command;

fn verkan(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_verkan"))
        .current_dir(dir)
        .env_remove("LANG")
        .args(args)
        .output()
        .unwrap()
}

/// Spira with what IATI needs of its publisher, in a folder of its own with its data.
fn spira_for_iati(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("theories/spira.toml")).unwrap();
    let text = text.replacen(
        "[theory]\n",
        "[theory]\niati_identifier = \"SE-KOM-2120000000-spira\"\nreporting_org = { ref = \"SE-KOM-2120000000\", type = \"15\" }\nactivity_status = \"closed\"\n",
        1,
    );
    std::fs::write(dir.join("spira.toml"), text).unwrap();
}

#[test]
fn iati_results_follow_the_theory_and_the_standards_own_schema() {
    let dir = tempfile::tempdir().unwrap();
    spira_for_iati(dir.path());
    let out = verkan(dir.path(), &["report", "spira.toml", "--format", "iati"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xml = String::from_utf8(out.stdout).unwrap();
    // The same bytes again.
    let again = verkan(dir.path(), &["report", "spira.toml", "--format", "iati"]);
    assert_eq!(xml.as_bytes(), again.stdout.as_slice());
    assert!(xml.contains("<iati-activities version=\"2.03\">"));
    assert!(xml.contains("xml:lang=\"sv\""));
    assert!(xml.contains("<activity-status code=\"4\"/>"));
    assert!(xml.contains("<activity-date type=\"2\" iso-date=\"2017-01-01\"/>"));
    // The step target: a percentage, ascending, its target and the computed value.
    assert!(xml.contains("<indicator measure=\"2\" ascending=\"1\">"));
    assert!(xml.contains("<target value=\"70\">"));
    // A verdict in words keeps the evaluation's qualification.
    assert!(xml.contains("Till stor del” är inte helt"));
    // Drafts are the file author's proposals: not published.
    assert!(!xml.contains("Antal beslut om"));
    assert_eq!(
        xml.matches("<result ").count(),
        xml.matches("</result>").count()
    );

    let schema =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/iati/2-03/iati-activities-schema.xsd");
    let test = "IATI results against IATI's schema";
    if !schema.exists() {
        crate::common::skipped(test, "IATI's schema in .ci/iati/2-03");
        return;
    }
    if !crate::common::has_python_module("lxml", "lxml", test) {
        return;
    }
    let file = dir.path().join("spira.xml");
    std::fs::write(&file, &xml).unwrap();
    crate::common::python_tool("iati.py", &[file.as_os_str(), schema.as_os_str()]);
}

#[test]
fn without_the_publishers_identifiers_iati_says_what_to_add() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = verkan(
        root,
        &[
            "report",
            "theories/aktivitetsarenan.toml",
            "--format",
            "iati",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing half-written");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("iati_identifier") && said.contains("reporting_org"),
        "{said}"
    );
    // Its measurements date the activity: only the two identifiers are asked for.
    assert!(!said.contains("period = "), "{said}");
}
