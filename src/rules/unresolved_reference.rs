use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{Field, LintLevel, Theory};
use crate::suggest::closest;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnresolvedReference,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every id in `uses`, `from`, `to`, `contexts` and `measures` is the id of an item in the
same file: the key of a `[resources.ID]`, `[activities.ID]`, `[effects.ID]`,
`[contexts.ID]` table.

## Why it matters
A misspelt id silently cuts a link out of the theory: the mechanism no longer reaches its
effect, the indicator measures nothing.

## Example
```toml
[mechanisms.relationellt]
text = "..."
from = ["forehab"]     # the activity is called `forrehab`
to = ["framtidstro"]
```

## How to fix
Use the id exactly as the item's table key spells it; the diagnostic suggests the closest one."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje id i `uses`, `from`, `to`, `contexts` och `measures` är id:t för en post i samma
fil: nyckeln i en tabell `[resources.ID]`, `[activities.ID]`, `[effects.ID]`,
`[contexts.ID]`.

## Varför det spelar roll
Ett felstavat id klipper i tysthet bort en koppling ur teorin: mekanismen når inte längre sin
effekt, indikatorn mäter ingenting.

## Exempel
```toml
[mechanisms.relationellt]
text = "..."
from = ["forehab"]     # insatsen heter `forrehab`
to = ["framtidstro"]
```

## Så rättar du
Använd id:t exakt som postens tabellnyckel stavar det; diagnosen föreslår det närmaste."#,
    check: Some(check),
};

/// Suggestions scan every id of the expected kind; past this many unresolved references the
/// scan would make a broken 100 000-item file slow to check, so later ones get no suggestion.
const SUGGESTION_BUDGET: usize = 200;

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let mut budget = SUGGESTION_BUDGET;
    for (field, owner, reference) in theory.references() {
        if reference.target.is_some() {
            continue;
        }
        let mut d = RULE
            .diagnostic(
                t!(
                    "unresolved-reference",
                    name = &reference.name,
                    field = field.name,
                    wanted = field.a_wanted()
                ),
                Label::new(
                    theory.file,
                    reference.span.clone(),
                    t!("unresolved-reference-label"),
                ),
            )
            .with_fact("field", field.name)
            .with_fact("owner", theory.header(owner).id.as_str())
            .with_fact("name", reference.name.as_str())
            .with_fact(
                "expected",
                field
                    .accepts
                    .iter()
                    .map(|k| k.name().to_string())
                    .collect::<Vec<_>>(),
            );
        if budget > 0 {
            budget -= 1;
            if let Some(best) = suggest(theory, &reference.name, field) {
                d = d.with_help(t!("did-you-mean", name = best));
            }
        }
        if d.help.is_none() {
            d = d.with_help(t!(
                "unresolved-reference-help",
                section = field.accepts[0].section(),
                name = &reference.name
            ));
        }
        out.push(d);
    }
}

fn suggest<'t>(theory: &'t Theory, name: &str, field: &Field) -> Option<&'t str> {
    closest(
        name,
        field
            .accepts
            .iter()
            .flat_map(|&kind| theory.ids_of_kind(kind)),
    )
}
