use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::LintLevel;
use crate::suggest::closest;
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownGroup,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That the `group` of every measurement is a value of one of the indicator's `disaggregation`
dimensions (`group = "FK"`), written `dimension=value` when two dimensions share the value.

## Why it matters
Results broken down by referring agency (remittent) show where a programme works and where
it does not. A group the indicator does not declare would be left out of that breakdown.

## Example
```toml
[indicators.avbrutit]
disaggregation = { remittent = ["FK", "IoF", "AF"] }
[[indicators.avbrutit.measurements]]
period = "2011"
group = "Fk"
value = 28
```

## How to fix
Use a declared group (`FK`), or add the group to the indicator's `disaggregation`."#,
    explanation_sv: r#"## Vad den kontrollerar
Att `group` för varje mätning är ett värde i någon av indikatorns `disaggregation`-dimensioner
(`group = "FK"`), skrivet `dimension=värde` när två dimensioner har samma värde.

## Varför det spelar roll
Resultat uppdelade på remittent visar var ett program fungerar och var det inte gör det. En
grupp som indikatorn inte deklarerar skulle falla bort ur den uppdelningen.

## Exempel
```toml
[indicators.avbrutit]
disaggregation = { remittent = ["FK", "IoF", "AF"] }
[[indicators.avbrutit.measurements]]
period = "2011"
group = "Fk"
value = 28
```

## Så rättar du
Använd en deklarerad grupp (`FK`), eller lägg till gruppen i indikatorns `disaggregation`."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    for indicator in &input.theory.indicators {
        for m in indicator
            .measurements
            .iter()
            .filter(|m| m.group.is_some() && m.group_index.is_none())
        {
            let group = m.group.as_deref().unwrap_or_default();
            let origin = m.group_origin.as_ref().unwrap_or(&m.origin);
            let d = RULE
                .diagnostic(
                    t!(
                        "unknown-group",
                        group = group,
                        indicator = &indicator.header.id
                    ),
                    Label::new(origin.file, origin.span.clone(), t!("unknown-group-label")),
                )
                .with_fact("indicator", indicator.header.id.as_str())
                .with_fact("group", group);
            let values = indicator
                .disaggregation
                .iter()
                .flat_map(|d| d.values.iter().map(|v| v.value.as_str()));
            out.push(if indicator.disaggregation.is_empty() {
                d.with_help(t!("unknown-group-help-declare"))
            } else {
                match closest(group, values) {
                    Some(best) => d.with_help(t!("did-you-mean", name = best)),
                    None => d.with_help(t!("unknown-group-help")),
                }
            });
        }
    }
}
