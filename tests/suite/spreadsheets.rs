//! Workbooks and CSV files as offices make them by hand: a title above the table, an
//! indicator merged over two rows, a hidden row, a share typed as `49 %`, a formula a script
//! wrote and nothing ever calculated, Excel's error values, headers in Swedish with their
//! synonyms. Each is read as the cell means it, or refused with its cell named; the good rows
//! are read either way.

#![cfg(feature = "xlsx")]

use crate::common;
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use std::path::Path;
use verkan::compile::Compiled;
use verkan::diagnostic::{Diagnostic, Severity};

/// One effect, a percent indicator `andel`, a count `antal` and `grupper` broken down by agency.
const THEORY: &str = r#"
[theory]
name = "Kalkyl"
language = "sv"
data_files = ["data.xlsx#Mätningar"]

[perspectives]
deltagare = "Deltagare"

[activities.a]
perspective = "deltagare"
text = "En insats"

[effects.e]
horizon = "short"
perspective = "deltagare"
text = "En effekt"

[mechanisms.m]
text = "Insatsen ger effekten"
from = ["a"]
to = ["e"]

[indicators.andel]
measures = "e"
kind = "outcome"
text = "Andel"
unit = "percent"
target = { value = 45, direction = "at_least" }
source = "Statistik"

[indicators.antal]
measures = "a"
kind = "output"
text = "Antal deltagare"
unit = "count"
target = { value = 40, direction = "at_least" }
source = "Statistik"

[indicators.grupper]
measures = "e"
kind = "output"
text = "Andel per myndighet"
unit = "percent"
target = { value = 25, direction = "at_most" }
source = "Statistik"
disaggregation = { myndighet = ["FK", "AF"] }
"#;

struct Read {
    compiled: Compiled,
    diagnostics: Vec<Diagnostic>,
    human: String,
}

/// `theory` checked as `verkan check` would, with `policy`, its messages in `language` (the
/// theory's own when `None`).
fn check_file(
    theory: &Path,
    language: Option<verkan::locale::Language>,
    policy: &verkan::DataPolicy,
) -> (verkan::Checked, String) {
    let mut sources = verkan::source::Sources::new();
    sources.choose_language(language);
    let checked = verkan::check_path_with(
        &mut sources,
        theory,
        &verkan::lints::LevelOverrides::new(),
        policy,
    )
    .unwrap();
    let human = common::render(&sources, &checked.diagnostics);
    (checked, human)
}

/// The theory, its data file named `data` (`data.csv`, `data.xlsx#Mätningar`), checked with
/// `bytes` as that file, in English.
fn read_with(data: &str, bytes: &[u8], policy: &verkan::DataPolicy) -> Read {
    let dir = tempfile::tempdir().unwrap();
    let file = data.split('#').next().unwrap_or(data);
    std::fs::write(dir.path().join(file), bytes).unwrap();
    let theory = THEORY.replace("data.xlsx#Mätningar", data);
    std::fs::write(dir.path().join("theory.toml"), theory).unwrap();
    let (checked, human) = check_file(
        &dir.path().join("theory.toml"),
        Some(verkan::locale::Language::En),
        policy,
    );
    Read {
        compiled: checked.compiled.expect("the theory compiles"),
        diagnostics: checked.diagnostics,
        human,
    }
}

/// Checks the theory with `book` as its workbook, hidden rows read or not.
fn read(book: &mut Workbook, include_hidden: bool) -> Read {
    let policy = verkan::DataPolicy {
        include_hidden,
        ..verkan::DataPolicy::default()
    };
    read_with(
        "data.xlsx#Mätningar",
        &book.save_to_buffer().unwrap(),
        &policy,
    )
}

fn values(compiled: &Compiled, id: &str) -> Vec<(String, Option<String>, Option<f64>)> {
    let indicator = compiled
        .theory
        .indicators
        .iter()
        .find(|i| i.header.id == id)
        .unwrap();
    indicator
        .measurements
        .iter()
        .map(|m| (m.period.clone(), m.group.clone(), m.value))
        .collect()
}

fn said(read: &Read, severity: Severity, words: &str) -> usize {
    read.diagnostics
        .iter()
        .filter(|d| d.severity == severity && d.message.en().contains(words))
        .count()
}

