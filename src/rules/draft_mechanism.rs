use super::{draft_words, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::DraftMechanism,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
Reports every mechanism marked `draft = true`.

## Why it matters
Programme documents often state some mechanisms and leave others implicit: a figure shows
an effect but no text says why the programme would bring it about. A draft mechanism,
written by the evaluator, keeps the theory connected while this warning shows which
assumptions nobody has yet confirmed. Those are the first to test with the programme.

## Example
```toml
[mechanisms.varaktig-forandring]
text = "Stegförflyttningar ger på sikt ett långsiktigt fungerande liv"
from = ["stegforflyttning"]
to = ["fungerande-liv"]
draft = true
```

## How to fix
Confirm the assumption with the programme (in a workshop, against its documents), then
remove `draft = true`; or replace it with the mechanism they actually rely on."#,
    explanation_sv: r#"## Vad den kontrollerar
Rapporterar varje mekanism som är markerad `draft = true`.

## Varför det spelar roll
Programdokument anger ofta vissa mekanismer och lämnar andra underförstådda: en figur visar
en effekt men ingen text säger varför programmet skulle leda till den. En mekanism som
utvärderaren skrivit som utkast håller ihop teorin, medan den här varningen visar vilka
antaganden ingen ännu har bekräftat. Det är dem man först prövar med programmet.

## Exempel
```toml
[mechanisms.varaktig-forandring]
text = "Stegförflyttningar ger på sikt ett långsiktigt fungerande liv"
from = ["stegforflyttning"]
to = ["fungerande-liv"]
draft = true
```

## Så rättar du
Bekräfta antagandet med programmet (i en workshop, mot dess dokument) och ta sedan bort
`draft = true`; eller ersätt det med den mekanism programmet faktiskt bygger på."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for (m, mechanism) in theory.mechanisms.iter().enumerate() {
        if mechanism.draft {
            let item = ItemRef::Mechanism(m);
            let (label, help) =
                draft_words(theory, item, t!("draft-mechanism-label"), t!("draft-mechanism-help"));
            out.push(
                RULE.diagnostic(t!("draft-mechanism", mechanism = &theory.header(item).id), label)
                    .with_fact("mechanism", theory.header(item).id.as_str())
                    .with_help(help),
            );
        }
    }
}
