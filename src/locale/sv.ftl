# verkans meddelanden på svenska. Varje meddelande finns också i en.ftl, med samma variabler
# (tests/suite/locale.rs). Termerna följer ../shared/GLOSSARY.md: insats, prestation, effekt,
# förändringsmekanism, resultatindikator, utfallsindikator, målgrupp, perspektiv.

## Diagnostik, gemensamt

help = hjälp: { $help }
or = { $first } eller { $last }
did-you-mean = menade du `{ $name }`?

## Slag av post: en namngiven (`kind`), en av dem (`kind-a`), flera (`kind-plural`).

kind = { $kind ->
    [target-group] målgruppen
    [resource] resursen
    [activity] insatsen
    [output] prestationen
    [mechanism] mekanismen
    [effect] effekten
    [context] förutsättningen
   *[indicator] indikatorn
}
kind-a = { $kind ->
    [target-group] en målgrupp
    [resource] en resurs
    [activity] en insats
    [output] en prestation
    [mechanism] en mekanism
    [effect] en effekt
    [context] en förutsättning
   *[indicator] en indikator
}
kind-plural = { $kind ->
    [target-group] målgrupper
    [resource] resurser
    [activity] insatser
    [output] prestationer
    [mechanism] mekanismer
    [effect] effekter
    [context] förutsättningar
   *[indicator] indikatorer
}

## backwards-in-time

backwards-in-time = mekanismen `{ $mechanism }` leder från { $from } tillbaka till { $to }
backwards-in-time-when = { $when ->
    [short] en effekt på kort sikt
    [medium] en effekt på mellanlång sikt
    [long] en effekt på lång sikt
    [output] en prestation
   *[activity] en insats
}
backwards-in-time-label = { $when } `{ $id }`
backwards-in-time-help = kontrollera båda effekternas `horizon`, eller vänd mekanismen
backwards-in-time-activity = mekanismen `{ $mechanism }` leder till insatsen `{ $activity }`
backwards-in-time-activity-label = en insats, inte en effekt
backwards-in-time-activity-help = en mekanism leder till effekter; sätt insatsen i `from` eller ange effekten den leder till

## draft-indicator, draft-mechanism

draft-indicator = indikatorn `{ $indicator }` är ett utkast
draft-indicator-label = nämns inte i programmets dokument
draft-indicator-help = stäm av den med styrgruppen och ta sedan bort `draft = true`
draft-mechanism = mekanismen `{ $mechanism }` är ett utkast
draft-mechanism-label = står inte i programmets dokument
draft-mechanism-help = bekräfta antagandet med programmet och ta sedan bort `draft = true`
draft-item = { $kind } `{ $item }` är ett utkast
draft-item-label = härlett, inte uttryckt i källorna
draft-item-help = pröva det mot källorna eller med programmet, och ta sedan bort `draft = true`
draft-inferred-label = härlett: { $reason }
draft-inferred-help = pröva det mot källorna eller med programmet, och ta sedan bort `inferred`
inferred-link-from = länken från `{ $from }` in i mekanismen `{ $mechanism }` är härledd
inferred-link-to = länken från mekanismen `{ $mechanism }` till `{ $to }` är härledd
inferred-link-output = länken från `{ $from }` till prestationen `{ $output }` är härledd
inferred-link-label = härledd: { $reason }
inferred-link-help = pröva länken mot källorna eller med programmet, och ta sedan bort den ur `inferred_links`
inferred-link-where = länken
inferred-link-stray = `{ $name }` i `inferred_links` är inte en länk i { $kind } `{ $owner }`
inferred-link-stray-label = finns inte i tabellens { $fields }
inferred-link-stray-help = skriv ett id ur { $fields }, eller ta bort raden
mechanism-never-tried = mekanismen `{ $mechanism }` prövades aldrig: det som skulle sätta igång den genomfördes inte som planerat
mechanism-never-tried-label = `not_implemented`: ett genomförandemisslyckande, inte ett misslyckande för teorin
mechanism-never-tried-effect = effekten `{ $effect }` är inte uppnådd, men den här mekanismen som leder dit prövades aldrig: statusen säger ännu inget om antagandet
mechanism-never-tried-help = genomför det mekanismen utgår från och bedöm sedan antagandet; prövades den och höll inte är statusen `not_supported`

## duplicate-id, duplicate-measurement, duplicate-text

first-declared-here = först deklarerad här
duplicate-id = id:t `{ $id }` används redan av { $first }
duplicate-id-label = { $kind ->
    [target-group] målgruppen
    [resource] resursen
    [activity] insatsen
    [output] prestationen
    [mechanism] mekanismen
    [effect] effekten
    [context] förutsättningen
   *[indicator] indikatorn
} återanvänder id:t
duplicate-id-help = ge varje post ett eget id; annars blir hänvisningar tvetydiga
duplicate-measurement = `{ $indicator }` har två värden för { $period }
duplicate-measurement-group = `{ $indicator }` har två värden för { $period }, gruppen `{ $group }`
duplicate-measurement-label = andra värdet
duplicate-measurement-first = första värdet
duplicate-measurement-help = behåll värdet som källan anger och ta bort det andra
duplicate-text = { $kind } `{ $id }` har samma text som `{ $first }`
duplicate-text-label = samma text
duplicate-text-first = först skriven här
duplicate-text-help = slå ihop posterna, eller formulera var och en så att det framgår vad som skiljer dem åt

## effect-leads-nowhere, effect-without-mechanism, effect-without-outcome-indicator

effect-leads-nowhere = effekten `{ $effect }` leder inte till någon effekt på { $horizon ->
    [short] mellanlång eller lång sikt
   *[medium] lång sikt
}
effect-leads-nowhere-label = ingen mekanism för effekten vidare
effect-leads-nowhere-help = lägg till en mekanism med `from = ["{ $effect }"]` till den senare effekt den bidrar till
effect-without-mechanism = ingen mekanism leder till effekten `{ $effect }`
effect-without-mechanism-label = inget förklarar hur effekten uppstår
effect-without-mechanism-help = lägg till en `[mechanisms.ID]` med `to = ["{ $effect }"]` som säger varför en insats leder till effekten
effect-without-outcome-indicator = effekten `{ $effect }` saknar resultatindikator
effect-without-outcome-indicator-label = inget mäter om förändringen sker
effect-without-outcome-indicator-outputs = effekten `{ $effect }` har bara utfallsindikatorer ({ $indicators })
effect-without-outcome-indicator-outputs-label = mäts bara med om stegen blev gjorda
effect-without-outcome-indicator-note = utfallsindikatorer visar att ett steg blev gjort; bara en resultatindikator visar om den avsedda förändringen skedde
effect-without-outcome-indicator-output = en utfallsindikator
effect-without-outcome-indicator-help = lägg till en `[indicators.ID]` med `measures = "{ $effect }"` och `kind = "outcome"` (markera den `draft = true` om rapporten inte anger någon)

## empty-text

empty-text = { $kind } `{ $id }` har en tom `text`
empty-text-label = tom
empty-text-help = skriv vad posten är, med programmets egna ord
empty-text-name = teorin har ett tomt `name`
empty-text-name-help = ange programmets namn, t.ex. `name = "Spira"`

## feedback-loop

feedback-loop = mekanismerna bildar en slinga: { $steps }
feedback-loop-label = slingan börjar och slutar här
feedback-loop-part = del av slingan
feedback-loop-help = om slingan är avsedd, sätt `feedback-loop = "allow"` under `[lints]`; annars rätta den `from`/`to` som sluter den

## incomplete-mechanism

