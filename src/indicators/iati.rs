//! The theory's results as IATI 2.03 (`verkan report THEORY --format iati`), the standard
//! funders use for results: one `iati-activity` with a `result` per effect or output that has
//! indicators other than drafts (output 1, outcome 2 for the short and medium term, impact 3 for the long
//! term), each indicator with its measure, direction and baseline, and a `period` per
//! measured period with the target and the actual values, groups as dimensions, verdicts in
//! words as comments with the evaluation's own words. Narratives are in the theory's language.

use super::format::xml;
use crate::compile::attainment::Status;
use crate::compile::Compiled;
use crate::document::ActivityStatus;
use crate::model::{Direction, Horizon, Indicator, ItemRef, Measurement, Period, Theory, Unit};
use crate::t;
use std::fmt::Write as _;

/// The IATI document, or what the theory must say first (each a sentence to show).
pub fn iati(compiled: &Compiled) -> Result<String, Vec<crate::locale::Text>> {
    let theory = &compiled.theory;
    let meta = &theory.meta;
    let mut missing = Vec::new();
    if meta.iati_identifier.is_none() {
        missing.push(t!("iati-needs-identifier"));
    }
    let reporting = meta.reporting_org.as_ref();
    if reporting.is_none() {
        missing.push(t!("iati-needs-reporting-org"));
    }
    let dates = activity_dates(theory);
    if dates.is_empty() {
        missing.push(t!("iati-needs-period"));
    }
    let (Some(identifier), Some(reporting), false) =
        (&meta.iati_identifier, reporting, dates.is_empty())
    else {
        return Err(missing);
    };
    let language = meta.language.code();
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<iati-activities version=\"2.03\">\n");
    let _ = writeln!(
        x,
        " <iati-activity xml:lang=\"{language}\" default-currency=\"SEK\">"
    );
    let _ = writeln!(
        x,
        "  <iati-identifier>{}</iati-identifier>",
        xml(identifier)
    );
    let org_name = reporting
        .name
        .as_deref()
        .or(meta.funder.as_deref())
        .unwrap_or(&reporting.reference);
    let _ = writeln!(
        x,
        "  <reporting-org ref=\"{}\" type=\"{}\">{}</reporting-org>",
        xml(&reporting.reference),
        xml(&reporting.kind),
        narrative(org_name)
    );
    let _ = writeln!(x, "  <title>{}</title>", narrative(&meta.name));
    let description = meta
        .description
        .clone()
        .or_else(|| (!meta.purpose.is_empty()).then(|| meta.purpose.join(" ")))
        .unwrap_or_else(|| meta.name.clone());
    let _ = writeln!(
        x,
        "  <description type=\"1\">{}</description>",
        narrative(&description)
    );
    participants(&mut x, theory, org_name);
    let status = match meta
        .activity_status
        .unwrap_or(ActivityStatus::Implementation)
    {
        ActivityStatus::Pipeline => 1,
        ActivityStatus::Implementation => 2,
        ActivityStatus::Finalisation => 3,
        ActivityStatus::Closed => 4,
        ActivityStatus::Cancelled => 5,
        ActivityStatus::Suspended => 6,
    };
    let _ = writeln!(x, "  <activity-status code=\"{status}\"/>");
    for (kind, date) in dates {
        let _ = writeln!(x, "  <activity-date type=\"{kind}\" iso-date=\"{date}\"/>");
    }
    for result in results(compiled) {
        x.push_str(&result);
    }
    x.push_str(" </iati-activity>\n</iati-activities>\n");
    Ok(x)
}

/// `<narrative>` with the text; the language is the activity's own.
fn narrative(text: &str) -> String {
    format!("<narrative>{}</narrative>", xml(text))
}

