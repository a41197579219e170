use super::{at_header, Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::EffectWithoutOutcomeIndicator,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every effect is measured by at least one indicator with `kind = "outcome"`.

## Why it matters
Output indicators (utfallsindikatorer) confirm that a step was done: meetings held, templates
written. Outcome indicators (resultatindikatorer) show whether the intended change happened.
Only the latter let a steering group steer toward the programme's goals (Spira/På väg
evaluation, section 3.5). An effect measured only by outputs looks followed up while nobody
knows whether it is reached.

## Example
```toml
[indicators.antal-workshops]
measures = "kannedom"
kind = "output"
text = "Antal genomförda workshops"
```

## How to fix
Add an indicator of the change itself:
```toml
[indicators.andel-kanner-till]
measures = "kannedom"
kind = "outcome"
text = "Andel handläggare som känner till arbetssättet"
unit = "percent"
```
If the report names none yet, mark it `draft = true` so the gap stays visible."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje effekt mäts av minst en indikator med `kind = "outcome"`.

## Varför det spelar roll
Utfallsindikatorer bekräftar att ett steg blev gjort: möten hållna, mallar skrivna.
Resultatindikatorer visar om den avsedda förändringen skedde. Bara de senare låter en
styrgrupp styra mot programmets mål (utvärderingen av Spira och På väg, avsnitt 3.5). En
effekt som bara mäts med utfall ser uppföljd ut medan ingen vet om den nås.

## Exempel
```toml
[indicators.antal-workshops]
measures = "kannedom"
kind = "output"
text = "Antal genomförda workshops"
```

## Så rättar du
Lägg till en indikator för själva förändringen:
```toml
[indicators.andel-kanner-till]
measures = "kannedom"
kind = "outcome"
text = "Andel handläggare som känner till arbetssättet"
unit = "percent"
```
Om rapporten ännu inte anger någon, markera den `draft = true` så att luckan förblir synlig."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let compiled = input.compiled;
    for e in 0..theory.effects.len() {
        // Unintended effects are `unintended-effect-without-indicator`'s, at warning level.
        if compiled.has_outcome_indicator(e) || !theory.effects[e].intended {
            continue;
        }
        let item = ItemRef::Effect(e);
        let name = &theory.header(item).id;
        let outputs: Vec<usize> = compiled.output_indicators(e).collect();
        let diagnostic = if outputs.is_empty() {
            RULE.diagnostic(
                t!("effect-without-outcome-indicator", effect = name),
                at_header(theory, item, t!("effect-without-outcome-indicator-label")),
            )
            .with_fact("effect", theory.header(item).id.as_str())
        } else {
            let listed = outputs
                .iter()
                .map(|&i| format!("`{}`", theory.indicators[i].header.id))
                .collect::<Vec<_>>()
                .join(", ");
            let mut d = RULE
                .diagnostic(
                    t!(
                        "effect-without-outcome-indicator-outputs",
                        effect = name,
                        indicators = listed
                    ),
                    at_header(
                        theory,
                        item,
                        t!("effect-without-outcome-indicator-outputs-label"),
                    ),
                )
                .with_fact("effect", theory.header(item).id.as_str())
                .with_fact(
                    "output_indicators",
                    outputs
                        .iter()
                        .map(|&i| theory.indicators[i].header.id.clone())
                        .collect::<Vec<_>>(),
                )
                .with_note(t!("effect-without-outcome-indicator-note"));
            for &i in &outputs {
                let indicator = &theory.indicators[i];
                d = d.with_secondary(Label::new(
                    theory.file,
                    indicator.kind_span.clone(),
                    t!("effect-without-outcome-indicator-output"),
                ));
            }
            d
        };
        out.push(diagnostic.with_help(t!("effect-without-outcome-indicator-help", effect = name)));
    }
}
