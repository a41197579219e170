use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::t;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: RuleId::DuplicateMeasurement,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That each indicator has at most one value per period and group, counting the theory's
inline measurements and its data files together.

## Why it matters
With two values for 2011 there is no telling which one the scorecard should show. Usually a
row was pasted twice, or entered both inline and in a spreadsheet.

## Example
```toml
[[indicators.andel.measurements]]
period = "2011"
value = 49
[[indicators.andel.measurements]]
period = "2011"
value = 51
```

## How to fix
Keep the value the source gives and delete the other."#,
    explanation_sv: r#"## Vad den kontrollerar
Att varje indikator har högst ett värde per period och grupp, räknat över både teorins
egna mätningar och dess datafiler.

## Varför det spelar roll
Med två värden för 2011 går det inte att säga vilket styrkortet ska visa. Oftast har en rad
klistrats in två gånger, eller förts in både i teorin och i ett kalkylblad.

## Exempel
```toml
[[indicators.andel.measurements]]
period = "2011"
value = 49
[[indicators.andel.measurements]]
period = "2011"
value = 51
```

## Så rättar du
Behåll värdet som källan anger och ta bort det andra."#,
    check: Some(check),
};

/// Period start and end, resolved group, and the group's text when it did not resolve.
type Key<'a> = (i32, i32, Option<(usize, usize)>, Option<&'a str>);

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    for indicator in &input.theory.indicators {
        let mut seen: HashMap<Key, usize> = HashMap::new();
        for (k, m) in indicator.measurements.iter().enumerate() {
            let Some(period) = m.parsed_period else {
                continue;
            };
            // Unresolved groups are compared by their text, so duplicates among them show too.
            let text = if m.group_index.is_none() {
                m.group.as_deref()
            } else {
                None
            };
            if let Some(&first) = seen.get(&(period.start, period.end, m.group_index, text)) {
                let first = &indicator.measurements[first];
                out.push(
                    RULE.diagnostic(
                        match &m.group {
                            Some(group) => t!(
                                "duplicate-measurement-group",
                                indicator = &indicator.header.id,
                                period = &m.period,
                                group = group
                            ),
                            None => t!(
                                "duplicate-measurement",
                                indicator = &indicator.header.id,
                                period = &m.period
                            ),
                        },
                        Label::new(
                            m.origin.file,
                            m.origin.span.clone(),
                            t!("duplicate-measurement-label"),
                        ),
                    )
                    .with_fact("indicator", indicator.header.id.as_str())
                    .with_fact("period", m.period.as_str())
                    .with_secondary(Label::new(
                        first.origin.file,
                        first.origin.span.clone(),
                        t!("duplicate-measurement-first"),
                    ))
                    .with_help(t!("duplicate-measurement-help")),
                );
            } else {
                seen.insert((period.start, period.end, m.group_index, text), k);
            }
        }
    }
}