incomplete-mechanism-from = mekanismen `{ $mechanism }` utgår från ingenting
incomplete-mechanism-from-label = tom `from`
incomplete-mechanism-from-help = ange de insatser eller tidigare effekter som sätter igång mekanismen
incomplete-mechanism-to = mekanismen `{ $mechanism }` leder ingenstans
incomplete-mechanism-to-label = tom `to`
incomplete-mechanism-to-help = ange de effekter som mekanismen antas leda till

## indicator-without-source, indicator-without-target

indicator-without-source = indikatorn `{ $indicator }` anger ingen datakälla
indicator-without-source-label = ingen `source`
indicator-without-source-help = lägg till t.ex. `source = "Projektets slutrapport"`
indicator-without-target = indikatorn `{ $indicator }` saknar målvärde
indicator-without-target-label = ingen `target`
indicator-without-target-help = lägg till t.ex. `target = { "{" } value = 70, direction = "at_least" { "}" }`

## invalid-measurement

invalid-measurement = en mätning av `{ $indicator }` för { $period } { $problem }
invalid-measurement-label = den här mätningen
invalid-measurement-problem = { $problem ->
    [assessment] är en bedömning utan källa och citat
    [derived] är beräknad men säger inte hur
    [level] är `{ $level }`, som inte är en av indikatorns nivåer
    [words] är ord, men indikatorn räknar tal
    [number] är ett tal, men indikatorn är kvalitativ
    [no-value] saknar värde
    [no-denominator] har täljare men ingen nämnare
    [no-numerator] har nämnare men ingen täljare
    [zero] har nämnaren noll
    [counts] räknar { $numerator } av { $denominator }
   *[disagree] anger värdet { $value } men dess antal ger { $computed }
}
invalid-measurement-help = { $problem ->
    [assessment] en bedömning behöver `source` (rapporten) och `note` (dess ord), så att läsaren kan kontrollera den
    [derived] lägg till en `note` med uträkningen, t.ex. "27 + 24 + 10 + 19 = 80 av 98 som började"
    [level] använd ett av orden i `levels`, stavat som där
    [words] skriv ett tal, eller ge indikatorn `unit = "qualitative"` och bedöm resultatet med `assessment`
    [number] skriv resultatet i ord som `value = "…"`, med en `assessment`
    [no-value] ange `value`, `numerator` och `denominator`, eller utvärderingens `assessment`
    [no-denominator] lägg till `denominator`, det andelen räknas av
    [no-numerator] lägg till `numerator`, antalet som uppfyllde kriteriet
    [zero] en andel av ingenting kan inte räknas ut; kontrollera antalet
    [counts] täljaren är en del av nämnaren: kontrollera båda antalen
   *[disagree] behåll antingen värdet eller antalen, eller rätta dem
}

## invalid-period

invalid-period = `{ $period }` är ingen period (indikatorn `{ $indicator }`)
invalid-period-label = kan inte läsas som en period
invalid-period-help = skriv ett år (2011), en månad (2019-12), ett kvartal (2019-Q3), ett halvår (2019-H1), ett tertial (2019-T2) eller ett intervall `A/B`

## invalid-target

invalid-target = { $problem ->
    [level-not-ordinal] målvärdet för `{ $indicator }` anger en nivå, men `{ $indicator }` är inte ordinal
    [unknown-level] `{ $level }` är inte en av nivåerna för `{ $indicator }`
    [no-value] målvärdet för `{ $indicator }` har en riktning men inget värde
    [percent] målvärdet för `{ $indicator }` är { $value } %
    [no-max] intervallmålet för `{ $indicator }` saknar `max`
    [range-down] intervallmålet för `{ $indicator }` går från { $low } ned till { $high }
    [scale-without-range] `{ $indicator }` är en skala utan `range`
    [scale-down] skalan för `{ $indicator }` går från { $low } till { $high }
    [range-not-scale] `{ $indicator }` har `range` men är ingen skala
    [ordinal-without-levels] `{ $indicator }` är ordinal utan `levels`
   *[levels-not-ordinal] `{ $indicator }` har `levels` men är inte ordinal
}
invalid-target-label = här
invalid-target-help = { $problem ->
    [level-not-ordinal] använd `value`, eller sätt `unit = "ordinal"` med `levels`
    [unknown-level] ange ett av orden i `levels`, stavat som där
    [no-value] lägg till värdet som ska nås, t.ex. `value = 70`
    [percent] ett målvärde i procent ligger mellan 0 och 100
    [no-max] lägg till `max`, intervallets övre gräns
    [range-down] `value` är intervallets nedre gräns och `max` den övre
    [scale-without-range] lägg till t.ex. `range = [1, 5]`
    [scale-down] skriv `range = [min, max]` med min under max
    [range-not-scale] ta bort `range`, eller sätt `unit = "scale"`
    [ordinal-without-levels] ange nivåerna, lägst först: `levels = ["låg", "medel", "hög"]`
   *[levels-not-ordinal] ta bort `levels`, eller sätt `unit = "ordinal"`
}

## measurement-out-of-range

measurement-out-of-range = `{ $indicator }` uppmättes till { $value } för { $period }, men { $why }
measurement-out-of-range-why = { $why ->
    [percent] en procentsats ligger mellan 0 och 100
    [ratio] en kvot ligger mellan 0 och 1
    [scale] skalan går från { $low } till { $high }
    [levels] nivåerna är numrerade 1 till { $levels }
   *[negative] värdet kan inte vara negativt
}
measurement-out-of-range-label = utanför intervallet
measurement-out-of-range-help = rätta värdet, eller indikatorns `unit` om den räknar något annat

## orphan-activity, output-leads-nowhere, output-without-activity

orphan-activity = insatsen `{ $activity }` leder inte till någon effekt
orphan-activity-label = ingen mekanism utgår från insatsen
orphan-activity-help = lägg till `"{ $activity }"` i `from` för den mekanism som insatsen sätter igång
output-leads-nowhere = prestationen `{ $output }` leder inte till någon effekt
output-leads-nowhere-label = ingen mekanism utgår från prestationen
output-leads-nowhere-help = lägg till `"{ $output }"` i `from` för den mekanism den sätter igång
output-without-activity = prestationen `{ $output }` anger ingen insats som ger den
output-without-activity-label = inget ger den här prestationen
output-without-activity-help = lägg till `from = ["INSATS"]` med de insatser som levererar den

## percent-as-fraction

percent-as-fraction = alla värden för procentindikatorn `{ $indicator }` ligger mellan 0 och 1: { $value } är { $value } %, inte { $percent } %
percent-as-fraction-label = en andel, läst som procent
percent-as-fraction-help = skriv procent (45 för 45 %); en kalkylbladscell formaterad som procent innehåller 0,45. Eller sätt `unit = "ratio"`

## reference-kind-mismatch

declared-here = deklarerad här
reference-kind-mismatch = `{ $name }` är { $kind }, men `{ $field }` tar { $wanted }
reference-kind-mismatch-label = { $kind } här
reference-kind-mismatch-help = ange { $wanted } i `{ $field }`

listed = { $more ->
    [0] { $names }
   *[other] { $names } och { $more } till
}

## unintended-effect-without-indicator

unintended-effect-without-indicator = den oavsiktliga effekten `{ $effect }` saknar resultatindikator
unintended-effect-without-indicator-label = inget skulle visa om den inträffar
unintended-effect-without-indicator-help = lägg till en `[indicators.ID]` med `measures = "{ $effect }"` och `kind = "outcome"`

## unknown-group, unknown-indicator, unknown-lint, unknown-perspective

