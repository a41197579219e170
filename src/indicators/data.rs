//! Measurements from the CSV files a theory names (`[theory] data_files`), so evaluators can
//! keep their numbers in a spreadsheet. A bad row is a diagnostic at its line, never a crash.

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::locale::Text;
use crate::model::{resolve_group, ItemRef, Measurement, Origin, Period, Theory, Unattached};
use crate::source::{FileId, Sources};
use crate::t;
use std::path::Path;

/// The rule for data files that cannot be read: missing, not UTF-8, or not the expected CSV.
const DATA_FILE_ERROR: crate::diagnostic::RuleId = crate::diagnostic::RuleId::DataFileError;

pub use super::columns::{column_of, Column};

/// What data files a theory may name: by default only regular files inside the theory's own
/// folder tree, of bounded size. A theory comes from anyone who can open a pull request; the
/// person running verkan, not the theory, decides to let it read elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataPolicy {
    /// Allow data files outside the theory's folder (`--allow-data-outside`).
    pub allow_outside: bool,
    /// The largest data file read, in bytes (`--max-data-size`).
    pub max_bytes: u64,
    /// Read the rows and columns hidden in a workbook too (`--include-hidden`).
    pub include_hidden: bool,
}

impl Default for DataPolicy {
    fn default() -> Self {
        DataPolicy {
            allow_outside: false,
            max_bytes: 64 * 1024 * 1024,
            include_hidden: false,
        }
    }
}

/// Reads every data file of the theory, relative to `base`, into its indicators.
pub fn load(
    theory: &mut Theory,
    sources: &mut Sources,
    base: &Path,
    policy: &DataPolicy,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for data_file in theory.data_files.clone() {
        let at_reference = |message: Text, help: Text| {
            Diagnostic::new(
                DATA_FILE_ERROR,
                Severity::Error,
                message,
                Label::new(theory.file, data_file.span.clone(), t!("data-named-here")),
            )
            .with_fact("file", data_file.value.as_str())
            .with_help(help)
        };
        // `data/stegen.xlsx#Mätningar` names a sheet of a workbook.
        let (name, sheet) = match data_file.value.rsplit_once('#') {
            Some((name, sheet)) if is_workbook(name) => (name, Some(sheet)),
            _ => (data_file.value.as_str(), None),
        };
        let path = base.join(name);
        if let Err((message, help)) = admissible(base, &path, policy) {
            diagnostics.push(at_reference(message, help));
            continue;
        }
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                diagnostics.push(at_reference(
                    t!(
                        "data-unreadable",
                        file = path.display().to_string(),
                        error = e.to_string()
                    ),
                    t!("data-unreadable-help"),
                ));
                continue;
            }
        };
        if is_workbook(name) {
            match read_workbook(bytes, sheet, policy.include_hidden) {
                Ok(read) => {
                    for (message, help) in read.said {
                        let mut said = at_reference(message, help);
                        said.severity = Severity::Warning;
                        diagnostics.push(said);
                    }
                    let shown = format!("{}#{}", path.display(), read.cells.sheet);
                    let file = sources.add(shown, read.text);
                    read_csv(theory, sources, file, Some(&read.cells), &mut diagnostics);
                }
                Err((message, help)) => diagnostics.push(at_reference(
                    t!(
                        "workbook-unreadable",
                        file = path.display().to_string(),
                        problem = message
                    ),
                    help,
                )),
            }
            continue;
        }
        let text = match super::encoding::decode(&bytes) {
            Ok((text, read)) => {
                if read == super::encoding::Read::Windows1252 {
                    let mut said = at_reference(
                        t!(
                            "data-read-as-windows-1252",
                            file = path.display().to_string()
                        ),
                        t!("data-read-as-windows-1252-help"),
                    );
                    said.severity = Severity::Warning;
                    diagnostics.push(said);
                }
                text
            }
            Err(refused) => {
                let why = match refused {
                    super::encoding::Refused::Utf16WithoutMark => "utf16-without-mark",
                    super::encoding::Refused::Unknown => "unknown",
                };
                diagnostics.push(at_reference(
                    t!(
                        "data-not-utf8",
                        file = path.display().to_string(),
                        why = why
                    ),
                    t!("data-not-utf8-help"),
                ));
                continue;
            }
        };
        let file = sources.add(path.display().to_string(), text);
        read_csv(theory, sources, file, None, &mut diagnostics);
    }
    diagnostics
}

