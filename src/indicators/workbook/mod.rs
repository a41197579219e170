//! Measurements from an Excel workbook (`data_files = ["data/stegen.xlsx#Mätningar"]`), read
//! with calamine: the sheet becomes CSV text with the same columns as a CSV file, so it is
//! checked by the same reader and its rows are shown in diagnostics; a bad value is named by
//! its cell (`Mätningar!D7`). Numbers are taken as Excel stores them, not as they happen to be
//! displayed, except that a cell formatted as a percentage is read as one (0.49 shown as 49 %
//! is 49 %, said once per sheet); what a cell held that its text does not tell (a date, TRUE,
//! `#N/A`, a formula never calculated) goes with it, for its own message.

use crate::locale::Text;
use crate::t;
use calamine::{Data, DataType, Dimensions, Range, Reader, Xlsx};
use std::collections::HashMap;
use std::io::Cursor;

mod facts;

/// A sheet read: its table as CSV text, where each of its cells sits, and what the reading
/// says of the sheet as a whole (a message and its help each).
pub struct Sheet {
    /// The table, header row first, as the CSV reader takes it.
    pub text: String,
    /// Where each row and field of the text sits in the sheet.
    pub cells: Cells,
    /// Rows and columns left out, percentages read as such, a title above the table.
    pub said: Vec<(Text, Text)>,
}

/// What a cell held that its text alone does not tell.
#[derive(Debug, Clone, PartialEq)]
pub enum CellKind {
    /// A date (as `2019-12-01`): a period, never a value.
    Date(String),
    /// TRUE or FALSE.
    Bool(bool),
    /// One of Excel's error values (`#N/A`, `#DIV/0!`).
    Error(String),
    /// A formula whose result was never stored (a sheet written by a program, never opened).
    NoResult,
}

/// Where the CSV text's rows and fields sit in the sheet, and what some cells held.
#[derive(Debug, Clone)]
pub struct Cells {
    /// The sheet's name.
    pub sheet: String,
    /// The sheet row (0-based) of each line of the text.
    rows: Vec<u32>,
    /// The sheet column (0-based) of each field.
    columns: Vec<u32>,
    kinds: HashMap<(usize, usize), CellKind>,
}

impl Cells {
    /// The cell of `row` (0-based line of the CSV text) and `column` (0-based field), as
    /// Excel names it: `Mätningar!D7`.
    pub fn name(&self, row: usize, column: usize) -> String {
        let row = self.rows.get(row).copied().unwrap_or(0);
        let column = self.columns.get(column).copied().unwrap_or(0);
        let sheet = if self.sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
            self.sheet.clone()
        } else {
            format!("'{}'", self.sheet.replace('\'', "''"))
        };
        format!("{sheet}!{}{}", letters(column), row + 1)
    }

    /// What the cell of `row` and `column` held, when its text does not say.
    pub fn kind(&self, row: usize, column: usize) -> Option<&CellKind> {
        self.kinds.get(&(row, column))
    }
}

/// A column's letters: 0 is `A`, 26 is `AA`.
fn letters(column: u32) -> String {
    let mut n = column as usize + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8_lossy(&letters).into_owned()
}

/// The sheet (`sheet`, or the first) as a table: merged cells given their value in every cell
/// they cover, hidden rows and columns left out (unless `include_hidden`), the header row
/// found below a title, percentages read as such. The error is a message and a help.
pub fn sheet_as_csv(
    bytes: Vec<u8>,
    sheet: Option<&str>,
    include_hidden: bool,
) -> Result<Sheet, (Text, Text)> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(&bytes[..])).map_err(
        |e: calamine::XlsxError| {
            (
                t!("workbook-not-excel", error = e.to_string()),
                t!("workbook-not-excel-help"),
            )
        },
    )?;
    let name = sheet_name(&book, sheet)?;
    // One wording for every way reading the sheet can fail.
    let unreadable = |e: &dyn std::fmt::Display| {
        (
            t!(
                "workbook-sheet-unreadable",
                sheet = &name,
                error = e.to_string()
            ),
            t!("workbook-sheet-unreadable-help"),
        )
    };
    let range = book.worksheet_range(&name).map_err(|e| unreadable(&e))?;
    let formulas = book.worksheet_formula(&name).ok();
    let merged = book
        .worksheet_merge_cells(&name)
        .and_then(Result::ok)
        .unwrap_or_default();
    let facts = facts::read(&bytes, &name);
    let grid = Grid {
        range: &range,
        formulas: formulas.as_ref(),
        merged: &merged,
        facts: &facts,
    };
    grid.table(&name, include_hidden)
        .map_err(|e| unreadable(&e))
}

