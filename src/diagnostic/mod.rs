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
    /// Worth a look; `check` still passes.
    Warning,
    /// The theory does not hold; `check` fails.
    Error,
}

impl Severity {
    /// `warning` or `error`, as every output writes it.
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
    /// The file.
    pub file: FileId,
    /// The bytes it points at.
    pub span: Span,
    /// What it says there.
    pub message: Text,
}

impl Label {
    /// A label on `span` of `file`.
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
    /// One value: an id, a kind, a number as written.
    Text(String),
    /// Several values, in order.
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
    /// The rule that found it.
    pub rule: RuleId,
    /// Warning or error, after the lint levels are applied.
    pub severity: Severity,
    /// What is wrong.
    pub message: Text,
    /// Where it is wrong.
    pub primary: Label,
    /// Other places that belong to it (the first declaration of a duplicate id).
    pub secondary: Vec<Label>,
    /// What else to know.
    pub notes: Vec<Text>,
    /// How to fix it.
    pub help: Option<Text>,
    /// What the rule found, by name: `effect`, `cycle`, `field`…
    pub facts: Vec<(&'static str, Fact)>,
    /// A replacement that mends it, when one is certain enough to offer: what an editor
    /// applies as a quick fix.
    pub fix: Option<Fix>,
}

/// Words to write instead of others: the word at `span` (its quotes, if any, kept) becomes
/// `with`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The word as written, quotes included when it has them.
    pub span: Span,
    /// What to write there instead, without quotes.
    pub with: String,
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
            fix: None,
        }
    }

    /// The diagnostic with a fact, for the machine outputs.
    pub fn with_fact(mut self, name: &'static str, value: impl Into<Fact>) -> Self {
        self.facts.push((name, value.into()));
        self
    }

    /// The diagnostic with another label.
    pub fn with_secondary(mut self, label: Label) -> Self {
        self.secondary.push(label);
        self
    }

    /// The diagnostic with a note.
    pub fn with_note(mut self, note: impl Into<Text>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// The diagnostic with help on how to fix it.
    pub fn with_help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The diagnostic with "did you mean `best`?" as its help, and `best` as the fix for the
    /// word it points at.
    pub fn did_you_mean(self, best: &str) -> Self {
        let span = self.primary.span.clone();
        self.with_help(crate::t!("did-you-mean", name = best))
            .with_fix(span, best)
    }

    /// The diagnostic with a fix: the word at `span` becomes `with`.
    pub fn with_fix(mut self, span: Span, with: impl Into<String>) -> Self {
        self.fix = Some(Fix {
            span,
            with: with.into(),
        });
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
    /// Diagnostics at error level.
    pub errors: usize,
    /// Diagnostics at warning level.
    pub warnings: usize,
}

impl Tally {
    /// The errors and warnings among `diagnostics`.
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