/// The funder (role 1, funding), the owners (role 2, accountable) and the partners (role 4,
/// implementing); the reporting organisation as funder when the theory names none.
fn participants(x: &mut String, theory: &Theory, reporting: &str) {
    let meta = &theory.meta;
    let funder = meta.funder.as_deref().unwrap_or(reporting);
    let _ = writeln!(
        x,
        "  <participating-org role=\"1\">{}</participating-org>",
        narrative(funder)
    );
    for owner in meta.owner.iter().chain(&meta.co_owners) {
        let _ = writeln!(
            x,
            "  <participating-org role=\"2\">{}</participating-org>",
            narrative(owner)
        );
    }
    for partner in &meta.partners {
        let _ = writeln!(
            x,
            "  <participating-org role=\"4\">{}</participating-org>",
            narrative(partner)
        );
    }
}

/// The programme's start (type 2, actual start) and end (type 3, planned end; 4, actual end
/// when closed) from its `period`; without one, the first and last measured periods.
fn activity_dates(theory: &Theory) -> Vec<(u8, String)> {
    let span = theory
        .meta
        .period
        .as_deref()
        .and_then(|p| Period::parse(&p.replace(['–', '—'], "/")))
        .or_else(|| {
            let periods = theory
                .indicators
                .iter()
                .flat_map(|i| &i.measurements)
                .filter_map(|m| m.parsed_period);
            periods.reduce(|a, b| Period {
                start: a.start.min(b.start),
                end: a.end.max(b.end),
            })
        });
    let Some(span) = span else {
        return Vec::new();
    };
    let closed = matches!(
        theory.meta.activity_status,
        Some(ActivityStatus::Closed | ActivityStatus::Cancelled)
    );
    vec![
        (2, first_day(span.start)),
        (if closed { 4 } else { 3 }, last_day(span.end)),
    ]
}

/// The first day of a month counted from year 0: `2019-01-01`.
fn first_day(month: i32) -> String {
    format!(
        "{:04}-{:02}-01",
        month.div_euclid(12),
        month.rem_euclid(12) + 1
    )
}

/// The last day of a month counted from year 0: `2019-02-28`.
fn last_day(month: i32) -> String {
    let (year, m) = (month.div_euclid(12), month.rem_euclid(12) + 1);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    format!("{year:04}-{m:02}-{days:02}")
}

/// A `<result>` per output and effect with indicators, in file order.
fn results(compiled: &Compiled) -> Vec<String> {
    let theory = &compiled.theory;
    let items = (0..theory.outputs.len())
        .map(ItemRef::Output)
        .chain((0..theory.effects.len()).map(ItemRef::Effect));
    let mut out = Vec::new();
    for item in items {
        // A draft indicator is the file author's proposal, not one the programme reports on.
        let indicators: Vec<usize> = compiled
            .indicators_of(item)
            .iter()
            .copied()
            .filter(|&i| !theory.indicators[i].draft)
            .collect();
        if indicators.is_empty() {
            continue;
        }
        let kind = match item {
            ItemRef::Effect(e) if theory.effects[e].horizon == Horizon::Long => 3,
            ItemRef::Effect(_) => 2,
            _ => 1,
        };
        let mut x = String::new();
        let _ = writeln!(x, "  <result type=\"{kind}\" aggregation-status=\"0\">");
        let _ = writeln!(
            x,
            "   <title>{}</title>",
            narrative(&theory.text(item).value)
        );
        for i in indicators {
            indicator(&mut x, compiled, i);
        }
        x.push_str("  </result>\n");
        out.push(x);
    }
    out
}

