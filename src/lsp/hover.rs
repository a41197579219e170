//! Hover: on an id, what it is and how it stands; on a key or a fixed word, what the format
//! says of it, in the theory's language.

use super::analysis::{Analysis, Symbol};
use super::keys;
use super::place::{place, Place};
use super::server::{Answer, Server};
use crate::compile::Compiled;
use crate::indicators::format;
use crate::locale::Language;
use crate::model::ItemRef;
use crate::t;
use crate::words::labels;
use lsp_types as lsp;
use std::fmt::Write;

pub(super) fn hover(server: &mut Server, params: lsp::HoverParams) -> Answer<Option<lsp::Hover>> {
    let at = params.text_document_position_params;
    let document = server.document(&at.text_document.uri)?;
    let offset = document.lines.offset(&document.text, at.position);
    let lines = document.lines.clone();
    let analysis = document.analysis();
    let text = analysis.text();
    let found = match analysis.at(offset) {
        Some(occurrence) => {
            let compiled = analysis
                .compiled()
                .expect("ids are indexed only when compiled");
            Some((
                occurrence.span.clone(),
                symbol(compiled, occurrence.symbol, analysis.language()),
            ))
        }
        None => key_or_word(analysis, offset),
    };
    Ok(found.map(|(span, markdown)| lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(lines.range(text, &span)),
    }))
}

/// What an id names, in Markdown.
pub fn symbol(compiled: &Compiled, symbol: Symbol, language: Language) -> String {
    let theory = &compiled.theory;
    let item = match symbol {
        Symbol::Item(item) => item,
        Symbol::Perspective(p) => {
            let perspective = &theory.perspectives[p];
            let in_lane = theory
                .items()
                .filter(|&i| theory.perspective_of(i) == Some(p))
                .count();
            return format!(
                "**{}** `{}`: {}\n\n{}",
                t!("lsp-kind", kind = "perspective").render(language),
                perspective.id,
                perspective.label,
                t!("lsp-in-lane", count = in_lane).render(language)
            );
        }
    };
    let header = theory.header(item);
    let mut out = format!(
        "**{}** `{}`",
        t!("lsp-kind", kind = item.kind().key()).render(language),
        header.id
    );
    let words = labels(language);
    if let ItemRef::Effect(e) = item {
        let horizon = words.horizon(theory.effects[e].horizon);
        let _ = write!(out, " · {horizon}");
    }
    if let Some(p) = theory.perspective_of(item) {
        let _ = write!(out, " · {}", theory.perspectives[p].label);
    }
    if theory.is_draft(item) {
        let _ = write!(out, " · *{}*", t!("lsp-draft").render(language));
    }
    let _ = write!(out, "\n\n{}", quoted(&theory.text(item).value));
    if let Some(reason) = theory.inferred(item) {
        let reason = t!("lsp-inferred", reason = reason.value.as_str()).render(language);
        let _ = write!(out, "\n\n⇢ *{reason}*");
    }
    match item {
        ItemRef::Mechanism(m) => mechanism(compiled, m, language, &mut out),
        ItemRef::Indicator(i) => indicator(compiled, i, language, &mut out),
        _ => {
            let (into, from) = compiled.mechanisms_around(item);
            list(
                compiled,
                language,
                t!("lsp-led-to-by"),
                into.iter().map(|&m| ItemRef::Mechanism(m)),
                &mut out,
            );
            list(
                compiled,
                language,
                t!("lsp-leads-on"),
                from.iter().map(|&m| ItemRef::Mechanism(m)),
                &mut out,
            );
            indicators(compiled, item, language, &mut out);
        }
    }
    out
}

fn quoted(text: &str) -> String {
    text.lines().map(|l| format!("> {l}\n")).collect()
}

/// A heading and one line per item: `` `id` text ``.
fn list(
    compiled: &Compiled,
    language: Language,
    heading: crate::locale::Text,
    items: impl Iterator<Item = ItemRef>,
    out: &mut String,
) {
    let theory = &compiled.theory;
    let lines: Vec<String> = items
        .map(|item| {
            format!(
                "- `{}` {}",
                theory.header(item).id,
                short(&theory.text(item).value, LIST)
            )
        })
        .collect();
    if !lines.is_empty() {
        let _ = write!(
            out,
            "\n\n**{}**\n{}",
            heading.render(language),
            lines.join("\n")
        );
    }
}

/// Lists' width: an item's words after its id.
pub const LIST: usize = 60;

