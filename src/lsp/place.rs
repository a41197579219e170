//! Where in the theory file's grammar a cursor is, read from the text alone: the file is
//! mid-edit when completion is asked for, and seldom parses then.
//!
//! The scan starts at the table header above the cursor and follows TOML's tokens (strings,
//! comments, arrays, inline tables, `key = value`) up to the cursor. Lines inside a
//! multi-line array that begin with `[` would be taken for a header; theory files do not
//! nest arrays that way.

/// What the cursor is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Inside a table header's brackets: `[effects.|`. `typed` is what is written before the
    /// cursor inside the brackets, from where it starts.
    Header {
        /// The header's words so far (`effects.`).
        typed: String,
        /// Where they start.
        start: usize,
    },
    /// Where a key goes.
    Key {
        /// The table: `["effects", "okad-halsa"]`, `["indicators", "x", "target"]`.
        table: Vec<String>,
        /// The keys of the inline tables the cursor is inside (`target = { | }`).
        inline: Vec<String>,
        /// The keys the table already has.
        present: Vec<String>,
        /// Where the word being typed starts.
        start: usize,
        /// The cursor is at the start of an empty line of the file's top level.
        line_start: bool,
    },
    /// Where a value goes.
    Value {
        /// The table.
        table: Vec<String>,
        /// The key, with those of the inline tables around it: `["target", "direction"]`.
        key: Vec<String>,
        /// Inside a string: where its words start (after the quote).
        string: Option<usize>,
        /// Inside an array.
        in_array: bool,
        /// Where the word being typed starts (the string's start when inside one).
        start: usize,
    },
    /// A comment, or somewhere nothing is completed.
    Nothing,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Array,
    Inline,
}

struct Scan {
    /// What is open around the cursor, outermost first.
    open: Vec<Open>,
    /// Per level (the table, then each inline table), the key being given a value.
    keys: Vec<Option<Vec<String>>>,
    /// The dotted key being written, before its `=`.
    pending: Vec<String>,
    expecting_key: bool,
    present: Vec<String>,
}

/// Where `offset` is in `text`.
pub fn place(text: &str, offset: usize) -> Place {
    let offset = floor_boundary(text, offset.min(text.len()));
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..offset];
    if line.trim_start().starts_with('[') && !line.contains(']') {
        let open = line_start + line.find('[').unwrap_or(0);
        let start = text[open..offset]
            .find(|c| c != '[')
            .map_or(offset, |i| open + i);
        return Place::Header {
            typed: text[start..offset].to_string(),
            start,
        };
    }
    let (table, body) = table_above(text, line_start);
    scan(text, body, offset, table)
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The path of the table header above `line_start` and where its body begins.
fn table_above(text: &str, line_start: usize) -> (Vec<String>, usize) {
    let mut end = line_start;
    while end > 0 {
        let start = text[..end - 1].rfind('\n').map_or(0, |i| i + 1);
        let line = text[start..end].trim();
        if line.starts_with('[') {
            return (header_path(line), end);
        }
        end = start;
    }
    (Vec::new(), 0)
}

/// `[indicators.x.target]` and `[[indicators.x.measurements]]` as their keys.
pub fn header_path(line: &str) -> Vec<String> {
    let inner = line.trim_start_matches('[');
    let inner = inner.split(']').next().unwrap_or_default();
    let mut keys = Vec::new();
    let mut key = String::new();
    let mut quote = None;
    for c in inner.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '.') => keys.push(std::mem::take(&mut key)),
            (None, c) if c.is_whitespace() => {}
            (_, c) => key.push(c),
        }
    }
    keys.push(key);
    keys
}

