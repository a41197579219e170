//! `verkan check --format json`, version 1: one object per line, each a [`Diagnostic`].

use super::VERSION;
use crate::source::Sources;
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Serialize;
use std::io::Write;

/// One finding. Lines and columns are 1-based; the end is exclusive (the position after the
/// last character).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Diagnostic {
    /// Always 1 for this format.
    pub version: u32,
    /// The primary label's place, repeated at the top level for simple consumers.
    pub file: String,
    /// The line the primary label starts on, from 1.
    pub line: usize,
    /// Its column, from 1, in characters.
    pub column: usize,
    /// The line it ends on.
    pub end_line: usize,
    /// The column it ends at.
    pub end_column: usize,
    /// Warning or error.
    pub severity: Severity,
    /// The rule's kebab-case name, as `verkan explain` takes it.
    pub rule: String,
    /// What is wrong, in `language`.
    pub message: String,
    /// The primary label's message.
    pub label: String,
    /// Every label, the primary first.
    pub labels: Vec<Label>,
    /// What else to know.
    pub notes: Vec<String>,
    /// How to fix it.
    pub help: Option<String>,
    /// The language the words are in (`sv`, `en`): the theory's, or `--lang`.
    pub language: String,
    /// What the rule found, by name (`effect`, `cycle`, `field`, …): ids, kinds and values.
    pub facts: IndexMap<String, Fact>,
}

/// A fact's value: one text (an id, a kind, a value) or a list of them (a cycle's members).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Fact {
    /// One value.
    Text(String),
    /// Several values, in order.
    List(Vec<String>),
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth a look; `check` still passes.
    Warning,
    /// The theory does not hold; `check` fails.
    Error,
}

/// A place in a file with a short note on what is there.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Label {
    /// The label the finding is about; the others add to it.
    pub primary: bool,
    /// The file.
    pub file: String,
    /// The line it starts on, from 1.
    pub line: usize,
    /// Its column, from 1, in characters.
    pub column: usize,
    /// The line it ends on.
    pub end_line: usize,
    /// The column it ends at.
    pub end_column: usize,
    /// What it says there.
    pub message: String,
}

fn label(
    sources: &Sources,
    l: &crate::diagnostic::Label,
    primary: bool,
    language: crate::locale::Language,
) -> Label {
    let start = sources.location(l.file, l.span.start);
    let end = sources.location(l.file, l.span.end);
    Label {
        primary,
        file: sources.name(l.file).to_string(),
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        message: l.message.render(language),
    }
}

impl Diagnostic {
    /// The diagnostic as data, with its places as lines and columns of `sources`.
    pub fn new(sources: &Sources, d: &crate::diagnostic::Diagnostic) -> Self {
        let language = sources.language(d.primary.file);
        let primary = label(sources, &d.primary, true, language);
        let mut labels = vec![label(sources, &d.primary, true, language)];
        labels.extend(
            d.secondary
                .iter()
                .map(|l| label(sources, l, false, language)),
        );
        Diagnostic {
            version: VERSION,
            file: primary.file,
            line: primary.line,
            column: primary.column,
            end_line: primary.end_line,
            end_column: primary.end_column,
            severity: match d.severity {
                crate::diagnostic::Severity::Warning => Severity::Warning,
                crate::diagnostic::Severity::Error => Severity::Error,
            },
            rule: d.rule.name().to_string(),
            message: d.message.render(language),
            label: primary.message,
            labels,
            notes: d.notes.iter().map(|n| n.render(language)).collect(),
            help: d.help.as_ref().map(|h| h.render(language)),
            language: language.code().to_string(),
            facts: d
                .facts
                .iter()
                .map(|(name, fact)| {
                    let value = match fact {
                        crate::diagnostic::Fact::Text(t) => Fact::Text(t.clone()),
                        crate::diagnostic::Fact::List(l) => Fact::List(l.clone()),
                    };
                    (name.to_string(), value)
                })
                .collect(),
        }
    }
}

/// Writes one JSON object per diagnostic, each on its own line.
pub fn emit(
    out: &mut dyn Write,
    sources: &Sources,
    diagnostics: &[crate::diagnostic::Diagnostic],
) -> std::io::Result<()> {
    for d in diagnostics {
        serde_json::to_writer(&mut *out, &Diagnostic::new(sources, d))?;
        writeln!(out)?;
    }
    Ok(())
}
