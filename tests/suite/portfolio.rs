//! The portfolio: `verkan report` over a folder gives one scorecard across theories, in every
//! format, whose counts are the theories' own and agree with `verkan coverage`.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn verkan(args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("verkan runs");
    assert!(
        out.status.success(),
        "verkan {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn json(args: &[&str]) -> Value {
    serde_json::from_slice(&verkan(args).stdout).expect("JSON")
}

const THEORIES: [&str; 4] = ["Aktivitetsarenan", "På väg", "Spira", "Stegen"];

#[test]
fn the_portfolio_json_sums_the_theories_and_agrees_with_coverage() {
    let portfolio = json(&["report", "theories/", "--format", "json"]);
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/portfolio.v1.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&portfolio)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    let names: Vec<&str> = portfolio["theories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["theory"].as_str().unwrap())
        .collect();
    assert_eq!(names, THEORIES);
    // Each line is that theory's own report and coverage.
    let coverage = json(&["coverage", "theories/", "--format", "json"]);
    for (k, line) in portfolio["theories"].as_array().unwrap().iter().enumerate() {
        let file = line["file"].as_str().unwrap();
        let own = json(&["report", file, "--format", "json"]);
        assert_eq!(line["summary"], own["summary"], "{file}");
        assert_eq!(portfolio["reports"][k], own, "{file}: the full report");
        assert_eq!(
            line["coverage"], coverage["theories"][k]["shares"],
            "{file}"
        );
    }
    // The totals are the sums, and `verkan coverage`'s total.
    assert_eq!(portfolio["total"]["coverage"], coverage["total"]);
    for status in [
        "met",
        "on_track",
        "partly_met",
        "not_met",
        "no_target",
        "no_data",
    ] {
        let sum: u64 = portfolio["theories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["summary"][status].as_u64().unwrap())
            .sum();
        assert_eq!(
            portfolio["total"]["summary"][status].as_u64(),
            Some(sum),
            "{status}"
        );
    }
}

#[test]
fn the_portfolio_in_every_text_format() {
    let table = String::from_utf8(verkan(&["report", "theories/"]).stdout).unwrap();
    let markdown =
        String::from_utf8(verkan(&["report", "theories/", "--format", "markdown"]).stdout).unwrap();
    let csv =
        String::from_utf8(verkan(&["report", "theories/", "--format", "csv"]).stdout).unwrap();
    for name in THEORIES {
        assert!(table.contains(name), "table: {name}");
        assert!(
            markdown.contains(&format!("## Måluppfyllelse: {name}")),
            "markdown section for {name}"
        );
    }
    assert!(
        table
            .lines()
            .any(|l| l.contains("Alla") && l.contains(" 55 ")),
        "the total row: {table}"
    );
    assert!(markdown.starts_with("# Måluppfyllelse: Förändringsteorier\n"));
    assert!(markdown.contains("| Alla teorier | 55 |"), "{markdown}");
    // CSV: one header, every theory's rows.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(&reader.headers().unwrap()[0], "theory");
    let theories: std::collections::BTreeSet<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(theories.into_iter().collect::<Vec<_>>(), THEORIES);
    // Several files are a portfolio too; one file is its own scorecard.
    let two = String::from_utf8(
        verkan(&[
            "report",
            "theories/spira.toml",
            "theories/stegen.toml",
            "--format",
            "markdown",
        ])
        .stdout,
    )
    .unwrap();
    assert!(
        two.starts_with("# ")
            && two.contains("## Måluppfyllelse: Spira")
            && two.contains("## Måluppfyllelse: Stegen")
    );
    let one = String::from_utf8(
        verkan(&["report", "theories/spira.toml", "--format", "markdown"]).stdout,
    )
    .unwrap();
    assert!(one.starts_with("## Måluppfyllelse: Spira"));
}

#[test]
fn a_portfolio_with_a_broken_theory_reports_its_errors_and_no_scorecard() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/spira.toml"),
        dir.path().join("spira.toml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("trasig.toml"), "[theory\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["report"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("trasig.toml:1:"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[cfg(feature = "xlsx")]
fn workbook(bytes: Vec<u8>) -> calamine::Xlsx<std::io::Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook")
}

#[cfg(feature = "xlsx")]
#[test]
fn the_workbook_a_steering_group_opens() {
    use calamine::{Data, Reader};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("styrgrupp.xlsx");
    verkan(&["report", "theories/", "-o", path.to_str().unwrap()]);
    let bytes = std::fs::read(&path).unwrap();
    let mut book = workbook(bytes.clone());
    assert_eq!(
        book.sheet_names(),
        [
            "Förändringsteorier",
            "Aktivitetsarenan",
            "På väg",
            "Spira",
            "Stegen",
            "Mätningar"
        ]
    );
    // The portfolio: a row per theory and the total, counts as numbers.
    let summary = book.worksheet_range("Förändringsteorier").unwrap();
    assert_eq!(
        summary.get_value((4, 0)),
        Some(&Data::String("Stegen".into()))
    );
    assert_eq!(
        summary.get_value((5, 1)),
        Some(&Data::Float(55.0)),
        "all effects"
    );
    // Stegen: the FK indicator's 49 % is the number 49, its status in words.
    let stegen = book.worksheet_range("Stegen").unwrap();
    let header: Vec<String> = stegen
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[0], "Effekt");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = stegen
        .rows()
        .find(|r| {
            r[column("Indikator")]
                .to_string()
                .starts_with("Andel av Försäkringskassans")
        })
        .expect("the FK row");
    assert_eq!(row[column("Senaste värde")], Data::Float(49.0));
    assert_eq!(row[column("Status")], Data::String("✗ ej uppnått".into()));
    assert_eq!(
        row[column("Tidshorisont")],
        Data::String("Effekter på mellanlång sikt".into())
    );
    // Every measurement, numbers as numbers, under the columns a data sheet has.
    let measurements = book.worksheet_range("Mätningar").unwrap();
    let header: Vec<String> = measurements
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let fk = measurements
        .rows()
        .find(|r| {
            r[at("Period")] == Data::String("2011".into())
                && r[at("Grupp")] == Data::String("FK".into())
        })
        .expect("FK's drop-out rate");
    assert_eq!(fk[at("Värde")], Data::Float(28.0));
    assert_eq!(
        fk[at("Indikator")],
        Data::String("avbrutit-deltagandet".into())
    );
    // The same data gives the same bytes.
    verkan(&["report", "theories/", "-o", path.to_str().unwrap()]);
    assert!(std::fs::read(&path).unwrap() == bytes, "byte-identical");
}

#[cfg(feature = "xlsx")]
#[test]
fn a_workbook_needs_a_file_and_keeps_formulas_out() {
    let out = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["report", "theories/spira.toml", "--format", "xlsx"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o styrgrupp.xlsx"));

    use calamine::{Data, Reader};
    let dir = tempfile::tempdir().unwrap();
    let theory =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/spira.toml"))
            .unwrap();
    // In TOML: text = "=HYPERLINK(\"http://evil\") Andel deltagare …"
    let text = theory.replacen(
        "text = \"Andel deltagare",
        "text = \"=HYPERLINK(\\\"http://evil\\\") Andel deltagare",
        1,
    );
    assert_ne!(text, theory);
    std::fs::write(dir.path().join("spira.toml"), text).unwrap();
    let path = dir.path().join("x.xlsx");
    verkan(&[
        "report",
        dir.path().join("spira.toml").to_str().unwrap(),
        "-o",
        path.to_str().unwrap(),
    ]);
    let mut book = workbook(std::fs::read(&path).unwrap());
    let sheet = book.worksheet_range("Spira").unwrap();
    let cell = sheet
        .rows()
        .flat_map(|r| r.iter())
        .find(|c| c.to_string().starts_with("=HYPERLINK"))
        .expect("the text is there");
    assert!(
        matches!(cell, Data::String(_)),
        "a text cell, not a formula: {cell:?}"
    );
    assert!(
        book.worksheet_formula("Spira")
            .unwrap()
            .used_cells()
            .next()
            .is_none(),
        "no formulas at all"
    );
}

/// A copy of the bundled theories in which Stegen was also measured in 2010.
fn measured_twice() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.path().join("theories/data")).unwrap();
    for name in [
        "stegen.toml",
        "spira.toml",
        "data/stegen-2011.csv",
        "data/stegen-2011.xlsx",
    ] {
        std::fs::copy(
            root.join("theories").join(name),
            dir.path().join("theories").join(name),
        )
        .unwrap();
    }
    let csv = dir.path().join("theories/data/stegen-2011.csv");
    let mut rows = std::fs::read_to_string(&csv).unwrap();
    rows.push_str("fk-till-fordjupad-samverkan,2010,,30,,,test,\n");
    std::fs::write(&csv, rows).unwrap();
    dir
}

#[test]
fn attainment_over_time_is_counted_as_of_each_period_and_drawn_on_the_overview() {
    let dir = measured_twice();
    let path = dir.path().join("theories/stegen.toml");
    let mut sources = verkan::source::Sources::new();
    let compiled = verkan::check_path(&mut sources, &path, &Default::default())
        .unwrap()
        .compiled
        .unwrap();
    let card = verkan::indicators::report::scorecard(&compiled, None);
    let periods: Vec<&str> = card.timeline.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(periods, ["2010", "2011"]);
    // The last period's counts are the scorecard's; in 2010 only the one indicator was
    // measured, below its target of 80 %.
    assert_eq!(card.timeline[1].1, card.summary);
    let early = &card.timeline[0].1;
    use verkan::compile::attainment::Status;
    assert_eq!(early.of(Status::NotMet), 1, "{early:?}");
    assert_eq!(early.of(Status::Met), 0);
    // The Word report has the same periods as a table.
    #[cfg(feature = "docx")]
    {
        let word = verkan::indicators::report::docx::word_report(&compiled, &card).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(word)).unwrap();
        let mut document = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("word/document.xml").unwrap(),
            &mut document,
        )
        .unwrap();
        let table = document.find("Över tid").expect("a heading for it");
        assert!(
            document[table..].contains(">2010</w:t>") && document[table..].contains(">2011</w:t>")
        );
    }
    // Theories measured once have none.
    let spira = dir.path().join("theories/spira.toml");
    let spira = verkan::check_path(&mut sources, &spira, &Default::default())
        .unwrap()
        .compiled
        .unwrap();
    assert!(verkan::indicators::report::scorecard(&spira, None)
        .timeline
        .is_empty());
    // The overview draws it, said in words.
    let out = dir.path().join("out");
    let built = crate::common::verkan_in(
        dir.path(),
        &["build", "theories", "-o", out.to_str().unwrap()],
    );
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("Över tid"), "a column for it");
    let chart = index
        .find("<svg class=\"timeline\"")
        .expect("Stegen's chart");
    let label = &index[chart..index[chart..].find('>').unwrap() + chart];
    assert!(
        label.contains("2010: 1 ej uppnått") && label.contains("2011: "),
        "{label}"
    );
    assert_eq!(
        index.matches("<svg class=\"timeline\"").count(),
        1,
        "Spira has one period"
    );
    // The portfolio workbook: the bar of each theory and Stegen's periods as Excel charts,
    // the periods' counts as cells under the table.
    #[cfg(feature = "xlsx")]
    {
        let bytes = std::fs::read(out.join("portfolio.xlsx")).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
        let charts: Vec<String> = (0..zip.len())
            .map(|i| zip.by_index(i).unwrap().name().to_string())
            .filter(|n| n.starts_with("xl/charts/chart"))
            .collect();
        assert_eq!(charts.len(), 2, "{charts:?}");
        // And each theory's diagram, small, opening its sheet.
        let pictures = (0..zip.len())
            .filter(|&i| {
                zip.by_index(i)
                    .unwrap()
                    .name()
                    .starts_with("xl/media/image")
            })
            .count();
        assert_eq!(pictures, 2, "Stegen's and Spira's");
        let mut drawing = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/drawings/_rels/drawing1.xml.rels").unwrap(),
            &mut drawing,
        )
        .unwrap();
        assert!(
            drawing.contains("#'Spira'!A1") || drawing.contains("#Spira!A1"),
            "{drawing}"
        );
        use calamine::Reader;
        let mut book = workbook(bytes);
        let first = book.sheet_names()[0].clone();
        let range = book.worksheet_range(&first).unwrap();
        let cells: Vec<String> = range.rows().flatten().map(|c| c.to_string()).collect();
        assert!(
            cells.iter().any(|c| c == "2010") && cells.iter().any(|c| c == "2011"),
            "{cells:?}"
        );
    }
}