unknown-group = `{ $group }` är ingen grupp för indikatorn `{ $indicator }`
unknown-group-label = okänd grupp
unknown-group-help-declare = deklarera grupperna först, t.ex. `disaggregation = { "{" } remittent = ["FK", "IoF", "AF"] { "}" }`
unknown-group-help = använd ett av värdena i indikatorns `disaggregation`, eller `dimension=värde`
unknown-indicator = `{ $indicator }` är ingen indikator i den här teorin
unknown-indicator-label = den här raden
unknown-indicator-help = använd id:t för en av teorins `[indicators.ID]`
unknown-lint = `{ $rule }` är ingen regel
unknown-lint-label = ingen regel vars nivå kan ändras
unknown-lint-help = `verkan explain` listar alla regler
unknown-lint-fixed = nivån för `{ $rule }` kan inte ändras
unknown-lint-fixed-help = ta bort raden; en teori som inte kan läsas kan inte kontrolleras
unknown-perspective = perspektivet `{ $perspective }` är inte deklarerat
unknown-perspective-label = ingen nyckel i `[perspectives]`
unknown-perspective-help-declare = deklarera det: `[perspectives]` och sedan `{ $perspective } = "Etikett i diagrammet"`
unknown-perspective-help = använd något av { $perspectives } eller deklarera det i `[perspectives]`

## unreachable-effect, unresolved-reference

unreachable-effect = ingen insats leder, genom mekanismer, till effekten `{ $effect }`
unreachable-effect-label = nås bara från effekter som ingen insats når
unreachable-effect-help = lägg till en mekanism från en insats till kedjans första effekt
unresolved-reference = `{ $name }` i `{ $field }` är inte id:t för { $wanted }
unresolved-reference-label = ingen post har detta id
unresolved-reference-help = deklarera den som `[{ $section }.{ $name }]` eller rätta id:t

## unused-context, unused-resource

unused = oanvänd
unused-context = ingen mekanism beror av förutsättningen `{ $context }`
unused-context-help = lägg till `"{ $context }"` i `contexts` för de mekanismer den påverkar
unused-resource = ingen insats använder resursen `{ $resource }`
unused-resource-help = lägg till `"{ $resource }"` i `uses` för de insatser som bygger på den

## syntax-error, schema-error: filens form

in-table = { $message } i `{ $table }`
syntax-error-label = TOML kan inte läsas här
syntax-error-help = rätta TOML-syntaxen här; text behöver citattecken och tabeller `[section.id]` en avslutande hakparentes
unknown-section = okänd sektion `[{ $section }]`
unknown-section-label = ingen sektion i teoriformatet
unknown-key = okänd nyckel `{ $key }` i `{ $table }`
unknown-key-label = okänd nyckel
unknown-word = `{ $value }` är inget värde som `{ $key }` tar i `{ $table }`
unknown-word-label = inget av de tillåtna värdena
swedish-word = menade du `{ $word }`? Formatets ord är engelska: `{ $value }` heter `{ $word }`
missing-key = nyckeln `{ $key }` saknas i `{ $table }`
missing-key-label = en obligatorisk nyckel saknas i tabellen
missing-key-help = { $what } behöver `{ $key }`; `verkan explain schema-error` visar formatet
not-a-table = `{ $table }` ska vara en tabell ({ $what }), inte ett enskilt värde
not-a-table-label = ingen tabell
missing-section = filen har ingen tabell `[{ $section }]`
missing-section-label = teorin börjar här
missing-section-help = börja filen med `[{ $section }]` och `name = "…"`
nothing-expected = ta bort { $what ->
    [section] sektionen
    [key] nyckeln
   *[value] värdet
} `{ $name }`: inget väntas här
use-one-of = använd något av: { $names }
wrong-type-label = fel slags värde
wrong-type = väntade { $expected ->
    [text] text inom dubbla citattecken
    [list] en lista inom hakparenteser
    [boolean] `true` eller `false`
    [number] ett tal
    [finite] ett ändligt tal
    [table] en tabell
    [number-or-text] ett tal eller text
   *[other] { $expected_words }
}, fick { $found ->
    [not-finite] `{ $value }`
    [list] en lista
    [table] en tabell
    [text] text ({ $value })
    [whole] ett heltal ({ $value })
    [number] ett tal ({ $value })
    [boolean] `{ $value }`
   *[other] { $value }
}
type-help = { $expected ->
    [list] skriv en lista med id:n inom hakparenteser, t.ex. `["forrehab"]`
    [text] skriv värdet som text inom dubbla citattecken
    [boolean] skriv `true` eller `false`
    [finite] skriv ett tal som `80`: `nan` och `inf` kan inte mätas
    [number] skriv ett tal utan citattecken, t.ex. `70`
   *[table] skriv en tabell: `[section.id]` med nycklar under, eller `{ "{" } key = value { "}" }`
}
shape = { $shape ->
    [theory] teorin
    [target-group] en målgrupp
    [resource] en resurs
    [activity] en insats
    [output] en prestation
    [effect] en effekt
    [mechanism] en mekanism
    [finding] ett utvärderingsresultat
    [context] en förutsättning
    [indicator] en indikator
    [target] ett målvärde
    [baseline] ett utgångsvärde
   *[measurement] en mätning
}

## data-file-error

