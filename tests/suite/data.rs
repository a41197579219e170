//! Data as spreadsheets write it: CSV from Swedish Excel (semicolons, byte-order mark, CRLF,
//! decimal commas), LibreOffice's defaults and tab-separated text all feed the same theory;
//! a wrong header says what was found. Indicators measured only per group take their status
//! from their groups, and an indicator without a status says why.

use crate::common;

use std::path::Path;
use verkan::compile::attainment::Status;
use verkan::compile::Compiled;
use verkan::diagnostic::{Diagnostic, Severity};
use verkan::indicators::report::scorecard;

/// A theory with one effect and three indicators: `andel` (a share with a target), `grupper`
/// (the same, broken down by agency) and `okning` (a rise without a baseline).
const THEORY: &str = r#"
[theory]
name = "Data"
language = "sv"
data_files = ["data.csv"]

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
target = { value = 50, direction = "at_least" }
source = "Statistik"

[indicators.grupper]
measures = "e"
kind = "output"
text = "Andel per myndighet"
unit = "percent"
target = { value = 25, direction = "at_most" }
source = "Statistik"
disaggregation = { myndighet = ["FK", "AF", "IoF"] }

[indicators.okning]
measures = "a"
kind = "output"
text = "Antal deltagare"
unit = "count"
target = { direction = "increase" }
source = "Statistik"
"#;

/// Checks the theory with `csv` as its data file, in a folder of its own.
fn with_data(csv: &[u8]) -> (Option<Compiled>, Vec<Diagnostic>, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("theory.toml"), THEORY).unwrap();
    std::fs::write(dir.path().join("data.csv"), csv).unwrap();
    let mut sources = verkan::source::Sources::new();
    sources.choose_language(Some(verkan::locale::Language::En));
    let checked = verkan::check_path(
        &mut sources,
        &dir.path().join("theory.toml"),
        &verkan::lints::LevelOverrides::new(),
    )
    .unwrap();
    let human = common::render(&sources, &checked.diagnostics);
    (checked.compiled, checked.diagnostics, human)
}

fn errors(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect()
}

/// What the three indicators read: (period, value) of the whole population, in file order.
fn values(compiled: &Compiled, id: &str) -> Vec<(String, Option<String>, Option<f64>)> {
    let i = compiled
        .theory
        .indicators
        .iter()
        .position(|i| i.header.id == id)
        .unwrap();
    compiled.theory.indicators[i]
        .measurements
        .iter()
        .map(|m| (m.period.clone(), m.group.clone(), m.value))
        .collect()
}

/// The same measurements in each dialect.
fn expected() -> Vec<(String, Option<String>, Option<f64>)> {
    vec![
        ("2019".into(), None, Some(40.5)),
        ("2020".into(), None, Some(99.25)),
    ]
}

#[test]
fn swedish_excel_csv_with_semicolons_bom_crlf_and_decimal_commas() {
    let csv = "\u{feff}indicator;period;group;value;note\r\n\
               andel;2019;;40,5;\"Räknat; avrundat, ungefär\"\r\n\
               andel;2020;;99,25;\r\n\
               okning;2020;;1 000;\r\n";
    let (compiled, diagnostics, human) = with_data(csv.as_bytes());
    assert!(errors(&diagnostics).is_empty(), "{human}");
    let compiled = compiled.unwrap();
    assert_eq!(values(&compiled, "andel"), expected());
    assert_eq!(
        values(&compiled, "okning"),
        [("2020".into(), None, Some(1000.0))],
        "digit groups"
    );
    // A bad row after CRLF lines and a byte-order mark is placed at its own line.
    let bad = format!("{csv}andel;2021;;många;\r\n");
    let (_, _, human) = with_data(bad.as_bytes());
    assert!(human.contains("data.csv:5:1"), "{human}");
}

#[test]
fn libreoffice_defaults_and_tab_separated_text_read_the_same() {
    let libreoffice = "indicator,period,group,value,note\n\
                       andel,2019,,40.5,\"Räknat, avrundat\"\n\
                       andel,2020,,\"99,25\",\n";
    let tabs = "indicator\tperiod\tgroup\tvalue\tnote\n\
                andel\t2019\t\t40,5\tRäknat, avrundat\n\
                andel\t2020\t\t99.25\t\n";
    for csv in [libreoffice, tabs] {
        let (compiled, diagnostics, human) = with_data(csv.as_bytes());
        assert!(errors(&diagnostics).is_empty(), "{csv}\n{human}");
        assert_eq!(values(&compiled.unwrap(), "andel"), expected(), "{csv}");
    }
}

