use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::EmptyText,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That the theory's `name` and every item's `text` contain more than white space.

## Why it matters
The text is what a workshop reads in the diagram box and what a steering group reads in the
scorecard. An empty box says nothing and is usually a placeholder that was forgotten.

## Example
```toml
[effects.framtidstro]
horizon = "short"
text = ""
```

## How to fix
Write the item as the programme's documents word it."#,
    explanation_sv: r#"## Vad den kontrollerar
Att teorins `name` och varje posts `text` innehåller mer än blanksteg.

## Varför det spelar roll
Texten är det en workshop läser i diagrammets ruta och det en styrgrupp läser i styrkortet.
En tom ruta säger ingenting och är oftast en platshållare som glömts kvar.

## Exempel
```toml
[effects.framtidstro]
horizon = "short"
text = ""
```

## Så rättar du
Skriv posten så som programmets dokument formulerar den."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    if theory.meta.name.trim().is_empty() {
        out.push(
            RULE.diagnostic(
                t!("empty-text-name"),
                Label::new(
                    theory.file,
                    theory.meta.name_span.clone(),
                    t!("empty-text-label"),
                ),
            )
            .with_fact("key", "name")
            .with_help(t!("empty-text-name-help")),
        );
    }
    for item in theory.items() {
        let text = theory.text(item);
        if text.value.trim().is_empty() {
            out.push(
                RULE.diagnostic(
                    t!(
                        "empty-text",
                        kind = item.kind().word(),
                        id = &theory.header(item).id
                    ),
                    Label::new(theory.file, text.span.clone(), t!("empty-text-label")),
                )
                .with_fact("item", theory.header(item).id.as_str())
                .with_fact("kind", item.kind_name())
                .with_help(t!("empty-text-help")),
            );
        }
    }
}
