//! The scorecard as an Excel workbook, for steering groups that read in Excel and print it
//! (`verkan report --format xlsx`): a sheet per theory with the scorecard, one with every
//! measurement, and for several theories the portfolio first. Numbers are numbers (values,
//! targets, baselines) with their unit and rounding as a number format; statuses are words with
//! a symbol and their colour; texts are always text cells, never formulas. Each table is an
//! Excel table (filter and sort), its header row frozen; each sheet prints landscape, one page
//! wide, the header row repeated, the theory's name, the date and the page number in its
//! margins. The measurements sheet is a data sheet verkan reads back
//! (`data_files = ["scorecard.xlsx#Mätningar"]`). The same scorecard gives the same bytes.

use super::{IndicatorRow, Scorecard};
use crate::compile::attainment::Status;
use crate::indicators::columns::Column;
use crate::indicators::portfolio::{Member, Portfolio};
use crate::locale::Language;
use crate::model::Unit;
use crate::model::{Direction, Indicator};
use crate::words::{labels, page_labels};
use rust_xlsxwriter::{
    Chart, ChartFormat, ChartLine, ChartSolidFill, ChartType, Color, DocProperties, ExcelDateTime,
    Format, Table, TableColumn, TableStyle, Workbook, Worksheet,
};

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
        sheet.set_name(&name).map_err(failed)?;
        summary(sheet, &name, portfolio).map_err(failed)?;
        printed(sheet, &name, language).map_err(failed)?;
    }
    for member in &members {
        let sheet = book.add_worksheet();
        sheet
            .set_name(sheet_name(&member.card.theory, &mut names))
            .map_err(failed)?;
        scorecard(sheet, &member.card, &member.compiled.theory).map_err(failed)?;
        printed(sheet, &member.card.theory, language).map_err(failed)?;
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
    let title = match members.as_slice() {
        [one] => one.card.theory.clone(),
        _ => name.to_string(),
    };
    printed(sheet, &title, language).map_err(failed)?;
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

/// Excel's number format for a unit: the number stays a number, shown with its unit and
/// `sign` (`≥ `), rounded as the scorecard rounds it (one decimal, none for a whole number).
fn number_format(unit: &Unit, value: f64, sign: &str, language: Language) -> Format {
    let digits = if value.fract() == 0.0 {
        "#,##0"
    } else {
        "#,##0.0"
    };
    let quoted = |text: &str| text.replace('"', "");
    let (before, after) = match unit {
        Unit::Percent => (sign.to_string(), " %".to_string()),
        Unit::Days => (sign.to_string(), format!(" {}", labels(language).days)),
        Unit::Currency => (sign.to_string(), " kr".to_string()),
        Unit::Other(name) if name != "yes/no" => (sign.to_string(), format!(" {}", quoted(name))),
        Unit::Ratio if value.fract() != 0.0 => {
            return wrapped().set_num_format(format!("\"{}\"0.00", quoted(sign)));
        }
        _ => (sign.to_string(), String::new()),
    };
    let code = match (before.is_empty(), after.is_empty()) {
        (true, true) => digits.to_string(),
        _ => format!("\"{}\"{digits}\"{}\"", quoted(&before), quoted(&after)),
    };
    wrapped().set_num_format(code)
}

/// How a sheet prints: landscape, one page wide, its header row on every page, `title` and
/// the date above, the page number below.
fn printed(
    sheet: &mut Worksheet,
    title: &str,
    language: Language,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    sheet.set_landscape();
    sheet.set_paper_size(9); // A4
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    // `&` starts a code in Excel's header text: a title's own is doubled.
    let title: String = title.replace('&', "&&").chars().take(200).collect();
    sheet.set_header(format!("&L&\"-,Bold\"{title}&R&D"));
    let page = match language {
        Language::Sv => "Sida &P av &N",
        Language::En => "Page &P of &N",
    };
    sheet.set_footer(format!("&C{page}"));
    Ok(())
}

/// The header row's widths, frozen; the header itself is written by [`table`].
fn header(
    sheet: &mut Worksheet,
    columns: &[(&str, f64)],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    for (c, (_, width)) in columns.iter().enumerate() {
        sheet.set_column_width(c as u16, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The sheet's rows 0 to `last` as an Excel table with `columns` as its header (filter and
/// sort); a table needs a row under its header, so an empty one is a filtered header.
fn table(
    sheet: &mut Worksheet,
    columns: &[(&str, f64)],
    last: u32,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let end = columns.len().saturating_sub(1) as u16;
    if last == 0 {
        let format = header_format();
        for (c, (name, _)) in columns.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *name, &format)?;
        }
        sheet.autofilter(0, 0, 0, end)?;
        return Ok(());
    }
    let headers: Vec<TableColumn> = columns
        .iter()
        .map(|(name, _)| TableColumn::new().set_header(*name))
        .collect();
    let table = Table::new()
        .set_style(TableStyle::Medium2)
        .set_columns(&headers);
    sheet.add_table(0, 0, last, end, &table)?;
    Ok(())
}

fn summary(
    sheet: &mut Worksheet,
    name: &str,
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
    table(sheet, &columns, rows.len() as u32)?;
    // Under the table: each theory's effects by status as a stacked bar, the overview page's
    // bar as an Excel chart; then attainment over time, where a theory was measured in more
    // than one period.
    let theories = portfolio.members.len() as u32;
    let first_status = (columns.len() - Status::ALL.len()) as u16;
    let mut chart = Chart::new(ChartType::BarStacked);
    for (k, &status) in Status::ALL.iter().enumerate() {
        let column = first_status + k as u16;
        chart
            .add_series()
            .set_name((name, 0, column))
            .set_categories((name, 1, 0, theories, 0))
            .set_values((name, 1, column, theories, column))
            .set_format(&mut status_fill(status));
    }
    chart
        .title()
        .set_name(labels(portfolio.language).attainment);
    chart.set_width(720).set_height(120 + 40 * theories);
    let below = theories + 3;
    sheet.insert_chart(below, 0, &chart)?;
    let pictures = below + 8 + 2 * theories;
    thumbnails(sheet, portfolio, pictures)?;
    over_time(sheet, name, portfolio, pictures + 12)
}

/// Each theory's diagram, small, side by side from row `top`, each opening the theory's
/// own sheet: the overview page's pictures.
fn thumbnails(
    sheet: &mut Worksheet,
    portfolio: &Portfolio<'_>,
    top: u32,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    const WIDTH: u32 = 180;
    let language = portfolio.language;
    // The theories' sheets follow the overview, named as `workbook` names them.
    let mut names = vec![page_labels(language).overview.to_string()];
    for (k, member) in portfolio.members.iter().enumerate() {
        let Some(png) = picture(member.compiled, WIDTH) else {
            continue;
        };
        let own = sheet_name(&member.card.theory, &mut names);
        let alt =
            crate::t!("overview-thumbnail", name = member.card.theory.as_str()).render(language);
        let image = rust_xlsxwriter::Image::new_from_buffer(&png)?
            .set_alt_text(alt)
            .set_url(format!("internal:'{}'!A1", own.replace('\'', "''")).as_str())?;
        sheet.insert_image_with_offset(top, 0, &image, k as u32 * (WIDTH + 16), 0)?;
    }
    Ok(())
}

/// A theory's diagram as a PNG `width` pixels wide, or nothing when it cannot be drawn.
fn picture(compiled: &crate::compile::Compiled, width: u32) -> Option<Vec<u8>> {
    let view = crate::render::ViewOptions::full();
    let selected = crate::render::select(compiled, &view).ok()?;
    let layout = crate::render::layout(compiled, &selected, &view);
    let svg = crate::render::svg_of(&layout, &compiled.theory.meta.name);
    crate::render::thumbnail(&svg, width).ok()
}

/// A status's colours as a chart series' fill and line.
fn status_fill(status: Status) -> ChartFormat {
    let (fill, ink) = status.colours();
    let rgb = |hex: &str| u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0);
    let mut format = ChartFormat::new();
    format
        .set_solid_fill(ChartSolidFill::new().set_color(Color::RGB(rgb(fill))))
        .set_border(ChartLine::new().set_color(Color::RGB(rgb(ink))));
    format
}

/// Attainment over time from row `top` down: a row per theory and period with its effects
/// by status, and beside the rows of each theory a stacked column chart of them.
fn over_time(
    sheet: &mut Worksheet,
    name: &str,
    portfolio: &Portfolio<'_>,
    top: u32,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let measured: Vec<&Member<'_>> = portfolio
        .members
        .iter()
        .filter(|m| !m.card.timeline.is_empty())
        .collect();
    if measured.is_empty() {
        return Ok(());
    }
    let language = portfolio.language;
    let words = page_labels(language);
    let bold = header_format();
    sheet.write_string_with_format(
        top,
        0,
        format!("{}: {}", labels(language).attainment, words.over_time),
        &Format::new().set_bold(),
    )?;
    let head = top + 1;
    sheet.write_string_with_format(head, 0, words.theory, &bold)?;
    sheet.write_string_with_format(head, 1, page_labels(language).period, &bold)?;
    for (k, status) in Status::ALL.iter().enumerate() {
        sheet.write_string_with_format(head, 2 + k as u16, status.marked(language), &bold)?;
    }
    let mut row = head + 1;
    for member in measured {
        let first = row;
        for (period, counts) in &member.card.timeline {
            sheet.write_string(row, 0, &member.card.theory)?;
            sheet.write_string(row, 1, period)?;
            for (k, &status) in Status::ALL.iter().enumerate() {
                sheet.write_number(row, 2 + k as u16, counts.of(status) as f64)?;
            }
            row += 1;
        }
        let last = row - 1;
        let mut chart = Chart::new(ChartType::ColumnStacked);
        for (k, &status) in Status::ALL.iter().enumerate() {
            let column = 2 + k as u16;
            chart
                .add_series()
                .set_name((name, head, column))
                .set_categories((name, first, 1, last, 1))
                .set_values((name, first, column, last, column))
                .set_format(&mut status_fill(status));
        }
        chart.title().set_name(&member.card.theory);
        chart.set_width(360).set_height(220);
        sheet.insert_chart(first, 2 + Status::ALL.len() as u16 + 1, &chart)?;
        // Room for the chart before the next theory's rows.
        row = row.max(first + 12);
    }
    Ok(())
}

fn scorecard(
    sheet: &mut Worksheet,
    card: &Scorecard,
    theory: &crate::model::Theory,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let l = labels(card.language);
    let p = page_labels(card.language);
    let draft = capitalized(l.draft);
    let columns = [
        (l.effect, 34.0),
        (l.horizon_heading, 14.0),
        (l.perspective, 14.0),
        (l.effect_status, 13.0),
        (l.indicator, 34.0),
        (p.kind, 14.0),
        (draft.as_str(), 7.0),
        (p.baseline, 12.0),
        (l.target, 11.0),
        (l.latest, 12.0),
        (p.period, 10.0),
        (l.status, 18.0),
        (l.groups, 22.0),
        (p.verdict_note, 40.0),
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
            let mut cells = vec![
                (item.as_str(), 0),
                (horizon.as_str(), 1),
                (perspective.as_str(), 2),
            ];
            if let Some(row) = indicator {
                cells.extend([
                    (row.text.as_str(), 4),
                    (row.target.as_deref().unwrap_or(""), 8),
                    (row.verdict_note.as_deref().unwrap_or(""), 13),
                ]);
            }
            sheet.set_row_height(r, height(&cells, &columns))?;
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
                indicator_cells(sheet, r, row, card, &theory.indicators[row.indicator])?;
            }
            r += 1;
        }
    }
    table(sheet, &columns, r - 1)
}