#[test]
fn a_header_verkan_cannot_read_says_what_it_found() {
    // A separator verkan does not take (`|`): one column with the whole header in it.
    let (_, diagnostics, human) = with_data(b"indicator|period|value\nandel|2019|40\n");
    let error = errors(&diagnostics)[0];
    assert!(
        error
            .message
            .en()
            .contains("unknown column `indicator|period|value`"),
        "{human}"
    );
    assert!(
        human.contains("read as 1 column separated by commas"),
        "the note says how the header was read:\n{human}"
    );
    // A misspelt column in a Swedish file: the suggestion, and the file's separator named.
    let (_, diagnostics, human) =
        with_data("indicatr;period;value\r\nandel;2019;40\r\n".as_bytes());
    assert!(
        errors(&diagnostics)[0]
            .help
            .as_ref()
            .map(|h| h.en())
            .as_deref()
            == Some("did you mean `indicator`?"),
        "{human}"
    );
    assert!(
        human.contains("separated by semicolons: indicatr | period | value"),
        "{human}"
    );
}

#[test]
fn an_ambiguous_thousands_comma_is_refused_with_a_way_out() {
    let (_, diagnostics, human) = with_data(b"indicator,period,value\nandel,2019,\"1,000\"\n");
    let error = errors(&diagnostics)[0];
    assert!(
        error
            .message
            .en()
            .contains("`1,000` in column `value` is not a number"),
        "{human}"
    );
    assert!(
        error
            .help
            .as_ref()
            .unwrap()
            .en()
            .contains("write 1000 or 1.0"),
        "{human}"
    );
    assert!(human.contains("data.csv:2:1"), "at its line:\n{human}");
}

#[test]
fn an_indicator_measured_only_per_group_takes_its_status_from_the_groups() {
    // At most 25 %: FK 28 % (not met), AF 21 % (met), IoF unmeasured.
    let csv = "indicator,period,group,value\n\
               grupper,2011,FK,28\n\
               grupper,2011,AF,21\n\
               andel,2011,,60\n";
    let (compiled, diagnostics, human) = with_data(csv.as_bytes());
    assert!(errors(&diagnostics).is_empty(), "{human}");
    let compiled = compiled.unwrap();
    let card = scorecard(&compiled, None);
    let row = card.effects[0]
        .indicators
        .iter()
        .find(|i| i.id == "grupper")
        .unwrap();
    assert_eq!(row.status, Status::PartlyMet, "one group met, one not");
    let tally = row.from_groups.expect("rolled up from the groups");
    assert_eq!(
        (
            tally.count(Status::Met),
            tally.count(Status::NotMet),
            tally.count(Status::NoData),
            tally.groups
        ),
        (1, 1, 1, 3)
    );
    let markdown = card.markdown();
    assert!(
        markdown.contains(
            "◐ delvis uppnått (enligt grupperna: 1 uppnått, 1 ej uppnått, 1 data saknas av 3)"
        ),
        "{markdown}"
    );
    // Coverage counts it as measured (it is an output indicator here, so the effect's status
    // is its outcome indicator's).
    let i = compiled
        .theory
        .indicators
        .iter()
        .position(|i| i.header.id == "grupper")
        .unwrap();
    assert!(compiled.is_measured(i));
    assert_eq!(card.effects[0].status, Status::Met);

    // Every group not met: not met; every group met: met.
    for (fk, af, status) in [(28, 30, Status::NotMet), (20, 21, Status::Met)] {
        let csv =
            format!("indicator,period,group,value\ngrupper,2011,FK,{fk}\ngrupper,2011,AF,{af}\n");
        let (compiled, _, _) = with_data(csv.as_bytes());
        let card = scorecard(&compiled.unwrap(), None);
        let row = card.effects[0]
            .indicators
            .iter()
            .find(|i| i.id == "grupper")
            .unwrap();
        assert_eq!(row.status, status, "{fk} and {af}");
    }
}

#[test]
fn a_rise_without_a_baseline_says_why_it_has_no_status() {
    let (compiled, _, human) = with_data(b"indicator,period,value\nokning,2019,12\n");
    let card = scorecard(&compiled.expect(&human), None);
    let row = &card.activities[0].indicators[0];
    assert_eq!(row.status, Status::NoTarget);
    assert_eq!(row.unjudged, Some("ökning utan utgångsvärde"));
    assert!(card
        .markdown()
        .contains("? mål saknas (ökning utan utgångsvärde)"));
    // With a second value the rise is measured from the first.
    let (compiled, _, _) = with_data(b"indicator,period,value\nokning,2019,12\nokning,2020,15\n");
    let card = scorecard(&compiled.unwrap(), None);
    let row = &card.activities[0].indicators[0];
    assert_eq!(row.status, Status::Met);
    assert_eq!(row.unjudged, None);
    assert_eq!(
        row.series,
        ["12 (2019)", "15 (2020)"],
        "the values over the periods"
    );
}

