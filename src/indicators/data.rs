//! Measurements from the CSV files a theory names (`[theory] data_files`), so evaluators can
//! keep their numbers in a spreadsheet. A bad row is a diagnostic at its line, never a crash.

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::model::{resolve_group, ItemRef, Measurement, Origin, Period, Theory, Unattached};
use crate::source::{FileId, Sources};
use std::path::Path;

/// The rule for data files that cannot be read: missing, not UTF-8, or not the expected CSV.
const DATA_FILE_ERROR: crate::diagnostic::RuleId = crate::diagnostic::RuleId::DataFileError;

/// The columns a measurement file may have; `indicator` and `period` are required.
pub const COLUMNS: [&str; 8] = [
    "indicator",
    "period",
    "group",
    "value",
    "numerator",
    "denominator",
    "source",
    "note",
];

/// What data files a theory may name: by default only regular files inside the theory's own
/// folder tree, of bounded size. A theory comes from anyone who can open a pull request; the
/// person running verkan, not the theory, decides to let it read elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataPolicy {
    /// Allow data files outside the theory's folder (`--allow-data-outside`).
    pub allow_outside: bool,
    /// The largest data file read, in bytes (`--max-data-size`).
    pub max_bytes: u64,
}

impl Default for DataPolicy {
    fn default() -> Self {
        DataPolicy {
            allow_outside: false,
            max_bytes: 64 * 1024 * 1024,
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
        let at_reference = |message: String, help: &str| {
            Diagnostic::new(
                DATA_FILE_ERROR,
                Severity::Error,
                message,
                Label::new(theory.file, data_file.span.clone(), "named here"),
            )
            .with_fact("file", data_file.value.as_str())
            .with_help(help.to_string())
        };
        let path = base.join(&data_file.value);
        if let Err((message, help)) = admissible(base, &path, policy) {
            diagnostics.push(at_reference(message, help));
            continue;
        }
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                diagnostics.push(at_reference(
                    format!("cannot read data file `{}`: {e}", path.display()),
                    "data files are found relative to the theory file; check the path",
                ));
                continue;
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            diagnostics.push(at_reference(
                format!("data file `{}` is not UTF-8 text", path.display()),
                "save the spreadsheet as \"CSV UTF-8\"",
            ));
            continue;
        };
        let file = sources.add(path.display().to_string(), text);
        read_csv(theory, sources, file, &mut diagnostics);
    }
    diagnostics
}

/// Whether a data file may be read: inside the theory's folder (unless allowed), a regular
/// file (a FIFO would block, a device never end), and not larger than the limit. Checked
/// before a byte is read, so nothing of a refused file reaches a diagnostic.
fn admissible(base: &Path, path: &Path, policy: &DataPolicy) -> Result<(), (String, &'static str)> {
    let shown = path.display();
    let metadata = std::fs::metadata(path).map_err(|e| {
        (
            format!("cannot read data file `{shown}`: {e}"),
            "data files are found relative to the theory file; check the path",
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
            return Err((
                format!("data file `{shown}` is outside the theory's folder"),
                "move it next to the theory (e.g. into `data/`), or let verkan read it with `--allow-data-outside`",
            ));
        }
    }
    if !metadata.is_file() {
        return Err((
            format!("data file `{shown}` is not a regular file"),
            "name a CSV file; devices, pipes and folders cannot be read as data",
        ));
    }
    if metadata.len() > policy.max_bytes {
        return Err((
            format!(
                "data file `{shown}` is {} MiB, above the limit of {} MiB",
                metadata.len().div_ceil(1024 * 1024),
                policy.max_bytes / (1024 * 1024)
            ),
            "split the file, or raise the limit with `--max-data-size MIB`",
        ));
    }
    Ok(())
}

fn read_csv(
    theory: &mut Theory,
    sources: &Sources,
    file: FileId,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = sources.text(file);
    let line_span = |offset: usize| {
        let offset = offset.min(text.len());
        let end = text[offset..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| offset + i);
        offset..end.max(offset)
    };
    let error = |span: std::ops::Range<usize>, message: String, help: &str| {
        Diagnostic::new(
            DATA_FILE_ERROR,
            Severity::Error,
            message,
            Label::new(file, span, "here"),
        )
        .with_help(help.to_string())
    };
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            diagnostics.push(error(
                line_span(0),
                format!("cannot read the header row: {e}"),
                "the first row names the columns",
            ));
            return;
        }
    };
    let mut column = [None; COLUMNS.len()];
    for (i, name) in headers.iter().enumerate() {
        match COLUMNS.iter().position(|c| *c == name) {
            // Which of two `value` columns counts would be a guess: say so instead.
            Some(c) if column[c].is_some() => {
                diagnostics.push(error(
                    line_span(0),
                    format!("the column `{name}` appears twice"),
                    "keep one column of each name",
                ));
                return;
            }
            Some(c) => column[c] = Some(i),
            None => {
                let hint = match crate::suggest::closest(name, COLUMNS) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!("the columns are: {}", COLUMNS.join(",")),
                };
                diagnostics.push(error(
                    line_span(0),
                    format!("unknown column `{name}`"),
                    &hint,
                ));
                return;
            }
        }
    }
    if column[0].is_none() || column[1].is_none() {
        diagnostics.push(error(
            line_span(0),
            "a measurement file needs the columns `indicator` and `period`".to_string(),
            &format!("the columns are: {}", COLUMNS.join(",")),
        ));
        return;
    }
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let offset = e.position().map_or(0, |p| p.byte() as usize);
                diagnostics.push(error(
                    line_span(offset),
                    format!("cannot read this row: {e}"),
                    "every row has as many cells as the header",
                ));
                continue;
            }
        };
        let span = line_span(record.position().map_or(0, |p| p.byte() as usize));
        let cell = |c: usize| {
            column[c]
                .and_then(|i| record.get(i))
                .filter(|v| !v.is_empty())
        };
        let mut number = |c: usize| -> Result<Option<f64>, ()> {
            match cell(c) {
                None => Ok(None),
                // Swedish spreadsheets write decimal commas.
                // `NaN` and `inf` parse as floats but cannot be judged against a target.
                Some(v) => match v.replace(',', ".").parse::<f64>() {
                    Ok(number) if number.is_finite() => Ok(Some(number)),
                    _ => {
                        diagnostics.push(error(
                            span.clone(),
                            format!("`{v}` in column `{}` is not a number", COLUMNS[c]),
                            "write numbers without units, e.g. 49 or 49.5",
                        ));
                        Err(())
                    }
                },
            }
        };
        let (Ok(value), Ok(numerator), Ok(denominator)) = (number(3), number(4), number(5)) else {
            continue;
        };
        let origin = Origin {
            file,
            span: span.clone(),
        };
        let indicator = cell(0).unwrap_or_default().to_string();
        let period = cell(1).unwrap_or_default().to_string();
        let Some(ItemRef::Indicator(i)) = theory.ids.get(&indicator).copied() else {
            theory.unattached.push(Unattached { indicator, origin });
            continue;
        };
        let group = cell(2).map(str::to_string);
        let target = &mut theory.indicators[i];
        target.measurements.push(Measurement {
            parsed_period: Period::parse(&period),
            period,
            period_origin: origin.clone(),
            value,
            text: None,
            assessment: None,
            derived: false,
            numerator,
            denominator,
            group_index: group
                .as_deref()
                .and_then(|g| resolve_group(&target.disaggregation, g)),
            group_origin: group.as_ref().map(|_| origin.clone()),
            group,
            source: cell(6).map(str::to_string),
            note: cell(7).map(str::to_string),
            origin,
        });
    }
}
