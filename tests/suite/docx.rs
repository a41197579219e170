//! The Word report (`verkan report THEORY --format docx`): the same bytes every time, the
//! evaluation's verdicts with their own words and the reconstructed parts marked, read by an
//! independent reader (python-docx) and, where LibreOffice is installed, printed by it.

#![cfg(feature = "docx")]

use std::io::Read;
use std::path::Path;
use std::process::Command;

/// `verkan report theories/NAME.toml -o OUT`: the document's bytes.
fn report(name: &str, out: &Path) -> Vec<u8> {
    report_of(&format!("theories/{name}.toml"), out)
}

/// `verkan report PATH -o OUT`, a theory or a folder: the document's bytes.
fn report_of(path: &str, out: &Path) -> Vec<u8> {
    let output = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["report", path, "-o"])
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read(out).unwrap()
}

/// The text of one part of the package.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

const THEORIES: [(&str, &str); 4] = [
    ("spira", "Spira"),
    ("pa_vag", "På väg"),
    ("stegen", "Stegen"),
    ("aktivitetsarenan", "Aktivitetsarenan"),
];

#[test]
fn the_word_report_is_the_same_every_time_and_carries_the_reports_words() {
    let dir = tempfile::tempdir().unwrap();
    for (name, _) in THEORIES {
        let first = report(name, &dir.path().join(format!("{name}.docx")));
        let again = report(name, &dir.path().join(format!("{name}-again.docx")));
        assert!(first == again, "{name}: two runs differ");
        let document = part(&first, "word/document.xml");
        assert!(document.contains("Heading1") && document.contains("<w:tblHeader/>"));
        assert!(part(&first, "docProps/core.xml").contains("<dc:language>sv-SE</dc:language>"));
        assert!(part(&first, "word/media/diagram.svg").starts_with("<svg"));
    }
    let stegen = part(
        &report("stegen", &dir.path().join("s.docx")),
        "word/document.xml",
    );
    // A verdict in words goes with the report's own qualification.
    assert!(stegen.contains("Bygger på deltagarstudien, där några av deltagarna intervjuades"));
    let pa_vag = part(
        &report("pa_vag", &dir.path().join("p.docx")),
        "word/document.xml",
    );
    // What the file's author reconstructed is said so, with the reason.
    assert!(pa_vag.contains("Härlett av teorins författare"));
    assert!(pa_vag.contains("är filens koppling till figurens effekter"));
    let arenan = part(
        &report("aktivitetsarenan", &dir.path().join("a.docx")),
        "word/document.xml",
    );
    assert!(arenan.contains("ej genomförd: aldrig prövad"));
    assert!(arenan.contains("Härledd länk"));
}

#[test]
fn the_word_report_reads_as_an_independent_reader_sees_it() {
    if !crate::common::has_python_module("docx", "python-docx", "the Word report's check") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, title) in THEORIES {
        let path = dir.path().join(format!("{name}.docx"));
        report(name, &path);
        crate::common::python_tool(
            "docx_report.py",
            &[path.as_os_str(), title.as_ref(), "sv-SE".as_ref()],
        );
    }
    // Where LibreOffice is installed, it opens the report and prints it.
    let path = dir.path().join("spira.docx");
    if let Some(pages) =
        crate::common::pages_printed_by_libreoffice(&path, dir.path(), "the Word report")
    {
        assert!(pages >= 5, "{pages} pages");
    }
}

#[test]
fn a_word_report_needs_a_file_and_iati_one_theory() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_verkan"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("LANG")
            .args(args)
            .output()
            .unwrap()
    };
    let to_terminal = run(&["report", "theories/spira.toml", "--format", "docx"]);
    assert_eq!(to_terminal.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&to_terminal.stderr).contains("rapport.docx"));
    // IATI's activity is one programme: a folder is refused, nothing written.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alla.xml");
    let several = run(&[
        "report",
        "theories/",
        "--format",
        "iati",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(several.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&several.stderr).contains("iati"));
    assert!(!out.exists(), "nothing half-written");
}

#[test]
fn a_draft_effect_is_marked_where_the_scorecard_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.docx");
    let output = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["report", "tests/rules/draft-item/inferred.toml", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let document = part(&std::fs::read(&out).unwrap(), "word/document.xml");
    assert!(document.contains("Kortare väntan mellan insatserna (utkast)"));
    // And why, in the chapter on what was inferred.
    assert!(document.contains("figuren visar effekten, men ingen text anger den"));
}

#[test]
fn the_portfolio_as_a_word_document_shows_each_theory_small_with_its_attainment() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("portfolj.docx");
    let bytes = report_of("theories/", &out);
    assert!(
        bytes == report_of("theories/", &dir.path().join("again.docx")),
        "the same bytes every time"
    );
    let document = part(&bytes, "word/document.xml");
    assert!(
        document.contains(">Förändringsteorier</w:t>"),
        "the overview's title"
    );
    // The portfolio's table, then each theory's heading and its own picture.
    let mut at = document
        .find(">Alla teorier</w:t>")
        .expect("the totals row");
    // In the folder's order.
    for title in ["Aktivitetsarenan", "På väg", "Spira", "Stegen"] {
        let heading = document[at..]
            .find(&format!(">{title}"))
            .unwrap_or_else(|| panic!("{title}"));
        at += heading;
    }
    for n in ["", "-2", "-3", "-4"] {
        assert!(
            part(&bytes, &format!("word/media/diagram{n}.svg")).starts_with("<svg"),
            "{n}"
        );
    }
    // Each theory's diagram and its effects by status as the overview's bar, said in words.
    assert_eq!(document.matches("<wp:docPr ").count(), 8);
    for id in ["rIdPng\"", "rIdPng2\"", "rIdPng8\""] {
        assert!(document.contains(id), "{id} is drawn");
    }
    assert!(
        document.contains("descr=\"7 uppnått, 5 delvis uppnått"),
        "Spira's bar in words"
    );
    assert!(part(&bytes, "docProps/core.xml").contains("<dc:title>Förändringsteorier</dc:title>"));
    let printed = crate::common::pages_printed_by_libreoffice(
        &out,
        dir.path(),
        "the portfolio's Word document",
    );
    if let Some(pages) = printed {
        assert!((2..=6).contains(&pages), "{pages} pages");
    }
}
