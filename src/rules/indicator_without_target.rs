use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::IndicatorWithoutTarget,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every indicator has a `target`: a value and a direction (`at_least`, `at_most`,
`increase`, `decrease`, `range`).

Drafts (`draft = true`) are not reported here: `draft-indicator` already says they are unfinished.

## Why it matters
Without a target a measurement cannot be judged: 49 % is a success against 40 % and a
shortfall against 80 %. Target attainment (måluppfyllelse) needs one.

## Example
```toml
[indicators.stegforflyttning]
measures = "stegforflyttning"
kind = "outcome"
text = "Andel deltagare som gjort en stegförflyttning"
```

## How to fix
```toml
target = { value = 70, direction = "at_least" }
```"#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje indikator har ett `target`: ett värde och en riktning (`at_least`, `at_most`,
`increase`, `decrease`, `range`).

Utkast (`draft = true`) rapporteras inte här: `draft-indicator` säger redan att de är ofärdiga.

## Varför det spelar roll
Utan målvärde kan en mätning inte bedömas: 49 % är en framgång mot 40 % och en brist mot
80 %. Måluppfyllelse kräver ett målvärde.

## Exempel
```toml
[indicators.stegforflyttning]
measures = "stegforflyttning"
kind = "outcome"
text = "Andel deltagare som gjort en stegförflyttning"
```

## Så rättar du
```toml
target = { value = 70, direction = "at_least" }
```"#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    // A draft is reported once, by `draft-indicator`, not again for what it still lacks.
    for (i, indicator) in theory
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.draft)
    {
        // A qualitative indicator is judged by the evaluation's assessment, not a number.
        if indicator.target.is_none() && indicator.unit != crate::model::Unit::Qualitative {
            let item = ItemRef::Indicator(i);
            out.push(
                RULE.diagnostic(
                    t!(
                        "indicator-without-target",
                        indicator = &theory.header(item).id
                    ),
                    at_header(theory, item, t!("indicator-without-target-label")),
                )
                .with_fact("indicator", theory.header(item).id.as_str())
                .with_help(t!("indicator-without-target-help")),
            );
        }
    }
}
