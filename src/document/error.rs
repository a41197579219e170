//! Turns toml/serde errors into diagnostics with a place and a "did you mean".

use super::schema::{Problem, SECTIONS};
use crate::diagnostic::{Diagnostic, Label, RuleId, Severity};
use crate::locale::Text;
use crate::source::FileId;
use crate::suggest::closest;
use crate::t;

const SYNTAX_ERROR: RuleId = RuleId::SyntaxError;
const SCHEMA_ERROR: RuleId = RuleId::SchemaError;

/// Text that is not TOML: the parser's own words, at its place.
pub(super) fn syntax(file: FileId, text: &str, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim();
    let span = widen_empty(text, error.span().unwrap_or(0..0));
    let table = enclosing_table(text, span.start);
    Diagnostic::new(
        SYNTAX_ERROR,
        Severity::Error,
        headline(toml_words(message), &table),
        Label::new(file, span, t!("syntax-error-label")),
    )
    .with_help(t!("syntax-error-help"))
}

/// What toml says went wrong, and what it expected, for the catalogues: the parser's English
/// (`unclosed table, expected `]``) in the reader's language. A description not listed here
/// is shown as toml words it.
const TOML_PROBLEMS: &[(&str, &str)] = &[
    ("unclosed table", "unclosed-table"),
    ("unclosed array table", "unclosed-array-table"),
    ("unclosed array", "unclosed-array"),
    ("unclosed inline table", "unclosed-inline-table"),
    ("string values must be quoted", "unquoted-string"),
    ("invalid basic string", "invalid-string"),
    ("invalid literal string", "invalid-string"),
    ("invalid multi-line basic string", "invalid-string"),
    ("invalid string", "invalid-string"),
    ("duplicate key", "duplicate-key"),
    ("key with no value", "key-without-value"),
    ("missing value", "missing-value"),
    ("missing value for key", "missing-value"),
    (
        "missing comma between array elements",
        "missing-array-comma",
    ),
    (
        "missing comma between key-value pairs",
        "missing-table-comma",
    ),
    (
        "missing assignment between key-value pairs",
        "missing-assignment",
    ),
    ("unexpected key or value", "unexpected-content"),
    ("unexpected content", "unexpected-content"),
    ("invalid key", "invalid-key"),
    ("invalid unquoted key", "invalid-key"),
    ("invalid table", "invalid-table"),
];

/// The words toml lists after "expected" that are not written as they appear (`` `]` ``).
const TOML_EXPECTED: &[(&str, &str)] = &[
    ("literal string", "literal-string"),
    ("basic string", "basic-string"),
    ("newline", "newline"),
    ("end of input", "end-of-input"),
];

fn toml_words(message: &str) -> Text {
    let first = message.lines().next().unwrap_or(message).trim();
    let (description, expected) = match first.split_once(", expected ") {
        Some((description, expected)) => (description, Some(expected)),
        None => (first, None),
    };
    let Some(&(_, key)) = TOML_PROBLEMS
        .iter()
        .find(|(words, _)| *words == description)
    else {
        return Text::from(message);
    };
    let problem = t!("toml-problem", problem = key);
    let Some(expected) = expected else {
        return problem;
    };
    let choices = expected
        .split(", ")
        .map(
            |item| match TOML_EXPECTED.iter().find(|(words, _)| *words == item) {
                Some(&(_, key)) => t!("toml-expected", item = key),
                None => Text::from(item),
            },
        )
        .collect();
    t!(
        "toml-problem-expected",
        problem = problem,
        expected = Text::Or(choices)
    )
}

/// A shape problem found by walking the TOML tree: worded from its facts.
pub(super) fn problem(file: FileId, text: &str, problem: Problem) -> Diagnostic {
    let at = |span: std::ops::Range<usize>, label: Text| {
        Label::new(file, widen_empty(text, span), label)
    };
    let new = |message: Text, label: Label| {
        Diagnostic::new(SCHEMA_ERROR, Severity::Error, message, label)
    };
    match problem {
        Problem::UnknownSection { span, got } => {
            let sections = SECTIONS.iter().map(|(name, _)| *name);
            new(
                t!("unknown-section", section = &got),
                at(span, t!("unknown-section-label")),
            )
            .suggest(&got, sections, "section")
            .with_fact("section", got)
        }
        Problem::UnknownKey {
            span,
            got,
            table,
            expected,
        } => new(
            t!("unknown-key", key = &got, table = &table),
            at(span, t!("unknown-key-label")),
        )
        .suggest(&got, expected.iter().copied(), "key")
        .with_fact("table", table)
        .with_fact("key", got),
        Problem::UnknownWord {
            span,
            got,
            key,
            table,
            expected,
        } => new(
            t!("unknown-word", value = &got, key = &key, table = &table),
            at(span, t!("unknown-word-label")),
        )
        .suggest_word(&got, expected)
        .with_fact("table", table)
        .with_fact("key", key)
        .with_fact("value", got)
        .with_fact(
            "expected",
            expected.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        ),
        Problem::MissingKey {
            span,
            key,
            table,
            what,
        } => new(
            t!("missing-key", key = key, table = &table),
            at(first_line(text, span), t!("missing-key-label")),
        )
        .with_help(t!(
            "missing-key-help",
            what = t!("shape", shape = what),
            key = key
        ))
        .with_fact("table", table)
        .with_fact("key", key),
        Problem::NotATable { span, table, what } => new(
            t!(
                "not-a-table",
                table = &table,
                what = t!("shape", shape = what)
            ),
            at(span, t!("not-a-table-label")),
        )
        .with_help(t!("type-help", expected = "table")),
        Problem::MissingSection { name } => new(
            t!("missing-section", section = name),
            at(0..0, t!("missing-section-label")),
        )
        .with_help(t!("missing-section-help", section = name)),
    }
}

