//! Structure-aware: `arbitrary` builds mostly valid theories (items, references between them,
//! indicators, measurements, hostile texts), so the run reaches the rules, layout and reports
//! rather than stopping at TOML syntax.
#![no_main]

mod common;

use arbitrary::Arbitrary;
use std::fmt::Write;

#[derive(Arbitrary, Debug)]
struct Theory {
    name: Text,
    language_en: bool,
    perspectives: Vec<Text>,
    activities: Vec<(Text, u8)>,
    outputs: Vec<(Text, u8)>,
    effects: Vec<(Text, u8, u8, bool)>,
    mechanisms: Vec<(Text, Vec<u8>, Vec<u8>, u8)>,
    contexts: Vec<(Text, bool)>,
    indicators: Vec<Indicator>,
}

#[derive(Arbitrary, Debug)]
struct Indicator {
    text: Text,
    measures: Vec<u8>,
    outcome: bool,
    unit: u8,
    target: Option<(i16, u8)>,
    measurements: Vec<(u16, Option<i16>, Option<(u8, u8)>, Option<u8>, bool)>,
    draft: bool,
}

/// A text from a small table of hostile and ordinary pieces, or free text.
#[derive(Arbitrary, Debug)]
enum Text {
    Piece(u8),
    Free(String),
}

const PIECES: &[&str] = &[
    "Deltagarna känner framtidstro",
    "<script>alert(1)</script>",
    "\"><img onerror=x>",
    "]]>",
    "\u{0}",
    "\u{202e}txet",
    "\u{ffff}",
    "a\u{200d}b",
    "\u{1b}[2J\u{7}",
    "%%{init: {}}%%",
    "`kod`",
    "| kolumn",
    "\r\nclick n1 href \"x\"",
    "=HYPERLINK(\"x\")",
    "# rubrik",
    "&amp;",
    "mechanism:m",
    "\\",
    "'",
    "\n\n",
    "",
];

