use super::{Input, Rule};
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{ItemRef, LintLevel, Reference};

pub static RULE: Rule = Rule {
    name: "reference-kind-mismatch",
    default_level: LintLevel::Deny,
    summary: "a reference names an item of the wrong kind",
    explanation: r#"## What it checks
That each reference names the kind of item its key takes: `uses` takes resources, `from`
activities or effects, `contexts` contexts, `measures` activities or effects. (A mechanism
whose `to` names an activity is reported by `backwards-in-time`.)

## Why it matters
A theory reads resources → activities → mechanisms → effects. A mechanism that starts from a
resource, or an activity that "uses" an effect, breaks that chain and the diagram would draw
an arrow the theory does not mean.

## Example
```toml
[mechanisms.relationellt]
from = ["finansiering"]   # a resource
to = ["framtidstro"]
text = "..."
```

## How to fix
Point at the item the link really starts from: here the activity that uses the resource."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let mut report =
        |reference: &Reference<ItemRef>, field: &str, wanted: &str, ok: fn(ItemRef) -> bool| {
            let Some(target) = reference.target else {
                return;
            };
            if ok(target) {
                return;
            }
            out.push(
                RULE.diagnostic(
                    format!(
                        "`{}` is {} {}, but `{field}` takes {wanted}",
                        reference.name,
                        target.article(),
                        target.kind_name()
                    ),
                    Label::new(
                        theory.file,
                        reference.span.clone(),
                        format!("{} here", target.kind_name()),
                    ),
                )
                .with_secondary(Label::new(
                    theory.file,
                    theory.header(target).span.clone(),
                    "declared here",
                ))
                .with_help(format!("name {wanted} in `{field}`")),
            );
        };
    for activity in &theory.activities {
        for r in &activity.uses {
            report(r, "uses", "resources", |t| {
                matches!(t, ItemRef::Resource(_))
            });
        }
    }
    for mechanism in &theory.mechanisms {
        for r in &mechanism.from {
            report(r, "from", "activities or effects", |t| {
                matches!(t, ItemRef::Activity(_) | ItemRef::Effect(_))
            });
        }
        for r in &mechanism.to {
            report(r, "to", "effects", |t| {
                matches!(t, ItemRef::Effect(_) | ItemRef::Activity(_))
            });
        }
        for r in &mechanism.contexts {
            report(r, "contexts", "contexts", |t| {
                matches!(t, ItemRef::Context(_))
            });
        }
    }
    for indicator in &theory.indicators {
        report(
            &indicator.measures,
            "measures",
            "effects or activities",
            |t| matches!(t, ItemRef::Effect(_) | ItemRef::Activity(_)),
        );
    }
}
