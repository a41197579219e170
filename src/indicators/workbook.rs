//! Measurements from an Excel workbook (`data_files = ["data/stegen.xlsx#Mätningar"]`), read
//! with calamine: the sheet becomes CSV text with the same columns as a CSV file, so it is
//! checked by the same reader and its rows are shown in diagnostics; a bad value is named by
//! its cell (`Mätningar!D7`). Numbers and dates are taken as Excel stores them, never as they
//! happen to be displayed.

use crate::locale::Text;
use crate::t;
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// Where the CSV text's rows and columns sit in the sheet.
#[derive(Debug, Clone)]
pub struct Cells {
    /// The sheet's name.
    pub sheet: String,
    /// The sheet row and column (0-based) of the CSV text's first row and column.
    first_row: u32,
    first_column: u32,
}

impl Cells {
    /// The cell of `row` (0-based line of the CSV text) and `column` (0-based field).
    pub fn name(&self, row: usize, column: usize) -> String {
        let row = self.first_row as usize + row + 1;
        let mut n = self.first_column as usize + column + 1;
        let mut letters = Vec::new();
        while n > 0 {
            letters.push(b'A' + ((n - 1) % 26) as u8);
            n = (n - 1) / 26;
        }
        letters.reverse();
        let sheet = if self.sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
            self.sheet.clone()
        } else {
            format!("'{}'", self.sheet.replace('\'', "''"))
        };
        format!("{sheet}!{}{row}", String::from_utf8_lossy(&letters))
    }
}

/// The sheet (`sheet`, or the first) as CSV text, with where it sits. The error is a message
/// and a help.
pub fn sheet_as_csv(bytes: Vec<u8>, sheet: Option<&str>) -> Result<(String, Cells), (Text, Text)> {
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: calamine::XlsxError| {
            (
                t!("workbook-not-excel", error = e.to_string()),
                t!("workbook-not-excel-help"),
            )
        })?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| *n == wanted)
            .cloned()
            .ok_or_else(|| {
                let sheets = names.join(", ");
                let help = match crate::suggest::closest(wanted, names.iter().map(String::as_str)) {
                    Some(best) => t!("workbook-sheet-did-you-mean", name = best, sheets = sheets),
                    None => t!("workbook-sheets", sheets = sheets),
                };
                (t!("workbook-no-sheet", sheet = wanted), help)
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| (t!("workbook-no-sheets"), t!("workbook-no-sheets-help")))?,
    };
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
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(text).collect();
        writer.write_record(&cells).map_err(|e| unreadable(&e))?;
    }
    let bytes = writer.into_inner().map_err(|e| unreadable(&e))?;
    let text = String::from_utf8(bytes).expect("calamine gives text as UTF-8");
    Ok((
        text,
        Cells {
            sheet: name,
            first_row,
            first_column,
        },
    ))
}

/// A cell as the CSV reader takes it: numbers in full (not as displayed), a date as its month
/// (`2019-12`, a period), an error value as written (`#DIV/0!`, reported as not a number).
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let (year, month, ..) = d.to_ymd_hms_milli();
            format!("{year:04}-{month:02}")
        }
        Data::Error(e) => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::Cells;

    #[test]
    fn cells_are_named_as_excel_names_them() {
        let cells = Cells {
            sheet: "Mätningar".into(),
            first_row: 0,
            first_column: 0,
        };
        assert_eq!(cells.name(6, 3), "Mätningar!D7");
        assert_eq!(cells.name(0, 26), "Mätningar!AA1");
        let shifted = Cells {
            sheet: "Blad 1".into(),
            first_row: 2,
            first_column: 1,
        };
        assert_eq!(shifted.name(0, 0), "'Blad 1'!B3");
    }
}
