//! Turns toml/serde errors into diagnostics with a place and a "did you mean".

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::source::FileId;
use crate::suggest::closest;

/// The rule for text that is not valid TOML.
pub const SYNTAX_ERROR: &str = "syntax-error";
/// The rule for valid TOML that does not match the theory format.
pub const SCHEMA_ERROR: &str = "schema-error";

pub(super) fn to_diagnostic(file: FileId, text: &str, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().to_string();
    let span = error.span().unwrap_or(0..0);
    let span = widen_empty(text, span);
    let label = if message.starts_with("unknown field") {
        Some("unknown key")
    } else if message.starts_with("unknown variant") {
        Some("not one of the allowed values")
    } else if message.starts_with("missing field") {
        Some("a required key is missing in this table")
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        Some("wrong type of value")
    } else if message.starts_with("invalid length") {
        Some("wrong number of values")
    } else {
        None
    };
    let (rule, label) = match label {
        Some(label) => (SCHEMA_ERROR, label),
        None => (SYNTAX_ERROR, "TOML cannot be read here"),
    };
    let table = enclosing_table(text, span.start);
    let mut diagnostic = Diagnostic::new(
        rule,
        Severity::Error,
        headline(&message, &table),
        Label::new(file, span, label),
    );
    if let Some(help) = suggestion(&message).or_else(|| type_help(&message)) {
        diagnostic = diagnostic.with_help(help);
    } else if message.starts_with("missing field") {
        diagnostic =
            diagnostic.with_help("add the field; `verkan explain schema-error` shows the format");
    } else if rule == SYNTAX_ERROR {
        diagnostic = diagnostic.with_help("fix the TOML syntax here; strings need quotes and tables `[section.id]` need closing brackets");
    }
    diagnostic
}

fn headline(message: &str, table: &str) -> String {
    let first_line = message.lines().next().unwrap_or(message);
    // The theory format speaks of keys, as TOML does; serde's word is "field".
    let first_line = first_line
        .replacen("unknown field", "unknown key", 1)
        .replacen("missing field", "missing key", 1);
    if table.is_empty() {
        first_line
    } else {
        format!("{first_line} in `{table}`")
    }
}

// The table the error sits in, as its header reads: "[effects.framtidstro]".
fn enclosing_table(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    // Include the whole line the error is on: it may be the header itself.
    let line_end = text
        .get(offset..)
        .and_then(|rest| rest.find('\n'))
        .map_or(text.len(), |i| offset + i);
    let before = text.get(..line_end).unwrap_or(text);
    before
        .lines()
        .rev()
        .map(str::trim)
        .find(|line| line.starts_with('['))
        .map(|line| line.split('#').next().unwrap_or(line).trim().to_string())
        .unwrap_or_default()
}

// serde words these as "unknown field `x`, expected one of `a`, `b`".
fn suggestion(message: &str) -> Option<String> {
    let kind = if message.starts_with("unknown field") {
        "key"
    } else if message.starts_with("unknown variant") {
        "value"
    } else {
        return None;
    };
    let mut quoted = message.split('`').skip(1).step_by(2);
    let got = quoted.next()?;
    let expected: Vec<&str> = quoted.collect();
    if expected.is_empty() {
        return Some(format!(
            "remove the {kind} `{got}`: nothing is expected here"
        ));
    }
    match closest(got, expected.iter().copied()) {
        Some(best) => Some(format!("did you mean `{best}`?")),
        None => Some(format!(
            "use one of: {}",
            expected
                .iter()
                .map(|e| format!("`{e}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

// serde words these as "invalid type: string \"x\", expected a sequence".
fn type_help(message: &str) -> Option<String> {
    let expected = message.split("expected ").nth(1)?.trim();
    let help = match expected {
        "a sequence" => "write a list of ids in brackets, e.g. `[\"forrehab\"]`",
        "a string" => "write the value as text in double quotes",
        "a boolean" => "write `true` or `false`",
        "a finite number" => "write a number such as `80`: `nan` and `inf` cannot be measured",
        e if e.starts_with("f64") || e.starts_with("a number") => {
            "write a number without quotes, e.g. `70`"
        }
        e if e.starts_with("struct") || e.starts_with("a map") => {
            "write a table: `[section.id]` with keys below it, or `{ key = value }`"
        }
        _ => return None,
    };
    Some(help.to_string())
}

// An empty span underlines nothing; point at the character there instead.
fn widen_empty(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = span.start.min(text.len());
    if span.end > start {
        return start..span.end.min(text.len());
    }
    match text[start..].chars().next() {
        // Underlining a line break would draw a two-line span; mark the line's last character.
        Some('\n' | '\r') | None => match text[..start].chars().next_back() {
            Some(c) if c != '\n' => start - c.len_utf8()..start,
            _ => start..start,
        },
        Some(c) => start..start + c.len_utf8(),
    }
}
