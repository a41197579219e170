//! The hostile strings every output is tried with (`tests/suite/hostile.rs`, and the real Mermaid and
//! Graphviz parsers in `tests/suite/mermaid.rs` and `tests/suite/cli.rs`).

/// Characters and strings that break naive escaping somewhere.
pub const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "]]> --> <!--",
    "a\u{0}b",
    "\u{202e}txet desrever",
    "\u{ffff}\u{fffe}",
    "zero\u{200d}width\u{200b}joiners",
    "\u{1b}[2J\u{7}\u{1b}]8;;http://evil\u{7}",
    "%%{init: {\"theme\": \"dark\"}}%%",
    "`backticks` and *stars* and _underscores_",
    "| pipe | in | cells |",
    "line\rbreak\nand\r\nmore",
    "=HYPERLINK(\"http://evil\")",
    "# heading",
    "&amp; &lt; &#35;",
    "mechanism:m0",
    "back\\slash \\\" quote'",
    "[link](http://evil) ![img](http://evil)",
    "click n1 href \"http://evil\"",
];

/// A TOML basic string for `text`.
pub fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A valid theory with `text` in every place a reader sees text.
pub fn source(text: &str) -> String {
    let t = toml_string(text);
    format!(
        r#"
[theory]
name = {t}
[perspectives]
p = {t}
[activities.a]
perspective = "p"
text = {t}
[effects.e]
horizon = "short"
perspective = "p"
text = {t}
[mechanisms.m0]
text = {t}
from = ["a"]
to = ["e"]
contexts = ["c"]
[contexts.c]
kind = "structural"
influence = "enabling"
text = {t}
[indicators.i]
measures = "e"
kind = "outcome"
text = {t}
unit = "percent"
target = {{ value = 50, direction = "at_least" }}
source = {t}
[[indicators.i.measurements]]
period = "2020"
value = 60
"#
    )
}

/// One valid theory with every hostile string, each in its own activity, effect, mechanism and
/// context: one run of a slow outside parser sees them all.
pub fn all_in_one() -> String {
    let mut t = String::from("[theory]\nname = \"Fientlig\"\n[perspectives]\np = \"P\"\n");
    for (i, text) in HOSTILE.iter().enumerate() {
        let s = toml_string(text);
        t.push_str(&format!(
            "[activities.a{i}]\nperspective = \"p\"\ntext = {s}\n\
             [effects.e{i}]\nhorizon = \"short\"\nperspective = \"p\"\ntext = {s}\n\
             [mechanisms.m{i}]\ntext = {s}\nfrom = [\"a{i}\"]\nto = [\"e{i}\"]\ncontexts = [\"c{i}\"]\n\
             [contexts.c{i}]\nkind = \"structural\"\ninfluence = \"enabling\"\ntext = {s}\n\
             [indicators.i{i}]\nmeasures = \"e{i}\"\nkind = \"outcome\"\ntext = {s}\ndraft = true\n"
        ));
    }
    t
}
