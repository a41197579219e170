use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{Horizon, ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::EffectLeadsNowhere,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every short-term effect leads, through mechanisms, to some medium- or long-term effect,
and every medium-term effect to some long-term effect.

## Why it matters
Short- and medium-term effects matter because they are steps toward the long-term goal. One
that leads nowhere is either a missing mechanism in the theory or a result the programme
does not need, and the evaluation cannot say what it contributes.

## Example
```toml
[effects.mallar]
horizon = "short"
text = "Mallar och stöddokument är framtagna"
# no mechanism has from = ["mallar"]
```

## How to fix
Add the mechanism through which the effect contributes to a later one."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje effekt på kort sikt leder, genom mekanismer, till någon effekt på mellanlång eller
lång sikt, och varje effekt på mellanlång sikt till någon effekt på lång sikt.

## Varför det spelar roll
Effekter på kort och mellanlång sikt är viktiga för att de är steg mot det långsiktiga målet.
En som inte leder någonstans är antingen en mekanism som saknas i teorin eller ett resultat
som programmet inte behöver, och utvärderingen kan inte säga vad den bidrar med.

## Exempel
```toml
[effects.mallar]
horizon = "short"
text = "Mallar och stöddokument är framtagna"
# ingen mekanism har from = ["mallar"]
```

## Så rättar du
Lägg till den mekanism genom vilken effekten bidrar till en senare."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let reaches_long = reaches_any(input, |h| h == Horizon::Long);
    let reaches_later_than_short = reaches_any(input, |h| h != Horizon::Short);
    for (e, effect) in theory.effects.iter().enumerate() {
        let item = ItemRef::Effect(e);
        let Some(node) = input.compiled.node(item) else {
            continue;
        };
        // An unintended effect is foreseen, not built on: nothing needs to follow from it.
        if !effect.intended {
            continue;
        }
        let (ok, later) = match effect.horizon {
            Horizon::Short => (reaches_later_than_short[node.index()], "short"),
            Horizon::Medium => (reaches_long[node.index()], "medium"),
            Horizon::Long => continue,
        };
        if !ok {
            out.push(
                RULE.diagnostic(
                    t!(
                        "effect-leads-nowhere",
                        effect = &effect.header.id,
                        horizon = later
                    ),
                    at_header(theory, item, t!("effect-leads-nowhere-label")),
                )
                .with_fact("effect", effect.header.id.as_str())
                .with_help(t!("effect-leads-nowhere-help", effect = &effect.header.id)),
            );
        }
    }
}

/// Marks every node with a causal path to an effect whose horizon satisfies `goal`
/// (the goal effects themselves count only when reached from another goal effect).
fn reaches_any(input: &Input, goal: impl Fn(Horizon) -> bool) -> Vec<bool> {
    let goals = input
        .theory
        .effects
        .iter()
        .enumerate()
        .filter(|(_, e)| goal(e.horizon))
        .filter_map(|(e, _)| input.compiled.node(ItemRef::Effect(e)));
    input.compiled.leading_into(goals)
}
