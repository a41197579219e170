//! The scorecard as an Excel workbook, for steering groups that read in Excel
//! (`verkan report --format xlsx`): a sheet per theory with the scorecard, one with every
//! measurement, and for several theories the portfolio first. Numbers are numbers with their
//! unit as a number format; statuses are words with a symbol and their colour; texts are
//! always text cells, never formulas; the header row is frozen and filtered. The same
//! scorecard gives the same bytes.

use super::{IndicatorRow, Scorecard};
use crate::compile::attainment::Status;
use crate::indicators::portfolio::{Member, Portfolio};
use crate::locale::Language;
use crate::model::Unit;
use crate::words::{labels, page_labels};
use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, Workbook, Worksheet};

fn failed(e: rust_xlsxwriter::XlsxError) -> crate::Error {
    crate::Error::Failed(crate::t!("workbook-write-failed", error = e.to_string()))
}

/// The workbook of a portfolio (one theory or several), or of one of its theories.
pub fn workbook(portfolio: &Portfolio<'_>, only: Option<usize>) -> crate::Result<Vec<u8>> {
    let mut book = Workbook::new();
    // A fixed creation time: the same scorecard gives the same file.
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1).map_err(failed)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    let members: Vec<&Member<'_>> = match only {
        Some(i) => portfolio.members.get(i).into_iter().collect(),
        None => portfolio.members.iter().collect(),
    };
    let language = match (only, members.first()) {
        (Some(_), Some(member)) => member.card.language,
        _ => portfolio.language,
    };
    let mut names = Vec::new();
    if members.len() > 1 {
        let sheet = book.add_worksheet();
        let name = sheet_name(page_labels(language).overview, &mut names);
        sheet.set_name(name).map_err(failed)?;
        summary(sheet, portfolio).map_err(failed)?;
    }
    for member in &members {
        let sheet = book.add_worksheet();
        sheet
            .set_name(sheet_name(&member.card.theory, &mut names))
            .map_err(failed)?;
        scorecard(sheet, &member.card).map_err(failed)?;
    }
    let sheet = book.add_worksheet();
    let name = match language {
        Language::Sv => "Mätningar",
        Language::En => "Measurements",
    };
    sheet
        .set_name(sheet_name(name, &mut names))
        .map_err(failed)?;
    measurements(sheet, &members, language).map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}

/// A sheet name Excel takes: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim_matches('\'').trim();
    let base: String = if clean.is_empty() {
        "Blad".to_string()
    } else {
        clean.chars().take(31).collect()
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" ({n})");
        name = format!(
            "{}{suffix}",
            base.chars()
                .take(31 - suffix.chars().count())
                .collect::<String>()
        );
        n += 1;
    }
    taken.push(name.clone());
    name
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0x2f4858))
        .set_font_color(Color::White)
        .set_text_wrap()
}

fn wrapped() -> Format {
    Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top)
}

/// The status as a mark and words, filled with its badge colour.
fn status_format(status: Status) -> Format {
    let (fill, ink) = status.colours();
    let rgb = |hex: &str| u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0);
    wrapped()
        .set_background_color(Color::RGB(rgb(fill)))
        .set_font_color(Color::RGB(rgb(ink)))
}

/// Excel's number format for a unit: the number stays a number, the unit is shown.
fn number_format(unit: &Unit, language: Language) -> Format {
    let quoted = |text: &str| format!("General\" {}\"", text.replace('"', ""));
    let code = match unit {
        Unit::Percent => quoted("%"),
        Unit::Days => quoted(labels(language).days),
        Unit::Currency => "#,##0\" kr\"".to_string(),
        Unit::Other(name) if name != "yes/no" => quoted(name),
        _ => "General".to_string(),
    };
    wrapped().set_num_format(code)
}

fn header(
    sheet: &mut Worksheet,
    columns: &[(&str, f64)],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let format = header_format();
    for (c, (name, width)) in columns.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, *name, &format)?;
        sheet.set_column_width(c, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, 0, columns.len().saturating_sub(1) as u16)?;
    Ok(())
}

fn summary(
    sheet: &mut Worksheet,
    portfolio: &Portfolio<'_>,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let (names, rows) = portfolio.rows();
    let columns: Vec<(&str, f64)> = names
        .iter()
        .enumerate()
        .map(|(k, n)| (n.as_str(), if k == 0 { 40.0 } else { 14.0 }))
        .collect();
    header(sheet, &columns)?;
    let bold = Format::new().set_bold();
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        let total = r as usize == rows.len();
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell.parse::<f64>() {
                Ok(n) if c > 0 => sheet.write_number(r, c, n)?,
                _ if total => sheet.write_string_with_format(r, c, cell, &bold)?,
                _ => sheet.write_string(r, c, cell)?,
            };
        }
    }
    Ok(())
}