#[cfg(feature = "xlsx")]
use super::workbook::{sheet_as_csv as read_workbook, CellKind, Cells};

#[cfg(not(feature = "xlsx"))]
fn read_workbook(_: Vec<u8>, _: Option<&str>, _: bool) -> Result<Sheet, (Text, Text)> {
    Err((t!("workbook-unsupported"), t!("workbook-unsupported-help")))
}

/// A sheet read; there are none without workbook support.
#[cfg(not(feature = "xlsx"))]
struct Sheet {
    text: String,
    cells: Cells,
    said: Vec<(Text, Text)>,
}

/// What a cell held; nothing without workbook support.
#[cfg(not(feature = "xlsx"))]
enum CellKind {
    Date(String),
    Bool(bool),
    Error(String),
    NoResult,
}

/// Where a CSV text's cells sit in a workbook; there are none without workbook support.
#[cfg(not(feature = "xlsx"))]
pub struct Cells {
    pub sheet: String,
}

#[cfg(not(feature = "xlsx"))]
impl Cells {
    fn name(&self, _row: usize, _column: usize) -> String {
        self.sheet.clone()
    }

    fn kind(&self, _row: usize, _column: usize) -> Option<&CellKind> {
        None
    }
}

/// Excel workbooks are read sheet by sheet; everything else as CSV.
fn is_workbook(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".xlsx") || lower.ends_with(".xlsm")
}

/// Whether a data file may be read: inside the theory's folder (unless allowed), a regular
/// file (a FIFO would block, a device never end), and not larger than the limit. Checked
/// before a byte is read, so nothing of a refused file reaches a diagnostic.
fn admissible(base: &Path, path: &Path, policy: &DataPolicy) -> Result<(), (Text, Text)> {
    let shown = path.display().to_string();
    let metadata = std::fs::metadata(path).map_err(|e| {
        (
            t!("data-unreadable", file = &shown, error = e.to_string()),
            t!("data-unreadable-help"),
        )
    })?;
    if !policy.allow_outside {
        let root = std::fs::canonicalize(if base.as_os_str().is_empty() {
            Path::new(".")
        } else {
            base
        });
        let real = std::fs::canonicalize(path);
        let inside = matches!((&root, &real), (Ok(root), Ok(real)) if real.starts_with(root));
        if !inside {
            return Err((t!("data-outside", file = &shown), t!("data-outside-help")));
        }
    }
    if !metadata.is_file() {
        return Err((
            t!("data-not-a-file", file = &shown),
            t!("data-not-a-file-help"),
        ));
    }
    if metadata.len() > policy.max_bytes {
        return Err((
            t!(
                "data-too-large",
                file = &shown,
                size = metadata.len().div_ceil(1024 * 1024).to_string(),
                limit = (policy.max_bytes / (1024 * 1024)).to_string()
            ),
            t!("data-too-large-help"),
        ));
    }
    Ok(())
}

/// Reads measurements from CSV text. For a sheet of a workbook (turned into CSV text by
/// the workbook reader), `cells` names the cell of each bad value: `Mätningar!D7`.
fn read_csv(
    theory: &mut Theory,
    sources: &Sources,
    file: FileId,
    cells: Option<&Cells>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = sources.text(file);
    // Excel and LibreOffice write a byte-order mark before "CSV UTF-8"; it is no part of
    // the first column's name. Offsets below are into `body`, `skip` bytes into the file.
    let skip = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[skip..];
    let csv = Csv {
        text,
        language: theory.meta.language,
        skip,
        file,
        cells,
        dialect: Dialect::of(body),
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(csv.dialect.separator)
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(body.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            diagnostics.push(csv.error(
                csv.line_span(skip),
                t!("data-header-unreadable", error = e.to_string()),
                t!("data-header-unreadable-help"),
            ));
            return;
        }
    };
    let header = match csv.header(headers) {
        Ok(header) => header,
        Err(diagnostic) => {
            diagnostics.push(*diagnostic);
            return;
        }
    };
    let mut others = 0;
    for record in reader.records() {
        match record {
            Ok(record) => csv.measurement(theory, &header, &record, &mut others, diagnostics),
            Err(e) => diagnostics.push(csv.unreadable_row(&e)),
        }
    }
    if others > 0 {
        diagnostics.push(
            Diagnostic::new(
                DATA_FILE_ERROR,
                Severity::Warning,
                t!(
                    "data-other-theories",
                    rows = others,
                    theory = theory.meta.name.clone()
                ),
                Label::new(csv.file, csv.line_span(skip), t!("data-here")),
            )
            .with_help(t!("data-other-theories-help")),
        );
    }
}

