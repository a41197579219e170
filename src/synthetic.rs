//! Generated theories of any size, for benchmarks and scale tests.

use std::fmt::Write;

/// Items per chain in [`theory`]: a resource, an activity, a context, and for each of the three
/// horizons an effect, a mechanism and an outcome indicator.
pub const ITEMS_PER_CHAIN: usize = 12;

/// A valid theory of `chains` independent chains: activity → short → medium → long effect.
pub fn theory(chains: usize) -> String {
    let mut t = String::with_capacity(chains * 1400);
    t.push_str("[theory]\nname = \"Syntetisk\"\n\n[perspectives]\ndeltagare = \"Deltagare\"\n\n");
    for i in 0..chains {
        one_chain(&mut t, i);
    }
    t
}

/// Chain `i` of [`theory`]: its resource, activity and context, then three effects, each with
/// the mechanism that leads to it and its outcome indicator.
fn one_chain(t: &mut String, i: usize) {
    // Writing into a String cannot fail.
    let _ = write!(
        t,
        r#"[resources.r{i}]
text = "Resurs {i}"

[activities.a{i}]
perspective = "deltagare"
text = "Insats {i}"
uses = ["r{i}"]

[contexts.c{i}]
kind = "structural"
text = "Förutsättning {i}"

"#
    );
    let mut previous = format!("a{i}");
    for horizon in ["short", "medium", "long"] {
        let _ = write!(
            t,
            r#"[effects.{horizon}{i}]
horizon = "{horizon}"
perspective = "deltagare"
text = "Effekt {horizon} {i}"

[mechanisms.m{horizon}{i}]
text = "Mekanism {horizon} {i}"
from = ["{previous}"]
to = ["{horizon}{i}"]
contexts = ["c{i}"]

[indicators.i{horizon}{i}]
measures = "{horizon}{i}"
kind = "outcome"
text = "Andel {horizon} {i}"
unit = "percent"
target = {{ value = 50, direction = "at_least" }}
source = "Uppföljning"

"#
        );
        previous = format!("{horizon}{i}");
    }
}

/// One long chain: an activity, then `effects` effects each leading to the next, closed into a
/// loop back to the first when `cycle` is set. Deep graphs for the tests of iterative passes.
pub fn chain(effects: usize, cycle: bool) -> String {
    let mut t = String::with_capacity(effects * 120);
    t.push_str("[theory]\nname = \"Kedja\"\n\n[activities.a]\ntext = \"Insats\"\n\n");
    for i in 0..effects {
        let _ = write!(
            t,
            "[effects.e{i}]\nhorizon = \"short\"\ntext = \"Effekt {i}\"\n\n"
        );
    }
    for i in 0..effects {
        let from = if i == 0 {
            "a".to_string()
        } else {
            format!("e{}", i - 1)
        };
        let _ = write!(
            t,
            "[mechanisms.m{i}]\ntext = \"Mekanism {i}\"\nfrom = [\"{from}\"]\nto = [\"e{i}\"]\n\n"
        );
    }
    if cycle && effects > 0 {
        let _ = write!(
            t,
            "[mechanisms.tillbaka]\ntext = \"Tillbaka\"\nfrom = [\"e{}\"]\nto = [\"e0\"]\n",
            effects - 1
        );
    }
    t
}

/// A theory of about `items` items (boxes and mechanisms) whose mechanisms cross-link
/// neighbouring chains and lanes, the way real theories do: the hard case for a layout.
/// Deterministic: the same size gives the same theory.
pub fn tangled(items: usize) -> String {
    // Per group: an activity and three effects (four boxes) and three mechanisms.
    let groups = (items / 7).max(1);
    let mut t = String::with_capacity(groups * 900);
    t.push_str(
        "[theory]\nname = \"Sammanflätad\"\n\n[perspectives]\ndeltagare = \"Deltagare\"\n\
         personal = \"Personal\"\nsamverkan = \"Samverkan\"\n\n",
    );
    let lanes = ["deltagare", "personal", "samverkan"];
    // A small linear congruential generator: reproducible without a dependency.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % bound.max(1)
    };
    let horizons = ["short", "medium", "long"];
    for i in 0..groups {
        let lane = lanes[(i * 3 / groups.max(1)).min(2)];
        let _ = write!(
            t,
            "[activities.a{i}]\nperspective = \"{lane}\"\ntext = \"Insats {i} med en text som bryts över två rader\"\n\n"
        );
        for horizon in horizons {
            let _ = write!(
                t,
                "[effects.{horizon}{i}]\nhorizon = \"{horizon}\"\nperspective = \"{lane}\"\ntext = \"Effekt {horizon} {i}\"\n\n\
                 [indicators.i{horizon}{i}]\nmeasures = \"{horizon}{i}\"\nkind = \"outcome\"\ntext = \"Andel {horizon} {i}\"\nunit = \"percent\"\n\
                 target = {{ value = 50, direction = \"at_least\" }}\nsource = \"Uppföljning\"\n\n"
            );
        }
    }
    for i in 0..groups {
        let mut previous = "a";
        for horizon in horizons {
            // From this group's previous step and sometimes a neighbour's; sometimes to a
            // neighbour's effect as well.
            let mut from = vec![format!("{previous}{i}")];
            if next(3) == 0 {
                let j = (i + groups - 3 + next(7)) % groups;
                from.push(format!("{previous}{j}"));
            }
            let mut to = vec![format!("{horizon}{i}")];
            if next(4) == 0 {
                let j = (i + groups - 2 + next(5)) % groups;
                if j != i {
                    to.push(format!("{horizon}{j}"));
                }
            }
            from.dedup();
            let list = |v: &[String]| {
                v.iter()
                    .map(|s| format!("\"{s}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = write!(
                t,
                "[mechanisms.m{horizon}{i}]\ntext = \"Mekanism {horizon} {i}\"\nfrom = [{}]\nto = [{}]\n\n",
                list(&from),
                list(&to)
            );
            previous = horizon;
        }
    }
    t
}