#[test]
fn stegens_drop_out_rate_shows_its_groups_not_no_data() {
    let mut sources = verkan::source::Sources::new();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/stegen.toml");
    let checked =
        verkan::check_path(&mut sources, &path, &verkan::lints::LevelOverrides::new()).unwrap();
    let card = scorecard(&checked.compiled.unwrap(), None);
    let row = card
        .activities
        .iter()
        .flat_map(|a| &a.indicators)
        .find(|i| i.id == "avbrutit-deltagandet")
        .unwrap();
    // No target in the report: measured per group, so "no target", never "no data".
    assert_eq!(row.status, Status::NoTarget);
    assert!(row.from_groups.is_some());
    let markdown = card.markdown();
    assert!(markdown.contains("FK 28 %"), "{markdown}");
    assert!(
        !markdown.contains("– – data saknas"),
        "no doubled dash before a status"
    );
}

/// Stegen's scorecard (Markdown) from `dir/stegen.toml`, which must check without errors.
fn stegen_scorecard(dir: &Path) -> String {
    let mut sources = verkan::source::Sources::new();
    let checked = verkan::check_path(
        &mut sources,
        &dir.join("stegen.toml"),
        &verkan::lints::LevelOverrides::new(),
    )
    .unwrap();
    assert!(
        errors(&checked.diagnostics).is_empty(),
        "{}",
        common::render(&sources, &checked.diagnostics)
    );
    scorecard(&checked.compiled.unwrap(), None).markdown()
}

#[test]
fn stegens_data_saved_by_swedish_excel_gives_the_same_scorecard() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
    // The same rows as Swedish Excel writes them: semicolons, a byte-order mark, CRLF.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("stegen.toml"), dir.path().join("stegen.toml")).unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let original = std::fs::read(root.join("data/stegen-2011.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(original.as_slice());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    writer.write_record(rows.headers().unwrap()).unwrap();
    for row in rows.records() {
        writer.write_record(&row.unwrap()).unwrap();
    }
    let swedish = writer.into_inner().unwrap();
    assert!(swedish.windows(2).any(|w| w == b"\r\n") && swedish.contains(&b';'));
    std::fs::write(dir.path().join("data/stegen-2011.csv"), swedish).unwrap();
    assert_eq!(stegen_scorecard(dir.path()), stegen_scorecard(&root));
}

/// `theories/data/stegen-2011.xlsx`, made from the CSV beside it: the header and every row on
/// a sheet called Mätningar, numbers (and the period) as numbers, as someone who keeps the
/// data in Excel would have it.
#[cfg(feature = "xlsx")]
fn stegen_workbook() -> Vec<u8> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/data");
    let csv = std::fs::read(root.join("stegen-2011.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let mut book = Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1).unwrap();
    book.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    let sheet = book.add_worksheet();
    sheet.set_name("Mätningar").unwrap();
    for (c, name) in reader.headers().unwrap().iter().enumerate() {
        sheet.write_string(0, c as u16, name).unwrap();
    }
    for (r, row) in reader.records().enumerate() {
        for (c, cell) in row.unwrap().iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell.parse::<f64>() {
                Ok(n) => sheet.write_number(r, c, n).unwrap(),
                Err(_) if cell.is_empty() => sheet,
                Err(_) => sheet.write_string(r, c, cell).unwrap(),
            };
        }
    }
    book.save_to_buffer().unwrap()
}

#[cfg(feature = "xlsx")]
#[test]
fn the_bundled_workbook_is_made_by_this_test_from_the_csv() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/data/stegen-2011.xlsx");
    let made = stegen_workbook();
    if std::env::var_os("VERKAN_WRITE_WORKBOOK").is_some() {
        std::fs::write(&path, &made).unwrap();
    }
    let bundled = std::fs::read(&path)
        .expect("theories/data/stegen-2011.xlsx: run with VERKAN_WRITE_WORKBOOK=1 to make it");
    assert!(bundled == made, "the bundled workbook is not the one this test makes from the CSV; VERKAN_WRITE_WORKBOOK=1 remakes it");
}