fn indicator(x: &mut String, compiled: &Compiled, i: usize) {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let indicator = &theory.indicators[i];
    let measure = match indicator.unit {
        Unit::Percent => 2,
        Unit::Ordinal => 4,
        Unit::Qualitative => 5,
        Unit::Other(ref word) if word == "yes/no" => 5,
        _ => 1,
    };
    let ascending = match indicator.target.as_ref().map(|t| t.direction) {
        Some(Direction::AtLeast | Direction::Increase) => " ascending=\"1\"",
        Some(Direction::AtMost | Direction::Decrease) => " ascending=\"0\"",
        _ => "",
    };
    let _ = writeln!(x, "   <indicator measure=\"{measure}\"{ascending}>");
    let _ = writeln!(x, "    <title>{}</title>", narrative(&indicator.text.value));
    if let Some(source) = &indicator.source {
        let _ = writeln!(
            x,
            "    <description>{}</description>",
            narrative(&source.value)
        );
    }
    if let Some(baseline) = &indicator.baseline {
        let year = baseline
            .period
            .as_ref()
            .and_then(|p| Period::parse(&p.value))
            .map(|p| p.start.div_euclid(12));
        if let Some(year) = year.filter(|y| *y > 0) {
            let _ = writeln!(
                x,
                "    <baseline year=\"{year}\" value=\"{}\"/>",
                number(baseline.value)
            );
        }
    }
    // One period per measured period, its values for the whole and for each group.
    let mut periods: Vec<(Period, Vec<&Measurement>)> = Vec::new();
    for m in &indicator.measurements {
        let Some(p) = m.parsed_period else { continue };
        match periods.iter_mut().find(|(q, _)| *q == p) {
            Some((_, ms)) => ms.push(m),
            None => periods.push((p, vec![m])),
        }
    }
    periods.sort_by_key(|(p, _)| (p.start, p.end));
    for (period, measurements) in periods {
        let _ = writeln!(x, "    <period>");
        let _ = writeln!(
            x,
            "     <period-start iso-date=\"{}\"/>",
            first_day(period.start)
        );
        let _ = writeln!(
            x,
            "     <period-end iso-date=\"{}\"/>",
            last_day(period.end)
        );
        if let Some(target) = target(indicator, language) {
            x.push_str(&target);
        }
        for m in measurements {
            actual(x, indicator, m, language);
        }
        let _ = writeln!(x, "    </period>");
    }
    let _ = writeln!(x, "   </indicator>");
}

/// The target as IATI has it: its value, or its words for a target without one.
fn target(indicator: &Indicator, language: crate::locale::Language) -> Option<String> {
    let target = indicator.target.as_ref()?;
    let words = super::format::target(indicator, language)?;
    Some(match target.value {
        Some(v) if target.level.is_none() => format!(
            "     <target value=\"{}\"><comment>{}</comment></target>\n",
            number(v),
            narrative(&words)
        ),
        _ => format!(
            "     <target><comment>{}</comment></target>\n",
            narrative(&words)
        ),
    })
}

/// One value: the number, its group as a dimension, and in a comment what it is in words (a
/// finding, a verdict with the evaluation's own words, an approximate or derived number).
fn actual(
    x: &mut String,
    indicator: &Indicator,
    m: &Measurement,
    language: crate::locale::Language,
) {
    let mut words = Vec::new();
    if let Some(text) = &m.text {
        words.push(text.clone());
    }
    if let Some(a) = m.assessment {
        words.push(Status::from(a).marked(language));
    }
    if m.approximate {
        words.push("≈".to_string());
    }
    if let Some(note) = &m.note {
        words.push(note.clone());
    }
    let value = match m.value_in(&indicator.unit) {
        Some(v) if indicator.unit != Unit::Qualitative => format!(" value=\"{}\"", number(v)),
        _ => String::new(),
    };
    let _ = write!(x, "     <actual{value}>");
    if let (Some(group), Some((d, _))) = (&m.group, m.group_index) {
        let _ = write!(
            x,
            "<dimension name=\"{}\" value=\"{}\"/>",
            xml(&indicator.disaggregation[d].name),
            xml(group)
        );
    }
    if !words.is_empty() {
        let _ = write!(x, "<comment>{}</comment>", narrative(&words.join(" – ")));
    }
    x.push_str("</actual>\n");
}

/// A number as IATI writes it: a point for decimals, no grouping, no needless zeros.
fn number(v: f64) -> String {
    let rounded = crate::number::round(v, 4);
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}
