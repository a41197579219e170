//! The text version of a diagram: every box with its mechanisms, indicators and
//! measurements, every mechanism with its evidence, verdict and conditions. It is the
//! diagram's text alternative, what the side panel shows (the script copies an item's
//! section there), and what prints after the diagram.

use super::chart;
use crate::compile::attainment::Status;
use crate::compile::Compiled;
use crate::indicators::format;
use crate::json;
use crate::locale::Language;
use crate::model::{ItemRef, Theory};
use crate::render::layout::Column;
use crate::words::{labels, PageLabels};
use maud::{html, Markup};
use std::collections::HashMap;

/// The boxes of the diagram in the page data's order; section `item-N` is the N-th.
pub struct Items {
    order: Vec<ItemRef>,
    index: HashMap<String, usize>,
    texts: Vec<String>,
}

impl Items {
    pub fn new(compiled: &Compiled) -> Self {
        let theory = &compiled.theory;
        let order: Vec<ItemRef> = theory.items().filter(|&i| is_box(i)).collect();
        let index = order
            .iter()
            .enumerate()
            .map(|(n, &item)| (theory.header(item).id.clone(), n))
            .collect();
        let texts = order
            .iter()
            .map(|&item| theory.text(item).value.clone())
            .collect();
        Items {
            order,
            index,
            texts,
        }
    }

    /// The boxes a diagnostic's facts name, each once, in the order named.
    pub fn named_by(&self, d: &json::diagnostics::Diagnostic) -> Vec<(usize, &str)> {
        let mut seen = Vec::new();
        for fact in d.facts.values() {
            let values: Vec<&String> = match fact {
                json::diagnostics::Fact::Text(t) => vec![t],
                json::diagnostics::Fact::List(l) => l.iter().collect(),
            };
            for value in values {
                if let Some(&n) = self.index.get(value.as_str()) {
                    if !seen.contains(&n) {
                        seen.push(n);
                    }
                }
            }
        }
        seen.into_iter()
            .map(|n| (n, self.texts[n].as_str()))
            .collect()
    }
}

/// Resources, activities, outputs and effects: what the diagram draws as boxes.
pub fn is_box(item: ItemRef) -> bool {
    matches!(
        item,
        ItemRef::Resource(_) | ItemRef::Activity(_) | ItemRef::Output(_) | ItemRef::Effect(_)
    )
}

pub fn text_version(compiled: &Compiled, items: &Items, words: &PageLabels) -> Markup {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let l = labels(language);
    let column = |item: ItemRef| Column::of(theory, item).map_or("", |c| c.heading(l));
    // Columns in the diagram's order: effects by horizon, file order within each.
    let mut ordered: Vec<(usize, ItemRef)> = items.order.iter().copied().enumerate().collect();
    ordered.sort_by_key(|&(n, item)| {
        let column = Column::of(theory, item);
        (column.is_none(), column, n)
    });
    let mut groups: Vec<(&str, Vec<(usize, ItemRef)>)> = Vec::new();
    for (n, item) in ordered {
        let heading = column(item);
        match groups.last_mut() {
            Some((h, list)) if *h == heading => list.push((n, item)),
            _ => groups.push((heading, vec![(n, item)])),
        }
    }
    html! {
        section #text aria-labelledby="text-title" {
            h2 #text-title { (words.text_version) }
            @for (heading, list) in &groups {
                h3 { (heading) }
                @for &(n, item) in list {
                    (item_section(compiled, n, item, words))
                }
            }
            h3 { (l.mechanisms) }
            @for m in 0..theory.mechanisms.len() {
                (mechanism_section(compiled, m, words))
            }
        }
    }
}

fn kind_word(item: ItemRef, words: &PageLabels) -> &'static str {
    match item {
        ItemRef::Resource(_) => words.resource,
        ItemRef::Activity(_) => words.activity,
        ItemRef::Output(_) => words.output,
        _ => words.effect,
    }
}

fn item_section(compiled: &Compiled, n: usize, item: ItemRef, words: &PageLabels) -> Markup {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let l = labels(language);
    let id = &theory.header(item).id;
    let perspective = theory
        .perspective_of(item)
        .map(|p| theory.perspectives[p].label.as_str());
    let (into, out_of) = compiled.mechanisms_around(item);
    let status = match item {
        ItemRef::Effect(e) => Some(compiled.effect_results()[e].status),
        _ => None,
    };
    html! {
        article.detail #(format!("item-{n}")) data-item=(id) {
            h4 { (theory.text(item).value) }
            dl {
                dt { (words.kind) } dd { (kind_word(item, words)) }
                @if let Some(p) = perspective { dt { (words.perspective) } dd { (p) } }
                @if let ItemRef::Effect(e) = item {
                    dt { (words.horizon) } dd { (l.horizon(theory.effects[e].horizon)) }
                    @if !theory.effects[e].intended { dd { (l.unintended) } }
                }
                @if let Some(status) = status {
                    dt { (words.status) } dd { (status.marked(language)) }
                }
                @if theory.is_draft(item) {
                    dt { (words.status) }
                    dd { (l.draft) @if let Some(r) = theory.inferred(item) { ": " (r.value) } }
                }
            }
            @if !into.is_empty() {
                h5 { (words.leads_here) }
                ul.mechanisms { @for &m in into { li { (mechanism_line(theory, m, words)) } } }
            }
            @if !out_of.is_empty() {
                h5 { (words.leads_on) }
                ul.mechanisms { @for &m in out_of { li { (mechanism_line(theory, m, words)) } } }
            }
            @let indicators = compiled.indicators_of(item);
            @if !indicators.is_empty() {
                h5 { (words.indicators) }
                @for &i in indicators { (indicator(compiled, i, words)) }
            }
        }
    }
}

