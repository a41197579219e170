//! The check rules. Each lives in its own file with its id, default level, explanation and
//! check; the list of them is `every_rule!` in `diagnostic/rule_id.rs`.

use crate::compile::Compiled;
use crate::diagnostic::{Diagnostic, Label, RuleId, Severity};
use crate::model::{ItemRef, LintLevel, Theory};

/// What every rule sees: the compiled theory, and its typed theory for short.
pub struct Input<'a> {
    /// The typed theory.
    pub theory: &'a Theory,
    /// The compiled theory: graph and derived facts.
    pub compiled: &'a Compiled,
}

impl<'a> Input<'a> {
    /// What every rule sees of `compiled`.
    pub fn new(compiled: &'a Compiled) -> Self {
        Self {
            theory: &compiled.theory,
            compiled,
        }
    }
}

/// A named check with its documentation.
pub struct Rule {
    /// Its id.
    pub id: RuleId,
    /// Its level unless `[lints]` or the command line says otherwise.
    pub default_level: LintLevel,
    /// What it checks, why an evaluator cares, a failing example and how to fix it.
    pub explanation: &'static str,
    /// The same in Swedish: "Vad den kontrollerar", "Varför det spelar roll", "Exempel",
    /// "Så rättar du". (Its one-line summary is the catalogues' `rule-summary`.)
    pub explanation_sv: &'static str,
    /// `None` for findings made before the rules run (syntax, schema, data files): those cannot be allowed.
    pub check: Option<fn(&Input, &mut Vec<Diagnostic>)>,
}

impl Rule {
    /// The kebab-case name users write.
    pub fn name(&self) -> &'static str {
        self.id.name()
    }

    /// One line for `verkan explain` without a rule.
    pub fn summary(&self) -> crate::locale::Text {
        crate::t!("rule-summary", rule = self.name())
    }

    /// The explanation in `language`.
    pub fn explanation_in(&self, language: crate::locale::Language) -> &'static str {
        match language {
            crate::locale::Language::En => self.explanation,
            crate::locale::Language::Sv => self.explanation_sv,
        }
    }

    /// Whether `[lints]` and `--allow`/`--warn`/`--deny` may change this rule's level.
    pub fn is_configurable(&self) -> bool {
        self.check.is_some()
    }

    /// A diagnostic from this rule at its default severity.
    pub fn diagnostic(
        &self,
        message: impl Into<crate::locale::Text>,
        primary: Label,
    ) -> Diagnostic {
        let severity = match self.default_level {
            LintLevel::Deny => Severity::Error,
            LintLevel::Warn | LintLevel::Allow => Severity::Warning,
        };
        Diagnostic::new(self.id, severity, message, primary)
    }
}

/// Declares each rule's module and lists its `RULE` in [`RULES`], from the one list in
/// `diagnostic/rule_id.rs`.
macro_rules! registry {
    ($($variant:ident $module:ident $name:literal,)*) => {
        $(mod $module;)*

        /// Every rule, in the order `verkan explain` lists them: the order of [`RuleId::ALL`].
        pub static RULES: &[&Rule] = &[$(&$module::RULE,)*];
    };
}
crate::diagnostic::every_rule!(registry);

/// Looks a rule up by name.
pub fn find(name: &str) -> Option<&'static Rule> {
    RuleId::from_name(name).map(get)
}

/// The rule of an id.
pub fn get(id: RuleId) -> &'static Rule {
    // Both lists come from `every_rule!`, so the id's position is its rule's position.
    RULES[id as usize]
}

/// Runs every rule over one theory; levels are applied afterwards by `lints`.
pub fn run(input: &Input) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in RULES {
        if let Some(check) = rule.check {
            check(input, &mut out);
        }
    }
    out
}

/// A label on an item's `[section.id]` header.
/// A draft's label and help: the file's reason and "remove `inferred`" when it gives one
/// (`inferred = "…"`), else the rule's own words and "remove `draft = true`".
fn draft_words(
    theory: &Theory,
    item: ItemRef,
    label: crate::locale::Text,
    help: crate::locale::Text,
) -> (Label, crate::locale::Text) {
    match theory.inferred(item) {
        Some(reason) => (
            at_header(
                theory,
                item,
                crate::t!("draft-inferred-label", reason = reason.value.as_str()),
            ),
            crate::t!("draft-inferred-help"),
        ),
        None => (at_header(theory, item, label), help),
    }
}

fn at_header(theory: &Theory, item: ItemRef, message: impl Into<crate::locale::Text>) -> Label {
    Label::new(theory.file, theory.header(item).span.clone(), message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_sits_at_its_ids_place() {
        assert_eq!(RULES.len(), RuleId::ALL.len());
        for (rule, id) in RULES.iter().zip(RuleId::ALL) {
            assert_eq!(
                rule.id, *id,
                "the module listed for {id} holds another rule"
            );
            assert_eq!(get(*id).id, *id);
        }
    }
}