fn row(sheet: &mut Worksheet, r: u32, cells: &[&str]) {
    for (c, text) in cells.iter().enumerate() {
        if let Ok(n) = text.parse::<f64>() {
            sheet.write_number(r, c as u16, n).unwrap();
        } else if !text.is_empty() {
            sheet.write_string(r, c as u16, *text).unwrap();
        }
    }
}

/// The sheet an office makes: a title, a blank row, Swedish headers with a synonym
/// (`Anmärkning`), shares formatted as percentages, an indicator merged over two rows, and a
/// hidden row of last year's draft figures.
fn office_book() -> Workbook {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Mätningar").unwrap();
    sheet.write_string(0, 0, "Uppföljning 2019–2020").unwrap();
    row(
        sheet,
        2,
        &["Indikator", "Period", "Grupp", "Värde", "Anmärkning"],
    );
    let percent = Format::new().set_num_format("0%");
    row(sheet, 3, &["andel", "2019"]);
    sheet
        .write_number_with_format(3, 3, 0.49, &percent)
        .unwrap();
    row(sheet, 4, &["", "2020", "FK", "", "sammanslagen"]);
    sheet.write_number_with_format(4, 3, 0.3, &percent).unwrap();
    row(sheet, 5, &["", "2020", "AF"]);
    sheet.write_number_with_format(5, 3, 0.2, &percent).unwrap();
    sheet
        .merge_range(4, 0, 5, 0, "grupper", &Format::new())
        .unwrap();
    row(sheet, 6, &["andel", "2018", "", "12", "utkast"]);
    sheet.set_row_hidden(6).unwrap();
    row(sheet, 7, &["antal", "2020", "", "41"]);
    book
}

#[test]
fn an_office_sheet_is_read_as_its_cells_mean() {
    let read = read(&mut office_book(), false);
    let errors: Vec<_> = read
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{}", read.human);
    // 49 % is 49, said once for the sheet.
    assert_eq!(
        values(&read.compiled, "andel"),
        [("2019".into(), None, Some(49.0))]
    );
    assert_eq!(
        said(
            &read,
            Severity::Warning,
            "formatted as percentages and were read as such"
        ),
        1,
        "{}",
        read.human
    );
    // The merged indicator names both rows.
    assert_eq!(
        values(&read.compiled, "grupper"),
        [
            ("2020".into(), Some("FK".into()), Some(30.0)),
            ("2020".into(), Some("AF".into()), Some(20.0))
        ]
    );
    assert_eq!(
        values(&read.compiled, "antal"),
        [("2020".into(), None, Some(41.0))]
    );
    // The title above the table and the hidden row, each said, naming where.
    assert_eq!(
        said(&read, Severity::Warning, "starts at row 3"),
        1,
        "{}",
        read.human
    );
    assert_eq!(
        said(
            &read,
            Severity::Warning,
            "row 7 of the sheet `Mätningar` is hidden"
        ),
        1,
        "{}",
        read.human
    );
    // Read as they are when asked.
    let all = self::read(&mut office_book(), true);
    assert_eq!(
        values(&all.compiled, "andel"),
        [
            ("2019".into(), None, Some(49.0)),
            ("2018".into(), None, Some(12.0))
        ]
    );
    assert_eq!(said(&all, Severity::Warning, "hidden"), 0, "{}", all.human);
}

