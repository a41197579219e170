//! Lint levels: each rule's default, then the theory's `[lints]`, then the command line.
//! Applied in this one place after all rules have run.

use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{LintLevel, LintSetting};
use crate::rules::{self, Rule};

/// Levels set on the command line, which win over a theory's `[lints]`.
#[derive(Debug, Default, Clone)]
pub struct LevelOverrides {
    levels: Vec<(RuleId, LintLevel)>,
    deny_warnings: bool,
}

impl LevelOverrides {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a rule's level; `warnings` with `deny` turns every remaining warning into an error.
    /// A later call for the same rule wins.
    pub fn set(&mut self, name: &str, level: LintLevel) -> crate::Result<()> {
        if name == "warnings" {
            return match level {
                LintLevel::Deny => {
                    self.deny_warnings = true;
                    Ok(())
                }
                _ => Err(crate::Error::Usage(crate::t!("warnings-only-denied"))),
            };
        }
        match rules::find(name) {
            Some(rule) if rule.is_configurable() => {
                self.levels.push((rule.id, level));
                Ok(())
            }
            Some(rule) => Err(crate::Error::Usage(crate::t!(
                "with-suggestion",
                message = crate::t!("unknown-lint-fixed", rule = rule.name()),
                help = crate::t!("unknown-lint-fixed-reason")
            ))),
            None => {
                let names = rules::RULES
                    .iter()
                    .filter(|r| r.is_configurable())
                    .map(|r| r.name());
                let help = match crate::suggest::closest(name, names) {
                    Some(best) => crate::t!("did-you-mean", name = best),
                    None => crate::t!("unknown-lint-help"),
                };
                Err(crate::Error::Usage(crate::t!(
                    "with-suggestion",
                    message = crate::t!("unknown-lint", rule = name),
                    help = help
                )))
            }
        }
    }
}

/// The level a rule runs at for one theory.
pub fn level_of(
    rule: &Rule,
    theory_settings: &[LintSetting],
    overrides: &LevelOverrides,
) -> LintLevel {
    let from_theory = theory_settings
        .iter()
        .rev()
        .find(|s| s.rule == rule.name())
        .map(|s| s.level);
    let from_cli = overrides
        .levels
        .iter()
        .rev()
        .find(|(id, _)| *id == rule.id)
        .map(|(_, l)| *l);
    from_cli.or(from_theory).unwrap_or(rule.default_level)
}

/// Drops allowed findings and sets the severity of the rest.
pub fn apply(
    diagnostics: Vec<Diagnostic>,
    theory_settings: &[LintSetting],
    overrides: &LevelOverrides,
) -> Vec<Diagnostic> {
    diagnostics
        .into_iter()
        .filter_map(|mut d| {
            if let Some(rule) = Some(rules::get(d.rule)).filter(|r| r.is_configurable()) {
                d.severity = match level_of(rule, theory_settings, overrides) {
                    LintLevel::Allow => return None,
                    LintLevel::Warn => Severity::Warning,
                    LintLevel::Deny => Severity::Error,
                };
            }
            if overrides.deny_warnings {
                d.severity = Severity::Error;
            }
            Some(d)
        })
        .collect()
}
