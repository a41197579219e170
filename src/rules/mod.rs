//! The check rules. This file is the one list of them; each rule lives in its own file with
//! its name, default level, explanation and check.

use crate::compile::Compiled;
use crate::diagnostic::{Diagnostic, Label, RuleId, Severity};
use crate::model::{ItemRef, LintLevel, Theory};

mod backwards_in_time;
mod draft_indicator;
mod draft_mechanism;
mod duplicate_id;
mod duplicate_measurement;
mod duplicate_text;
mod effect_leads_nowhere;
mod effect_without_mechanism;
mod effect_without_outcome_indicator;
mod empty_text;
mod feedback_loop;
mod incomplete_mechanism;
mod indicator_without_source;
mod indicator_without_target;
mod invalid_measurement;
mod invalid_period;
mod invalid_target;
mod measurement_out_of_range;
mod orphan_activity;
mod output_leads_nowhere;
mod output_without_activity;
mod parse_errors;
mod percent_as_fraction;
mod reference_kind_mismatch;
mod unintended_effect_without_indicator;
mod unknown_group;
mod unknown_indicator;
mod unknown_lint;
mod unknown_perspective;
mod unreachable_effect;
mod unresolved_reference;
mod unused_context;
mod unused_resource;

/// What every rule sees: the compiled theory, and its typed theory for short.
pub struct Input<'a> {
    pub theory: &'a Theory,
    pub compiled: &'a Compiled,
}

impl<'a> Input<'a> {
    pub fn new(compiled: &'a Compiled) -> Self {
        Self {
            theory: &compiled.theory,
            compiled,
        }
    }
}

/// A named check with its documentation.
pub struct Rule {
    pub id: RuleId,
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

/// Every rule, in the order `verkan explain` lists them.
pub static RULES: &[&Rule] = &[
    &parse_errors::SYNTAX_ERROR,
    &parse_errors::SCHEMA_ERROR,
    &parse_errors::DATA_FILE_ERROR,
    &unresolved_reference::RULE,
    &reference_kind_mismatch::RULE,
    &duplicate_id::RULE,
    &unknown_perspective::RULE,
    &empty_text::RULE,
    &incomplete_mechanism::RULE,
    &effect_without_mechanism::RULE,
    &effect_without_outcome_indicator::RULE,
    &unintended_effect_without_indicator::RULE,
    &backwards_in_time::RULE,
    &unreachable_effect::RULE,
    &feedback_loop::RULE,
    &effect_leads_nowhere::RULE,
    &orphan_activity::RULE,
    &output_without_activity::RULE,
    &output_leads_nowhere::RULE,
    &unused_resource::RULE,
    &unused_context::RULE,
    &invalid_target::RULE,
    &invalid_period::RULE,
    &invalid_measurement::RULE,
    &measurement_out_of_range::RULE,
    &percent_as_fraction::RULE,
    &duplicate_measurement::RULE,
    &unknown_group::RULE,
    &unknown_indicator::RULE,
    &indicator_without_target::RULE,
    &indicator_without_source::RULE,
    &draft_indicator::RULE,
    &draft_mechanism::RULE,
    &duplicate_text::RULE,
    &unknown_lint::RULE,
];

/// Looks a rule up by name.
pub fn find(name: &str) -> Option<&'static Rule> {
    RuleId::from_name(name).map(get)
}

/// The rule of an id.
pub fn get(id: RuleId) -> &'static Rule {
    RULES
        .iter()
        .copied()
        .find(|rule| rule.id == id)
        .expect("every rule id has a rule in the registry")
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
fn at_header(theory: &Theory, item: ItemRef, message: impl Into<crate::locale::Text>) -> Label {
    Label::new(theory.file, theory.header(item).span.clone(), message)
}