/// The sheet asked for, or the first; an unknown name is refused with the nearest.
fn sheet_name(book: &Xlsx<Cursor<&[u8]>>, sheet: Option<&str>) -> Result<String, (Text, Text)> {
    let names = book.sheet_names();
    match sheet {
        Some(wanted) => names.iter().find(|n| *n == wanted).cloned().ok_or_else(|| {
            let sheets = names.join(", ");
            let help = match crate::suggest::closest(wanted, names.iter().map(String::as_str)) {
                Some(best) => t!("workbook-sheet-did-you-mean", name = best, sheets = sheets),
                None => t!("workbook-sheets", sheets = sheets),
            };
            (t!("workbook-no-sheet", sheet = wanted), help)
        }),
        None => names
            .first()
            .cloned()
            .ok_or_else(|| (t!("workbook-no-sheets"), t!("workbook-no-sheets-help"))),
    }
}

/// Which sheet rows and columns make the table, and what is said of those left out.
struct Arrangement {
    rows: Vec<u32>,
    columns: Vec<u32>,
    said: Vec<(Text, Text)>,
}

/// A sheet's values with what its XML adds, addressed by the sheet's own rows and columns.
struct Grid<'a> {
    range: &'a Range<Data>,
    formulas: Option<&'a Range<String>>,
    merged: &'a [Dimensions],
    facts: &'a facts::Facts,
}

