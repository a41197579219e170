use super::Rule;
use crate::diagnostic::RuleId;
use crate::model::LintLevel;

pub static RULE: Rule = Rule {
    id: RuleId::DataFileError,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That every data file named in `[theory] data_files` exists (relative to the theory file), and
reads as a table of measurements: a CSV file in UTF-8, UTF-16 (with its byte-order mark) or
Windows-1252, or a sheet of a workbook (`data/x.xlsx#Mätningar`); a header row naming
`indicator` and `period` (the other columns as `verkan explain` lists them below, in English
or Swedish, any order); every row with as many cells as the header, and numbers where numbers
go. Each bad row is reported at its line, each bad cell of a workbook by its name
(`Mätningar!D7`): a formula never calculated, an error value (`#N/A`), a date or TRUE where a
number goes, a percentage in a count's column. The good rows are still read. As warnings, it
says what was read in a way worth knowing: hidden rows and columns left out, a title above
the table, cells formatted as percentages read as such, a file read as Windows-1252, rows of
another theory left to it.

The columns: `indicator` (`indikator`), `period`, `group` (`grupp`), `value` (`värde`,
`mått`, `utfall`), `numerator` (`täljare`), `denominator` (`nämnare`), `assessment`
(`bedömning`), `derived` (`beräknat`), `source` (`källa`, `underlag`), `note` (`anmärkning`,
`anteckning`, `kommentar`), `theory` (`teori`), and for people only `what is measured`
(`vad som mäts`) and `unit` (`enhet`).

## Why it matters
Evaluators keep their figures in spreadsheets. A row that cannot be read must say so, with
its line or cell, rather than vanish from the scorecard, and a cell must never be read as
something it does not mean (49 % as 0.49). This cannot be allowed.

## Example
```csv
indicator,period,value
antal-deltagare,2011,49 %
```

## How to fix
Write the value in the indicator's unit (`49`; a decimal comma is fine; `49 %` only for a
percent indicator), and save the sheet as "CSV UTF-8" or name the workbook itself."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje datafil som anges i `[theory] data_files` finns (relativt teorifilen) och kan läsas
som en tabell av mätningar: en CSV-fil i UTF-8, UTF-16 (med byte-ordningsmarkering) eller
Windows-1252, eller ett blad i en arbetsbok (`data/x.xlsx#Mätningar`); en rubrikrad som anger
`indikator` och `period` (de andra kolumnerna som nedan, på svenska eller engelska, i valfri
ordning); varje rad med lika många celler som rubrikraden, och tal där tal ska stå. Varje
felaktig rad rapporteras på sin rad, varje felaktig cell i en arbetsbok med sitt namn
(`Mätningar!D7`): en formel som aldrig räknats ut, ett felvärde (`#N/A`), ett datum eller
SANT där ett tal ska stå, en procentsats i en kolumn för antal. De korrekta raderna läses
ändå. Som varningar säger den vad som lästes på ett sätt som är värt att veta: dolda rader
och kolumner som lämnats utanför, en rubrik ovanför tabellen, celler formaterade som procent
som lästs som procentsatser, en fil läst som Windows-1252, rader för en annan teori.

Kolumnerna: `indikator` (`indicator`), `period`, `grupp` (`group`), `värde` (`value`, `mått`,
`utfall`), `täljare` (`numerator`), `nämnare` (`denominator`), `bedömning` (`assessment`),
`beräknat` (`derived`), `källa` (`source`, `underlag`), `anmärkning` (`note`, `anteckning`,
`kommentar`), `teori` (`theory`), och för läsaren `vad som mäts` och `enhet`.

## Varför det spelar roll
Utvärderare har sina siffror i kalkylblad. En rad som inte kan läsas måste säga det, med sitt
radnummer eller sin cell, i stället för att försvinna ur styrkortet, och en cell får aldrig
läsas som något den inte betyder (49 % som 0,49). Regeln kan inte tillåtas.

## Exempel
```csv
indikator,period,värde
antal-deltagare,2011,49 %
```

## Så rättar du
Skriv värdet i indikatorns enhet (`49`; decimalkomma går bra; `49 %` bara för en
procentindikator) och spara bladet som "CSV UTF-8", eller ange själva arbetsboken."#,
    check: None,
};
