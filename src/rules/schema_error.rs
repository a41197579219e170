use super::Rule;
use crate::diagnostic::RuleId;
use crate::model::LintLevel;

pub static RULE: Rule = Rule {
    id: RuleId::SchemaError,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every table and key is one the theory format knows, with a value of the right type:
`horizon` is `short`, `medium` or `long`; `kind` of an indicator is `outcome` or `output`;
`from`, `to` and `uses` are lists of ids; required keys such as `text` are present.

## Why it matters
A misspelt key (`horizn`) would otherwise be silently ignored and the theory would say less
than its author meant. This cannot be allowed.

## Example
```toml
[effects.framtidstro]
horizn = "short"
text = "Deltagarna upplever att insatsen har gjort skillnad"
```

## How to fix
Use the suggested spelling (`horizon`). The README describes every table and key. Every
schema error in a file is reported in the same run, each at its place, so one pass of fixes
is enough."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje tabell och nyckel är en som teoriformatet känner till, med ett värde av rätt slag:
`horizon` är `short`, `medium` eller `long`; en indikators `kind` är `outcome` eller
`output`; `from`, `to` och `uses` är listor med id; obligatoriska nycklar som `text` finns.
Formatets ord är engelska; för ett svenskt ord (`kort`) föreslås det engelska (`short`).

## Varför det spelar roll
En felstavad nyckel (`horizn`) skulle annars i tysthet hoppas över och teorin skulle säga
mindre än författaren menade. Regeln kan inte tillåtas.

## Exempel
```toml
[effects.framtidstro]
horizn = "short"
text = "Deltagarna upplever att insatsen har gjort skillnad"
```

## Så rättar du
Använd den föreslagna stavningen (`horizon`). README beskriver varje tabell och nyckel. Alla
schemafel i en fil rapporteras i samma körning, vart och ett på sin plats, så en omgång
rättningar räcker."#,
    check: None,
};