data-named-here = angiven här
data-here = här
data-unreadable = datafilen `{ $file }` kan inte läsas: { $error }
data-unreadable-help = datafiler söks relativt teorifilen; kontrollera sökvägen
data-not-utf8 = datafilen `{ $file }` är ingen text verkan läser: { $why ->
    [utf16-without-mark] den ser ut som UTF-16 utan den byte-ordningsmarkering som säger vilken
   *[other] den är varken UTF-8, UTF-16 (med byte-ordningsmarkering) eller Windows-1252
}
data-not-utf8-help = spara kalkylbladet som "CSV UTF-8", eller ange själva .xlsx-arbetsboken
data-read-as-windows-1252 = datafilen `{ $file }` är inte UTF-8 och lästes som Windows-1252, som äldre Excel sparar "CSV (semikolonavgränsad)"
data-read-as-windows-1252-help = om bokstäverna ser fel ut, spara den som "CSV UTF-8" i stället
data-outside = datafilen `{ $file }` ligger utanför teorins mapp
data-outside-help = flytta den till teorin (t.ex. till `data/`), eller låt verkan läsa den med `--allow-data-outside`
data-not-a-file = datafilen `{ $file }` är ingen vanlig fil
data-not-a-file-help = ange en CSV-fil; enheter, rör och mappar kan inte läsas som data
data-too-large = datafilen `{ $file }` är { $size } MiB, över gränsen { $limit } MiB
data-too-large-help = dela upp filen, eller höj gränsen med `--max-data-size MIB`
data-header-unreadable = rubrikraden kan inte läsas: { $error }
data-header-unreadable-help = första raden namnger kolumnerna
data-column-twice = kolumnen `{ $column }` förekommer två gånger
data-column-twice-help = behåll en kolumn av varje namn
data-unknown-column = okänd kolumn `{ $column }`
data-columns = kolumnerna är: { $columns }
data-header-read-as = rubrikraden lästes som { $count ->
    [one] { $count } kolumn
   *[other] { $count } kolumner
} avgränsade med { $separator ->
    [semicolon] semikolon
    [tab] tabb
   *[comma] komma
}: { $columns }
data-required-columns = en mätfil behöver kolumnerna `indicator` och `period` (eller `indikator` och `period`)
workbook-header-below = tabellen i bladet `{ $sheet }` börjar på rad { $row }: raderna ovanför (en rubrik) lästes inte
workbook-header-below-help = rubrikraden är den första som anger kolumnerna `indikator` och `period`
workbook-hidden-rows = { $count ->
    [one] rad { $rows } i bladet `{ $sheet }` är dold och lästes inte
   *[other] raderna { $rows } i bladet `{ $sheet }` är dolda och lästes inte
}
workbook-hidden-columns = { $count ->
    [one] kolumn { $columns } i bladet `{ $sheet }` är dold och lästes inte
   *[other] kolumnerna { $columns } i bladet `{ $sheet }` är dolda och lästes inte
}
workbook-hidden-help = visa dem i Excel om de räknas, eller läs dem som de är med `--include-hidden`
workbook-percent-read = { $count ->
    [one] cellen { $cells } i bladet `{ $sheet }` är formaterad som procent och lästes som en procentsats (0,49 som visas som 49 % är 49)
   *[other] { $count } celler i bladet `{ $sheet }` ({ $cells }) är formaterade som procent och lästes som procentsatser (0,49 som visas som 49 % är 49)
}
workbook-percent-read-help = en procentsats är värdet för en procentindikator som det visas; i alla andra kolumner avvisas den
data-cell-no-result = cellen { $cell } (kolumnen `{ $column }`) har en formel som aldrig räknats ut: filen har inget värde för den
data-cell-no-result-help = öppna arbetsboken i Excel eller LibreOffice och spara den, så att varje formels resultat lagras; eller skriv värdet i stället för formeln
data-cell-error = cellen { $cell } (kolumnen `{ $column }`) visar Excels fel { $error }, inget värde
data-cell-error-help = rätta formeln i arbetsboken, eller skriv värdet; en mätning som inte gjorts är en rad som utelämnas
data-cell-date = datumet { $date } i kolumnen `{ $column }`{ $place } är inget tal
data-cell-date-help = ett datum är en period: sätt det i kolumnen `period`, och värdet som mättes här som ett tal
data-cell-bool = { $value } i kolumnen `{ $column }`{ $place } är ett ja eller nej, inget tal
data-cell-bool-help = skriv värdet som ett tal; ett ja eller nej är en bedömning (`uppnått`, `ej uppnått`) eller ett kvalitativt värde
data-not-an-assessment = `{ $value }` i kolumnen `{ $column }`{ $place } är ingen bedömning
data-assessment-help = skriv `uppnått`, `delvis uppnått` eller `ej uppnått` (eller `met`, `partly met`, `not met`)
data-not-a-flag = `{ $value }` i kolumnen `{ $column }`{ $place } är varken ja eller nej
data-flag-help = skriv `ja` (eller `✓`, `x`) för ett tal beräknat ur källans siffror, eller lämna cellen tom
data-percent-not-percent = `{ $value }` i kolumnen `{ $column }`{ $place } är en procentsats, men { $unit ->
    [none] kolumnen rymmer ingen procentsats
   *[other] dess indikator räknar i `{ $unit }`
}
data-percent-not-percent-help = en procentsats är värdet för en indikator med `unit = "percent"` (eller `"ratio"`, läst som 0,49); skriv talet i indikatorns enhet, eller ändra dess enhet
data-other-theories = { $rows ->
    [one] en rad anger en annan teori än { $theory } i kolumnen `teori` och lämnades åt den
   *[other] { $rows } rader anger andra teorier än { $theory } i kolumnen `teori` och lämnades åt dem
}
data-other-theories-help = ett blad med flera teorier (verkans egen arbetsbok) läses av varje teori för dess egna rader; byt namn på kolumnen, eller på teorin, om det inte är meningen
data-row-unreadable = raden kan inte läsas: { $error }
data-row-unreadable-help = varje rad har lika många celler som rubrikraden
data-not-a-number = `{ $value }` i kolumnen `{ $column }`{ $place } är inget tal
data-number-help = { $problem ->
    [ambiguous] ett komma före tre siffror kan vara decimalkomma eller tusentalsavgränsare: skriv 1000 eller 1,0
   *[plain] skriv tal utan enheter eller tecken runt, t.ex. 49, 49,5 eller 49.5
}
workbook-unreadable = arbetsboken `{ $file }` kan inte läsas: { $problem }
workbook-unsupported = den här verkan byggdes utan stöd för arbetsböcker (cargo-funktionen `xlsx`)
workbook-unsupported-help = exportera bladet som CSV UTF-8, eller använd en verkan byggd med standardfunktionerna
workbook-not-excel = ingen Excel-arbetsbok ({ $error })
workbook-not-excel-help = spara den från Excel eller LibreOffice som .xlsx, eller exportera bladet som CSV UTF-8
workbook-no-sheet = den har inget blad `{ $sheet }`
workbook-sheet-did-you-mean = menade du `{ $name }`? Bladen är: { $sheets }
workbook-sheets = bladen är: { $sheets }
workbook-no-sheets = den har inga blad
workbook-no-sheets-help = lägg till ett blad med mätningar
workbook-sheet-unreadable = bladet `{ $sheet }` kan inte läsas ({ $error })
workbook-sheet-unreadable-help = öppna och spara den igen i Excel eller LibreOffice

## En teorifil som inte är text

not-utf8 = filen är inte UTF-8-text
not-utf8-label = den här byten är inte UTF-8
not-utf8-help = spara teorifilen som UTF-8 (de flesta redigerare erbjuder det under "Spara med kodning")

## Kommandoradens sammanfattningar

wrote = skrev { $file }
summary-checked = kontrollerade { $theories ->
    [one] { $theories } teori
   *[other] { $theories } teorier
}: { $errors ->
    [one] { $errors } fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}
summary-errors = { $errors } fel: rätta dem och kör igen (`verkan check` visar även varningar)
summary-built = byggde { $theories ->
    [one] { $theories } teori
   *[other] { $theories } teorier
} till { $folder }: { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
} (se `verkan check`)
build-nothing-written = inget skrevs till { $folder }
new-wrote-schema = skrev { $file } (formatet, för redigerare: filens `#:schema`-rad pekar dit)
new-next = nästa steg: redigera den, kör sedan `verkan check { $file }` och `verkan render { $file } -o { $stem }.svg`
coverage-title = Indikatortäckning för effekter (utkast räknas inte)
coverage-column = { $column ->
    [effects] effekter
    [reached] nås från en insats
    [outcome] resultatindikator
    [target] målvärde
    [measured] mätt
    [total] totalt
    [short] kort sikt
    [medium] mellanlång sikt
   *[long] lång sikt
}
coverage-below = täckning: { $theory } har { $share } % av effekterna med { $metric ->
    [reached] en mekanism som leder till dem
    [outcome] en resultatindikator
    [target] ett målvärde
   *[measured] en mätning
}, under --min { $min }
coverage-unmeasured = täckning: { $theory } har resultatindikatorer utan mätningar: { $indicators }
serve-open-host = varning: lyssnar på { $host }: alla i nätverket som når adressen kan läsa teorierna
serve-outside = varning: { $path } leder utanför { $folder } och visas inte
serve-listening = verkan serve: { $url } ({ $theories ->
    [one] { $theories } teori
   *[other] { $theories } teorier
} från { $folder }; Ctrl-C stoppar)
serve-stopped = verkan serve: stoppad

## verkan explain

