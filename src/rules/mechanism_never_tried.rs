use super::{at_header, Input, Rule};
use crate::compile::attainment::Status;
use crate::diagnostic::{Diagnostic, RuleId};
use crate::model::{FindingStatus, ItemRef, LintLevel};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::MechanismNeverTried,
    default_level: LintLevel::Warn,
    explanation: r#"## What it checks
Reports every mechanism whose finding is `not_implemented`: the evaluation found that what
was to set it off did not happen as planned, so the assumption was never tried. Each effect
it leads to that is not met is named in a note.

## Why it matters
Theory-based evaluation (Weiss; Rogers & Funnell) separates implementation failure, the
activity did not happen, from theory failure, it happened and the change did not follow. An
effect that is not met behind a mechanism never tried says nothing yet about the theory; read
as a refutation it would throw away an assumption nobody tested. `not_supported` is the other
case, and this rule does not report it.

## Example
```toml
[mechanisms.referensgrupp]
text = "En referensgrupp sprider kunskapen om målgruppen till myndigheterna"
from = ["referensgrupp"]
to = ["kunskap-hos-myndigheterna"]
finding = { status = "not_implemented", note = "gruppen har till dags datum inte startat upp" }
```

## How to fix
Nothing in the file is wrong. Carry out what the mechanism starts from, then judge the
assumption. If the activity did take place and the change did not follow, the status is
`not_supported`. To keep the list quiet, set `mechanism-never-tried = "allow"` in `[lints]`."#,
    explanation_sv: r#"## Vad den kontrollerar
Rapporterar varje mekanism vars bedömning är `not_implemented`: utvärderingen fann att det
som skulle sätta igång den inte genomfördes som planerat, så antagandet prövades aldrig. Varje
effekt som den leder till och som inte är uppnådd nämns i en not.

## Varför det spelar roll
Teoribaserad utvärdering (Weiss; Rogers & Funnell) skiljer genomförandemisslyckande, att
insatsen inte blev av, från teorimisslyckande, att den blev av och förändringen uteblev. En
effekt som inte är uppnådd bakom en mekanism som aldrig prövats säger ännu inget om teorin;
läst som ett motbevis kastar den ett antagande som ingen har prövat. `not_supported` är det
andra fallet, och den här regeln rapporterar det inte.

## Exempel
```toml
[mechanisms.referensgrupp]
text = "En referensgrupp sprider kunskapen om målgruppen till myndigheterna"
from = ["referensgrupp"]
to = ["kunskap-hos-myndigheterna"]
finding = { status = "not_implemented", note = "gruppen har till dags datum inte startat upp" }
```

## Så rättar du
Inget i filen är fel. Genomför det mekanismen utgår från och bedöm sedan antagandet. Blev
insatsen av och förändringen uteblev är statusen `not_supported`. Vill du inte se listan,
skriv `mechanism-never-tried = "allow"` under `[lints]`."#,
    check: Some(check),
};

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    let effects = input.compiled.effect_results();
    for (m, mechanism) in theory.mechanisms.iter().enumerate() {
        let never_tried = mechanism
            .finding
            .as_ref()
            .is_some_and(|f| f.status == FindingStatus::NotImplemented);
        if !never_tried {
            continue;
        }
        let item = ItemRef::Mechanism(m);
        let id = mechanism.header.id.as_str();
        let mut d = RULE
            .diagnostic(
                t!("mechanism-never-tried", mechanism = id),
                at_header(theory, item, t!("mechanism-never-tried-label")),
            )
            .with_fact("mechanism", id)
            .with_help(t!("mechanism-never-tried-help"));
        for to in &mechanism.to {
            if let Some(ItemRef::Effect(e)) = to.target {
                if effects[e].status == Status::NotMet {
                    d = d.with_note(t!("mechanism-never-tried-effect", effect = to.name.as_str()));
                }
            }
        }
        out.push(d);
    }
}
