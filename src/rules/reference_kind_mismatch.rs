use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{Kind, LintLevel, TO};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::ReferenceKindMismatch,
    default_level: LintLevel::Deny,
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
    explanation_sv: r#"## Vad den kontrollerar
Att varje hänvisning anger det slags post som dess nyckel tar: `uses` tar resurser, `from`
insatser eller effekter, `contexts` förutsättningar, `measures` insatser eller effekter. (En
mekanism vars `to` anger en insats rapporteras av `backwards-in-time`.)

## Varför det spelar roll
En teori läses resurser → insatser → mekanismer → effekter. En mekanism som utgår från en
resurs, eller en insats som "använder" en effekt, bryter kedjan och diagrammet skulle rita en
pil som teorin inte menar.

## Exempel
```toml
[mechanisms.relationellt]
from = ["finansiering"]   # en resurs
to = ["framtidstro"]
text = "..."
```

## Så rättar du
Peka på den post som kopplingen verkligen utgår från: här den insats som använder resursen."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for (field, owner, reference) in theory.references() {
        let Some(target) = reference.target else {
            continue;
        };
        // An activity in `to` runs against time: `backwards-in-time` says so in those words.
        if field.accepts(target) || (*field == TO && target.kind() == Kind::Activity) {
            continue;
        }
        let wanted = field.wanted();
        out.push(
            RULE.diagnostic(
                t!(
                    "reference-kind-mismatch",
                    name = &reference.name,
                    kind = target.kind().a_word(),
                    field = field.name,
                    wanted = wanted.clone()
                ),
                Label::new(
                    theory.file,
                    reference.span.clone(),
                    t!(
                        "reference-kind-mismatch-label",
                        kind = target.kind().a_word()
                    ),
                ),
            )
            .with_fact("field", field.name)
            .with_fact("owner", theory.header(owner).id.as_str())
            .with_fact("name", reference.name.as_str())
            .with_fact("kind", target.kind_name())
            .with_fact(
                "expected",
                field
                    .accepts
                    .iter()
                    .map(|k| k.name().to_string())
                    .collect::<Vec<_>>(),
            )
            .with_secondary(Label::new(
                theory.file,
                theory.header(target).span.clone(),
                t!("declared-here"),
            ))
            .with_help(t!(
                "reference-kind-mismatch-help",
                wanted = wanted,
                field = field.name
            )),
        );
    }
}