rule-summary = { $rule ->
    [backwards-in-time] mekanismen leder från en senare tidshorisont till en tidigare, eller till en insats
    [draft-indicator] indikatorn är ett utkast som programmets dokument inte nämner
    [draft-mechanism] mekanismen är ett utkast som programmets dokument inte anger
    [draft-item] en resurs, insats, prestation, effekt eller förutsättning är ett utkast som källorna inte anger
    [inferred-link] en länk i `from` eller `to` som teorins författare har härlett, med skälet
    [mechanism-never-tried] utvärderingen fann att mekanismen aldrig prövades (`not_implemented`)
    [duplicate-id] två poster av olika slag har samma id
    [duplicate-measurement] två värden för samma indikator, period och grupp
    [duplicate-text] två poster av samma slag har samma text
    [effect-leads-nowhere] en effekt på kort eller mellanlång sikt leder inte till någon senare effekt
    [effect-without-mechanism] ingen mekanism leder till effekten
    [effect-without-outcome-indicator] effekten saknar resultatindikator
    [empty-text] en posts text, eller teorins namn, är tom
    [feedback-loop] mekanismer bildar en slinga
    [incomplete-mechanism] en mekanism har tom `from` eller `to`
    [indicator-without-source] indikatorn anger ingen datakälla
    [indicator-without-target] indikatorn saknar målvärde
    [invalid-measurement] en mätning utan värde, med antal som inte går ihop, eller en bedömning eller beräknad siffra utan källa
    [invalid-period] en period som inte kan läsas
    [invalid-target] ett målvärde eller en enhet som inte går att bedöma mot
    [measurement-out-of-range] ett värde utanför vad indikatorns enhet tillåter
    [orphan-activity] ingen mekanism utgår från insatsen
    [output-leads-nowhere] ingen mekanism utgår från prestationen
    [output-without-activity] en prestation anger ingen insats som ger den
    [syntax-error] filen är inte giltig TOML (eller inte UTF-8-text)
    [schema-error] en nyckel eller ett värde som teoriformatet inte har
    [data-file-error] en datafil som saknas, inte kan läsas eller inte är den väntade tabellen
    [percent-as-fraction] en procentindikator vars värden alla ser ut som andelar (0,45 för 45 %)
    [reference-kind-mismatch] en hänvisning anger en post av fel slag
    [unintended-effect-without-indicator] en oavsiktlig effekt saknar resultatindikator
    [unknown-group] en mätnings grupp är inte en som indikatorn delas upp efter
    [unknown-indicator] en rad i en datafil anger en indikator som teorin inte har
    [unknown-lint] `[lints]` anger en regel som inte finns eller inte kan ändras
    [unknown-perspective] en post anger ett perspektiv som `[perspectives]` inte deklarerar
    [unreachable-effect] ingen kedja av mekanismer från någon insats når effekten
    [unresolved-reference] en hänvisning anger ett id som ingen post har
    [unused-context] ingen mekanism beror av förutsättningen
   *[unused-resource] ingen insats använder resursen
}
explain-rules = Regler (standardnivå, sedan namn; error* kan inte ändras):
explain-one = Kör `verkan explain REGEL` för en regels förklaring.
explain-level = Standardnivå: { $level }
explain-level-name = { $level ->
    [fixed] error*
    [error] error
    [warning] warning
   *[allow] allow
}
fmt-not-toml = fel: { $file }: inte formaterad, den är inte giltig TOML ({ $error }); `verkan check { $file }` visar var
fmt-would-reformat = skulle formatera om { $file }
fmt-summary = { $check ->
    [yes] skulle formatera om
   *[no] formaterade om
} { $changed } av { $files ->
    [one] { $files } fil
   *[other] { $files } filer
}{ $broken ->
    [0] {""}
   *[other] ; { $broken } inte TOML
}

## Fel runt en teori: filer, kommandoraden, verktyg

error = fel: { $error }
note = obs: { $note }
with-suggestion = { $message }; { $help }
in-file = { $file }: { $message }
io-error = kan inte { $action ->
    [read] läsa
    [create] skapa
   *[write] skriva
} { $path }: { $error }
output-error = kan inte skriva utdata: { $error }
not-a-regular-file = ersätter inte { $path }: det är ingen vanlig fil
no-theories = inga *.toml-teorifiler under { $paths }
no-theories-to = inga *.toml-teorifiler att { $what ->
    [measure] mäta
    [format] formatera
   *[report] rapportera om
}
no-such-rule = ingen regel heter `{ $name }`
no-such-rule-list = ingen regel heter `{ $name }`; `verkan explain` listar alla
no-such-schema = inget schema heter `{ $name }`; `verkan schema` listar dem
warnings-only-denied = `warnings` kan bara förbjudas (`--deny warnings`)
unknown-lint-fixed-reason = en teori som inte kan läsas kan inte kontrolleras
unknown-extension = kan inte avgöra formatet av `{ $path }`: använd { $extensions }, eller ange --format
binary-needs-output = formatet är binärt: ange en utfil med -o, t.ex. `-o { $example }`
not-a-period = `{ $period }` är ingen period: skriv t.ex. 2011, 2019-12, 2019-H1 eller 2019-T2
html-own-layout = workshopsidan använder den inbyggda layouten i sin egen storlek: utelämna `--engine` och `--page` för HTML
html-needs-page = en workshopsida bär också kontrollens fynd: gör den med `verkan::page::theory`
json-needs-data = layouten som data är versionerad utdata: gör den med `verkan::json::layout::render`
page-not-here = --page passar in den inbyggda layoutens SVG, PNG eller PDF på en sida: utelämna den för andra format och för `--engine graphviz`
page-illegible = på { $page ->
    [a4] A4
    [a3] A3
    [a4-portrait] stående A4
    [a3-portrait] stående A3
   *[screen] en 16:9-skärm
} skulle rutornas text i `{ $theory }` bli { $size }, under det läsbara { $minimum }. { $fits ->
    [no] Inte heller ett enskilt perspektiv får plats: prova `--focus ID`, en `--horizon`, eller en större sida.
   *[other] Vyer som får plats: { $fitting }.
}
pdf-unsupported = den här verkan byggdes utan PDF-stöd (cargo-funktionen `pdf`): bygg om den med standardfunktionerna, eller använd `--engine graphviz`
pdf-failed = kan inte göra PDF:en: { $error }
png-too-large = en PNG på { $width }×{ $height } ({ $megapixels } megapixlar) är över gränsen { $limit } megapixlar: använd SVG, en lägre --scale, eller en vy (--perspective, --horizon, --focus)
picture-too-large = en bild på { $width }×{ $height } är för stor att rita
picture-empty = bilden skulle bli tom i den här skalan
png-encode-failed = kan inte koda PNG: { $error }
svg-unreadable = kan inte läsa SVG:n: { $error }
bad-scale = --scale måste vara över 0 och högst 16, inte { $scale }
focus-measures-nothing = indikatorn `{ $id }` mäter ingen post i teorin, så det finns inget att fokusera på
focus-wrong-kind = `{ $id }` är { $kind }; fokusera på en resurs, insats, mekanism, effekt eller indikator
view-unknown = { $what ->
    [perspective] inget perspektiv
   *[item] ingen post
} heter `{ $name }`
graphviz-missing = Graphviz är inte installerat (ingen `dot` i PATH): installera det, eller utelämna `--engine graphviz` för att använda den inbyggda layouten
graphviz-cannot-run = kan inte köra Graphviz: { $error }
graphviz-timeout = Graphviz tog längre tid än { $limit } s och stoppades: använd den inbyggda layouten (utelämna `--engine graphviz`), eller ge mer tid med VERKAN_GRAPHVIZ_SECONDS
graphviz-failed = Graphviz misslyckades: { $error }
workbook-write-failed = kan inte skriva arbetsboken: { $error }
build-foreign-files = { $folder } innehåller redan filer som verkan inte skrivit: { $files }; välj en annan mapp med -o, eller ersätt dem med --force
build-png-scaled = { $file }: PNG i skala { $used } i stället för { $scale }, för att hålla sig inom pixelbudgeten
build-no-png = { $file }: ingen PNG, { $reason }
lane-advice = { $file }: med perspektiven i ordningen { $order } skulle pilarna korsa varandra { $better ->
    [one] en gång
   *[other] { $better } gånger
} i stället för { $current }; skriv dem i den ordningen under [perspectives] för att använda den

