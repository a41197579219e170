//! Numbers, targets and periods worded for people, in the theory's language.

use crate::locale::Language;
use crate::model::{Direction, Indicator, Unit};
use crate::words::labels as words;

/// `81,6 %` in Swedish, `81.6%` in English; whole numbers without decimals.
pub fn value(v: f64, unit: &Unit, language: Language) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    let mut number = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    if language == Language::Sv {
        number = number.replace('.', ",");
    }
    match (unit, language) {
        (Unit::Percent, Language::Sv) => format!("{number} %"),
        (Unit::Percent, Language::En) => format!("{number}%"),
        (Unit::Days, _) => format!("{number} {}", words(language).days),
        (Unit::Currency, _) => format!("{number} kr"),
        (Unit::Other(unit), _) if unit != "yes/no" => format!("{number} {unit}"),
        _ => number,
    }
}

/// What a measurement says, as people read it: `81,6 % (beräknat)`, or a finding in words.
pub fn observed(
    v: &crate::compile::attainment::Value,
    unit: &Unit,
    language: Language,
) -> Option<String> {
    // An approximate value as the source words it: `≈ 25 %`.
    let about = if v.approximate { "≈ " } else { "" };
    let mut shown = match (v.value, &v.text) {
        // An ordinal level reads as its word, not its number.
        (Some(_), Some(level)) if *unit == Unit::Ordinal => level.clone(),
        (Some(number), _) => format!("{about}{}", value(number, unit, language)),
        (None, Some(text)) => text.clone(),
        (None, None) => return None,
    };
    if v.derived {
        shown.push_str(&format!(" ({})", words(language).derived));
    }
    Some(shown)
}

/// The target in a few characters: `≥ 70 %`, `60–80 %`, `ökning`.
pub fn target(indicator: &Indicator, language: Language) -> Option<String> {
    let target = indicator.target.as_ref()?;
    // An approximate value as the source words it: `≈ 50 %`.
    let about = if target.approximate { "≈ " } else { "" };
    let v = |x: f64| match &target.level {
        Some(level) if indicator.unit == Unit::Ordinal => level.value.clone(),
        _ => format!("{about}{}", value(x, &indicator.unit, language)),
    };
    let w = words(language);
    let mut text = match (target.direction, target.value) {
        (Direction::AtLeast, Some(t)) => format!("≥ {}", v(t)),
        (Direction::AtMost, Some(t)) => format!("≤ {}", v(t)),
        (Direction::Range, Some(t)) => match target.max {
            Some(max) => format!("{}–{}", v(t), v(max)),
            None => format!("≥ {}", v(t)),
        },
        (Direction::Increase, Some(t)) => format!("↑ {}", v(t)),
        (Direction::Decrease, Some(t)) => format!("↓ {}", v(t)),
        (Direction::Increase, None) => w.increase.to_string(),
        (Direction::Decrease, None) => w.decrease.to_string(),
        (_, None) => "?".to_string(),
    };
    if let Some(by) = &target.by {
        text.push_str(&format!(" {} ", w.by));
        text.push_str(&by.value);
    }
    Some(text)
}

/// Text for XML: the five escapes, and characters XML 1.0 forbids replaced.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}