/// A value serde could not read once the shape was right: a wrong type, mostly.
pub(super) fn schema(file: FileId, text: &str, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim();
    let span = widen_empty(text, error.span().unwrap_or(0..0));
    let table = enclosing_table(text, span.start);
    let mut diagnostic = Diagnostic::new(
        SCHEMA_ERROR,
        Severity::Error,
        headline(plain(message.lines().next().unwrap_or(message)), &table),
        Label::new(file, span, t!("wrong-type-label")),
    )
    .with_fact("table", table);
    // Serde words what it expected only in its message; the extra hint is best-effort.
    if let Some(help) = type_help(message) {
        diagnostic = diagnostic.with_help(help);
    }
    diagnostic
}

/// The part of a span on its first line: a table's header rather than the whole table.
fn first_line(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = span.start.min(text.len());
    let end = text[start..]
        .find('\n')
        .map_or(span.end, |i| (start + i).min(span.end));
    start..end.max(start)
}

/// The help for a word the format does not have, and the fix when one word is close.
trait Suggest {
    fn suggest<'a>(
        self,
        got: &str,
        expected: impl Iterator<Item = &'a str> + Clone,
        what: &'static str,
    ) -> Self;
    fn suggest_word(self, got: &str, expected: &[&'static str]) -> Self;
}

impl Suggest for Diagnostic {
    fn suggest<'a>(
        self,
        got: &str,
        expected: impl Iterator<Item = &'a str> + Clone,
        what: &'static str,
    ) -> Self {
        match closest(got, expected.clone()) {
            Some(best) => self.did_you_mean(best),
            None => {
                let listed: Vec<String> = expected.map(|e| format!("`{e}`")).collect();
                self.with_help(if listed.is_empty() {
                    t!("nothing-expected", what = what, name = got)
                } else {
                    t!("use-one-of", names = listed.join(", "))
                })
            }
        }
    }

    fn suggest_word(self, got: &str, expected: &[&'static str]) -> Self {
        match swedish_for(got, expected) {
            Some(word) => {
                let span = self.primary.span.clone();
                self.with_help(t!("swedish-word", word = word, value = got))
                    .with_fix(span, word)
            }
            None => self.suggest(got, expected.iter().copied(), "value"),
        }
    }
}

/// The format's fixed words as Swedish users write them (`../GLOSSARY.md`'s terms), for "did
/// you mean": `kort` is `short`, `resultat` is `outcome`.
const SWEDISH: &[(&str, &str)] = &[
    ("kort", "short"),
    ("kort sikt", "short"),
    ("kortsiktig", "short"),
    ("medel", "medium"),
    ("medellång", "medium"),
    ("medellång sikt", "medium"),
    ("mellan", "medium"),
    ("lång", "long"),
    ("lång sikt", "long"),
    ("långsiktig", "long"),
    ("resultat", "outcome"),
    ("resultatindikator", "outcome"),
    ("utfall", "output"),
    ("utfallsindikator", "output"),
    ("prestation", "output"),
    ("strukturell", "structural"),
    ("subjektiv", "subjective"),
    ("främjande", "enabling"),
    ("hindrande", "hindering"),
    ("minst", "at_least"),
    ("högst", "at_most"),
    ("ökning", "increase"),
    ("öka", "increase"),
    ("minskning", "decrease"),
    ("minska", "decrease"),
    ("intervall", "range"),
    ("stöds", "supported"),
    ("stöds delvis", "partly_supported"),
    ("delvis", "partly_supported"),
    ("stöds inte", "not_supported"),
    ("ej bedömd", "not_assessed"),
    ("ej genomförd", "not_implemented"),
    ("inte genomförd", "not_implemented"),
    ("uppnått", "met"),
    ("uppnådd", "met"),
    ("delvis uppnått", "partly_met"),
    ("ej uppnått", "not_met"),
    ("inte uppnått", "not_met"),
    ("primär", "primary"),
    ("slutlig", "final"),
    ("slutmålgrupp", "final"),
    ("svenska", "sv"),
    ("engelska", "en"),
    ("tillåt", "allow"),
    ("varna", "warn"),
    ("förbjud", "deny"),
];

/// The English word of the format that a Swedish `got` means, when it is one `expected` takes.
fn swedish_for(got: &str, expected: &[&'static str]) -> Option<&'static str> {
    let got = got.trim().to_lowercase().replace('_', " ");
    SWEDISH
        .iter()
        .find(|(sv, en)| *sv == got && expected.contains(en))
        .map(|(_, en)| *en)
}

/// serde's type words ("invalid type: sequence, expected a string") as plain words: "expected
/// text, found a list".
fn plain(message: &str) -> Text {
    // serde says "invalid type" for the wrong kind of value, "invalid value" for the right
    // kind with a value it refuses (`nan` where a finite number belongs).
    let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    else {
        return Text::from(message);
    };
    let Some((found, expected)) = rest.split_once(", expected ") else {
        return Text::from(message);
    };
    let (found, value) = match found.split_once(' ') {
        _ if found == "sequence" => ("list", String::new()),
        _ if found == "map" => ("table", String::new()),
        Some(("string", value)) => ("text", value.to_string()),
        Some(("integer", value)) => ("whole", value.trim_matches('`').to_string()),
        Some(("floating", value)) => {
            let value = value.trim_start_matches("point ").trim_matches('`');
            let finite = value.parse::<f64>().is_ok_and(f64::is_finite);
            (
                if finite { "number" } else { "not-finite" },
                value.to_string(),
            )
        }
        Some(("boolean", value)) => ("boolean", value.trim_matches('`').to_string()),
        _ => ("other", found.to_string()),
    };
    let (expected, words) = match expected.trim() {
        "a string" => ("text", ""),
        "a sequence" => ("list", ""),
        "a boolean" => ("boolean", ""),
        "f64" | "a number" => ("number", ""),
        "a finite number" => ("finite", ""),
        e if e.starts_with("struct") || e.starts_with("a map") => ("table", ""),
        e if e.starts_with("a finite number, or text") => ("number-or-text", ""),
        e => ("other", e),
    };
    t!(
        "wrong-type",
        expected = expected,
        expected_words = words,
        found = found,
        value = value
    )
}

fn headline(message: Text, table: &str) -> Text {
    if table.is_empty() {
        message
    } else {
        t!("in-table", message = message, table = table)
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

// serde words these as "invalid type: string \"x\", expected a sequence".
fn type_help(message: &str) -> Option<Text> {
    let expected = message.split("expected ").nth(1)?.trim();
    let expected = match expected {
        "a sequence" => "list",
        "a string" => "text",
        "a boolean" => "boolean",
        "a finite number" => "finite",
        e if e.starts_with("f64") || e.starts_with("a number") => "number",
        e if e.starts_with("struct") || e.starts_with("a map") => "table",
        _ => return None,
    };
    Some(t!("type-help", expected = expected))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_type_words_become_plain_words() {
        assert_eq!(
            plain("invalid type: sequence, expected a string").en(),
            "expected text in double quotes, found a list"
        );
        assert_eq!(
            plain("invalid type: string \"70\", expected f64").en(),
            "expected a number, found text (\"70\")"
        );
        assert_eq!(
            plain("invalid type: string \"70\", expected f64").render(crate::locale::Language::Sv),
            "väntade ett tal, fick text (\"70\")"
        );
        assert_eq!(
            plain("invalid type: integer `3`, expected a boolean").en(),
            "expected `true` or `false`, found a whole number (3)"
        );
        assert_eq!(plain("something else").en(), "something else");
    }

    #[test]
    fn the_toml_parsers_words_are_shown_in_the_readers_language() {
        use crate::locale::Language;
        let text = toml_words("unclosed table, expected `]`");
        assert_eq!(text.en(), "unclosed table, expected `]`");
        assert_eq!(
            text.render(Language::Sv),
            "tabellrubriken är inte stängd, väntade `]`"
        );
        assert_eq!(
            toml_words("unexpected key or value, expected newline, `#`").render(Language::Sv),
            "oväntad nyckel eller oväntat värde, väntade en ny rad eller `#`"
        );
        // A description verkan does not know is shown as toml words it.
        assert_eq!(
            toml_words("something new, expected `x`").render(Language::Sv),
            "something new, expected `x`"
        );
    }

    #[test]
    fn swedish_words_map_to_the_formats_words_only_where_they_fit() {
        assert_eq!(
            swedish_for("Kort", &["short", "medium", "long"]),
            Some("short")
        );
        assert_eq!(
            swedish_for("ej_bedömd", &["supported", "not_assessed"]),
            Some("not_assessed")
        );
        assert_eq!(swedish_for("kort", &["outcome", "output"]), None);
    }
}