previous-unusable = { $file }: den tidigare ritningen { $previous } kan inte vägleda den här ({ $reason }); ritad på nytt
previous-unreadable = den kan inte läsas: { $error }
previous-not-svg = den är ingen SVG-fil: { $error }
previous-no-items = den är en SVG, men inget diagram som verkan ritat: ingen ruta har data-id
previous-other-theory = den ritar en annan teori: ingen av dess rutor finns i den här
serve-not-a-folder = { $path } är ingen mapp: `verkan serve` visar en mapp med teorier
serve-no-address = servern har ingen IP-adress
serve-port-in-use = port { $port } på { $host } används redan (en annan `verkan serve`?): stoppa den, eller välj en annan port med `--port { $next }` (`--port 0` tar vilken ledig som helst)
serve-cannot-listen = kan inte lyssna på { $host }:{ $port }: { $error }
serve-cannot-watch = kan inte bevaka { $path }: { $error }
new-bad-name = `{ $name }` har inga bokstäver eller siffror att namnge en fil med; prova `verkan new mitt-projekt`
new-exists = { $path } finns redan: `verkan new` ersätter aldrig en fil; välj ett annat namn eller --dir
import-exists = { $path } finns redan: `verkan import` ersätter aldrig en fil; ange en annan med -o
import-not-text = { $file } är ingen text verkan läser (UTF-8, UTF-16 eller Windows-1252); spara logframen som arbetsbok (.xlsx) eller som "CSV UTF-8"
import-not-a-logframe = { $file } är ingen logframe verkan känner igen: { $why ->
    [no-header] ingen rad anger kolumnerna `interventionslogik` och `indikatorer` (eller `intervention logic` och `indicators`)
   *[other] ingen rad under rubrikraden anger en nivå: övergripande mål, projektmål, resultat eller aktiviteter (overall objective, specific objective, results, activities)
}
import-next = nästa steg: `verkan check { $file }` visar vad logframen inte säger: mekanismerna (utkast), och varje mål utan resultatindikator
diff-both = ange antingen OLD NEW, eller en THEORY med --since REV
diff-neither = ange den nya versionen också (`verkan diff OLD NEW`), eller jämför med en git-revision (`verkan diff THEORY --since HEAD`)
diff-bad-revision = `{ $rev }` är ingen revision: ange en commit, gren eller tagg som HEAD~1 eller main
diff-not-a-file = { $path } är ingen fil
diff-no-git = --since behöver git, som inte kunde köras ({ $error }); jämför två filer i stället: `verkan diff OLD NEW`
diff-not-in-git = git har ingen { $path } vid `{ $rev }`: { $error }
warning = varning: { $warning }
mermaid-too-long = Mermaid-källan är { $size } tecken, över Mermaids standardgräns maxTextSize { $limit }: GitHub och de flesta visare visar ett fel i stället för diagrammet; använd en vy (--perspective, --horizon, --focus) eller SVG
mermaid-too-many-links = Mermaid-diagrammet har { $links } länkar, över Mermaids standardgräns maxEdges { $limit }: använd en vy (--perspective, --horizon, --focus) eller SVG
serve-no-ctrl-c = varning: Ctrl-C avslutar servern tvärt: { $error }
serve-no-browser = kunde inte öppna en webbläsare ({ $opener } saknas): öppna { $url } själv
schema-wrote = skrev { $count } scheman till { $folder }
data-row-cells = raden har { $cells ->
    [one] { $cells } cell
   *[other] { $cells } celler
}, rubrikraden { $header }
toml-problem-expected = { $problem }, väntade { $expected }
toml-problem = { $problem ->
    [unclosed-table] tabellrubriken är inte stängd
    [unclosed-array-table] tabellrubriken är inte stängd
    [unclosed-array] listan är inte stängd
    [unclosed-inline-table] tabellen inom klamrar är inte stängd
    [unquoted-string] text måste stå inom citattecken
    [invalid-string] texten är inte korrekt skriven
    [duplicate-key] nyckeln finns redan
    [key-without-value] nyckeln saknar värde
    [missing-value] värde saknas
    [missing-array-comma] komma saknas mellan listans element
    [missing-table-comma] komma saknas mellan nyckel-värde-paren
    [missing-assignment] `=` saknas mellan nyckel och värde
    [unexpected-content] oväntad nyckel eller oväntat värde
    [invalid-key] ogiltig nyckel
   *[invalid-table] ogiltig tabell
}
toml-expected = { $item ->
    [literal-string] text inom citattecken
    [basic-string] text inom citattecken
    [newline] en ny rad
   *[end-of-input] filens slut
}

# verkan diff: vilken sorts ändring, av vad, och hur många.
diff-kind = { $kind ->
    [added] tillagd
    [removed] borttagen
    [moved] flyttad
    [reworded] omformulerad
   *[changed] ändrad
}
diff-entry = { $entry ->
    [theory] teorin
    [perspective] perspektiv
    [target-group] målgrupp
    [resource] resurs
    [activity] insats
    [output] prestation
    [effect] effekt
    [mechanism] mekanism
    [context] förutsättning
    [indicator] indikator
    [measurement] mätning
    [lint] regelnivå
   *[other] { $entry }
}
diff-summary = { $count ->
    [0] inga ändringar i teorins innehåll
    [one] 1 ändring
   *[other] { $count } ändringar
}
diff-table-header = | Ändring | Vad | Fält | Före | Efter |

# verkan build: index.md i utdatamappen.
index-title = Förändringsteorier
index-built-from = Byggd av `verkan build` från `{ $input }`.
index-columns = | teori | fil | diagram | styrkort | kontroll |
index-page = sida
index-check = { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}
index-word = Översikten som Word-dokument: [{ $name }]({ $name }).
index-workbook = Alla styrkort i en arbetsbok: [{ $name }]({ $name }).

# Orden i diagram och rapporter, på teorins språk (words.rs läser dem en gång per språk).
word-resources = Resurser
word-activities = Insatser
word-outputs = Prestationer
word-short = Effekter på kort sikt
word-medium = Effekter på mellanlång sikt
word-long = Effekter på lång sikt
word-mechanisms = Förändringsmekanismer
word-other-lane = Övrigt
word-outcome = resultatindikator
word-output = utfallsindikator
word-draft = utkast
word-target-group = Målgrupp
word-primary-group = Primär målgrupp
word-final-group = Slutmålgrupp
word-effect = Effekt
word-indicator = Indikator
word-target = Mål
word-latest = Senaste värde
word-values = Värden
word-horizon-heading = Tidshorisont
word-perspective = Perspektiv
word-effect-status = Effektens status
word-status = Status
word-groups = Per grupp
word-attainment = Måluppfyllelse
word-effects = Effekter
word-activity = insats
word-output-item = prestation
word-as-of = per
word-days = dagar
word-increase = ökning
word-decrease = minskning
word-by = senast
word-not-reached = ⚠ nås inte från någon insats
word-unintended = Oavsiktlig effekt:
word-unintended-effects = Oavsiktliga effekter
word-enabling = främjande förutsättning
word-hindering = hindrande förutsättning
word-assessed = bedömning
word-derived = beräknat
word-badge-key = Märket i en effekts ruta: status, ● antal resultatindikatorer, ○ antal utfallsindikatorer.
word-contexts-key = Under en mekanism: förutsättningar den beror av, ↑ främjande, ↓ hindrande.
word-draft-box-key = En prickad ram: ett utkast, härlett av teorins författare och inte uttryckt i källorna.
word-inferred-link-key = En streckad pil: en länk som teorins författare har härlett och som källorna inte anger; skälet står under mekanismen (⇢).
word-inferred-link = Härledd länk
word-finding-supported = stöds av utvärderingen
word-finding-partly-supported = stöds delvis
word-finding-not-supported = stöds inte
word-finding-not-assessed = ej bedömd
word-against-approximate = mot ett ungefärligt mål
word-finding-not-implemented = ej genomförd: aldrig prövad
word-unjudged-rise-without-baseline = ökning utan utgångsvärde
word-unjudged-fall-without-baseline = minskning utan utgångsvärde
word-unjudged-without-verdict = resultat i ord utan bedömning
word-from-groups = enligt grupperna: { $counts } av { $groups }