fn mechanism_line(theory: &Theory, m: usize, words: &PageLabels) -> Markup {
    let mechanism = &theory.mechanisms[m];
    html! {
        a href=(format!("#mechanism-{}", m + 1)) data-mechanism=(mechanism.header.id) {
            (words.mechanism) " " (m + 1)
        }
        ": " (crate::words::mechanism_with_verdict(theory, m))
    }
}

fn mechanism_section(compiled: &Compiled, m: usize, words: &PageLabels) -> Markup {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let mechanism = &theory.mechanisms[m];
    let ends = |refs: &[crate::model::Reference<ItemRef>]| -> Vec<String> {
        refs.iter()
            .filter_map(|r| r.target)
            .map(|t| theory.text(t).value.clone())
            .collect()
    };
    let contexts: Vec<_> = mechanism
        .contexts
        .iter()
        .filter_map(|r| match r.target {
            Some(ItemRef::Context(c)) => Some(&theory.contexts[c]),
            _ => None,
        })
        .collect();
    html! {
        article.detail.mechanism #(format!("mechanism-{}", m + 1)) data-mechanism=(mechanism.header.id) {
            h4 { (words.mechanism) " " (m + 1) ": " (mechanism.text.value) }
            dl {
                dt { (words.from) } @for t in ends(&mechanism.from) { dd { (t) } }
                dt { (words.to) } @for t in ends(&mechanism.to) { dd { (t) } }
                @if let Some(f) = &mechanism.finding {
                    dt { (words.verdict) }
                    dd {
                        (crate::words::finding(language, f.status))
                        @if let Some(note) = &f.note { ": " (note) }
                    }
                }
                @if mechanism.draft {
                    dt { (words.status) }
                    dd { (labels(language).draft) @if let Some(r) = &mechanism.inferred { ": " (r.value) } }
                }
                @for link in &mechanism.inferred_links {
                    dt { (labels(language).inferred_link) }
                    dd {
                        @if let Some(&item) = theory.ids.get(&link.name) { (theory.text(item).value) " – " }
                        (link.reason.value)
                    }
                }
            }
            @if !mechanism.evidence.is_empty() {
                h5 { (words.evidence) }
                ul { @for e in &mechanism.evidence { li { (e) } } }
            }
            @if !contexts.is_empty() {
                h5 { (words.contexts) }
                ul.contexts {
                    @for c in contexts {
                        li { span aria-hidden="true" { (crate::words::influence_mark(c.influence)) } " " (influence_word(c.influence, language)) (c.text.value) }
                    }
                }
            }
        }
    }
}

/// "främjande förutsättning: " for a screen reader, where the eye reads ↑.
fn influence_word(influence: Option<crate::model::Influence>, language: Language) -> String {
    let l = labels(language);
    match influence {
        Some(crate::model::Influence::Enabling) => format!("({}) ", l.enabling),
        Some(crate::model::Influence::Hindering) => format!("({}) ", l.hindering),
        None => String::new(),
    }
}

