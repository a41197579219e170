//! The portfolio overview a steering group reads: every theory with its check summary,
//! coverage and attainment counts, linked to its page.

use super::document;
use crate::compile::attainment::Status;
use crate::indicators::coverage::Shares;
use crate::indicators::report::Counts;
use crate::locale::Language;
use crate::words::{labels, page_labels};
use maud::{html, PreEscaped};

/// Where the room's laptops join a shared server (`verkan serve --share`), shown on the
/// overview: the address, and its QR code as SVG.
pub struct Join<'a> {
    /// The join address, with its secret.
    pub url: &'a str,
    /// The address as a QR code (SVG markup made by verkan, not from a theory).
    pub code: Option<&'a str>,
}

/// One theory's line in the overview.
#[derive(Debug, Clone)]
pub struct OverviewEntry {
    /// The theory's name.
    pub name: String,
    /// Its period.
    pub period: Option<String>,
    /// The theory file, as given.
    pub file: String,
    /// Its page, relative to the overview; `None` while the file has errors and no earlier
    /// version was good.
    pub href: Option<String>,
    /// Its findings at error level.
    pub errors: usize,
    /// Its warnings.
    pub warnings: usize,
    /// Its coverage, when it compiled.
    pub coverage: Option<Shares>,
    /// Its effects per status, when it compiled.
    pub summary: Option<Counts>,
    /// A small picture of its diagram, as a `data:` URI, when one was drawn (`build`).
    pub thumbnail: Option<String>,
    /// Its effects per status as of each period measured, oldest first (see
    /// [`crate::indicators::report::Scorecard::timeline`]).
    pub timeline: Vec<(String, Counts)>,
}

/// Files beside the overview it links to: every scorecard in one Excel workbook, and the
/// overview as a Word document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Beside<'a> {
    /// The portfolio workbook.
    pub workbook: Option<&'a str>,
    /// The portfolio's Word document.
    pub word: Option<&'a str>,
}

/// The overview page, in `language`, linking the files `beside` it.
pub fn overview(
    entries: &[OverviewEntry],
    language: Language,
    live: bool,
    beside: Beside<'_>,
    join: Option<Join<'_>>,
) -> String {
    let words = page_labels(language);
    let l = labels(language);
    let statuses = Status::ALL;
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let check = |errors: usize, warnings: usize| {
        format!(
            "{}, {}",
            count(errors, words.error, words.errors),
            count(warnings, words.warning, words.warnings)
        )
    };
    // The portfolio's totals: the same counts summed, as `verkan coverage` sums them.
    let mut coverage = Shares::default();
    let mut summary = Counts::default();
    for e in entries {
        if let (Some(c), Some(s)) = (&e.coverage, &e.summary) {
            coverage.effects += c.effects;
            coverage.outcome_indicator += c.outcome_indicator;
            coverage.measured += c.measured;
            summary = summary.plus(s);
        }
    }
    let timelines = entries.iter().any(|e| !e.timeline.is_empty());
    let errors: usize = entries.iter().map(|e| e.errors).sum();
    let warnings: usize = entries.iter().map(|e| e.warnings).sum();
    let body = html! {
        header.toolbar { h1 { (words.overview) } }
        main #overview {
            @if let Some(join) = &join {
                section.join aria-labelledby="join-title" {
                    h2 #join-title { (words.join) }
                    @if let Some(code) = join.code {
                        div.join-code role="img" aria-label=(words.join) { (PreEscaped(code)) }
                    }
                    p { code { (join.url) } }
                }
            }
            @if let Some(href) = beside.workbook {
                p { a href=(href) { (words.workbook) } }
            }
            @if let Some(href) = beside.word {
                p { a href=(href) { (words.word_document) } }
            }
            table {
                caption { (words.coverage) " · " (l.attainment) }
                thead {
                    tr {
                        th scope="col" { (words.theory) }
                        th scope="col" { (l.attainment) }
                        @if timelines { th scope="col" { (words.over_time) } }
                        th scope="col" { (words.check) }
                        th scope="col" { (l.effects) }
                        th scope="col" { (words.with_outcome_indicator) }
                        th scope="col" { (words.measured) }
                        @for status in statuses {
                            th scope="col" { span aria-hidden="true" { (status.symbol()) } " " (status.label(language)) }
                        }
                    }
                }
                tbody {
                    @for e in entries {
                        tr {
                            (theory_cell(e, language))
                            td.bar { @if let Some(s) = &e.summary { (bar(s, language)) } }
                            @if timelines {
                                td.timeline { @if !e.timeline.is_empty() { (timeline(&e.timeline, language)) } }
                            }
                            td.check.error[e.errors > 0] { (check(e.errors, e.warnings)) }
                            @match (&e.coverage, &e.summary) {
                                (Some(c), Some(s)) => {
                                    td.number { (c.effects) }
                                    td.number { (c.outcome_indicator) }
                                    td.number { (c.measured) }
                                    @for status in statuses { td.number { (s.of(status)) } }
                                }
                                _ => { td colspan=(statuses.len() + 3) { "–" } }
                            }
                        }
                    }
                }
                @if entries.len() > 1 {
                    tfoot {
                        tr {
                            th scope="row" { (words.all_theories) }
                            td.bar { (bar(&summary, language)) }
                            @if timelines { td {} }
                            td.check.error[errors > 0] { (check(errors, warnings)) }
                            td.number { (coverage.effects) }
                            td.number { (coverage.outcome_indicator) }
                            td.number { (coverage.measured) }
                            @for status in statuses { td.number { (summary.of(status)) } }
                        }
                    }
                }
            }
        }
    };
    document(
        words.overview,
        crate::locale::Language::code(language),
        body,
        super::data_script(&()),
        words,
        live,
        None,
    )
}

