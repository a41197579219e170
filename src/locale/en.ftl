# verkan's messages in English. Every message here has its twin in sv.ftl, with the same
# variables (tests/suite/locale.rs). Ids: the rule's name, then what the message is.
# Code in `backticks` is what the user writes in a theory file.

## Diagnostics, shared

help = help: { $help }
or = { $first } or { $last }
did-you-mean = did you mean `{ $name }`?

## Kinds of item: one named (`kind`), one of them (`kind-a`), several (`kind-plural`).

kind = { $kind ->
    [target-group] target group
    [resource] resource
    [activity] activity
    [output] output
    [mechanism] mechanism
    [effect] effect
    [context] context
   *[indicator] indicator
}
kind-a = { $kind ->
    [target-group] a target group
    [resource] a resource
    [activity] an activity
    [output] an output
    [mechanism] a mechanism
    [effect] an effect
    [context] a context
   *[indicator] an indicator
}
kind-plural = { $kind ->
    [target-group] target groups
    [resource] resources
    [activity] activities
    [output] outputs
    [mechanism] mechanisms
    [effect] effects
    [context] contexts
   *[indicator] indicators
}

## backwards-in-time

backwards-in-time = mechanism `{ $mechanism }` leads from { $from } back to { $to }
backwards-in-time-when = { $when ->
    [short] a short-term effect
    [medium] a medium-term effect
    [long] a long-term effect
    [output] an output
   *[activity] an activity
}
backwards-in-time-label = { $when } `{ $id }`
backwards-in-time-help = check the horizons of both effects, or reverse the mechanism
backwards-in-time-activity = mechanism `{ $mechanism }` leads to activity `{ $activity }`
backwards-in-time-activity-label = an activity, not an effect
backwards-in-time-activity-help = a mechanism leads to effects; put the activity in `from` or name the effect it brings about

## draft-indicator, draft-mechanism

draft-indicator = indicator `{ $indicator }` is a draft
draft-indicator-label = not named by the programme's documents
draft-indicator-help = agree it with the steering group, then remove `draft = true`
draft-mechanism = mechanism `{ $mechanism }` is a draft
draft-mechanism-label = not stated by the programme's documents
draft-mechanism-help = confirm the assumption with the programme, then remove `draft = true`
draft-item = { $kind } `{ $item }` is a draft
draft-item-label = inferred, not stated by the sources
draft-item-help = check it against the sources or with the programme, then remove `draft = true`
draft-inferred-label = inferred: { $reason }
draft-inferred-help = check it against the sources or with the programme, then remove `inferred`
inferred-link-from = the link from `{ $from }` into mechanism `{ $mechanism }` is inferred
inferred-link-to = the link from mechanism `{ $mechanism }` to `{ $to }` is inferred
inferred-link-output = the link from `{ $from }` to output `{ $output }` is inferred
inferred-link-label = inferred: { $reason }
inferred-link-help = check the link against the sources or with the programme, then remove it from `inferred_links`
inferred-link-where = the link
inferred-link-stray = `{ $name }` in `inferred_links` is not a link of { $kind } `{ $owner }`
inferred-link-stray-label = not in this table's { $fields }
inferred-link-stray-help = write an id from { $fields }, or remove the entry
mechanism-never-tried = mechanism `{ $mechanism }` was never tried: what was to set it off did not happen as planned
mechanism-never-tried-label = `not_implemented`: an implementation failure, not a failure of the theory
mechanism-never-tried-effect = effect `{ $effect }` is not met, but this mechanism leading to it was never tried: the status says nothing yet about the assumption
mechanism-never-tried-help = carry out what the mechanism starts from, then judge the assumption; if it was tried and did not hold, its status is `not_supported`

## duplicate-id, duplicate-measurement, duplicate-text

first-declared-here = first declared here
duplicate-id = id `{ $id }` is already used by { $first }
duplicate-id-label = this { $kind ->
    [target-group] target group
   *[other] { $kind }
} reuses the id
duplicate-id-help = give each item its own id; references would otherwise be ambiguous
duplicate-measurement = `{ $indicator }` has two values for { $period }
duplicate-measurement-group = `{ $indicator }` has two values for { $period }, group `{ $group }`
duplicate-measurement-label = second value
duplicate-measurement-first = first value
duplicate-measurement-help = keep the value the source gives and delete the other
duplicate-text = { $kind } `{ $id }` has the same text as `{ $first }`
duplicate-text-label = same text
duplicate-text-first = first written here
duplicate-text-help = merge the two items, or word each so it says what distinguishes it

## effect-leads-nowhere, effect-without-mechanism, effect-without-outcome-indicator

effect-leads-nowhere = effect `{ $effect }` leads to no { $horizon ->
    [short] medium- or long-term
   *[medium] long-term
} effect
effect-leads-nowhere-label = no mechanism carries this effect further
effect-leads-nowhere-help = add a mechanism with `from = ["{ $effect }"]` to the later effect it contributes to
effect-without-mechanism = no mechanism leads to effect `{ $effect }`
effect-without-mechanism-label = nothing explains how this effect comes about
effect-without-mechanism-help = add a `[mechanisms.ID]` with `to = ["{ $effect }"]` saying why an activity leads to this effect
effect-without-outcome-indicator = effect `{ $effect }` has no outcome indicator
effect-without-outcome-indicator-label = nothing measures whether this change happens
effect-without-outcome-indicator-outputs = effect `{ $effect }` has only output indicators ({ $indicators })
effect-without-outcome-indicator-outputs-label = measured only by whether steps were done
effect-without-outcome-indicator-note = output indicators (utfallsindikatorer) confirm that a step was done; only an outcome indicator (resultatindikator) shows whether the intended change happened
effect-without-outcome-indicator-output = an output indicator
effect-without-outcome-indicator-help = add an `[indicators.ID]` with `measures = "{ $effect }"` and `kind = "outcome"` (mark it `draft = true` if the report names none)

## empty-text

empty-text = { $kind } `{ $id }` has an empty `text`
empty-text-label = empty
empty-text-help = write what the item is, in the programme's own words
empty-text-name = the theory has an empty `name`
empty-text-name-help = name the programme, e.g. `name = "Spira"`

## feedback-loop

feedback-loop = mechanisms form a loop: { $steps }
feedback-loop-label = the loop starts and ends here
feedback-loop-part = part of the loop
feedback-loop-help = if the loop is intended, set `feedback-loop = "allow"` under `[lints]`; otherwise correct the `from`/`to` that closes it

## incomplete-mechanism