#[test]
fn a_cell_that_holds_no_value_is_named_and_the_other_rows_are_read() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Mätningar").unwrap();
    // As a script writes a workbook that nobody opened: formulas without results.
    sheet.set_formula_result_default("");
    row(
        sheet,
        0,
        &["indicator", "period", "value", "derived", "note"],
    );
    row(sheet, 1, &["antal", "2018", "35"]);
    row(sheet, 2, &["antal", "2019"]);
    sheet.write_formula(2, 2, "=C2+5").unwrap();
    row(sheet, 3, &["antal", "2020"]);
    // An error value, as Excel stores a formula's `#DIV/0!`.
    sheet
        .write_formula(
            3,
            2,
            rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"),
        )
        .unwrap();
    row(sheet, 4, &["andel", "2020"]);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .write_datetime_with_format(
            4,
            2,
            rust_xlsxwriter::ExcelDateTime::from_ymd(2020, 3, 1).unwrap(),
            &date,
        )
        .unwrap();
    row(sheet, 5, &["antal", "2021"]);
    sheet.write_boolean(5, 2, true).unwrap();
    row(sheet, 6, &["antal", "2022", "44", "", "40 + 4"]);
    sheet.write_boolean(6, 3, true).unwrap();
    row(sheet, 7, &["andel", "2022"]);
    sheet
        .write_number_with_format(7, 2, 0.5, &Format::new().set_num_format("0.0%"))
        .unwrap();
    row(sheet, 8, &["antal", "2023"]);
    sheet
        .write_number_with_format(8, 2, 0.5, &Format::new().set_num_format("0%"))
        .unwrap();
    let read = read(&mut book, false);
    let human = &read.human;
    for words in [
        "the cell Mätningar!C3 (column `value`) holds a formula that was never calculated",
        "the date 2020-03-01 in column `value` (Mätningar!C5) is not a number",
        "TRUE in column `value` (Mätningar!C6) is a yes or no, not a number",
        "`50%` in column `value` (Mätningar!C9) is a percentage, but its indicator counts in `count`",
        "the cell Mätningar!C4 (column `value`) shows Excel's error #DIV/0!, not a value",
    ] {
        assert_eq!(said(&read, Severity::Error, words), 1, "{words}:\n{human}");
    }
    assert_eq!(
        values(&read.compiled, "antal"),
        [
            ("2018".into(), None, Some(35.0)),
            ("2022".into(), None, Some(44.0))
        ]
    );
    let derived: Vec<bool> = read
        .compiled
        .theory
        .indicators
        .iter()
        .find(|i| i.header.id == "antal")
        .unwrap()
        .measurements
        .iter()
        .map(|m| m.derived)
        .collect();
    assert_eq!(
        derived,
        [false, true],
        "TRUE in the derived column is a yes"
    );
    assert_eq!(
        values(&read.compiled, "andel"),
        [("2022".into(), None, Some(50.0))]
    );
}

#[test]
fn a_hidden_column_is_left_out_and_named() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Mätningar").unwrap();
    row(
        sheet,
        0,
        &[
            "Indikator",
            "Period",
            "Gammalt värde",
            "Utfall",
            "Kommentar",
        ],
    );
    row(sheet, 1, &["antal", "2020", "12", "41", "från registret"]);
    sheet.set_column_hidden(2).unwrap();
    let read = read(&mut book, false);
    assert_eq!(
        values(&read.compiled, "antal"),
        [("2020".into(), None, Some(41.0))],
        "{}",
        read.human
    );
    assert_eq!(
        said(
            &read,
            Severity::Warning,
            "column C of the sheet `Mätningar` is hidden"
        ),
        1,
        "{}",
        read.human
    );
    let note = &read.compiled.theory.indicators[1].measurements[0].note;
    assert_eq!(
        note.as_deref(),
        Some("från registret"),
        "`Kommentar` is the note"
    );
}

#[test]
fn the_columns_are_listed_in_both_languages_when_one_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let theory = THEORY.replace("data.xlsx#Mätningar", "data.csv");
    std::fs::write(dir.path().join("theory.toml"), theory).unwrap();
    std::fs::write(
        dir.path().join("data.csv"),
        "indikator;period;vikt\nantal;2020;3\n",
    )
    .unwrap();
    let (_, human) = check_file(
        &dir.path().join("theory.toml"),
        None,
        &verkan::DataPolicy::default(),
    );
    assert!(human.contains("okänd kolumn `vikt`"), "{human}");
    assert!(
        human.contains("indikator (indicator), period, grupp (group), värde (value)"),
        "the theory's language first: {human}"
    );
}

/// Checks the theory with a CSV file of these bytes.
fn read_csv(bytes: &[u8]) -> Read {
    read_with("data.csv", bytes, &verkan::DataPolicy::default())
}