# Workshopsidans ord (render --format html, serve): kontroller, rubriker, vad skriptet säger.
page-skip = Hoppa till textversionen
page-search = Sök i texterna
page-filters = Filter
page-perspective = Perspektiv
page-horizon = Tidshorisont
page-status = Status
page-steps = Steg i vägen
page-show-path = Visa vägen
page-show-all = Visa allt
page-projector = Projektorläge
page-lane = Rad
page-all-lanes = Alla rader
page-close = Stäng
page-diagram = Diagram
page-text-version = Textversion
page-scorecard = Måluppfyllelse
page-check = Kontroll
page-no-findings = Kontrollen fann inget att anmärka på.
page-errors-title = Filen har fel; diagrammet visar den senaste felfria versionen
page-show-in-diagram = Visa i diagrammet
page-leads-here = Leder hit
page-leads-on = Leder vidare
page-indicators = Indikatorer
page-none = inga
page-kind = Slag
page-baseline = Utgångsvärde
page-period = Period
page-group = Grupp
page-value = Värde
page-measurements = Mätningar
page-evidence = Belägg
page-verdict = Utvärderingens bedömning
page-contexts = Förutsättningar
page-from = Från
page-to = Till
page-mechanism = Mekanism
page-matches = träffar
page-one-match = träff
page-no-matches = inga träffar
page-keys = Tangenter: ← → stegar genom mekanismerna, Esc visar allt.
page-over-time = Över tid
page-overview = Förändringsteorier
page-theory = Teori
page-coverage = Täckning
page-with-outcome-indicator = Med resultatindikator
page-measured = Mätta
page-page = Sida
page-error = fel
page-warning = varning
page-warnings = varningar
page-errors = fel
page-all-theories = Alla teorier
page-word-document = Översikten som Word-dokument
page-workbook = Alla måluppfyllelsetabeller i en Excel-fil
page-resource = Resurs
page-activity = Insats
page-output = Prestation
page-effect = Effekt
page-chart = Värden över perioderna mot målet
page-reconnecting = Förbindelsen med verkan serve bröts; försöker igen …

# verkan edit och redigeringsmotorn: vad en ändring gjorde, och varför en vägrades.
edit-refused-op = operation { $op }: { $reason }
edit-not-json = ändringen är inte JSON i formatet edit.v1 (rad { $line }, kolumn { $column }): { $error }
edit-version = ändringen är version { $version }; den här verkan läser version { $supported }
edit-stale = det ändringen rör har ändrats sedan versionen den gjordes mot; läs in teorin igen och gör om ändringen
edit-unreadable = teorifilen är inte TOML; rätta den först (`verkan check` visar var)
edit-breaks = ändringen skulle göra teorin trasig: { $first }{ $more ->
    [0] {""}
    [one] {" "}(och 1 problem till)
   *[other] {" "}(och { $more } problem till)
}
edit-bad-id = `{ $id }` kan inte vara ett id: använd bokstäverna a–z, siffror, `-` och `_`
edit-unknown-id = teorin har inget `{ $id }`
edit-id-in-use = id:t `{ $id }` används redan
edit-added = lade till `{ $id }` i [{ $kind }]
edit-added-measurement = lade till en mätning i `{ $id }`
edit-removed-measurement = tog bort mätning { $at } av `{ $id }`
edit-no-measurement = `{ $id }` har ingen mätning { $at }: den har { $count ->
    [0] ingen
    [one] en, nummer 0
   *[other] { $count }
}, räknat från 0 i filens ordning
edit-perspective-label = ett perspektiv behöver en `label`: dess namn, som text
edit-perspective-field = ett perspektiv har bara en `label`, inte `{ $field }`
edit-unknown-indicator = teorin har ingen indikator `{ $id }`
edit-measurements-shape = mätningarna i `{ $id }` är varken en lista eller tabeller; rätta dem i filen först
edit-set = satte `{ $field }` i `{ $id }`
edit-unset = tog bort `{ $field }` ur `{ $id }`
edit-no-field = `{ $id }` har ingen `{ $field }` att ta bort
edit-null-inside = `null` kan bara ta bort en hel nyckel; TOML har inget null inuti ett värde
edit-renamed = döpte om `{ $id }` till `{ $to }` ({ $references ->
    [0] inga hänvisningar
    [one] 1 hänvisning
   *[other] { $references } hänvisningar
})
edit-renamed-rows = döpte om den i { $file } ({ $rows ->
    [one] 1 rad
   *[other] { $rows } rader
})
edit-rename-workbook = { $file } är en arbetsbok och nämner fortfarande `{ $id }`: döp om den till `{ $to }` där
edit-data-unreadable = kan inte läsa datafilen { $file }: { $error }
edit-removed = tog bort `{ $id }` ({ $references ->
    [0] inga hänvisningar
    [one] 1 hänvisning
   *[other] { $references } hänvisningar
})
edit-remove-measured = `{ $id }` är det indikatorn `{ $indicator }` mäter; ta bort indikatorn eller låt den mäta något annat först
edit-mechanism-one-sided = mekanismen `{ $mechanism }` har inget kvar i `{ $key }`
drawn-with-errors = { $file } ritas med felen markerade på sina rutor; `verkan check` och `verkan build` misslyckas tills de är rättade
page-zoom = Zoom
page-zoom-in = Zooma in (+, eller Ctrl och mushjulet)
page-zoom-out = Zooma ut (−)
page-zoom-fit = Anpassa till bredden
page-edit-text = Redigera texten
page-remove = Ta bort
page-save = Spara
page-cancel = Avbryt
page-confirm-remove = Ta bort rutan, och varje pil till och från den?
page-not-saved = Inte sparat:
page-your-name = Ditt namn, som visas med dina ändringar för de andra i rummet:
serve-no-random = kan inte göra en hemlighet för sidorna: { $error }
page-new-box = Ny ruta under
page-leads-to = Leder till …
page-pick-target = Välj rutan den leder till (Esc avbryter)
page-new-text = Ny text
page-new-mechanism-text = Varför leder det ena till det andra?
page-also-from = Även från …
page-also-to = Leder även till …
page-pick-source = Välj rutan den också utgår från (Esc avbryter)
page-details = Belägg, bedömning och förutsättningar
page-evidence-hint = Belägg, en källa per rad
page-verdict-note = Utvärderingens ord
page-no-verdict = inte bedömd ännu
page-finding-supported = stöds av utvärderingen
page-finding-partly-supported = stöds delvis
page-finding-not-supported = stöds inte
page-finding-not-assessed = inte bedömd
page-finding-not-implemented = ej genomförd: aldrig prövad
page-verdict-needs-status = Välj bedömningen som orden hör till.
page-new-measurement = Ny mätning
page-indicator = Indikator
page-source = Källa
page-note = Anmärkning
page-assessment = Bedömning
page-no-assessment = ingen, värdet säger det
page-assessment-met = uppnått
page-assessment-partly-met = delvis uppnått
page-assessment-not-met = ej uppnått
page-measurement-needs-value = Ange perioden och ett värde eller en bedömning.
page-unit-percent = procent
page-unit-count = antal
page-unit-ratio = andel (0 till 1)
page-unit-scale = skala
page-unit-qualitative = i ord, bedöms
page-unit-days = dagar
page-unit-currency = kronor
page-direction-at-least = minst
page-direction-at-most = högst
page-direction-increase = en ökning
page-direction-decrease = en minskning
edit-changed-by = ändrat av { $names }
edit-by-editor = en textredigerare
page-present = Presentera
serve-join = rummets datorer ansluter på { $url } (eller skannar koden; den finns också på översikten)
page-join = Anslut från din egen dator: skanna koden, eller öppna adressen
page-new-indicator = Ny resultatindikator
page-what-is-measured = Vad som mäts
page-unit = Enhet
page-target = Mål
page-draft-mark = Utkast: ännu inte formulerad av programmet