/// One CSV text being read: where its rows are, and how it writes numbers.
struct Csv<'a> {
    text: &'a str,
    /// The theory's language, in which the help names the columns.
    language: crate::locale::Language,
    /// Bytes of byte-order mark before the CSV reader's offsets start.
    skip: usize,
    file: FileId,
    cells: Option<&'a Cells>,
    dialect: Dialect,
}

/// The header row: which field each column is in.
struct Header {
    names: csv::StringRecord,
    at: [Option<usize>; Column::ALL.len()],
}

impl Header {
    fn field(&self, column: Column) -> Option<usize> {
        self.at[column as usize]
    }

    /// The column's name as this file's header writes it.
    fn name(&self, column: Column) -> &str {
        self.field(column)
            .and_then(|i| self.names.get(i))
            .unwrap_or(column.name())
    }
}

impl Csv<'_> {
    /// The line that starts at `offset`.
    fn line_span(&self, offset: usize) -> std::ops::Range<usize> {
        let offset = offset.min(self.text.len());
        let end = self.text[offset..]
            .find(['\n', '\r'])
            .map_or(self.text.len(), |i| offset + i);
        offset..end.max(offset)
    }

    /// Where a row starts. After a CRLF the CSV reader's position is at the `\n` still, so
    /// line ends are stepped over.
    fn row_start(&self, position: Option<&csv::Position>) -> usize {
        let mut offset = self.skip + position.map_or(0, |p| p.byte() as usize);
        while self
            .text
            .as_bytes()
            .get(offset)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            offset += 1;
        }
        offset
    }

    fn error(&self, span: std::ops::Range<usize>, message: Text, help: Text) -> Diagnostic {
        Diagnostic::new(
            DATA_FILE_ERROR,
            Severity::Error,
            message,
            Label::new(self.file, span, t!("data-here")),
        )
        .with_help(help)
    }

    /// Finds each column in the header row; an unknown or doubled column, or a missing
    /// required one, stops the file with one diagnostic.
    fn header(&self, names: csv::StringRecord) -> Result<Header, Box<Diagnostic>> {
        let mut at = [None; Column::ALL.len()];
        for (i, name) in names.iter().enumerate() {
            match column_of(name) {
                // Which of two `value` columns counts would be a guess: say so instead.
                Some(c) if at[c as usize].is_some() => {
                    return Err(Box::new(self.error(
                        self.line_span(0),
                        t!("data-column-twice", column = name),
                        t!("data-column-twice-help"),
                    )));
                }
                Some(c) => at[c as usize] = Some(i),
                None => {
                    let hint = match crate::suggest::closest(name, super::columns::all_names()) {
                        Some(best) => t!("did-you-mean", name = best),
                        None => t!(
                            "data-columns",
                            columns = super::columns::listed(self.language)
                        ),
                    };
                    return Err(Box::new(
                        self.error(
                            self.line_span(self.skip),
                            t!("data-unknown-column", column = name),
                            hint,
                        )
                        .with_note(t!(
                            "data-header-read-as",
                            count = names.len(),
                            separator = self.dialect.name(),
                            columns = names.iter().collect::<Vec<_>>().join(" | ")
                        )),
                    ));
                }
            }
        }
        let header = Header { names, at };
        if header.field(Column::Indicator).is_none() || header.field(Column::Period).is_none() {
            return Err(Box::new(self.error(
                self.line_span(self.skip),
                t!("data-required-columns"),
                t!(
                    "data-columns",
                    columns = super::columns::listed(self.language)
                ),
            )));
        }
        Ok(header)
    }

    fn unreadable_row(&self, e: &csv::Error) -> Diagnostic {
        self.error(
            self.line_span(self.row_start(e.position())),
            match e.kind() {
                // The usual fault, worded without the CSV reader's byte offsets.
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => t!(
                    "data-row-cells",
                    cells = *len as usize,
                    header = *expected_len as usize
                ),
                _ => t!("data-row-unreadable", error = e.to_string()),
            },
            t!("data-row-unreadable-help"),
        )
    }

    /// One row as a measurement of its indicator, or as unattached when it names none. A row
    /// of another theory (a `theory` column naming another) is counted in `others`.
    fn measurement(
        &self,
        theory: &mut Theory,
        header: &Header,
        record: &csv::StringRecord,
        others: &mut usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let span = self.line_span(self.row_start(record.position()));
        let row = Row {
            csv: self,
            header,
            record,
            line: self.text[..span.start].matches('\n').count(),
            span,
        };
        if row
            .cell(Column::Theory)
            .is_some_and(|name| !same_name(name, &theory.meta.name))
        {
            *others += 1;
            return;
        }
        if self.broken_cells(header, row.line, &row.span, diagnostics) {
            return;
        }
        let indicator = row.cell(Column::Indicator).unwrap_or_default().to_string();
        let unit = match theory.ids.get(&indicator) {
            Some(ItemRef::Indicator(i)) => Some(theory.indicators[*i].unit.clone()),
            _ => None,
        };
        let mut problems = Vec::new();
        // A bad cell is said, and the row read to its end, so each of its faults is said.
        fn kept<T>(
            read: Result<T, Box<Diagnostic>>,
            problems: &mut Vec<Diagnostic>,
            otherwise: T,
        ) -> T {
            read.unwrap_or_else(|d| {
                problems.push(*d);
                otherwise
            })
        }
        let p = &mut problems;
        // A qualitative (or ordinal) indicator's value may be words.
        let words = matches!(
            unit,
            Some(crate::model::Unit::Qualitative | crate::model::Unit::Ordinal)
        );
        let (value, text) = match row.cell(Column::Value) {
            Some(v) if words && self.number(v, Column::Value, unit.as_ref()).is_err() => {
                (None, Some(v.to_string()))
            }
            _ => (
                kept(row.number(Column::Value, unit.as_ref()), p, None),
                None,
            ),
        };
        let numerator = kept(row.number(Column::Numerator, unit.as_ref()), p, None);
        let denominator = kept(row.number(Column::Denominator, unit.as_ref()), p, None);
        let assessment = kept(row.assessment(), p, None);
        let derived = kept(row.derived(), p, false);
        let approximate = value.is_some()
            && row
                .cell(Column::Value)
                .is_some_and(|v| crate::number::approximately(v).is_some());
        if !problems.is_empty() {
            diagnostics.append(&mut problems);
            return;
        }
        let origin = Origin {
            file: self.file,
            span: row.span.clone(),
        };
        let period = row.cell(Column::Period).unwrap_or_default().to_string();
        let Some(ItemRef::Indicator(i)) = theory.ids.get(&indicator).copied() else {
            theory.unattached.push(Unattached { indicator, origin });
            return;
        };
        let group = row.cell(Column::Group).map(str::to_string);
        let target = &mut theory.indicators[i];
        target.measurements.push(Measurement {
            parsed_period: Period::parse(&period),
            period,
            period_origin: origin.clone(),
            value,
            text,
            assessment,
            derived,
            approximate,
            numerator,
            denominator,
            group_index: group
                .as_deref()
                .and_then(|g| resolve_group(&target.disaggregation, g)),
            group_origin: group.as_ref().map(|_| origin.clone()),
            group,
            source: row.cell(Column::Source).map(str::to_string),
            note: row.cell(Column::Note).map(str::to_string),
            origin,
        });
    }

    /// Says so, and whether, a row of a workbook has a cell that holds no value a person wrote:
    /// a formula never calculated, or one of Excel's error values. Such a row is not read.
    fn broken_cells(
        &self,
        header: &Header,
        row: usize,
        span: &std::ops::Range<usize>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> bool {
        let Some(cells) = self.cells else {
            return false;
        };
        let mut broken = false;
        for column in Column::ALL.into_iter().filter(|c| !c.informational()) {
            let Some(field) = header.field(column) else {
                continue;
            };
            let (message, help) = match cells.kind(row, field) {
                Some(CellKind::NoResult) => (
                    t!(
                        "data-cell-no-result",
                        cell = cells.name(row, field),
                        column = header.name(column)
                    ),
                    t!("data-cell-no-result-help"),
                ),
                Some(CellKind::Error(code)) => (
                    t!(
                        "data-cell-error",
                        cell = cells.name(row, field),
                        column = header.name(column),
                        error = code.clone()
                    ),
                    t!("data-cell-error-help"),
                ),
                _ => continue,
            };
            diagnostics.push(self.error(span.clone(), message, help));
            broken = true;
        }
        broken
    }

    /// A number of `column` as the sheet wrote it. `49 %` is a percentage: the value of a
    /// percent indicator (49), of a ratio (0.49); anything else is refused, since a count
    /// of 49 % means nothing.
    fn number(
        &self,
        text: &str,
        column: Column,
        unit: Option<&crate::model::Unit>,
    ) -> Result<f64, NumberProblem> {
        use crate::model::Unit;
        // `ca 25 %`, `≈ 25`: the number; the row says it is approximate.
        let text = match column {
            Column::Value => crate::number::approximately(text).unwrap_or(text),
            _ => text,
        };
        let Some(percent) = text.trim().strip_suffix('%') else {
            return self.dialect.number(text).map_err(NumberProblem::Plain);
        };
        let n = self
            .dialect
            .number(percent.trim())
            .map_err(NumberProblem::Plain)?;
        match (column, unit) {
            (Column::Value, Some(Unit::Percent) | None) => Ok(n),
            (Column::Value, Some(Unit::Ratio)) => Ok(n / 100.0),
            (Column::Value, Some(unit)) => Err(NumberProblem::Percent(unit.keyword().to_string())),
            _ => Err(NumberProblem::Percent("none".to_string())),
        }
    }
}