#[test]
fn csv_in_every_encoding_offices_save_reads_the_same() {
    let text = "Indikator;Period;Värde;Källa\r\nantal;2020;41;Försäkringskassan\r\n";
    let note = |read: &Read| {
        read.compiled.theory.indicators[1].measurements[0]
            .source
            .clone()
    };
    // Older Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, said so.
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let read = read_csv(&latin);
    assert_eq!(
        values(&read.compiled, "antal"),
        [("2020".into(), None, Some(41.0))],
        "{}",
        read.human
    );
    assert_eq!(note(&read).as_deref(), Some("Försäkringskassan"));
    assert_eq!(
        said(&read, Severity::Warning, "was read as Windows-1252"),
        1,
        "{}",
        read.human
    );
    // Excel's "Unicode text": UTF-16 with its byte-order mark, tab-separated; nothing to say.
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(
        text.replace(';', "\t")
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let read = read_csv(&utf16);
    assert_eq!(
        values(&read.compiled, "antal"),
        [("2020".into(), None, Some(41.0))],
        "{}",
        read.human
    );
    assert_eq!(note(&read).as_deref(), Some("Försäkringskassan"));
    assert_eq!(said(&read, Severity::Warning, "Windows-1252"), 0);
    // UTF-16 without its mark is refused, saying what it looks like.
    let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let read = read_csv(&bare);
    assert_eq!(
        said(
            &read,
            Severity::Error,
            "looks like UTF-16 without the byte-order mark"
        ),
        1,
        "{}",
        read.human
    );
}

/// `verkan report THEORY -o OUT` in `dir`.
fn report(dir: &Path, theory: &str, out: &str) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
        .current_dir(dir)
        .args(["report", theory, "-o", out])
        .output()
        .unwrap();
    assert!(
        output.status.code().is_some_and(|c| c <= 1) && dir.join(out).exists(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn a_scorecard_written_read_back_and_written_again_is_the_same_workbook() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
    for name in ["spira", "pa_vag", "stegen", "aktivitetsarenan"] {
        let first = tempfile::tempdir().unwrap();
        copy_dir(&root, first.path());
        let file = format!("{name}.toml");
        report(first.path(), &file, "scorecard.xlsx");
        // The same theory with no measurement of its own: all of them from the workbook's
        // measurements sheet.
        let text = std::fs::read_to_string(first.path().join(&file)).unwrap();
        let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
        if let Some(indicators) = doc
            .get_mut("indicators")
            .and_then(|i| i.as_table_like_mut())
        {
            for (_, indicator) in indicators.iter_mut() {
                if let Some(table) = indicator.as_table_like_mut() {
                    table.remove("measurements");
                }
            }
        }
        doc["theory"]["data_files"] =
            toml_edit::value(toml_edit::Array::from_iter(["scorecard.xlsx#Mätningar"]));
        let second = tempfile::tempdir().unwrap();
        std::fs::copy(
            first.path().join("scorecard.xlsx"),
            second.path().join("scorecard.xlsx"),
        )
        .unwrap();
        std::fs::write(second.path().join(&file), doc.to_string()).unwrap();
        report(second.path(), &file, "again.xlsx");
        let before = std::fs::read(first.path().join("scorecard.xlsx")).unwrap();
        let after = std::fs::read(second.path().join("again.xlsx")).unwrap();
        assert!(
            before == after,
            "{name}: the workbook read back and written again differs"
        );
    }
}

#[test]
fn the_workbook_prints_and_filters_as_an_independent_reader_sees_it() {
    if !common::has_python_module("openpyxl", "openpyxl", "the workbook's check") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    report(
        root,
        "theories/",
        dir.path().join("all.xlsx").to_str().unwrap(),
    );
    let workbook = dir.path().join("all.xlsx");
    common::python_tool("workbook.py", &[workbook.as_os_str()]);
    // Where LibreOffice is installed, it prints the workbook: a page or more per sheet.
    if let Some(pages) = common::pages_printed_by_libreoffice(&workbook, dir.path(), "the workbook")
    {
        assert!(pages >= 6, "{pages} pages for 6 sheets");
    }
}

/// `verkan import logframe FILE ARGS…` in `dir`: its exit code and what it said.
fn import(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
        .current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["import", "logframe"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The theory a logframe became, checked.
fn imported(path: &Path) -> (verkan::Checked, String) {
    check_file(
        path,
        Some(verkan::locale::Language::En),
        &verkan::DataPolicy::default(),
    )
}

#[test]
fn an_eu_logframe_in_a_workbook_becomes_a_theory_with_draft_mechanisms() {
    // The EU layout, as a project keeps it: a title, merged level cells, several indicators
    // in one cell, numbered results and activities.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Logframe").unwrap();
    sheet
        .write_string(0, 0, "Logical framework: Pathways to work")
        .unwrap();
    row(
        sheet,
        2,
        &[
            "",
            "Intervention logic",
            "Objectively verifiable indicators",
            "Baseline",
            "Target",
            "Sources of verification",
            "Assumptions",
        ],
    );
    row(
        sheet,
        3,
        &[
            "Overall objective",
            "More people with mental ill-health take part in work and society",
            "Share of participants in work or studies a year after exit",
            "2016: 10 %",
            "30 %",
            "Social insurance agency follow-up",
            "",
        ],
    );
    row(
        sheet,
        4,
        &[
            "Specific objective",
            "A joint method for individual cooperation is used in the agencies' regular work",
            "Number of agencies applying the method\nShare of participants with a joint plan",
            "0\n0 %",
            "4\n80 %",
            "Final report; interviews",
            "The agencies keep time for cooperation after the project",
        ],
    );
    row(
        sheet,
        5,
        &[
            "Results",
            "1. Participants have completed pre-rehabilitation",
            "Participants completing the programme",
            "0",
            "60",
            "Participant register",
            "Participants can attend regularly",
        ],
    );
    row(
        sheet,
        6,
        &[
            "",
            "2. A method guide for cooperation is adopted",
            "Method guide adopted by the steering group",
            "",
            "adopted",
            "Minutes",
            "",
        ],
    );
    row(
        sheet,
        7,
        &[
            "Activities",
            "1.1 Individual pre-rehabilitation",
            "",
            "",
            "",
            "",
            "Referrals from the agencies",
        ],
    );
    row(sheet, 8, &["", "1.2 Group activities", "", "", "", "", ""]);
    row(
        sheet,
        9,
        &["", "2.1 Monthly cooperation meetings", "", "", "", "", ""],
    );
    sheet
        .merge_range(5, 0, 6, 0, "Results", &Format::new())
        .unwrap();
    sheet
        .merge_range(7, 0, 9, 0, "Activities", &Format::new())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("logframe.xlsx"),
        book.save_to_buffer().unwrap(),
    )
    .unwrap();
    let (code, said) = import(dir.path(), &["logframe.xlsx", "--name", "Pathways"]);
    assert_eq!(code, 0, "{said}");
    let (checked, human) = imported(&dir.path().join("logframe.toml"));
    let theory = &checked.compiled.as_ref().expect("it compiles").theory;
    assert_eq!(theory.meta.name, "Pathways");
    let horizons: Vec<_> = theory
        .effects
        .iter()
        .map(|e| format!("{:?}", e.horizon))
        .collect();
    assert_eq!(horizons, ["Medium", "Long"]);
    assert_eq!(theory.outputs.len(), 2);
    assert_eq!(theory.activities.len(), 3);
    assert_eq!(theory.indicators.len(), 5);
    // Numbered activities deliver their own result.
    assert_eq!(theory.outputs[0].from.len(), 2);
    assert_eq!(theory.outputs[1].from.len(), 1);
    // Baselines and targets as numbers, a percentage as such.
    let share = &theory.indicators[0];
    assert_eq!(share.unit, verkan::model::Unit::Percent);
    assert_eq!(share.target.as_ref().and_then(|t| t.value), Some(30.0));
    assert_eq!(share.baseline.as_ref().map(|b| b.value), Some(10.0));
    assert_eq!(
        share.source.as_ref().map(|s| s.value.as_str()),
        Some("Social insurance agency follow-up")
    );
    // Assumptions are contexts of the draft mechanisms of the vertical logic.
    assert_eq!(theory.contexts.len(), 3);
    assert!(theory.mechanisms.iter().all(|m| m.draft), "{human}");
    assert_eq!(theory.mechanisms.len(), 2);
    // What the programme still has to say is what check lists: the drafts, and a target in words.
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{human}");
    assert_eq!(
        checked
            .diagnostics
            .iter()
            .filter(|d| d.rule == "draft-mechanism")
            .count(),
        2,
        "{human}"
    );
    let text = std::fs::read_to_string(dir.path().join("logframe.toml")).unwrap();
    assert!(text.contains("# Target in the logframe: adopted"), "{text}");
    assert!(
        dir.path().join("theory.schema.json").exists(),
        "the schema its #:schema names"
    );
    // Never replaces a file.
    let before = std::fs::read(dir.path().join("logframe.toml")).unwrap();
    let (code, said) = import(dir.path(), &["logframe.xlsx"]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("never replaces a file"), "{said}");
    assert_eq!(
        std::fs::read(dir.path().join("logframe.toml")).unwrap(),
        before
    );
}

#[test]
fn a_swedish_logframe_in_csv_becomes_a_swedish_theory() {
    let csv = "Nivå;Interventionslogik;Indikatorer;Utgångsvärde;Målvärde;Verifieringskällor;Antaganden\n\
               Övergripande mål;Fler unga vuxna försörjer sig själva;Andel i arbete efter två år;15 %;35 %;SCB;\n\
               Projektmål;Unga vuxna har en samordnad plan;Andel med samordnad plan;;90 %;Journaler;Parterna deltar\n\
               Resultat;Planer upprättade;Antal planer;0;100;Register;\n\
               Aktiviteter;Samordningsmöten;;;;;Lokaler finns\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ramverk.csv"), csv).unwrap();
    let (code, said) = import(dir.path(), &["ramverk.csv", "-o", "ung.toml"]);
    assert_eq!(code, 0, "{said}");
    let (checked, human) = imported(&dir.path().join("ung.toml"));
    let theory = &checked.compiled.as_ref().expect("it compiles").theory;
    assert_eq!(theory.meta.language, verkan::locale::Language::Sv);
    assert_eq!(theory.effects.len(), 2);
    assert_eq!(theory.indicators.len(), 3, "{human}");
    assert_eq!(theory.contexts.len(), 2);
    // Not a logframe: said what was looked for.
    std::fs::write(dir.path().join("annat.csv"), "a;b\n1;2\n").unwrap();
    let (code, said) = import(dir.path(), &["annat.csv"]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("intervention logic"), "{said}");
    assert!(!dir.path().join("annat.toml").exists());
}

#[test]
fn an_approximate_value_reads_as_one_from_csv_and_back_from_the_workbook() {
    let csv =
        "Indikator;Period;Värde\r\nandel;2020;ca 49 %\r\nantal;2020;≈ 40\r\nantal;2021;41\r\n";
    let read = read_csv(csv.as_bytes());
    let approximate = |compiled: &Compiled, id: &str| -> Vec<(Option<f64>, bool)> {
        let indicator = compiled
            .theory
            .indicators
            .iter()
            .find(|i| i.header.id == id)
            .unwrap();
        indicator
            .measurements
            .iter()
            .map(|m| (m.value, m.approximate))
            .collect()
    };
    assert_eq!(
        approximate(&read.compiled, "andel"),
        [(Some(49.0), true)],
        "{}",
        read.human
    );
    assert_eq!(
        approximate(&read.compiled, "antal"),
        [(Some(40.0), true), (Some(41.0), false)]
    );
    let card = verkan::indicators::report::scorecard(&read.compiled, None).markdown();
    assert!(card.contains("≈ 49 %"), "{card}");

    // Written into the scorecard workbook and read back from it, still approximate.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("data.csv"), csv).unwrap();
    let theory = THEORY.replace("data.xlsx#Mätningar", "data.csv");
    std::fs::write(dir.path().join("theory.toml"), theory).unwrap();
    report(dir.path(), "theory.toml", "book.xlsx");
    let bytes = std::fs::read(dir.path().join("book.xlsx")).unwrap();
    let again = read_with(
        "data.xlsx#Mätningar",
        &bytes,
        &verkan::DataPolicy::default(),
    );
    assert_eq!(
        approximate(&again.compiled, "andel"),
        [(Some(49.0), true)],
        "{}",
        again.human
    );
    assert_eq!(
        approximate(&again.compiled, "antal"),
        [(Some(40.0), true), (Some(41.0), false)]
    );
}