#[cfg(feature = "xlsx")]
#[test]
fn stegens_data_from_the_workbook_gives_the_same_scorecard_as_from_the_csv() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
    let dir = tempfile::tempdir().unwrap();
    let theory = std::fs::read_to_string(root.join("stegen.toml")).unwrap();
    let from_workbook = theory.replace("data/stegen-2011.csv", "data/stegen-2011.xlsx#Mätningar");
    assert_ne!(from_workbook, theory);
    std::fs::write(dir.path().join("stegen.toml"), from_workbook).unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/stegen-2011.xlsx"), stegen_workbook()).unwrap();
    assert_eq!(stegen_scorecard(dir.path()), stegen_scorecard(&root));
}

#[cfg(feature = "xlsx")]
#[test]
fn a_bad_cell_is_named_by_sheet_and_cell_and_the_good_rows_are_read() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Mätningar").unwrap();
    for (c, name) in ["indicator", "period", "value"].iter().enumerate() {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    sheet.write_string(1, 0, "andel").unwrap();
    sheet.write_number(1, 1, 2019).unwrap();
    sheet.write_number(1, 2, 40.5).unwrap();
    sheet.write_string(2, 0, "andel").unwrap();
    sheet.write_number(2, 1, 2020).unwrap();
    sheet.write_string(2, 2, "ungefär hälften").unwrap();
    sheet.write_string(3, 0, "andel").unwrap();
    // A date typed into the period column, shown as a date, as Excel stores it.
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .write_datetime_with_format(
            3,
            1,
            rust_xlsxwriter::ExcelDateTime::from_ymd(2021, 6, 30).unwrap(),
            &date,
        )
        .unwrap();
    sheet.write_number(3, 2, 0.75 * 100.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("data.xlsx"), bytes).unwrap();
    let theory = THEORY.replace("data.csv", "data.xlsx#Mätningar");
    std::fs::write(dir.path().join("theory.toml"), &theory).unwrap();
    let mut sources = verkan::source::Sources::new();
    sources.choose_language(Some(verkan::locale::Language::En));
    let checked = verkan::check_path(
        &mut sources,
        &dir.path().join("theory.toml"),
        &verkan::lints::LevelOverrides::new(),
    )
    .unwrap();
    let human = common::render(&sources, &checked.diagnostics);
    let errors = errors(&checked.diagnostics);
    assert_eq!(errors.len(), 1, "{human}");
    assert!(
        errors[0]
            .message
            .en()
            .contains("`ungefär hälften` in column `value` (Mätningar!C3) is not a number"),
        "{human}"
    );
    assert!(human.contains("data.xlsx#Mätningar:3:1"), "{human}");
    // The good rows are read: a number, and a date cell as its month.
    let compiled = checked.compiled.expect("the theory itself parses");
    assert_eq!(
        values(&compiled, "andel"),
        [
            ("2019".into(), None, Some(40.5)),
            ("2021-06".into(), None, Some(75.0))
        ]
    );
}

#[test]
fn percentages_exported_as_fractions_are_pointed_out_at_their_row() {
    // What a sheet with percent-formatted cells gives when saved as CSV: 0,45 for 45 %.
    let (_, diagnostics, human) =
        with_data("indicator;period;value\nandel;2011;0,45\nandel;2012;0,5\n".as_bytes());
    let found: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.rule == "percent-as-fraction")
        .collect();
    assert_eq!(found.len(), 1, "{human}");
    assert!(human.contains("data.csv:2:"), "the first such row: {human}");
    assert!(human.contains("0.45 is 0.45 %, not 45 %"), "{human}");
    // Real percentages, or one value above 1, are not fractions.
    let (_, diagnostics, _) =
        with_data("indicator;period;value\nandel;2011;0,45\nandel;2012;45\n".as_bytes());
    assert!(!diagnostics.iter().any(|d| d.rule == "percent-as-fraction"));
}

#[test]
fn a_swedish_header_row_reads_like_an_english_one() {
    let csv = "\u{feff}Indikator;Period;Grupp;Värde;Anteckning\r\n\
               andel;2019;;40,5;\"Räknat; avrundat, ungefär\"\r\n\
               andel;2020;;99,25;\r\n";
    let (compiled, diagnostics, human) = with_data(csv.as_bytes());
    assert!(errors(&diagnostics).is_empty(), "{human}");
    assert_eq!(values(&compiled.unwrap(), "andel"), expected());
    // A bad number is named by the column as the sheet names it.
    let bad = format!("{csv}andel;2021;;många;\r\n");
    let (_, _, human) = with_data(bad.as_bytes());
    assert!(human.contains("`många` in column `Värde`"), "{human}");
}