/// Why a cell is not a number: how it is written (`ambiguous`, `plain`, for
/// `data-number-help`), or a percentage where none belongs (the indicator's unit, or `none`).
enum NumberProblem {
    Plain(&'static str),
    Percent(String),
}

impl NumberProblem {
    /// The message, of `value` in the column named `column` at `place`, and its help.
    fn said(self, value: &str, column: &str, place: String) -> (Text, Text) {
        match self {
            NumberProblem::Plain(problem) => (
                t!(
                    "data-not-a-number",
                    value = value,
                    column = column,
                    place = place
                ),
                t!("data-number-help", problem = problem),
            ),
            NumberProblem::Percent(unit) => (
                t!(
                    "data-percent-not-percent",
                    value = value,
                    column = column,
                    place = place,
                    unit = unit
                ),
                t!("data-percent-not-percent-help"),
            ),
        }
    }
}

/// One row of a measurement file, read cell by cell; each bad cell is a diagnostic at the
/// row, naming the cell in a workbook.
struct Row<'r> {
    csv: &'r Csv<'r>,
    header: &'r Header,
    record: &'r csv::StringRecord,
    /// The row's line in the CSV text (0 is the header).
    line: usize,
    span: std::ops::Range<usize>,
}

impl Row<'_> {
    fn cell(&self, c: Column) -> Option<&str> {
        self.header
            .field(c)
            .and_then(|i| self.record.get(i))
            .filter(|v| !v.is_empty())
    }

    /// ` (Mätningar!D7)` in a workbook: the cell, as Excel names it.
    fn place(&self, c: Column) -> String {
        match (self.csv.cells, self.header.field(c)) {
            (Some(cells), Some(i)) => format!(" ({})", cells.name(self.line, i)),
            _ => String::new(),
        }
    }

    fn error(&self, message: Text, help: Text) -> Box<Diagnostic> {
        Box::new(self.csv.error(self.span.clone(), message, help))
    }

    /// A number of column `c`, for an indicator counting in `unit`; a date or TRUE where the
    /// number should be is said as such.
    fn number(
        &self,
        c: Column,
        unit: Option<&crate::model::Unit>,
    ) -> Result<Option<f64>, Box<Diagnostic>> {
        let Some(v) = self.cell(c) else {
            return Ok(None);
        };
        let problem = match self.csv.number(v, c, unit) {
            Ok(n) => return Ok(Some(n)),
            Err(problem) => problem,
        };
        let (column, place) = (self.header.name(c), self.place(c));
        let kind = self
            .header
            .field(c)
            .and_then(|i| self.csv.cells.and_then(|cells| cells.kind(self.line, i)));
        let (message, help) = match kind {
            Some(CellKind::Date(date)) => (
                t!(
                    "data-cell-date",
                    date = date.clone(),
                    column = column,
                    place = place
                ),
                t!("data-cell-date-help"),
            ),
            Some(CellKind::Bool(b)) => (
                t!(
                    "data-cell-bool",
                    value = b.to_string().to_uppercase(),
                    column = column,
                    place = place
                ),
                t!("data-cell-bool-help"),
            ),
            _ => problem.said(v, column, place),
        };
        Err(self.error(message, help))
    }

    fn assessment(&self) -> Result<Option<crate::model::Assessment>, Box<Diagnostic>> {
        let Some(v) = self.cell(Column::Assessment) else {
            return Ok(None);
        };
        assessment_of(v).map(Some).ok_or_else(|| {
            self.error(
                t!(
                    "data-not-an-assessment",
                    value = v,
                    column = self.header.name(Column::Assessment),
                    place = self.place(Column::Assessment)
                ),
                t!("data-assessment-help"),
            )
        })
    }

    fn derived(&self) -> Result<bool, Box<Diagnostic>> {
        let Some(v) = self.cell(Column::Derived) else {
            return Ok(false);
        };
        flag_of(v).ok_or_else(|| {
            self.error(
                t!(
                    "data-not-a-flag",
                    value = v,
                    column = self.header.name(Column::Derived),
                    place = self.place(Column::Derived)
                ),
                t!("data-flag-help"),
            )
        })
    }
}

