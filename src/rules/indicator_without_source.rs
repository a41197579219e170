use super::{at_header, Input, Rule};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::RuleId;
use crate::model::{ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::IndicatorWithoutSource,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
That every indicator says where its data comes from (`source`).

Drafts (`draft = true`) are not reported here: `draft-indicator` already says they are unfinished.

## Why it matters
An indicator nobody can collect is not followed up. The Spira/På väg evaluation found
indicators that were "not possible to collect"; naming the source up front exposes that.

## Example
```toml
[indicators.stegforflyttning]
measures = "stegforflyttning"
kind = "outcome"
text = "Andel deltagare som gjort en stegförflyttning"
```

## How to fix
```toml
source = "Spiras slutrapport"
```"#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje indikator säger var dess data kommer ifrån (`source`).

Utkast (`draft = true`) rapporteras inte här: `draft-indicator` säger redan att de är ofärdiga.

## Varför det spelar roll
En indikator som ingen kan samla in följs inte upp. Utvärderingen av Spira och På väg fann
indikatorer som "inte var möjliga att samla in"; att ange källan från början visar det.

## Exempel
```toml
[indicators.stegforflyttning]
measures = "stegforflyttning"
kind = "outcome"
text = "Andel deltagare som gjort en stegförflyttning"
```

## Så rättar du
```toml
source = "Spiras slutrapport"
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
        let blank = indicator
            .source
            .as_ref()
            .is_none_or(|s| s.value.trim().is_empty());
        if blank {
            let item = ItemRef::Indicator(i);
            out.push(
                RULE.diagnostic(
                    t!(
                        "indicator-without-source",
                        indicator = &theory.header(item).id
                    ),
                    at_header(theory, item, t!("indicator-without-source-label")),
                )
                .with_fact("indicator", theory.header(item).id.as_str())
                .with_help(t!("indicator-without-source-help")),
            );
        }
    }
}
