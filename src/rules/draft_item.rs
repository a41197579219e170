use super::{draft_words, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::DraftItem,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
Reports every resource, activity, output, effect and context marked `draft = true`
(mechanisms and indicators have rules of their own: `draft-mechanism`, `draft-indicator`).

## Why it matters
A theory written from reports is partly reconstruction: an effect the figure implies but no
text states, an activity put together from two sentences, a condition read between the
lines. The reader of the diagram must be able to tell what the sources say from what the
theory's author inferred. A draft item is drawn with a dotted outline, and this warning lists
it until someone has checked it.

## Example
```toml
[effects.kortare-vantan]
horizon = "short"
perspective = "deltagare"
text = "Kortare väntan mellan insatserna"
draft = true
```

## How to fix
Check the item against the sources, or with the programme in a workshop, then remove
`draft = true`; or say in a comment above it what it was inferred from."#,
    explanation_sv: r#"## Vad den kontrollerar
Rapporterar varje resurs, insats, prestation, effekt och förutsättning som är markerad
`draft = true` (mekanismer och indikatorer har egna regler: `draft-mechanism`,
`draft-indicator`).

## Varför det spelar roll
En teori som skrivs utifrån rapporter är delvis en rekonstruktion: en effekt som figuren
antyder men ingen text anger, en insats som satts ihop av två meningar, en förutsättning
läst mellan raderna. Den som läser diagrammet måste kunna skilja det källorna säger från det
teorins författare har härlett. Ett utkast ritas med prickad ram, och den här varningen visar
det tills någon har prövat det.

## Exempel
```toml
[effects.kortare-vantan]
horizon = "short"
perspective = "deltagare"
text = "Kortare väntan mellan insatserna"
draft = true
```

## Så rättar du
Pröva utkastet mot källorna, eller med programmet i en workshop, och ta sedan bort
`draft = true`; eller skriv i en kommentar ovanför vad det är härlett ur."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let items = (0..theory.resources.len())
        .map(ItemRef::Resource)
        .chain((0..theory.activities.len()).map(ItemRef::Activity))
        .chain((0..theory.outputs.len()).map(ItemRef::Output))
        .chain((0..theory.effects.len()).map(ItemRef::Effect))
        .chain((0..theory.contexts.len()).map(ItemRef::Context));
    for item in items.filter(|&item| theory.is_draft(item)) {
        let id = theory.header(item).id.as_str();
        let (label, help) =
            draft_words(theory, item, t!("draft-item-label"), t!("draft-item-help"));
        out.push(
            RULE.diagnostic(t!("draft-item", kind = item.kind().word(), item = id), label)
                .with_fact("item", id)
                .with_help(help),
        );
    }
}