incomplete-mechanism-from = mechanism `{ $mechanism }` starts from nothing
incomplete-mechanism-from-label = empty `from`
incomplete-mechanism-from-help = list the activities or earlier effects that set the mechanism off
incomplete-mechanism-to = mechanism `{ $mechanism }` leads to nothing
incomplete-mechanism-to-label = empty `to`
incomplete-mechanism-to-help = list the effects the mechanism is assumed to bring about

## indicator-without-source, indicator-without-target

indicator-without-source = indicator `{ $indicator }` names no data source
indicator-without-source-label = no `source`
indicator-without-source-help = add e.g. `source = "Projektets slutrapport"`
indicator-without-target = indicator `{ $indicator }` has no target
indicator-without-target-label = no `target`
indicator-without-target-help = add e.g. `target = { "{" } value = 70, direction = "at_least" { "}" }`

## invalid-measurement

invalid-measurement = a measurement of `{ $indicator }` for { $period } { $problem }
invalid-measurement-label = this measurement
invalid-measurement-problem = { $problem ->
    [assessment] is an assessment without its source and quote
    [derived] is derived but does not say how
    [level] is `{ $level }`, which is not one of the indicator's levels
    [words] is words, but the indicator counts numbers
    [number] is a number, but the indicator is qualitative
    [no-value] has no value
    [no-denominator] has a numerator but no denominator
    [no-numerator] has a denominator but no numerator
    [zero] has a denominator of zero
    [counts] counts { $numerator } of { $denominator }
   *[disagree] gives value { $value } but its counts make { $computed }
}
invalid-measurement-help = { $problem ->
    [assessment] a verdict needs `source` (the report) and `note` (its words), so the reader can check it
    [derived] add a `note` with the arithmetic, e.g. "27 + 24 + 10 + 19 = 80 of 98 who started"
    [level] use one of the words in `levels`, spelt as there
    [words] write a number, or give the indicator `unit = "qualitative"` and judge the finding with `assessment`
    [number] write the finding in words as `value = "…"`, with an `assessment`
    [no-value] give `value`, `numerator` and `denominator`, or the evaluation's `assessment`
    [no-denominator] add the `denominator` the share is of
    [no-numerator] add the `numerator`, the count that met the criterion
    [zero] a share of nothing cannot be computed; check the count
    [counts] the numerator is part of the denominator: check both counts
   *[disagree] keep either the value or the counts, or correct them
}

## invalid-period

invalid-period = `{ $period }` is not a period (indicator `{ $indicator }`)
invalid-period-label = cannot be read as a period
invalid-period-help = write a year (2011), month (2019-12), quarter (2019-Q3), half-year (2019-H1), tertial (2019-T2) or a range `A/B`

## invalid-target

invalid-target = { $problem ->
    [level-not-ordinal] the target of `{ $indicator }` names a level, but `{ $indicator }` is not ordinal
    [unknown-level] `{ $level }` is not one of the levels of `{ $indicator }`
    [no-value] the target of `{ $indicator }` has a direction but no value
    [percent] the target of `{ $indicator }` is { $value } %
    [no-max] the range target of `{ $indicator }` has no `max`
    [range-down] the range target of `{ $indicator }` runs from { $low } down to { $high }
    [scale-without-range] `{ $indicator }` is a scale without a `range`
    [scale-down] the scale of `{ $indicator }` runs from { $low } to { $high }
    [range-not-scale] `{ $indicator }` has a `range` but is not a scale
    [ordinal-without-levels] `{ $indicator }` is ordinal without `levels`
   *[levels-not-ordinal] `{ $indicator }` has `levels` but is not ordinal
}
invalid-target-label = here
invalid-target-help = { $problem ->
    [level-not-ordinal] use `value`, or set `unit = "ordinal"` with `levels`
    [unknown-level] name one of the words in `levels`, spelt as there
    [no-value] add the value to reach, e.g. `value = 70`
    [percent] a percentage target lies between 0 and 100
    [no-max] add `max`, the top of the range
    [range-down] `value` is the bottom of the range and `max` the top
    [scale-without-range] add e.g. `range = [1, 5]`
    [scale-down] write `range = [min, max]` with min below max
    [range-not-scale] remove `range`, or set `unit = "scale"`
    [ordinal-without-levels] name its levels, lowest first: `levels = ["låg", "medel", "hög"]`
   *[levels-not-ordinal] remove `levels`, or set `unit = "ordinal"`
}

## measurement-out-of-range

measurement-out-of-range = `{ $indicator }` measured { $value } for { $period }, but { $why }
measurement-out-of-range-why = { $why ->
    [percent] a percentage is between 0 and 100
    [ratio] a ratio is between 0 and 1
    [scale] the scale runs from { $low } to { $high }
    [levels] the levels are numbered 1 to { $levels }
   *[negative] it cannot be negative
}
measurement-out-of-range-label = out of range
measurement-out-of-range-help = correct the value, or the indicator's `unit` if it counts something else

## orphan-activity, output-leads-nowhere, output-without-activity

orphan-activity = activity `{ $activity }` leads to no effect
orphan-activity-label = no mechanism starts from this activity
orphan-activity-help = add `"{ $activity }"` to the `from` of the mechanism this activity sets off
output-leads-nowhere = output `{ $output }` leads to no effect
output-leads-nowhere-label = no mechanism starts from this output
output-leads-nowhere-help = add `"{ $output }"` to the `from` of the mechanism it sets off
output-without-activity = output `{ $output }` names no activity that produces it
output-without-activity-label = nothing produces this output
output-without-activity-help = add `from = ["ACTIVITY"]` naming the activities that deliver it

## percent-as-fraction

percent-as-fraction = every value of percent indicator `{ $indicator }` lies between 0 and 1: { $value } is { $value } %, not { $percent } %
percent-as-fraction-label = a fraction, read as a percentage
percent-as-fraction-help = write percentages (45 for 45 %); a spreadsheet cell formatted as a percentage holds 0.45. Or set `unit = "ratio"`

## reference-kind-mismatch

declared-here = declared here
reference-kind-mismatch = `{ $name }` is { $kind }, but `{ $field }` takes { $wanted }
reference-kind-mismatch-label = { $kind } here
reference-kind-mismatch-help = name { $wanted } in `{ $field }`

listed = { $more ->
    [0] { $names }
   *[other] { $names }, and { $more } more
}

## unintended-effect-without-indicator

unintended-effect-without-indicator = unintended effect `{ $effect }` has no outcome indicator
unintended-effect-without-indicator-label = nothing would show whether this happens
unintended-effect-without-indicator-help = add an `[indicators.ID]` with `measures = "{ $effect }"` and `kind = "outcome"`

