use super::{Input, Rule, RULES};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::suggest::closest;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownLint,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every key in a theory's `[lints]` table is the name of a rule whose level can be set.

## Why it matters
A misspelt rule name in `[lints]` has no effect: the finding it was meant to silence or
escalate stays as it was, and nobody notices.

## Example
```toml
[lints]
feedback-loops = "allow"
```

## How to fix
Use the rule's exact name (`verkan explain` lists them all). `syntax-error`,
`schema-error` and `data-file-error` cannot be set: what cannot be read cannot be checked."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje nyckel i en teoris tabell `[lints]` är namnet på en regel vars nivå kan ställas in.

## Varför det spelar roll
Ett felstavat regelnamn i `[lints]` har ingen verkan: det fynd som skulle tystas eller
skärpas förblir som det var, och ingen märker det.

## Exempel
```toml
[lints]
feedback-loops = "allow"
```

## Så rättar du
Använd regelns exakta namn (`verkan explain` listar alla). `syntax-error`, `schema-error`
och `data-file-error` kan inte ställas in: det som inte kan läsas kan inte kontrolleras."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for setting in &theory.lints {
        let label = || {
            Label::new(
                theory.file,
                setting.rule_span.clone(),
                t!("unknown-lint-label"),
            )
        };
        match super::find(&setting.rule) {
            Some(rule) if rule.is_configurable() => {}
            Some(rule) => out.push(
                RULE.diagnostic(t!("unknown-lint-fixed", rule = rule.name()), label())
                    .with_fact("rule", setting.rule.as_str())
                    .with_help(t!("unknown-lint-fixed-help")),
            ),
            None => {
                let names = RULES
                    .iter()
                    .filter(|r| r.is_configurable())
                    .map(|r| r.name());
                let d = RULE
                    .diagnostic(t!("unknown-lint", rule = &setting.rule), label())
                    .with_fact("rule", setting.rule.as_str());
                out.push(match closest(&setting.rule, names) {
                    Some(best) => d.did_you_mean(best),
                    None => d.with_help(t!("unknown-lint-help")),
                });
            }
        }
    }
}
