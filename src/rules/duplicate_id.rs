use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::DuplicateId,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That each id is used once across all sections: an activity and an effect may not both be
called `samverkan`.

## Why it matters
References are by id alone (`from = ["samverkan"]`), so a shared id makes them ambiguous;
verkan would silently pick one.

## Example
```toml
[activities.samverkan]
text = "Samverkansträffar kring varje individ"
[effects.samverkan]
horizon = "short"
text = "Skapat förutsättningar för samverkan"
```

## How to fix
Rename one of them, e.g. `[effects.samverkan-forutsattningar]`, and update its references."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje id används en gång i alla sektioner: en insats och en effekt får inte båda heta
`samverkan`.

## Varför det spelar roll
Hänvisningar görs bara med id (`from = ["samverkan"]`), så ett delat id gör dem
tvetydiga; verkan skulle i tysthet välja den ena.

## Exempel
```toml
[activities.samverkan]
text = "Samverkansträffar kring varje individ"
[effects.samverkan]
horizon = "short"
text = "Skapat förutsättningar för samverkan"
```

## Så rättar du
Byt namn på den ena, t.ex. `[effects.samverkan-forutsattningar]`, och uppdatera
hänvisningarna till den."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for item in theory.items() {
        let id = &theory.header(item).id;
        let first: ItemRef = theory.ids[id];
        if first != item {
            out.push(
                RULE.diagnostic(
                    t!("duplicate-id", id = id, first = first.kind().a_word()),
                    at_header(
                        theory,
                        item,
                        t!("duplicate-id-label", kind = item.kind().key()),
                    ),
                )
                .with_fact("id", id.as_str())
                .with_fact("kind", item.kind_name())
                .with_fact("first_kind", first.kind_name())
                .with_secondary(at_header(theory, first, t!("first-declared-here")))
                .with_help(t!("duplicate-id-help")),
            );
        }
    }
}
