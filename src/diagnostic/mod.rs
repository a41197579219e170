//! Diagnostics as plain data. Rules gather facts into these; the emitters decide how they look.

mod github;
mod human;
mod rule_id;
mod terminal;

pub use github::emit_github;
pub use human::{emit_human, ColorChoice};
pub(crate) use rule_id::every_rule;
pub use rule_id::RuleId;
pub use terminal::printable;

use crate::locale::Text;
use crate::source::{FileId, Span};
use serde::Serialize;

/// How serious a finding is once lint levels have been applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A place in a file with a short note on what is there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    pub span: Span,
    pub message: Text,
}

impl Label {
    pub fn new(file: FileId, span: Span, message: impl Into<Text>) -> Self {
        Self {
            file,
            span,
            message: message.into(),
        }
    }
}

/// A fact a rule found, as data: the ids, kinds and values its message is worded from, so a
/// script reads them instead of parsing the words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    Text(String),
    List(Vec<String>),
}

impl From<&str> for Fact {
    fn from(s: &str) -> Self {
        Fact::Text(s.to_string())
    }
}

impl From<String> for Fact {
    fn from(s: String) -> Self {
        Fact::Text(s)
    }
}

impl From<Vec<String>> for Fact {
    fn from(list: Vec<String>) -> Self {
        Fact::List(list)
    }
}

/// One finding: which rule, how serious, what is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: RuleId,
    pub severity: Severity,
    pub message: Text,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub notes: Vec<Text>,
    pub help: Option<Text>,
    /// What the rule found, by name: `effect`, `cycle`, `field`…
    pub facts: Vec<(&'static str, Fact)>,
}

impl Diagnostic {
    /// A diagnostic at the rule's default severity; levels are applied later in one place.
    pub fn new(rule: RuleId, severity: Severity, message: impl Into<Text>, primary: Label) -> Self {
        Self {
            rule,
            severity,
            message: message.into(),
            primary,
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
            facts: Vec::new(),
        }
    }

    pub fn with_fact(mut self, name: &'static str, value: impl Into<Fact>) -> Self {
        self.facts.push((name, value.into()));
        self
    }

    pub fn with_secondary(mut self, label: Label) -> Self {
        self.secondary.push(label);
        self
    }

    pub fn with_note(mut self, note: impl Into<Text>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Sorts diagnostics into the order people read a file: by file, then position, then rule.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (
            a.primary.file,
            a.primary.span.start,
            a.primary.span.end,
            a.rule.name(),
            &a.message,
        )
            .cmp(&(
                b.primary.file,
                b.primary.span.start,
                b.primary.span.end,
                b.rule.name(),
                &b.message,
            ))
    });
}

/// Counts of errors and warnings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        Self {
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}
