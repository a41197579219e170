use super::Rule;
use crate::diagnostic::RuleId;
use crate::model::LintLevel;

pub static SYNTAX_ERROR: Rule = Rule {
    id: RuleId::SyntaxError,
    default_level: LintLevel::Deny,
    summary: "the file is not valid TOML (or not UTF-8 text)",
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
    check: None,
};

pub static SCHEMA_ERROR: Rule = Rule {
    id: RuleId::SchemaError,
    default_level: LintLevel::Deny,
    summary: "a key or value that the theory format does not have",
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
    check: None,
};

pub static DATA_FILE_ERROR: Rule = Rule {
    id: RuleId::DataFileError,
    default_level: LintLevel::Deny,
    summary: "a data file that is missing, not UTF-8, or not the expected CSV",
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
    check: None,
};