/// A text on one line, cut to `most` characters, for lists and hints.
pub fn short(text: &str, most: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(most) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

fn mechanism(compiled: &Compiled, m: usize, language: Language, out: &mut String) {
    let mechanism = &compiled.theory.mechanisms[m];
    let resolved = |refs: &[crate::model::Reference<ItemRef>]| -> Vec<ItemRef> {
        refs.iter().filter_map(|r| r.target).collect()
    };
    list(
        compiled,
        language,
        t!("lsp-from"),
        resolved(&mechanism.from).into_iter(),
        out,
    );
    list(
        compiled,
        language,
        t!("lsp-to"),
        resolved(&mechanism.to).into_iter(),
        out,
    );
    list(
        compiled,
        language,
        t!("lsp-contexts"),
        resolved(&mechanism.contexts).into_iter(),
        out,
    );
    if !mechanism.evidence.is_empty() {
        let _ = write!(out, "\n\n**{}**", t!("lsp-evidence").render(language));
        for evidence in &mechanism.evidence {
            let _ = write!(out, "\n- {evidence}");
        }
    }
    if let Some(finding) = &mechanism.finding {
        let status = crate::words::finding(language, finding.status);
        let _ = write!(
            out,
            "\n\n**{}:** {status}",
            t!("lsp-finding").render(language)
        );
        if let Some(note) = &finding.note {
            let _ = write!(out, "\n\n{}", quoted(note));
        }
    }
}

fn indicator(compiled: &Compiled, i: usize, language: Language, out: &mut String) {
    let indicator = &compiled.theory.indicators[i];
    let words = labels(language);
    let kind = words.indicator_kind(indicator.kind);
    let _ = write!(out, "\n\n*{kind}*");
    if let Some(target) = format::target(indicator, language) {
        let _ = write!(out, " · {}: {target}", words.target);
    }
    let result = &compiled.indicator_results()[i];
    let _ = write!(out, " · {}", result.status.marked(language));
    if let Some(latest) = &result.latest {
        if let Some(shown) = format::observed(latest, &indicator.unit, language) {
            let _ = write!(out, " · {}: {shown} ({})", words.latest, latest.period);
        }
    }
    let measured = indicator.measures.iter().filter_map(|r| r.target);
    list(compiled, language, t!("lsp-measures"), measured, out);
}

/// The indicators of an activity, output or effect, each with its status.
fn indicators(compiled: &Compiled, item: ItemRef, language: Language, out: &mut String) {
    let theory = &compiled.theory;
    let mut lines = Vec::new();
    for &i in compiled.indicators_of(item) {
        let indicator = &theory.indicators[i];
        let words = labels(language);
        let kind = words.indicator_kind(indicator.kind);
        let status = compiled.indicator_results()[i].status.marked(language);
        lines.push(format!("- `{}` *{kind}* · {status}", indicator.header.id));
    }
    if let ItemRef::Effect(e) = item {
        let status = compiled.effect_results()[e].status.marked(language);
        let _ = write!(out, "\n\n**{}:** {status}", labels(language).effect_status);
        if !compiled.has_outcome_indicator(e) {
            lines.push(format!(
                "- ⚠ {}",
                t!("lsp-no-outcome-indicator").render(language)
            ));
        }
    }
    if !lines.is_empty() {
        let _ = write!(
            out,
            "\n\n**{}**\n{}",
            t!("lsp-indicators").render(language),
            lines.join("\n")
        );
    }
}

/// The word under `offset`: a key (its description), a fixed word (its meaning), or a
/// section in a header.
fn key_or_word(analysis: &Analysis, offset: usize) -> Option<(crate::source::Span, String)> {
    let text = analysis.text();
    let span = word_at(text, offset)?;
    let word = &text[span.clone()];
    let language = analysis.language();
    let root = keys::schema(language);
    let markdown = match place(text, span.start) {
        Place::Key { table, .. } if table.first().is_some_and(|t| t == "lints") => {
            let rule = crate::rules::find(word)?;
            format!(
                "**{}**: {}\n\n{}",
                t!("lsp-rule", rule = word).render(language),
                rule.summary().render(language),
                rule.explanation_in(language)
            )
        }
        Place::Key { table, inline, .. } => {
            let mut path = table;
            path.extend(inline);
            path.push(word.to_string());
            let node = keys::node(root, &path)?;
            format!("`{word}`\n\n{}", keys::description(root, node))
        }
        Place::Value { table, key, .. } => {
            let mut path = table;
            path.extend(key);
            let node = keys::node(root, &path)?;
            let meaning = keys::word_meaning(root, node, word)?;
            format!("`{word}`\n\n{meaning}")
        }
        Place::Header { start, .. } => {
            // Only the section's own name: `[effects.x]` says what `effects` is.
            if text[start..span.start].contains('.') {
                return None;
            }
            let node = keys::node(root, &[word.to_string()])?;
            format!(
                "**{}** `[{word}]`\n\n{}",
                t!("lsp-section").render(language),
                keys::description(root, node)
            )
        }
        Place::Nothing => return None,
    };
    Some((span, markdown))
}

/// The bare word (letters, digits, `_`, `-`) around `offset`.
pub fn word_at(text: &str, offset: usize) -> Option<crate::source::Span> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let offset = offset.min(text.len());
    let start = text[..offset]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word(c))
        .last()
        .map_or(offset, |(i, _)| i);
    let end = text[offset..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(text.len(), |(i, _)| offset + i);
    (start < end).then_some(start..end)
}
