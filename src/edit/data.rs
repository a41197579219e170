//! A renamed indicator in the theory's data files: a CSV file is rewritten, only in the
//! `indicator` fields that named it; a workbook is left to a person, with a note.

use super::Applied;
use crate::locale::Text;
use crate::t;
use std::path::Path;
use toml_edit::{DocumentMut, Item};

/// Follows the rename of `id` to `to` into the CSV data files of the theory (when `id` is an
/// indicator; other items are not named there).
pub(super) fn rename(
    doc: &DocumentMut,
    folder: &Path,
    id: &str,
    to: &str,
    read: &dyn Fn(&Path) -> std::io::Result<Vec<u8>>,
    applied: &mut Applied,
) -> Result<(), Text> {
    let indicator = doc
        .get("indicators")
        .and_then(Item::as_table_like)
        .is_some_and(|t| t.contains_key(to));
    if !indicator {
        return Ok(());
    }
    let files: Vec<String> = doc
        .get("theory")
        .and_then(|t| t.get("data_files"))
        .and_then(Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    for name in files {
        let path = folder.join(&name);
        let is_csv = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if !is_csv {
            applied.notes.push(t!(
                "edit-rename-workbook",
                file = name.clone(),
                id = id,
                to = to
            ));
            continue;
        }
        // Earlier operations of the same edit may have rewritten it already.
        let text = match applied.data.iter().position(|(p, _)| *p == path) {
            Some(at) => applied.data.remove(at).1,
            None => {
                let bytes = read(&path).map_err(|e| {
                    t!(
                        "edit-data-unreadable",
                        file = name.clone(),
                        error = e.to_string()
                    )
                })?;
                String::from_utf8(bytes)
                    .map_err(|_| t!("edit-data-unreadable", file = name.clone(), error = "UTF-8"))?
            }
        };
        let (new, count) = renamed(&text, id, to);
        if count > 0 {
            applied
                .done
                .push(t!("edit-renamed-rows", file = name.clone(), rows = count));
        }
        applied.data.push((path, new));
    }
    Ok(())
}

/// `text` with every `indicator` field that is `id` made `to`, byte for byte otherwise, and
/// how many. The header names the column; the separator is the header's (see
/// [`crate::indicators::data::Dialect`]).
pub(super) fn renamed(text: &str, id: &str, to: &str) -> (String, usize) {
    let mut lines = text.split_inclusive('\n');
    let Some(header) = lines.next() else {
        return (text.to_string(), 0);
    };
    let separator = [',', ';', '\t']
        .into_iter()
        .max_by_key(|s| header.matches(*s).count())
        .unwrap_or(',');
    let Some(column) = fields(header, separator)
        .iter()
        .position(|(_, f)| f.trim().trim_matches('"').eq_ignore_ascii_case("indicator"))
    else {
        return (text.to_string(), 0);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(header);
    let mut count = 0;
    // Inside a quoted field that runs over a line break: the record goes on, untouched.
    let mut open = false;
    for line in lines {
        let was_open = open;
        open ^= line.matches('"').count() % 2 == 1;
        if was_open {
            out.push_str(line);
            continue;
        }
        match fields(line, separator).get(column) {
            Some((start, field))
                if field.trim_end_matches(['\r', '\n']).trim_matches('"') == id =>
            {
                let raw = field.trim_end_matches(['\r', '\n']);
                let quoted = raw.starts_with('"');
                out.push_str(&line[..*start]);
                if quoted {
                    out.push('"');
                    out.push_str(to);
                    out.push('"');
                } else {
                    out.push_str(to);
                }
                out.push_str(&line[start + raw.len()..]);
                count += 1;
            }
            _ => out.push_str(line),
        }
    }
    (out, count)
}

/// The fields of one CSV line with where each starts, separators inside quotes skipped.
fn fields(line: &str, separator: char) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (at, c) in line.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            out.push((start, &line[start..at]));
            start = at + c.len_utf8();
        }
    }
    out.push((start, &line[start..]));
    out
}

#[cfg(test)]
mod tests {
    use super::renamed;

    #[test]
    fn only_the_indicator_fields_that_name_it_change() {
        let csv =
            "indicator,period,value,note\r\na,2020,1,\"a, b\"\r\nab,2020,2,a\r\n\"a\",2021,3,x\n";
        let (new, count) = renamed(csv, "a", "c");
        assert_eq!(count, 2);
        assert_eq!(
            new,
            "indicator,period,value,note\r\nc,2020,1,\"a, b\"\r\nab,2020,2,a\r\n\"c\",2021,3,x\n"
        );
        let broken = "indicator,note\nb,\"one\na,two\"\na,x\n";
        assert_eq!(
            renamed(broken, "a", "c"),
            ("indicator,note\nb,\"one\na,two\"\nc,x\n".into(), 1)
        );
        let semicolons = "period;indicator\n2020;a\n";
        assert_eq!(
            renamed(semicolons, "a", "c"),
            ("period;indicator\n2020;c\n".into(), 1)
        );
    }
}
