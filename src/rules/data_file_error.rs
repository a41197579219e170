use super::Rule;
use crate::diagnostic::RuleId;
use crate::model::LintLevel;

pub static RULE: Rule = Rule {
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