impl Text {
    fn toml(&self) -> String {
        let raw = match self {
            Text::Piece(i) => PIECES[*i as usize % PIECES.len()].to_string(),
            Text::Free(s) => s.chars().take(200).collect(),
        };
        // A TOML basic string: escape what TOML requires, keep everything else.
        let mut out = String::from("\"");
        for c in raw.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => {
                    let _ = write!(out, "\\u{:04X}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

fn pick(ids: &[String], i: u8) -> Option<&String> {
    (!ids.is_empty()).then(|| &ids[i as usize % ids.len()])
}

fn list(ids: &[String], picks: &[u8]) -> String {
    let names: Vec<String> = picks
        .iter()
        .take(4)
        .filter_map(|&i| pick(ids, i))
        .map(|id| format!("\"{id}\""))
        .collect();
    format!("[{}]", names.join(", "))
}

impl Theory {
    fn toml(&self) -> String {
        let mut t = String::new();
        let _ = writeln!(t, "[theory]\nname = {}", self.name.toml());
        if self.language_en {
            t.push_str("language = \"en\"\n");
        }
        let perspectives: Vec<String> = (0..self.perspectives.len().min(4))
            .map(|i| format!("p{i}"))
            .collect();
        t.push_str("[perspectives]\n");
        for (id, label) in perspectives.iter().zip(&self.perspectives) {
            let _ = writeln!(t, "{id} = {}", label.toml());
        }
        let activities: Vec<String> = (0..self.activities.len().min(8))
            .map(|i| format!("a{i}"))
            .collect();
        for (id, (text, p)) in activities.iter().zip(&self.activities) {
            let _ = writeln!(t, "[activities.{id}]\ntext = {}", text.toml());
            if let Some(p) = pick(&perspectives, *p) {
                let _ = writeln!(t, "perspective = \"{p}\"");
            }
        }
        let outputs: Vec<String> = (0..self.outputs.len().min(4))
            .map(|i| format!("o{i}"))
            .collect();
        for (id, (text, a)) in outputs.iter().zip(&self.outputs) {
            let _ = writeln!(t, "[outputs.{id}]\ntext = {}", text.toml());
            let _ = writeln!(t, "from = {}", list(&activities, &[*a]));
        }
        let effects: Vec<String> = (0..self.effects.len().min(12))
            .map(|i| format!("e{i}"))
            .collect();
        for (id, (text, horizon, p, intended)) in effects.iter().zip(&self.effects) {
            let horizon = ["short", "medium", "long"][*horizon as usize % 3];
            let _ = writeln!(
                t,
                "[effects.{id}]\nhorizon = \"{horizon}\"\ntext = {}",
                text.toml()
            );
            if let Some(p) = pick(&perspectives, *p) {
                let _ = writeln!(t, "perspective = \"{p}\"");
            }
            if !intended {
                t.push_str("intended = false\n");
            }
        }
        let contexts: Vec<String> = (0..self.contexts.len().min(4))
            .map(|i| format!("c{i}"))
            .collect();
        for (id, (text, enabling)) in contexts.iter().zip(&self.contexts) {
            let influence = if *enabling { "enabling" } else { "hindering" };
            let _ = writeln!(
                t,
                "[contexts.{id}]\nkind = \"structural\"\ninfluence = \"{influence}\"\ntext = {}",
                text.toml()
            );
        }
        let starts: Vec<String> = activities
            .iter()
            .chain(&outputs)
            .chain(&effects)
            .cloned()
            .collect();
        for (m, (text, from, to, c)) in self.mechanisms.iter().take(12).enumerate() {
            let _ = writeln!(
                t,
                "[mechanisms.m{m}]\ntext = {}\nfrom = {}\nto = {}\ncontexts = {}",
                text.toml(),
                list(&starts, from),
                list(&effects, to),
                list(&contexts, &[*c])
            );
        }
        let measurable: Vec<String> = effects.iter().chain(&activities).cloned().collect();
        for (i, indicator) in self.indicators.iter().take(8).enumerate() {
            let kind = if indicator.outcome {
                "outcome"
            } else {
                "output"
            };
            let unit =
                ["percent", "count", "ratio", "qualitative", "days"][indicator.unit as usize % 5];
            let _ = writeln!(
                t,
                "[indicators.i{i}]\nmeasures = {}\nkind = \"{kind}\"\ntext = {}\nunit = \"{unit}\"\nsource = \"S\"",
                list(&measurable, &indicator.measures),
                indicator.text.toml()
            );
            if let Some((value, direction)) = indicator.target {
                let direction =
                    ["at_least", "at_most", "increase", "decrease"][direction as usize % 4];
                let _ = writeln!(
                    t,
                    "target = {{ value = {value}, direction = \"{direction}\" }}"
                );
            }
            if indicator.draft {
                t.push_str("draft = true\n");
            }
            for (year, value, counts, assessment, derived) in indicator.measurements.iter().take(4)
            {
                let _ = writeln!(
                    t,
                    "[[indicators.i{i}.measurements]]\nperiod = \"{}\"",
                    2000 + year % 40
                );
                if let Some(v) = value {
                    let _ = writeln!(t, "value = {v}");
                }
                if let Some((n, d)) = counts {
                    let _ = writeln!(t, "numerator = {n}\ndenominator = {d}");
                }
                if let Some(a) = assessment {
                    let a = ["met", "partly_met", "not_met"][*a as usize % 3];
                    let _ = writeln!(t, "assessment = \"{a}\"\nsource = \"S\"\nnote = \"N\"");
                }
                if *derived && assessment.is_none() {
                    t.push_str("derived = true\nnote = \"N\"\n");
                }
            }
        }
        t
    }
}

libfuzzer_sys::fuzz_target!(|theory: Theory| {
    common::exercise(&theory.toml());
});