impl Grid<'_> {
    /// The value at a sheet cell: a merged region's value in every cell it covers.
    fn value(&self, row: u32, column: u32) -> &Data {
        let (row, column) = self
            .merged
            .iter()
            .find(|d| d.contains(row, column))
            .map_or((row, column), |d| d.start);
        self.range.get_value((row, column)).unwrap_or(&Data::Empty)
    }

    fn has_formula(&self, row: u32, column: u32) -> bool {
        self.formulas
            .and_then(|f| f.get_value((row, column)))
            .is_some_and(|f| !f.is_empty())
    }

    /// The table as CSV text, with where its cells sit and what was left out.
    fn table(&self, name: &str, include_hidden: bool) -> Result<Sheet, csv::Error> {
        let (Some(start), Some(end)) = (self.range.start(), self.range.end()) else {
            return Ok(Sheet {
                text: String::new(),
                cells: Cells {
                    sheet: name.to_string(),
                    rows: Vec::new(),
                    columns: Vec::new(),
                    kinds: HashMap::new(),
                },
                said: Vec::new(),
            });
        };
        let Arrangement {
            rows,
            columns,
            mut said,
        } = self.arrangement(name, include_hidden, start, end);
        let rows = &rows[..];
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let mut kinds = HashMap::new();
        let mut percents = Vec::new();
        for (line, &r) in rows.iter().enumerate() {
            let mut record = Vec::with_capacity(columns.len());
            for (field, &c) in columns.iter().enumerate() {
                let (text, kind) = self.cell(r, c);
                if let Some(kind) = kind {
                    kinds.insert((line, field), kind);
                }
                if line > 0
                    && self.facts.percent.contains(&(r, c))
                    && matches!(self.value(r, c), Data::Int(_) | Data::Float(_))
                {
                    percents.push(format!("{}{}", letters(c), r + 1));
                }
                record.push(text);
            }
            writer.write_record(&record)?;
        }
        if !percents.is_empty() {
            let count = percents.len();
            if count > 5 {
                percents.truncate(5);
                percents.push("…".to_string());
            }
            said.push((
                t!(
                    "workbook-percent-read",
                    sheet = name,
                    cells = percents.join(", "),
                    count = count
                ),
                t!("workbook-percent-read-help"),
            ));
        }
        let bytes = writer.into_inner().map_err(|e| e.into_error())?;
        Ok(Sheet {
            text: String::from_utf8(bytes).expect("calamine gives text as UTF-8"),
            cells: Cells {
                sheet: name.to_string(),
                rows: rows.to_vec(),
                columns,
                kinds,
            },
            said,
        })
    }

    /// The sheet rows and columns the table is read from (hidden ones left out unless
    /// `include_hidden`, empty rows and a title above the header passed over), and what is
    /// said of them.
    fn arrangement(
        &self,
        name: &str,
        include_hidden: bool,
        start: (u32, u32),
        end: (u32, u32),
    ) -> Arrangement {
        let mut said = Vec::new();
        let empty = |r: u32, cols: &[u32]| cols.iter().all(|&c| self.value(r, c).is_empty());
        let all_columns: Vec<u32> = (start.1..=end.1).collect();
        let hidden_rows: Vec<u32> = (start.0..=end.0)
            .filter(|r| self.facts.hidden_rows.contains(r) && !empty(*r, &all_columns))
            .collect();
        let hidden_columns: Vec<u32> = all_columns
            .iter()
            .copied()
            .filter(|c| self.facts.hidden_columns.contains(c))
            .collect();
        let shown = |hidden: &[u32], at: u32| include_hidden || !hidden.contains(&at);
        let columns: Vec<u32> = all_columns
            .iter()
            .copied()
            .filter(|&c| shown(&hidden_columns, c))
            .collect();
        let rows: Vec<u32> = (start.0..=end.0)
            .filter(|&r| shown(&hidden_rows, r) && !empty(r, &columns))
            .collect();
        // A title above the table: the header is the first row that names columns.
        let header_at = rows
            .iter()
            .take(30)
            .position(|&r| self.names_columns(r, &columns))
            .unwrap_or(0);
        if header_at > 0 {
            said.push((
                t!(
                    "workbook-header-below",
                    sheet = name,
                    row = (rows[header_at] + 1) as usize
                ),
                t!("workbook-header-below-help"),
            ));
        }
        let rows = rows[header_at..].to_vec();
        if !include_hidden && !hidden_rows.is_empty() {
            let list: Vec<String> = hidden_rows.iter().map(|r| (r + 1).to_string()).collect();
            said.push((
                t!(
                    "workbook-hidden-rows",
                    sheet = name,
                    rows = list.join(", "),
                    count = hidden_rows.len()
                ),
                t!("workbook-hidden-help"),
            ));
        }
        if !include_hidden && !hidden_columns.is_empty() {
            let list: Vec<String> = hidden_columns.iter().map(|&c| letters(c)).collect();
            said.push((
                t!(
                    "workbook-hidden-columns",
                    sheet = name,
                    columns = list.join(", "),
                    count = hidden_columns.len()
                ),
                t!("workbook-hidden-help"),
            ));
        }
        Arrangement {
            rows,
            columns,
            said,
        }
    }

    /// Whether a row names the two columns every measurement sheet has.
    fn names_columns(&self, row: u32, columns: &[u32]) -> bool {
        let named: Vec<_> = columns
            .iter()
            .filter_map(|&c| match self.value(row, c) {
                Data::String(s) => crate::indicators::columns::column_of(s),
                _ => None,
            })
            .collect();
        use crate::indicators::columns::Column;
        named.contains(&Column::Indicator) && named.contains(&Column::Period)
    }

    /// A cell as the CSV reader takes it, and what it held when its text does not say: numbers
    /// in full (not as displayed), a percentage as one (`49%` for 0.49 shown as 49 %), a date
    /// as its month (`2019-12`, a period), an error value as written.
    fn cell(&self, row: u32, column: u32) -> (String, Option<CellKind>) {
        let (text, kind) = self.plain_cell(row, column);
        let numeric = matches!(self.value(row, column), Data::Int(_) | Data::Float(_));
        if numeric && self.facts.approximate.contains(&(row, column)) {
            return (format!("≈ {text}"), kind);
        }
        (text, kind)
    }

    /// A cell as [`Self::cell`] reads it, before the mark of an approximate number.
    fn plain_cell(&self, row: u32, column: u32) -> (String, Option<CellKind>) {
        let value = self.value(row, column);
        let percent = self.facts.percent.contains(&(row, column));
        match value {
            // A formula whose result was never stored reads as nothing, or as empty text.
            Data::Empty if self.has_formula(row, column) => {
                (String::new(), Some(CellKind::NoResult))
            }
            Data::String(s) if s.is_empty() && self.has_formula(row, column) => {
                (String::new(), Some(CellKind::NoResult))
            }
            Data::Empty => (String::new(), None),
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => (s.clone(), None),
            Data::Int(i) if percent => (format!("{}%", *i as f64 * 100.0), None),
            Data::Float(f) if percent => (format!("{}%", (f * 100.0 * 1e9).round() / 1e9), None),
            Data::Int(i) => (i.to_string(), None),
            Data::Float(f) => (f.to_string(), None),
            Data::Bool(b) => (b.to_string(), Some(CellKind::Bool(*b))),
            Data::DateTime(d) => {
                let (year, month, day, ..) = d.to_ymd_hms_milli();
                (
                    format!("{year:04}-{month:02}"),
                    Some(CellKind::Date(format!("{year:04}-{month:02}-{day:02}"))),
                )
            }
            Data::Error(e) => (e.to_string(), Some(CellKind::Error(e.to_string()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Cells, HashMap};

    #[test]
    fn cells_are_named_as_excel_names_them() {
        let cells = Cells {
            sheet: "Mätningar".into(),
            rows: (0..10).collect(),
            columns: (0..30).collect(),
            kinds: HashMap::new(),
        };
        assert_eq!(cells.name(6, 3), "Mätningar!D7");
        assert_eq!(cells.name(0, 26), "Mätningar!AA1");
        // A title above the table and a hidden column: the cells are where the sheet has them.
        let shifted = Cells {
            sheet: "Blad 1".into(),
            rows: vec![2, 3, 5],
            columns: vec![1, 3],
            kinds: HashMap::new(),
        };
        assert_eq!(shifted.name(0, 0), "'Blad 1'!B3");
        assert_eq!(shifted.name(2, 1), "'Blad 1'!D6");
    }
}
