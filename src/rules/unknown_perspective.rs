use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::suggest::{listed, Suggester};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownPerspective,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That the `perspective` of every activity and effect is a key of the `[perspectives]` table.

## Why it matters
Perspectives (deltagare, personal, samverkan, strukturell nivå) are the lanes of the diagram
and the rows of the scorecard. An undeclared one has no lane, so the item would vanish from
the picture a workshop looks at.

## Example
```toml
[perspectives]
deltagare = "Deltagare/målgrupp"

[effects.framtidstro]
perspective = "deltagre"
```

## How to fix
Use a declared perspective, or declare the new one in `[perspectives]`."#,
    explanation_sv: r#"## Vad den kontrollerar
Att `perspective` för varje insats och effekt är en nyckel i tabellen `[perspectives]`.

## Varför det spelar roll
Perspektiven (deltagare, personal, samverkan, strukturell nivå) är diagrammets banor och
styrkortets rader. Ett odeklarerat perspektiv har ingen bana, så posten skulle försvinna ur
bilden som workshopen tittar på.

## Exempel
```toml
[perspectives]
deltagare = "Deltagare/målgrupp"

[effects.framtidstro]
perspective = "deltagre"
```

## Så rättar du
Använd ett deklarerat perspektiv, eller deklarera det nya i `[perspectives]`."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let declared = || theory.perspectives.iter().map(|p| p.id.as_str());
    let refs = theory
        .activities
        .iter()
        .filter_map(|a| a.perspective.as_ref())
        .chain(theory.outputs.iter().filter_map(|o| o.perspective.as_ref()))
        .chain(theory.effects.iter().filter_map(|e| e.perspective.as_ref()));
    let mut suggester = Suggester::default();
    for reference in refs.filter(|r| r.target.is_none()) {
        let mut d = RULE
            .diagnostic(
                t!("unknown-perspective", perspective = &reference.name),
                Label::new(
                    theory.file,
                    reference.span.clone(),
                    t!("unknown-perspective-label"),
                ),
            )
            .with_fact("perspective", reference.name.as_str());
        d = match suggester.closest(&reference.name, declared()) {
            Some(best) => d.did_you_mean(&best),
            None if theory.perspectives.is_empty() => d.with_help(t!(
                "unknown-perspective-help-declare",
                perspective = &reference.name
            )),
            None => d.with_help(t!(
                "unknown-perspective-help",
                perspectives = listed(declared(), 8)
            )),
        };
        out.push(d);
    }
}