## unknown-group, unknown-indicator, unknown-lint, unknown-perspective

unknown-group = `{ $group }` is not a group of indicator `{ $indicator }`
unknown-group-label = unknown group
unknown-group-help-declare = declare the groups first, e.g. `disaggregation = { "{" } remittent = ["FK", "IoF", "AF"] { "}" }`
unknown-group-help = use one of the indicator's `disaggregation` values, or `dimension=value`
unknown-indicator = `{ $indicator }` is not an indicator of this theory
unknown-indicator-label = this row
unknown-indicator-help = use the id of one of the theory's `[indicators.ID]`
unknown-lint = `{ $rule }` is not a rule
unknown-lint-label = not a configurable rule
unknown-lint-help = `verkan explain` lists every rule
unknown-lint-fixed = the level of `{ $rule }` cannot be changed
unknown-lint-fixed-help = remove this line; a theory that cannot be read cannot be checked
unknown-perspective = perspective `{ $perspective }` is not declared
unknown-perspective-label = not a key of `[perspectives]`
unknown-perspective-help-declare = declare it: `[perspectives]` then `{ $perspective } = "Label shown in the diagram"`
unknown-perspective-help = use one of { $perspectives } or declare it in `[perspectives]`

## unreachable-effect, unresolved-reference

unreachable-effect = no activity leads, through mechanisms, to effect `{ $effect }`
unreachable-effect-label = reached only from effects no activity reaches
unreachable-effect-help = add a mechanism from an activity to the first effect of this chain
unresolved-reference = `{ $name }` in `{ $field }` is not the id of { $wanted }
unresolved-reference-label = no item has this id
unresolved-reference-help = declare it as `[{ $section }.{ $name }]` or correct the id

## unused-context, unused-resource

unused = unused
unused-context = no mechanism depends on context `{ $context }`
unused-context-help = add `"{ $context }"` to the `contexts` of the mechanisms it conditions
unused-resource = no activity uses resource `{ $resource }`
unused-resource-help = add `"{ $resource }"` to the `uses` of the activities that rely on it

## syntax-error, schema-error: the file's shape

in-table = { $message } in `{ $table }`
syntax-error-label = TOML cannot be read here
syntax-error-help = fix the TOML syntax here; strings need quotes and tables `[section.id]` need closing brackets
unknown-section = unknown section `[{ $section }]`
unknown-section-label = not a section of the theory format
unknown-key = unknown key `{ $key }` in `{ $table }`
unknown-key-label = unknown key
unknown-word = `{ $value }` is not a value `{ $key }` takes in `{ $table }`
unknown-word-label = not one of the allowed values
swedish-word = did you mean `{ $word }`? The format's words are English: `{ $value }` is `{ $word }`
missing-key = missing key `{ $key }` in `{ $table }`
missing-key-label = a required key is missing in this table
missing-key-help = { $what } needs `{ $key }`; `verkan explain schema-error` shows the format
not-a-table = `{ $table }` must be a table ({ $what }), not a single value
not-a-table-label = not a table
missing-section = the file has no `[{ $section }]` table
missing-section-label = the theory starts here
missing-section-help = start the file with `[{ $section }]` and `name = "…"`
nothing-expected = remove the { $what } `{ $name }`: nothing is expected here
use-one-of = use one of: { $names }
wrong-type-label = wrong type of value
wrong-type = expected { $expected ->
    [text] text in double quotes
    [list] a list in brackets
    [boolean] `true` or `false`
    [number] a number
    [finite] a finite number
    [table] a table
    [number-or-text] a number, or text
   *[other] { $expected_words }
}, found { $found ->
    [not-finite] `{ $value }`
    [list] a list
    [table] a table
    [text] text ({ $value })
    [whole] a whole number ({ $value })
    [number] a number ({ $value })
    [boolean] `{ $value }`
   *[other] { $value }
}
type-help = { $expected ->
    [list] write a list of ids in brackets, e.g. `["forrehab"]`
    [text] write the value as text in double quotes
    [boolean] write `true` or `false`
    [finite] write a number such as `80`: `nan` and `inf` cannot be measured
    [number] write a number without quotes, e.g. `70`
   *[table] write a table: `[section.id]` with keys below it, or `{ "{" } key = value { "}" }`
}
shape = { $shape ->
    [theory] the theory
    [target-group] a target group
    [resource] a resource
    [activity] an activity
    [output] an output
    [effect] an effect
    [mechanism] a mechanism
    [finding] a finding
    [context] a context
    [indicator] an indicator
    [target] a target
    [baseline] a baseline
   *[measurement] a measurement
}

## data-file-error