fn scorecard(sheet: &mut Worksheet, card: &Scorecard) -> Result<(), rust_xlsxwriter::XlsxError> {
    let l = labels(card.language);
    let columns = [
        (l.effect, 50.0),
        (l.horizon_heading, 22.0),
        (l.perspective, 18.0),
        (l.effect_status, 16.0),
        (l.indicator, 50.0),
        (page_labels(card.language).kind, 18.0),
        (l.target, 14.0),
        (l.latest, 14.0),
        (page_labels(card.language).period, 12.0),
        (l.status, 24.0),
        (l.groups, 30.0),
    ];
    header(sheet, &columns)?;
    let text = wrapped();
    let mut r = 1u32;
    let items = card
        .effects
        .iter()
        .map(|e| {
            (
                e.text.clone(),
                l.horizon(e.horizon).to_string(),
                e.perspective.clone().unwrap_or_default(),
                Some(e.status),
                &e.indicators,
            )
        })
        .chain(card.activities.iter().map(|a| step(a, l.activity)))
        .chain(card.outputs.iter().map(|o| step(o, l.output_item)));
    for (item, horizon, perspective, status, indicators) in items {
        // Every row names its item, so the sheet can be sorted and filtered.
        let rows: Vec<Option<&IndicatorRow>> = if indicators.is_empty() {
            vec![None]
        } else {
            indicators.iter().map(Some).collect()
        };
        for indicator in rows {
            sheet.write_string_with_format(r, 0, &item, &text)?;
            sheet.write_string_with_format(r, 1, &horizon, &text)?;
            sheet.write_string_with_format(r, 2, &perspective, &text)?;
            if let Some(status) = status {
                sheet.write_string_with_format(
                    r,
                    3,
                    status.marked(card.language),
                    &status_format(status),
                )?;
            }
            if let Some(row) = indicator {
                let kind = match row.kind {
                    crate::model::IndicatorKind::Outcome => l.outcome,
                    crate::model::IndicatorKind::Output => l.output,
                };
                sheet.write_string_with_format(r, 4, &row.text, &text)?;
                sheet.write_string_with_format(r, 5, kind, &text)?;
                sheet.write_string_with_format(r, 6, row.target.as_deref().unwrap_or(""), &text)?;
                match row.value {
                    Some(v) => sheet.write_number_with_format(
                        r,
                        7,
                        v,
                        &number_format(&row.unit, card.language),
                    )?,
                    None => sheet.write_string_with_format(
                        r,
                        7,
                        row.shown.as_deref().unwrap_or(""),
                        &text,
                    )?,
                };
                sheet.write_string_with_format(r, 8, row.period.as_deref().unwrap_or(""), &text)?;
                sheet.write_string_with_format(
                    r,
                    9,
                    card.indicator_status(row),
                    &status_format(row.status),
                )?;
                sheet.write_string_with_format(r, 10, card.groups(row), &text)?;
            }
            r += 1;
        }
    }
    Ok(())
}

/// An activity or output with indicators, as a scorecard item: no horizon, no status of its
/// own.
type Item<'a> = (
    String,
    String,
    String,
    Option<Status>,
    &'a Vec<IndicatorRow>,
);

fn step<'a>(a: &'a super::ActivityRow, kind: &str) -> Item<'a> {
    (
        format!("{} ({kind})", a.text),
        String::new(),
        a.perspective.clone().unwrap_or_default(),
        None,
        &a.indicators,
    )
}

/// Every measurement of every theory, one row each: the data behind the scorecards.
fn measurements(
    sheet: &mut Worksheet,
    members: &[&Member<'_>],
    language: Language,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let l = labels(language);
    let p = page_labels(language);
    let (source, note, unit) = match language {
        Language::Sv => ("Källa", "Anmärkning", "Enhet"),
        Language::En => ("Source", "Note", "Unit"),
    };
    let columns = [
        (p.theory, 20.0),
        (l.indicator, 50.0),
        (p.period, 12.0),
        (p.group, 14.0),
        (p.value, 14.0),
        (unit, 12.0),
        (l.assessed, 16.0),
        (l.derived, 10.0),
        (source, 30.0),
        (note, 40.0),
    ];
    header(sheet, &columns)?;
    let text = wrapped();
    let mut r = 1u32;
    for member in members {
        let theory = &member.compiled.theory;
        for indicator in &theory.indicators {
            for m in &indicator.measurements {
                sheet.write_string_with_format(r, 0, &theory.meta.name, &text)?;
                sheet.write_string_with_format(r, 1, &indicator.text.value, &text)?;
                sheet.write_string_with_format(r, 2, &m.period, &text)?;
                sheet.write_string_with_format(r, 3, m.group.as_deref().unwrap_or(""), &text)?;
                match (m.value_in(&indicator.unit), &m.text) {
                    (Some(v), _) => sheet.write_number_with_format(
                        r,
                        4,
                        v,
                        &number_format(&indicator.unit, language),
                    )?,
                    (None, Some(t)) => sheet.write_string_with_format(r, 4, t, &text)?,
                    (None, None) => sheet.write_string(r, 4, "")?,
                };
                sheet.write_string_with_format(r, 5, unit_name(&indicator.unit), &text)?;
                if let Some(a) = m.assessment {
                    let status = Status::from(a);
                    sheet.write_string_with_format(
                        r,
                        6,
                        status.marked(language),
                        &status_format(status),
                    )?;
                }
                if m.derived {
                    sheet.write_string(r, 7, "✓")?;
                }
                sheet.write_string_with_format(r, 8, m.source.as_deref().unwrap_or(""), &text)?;
                sheet.write_string_with_format(r, 9, m.note.as_deref().unwrap_or(""), &text)?;
                r += 1;
            }
        }
    }
    Ok(())
}

fn unit_name(unit: &Unit) -> String {
    match unit {
        Unit::Percent => "%".into(),
        Unit::Ratio => "ratio".into(),
        Unit::Count => "count".into(),
        Unit::Scale => "scale".into(),
        Unit::Qualitative => "qualitative".into(),
        Unit::Ordinal => "ordinal".into(),
        Unit::Currency => "kr".into(),
        Unit::Days => "days".into(),
        Unit::Other(name) => name.clone(),
        Unit::None => String::new(),
    }
}
