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
        // Writing into a String cannot fail.
        let _ = write!(
            t,
            "[resources.r{i}]\ntext = \"Resurs {i}\"\n\n\
             [activities.a{i}]\nperspective = \"deltagare\"\ntext = \"Insats {i}\"\nuses = [\"r{i}\"]\n\n\
             [contexts.c{i}]\nkind = \"structural\"\ntext = \"Förutsättning {i}\"\n\n"
        );
        let mut previous = format!("a{i}");
        for horizon in ["short", "medium", "long"] {
            let _ = write!(
                t,
                "[effects.{horizon}{i}]\nhorizon = \"{horizon}\"\nperspective = \"deltagare\"\ntext = \"Effekt {horizon} {i}\"\n\n\
                 [mechanisms.m{horizon}{i}]\ntext = \"Mekanism {horizon} {i}\"\nfrom = [\"{previous}\"]\nto = [\"{horizon}{i}\"]\ncontexts = [\"c{i}\"]\n\n\
                 [indicators.i{horizon}{i}]\nmeasures = \"{horizon}{i}\"\nkind = \"outcome\"\ntext = \"Andel {horizon} {i}\"\nunit = \"percent\"\n\
                 target = {{ value = 50, direction = \"at_least\" }}\nsource = \"Uppföljning\"\n\n"
            );
            previous = format!("{horizon}{i}");
        }
    }
    t
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