data-named-here = named here
data-here = here
data-unreadable = cannot read data file `{ $file }`: { $error }
data-unreadable-help = data files are found relative to the theory file; check the path
data-not-utf8 = data file `{ $file }` is not text verkan reads: { $why ->
    [utf16-without-mark] it looks like UTF-16 without the byte-order mark that says which
   *[other] it is neither UTF-8, UTF-16 (with a byte-order mark) nor Windows-1252
}
data-not-utf8-help = save the spreadsheet as "CSV UTF-8", or name the .xlsx workbook itself
data-read-as-windows-1252 = data file `{ $file }` is not UTF-8 and was read as Windows-1252, as older Excel saves "CSV (semicolon delimited)"
data-read-as-windows-1252-help = if its letters look wrong, save it as "CSV UTF-8" instead
data-outside = data file `{ $file }` is outside the theory's folder
data-outside-help = move it next to the theory (e.g. into `data/`), or let verkan read it with `--allow-data-outside`
data-not-a-file = data file `{ $file }` is not a regular file
data-not-a-file-help = name a CSV file; devices, pipes and folders cannot be read as data
data-too-large = data file `{ $file }` is { $size } MiB, above the limit of { $limit } MiB
data-too-large-help = split the file, or raise the limit with `--max-data-size MIB`
data-header-unreadable = cannot read the header row: { $error }
data-header-unreadable-help = the first row names the columns
data-column-twice = the column `{ $column }` appears twice
data-column-twice-help = keep one column of each name
data-unknown-column = unknown column `{ $column }`
data-columns = the columns are: { $columns }
data-header-read-as = the header row was read as { $count ->
    [one] { $count } column
   *[other] { $count } columns
} separated by { $separator ->
    [semicolon] semicolons
    [tab] tabs
   *[comma] commas
}: { $columns }
data-required-columns = a measurement file needs the columns `indicator` and `period`
workbook-header-below = the table in the sheet `{ $sheet }` starts at row { $row }: the rows above it (a title) were not read
workbook-header-below-help = the header row is the first that names the columns `indicator` and `period`
workbook-hidden-rows = { $count ->
    [one] row { $rows } of the sheet `{ $sheet }` is hidden and was not read
   *[other] rows { $rows } of the sheet `{ $sheet }` are hidden and were not read
}
workbook-hidden-columns = { $count ->
    [one] column { $columns } of the sheet `{ $sheet }` is hidden and was not read
   *[other] columns { $columns } of the sheet `{ $sheet }` are hidden and were not read
}
workbook-hidden-help = show them in Excel if they count, or read them as they are with `--include-hidden`
workbook-percent-read = { $count ->
    [one] the cell { $cells } of the sheet `{ $sheet }` is formatted as a percentage and was read as one (0.49 shown as 49 % is 49)
   *[other] { $count } cells of the sheet `{ $sheet }` ({ $cells }) are formatted as percentages and were read as such (0.49 shown as 49 % is 49)
}
workbook-percent-read-help = a percentage is the value of a percent indicator as shown; in any other column it is refused
data-cell-no-result = the cell { $cell } (column `{ $column }`) holds a formula that was never calculated: the file has no value for it
data-cell-no-result-help = open the workbook in Excel or LibreOffice and save it, so each formula's result is stored; or write the value instead of the formula
data-cell-error = the cell { $cell } (column `{ $column }`) shows Excel's error { $error }, not a value
data-cell-error-help = correct the formula in the workbook, or write the value; a measurement not made is a row left out
data-cell-date = the date { $date } in column `{ $column }`{ $place } is not a number
data-cell-date-help = a date is a period: put it in the `period` column, and the value measured here as a number
data-cell-bool = { $value } in column `{ $column }`{ $place } is a yes or no, not a number
data-cell-bool-help = write the value as a number; a yes or no is an assessment (`met`, `not met`) or a qualitative value
data-not-an-assessment = `{ $value }` in column `{ $column }`{ $place } is not a verdict
data-assessment-help = write `met`, `partly met` or `not met` (or `uppnått`, `delvis uppnått`, `ej uppnått`)
data-not-a-flag = `{ $value }` in column `{ $column }`{ $place } is neither yes nor no
data-flag-help = write `yes` (or `ja`, `✓`, `x`) for a number computed from the source's figures, or leave the cell empty
data-percent-not-percent = `{ $value }` in column `{ $column }`{ $place } is a percentage, but { $unit ->
    [none] this column holds no percentage
   *[other] its indicator counts in `{ $unit }`
}
data-percent-not-percent-help = a percentage is a value of an indicator with `unit = "percent"` (or `"ratio"`, read as 0.49); write the number in the indicator's unit, or change its unit
data-other-theories = { $rows ->
    [one] one row names another theory than { $theory } in its `theory` column and was left to it
   *[other] { $rows } rows name other theories than { $theory } in their `theory` column and were left to them
}
data-other-theories-help = a sheet of several theories (verkan's own workbook) is read by each theory for its own rows; rename the column, or the theory, if this is not meant
data-row-unreadable = cannot read this row: { $error }
data-row-unreadable-help = every row has as many cells as the header
data-not-a-number = `{ $value }` in column `{ $column }`{ $place } is not a number
data-number-help = { $problem ->
    [ambiguous] a comma before three digits could be a decimal comma or a thousands separator: write 1000 or 1.0
   *[plain] write numbers without units or signs around them, e.g. 49, 49.5 or 49,5
}
workbook-unreadable = cannot read workbook `{ $file }`: { $problem }
workbook-unsupported = this verkan was built without workbook support (cargo feature `xlsx`)
workbook-unsupported-help = export the sheet as CSV UTF-8, or use a verkan built with the default features
workbook-not-excel = not an Excel workbook ({ $error })
workbook-not-excel-help = save it from Excel or LibreOffice as .xlsx, or export the sheet as CSV UTF-8
workbook-no-sheet = it has no sheet `{ $sheet }`
workbook-sheet-did-you-mean = did you mean `{ $name }`? The sheets are: { $sheets }
workbook-sheets = the sheets are: { $sheets }
workbook-no-sheets = it has no sheets
workbook-no-sheets-help = add a sheet of measurements
workbook-sheet-unreadable = cannot read sheet `{ $sheet }` ({ $error })
workbook-sheet-unreadable-help = open and save it again in Excel or LibreOffice

## A theory file that is not text

not-utf8 = the file is not UTF-8 text
not-utf8-label = this byte is not UTF-8
not-utf8-help = save the theory file as UTF-8 (most editors offer it under "Save with encoding")

## The command line's summaries

wrote = wrote { $file }
summary-checked = checked { $theories ->
    [one] { $theories } theory
   *[other] { $theories } theories
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
summary-errors = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}: fix them and run again (`verkan check` shows warnings too)
summary-built = built { $theories ->
    [one] { $theories } theory
   *[other] { $theories } theories
} into { $folder }: { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} (see `verkan check`)
build-nothing-written = nothing was written to { $folder }
new-wrote-schema = wrote { $file } (the format, for editors: its `#:schema` line points there)
new-next = next: edit it, then `verkan check { $file }` and `verkan render { $file } -o { $stem }.svg`
coverage-title = Indicator coverage of effects (drafts do not count)
coverage-column = { $column ->
    [effects] effects
    [reached] reached from an activity
    [outcome] outcome indicator
    [target] target
    [measured] measured
    [total] total
    [short] short-term
    [medium] medium-term
   *[long] long-term
}
coverage-below = coverage: { $theory } has { $share } % of effects with { $metric ->
    [reached] a mechanism leading to them
    [outcome] an outcome indicator
    [target] a target
   *[measured] a measurement
}, below --min { $min }
coverage-unmeasured = coverage: { $theory } has outcome indicators without measurements: { $indicators }
serve-open-host = warning: listening on { $host }: anyone on the network who can reach this address can read these theories
serve-outside = warning: { $path } leads outside { $folder } and is not served
serve-listening = verkan serve: { $url } ({ $theories ->
    [one] { $theories } theory
   *[other] { $theories } theories
} from { $folder }; Ctrl-C stops)
serve-stopped = verkan serve: stopped

## verkan explain

rule-summary = { $rule ->
    [backwards-in-time] a mechanism leads from a later horizon to an earlier one, or to an activity
    [draft-indicator] the indicator is a draft that the programme's documents do not name
    [draft-mechanism] the mechanism is a draft that the programme's documents do not state
    [draft-item] a resource, activity, output, effect or context is a draft the sources do not state
    [inferred-link] a `from` or `to` link the theory's author inferred, with the reason
    [mechanism-never-tried] the evaluation found the mechanism never tried (`not_implemented`)
    [duplicate-id] two items of different kinds share an id
    [duplicate-measurement] two values for the same indicator, period and group
    [duplicate-text] two items of the same kind have the same text
    [effect-leads-nowhere] a short- or medium-term effect feeds no later effect
    [effect-without-mechanism] no mechanism leads to this effect
    [effect-without-outcome-indicator] the effect has no outcome indicator (resultatindikator)
    [empty-text] an item's text, or the theory's name, is empty
    [feedback-loop] mechanisms form a cycle
    [incomplete-mechanism] a mechanism has an empty `from` or `to`
    [indicator-without-source] the indicator names no data source
    [indicator-without-target] the indicator has no target
    [invalid-measurement] a measurement with no value, counts that do not add up, or a verdict or computed number without its source
    [invalid-period] a period that cannot be read
    [invalid-target] a target or unit that cannot be judged against
    [measurement-out-of-range] a value outside what the indicator's unit allows
    [orphan-activity] no mechanism starts from this activity
    [output-leads-nowhere] no mechanism starts from the output
    [output-without-activity] an output names no activity that produces it
    [syntax-error] the file is not valid TOML (or not UTF-8 text)
    [schema-error] a key or value that the theory format does not have
    [data-file-error] a data file that is missing, unreadable, or not the expected table
    [percent-as-fraction] a percent indicator whose values all look like fractions (0.45 for 45 %)
    [reference-kind-mismatch] a reference names an item of the wrong kind
    [unintended-effect-without-indicator] an unintended effect has no outcome indicator
    [unknown-group] a measurement's group is not one the indicator is broken down by
    [unknown-indicator] a row of a data file names an indicator the theory does not have
    [unknown-lint] `[lints]` names a rule that does not exist or cannot be changed
    [unknown-perspective] an item names a perspective that `[perspectives]` does not declare
    [unreachable-effect] no chain of mechanisms from any activity reaches the effect
    [unresolved-reference] a reference names an id that no item has
    [unused-context] no mechanism depends on this context
   *[unused-resource] no activity uses this resource
}
explain-rules = Rules (default level, then name; error* cannot be changed):
explain-one = Run `verkan explain RULE` for one rule's explanation.
explain-level = Default level: { $level }
explain-level-name = { $level ->
    [fixed] error*
    [error] error
    [warning] warning
   *[allow] allow
}
fmt-not-toml = error: { $file }: not formatted, it is not valid TOML ({ $error }); `verkan check { $file }` shows where
fmt-would-reformat = would reformat { $file }
fmt-summary = { $check ->
    [yes] would reformat
   *[no] reformatted
} { $changed } of { $files ->
    [one] { $files } file
   *[other] { $files } files
}{ $broken ->
    [0] {""}
   *[other] ; { $broken } not TOML
}

## Failures around a theory: files, the command line, tools

error = error: { $error }
note = note: { $note }
with-suggestion = { $message }; { $help }
in-file = { $file }: { $message }
io-error = cannot { $action ->
    [read] read
    [create] create
   *[write] write
} { $path }: { $error }
output-error = cannot write output: { $error }
not-a-regular-file = refusing to replace { $path }: it is not a regular file
no-theories = no *.toml theory files under { $paths }
no-theories-to = no *.toml theory files to { $what ->
    [measure] measure
    [format] format
   *[report] report on
}
no-such-rule = no rule is called `{ $name }`
no-such-rule-list = no rule is called `{ $name }`; `verkan explain` lists them all
no-such-schema = no schema is called `{ $name }`; `verkan schema` lists them
warnings-only-denied = `warnings` can only be denied (`--deny warnings`)
unknown-lint-fixed-reason = a theory that cannot be read cannot be checked
unknown-extension = cannot tell the format from `{ $path }`: use { $extensions }, or give --format
binary-needs-output = the format is binary: give an output file with -o, e.g. `-o { $example }`
not-a-period = `{ $period }` is not a period: write e.g. 2011, 2019-12, 2019-H1 or 2019-T2
html-own-layout = the workshop page uses the built-in layout at its own size: leave out `--engine` and `--page` for HTML
html-needs-page = a workshop page carries the check's findings too: make it with `verkan::page::theory`
json-needs-data = the layout as data is versioned output: make it with `verkan::json::layout::render`
page-not-here = --page fits the built-in layout's SVG, PNG or PDF to a page: leave it out for other formats and for `--engine graphviz`
page-illegible = on { $page ->
    [a4] A4
    [a3] A3
    [a4-portrait] A4 portrait
    [a3-portrait] A3 portrait
   *[screen] a 16:9 screen
} the box text of `{ $theory }` would be { $size }, below the legible { $minimum }. { $fits ->
    [no] No single perspective fits either: try `--focus ID`, a `--horizon`, or a larger page.
   *[other] Views that fit: { $fitting }.
}
pdf-unsupported = this verkan was built without PDF support (cargo feature `pdf`): rebuild it with the default features, or use `--engine graphviz`
pdf-failed = cannot make the PDF: { $error }
png-too-large = a { $width }×{ $height } PNG ({ $megapixels } megapixels) is over the limit of { $limit } megapixels: use SVG, a lower --scale, or a view (--perspective, --horizon, --focus)
picture-too-large = a { $width }×{ $height } picture is too large to draw
picture-empty = the picture would be empty at this scale
png-encode-failed = cannot encode PNG: { $error }
svg-unreadable = cannot read the SVG: { $error }
bad-scale = --scale must be above 0 and at most 16, not { $scale }
focus-measures-nothing = indicator `{ $id }` measures no item of the theory, so there is nothing to focus on
focus-wrong-kind = `{ $id }` is { $kind }; focus on a resource, activity, mechanism, effect or indicator
view-unknown = no { $what ->
    [perspective] perspective
   *[item] item
} is called `{ $name }`
graphviz-missing = Graphviz is not installed (no `dot` on PATH): install it, or leave out `--engine graphviz` to use the built-in layout
graphviz-cannot-run = cannot run Graphviz: { $error }
graphviz-timeout = Graphviz took longer than { $limit } s and was stopped: use the built-in layout (leave out `--engine graphviz`), or allow more time with VERKAN_GRAPHVIZ_SECONDS
graphviz-failed = Graphviz failed: { $error }
workbook-write-failed = cannot write the workbook: { $error }
build-foreign-files = { $folder } already holds files verkan did not write: { $files }; choose another folder with -o, or replace them with --force
build-png-scaled = { $file }: PNG at scale { $used } instead of { $scale }, to stay within the pixel budget
build-no-png = { $file }: no PNG, { $reason }
lane-advice = { $file }: with the perspectives in the order { $order }, arrows would cross { $better ->
    [one] once
   *[other] { $better } times
} instead of { $current }; list them in that order under [perspectives] to use it

previous-unusable = { $file }: the earlier drawing { $previous } cannot guide this one ({ $reason }); drawn afresh
previous-unreadable = it cannot be read: { $error }
previous-not-svg = it is not an SVG file: { $error }
previous-no-items = it is an SVG, but not a diagram verkan drew: no box carries a data-id
previous-other-theory = it draws another theory: none of its boxes is in this one
serve-not-a-folder = { $path } is not a folder: `verkan serve` serves a folder of theories
serve-no-address = the server has no IP address
serve-port-in-use = port { $port } on { $host } is already in use (another `verkan serve`?): stop that one, or choose another port with `--port { $next }` (`--port 0` takes any free one)
serve-cannot-listen = cannot listen on { $host }:{ $port }: { $error }
serve-cannot-watch = cannot watch { $path }: { $error }
new-bad-name = `{ $name }` has no letters or digits to name a file with; try `verkan new mitt-projekt`
new-exists = { $path } already exists: `verkan new` never replaces a file; choose another name or --dir
import-exists = { $path } already exists: `verkan import` never replaces a file; name another with -o
import-not-text = { $file } is not text verkan reads (UTF-8, UTF-16 or Windows-1252); save the logframe as a workbook (.xlsx) or as "CSV UTF-8"
import-not-a-logframe = { $file } is no logframe verkan knows: { $why ->
    [no-header] no row names the columns `intervention logic` and `indicators` (or `interventionslogik` and `indikatorer`)
   *[other] no row under its header names a level: overall objective, specific objective, results or activities (övergripande mål, projektmål, resultat, aktiviteter)
}
import-next = next: `verkan check { $file }` lists what the logframe does not say: the mechanisms (drafts), and each objective without an outcome indicator
diff-both = give either OLD NEW, or one THEORY with --since REV
diff-neither = give the new version too (`verkan diff OLD NEW`), or compare with a git revision (`verkan diff THEORY --since HEAD`)
diff-bad-revision = `{ $rev }` is not a revision: give a commit, branch or tag such as HEAD~1 or main
diff-not-a-file = { $path } is not a file
diff-no-git = --since needs git, which could not be run ({ $error }); compare two files instead: `verkan diff OLD NEW`
diff-not-in-git = git has no { $path } at `{ $rev }`: { $error }
warning = warning: { $warning }
mermaid-too-long = the Mermaid source is { $size } characters, over Mermaid's default maxTextSize of { $limit }: GitHub and most viewers show an error instead of the diagram; use a view (--perspective, --horizon, --focus) or SVG
mermaid-too-many-links = the Mermaid diagram has { $links } links, over Mermaid's default maxEdges of { $limit }: use a view (--perspective, --horizon, --focus) or SVG
serve-no-ctrl-c = warning: Ctrl-C will end the server abruptly: { $error }
serve-no-browser = could not open a browser ({ $opener } is missing): open { $url } yourself
schema-wrote = wrote { $count } schemas into { $folder }
data-row-cells = the row has { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
}, the header { $header }
toml-problem-expected = { $problem }, expected { $expected }
toml-problem = { $problem ->
    [unclosed-table] unclosed table
    [unclosed-array-table] unclosed array table
    [unclosed-array] unclosed array
    [unclosed-inline-table] unclosed inline table
    [unquoted-string] string values must be quoted
    [invalid-string] invalid string
    [duplicate-key] duplicate key
    [key-without-value] key with no value
    [missing-value] missing value
    [missing-array-comma] missing comma between array elements
    [missing-table-comma] missing comma between key-value pairs
    [missing-assignment] missing `=` between key and value
    [unexpected-content] unexpected key or value
    [invalid-key] invalid key
   *[invalid-table] invalid table
}
toml-expected = { $item ->
    [literal-string] a quoted string
    [basic-string] a quoted string
    [newline] a new line
   *[end-of-input] the end of the file
}

# verkan diff: what kind of change, of what, and how many.
diff-kind = { $kind ->
    [added] added
    [removed] removed
    [moved] moved
    [reworded] reworded
   *[changed] changed
}
diff-entry = { $entry ->
    [theory] theory
    [perspective] perspective
    [target-group] target group
    [resource] resource
    [activity] activity
    [output] output
    [effect] effect
    [mechanism] mechanism
    [context] context
    [indicator] indicator
    [measurement] measurement
    [lint] lint
   *[other] { $entry }
}
diff-summary = { $count ->
    [0] no changes in the theory's meaning
    [one] 1 change
   *[other] { $count } changes
}
diff-table-header = | Change | What | Field | Before | After |

# verkan build: the index.md of the output folder.
index-title = Theories of change
index-built-from = Built by `verkan build` from `{ $input }`.
index-columns = | theory | file | diagram | scorecard | check |
index-page = page
index-check = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
index-word = The overview as a Word document: [{ $name }]({ $name }).
index-workbook = Every scorecard in one workbook: [{ $name }]({ $name }).

# The words of diagrams and reports, in the theory's language (words.rs reads them once per language).
word-resources = Resources
word-activities = Activities
word-outputs = Outputs
word-short = Short-term effects
word-medium = Medium-term effects
word-long = Long-term effects
word-mechanisms = Change mechanisms
word-other-lane = Other
word-outcome = outcome indicator
word-output = output indicator
word-draft = draft
word-target-group = Target group
word-primary-group = Primary target group
word-final-group = Final target group
word-effect = Effect
word-indicator = Indicator
word-target = Target
word-latest = Latest value
word-values = Values
word-horizon-heading = Horizon
word-perspective = Perspective
word-effect-status = Effect status
word-status = Status
word-groups = By group
word-attainment = Target attainment
word-effects = Effects
word-activity = activity
word-output-item = output
word-as-of = as of
word-days = days
word-increase = increase
word-decrease = decrease
word-by = by
word-not-reached = ⚠ not reached from any activity
word-unintended = Unintended effect:
word-unintended-effects = Unintended effects
word-enabling = enabling condition
word-hindering = hindering condition
word-assessed = assessed
word-derived = derived
word-badge-key = The badge in an effect's box: status, ● number of outcome indicators, ○ number of output indicators.
word-contexts-key = Under a mechanism: the conditions it depends on, ↑ enabling, ↓ hindering.
word-draft-box-key = A dotted outline: a draft, inferred by the theory's author and not stated by the sources.
word-inferred-link-key = A dashed arrow: a link inferred by the theory's author, not stated by the sources; the reason stands under its mechanism (⇢).
word-inferred-link = Inferred link
word-finding-supported = supported by the evaluation
word-finding-partly-supported = partly supported
word-finding-not-supported = not supported
word-finding-not-assessed = not assessed
word-against-approximate = against an approximate target
word-finding-not-implemented = not implemented: never tried
word-unjudged-rise-without-baseline = increase without a baseline
word-unjudged-fall-without-baseline = decrease without a baseline
word-unjudged-without-verdict = a finding in words without a verdict
word-from-groups = from its groups: { $counts } of { $groups }

# The workshop page's words (render --format html, serve): controls, headings, what its script says.
page-skip = Skip to the text version
page-search = Search the texts
page-filters = Filters
page-perspective = Perspective
page-horizon = Horizon
page-status = Status
page-steps = Path steps
page-show-path = Show the path
page-show-all = Show all
page-projector = Projector mode
page-lane = Lane
page-all-lanes = All lanes
page-close = Close
page-diagram = Diagram
page-text-version = Text version
page-scorecard = Target attainment
page-check = Check
page-no-findings = The check found nothing to remark on.
page-errors-title = The file has errors; the diagram shows the last version without any
page-show-in-diagram = Show in the diagram
page-leads-here = Leads here
page-leads-on = Leads on
page-indicators = Indicators
page-none = none
page-kind = Kind
page-baseline = Baseline
page-period = Period
page-group = Group
page-value = Value
page-measurements = Measurements
page-evidence = Evidence
page-verdict = The evaluation's verdict
page-contexts = Conditions
page-from = From
page-to = To
page-mechanism = Mechanism
page-matches = matches
page-one-match = match
page-no-matches = no matches
page-keys = Keys: ← → step through the mechanisms, Esc shows all.
page-over-time = Over time
page-overview = Theories of change
page-theory = Theory
page-coverage = Coverage
page-with-outcome-indicator = With an outcome indicator
page-measured = Measured
page-page = Page
page-error = error
page-warning = warning
page-warnings = warnings
page-errors = errors
page-all-theories = All theories
page-word-document = The overview as a Word document
page-workbook = Every scorecard in one Excel workbook
page-resource = Resource
page-activity = Activity
page-output = Output
page-effect = Effect
page-chart = Values over the periods against the target
page-reconnecting = The connection to verkan serve was lost; trying again …

# verkan edit and the edit engine: what an edit did, and why one was refused.
edit-refused-op = operation { $op }: { $reason }
edit-not-json = the edit is not JSON of the edit.v1 format (line { $line }, column { $column }): { $error }
edit-version = the edit is version { $version }; this verkan reads version { $supported }
edit-stale = the items this edit touches changed since the revision it was made against; load the theory again and redo the edit
edit-unreadable = the theory file is not TOML; fix it first (`verkan check` shows where)
edit-breaks = the edit would break the theory: { $first }{ $more ->
    [0] {""}
    [one] {" "}(and 1 more problem)
   *[other] {" "}(and { $more } more problems)
}
edit-bad-id = `{ $id }` cannot be an id: use letters a–z, digits, `-` and `_`
edit-unknown-id = the theory has no item `{ $id }`
edit-id-in-use = the id `{ $id }` is already in use
edit-added = added `{ $id }` to [{ $kind }]
edit-added-measurement = added a measurement to `{ $id }`
edit-removed-measurement = removed measurement { $at } of `{ $id }`
edit-no-measurement = `{ $id }` has no measurement { $at }: it has { $count ->
    [0] none
    [one] one, number 0
   *[other] { $count }
}, counted from 0 in file order
edit-perspective-label = a perspective needs a `label`: its name, as text
edit-perspective-field = a perspective has only a `label`, not `{ $field }`
edit-unknown-indicator = the theory has no indicator `{ $id }`
edit-measurements-shape = the measurements of `{ $id }` are neither a list nor tables; fix them in the file first
edit-set = set `{ $field }` of `{ $id }`
edit-unset = removed `{ $field }` from `{ $id }`
edit-no-field = `{ $id }` has no `{ $field }` to remove
edit-null-inside = `null` can only remove a whole key; TOML has no null inside a value
edit-renamed = renamed `{ $id }` to `{ $to }` ({ $references ->
    [0] no references
    [one] 1 reference
   *[other] { $references } references
})
edit-renamed-rows = renamed it in { $file } ({ $rows ->
    [one] 1 row
   *[other] { $rows } rows
})
edit-rename-workbook = { $file } is a workbook and still names `{ $id }`: rename it to `{ $to }` there
edit-data-unreadable = cannot read the data file { $file }: { $error }
edit-removed = removed `{ $id }` ({ $references ->
    [0] no references
    [one] 1 reference
   *[other] { $references } references
})
edit-remove-measured = `{ $id }` is what the indicator `{ $indicator }` measures; remove that indicator or point it elsewhere first
edit-mechanism-one-sided = the mechanism `{ $mechanism }` has nothing left in `{ $key }`
drawn-with-errors = { $file } is drawn with its errors marked on their boxes; `verkan check` and `verkan build` fail until they are fixed
page-zoom = Zoom
page-zoom-in = Zoom in (+, or Ctrl and the mouse wheel)
page-zoom-out = Zoom out (−)
page-zoom-fit = Fit the width
page-edit-text = Edit the text
page-remove = Remove
page-save = Save
page-cancel = Cancel
page-confirm-remove = Remove this box, and every arrow to and from it?
page-not-saved = Not saved:
page-your-name = Your name, shown with your changes to the others in the room:
serve-no-random = cannot make a secret for the pages: { $error }
page-new-box = New box below
page-leads-to = Leads to …
page-pick-target = Choose the box it leads to (Esc stops)
page-new-text = New text
page-new-mechanism-text = Why does the one lead to the other?
page-also-from = Also from …
page-also-to = Also leads to …
page-pick-source = Choose the box it also starts from (Esc stops)
page-details = Evidence, verdict and contexts
page-evidence-hint = Evidence, one source per line
page-verdict-note = The evaluation's words
page-no-verdict = not judged yet
page-finding-supported = supported
page-finding-partly-supported = partly supported
page-finding-not-supported = not supported
page-finding-not-assessed = not assessed
page-finding-not-implemented = not implemented: never tried
page-verdict-needs-status = Choose the verdict the words go with.
page-new-measurement = New measurement
page-indicator = Indicator
page-source = Source
page-note = Note
page-assessment = Verdict
page-no-assessment = none, the value says it
page-assessment-met = met
page-assessment-partly-met = partly met
page-assessment-not-met = not met
page-measurement-needs-value = Give the period and a value or a verdict.
page-unit-percent = percent
page-unit-count = count
page-unit-ratio = ratio (0 to 1)
page-unit-scale = scale
page-unit-qualitative = in words, judged
page-unit-days = days
page-unit-currency = money
page-direction-at-least = at least
page-direction-at-most = at most
page-direction-increase = an increase
page-direction-decrease = a decrease
edit-changed-by = changed by { $names }
edit-by-editor = a text editor
page-present = Present
serve-join = the room's laptops join at { $url } (or scan the code; it is on the overview too)
page-join = Join from your own laptop: scan the code, or open the address
page-new-indicator = New outcome indicator
page-what-is-measured = What is measured
page-unit = Unit
page-target = Target
page-draft-mark = Draft: not stated by the programme yet

# What `verkan serve` answers a browser or a page, in its language.
serve-api-too-large = An edit is at most 1 MiB.
serve-api-presence-not-own = Only this server's own pages say who edits what.
serve-api-no-name = A name is needed.
serve-api-no-theory = No such theory file.
serve-api-only-post = Only POST.
serve-api-edit-is-post = An edit is a POST.
serve-api-read-with-get = A theory is read with GET.
serve-api-not-own = An edit needs this server's own page: its token and origin.
serve-api-edit-not-utf8 = The edit is not UTF-8 text.
serve-api-unreadable = The theory file cannot be read.
serve-api-theory-not-utf8 = The theory file is not UTF-8 text.
serve-http-foreign-host = This server answers only for its own address.
serve-http-joined = Joined.
serve-http-needs-secret = This workshop server is shared with a secret: open its join address.
serve-http-not-found = Not found.
serve-http-get-only = Only the edit API takes anything but GET.

## verkan report --format docx

docx-diagram = The theory of change
docx-figure-alt = The theory of change of { $name }: { $activities } activities lead through { $mechanisms } numbered change mechanisms to { $effects } effects in the short, medium and long term. The mechanisms, with what the evaluation found, and the effects' attainment follow as text.
docx-figure-caption = Figure 1. The theory of change of { $name }, with the mechanisms numbered as below.
docx-steps = Activities and outputs
docx-about = { $field ->
    [period] Period
    [owner] Owner
    [partners] Partners
    [funder] Funder
    [purpose] Purpose
   *[sources] Sources
}
docx-reconstructed = Inferred by the theory's author
docx-reconstructed-intro = These parts of the theory are not stated by the sources: the theory's author inferred them, and the diagram draws them dotted or dashed. They are questions for the programme, not findings.
docx-kind = { $kind ->
    [target-group] Target group
    [resource] Resource
    [activity] Activity
    [output] Output
    [mechanism] Mechanism
    [effect] Effect
    [context] Context
   *[indicator] Indicator
}
docx-unsupported = this verkan was built without Word support (cargo feature `docx`)
docx-write-failed = cannot write the Word document: { $error }
iati-one-theory = `--format iati` reports one theory: an IATI activity is one programme, so name one file

## verkan report --format iati

iati-needs-identifier = add `iati_identifier = "…"` to [theory]: the reporting organisation's IATI identifier, a hyphen and the activity's own (`SE-KOM-2120001234-spira`)
iati-needs-reporting-org = add `reporting_org = {"{"} ref = "…", type = "…", name = "…" {"}"}` to [theory]: the publisher's IATI identifier and organisation type ("15" other public sector, "11" local government)
iati-needs-period = add `period = "2019-01/2021-12"` to [theory], or a measurement: IATI needs the activity's dates
iati-cannot = cannot write IATI results for { $theory }:
progress-building = Building
progress-importing = Importing
progress-reading = Reading theories
pdf-figure-alt = The theory of change of { $name }: { $activities } activities lead through { $mechanisms } numbered change mechanisms to { $effects } effects in the short, medium and long term. The mechanisms:
overview-thumbnail = The theory of change of { $name }: its page shows it in full

with-text-pdf-only = --with-text adds the theory in words after the drawing of a PDF: use it with `--format pdf` (or `-o x.pdf`) and the built-in layout
pdf-overview = The whole theory. Pages { $first }–{ $last } show each lane at a legible size; the mechanisms are numbered as here and described from page { $legend }.
pdf-part-alt = The part of the diagram for { $part }, with the numbered mechanisms between its boxes.
pdf-text-version = { $name } in words

## verkan lsp

lsp-kind = { $kind ->
    [target-group] Target group
    [resource] Resource
    [activity] Activity
    [output] Output
    [mechanism] Mechanism
    [effect] Effect
    [context] Context
    [perspective] Perspective
   *[indicator] Indicator
}
lsp-draft = draft
lsp-inferred = inferred: { $reason }
lsp-led-to-by = Led to by
lsp-leads-on = Leads on to
lsp-from = From
lsp-to = To
lsp-contexts = Depends on
lsp-finding = Finding
lsp-evidence = Evidence
lsp-measures = Measures
lsp-indicators = Indicators
lsp-no-outcome-indicator = no outcome indicator yet
lsp-in-lane = { $count ->
    [one] 1 item in this lane
   *[other] { $count } items in this lane
}
lsp-lens = { $indicators ->
    [0] no indicators
    [one] 1 indicator
   *[other] { $indicators } indicators
}, { $measured } measured, { $status }
lsp-change-to = Change to `{ $with }`
lsp-add-indicator = Add a draft outcome indicator for `{ $effect }`
lsp-add-mechanism = Add a draft mechanism leading to `{ $effect }`
lsp-mark-draft = Mark `{ $id }` as a draft
lsp-indicator-text = To be decided: what shows that “{ $effect }” has happened
lsp-mechanism-text = To be decided: why something leads to “{ $effect }”
lsp-snippet-effect = A new effect
lsp-snippet-mechanism = A new mechanism, from and to
lsp-snippet-indicator = A new outcome indicator with a target
lsp-section = Section
lsp-rule = Rule `{ $rule }`
lsp-no-id = There is no id here to rename: put the cursor on an item's id, in its table's header or where it is named.
lsp-stopped = verkan lsp stopped: { $reason }
