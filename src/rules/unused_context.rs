use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnusedContext,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every contextual factor (`[contexts.ID]`) is listed in the `contexts` of at least one
mechanism.

## Why it matters
Contextual factors, structural (time, organisation, leadership) and subjective (role,
motivation), say *under which circumstances* a mechanism works. One that no mechanism
depends on does not tell the reader which assumption it conditions.

## Example
```toml
[contexts.tid]
kind = "structural"
text = "Avsatt tid för relationellt arbete"
# no mechanism has contexts = ["tid"]
```

## How to fix
Add it to the `contexts` of the mechanisms that depend on it."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje kontextuell faktor (`[contexts.ID]`) finns i `contexts` för minst en mekanism.

## Varför det spelar roll
Kontextuella faktorer, strukturella (tid, organisation, ledarskap) och subjektiva (roll,
motivation), säger *under vilka omständigheter* en mekanism fungerar. En som ingen mekanism
beror av talar inte om för läsaren vilket antagande den villkorar.

## Exempel
```toml
[contexts.tid]
kind = "structural"
text = "Avsatt tid för relationellt arbete"
# ingen mekanism har contexts = ["tid"]
```

## Så rättar du
Lägg till den i `contexts` för de mekanismer som beror av den."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let mut used = vec![false; theory.contexts.len()];
    for mechanism in &theory.mechanisms {
        for r in &mechanism.contexts {
            if let Some(ItemRef::Context(c)) = r.target {
                used[c] = true;
            }
        }
    }
    for (c, used) in used.into_iter().enumerate() {
        if used {
            continue;
        }
        let item = ItemRef::Context(c);
        out.push(
            RULE.diagnostic(
                t!("unused-context", context = &theory.header(item).id),
                at_header(theory, item, t!("unused")),
            )
            .with_fact("context", theory.header(item).id.as_str())
            .with_help(t!("unused-context-help", context = &theory.header(item).id)),
        );
    }
}
