//! What calamine does not tell of a sheet, read from the workbook's own XML: which cells are
//! formatted as percentages (Excel stores `49 %` as 0.49), and which rows and columns are
//! hidden. Best effort: a part that is missing or unreadable tells nothing, and the sheet is
//! read as calamine gives it.

use std::collections::{BTreeSet, HashSet};
use std::io::{Cursor, Read};

const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// What a sheet's XML says beyond its values. Rows and columns count from 0.
#[derive(Debug, Default)]
pub struct Facts {
    /// Cells (row, column) whose number format shows a percentage.
    pub percent: HashSet<(u32, u32)>,
    /// Cells whose number format shows the number as approximate (`"≈ "0`, as verkan's own
    /// workbook writes an approximate value).
    pub approximate: HashSet<(u32, u32)>,
    /// Rows hidden in Excel.
    pub hidden_rows: BTreeSet<u32>,
    /// Columns hidden in Excel.
    pub hidden_columns: BTreeSet<u32>,
}

/// The facts of the sheet named `sheet` in the workbook `bytes`.
pub fn read(bytes: &[u8], sheet: &str) -> Facts {
    read_parts(bytes, sheet).unwrap_or_default()
}

fn read_parts(bytes: &[u8], sheet: &str) -> Option<Facts> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut part = |name: &str| -> Option<String> {
        let mut text = String::new();
        zip.by_name(name).ok()?.read_to_string(&mut text).ok()?;
        Some(text)
    };
    let workbook = part("xl/workbook.xml")?;
    let relations = part("xl/_rels/workbook.xml.rels")?;
    let path = sheet_path(&workbook, &relations, sheet)?;
    let styles = part("xl/styles.xml").unwrap_or_default();
    let percent_styles = styles_whose_format(&styles, shows_percent, &["9", "10"]);
    let approximate_styles = styles_whose_format(&styles, shows_approximate, &[]);
    let xml = part(&path)?;
    let doc = roxmltree::Document::parse_with_options(
        &xml,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            ..Default::default()
        },
    )
    .ok()?;
    let mut facts = Facts::default();
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        match node.tag_name().name() {
            "col" if hidden(node) => {
                let number = |name| node.attribute(name).and_then(|v| v.parse::<u32>().ok());
                if let (Some(min), Some(max)) = (number("min"), number("max")) {
                    // Excel writes `max="16384"` for "every column from here on".
                    facts
                        .hidden_columns
                        .extend(min.saturating_sub(1)..max.min(min + 1024));
                }
            }
            "row" if hidden(node) => {
                if let Some(r) = node.attribute("r").and_then(|v| v.parse::<u32>().ok()) {
                    facts.hidden_rows.insert(r.saturating_sub(1));
                }
            }
            "c" => {
                let style = node.attribute("s").and_then(|s| s.parse::<usize>().ok());
                let at = node.attribute("r").and_then(cell_of);
                if let (Some(style), Some(at)) = (style, at) {
                    if percent_styles.contains(&style) {
                        facts.percent.insert(at);
                    }
                    if approximate_styles.contains(&style) {
                        facts.approximate.insert(at);
                    }
                }
            }
            _ => {}
        }
    }
    Some(facts)
}

fn hidden(node: roxmltree::Node) -> bool {
    matches!(node.attribute("hidden"), Some("1" | "true"))
}

/// The sheet's part (`xl/worksheets/sheet1.xml`), by its name in the workbook.
fn sheet_path(workbook: &str, relations: &str, sheet: &str) -> Option<String> {
    let workbook = roxmltree::Document::parse(workbook).ok()?;
    let id = workbook
        .descendants()
        .find(|n| n.has_tag_name("sheet") && n.attribute("name") == Some(sheet))?
        .attribute((RELATIONSHIPS, "id"))?;
    let relations = roxmltree::Document::parse(relations).ok()?;
    let target = relations
        .descendants()
        .find(|n| n.has_tag_name("Relationship") && n.attribute("Id") == Some(id))?
        .attribute("Target")?;
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{target}"),
    })
}

/// The indices of the cell formats (`cellXfs`) whose number format `shows` something: one of
/// Excel's own formats `builtin` (9 is `0%`, 10 is `0.00%`), or a format of the workbook's
/// whose code `shows` says so.
fn styles_whose_format(styles: &str, shows: fn(&str) -> bool, builtin: &[&str]) -> HashSet<usize> {
    let Ok(doc) = roxmltree::Document::parse(styles) else {
        return HashSet::new();
    };
    let custom: HashSet<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("numFmt"))
        .filter(|n| n.attribute("formatCode").is_some_and(shows))
        .filter_map(|n| n.attribute("numFmtId"))
        .collect();
    let Some(formats) = doc.descendants().find(|n| n.has_tag_name("cellXfs")) else {
        return HashSet::new();
    };
    formats
        .children()
        .filter(|n| n.has_tag_name("xf"))
        .enumerate()
        .filter(|(_, xf)| {
            xf.attribute("numFmtId")
                .is_some_and(|id| builtin.contains(&id) || custom.contains(id))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Whether a number format code shows a percentage: a `%` that is not quoted text, escaped
/// or inside `[…]`.
fn shows_percent(code: &str) -> bool {
    let (mut quoted, mut bracket, mut escaped) = (false, false, false);
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            '%' if !quoted && !bracket => return true,
            _ => {}
        }
    }
    false
}

/// Whether a number format code shows the number as approximate: it writes `≈` or `~`
/// before the number, as text.
fn shows_approximate(code: &str) -> bool {
    let before_number = code.split(['0', '#', '?']).next().unwrap_or("");
    before_number.contains('≈') || before_number.contains('~')
}

/// `D7` as (row 6, column 3).
fn cell_of(reference: &str) -> Option<(u32, u32)> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    if letters.is_empty() {
        return None;
    }
    let mut column = 0u32;
    for b in letters.bytes() {
        if !b.is_ascii_uppercase() {
            return None;
        }
        column = column
            .checked_mul(26)?
            .checked_add(u32::from(b - b'A') + 1)?;
    }
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, column - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approximate_formats_are_told_by_the_sign_before_the_number() {
        for code in [r##""≈ "#,##0" %""##, r#""~"0.0"#, r#""≥ ≈ "0"#] {
            assert!(shows_approximate(code), "{code}");
        }
        for code in ["0%", r##""≥ "#,##0"##, r##"#,##0" ≈""##] {
            assert!(!shows_approximate(code), "{code}");
        }
    }

    #[test]
    fn percent_formats_are_told_from_quoted_percent_signs() {
        for code in ["0%", "0.0%", "#,##0.00 %", "0%;[Red]-0%"] {
            assert!(shows_percent(code), "{code}");
        }
        for code in ["General", "0\" %\"", "General\" %\"", "0\\%", "[$%-409]0"] {
            assert!(!shows_percent(code), "{code}");
        }
    }

    #[test]
    fn cells_are_found_by_their_excel_names() {
        assert_eq!(cell_of("A1"), Some((0, 0)));
        assert_eq!(cell_of("D7"), Some((6, 3)));
        assert_eq!(cell_of("AA10"), Some((9, 26)));
        assert_eq!(cell_of("7"), None);
        assert_eq!(cell_of("d7"), None);
    }
}
