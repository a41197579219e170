use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;
use std::collections::HashMap;
use std::mem::discriminant;

pub static RULE: Rule = Rule {
    id: RuleId::DuplicateText,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That no two items of the same kind (two effects, two activities, ...) have the same text,
ignoring case and white space.

## Why it matters
The same box twice in a diagram is usually a copy-paste slip, or one item declared twice
under two ids, which splits its mechanisms and indicators between the two.

## Example
```toml
[effects.samverkan-kort]
text = "Förbättrad samverkan"
[effects.samverkan-lang]
text = "Förbättrad samverkan"
```

## How to fix
Merge the two items, or word each so it says what distinguishes it."#,
    explanation_sv: r#"## Vad den kontrollerar
Att inga två poster av samma slag (två effekter, två insatser, ...) har samma text, utan
hänsyn till versaler och blanksteg.

## Varför det spelar roll
Samma ruta två gånger i ett diagram är oftast ett misstag vid kopiering, eller en post som
deklarerats två gånger under två id, vilket delar upp dess mekanismer och indikatorer mellan
de två.

## Exempel
```toml
[effects.samverkan-kort]
text = "Förbättrad samverkan"
[effects.samverkan-lang]
text = "Förbättrad samverkan"
```

## Så rättar du
Slå ihop posterna, eller formulera var och en så att det framgår vad som skiljer dem åt."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let mut seen: HashMap<(std::mem::Discriminant<ItemRef>, String), ItemRef> = HashMap::new();
    for item in theory.items() {
        let normalized = normalize(&theory.text(item).value);
        if normalized.is_empty() {
            continue;
        }
        match seen.entry((discriminant(&item), normalized)) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(item);
            }
            std::collections::hash_map::Entry::Occupied(first) => {
                let first = *first.get();
                out.push(
                    RULE.diagnostic(
                        t!(
                            "duplicate-text",
                            kind = item.kind().word(),
                            id = &theory.header(item).id,
                            first = &theory.header(first).id
                        ),
                        at_header(theory, item, t!("duplicate-text-label")),
                    )
                    .with_fact("kind", item.kind_name())
                    .with_fact("item", theory.header(item).id.as_str())
                    .with_fact("first", theory.header(first).id.as_str())
                    .with_secondary(at_header(theory, first, t!("duplicate-text-first")))
                    .with_help(t!("duplicate-text-help")),
                );
            }
        }
    }
}

fn normalize(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    }
    // Most texts are ASCII: lowered in place; the rest by the full rules (a final Σ is ς).
    if words.is_ascii() {
        words.make_ascii_lowercase();
        words
    } else {
        words.to_lowercase()
    }
}
