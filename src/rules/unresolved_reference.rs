use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{Field, ItemRef, LintLevel, Theory};
use crate::suggest::closest;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnresolvedReference,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every id in `uses`, `from`, `to`, `contexts` and `measures` is the id of an item in the
same file: the key of a `[resources.ID]`, `[activities.ID]`, `[effects.ID]`,
`[contexts.ID]` table; and that every id in `inferred_links` is one of the same table's own
`from` or `to`.

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
`[contexts.ID]`; och att varje id i `inferred_links` är ett av samma tabells egna `from` eller
`to`.

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
                d = d.did_you_mean(best);
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
    stray_inferred_links(theory, out);
}

/// Every name in `inferred_links` must be one of the same table's own links.
fn stray_inferred_links(theory: &Theory, out: &mut Vec<Diagnostic>) {
    let mechanisms = theory.mechanisms.iter().enumerate().map(|(m, x)| {
        let names: Vec<&str> = x.from.iter().chain(&x.to).map(|r| r.name.as_str()).collect();
        (ItemRef::Mechanism(m), &x.inferred_links, names, "`from`, `to`")
    });
    let outputs = theory.outputs.iter().enumerate().map(|(o, x)| {
        let names: Vec<&str> = x.from.iter().map(|r| r.name.as_str()).collect();
        (ItemRef::Output(o), &x.inferred_links, names, "`from`")
    });
    for (owner, links, names, fields) in mechanisms.chain(outputs) {
        for link in links.iter().filter(|l| !names.contains(&l.name.as_str())) {
            let id = theory.header(owner).id.as_str();
            let mut d = RULE
                .diagnostic(
                    t!(
                        "inferred-link-stray",
                        name = link.name.as_str(),
                        kind = owner.kind().word(),
                        owner = id
                    ),
                    Label::new(
                        theory.file,
                        link.span.clone(),
                        t!("inferred-link-stray-label", fields = fields),
                    ),
                )
                .with_fact("field", "inferred_links")
                .with_fact("owner", id)
                .with_fact("name", link.name.as_str());
            d = match closest(&link.name, names.iter().copied()) {
                Some(best) => d.did_you_mean(best),
                None => d.with_help(t!("inferred-link-stray-help", fields = fields)),
            };
            out.push(d);
        }
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
