use super::{Input, Rule};
use crate::diagnostic::RuleId;
use crate::diagnostic::{Diagnostic, Label};
use crate::locale::Text;
use crate::model::{Horizon, ItemRef, LintLevel, Theory};
use crate::t;

pub static RULE: Rule = Rule {
    id: RuleId::BackwardsInTime,
    default_level: LintLevel::Deny,
    explanation: r#"## What it checks
That time runs forward through every mechanism: activities come first, then short-term,
medium-term and long-term effects. A mechanism may lead from an activity or an effect to an
effect of the same or a later horizon, never to an earlier one, and never to an activity.

## Why it matters
A theory of change is read left to right in time. A long-term effect "causing" a short-term
one usually means a horizon was set wrongly, and a workshop diagram would draw an arrow
running backwards across the columns.

## Example
```toml
[effects.forbattrad-samverkan]
horizon = "long"
[effects.kannedom]
horizon = "short"
[mechanisms.spridning]
from = ["forbattrad-samverkan"]
to = ["kannedom"]
```

## How to fix
Check the horizons: either the target effect comes later than written, or the mechanism runs
the other way. Activities are what the programme does; they are never the `to` of a mechanism."#,
    explanation_sv: r#"## Vad den kontrollerar
Att tiden går framåt genom varje mekanism: först insatser, sedan effekter på kort,
mellanlång och lång sikt. En mekanism får leda från en insats eller en effekt till en effekt
på samma eller en senare tidshorisont, aldrig till en tidigare och aldrig till en insats.

## Varför det spelar roll
En förändringsteori läses från vänster till höger i tid. En effekt på lång sikt som
"orsakar" en effekt på kort sikt betyder oftast att en tidshorisont blivit fel, och
workshopens diagram skulle rita en pil bakåt över kolumnerna.

## Exempel
```toml
[effects.forbattrad-samverkan]
horizon = "long"
[effects.kannedom]
horizon = "short"
[mechanisms.spridning]
from = ["forbattrad-samverkan"]
to = ["kannedom"]
```

## Så rättar du
Kontrollera tidshorisonterna: antingen kommer måleffekten senare än det står, eller så går
mekanismen åt andra hållet. Insatser är det programmet gör; de är aldrig `to` i en mekanism."#,
    check: Some(check),
};

/// Position in time: activities first, then the three horizons.
fn rank(theory: &Theory, item: ItemRef) -> Option<u8> {
    match item {
        ItemRef::Activity(_) => Some(0),
        ItemRef::Output(_) => Some(1),
        ItemRef::Effect(e) => Some(match theory.effects[e].horizon {
            Horizon::Short => 2,
            Horizon::Medium => 3,
            Horizon::Long => 4,
        }),
        _ => None,
    }
}

fn when(theory: &Theory, item: ItemRef) -> Text {
    let when = match item {
        ItemRef::Effect(e) => match theory.effects[e].horizon {
            Horizon::Short => "short",
            Horizon::Medium => "medium",
            Horizon::Long => "long",
        },
        ItemRef::Output(_) => "output",
        _ => "activity",
    };
    t!("backwards-in-time-when", when = when)
}

fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let theory = input.theory;
    for mechanism in &theory.mechanisms {
        // The latest starting point is the one every target must not precede.
        let latest = mechanism
            .from
            .iter()
            .filter_map(|r| r.target.and_then(|t| rank(theory, t).map(|k| (k, r))))
            .max_by_key(|(k, _)| *k);
        for to in &mechanism.to {
            let Some(target) = to.target else { continue };
            if let ItemRef::Activity(_) = target {
                out.push(
                    RULE.diagnostic(
                        t!(
                            "backwards-in-time-activity",
                            mechanism = &mechanism.header.id,
                            activity = &to.name
                        ),
                        Label::new(
                            theory.file,
                            to.span.clone(),
                            t!("backwards-in-time-activity-label"),
                        ),
                    )
                    .with_fact("mechanism", mechanism.header.id.as_str())
                    .with_fact("to", to.name.as_str())
                    .with_help(t!("backwards-in-time-activity-help")),
                );
                continue;
            }
            let (Some(to_rank), Some((from_rank, from))) = (rank(theory, target), latest) else {
                continue;
            };
            if from_rank > to_rank {
                let source = from.target.expect("ranked references are resolved");
                out.push(
                    RULE.diagnostic(
                        t!(
                            "backwards-in-time",
                            mechanism = &mechanism.header.id,
                            from = when(theory, source),
                            to = when(theory, target)
                        ),
                        Label::new(
                            theory.file,
                            to.span.clone(),
                            t!(
                                "backwards-in-time-label",
                                when = when(theory, target),
                                id = &to.name
                            ),
                        ),
                    )
                    .with_fact("mechanism", mechanism.header.id.as_str())
                    .with_fact("from", from.name.as_str())
                    .with_fact("to", to.name.as_str())
                    .with_secondary(Label::new(
                        theory.file,
                        from.span.clone(),
                        t!(
                            "backwards-in-time-label",
                            when = when(theory, source),
                            id = &from.name
                        ),
                    ))
                    .with_help(t!("backwards-in-time-help")),
                );
            }
        }
    }
}
