use super::{Input, Rule};
use crate::diagnostic::{Diagnostic, Label, RuleId};
use crate::model::{InferredLink, LintLevel, Reference, Theory};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::InferredLink,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
Reports every link named in a mechanism's or an output's `inferred_links`: a `from` or `to`
link the theory's author inferred rather than read, with the reason the file gives.

## Why it matters
A mechanism can be stated by the sources while one of its arrows is the author's own
reading: the report names the activity and the effect but never says that this one leads to
that one. Marking the whole mechanism a draft would hide what the sources do say; leaving the
link unmarked makes the diagram say more than the report. An inferred link is drawn as a
dashed arrow, and this warning lists it with its reason until someone has checked it.

## Example
```toml
[mechanisms.steget-ut]
text = "När deltagarna uppnått 4–6 timmars arbetsdag tar de steget ut i praktik"
from = ["arbetsformaga", "motivation"]
to = ["i-praktik"]
inferred_links = { motivation = "ansökan nämner bara arbetsnivån som villkor" }
```

## How to fix
Check the link against the sources, or with the programme in a workshop. If it holds, remove
it from `inferred_links`; if not, remove it from `from` or `to`."#,
    explanation_sv: r#"## Vad den kontrollerar
Rapporterar varje länk som en mekanism eller prestation anger i `inferred_links`: en länk i
`from` eller `to` som teorins författare har härlett i stället för läst, med filens skäl.

## Varför det spelar roll
En mekanism kan vara uttryckt i källorna medan en av dess pilar är författarens egen
läsning: rapporten nämner insatsen och effekten men säger aldrig att den ena leder till den
andra. Att markera hela mekanismen som utkast döljer det källorna faktiskt säger; att lämna
länken omarkerad får diagrammet att säga mer än rapporten. En härledd länk ritas som en
streckad pil, och den här varningen visar den med sitt skäl tills någon har prövat den.

## Exempel
```toml
[mechanisms.steget-ut]
text = "När deltagarna uppnått 4–6 timmars arbetsdag tar de steget ut i praktik"
from = ["arbetsformaga", "motivation"]
to = ["i-praktik"]
inferred_links = { motivation = "ansökan nämner bara arbetsnivån som villkor" }
```

## Så rättar du
Pröva länken mot källorna, eller med programmet i en workshop. Håller den, ta bort den ur
`inferred_links`; håller den inte, ta bort den ur `from` eller `to`."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for mechanism in &theory.mechanisms {
        let id = mechanism.header.id.as_str();
        for link in &mechanism.inferred_links {
            // A name in neither list is `unresolved-reference`'s.
            let found = match (named(&mechanism.from, link), named(&mechanism.to, link)) {
                (Some(r), _) => Some((t!("inferred-link-from", from = r.name.as_str(), mechanism = id), r)),
                (None, Some(r)) => Some((t!("inferred-link-to", mechanism = id, to = r.name.as_str()), r)),
                (None, None) => None,
            };
            if let Some((message, r)) = found {
                out.push(diagnostic(theory, message, link, r, id));
            }
        }
    }
    for output in &theory.outputs {
        let id = output.header.id.as_str();
        for link in &output.inferred_links {
            if let Some(r) = named(&output.from, link) {
                let message = t!("inferred-link-output", from = r.name.as_str(), output = id);
                out.push(diagnostic(theory, message, link, r, id));
            }
        }
    }
}

/// The reference `link` names, if it names one of `links`.
fn named<'a, T>(
    links: &'a [Reference<T>],
    link: &InferredLink,
) -> Option<&'a Reference<T>> {
    links.iter().find(|r| r.name == link.name)
}

fn diagnostic<T>(
    theory: &Theory,
    message: crate::locale::Text,
    link: &InferredLink,
    reference: &Reference<T>,
    owner: &str,
) -> Diagnostic {
    RULE.diagnostic(
        message,
        Label::new(
            theory.file,
            link.span.clone(),
            t!("inferred-link-label", reason = link.reason.value.as_str()),
        ),
    )
    .with_secondary(Label::new(
        theory.file,
        reference.span.clone(),
        t!("inferred-link-where"),
    ))
    .with_fact("owner", owner)
    .with_fact("link", link.name.as_str())
    .with_help(t!("inferred-link-help"))
}