/// A theory's name (opening its page), period, file and small picture, heading its row.
fn theory_cell(e: &OverviewEntry, language: Language) -> maud::Markup {
    html! {
        th scope="row" {
            @match &e.href {
                Some(href) => a href=(href) { (e.name) },
                None => (e.name),
            }
            @if let Some(p) = &e.period { br; span.period { (p) } }
            br; code.file { (e.file) }
            @if let Some(picture) = &e.thumbnail {
                br;
                @match &e.href {
                    Some(href) => a.thumbnail href=(href) { img src=(picture) alt=(thumbnail_alt(&e.name, language)) width="180"; },
                    None => img src=(picture) alt=(thumbnail_alt(&e.name, language)) width="180";,
                }
            }
        }
    }
}

/// The effects by status as one stacked bar, each status in its colours, best first; what it
/// shows is said in words to a screen reader and in the columns beside it.
fn bar(counts: &Counts, language: Language) -> maud::Markup {
    const WIDTH: f64 = 160.0;
    let said = crate::indicators::report::counts_in_words(counts, language);
    let stretches = crate::indicators::report::bar_stretches(counts, WIDTH);
    html! {
        svg.bar width=(WIDTH) height="14" viewBox=(format!("0 0 {WIDTH} 14")) role="img" aria-label=(said) {
            @for (x, width, status) in stretches {
                @let (fill, stroke) = status.colours();
                rect x=(format!("{x:.1}")) y="0.5" width=(format!("{width:.1}")) height="13" fill=(fill) stroke=(stroke) {}
            }
        }
    }
}

/// Attainment over time: a stacked column of the effects by status for each period measured,
/// oldest on the left, the period under it; said in words to a screen reader.
fn timeline(periods: &[(String, Counts)], language: Language) -> maud::Markup {
    const COLUMN: f64 = 20.0;
    const GAP: f64 = 8.0;
    const HEIGHT: f64 = 40.0;
    let width = periods.len() as f64 * (COLUMN + GAP);
    let said: Vec<String> = periods
        .iter()
        .map(|(period, counts)| {
            let words = crate::indicators::report::counts_in_words(counts, language);
            format!("{period}: {words}")
        })
        .collect();
    // Each period's column, best status at the top: (x, y, height, status).
    let mut stretches = Vec::new();
    for (k, (_, counts)) in periods.iter().enumerate() {
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        let x = GAP / 2.0 + k as f64 * (COLUMN + GAP);
        let mut y = 0.0;
        for (status, n) in counts.iter().filter(|(_, n)| *n > 0) {
            let height = HEIGHT * n as f64 / total.max(1) as f64;
            stretches.push((x, y, height, status));
            y += height;
        }
    }
    html! {
        svg.timeline width=(width) height=(HEIGHT + 14.0) viewBox=(format!("0 0 {width} {}", HEIGHT + 14.0)) role="img" aria-label=(said.join("; ")) {
            @for (x, y, height, status) in stretches {
                @let (fill, stroke) = status.colours();
                rect x=(format!("{x:.1}")) y=(format!("{y:.1}")) width=(COLUMN) height=(format!("{height:.1}")) fill=(fill) stroke=(stroke) {}
            }
            @for (k, (period, _)) in periods.iter().enumerate() {
                text x=(format!("{:.1}", GAP / 2.0 + k as f64 * (COLUMN + GAP) + COLUMN / 2.0)) y=(HEIGHT + 11.0) font-size="8" text-anchor="middle" aria-hidden="true" { (period) }
            }
        }
    }
}

/// What a theory's picture shows, for a reader who cannot see it.
fn thumbnail_alt(name: &str, language: Language) -> String {
    crate::t!("overview-thumbnail", name = name).render(language)
}