/// An indicator's cells of its scorecard row, from column 4 on.
fn indicator_cells(
    sheet: &mut Worksheet,
    r: u32,
    row: &IndicatorRow,
    card: &Scorecard,
    indicator: &Indicator,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let l = labels(card.language);
    let text = wrapped();
    let kind = l.indicator_kind(row.kind);
    sheet.write_string_with_format(r, 4, &row.text, &text)?;
    sheet.write_string_with_format(r, 5, kind, &text)?;
    if row.draft {
        sheet.write_string_with_format(r, 6, l.draft, &text)?;
    }
    if let Some(b) = row.baseline {
        sheet.write_number_with_format(r, 7, b, &number_format(&row.unit, b, "", card.language))?;
    }
    match target_number(indicator) {
        Some((value, sign)) => sheet.write_number_with_format(
            r,
            8,
            value,
            &number_format(&row.unit, value, &sign, card.language),
        )?,
        None => sheet.write_string_with_format(r, 8, row.target.as_deref().unwrap_or(""), &text)?,
    };
    match row.value {
        Some(v) => sheet.write_number_with_format(
            r,
            9,
            v,
            &number_format(&row.unit, v, "", card.language),
        )?,
        None => sheet.write_string_with_format(r, 9, row.shown.as_deref().unwrap_or(""), &text)?,
    };
    sheet.write_string_with_format(r, 10, row.period.as_deref().unwrap_or(""), &text)?;
    sheet.write_string_with_format(
        r,
        11,
        card.indicator_status(row),
        &status_format(row.status),
    )?;
    sheet.write_string_with_format(r, 12, card.groups(row), &text)?;
    // A verdict's own words, its hedge, beside it.
    if let Some(note) = &row.verdict_note {
        sheet.write_string_with_format(r, 13, note, &text)?;
    }
    Ok(())
}