# What `verkan serve` answers a browser or a page, in its language.
serve-api-too-large = En ändring får vara högst 1 MiB.
serve-api-presence-not-own = Bara den här serverns egna sidor kan säga vem som redigerar vad.
serve-api-no-name = Ett namn behövs.
serve-api-no-theory = Det finns ingen sådan teorifil.
serve-api-only-post = Bara POST.
serve-api-edit-is-post = En ändring skickas med POST.
serve-api-read-with-get = En teori läses med GET.
serve-api-not-own = En ändring måste komma från den här serverns egen sida: dess nyckel och ursprung.
serve-api-edit-not-utf8 = Ändringen är inte UTF-8-text.
serve-api-unreadable = Teorifilen går inte att läsa.
serve-api-theory-not-utf8 = Teorifilen är inte UTF-8-text.
serve-http-foreign-host = Den här servern svarar bara på sin egen adress.
serve-http-joined = Ansluten.
serve-http-needs-secret = Den här workshopservern delas med en hemlighet: öppna dess anslutningsadress.
serve-http-not-found = Finns inte.
serve-http-get-only = Bara ändrings-API:t tar emot annat än GET.

## verkan report --format docx

docx-diagram = Förändringsteorin
docx-figure-alt = Förändringsteorin för { $name }: { $activities } insatser leder genom { $mechanisms } numrerade förändringsmekanismer till { $effects } effekter på kort, mellanlång och lång sikt. Mekanismerna, med vad utvärderingen fann, och effekternas måluppfyllelse står som text nedan.
docx-figure-caption = Figur 1. Förändringsteorin för { $name }, med mekanismerna numrerade som nedan.
docx-steps = Insatser och prestationer
docx-about = { $field ->
    [period] Period
    [owner] Projektägare
    [partners] Samverkansparter
    [funder] Finansiär
    [purpose] Syfte
   *[sources] Källor
}
docx-reconstructed = Härlett av teorins författare
docx-reconstructed-intro = De här delarna av teorin anges inte av källorna: teorins författare har härlett dem, och diagrammet ritar dem prickade eller streckade. De är frågor till programmet, inte resultat.
docx-kind = { $kind ->
    [target-group] Målgrupp
    [resource] Resurs
    [activity] Insats
    [output] Prestation
    [mechanism] Mekanism
    [effect] Effekt
    [context] Förutsättning
   *[indicator] Indikator
}
docx-unsupported = den här verkan byggdes utan stöd för Word (cargo-funktionen `docx`)
docx-write-failed = kan inte skriva Word-dokumentet: { $error }
iati-one-theory = `--format iati` rapporterar en teori: en IATI-aktivitet är ett program, så ange en fil

## verkan report --format iati

iati-needs-identifier = lägg till `iati_identifier = "…"` under [theory]: den rapporterande organisationens IATI-id, ett bindestreck och aktivitetens eget (`SE-KOM-2120001234-spira`)
iati-needs-reporting-org = lägg till `reporting_org = {"{"} ref = "…", type = "…", name = "…" {"}"}` under [theory]: utgivarens IATI-id och organisationstyp ("15" annan offentlig sektor, "11" kommun eller region)
iati-needs-period = lägg till `period = "2019-01/2021-12"` under [theory], eller en mätning: IATI behöver aktivitetens datum
iati-cannot = kan inte skriva IATI-resultat för { $theory }:
progress-building = Bygger
progress-importing = Importerar
progress-reading = Läser teorier
pdf-figure-alt = Förändringsteorin för { $name }: { $activities } insatser leder genom { $mechanisms } numrerade förändringsmekanismer till { $effects } effekter på kort, mellanlång och lång sikt. Mekanismerna:
overview-thumbnail = Förändringsteorin för { $name }: sidan visar den i sin helhet

with-text-pdf-only = --with-text lägger teorin i ord efter bilden i en PDF: använd det med `--format pdf` (eller `-o x.pdf`) och den inbyggda layouten
pdf-overview = Hela teorin. Sidorna { $first }–{ $last } visar varje perspektiv i läsbar storlek; mekanismerna är numrerade som här och beskrivs från sidan { $legend }.
pdf-part-alt = Den del av diagrammet som gäller { $part }, med de numrerade mekanismerna mellan rutorna.
pdf-text-version = { $name } i ord

## verkan lsp

lsp-kind = { $kind ->
    [target-group] Målgrupp
    [resource] Resurs
    [activity] Insats
    [output] Prestation
    [mechanism] Mekanism
    [effect] Effekt
    [context] Förutsättning
    [perspective] Perspektiv
   *[indicator] Indikator
}
lsp-draft = utkast
lsp-inferred = härledd: { $reason }
lsp-led-to-by = Leds hit av
lsp-leads-on = Leder vidare till
lsp-from = Från
lsp-to = Till
lsp-contexts = Beror av
lsp-finding = Utvärderingens fynd
lsp-evidence = Stöd
lsp-measures = Mäter
lsp-indicators = Indikatorer
lsp-no-outcome-indicator = ingen resultatindikator än
lsp-in-lane = { $count ->
    [one] 1 del i det här perspektivet
   *[other] { $count } delar i det här perspektivet
}
lsp-lens = { $indicators ->
    [0] inga indikatorer
    [one] 1 indikator
   *[other] { $indicators } indikatorer
}, { $measured } mätta, { $status }
lsp-change-to = Ändra till `{ $with }`
lsp-add-indicator = Lägg till en utkastresultatindikator för `{ $effect }`
lsp-add-mechanism = Lägg till en utkastmekanism som leder till `{ $effect }`
lsp-mark-draft = Markera `{ $id }` som utkast
lsp-indicator-text = Att bestämma: vad som visar att ”{ $effect }” har skett
lsp-mechanism-text = Att bestämma: varför något leder till ”{ $effect }”
lsp-snippet-effect = En ny effekt
lsp-snippet-mechanism = En ny mekanism, från och till
lsp-snippet-indicator = En ny resultatindikator med mål
lsp-section = Avsnitt
lsp-rule = Regeln `{ $rule }`
lsp-no-id = Här finns inget id att byta namn på: ställ markören på ett id, i tabellens rubrik eller där det nämns.
lsp-stopped = verkan lsp avslutades: { $reason }