fn indicator(compiled: &Compiled, i: usize, words: &PageLabels) -> Markup {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let l = labels(language);
    let indicator = &theory.indicators[i];
    let result = &compiled.indicator_results()[i];
    let kind = l.indicator_kind(indicator.kind);
    let mut status = result.status.marked(language);
    if result.assessed {
        status.push_str(&format!(" ({})", l.assessed));
    }
    if let Some(reason) = result
        .unjudged
        .and_then(|r| crate::words::unjudged(language, r, indicator))
    {
        status.push_str(&format!(" ({reason})"));
    }
    if let Some(tally) = &result.from_groups {
        status.push_str(&format!(
            " ({})",
            crate::words::from_groups(language, tally)
        ));
    }
    html! {
        section.indicator data-indicator=(indicator.header.id) {
            h6 { (indicator.text.value) }
            dl {
                dt { (words.kind) } dd { (kind) @if indicator.draft { " (" (l.draft) ")" } }
                @if let Some(target) = format::target(indicator, language) {
                    dt { (l.target) } dd { (target) }
                }
                @if let Some(b) = &indicator.baseline {
                    dt { (words.baseline) }
                    dd {
                        (format::value(b.value, &indicator.unit, language))
                        @if let Some(p) = &b.period { " (" (p.value) ")" }
                    }
                }
                dt { (words.status) } dd { (status) }
                @for g in &result.groups {
                    dt { (l.groups) }
                    dd { (group_line(theory, i, g, language)) }
                }
            }
            @if !indicator.measurements.is_empty() {
                (chart::chart(indicator, language, words))
                table.measurements {
                    caption { (words.measurements) }
                    thead { tr { th scope="col" { (words.period) } th scope="col" { (words.group) } th scope="col" { (words.value) } } }
                    tbody {
                        @for m in &indicator.measurements {
                            tr {
                                td { (m.period) }
                                td { (m.group.as_deref().unwrap_or("")) }
                                td { (measurement_text(m, &indicator.unit, language)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A group's latest value and status: "FK: 28 %, ✗ ej uppnått".
fn group_line(
    theory: &Theory,
    indicator: usize,
    g: &crate::compile::attainment::GroupResult,
    language: Language,
) -> String {
    let shown = g
        .latest
        .as_ref()
        .and_then(|v| format::observed(v, &theory.indicators[indicator].unit, language));
    let mut line = format!("{}: ", g.group);
    if let Some(shown) = shown {
        line.push_str(&shown);
        line.push_str(", ");
    }
    line.push_str(&g.status.marked(language));
    line
}

/// What one measurement says: the number with its unit, or the finding in words; derived
/// numbers and verdicts marked.
fn measurement_text(
    m: &crate::model::Measurement,
    unit: &crate::model::Unit,
    language: Language,
) -> String {
    let l = labels(language);
    let mut parts = Vec::new();
    match (m.value_in(unit), &m.text) {
        (Some(v), _) if m.approximate => {
            parts.push(format!("≈ {}", format::value(v, unit, language)))
        }
        (Some(v), _) => parts.push(format::value(v, unit, language)),
        (None, Some(t)) => parts.push(t.clone()),
        _ => {}
    }
    if let (None, Some(n), Some(d)) = (m.value, m.numerator, m.denominator) {
        let count = |x: f64| format::value(x, &crate::model::Unit::Count, language);
        parts.push(format!("({} / {})", count(n), count(d)));
    }
    if m.derived {
        parts.push(format!("({})", l.derived));
    }
    if let Some(a) = m.assessment {
        parts.push(format!(
            "({}: {})",
            l.assessed,
            Status::from(a).marked(language)
        ));
    }
    if let Some(note) = &m.note {
        parts.push(format!("– {note}"));
    }
    parts.join(" ")
}

/// The scorecard as a table: what prints after the diagram.
pub fn scorecard(compiled: &Compiled, words: &PageLabels) -> Markup {
    let card = crate::indicators::report::scorecard(compiled, None);
    let language = card.language;
    let l = labels(language);
    html! {
        section #scorecard aria-labelledby="scorecard-title" {
            h2 #scorecard-title { (words.scorecard) }
            table {
                thead {
                    tr {
                        th scope="col" { (l.effect) }
                        th scope="col" { (words.horizon) }
                        th scope="col" { (words.perspective) }
                        th scope="col" { (l.indicator) }
                        th scope="col" { (l.target) }
                        th scope="col" { (l.values) }
                        th scope="col" { (l.status) }
                    }
                }
                tbody {
                    @for row in &card.effects {
                        @let span = row.indicators.len().max(1);
                        tr {
                            th scope="row" rowspan=(span) {
                                (row.text)
                                br;
                                span.status { (row.status.marked(language)) }
                            }
                            td rowspan=(span) { (l.horizon(row.horizon)) }
                            td rowspan=(span) { (row.perspective.as_deref().unwrap_or("")) }
                            @if let Some(first) = row.indicators.first() {
                                (indicator_cells(first, language))
                            } @else {
                                td colspan="4" { (words.none) }
                            }
                        }
                        @for ind in row.indicators.iter().skip(1) {
                            tr { (indicator_cells(ind, language)) }
                        }
                    }
                }
            }
        }
    }
}

fn indicator_cells(row: &crate::indicators::report::IndicatorRow, language: Language) -> Markup {
    let l = labels(language);
    let mut status = row.status.marked(language);
    if row.assessed {
        status.push_str(&format!(" ({})", l.assessed));
    }
    if let Some(reason) = row.unjudged {
        status.push_str(&format!(" ({reason})"));
    }
    if let Some(tally) = &row.from_groups {
        status.push_str(&format!(
            " ({})",
            crate::words::from_groups(language, tally)
        ));
    }
    html! {
        td { (row.text) }
        td { (row.target.as_deref().unwrap_or("")) }
        td { (row.series.join(" → ")) }
        td { (status) }
    }
}