/// A target that is one number with a sign (`≥ 70 %` as 70 shown with `≥ `), so the cell
/// stays a number; `None` for a range, a rise, a level or a target by a date, written as text.
fn target_number(indicator: &Indicator) -> Option<(f64, String)> {
    let target = indicator.target.as_ref()?;
    if target.by.is_some() || target.level.is_some() {
        return None;
    }
    let sign = match target.direction {
        Direction::AtLeast => "≥ ",
        Direction::AtMost => "≤ ",
        Direction::Increase => "↑ ",
        Direction::Decrease => "↓ ",
        Direction::Range => return None,
    };
    let about = if target.approximate { "≈ " } else { "" };
    Some((target.value?, format!("{sign}{about}")))
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

/// Every measurement of every theory, one row each: the data behind the scorecards, as a
/// data sheet verkan reads (its columns named as [`Column`] names them). A theory that names
/// this sheet as its data reads its own rows (the `theory` column) and gives the same
/// scorecard again.
fn measurements(
    sheet: &mut Worksheet,
    members: &[&Member<'_>],
    language: Language,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let heading = |c: Column| capitalized(c.name_in(language));
    let named = [
        (Column::Theory, 14.0),
        (Column::Indicator, 22.0),
        (Column::Text, 34.0),
        (Column::Period, 10.0),
        (Column::Group, 10.0),
        (Column::Value, 10.0),
        (Column::Numerator, 9.0),
        (Column::Denominator, 9.0),
        (Column::Assessment, 16.0),
        (Column::Derived, 9.0),
        (Column::Source, 24.0),
        (Column::Note, 40.0),
        (Column::Unit, 7.0),
    ];
    let names: Vec<String> = named.iter().map(|(c, _)| heading(*c)).collect();
    let columns: Vec<(&str, f64)> = names
        .iter()
        .zip(named)
        .map(|(n, (_, w))| (n.as_str(), w))
        .collect();
    header(sheet, &columns)?;
    let mut r = 1u32;
    for member in members {
        let theory = &member.compiled.theory;
        for indicator in &theory.indicators {
            for m in &indicator.measurements {
                let cells = [
                    (theory.meta.name.as_str(), 0),
                    (indicator.header.id.as_str(), 1),
                    (indicator.text.value.as_str(), 2),
                    (m.source.as_deref().unwrap_or(""), 10),
                    (m.note.as_deref().unwrap_or(""), 11),
                ];
                sheet.set_row_height(r, height(&cells, &columns))?;
                measurement_row(sheet, r, &theory.meta.name, indicator, m, language)?;
                r += 1;
            }
        }
    }
    table(sheet, &columns, r - 1)
}

fn measurement_row(
    sheet: &mut Worksheet,
    r: u32,
    theory: &str,
    indicator: &Indicator,
    m: &crate::model::Measurement,
    language: Language,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let text = wrapped();
    let unit = &indicator.unit;
    sheet.write_string_with_format(r, 0, theory, &text)?;
    sheet.write_string_with_format(r, 1, &indicator.header.id, &text)?;
    sheet.write_string_with_format(r, 2, &indicator.text.value, &text)?;
    sheet.write_string_with_format(r, 3, &m.period, &text)?;
    sheet.write_string_with_format(r, 4, m.group.as_deref().unwrap_or(""), &text)?;
    match (m.value_in(unit), &m.text) {
        (Some(v), _) => {
            // `≈ 25 %` in the cell's format, which reading the workbook back tells again.
            let about = if m.approximate { "≈ " } else { "" };
            sheet.write_number_with_format(r, 5, v, &number_format(unit, v, about, language))?
        }
        (None, Some(t)) => sheet.write_string_with_format(r, 5, t, &text)?,
        (None, None) => sheet.write_string(r, 5, "")?,
    };
    if let Some(n) = m.numerator {
        sheet.write_number(r, 6, n)?;
    }
    if let Some(d) = m.denominator {
        sheet.write_number(r, 7, d)?;
    }
    if let Some(a) = m.assessment {
        let status = Status::from(a);
        sheet.write_string_with_format(r, 8, status.marked(language), &status_format(status))?;
    }
    if m.derived {
        sheet.write_string(r, 9, "✓")?;
    }
    sheet.write_string_with_format(r, 10, m.source.as_deref().unwrap_or(""), &text)?;
    sheet.write_string_with_format(r, 11, m.note.as_deref().unwrap_or(""), &text)?;
    sheet.write_string_with_format(r, 12, unit_name(unit), &text)?;
    Ok(())
}

/// A row's height for its longest wrapped text: LibreOffice lays a row out at the height it
/// is given, so text wrapped in a cell would run into the row below. Each cell is a text and
/// its column, whose width (in characters) the text wraps at.
fn height(cells: &[(&str, usize)], columns: &[(&str, f64)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(text, c)| {
            let width = columns.get(*c).map_or(10.0, |(_, w)| *w - 1.0).max(4.0) as usize;
            text.split('\n')
                .map(|line| line.chars().count().div_ceil(width).max(1))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1);
    15.0 * lines as f64
}

/// `utkast` as a heading: `Utkast`.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