/// Whether a `theory` cell names this theory: as written, in any case.
fn same_name(cell: &str, name: &str) -> bool {
    cell.trim().to_lowercase() == name.trim().to_lowercase()
}

/// An assessment as a sheet writes it: the format's words (`partly_met`), or the scorecard's
/// in either language, with or without its mark (`◐ delvis uppnått`).
fn assessment_of(text: &str) -> Option<crate::model::Assessment> {
    use crate::model::Assessment;
    let words: String = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace(['_', '-'], " ");
    match words
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .as_str()
    {
        "met" | "uppnått" | "uppnatt" => Some(Assessment::Met),
        "partly met" | "delvis uppnått" | "delvis uppnatt" => Some(Assessment::PartlyMet),
        "not met" | "ej uppnått" | "ej uppnatt" | "inte uppnått" | "inte uppnatt" => {
            Some(Assessment::NotMet)
        }
        _ => None,
    }
}

/// A yes or no as sheets write it: `✓`, `x`, `ja`, `yes`, `true`, `1`, or their opposites.
fn flag_of(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "✓" | "✔" | "x" | "ja" | "yes" | "true" | "sant" | "1" => Some(true),
        "nej" | "no" | "false" | "falskt" | "0" | "-" | "–" => Some(false),
        _ => None,
    }
}

