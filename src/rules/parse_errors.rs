use super::Rule;
use crate::diagnostic::RuleId;
use crate::model::LintLevel;

pub static SYNTAX_ERROR: Rule = Rule {
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

pub static SCHEMA_ERROR: Rule = Rule {
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

pub static DATA_FILE_ERROR: Rule = Rule {
    id: RuleId::DataFileError,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every CSV file named in `[theory] data_files` exists (relative to the theory file), is
UTF-8 text, has a header row with the columns
`indicator,period,group,value,numerator,denominator,source,note` (`indicator` and `period`
required, the others optional, any order), and that every row has as many cells as the
header and numbers where numbers go. Each bad row is reported at its line; the good rows
are still read.

## Why it matters
Evaluators keep their figures in spreadsheets. A row that cannot be read must say so,
with its line, rather than vanish from the scorecard. This cannot be allowed.

## Example
```csv
indicator,period,value
fk-till-fordjupad-samverkan,2011,49 %
```

## How to fix
Write plain numbers (`49`; a decimal comma is fine), and save the sheet as "CSV UTF-8"."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje CSV-fil som anges i `[theory] data_files` finns (relativt teorifilen), är
UTF-8-text och har en rubrikrad med kolumnerna
`indicator,period,group,value,numerator,denominator,source,note` (eller de svenska
`indikator,period,grupp,värde,täljare,nämnare,källa,anteckning`; `indicator` och `period`
krävs, de andra är valfria, i valfri ordning), och att varje rad har lika många celler som
rubrikraden och tal där tal ska stå. Varje felaktig rad rapporteras på sin rad; de korrekta
raderna läses ändå.

## Varför det spelar roll
Utvärderare har sina siffror i kalkylblad. En rad som inte kan läsas måste säga det, med sitt
radnummer, i stället för att försvinna ur styrkortet. Regeln kan inte tillåtas.

## Exempel
```csv
indicator,period,value
fk-till-fordjupad-samverkan,2011,49 %
```

## Så rättar du
Skriv rena tal (`49`; decimalkomma går bra) och spara bladet som "CSV UTF-8"."#,
    check: None,
};
