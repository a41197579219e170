use super::Rule;
use crate::diagnostic::RuleId;
use crate::model::LintLevel;

pub static RULE: Rule = Rule {
    id: RuleId::SyntaxError,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That the theory file is valid TOML, written as UTF-8 text.

## Why it matters
Nothing else can be checked until the file can be read. This cannot be allowed.

## Example
```toml
[effects.framtidstro
horizon = "short"
```

## How to fix
Close the table header: `[effects.framtidstro]`. Strings need double quotes; lists are
written `["a", "b"]`."#,
    explanation_sv: r#"## Vad den kontrollerar
Att teorifilen är giltig TOML, skriven som UTF-8-text.

## Varför det spelar roll
Inget annat kan kontrolleras förrän filen kan läsas. Regeln kan inte tillåtas.

## Exempel
```toml
[effects.framtidstro
horizon = "short"
```

## Så rättar du
Stäng tabellrubriken: `[effects.framtidstro]`. Text behöver dubbla citattecken; listor
skrivs `["a", "b"]`."#,
    check: None,
};