/// How a spreadsheet wrote its CSV: the field separator, read from the header row. Excel
/// writes `,` in English locales and `;` where the comma is the decimal sign (Swedish Excel,
/// also for "CSV UTF-8"); "text" exports use a tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    /// The byte between fields: `,`, `;` or a tab.
    pub separator: u8,
}

impl Dialect {
    /// The separator that splits the header row into the most known column names (ties to the
    /// one used most often outside quotes, then to `,`).
    pub fn of(text: &str) -> Self {
        let header = text.lines().next().unwrap_or("");
        let score = |separator: u8| {
            let fields: Vec<&str> = header
                .split(separator as char)
                .map(|f| f.trim().trim_matches('"').trim())
                .collect();
            let known = fields.iter().filter(|f| column_of(f).is_some()).count();
            let used = unquoted(header).filter(|&b| b == separator).count();
            (known, used, separator == b',')
        };
        let separator = [b',', b';', b'\t']
            .into_iter()
            .max_by_key(|&s| score(s))
            .unwrap_or(b',');
        Dialect { separator }
    }

    /// The separator, as the catalogues' `data-header-read-as` names it.
    pub fn name(self) -> &'static str {
        match self.separator {
            b';' => "semicolon",
            b'\t' => "tab",
            _ => "comma",
        }
    }

    /// A number as a spreadsheet wrote it: decimal comma or point, digit groups apart with
    /// spaces (`1 000,5`) or with the other sign (`1,000.5`, `1.000,5`). A lone comma after one
    /// to three digits and before three (`1,000`) is read as a decimal comma in a file
    /// separated by semicolons or tabs (where the comma is the decimal sign) and refused as
    /// ambiguous in one separated by commas. The error names the problem for
    /// `data-number-help`: `ambiguous` or `plain`.
    pub fn number(self, text: &str) -> Result<f64, &'static str> {
        let compact: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
            .collect();
        let (commas, points) = (compact.matches(',').count(), compact.matches('.').count());
        let plain = match (commas, points) {
            (0, _) => compact,
            (_, 0) if commas == 1 => {
                let (whole, fraction) = compact.split_once(',').expect("one comma");
                let grouped =
                    (1..=3).contains(&whole.trim_start_matches('-').len()) && fraction.len() == 3;
                if grouped && self.separator == b',' {
                    return Err("ambiguous");
                }
                compact.replace(',', ".")
            }
            (_, 0) => compact.replace(',', ""),
            _ => {
                // Both signs: the last one is the decimal sign.
                let decimal = if compact.rfind(',') > compact.rfind('.') {
                    ','
                } else {
                    '.'
                };
                let group = if decimal == ',' { '.' } else { ',' };
                compact.replace(group, "").replace(decimal, ".")
            }
        };
        match plain.parse::<f64>() {
            // `NaN` and `inf` parse as floats but cannot be judged against a target.
            Ok(number) if number.is_finite() => Ok(number),
            _ => Err("plain"),
        }
    }
}

