use super::{at_header, Input, Rule};
use crate::diagnostic::{Diagnostic, RuleId};
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnintendedEffectWithoutIndicator,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every effect marked `intended = false` is watched by at least one indicator with
`kind = "outcome"`.

## Why it matters
An unintended or negative effect (a side effect the evaluation foresees: participants
losing a benefit, staff overloaded) is only noticed if someone looks for it. ESV's guidance
on verksamhetslogik and realist evaluation both ask for it. It is a warning, not an error:
the programme does not aim at it, but should know if it happens.

## Example
```toml
[effects.undantrangning]
horizon = "medium"
intended = false
text = "Andra deltagare får vänta längre på insatser"
```

## How to fix
Add an outcome indicator that would show the effect, or mark one `draft = true` until the
programme agrees on it:
```toml
[indicators.vantetid]
measures = "undantrangning"
kind = "outcome"
text = "Väntetid till insats för övriga deltagare"
unit = "days"
```"#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje effekt markerad `intended = false` bevakas av minst en indikator med
`kind = "outcome"`.

## Varför det spelar roll
En oavsiktlig eller negativ effekt (en bieffekt som utvärderingen förutser: deltagare som
förlorar en ersättning, personal som överbelastas) märks bara om någon letar efter den.
ESV:s vägledning om verksamhetslogik och realistisk utvärdering ber båda om det. Det är en
varning, inte ett fel: programmet siktar inte på effekten, men bör veta om den inträffar.

## Exempel
```toml
[effects.undantrangning]
horizon = "medium"
intended = false
text = "Andra deltagare får vänta längre på insatser"
```

## Så rättar du
Lägg till en resultatindikator som skulle visa effekten, eller markera en `draft = true` tills
programmet kommit överens om den:
```toml
[indicators.vantetid]
measures = "undantrangning"
kind = "outcome"
text = "Väntetid till insats för övriga deltagare"
unit = "days"
```"#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for (e, effect) in theory.effects.iter().enumerate() {
        if effect.intended || input.compiled.has_outcome_indicator(e) {
            continue;
        }
        let item = ItemRef::Effect(e);
        out.push(
            RULE.diagnostic(
                t!(
                    "unintended-effect-without-indicator",
                    effect = &effect.header.id
                ),
                at_header(
                    theory,
                    item,
                    t!("unintended-effect-without-indicator-label"),
                ),
            )
            .with_fact("effect", effect.header.id.as_str())
            .with_help(t!(
                "unintended-effect-without-indicator-help",
                effect = &effect.header.id
            )),
        );
    }
}
