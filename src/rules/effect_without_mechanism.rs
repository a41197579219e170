use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::EffectWithoutMechanism,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every effect is the `to` of at least one mechanism.

## Why it matters
A theory of change says *why* an activity leads to a change. An effect that no mechanism
reaches is a hope, not part of the theory: nothing explains how the programme would bring it
about, so the evaluation has no assumption to test.

## Example
```toml
[effects.framtidstro]
horizon = "short"
text = "Deltagarna upplever framtidstro"
# no [mechanisms.*] has to = ["framtidstro"]
```

## How to fix
Add the mechanism the programme relies on:
```toml
[mechanisms.relationellt]
text = "Ett individnära och relationellt arbetssätt ger ett tillitsbaserat stöd"
from = ["forrehab"]
to = ["framtidstro"]
```"#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje effekt är `to` i minst en mekanism.

## Varför det spelar roll
En förändringsteori säger *varför* en insats leder till en förändring. En effekt som ingen
mekanism når är en förhoppning, inte en del av teorin: inget förklarar hur programmet skulle
åstadkomma den, så utvärderingen har inget antagande att pröva.

## Exempel
```toml
[effects.framtidstro]
horizon = "short"
text = "Deltagarna upplever framtidstro"
# ingen [mechanisms.*] har to = ["framtidstro"]
```

## Så rättar du
Lägg till den mekanism som programmet bygger på:
```toml
[mechanisms.relationellt]
text = "Ett individnära och relationellt arbetssätt ger ett tillitsbaserat stöd"
from = ["forrehab"]
to = ["framtidstro"]
```"#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for e in 0..theory.effects.len() {
        let item = ItemRef::Effect(e);
        let reached = input.compiled.is_led_to(e);
        if !reached {
            out.push(
                RULE.diagnostic(
                    t!("effect-without-mechanism", effect = &theory.header(item).id),
                    at_header(theory, item, t!("effect-without-mechanism-label")),
                )
                .with_fact("effect", theory.header(item).id.as_str())
                .with_help(t!(
                    "effect-without-mechanism-help",
                    effect = &theory.header(item).id
                )),
            );
        }
    }
}