/// The bytes of a line that are not inside double quotes.
fn unquoted(line: &str) -> impl Iterator<Item = u8> + '_ {
    let mut quoted = false;
    line.bytes().filter(move |&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        !quoted
    })
}

#[cfg(test)]
mod tests {
    use super::Dialect;

    const COMMA: Dialect = Dialect { separator: b',' };
    const SEMICOLON: Dialect = Dialect { separator: b';' };

    #[test]
    fn the_separator_is_the_one_that_names_the_columns() {
        assert_eq!(Dialect::of("indicator,period,value\n").separator, b',');
        assert_eq!(Dialect::of("indicator;period;value\r\n").separator, b';');
        assert_eq!(Dialect::of("indicator\tperiod\tvalue\n").separator, b'\t');
        // Commas inside a quoted note do not outvote the semicolons.
        assert_eq!(
            Dialect::of("indicator;period;\"a,b,c,d\"\n").separator,
            b';'
        );
        assert_eq!(Dialect::of("").separator, b',');
    }

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        for (dialect, text, number) in [
            (COMMA, "49", 49.0),
            (COMMA, "49.5", 49.5),
            (COMMA, "49,5", 49.5),
            (SEMICOLON, "49,5", 49.5),
            (SEMICOLON, "1 000", 1000.0),
            (SEMICOLON, "1\u{a0}000,25", 1000.25),
            (SEMICOLON, "1,000", 1.0),
            (COMMA, "1,000.5", 1000.5),
            (SEMICOLON, "1.000,5", 1000.5),
            (COMMA, "1,000,000", 1_000_000.0),
            (COMMA, "-0,5", -0.5),
        ] {
            assert_eq!(dialect.number(text), Ok(number), "{text}");
        }
        for (dialect, text) in [
            (COMMA, "1,000"),
            (COMMA, "49 %"),
            (COMMA, "NaN"),
            (SEMICOLON, "inf"),
            (COMMA, ""),
        ] {
            assert!(dialect.number(text).is_err(), "{text}");
        }
    }
}