fn scan(text: &str, from: usize, offset: usize, table: Vec<String>) -> Place {
    let mut s = Scan {
        open: Vec::new(),
        keys: vec![None],
        pending: Vec::new(),
        expecting_key: true,
        present: Vec::new(),
    };
    let bytes = text.as_bytes();
    let mut i = from;
    while i < offset {
        let c = bytes[i];
        match c {
            b'#' => {
                let end = text[i..].find('\n').map_or(text.len(), |e| i + e);
                if offset <= end {
                    return Place::Nothing;
                }
                i = end;
                continue;
            }
            b'"' | b'\'' => {
                let (end, triple) = string_end(text, i);
                let words = i + if triple { 3 } else { 1 };
                if offset < end || (end == text.len() && offset == end) {
                    return s.inside_string(table, words, offset, text);
                }
                if s.expecting_key {
                    s.pending.push(
                        text[words..end.saturating_sub(if triple { 3 } else { 1 })].to_string(),
                    );
                }
                i = end;
                continue;
            }
            b'\n' if s.open.is_empty() => s.end_of_line(),
            b'=' if s.expecting_key => {
                let key = std::mem::take(&mut s.pending);
                if s.keys.len() == 1 {
                    if let Some(first) = key.first() {
                        s.present.push(first.clone());
                    }
                }
                *s.keys.last_mut().expect("a level") = Some(key);
                s.expecting_key = false;
            }
            b'[' if !s.expecting_key => s.open.push(Open::Array),
            b'{' if !s.expecting_key => {
                s.open.push(Open::Inline);
                s.keys.push(None);
                s.expecting_key = true;
            }
            b']' if s.open.last() == Some(&Open::Array) => {
                s.open.pop();
            }
            b'}' if s.open.last() == Some(&Open::Inline) => {
                s.open.pop();
                s.keys.pop();
                s.expecting_key = false;
            }
            b',' if s.open.last() == Some(&Open::Inline) => {
                *s.keys.last_mut().expect("a level") = None;
                s.expecting_key = true;
                s.pending.clear();
            }
            _ if s.expecting_key && is_bare(c) => {
                let end = text[i..]
                    .find(|ch: char| !(ch.is_ascii() && is_bare(ch as u8)))
                    .map_or(text.len(), |e| i + e);
                if offset <= end {
                    return s.at_key(table, i, offset, text);
                }
                s.pending.push(text[i..end].to_string());
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if s.expecting_key {
        return s.at_key(table, offset, offset, text);
    }
    let start = text[..offset]
        .rfind(|c: char| !(c.is_ascii() && is_bare(c as u8)))
        .map_or(0, |p| p + 1)
        .max(from);
    Place::Value {
        table,
        key: s.key_path(),
        string: None,
        in_array: s.open.last() == Some(&Open::Array),
        start,
    }
}

impl Scan {
    fn end_of_line(&mut self) {
        self.expecting_key = true;
        self.pending.clear();
        self.keys = vec![None];
    }

    fn key_path(&self) -> Vec<String> {
        self.keys.iter().flatten().flatten().cloned().collect()
    }

    fn at_key(self, table: Vec<String>, start: usize, offset: usize, text: &str) -> Place {
        let line_start = self.open.is_empty()
            && self.pending.is_empty()
            && text[..start]
                .rsplit('\n')
                .next()
                .is_some_and(|before| before.trim().is_empty());
        Place::Key {
            table,
            inline: self.key_path(),
            present: self.present,
            start: start.min(offset),
            line_start,
        }
    }

    fn inside_string(self, table: Vec<String>, words: usize, offset: usize, text: &str) -> Place {
        if self.expecting_key {
            return self.at_key(table, words, offset, text);
        }
        Place::Value {
            table,
            key: self.key_path(),
            string: Some(words),
            in_array: self.open.last() == Some(&Open::Array),
            start: words,
        }
    }
}

fn is_bare(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// Where the string starting at `start` ends (after its closing quote), and whether it is
/// triple-quoted. An unclosed one-line string ends at its line's end.
fn string_end(text: &str, start: usize) -> (usize, bool) {
    let quote = text.as_bytes()[start];
    let triple = text[start..].starts_with(if quote == b'"' { "\"\"\"" } else { "'''" });
    if triple {
        let close = if quote == b'"' { "\"\"\"" } else { "'''" };
        return (
            text[start + 3..]
                .find(close)
                .map_or(text.len(), |e| start + 3 + e + 3),
            true,
        );
    }
    let bytes = text.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\n' => return (i, false),
            b if b == quote => return (i + 1, false),
            _ => i += 1,
        }
    }
    (text.len(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text_with_cursor: &str) -> Place {
        let offset = text_with_cursor.find('|').expect("a cursor");
        let text = text_with_cursor.replace('|', "");
        place(&text, offset)
    }

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_value_in_a_list_is_told_with_its_key_and_table() {
        let place =
            at("[theory]\nname = \"x\"\n\n[mechanisms.m]\ntext = \"t\"\nfrom = [\"a\", \"b|");
        let Place::Value {
            table,
            key,
            string,
            in_array,
            ..
        } = place
        else {
            panic!("{place:?}")
        };
        assert_eq!(table, strings(&["mechanisms", "m"]));
        assert_eq!(key, strings(&["from"]));
        assert!(string.is_some() && in_array);
    }

    #[test]
    fn a_key_is_told_with_the_keys_already_there() {
        let place = at("[effects.e]\ntext = \"a # not a comment\"\nhorizon = \"short\"\nper|");
        let Place::Key {
            table,
            present,
            inline,
            start,
            ..
        } = place
        else {
            panic!("{place:?}")
        };
        assert_eq!(table, strings(&["effects", "e"]));
        assert_eq!(present, strings(&["text", "horizon"]));
        assert!(inline.is_empty());
        assert_eq!(
            start,
            "[effects.e]\ntext = \"a # not a comment\"\nhorizon = \"short\"\n".len()
        );
    }

    #[test]
    fn inline_tables_multi_line_arrays_headers_and_comments() {
        let place = at("[indicators.i]\ntarget = { value = 80, direction = \"at_|\" }");
        assert!(
            matches!(&place, Place::Value { key, .. } if *key == strings(&["target", "direction"])),
            "{place:?}"
        );
        let place = at("[indicators.i]\ntarget = { value = 80, |");
        assert!(
            matches!(&place, Place::Key { inline, .. } if *inline == strings(&["target"])),
            "{place:?}"
        );
        let place = at("[mechanisms.m]\nto = [\n  \"a\",\n  \"|\n]");
        assert!(
            matches!(&place, Place::Value { key, in_array: true, .. } if *key == strings(&["to"])),
            "{place:?}"
        );
        let place = at("[effects.e]\n[eff|");
        assert!(
            matches!(&place, Place::Header { typed, .. } if typed == "eff"),
            "{place:?}"
        );
        assert_eq!(at("[effects.e]\n# a |note"), Place::Nothing);
        let place = at("[[indicators.i.measurements]]\nperiod = \"2020\"\n|");
        assert!(
            matches!(&place, Place::Key { table, line_start: true, .. } if *table == strings(&["indicators", "i", "measurements"])),
            "{place:?}"
        );
    }
}
