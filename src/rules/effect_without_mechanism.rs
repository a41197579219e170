use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::EffectWithoutMechanism,
    default_level: LintLevel::Deny,
    summary: "no mechanism leads to this effect",
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
