//! Code actions and formatting: `check`'s suggestions as quick fixes, and the additions a
//! finding asks for (a draft outcome indicator, a draft mechanism) made by the edit engine,
//! so a quick fix writes what `verkan edit` would.

use super::analysis::unquoted;
use super::position::Lines;
use super::server::{Answer, Server};
use crate::diagnostic::RuleId;
use crate::edit::{Edit, Kind as EditKind, Op};
use crate::locale::Language;
use crate::model::ItemRef;
use crate::t;
use lsp_types as lsp;
use std::collections::HashMap;

pub(super) fn code_actions(
    server: &mut Server,
    params: lsp::CodeActionParams,
) -> Answer<Option<lsp::CodeActionResponse>> {
    let uri = params.text_document.uri;
    let document = server.document(&uri)?;
    let lines = document.lines.clone();
    let path = document.path.clone();
    let wanted = lines.span(&document.text, params.range);
    let analysis = document.analysis();
    let text = analysis.text().to_string();
    let language = analysis.language();
    let touches = |span: &crate::source::Span| span.start <= wanted.end && wanted.start <= span.end;
    let mut actions = Vec::new();
    let sent = |d: &crate::diagnostic::Diagnostic| -> Vec<lsp::Diagnostic> {
        params
            .context
            .diagnostics
            .iter()
            .filter(|c| matches!(&c.code, Some(lsp::NumberOrString::String(rule)) if rule == d.rule.name()))
            .filter(|c| lines.span(&text, c.range) == d.primary.span || lines.span(&text, c.range).start == d.primary.span.start)
            .cloned()
            .collect()
    };
    let file = analysis.file();
    for d in &analysis.checked.diagnostics {
        if d.primary.file != file || !touches(&d.primary.span) {
            continue;
        }
        if let Some(fix) = &d.fix {
            let span = unquoted(&text, &fix.span);
            let edit = lsp::TextEdit::new(lines.range(&text, &span), fix.with.clone());
            actions.push(action(
                t!("lsp-change-to", with = fix.with.as_str()).render(language),
                lsp::CodeActionKind::QUICKFIX,
                &uri,
                vec![edit],
                sent(d),
                true,
            ));
        }
        let Some(effect) = fact(d, "effect") else {
            continue;
        };
        let op = draft_for(analysis, d.rule, effect, language);
        if let Some((title, op)) = op {
            if let Some(edits) = through_engine(&path, &lines, &text, op) {
                actions.push(action(
                    title,
                    lsp::CodeActionKind::QUICKFIX,
                    &uri,
                    edits,
                    sent(d),
                    false,
                ));
            }
        }
    }
    // On an item's id: mark it a draft, when it is not one.
    let occurrence = analysis.at(wanted.start).cloned();
    if let (Some(occurrence), Some(compiled)) = (occurrence, analysis.compiled()) {
        if let super::analysis::Symbol::Item(item) = occurrence.symbol {
            let theory = &compiled.theory;
            if !matches!(item, ItemRef::TargetGroup(_)) && !theory.is_draft(item) {
                let id = theory.header(item).id.clone();
                let title = t!("lsp-mark-draft", id = id.as_str()).render(language);
                let op = Op::Set {
                    id,
                    field: "draft".to_string(),
                    value: serde_json::Value::Bool(true),
                };
                if let Some(edits) = through_engine(&path, &lines, &text, op) {
                    actions.push(action(
                        title,
                        lsp::CodeActionKind::REFACTOR,
                        &uri,
                        edits,
                        Vec::new(),
                        false,
                    ));
                }
            }
        }
    }
    Ok(Some(actions))
}

fn fact<'d>(d: &'d crate::diagnostic::Diagnostic, name: &str) -> Option<&'d str> {
    d.facts.iter().find_map(|(n, value)| match value {
        crate::diagnostic::Fact::Text(text) if *n == name => Some(text.as_str()),
        _ => None,
    })
}

fn action(
    title: String,
    kind: lsp::CodeActionKind,
    uri: &lsp::Uri,
    edits: Vec<lsp::TextEdit>,
    diagnostics: Vec<lsp::Diagnostic>,
    preferred: bool,
) -> lsp::CodeActionOrCommand {
    // lsp-types keys edits by `Uri`, whose parsed parts clippy takes for mutable.
    #[allow(clippy::mutable_key_type)]
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), edits);
    lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
        title,
        kind: Some(kind),
        diagnostics: (!diagnostics.is_empty()).then_some(diagnostics),
        edit: Some(lsp::WorkspaceEdit::new(changes)),
        is_preferred: preferred.then_some(true),
        ..Default::default()
    })
}

/// An id not yet in the theory: `base`, else `base-2`, `base-3`…
fn free_id(analysis: &super::Analysis, base: &str) -> String {
    let taken = |id: &str| {
        analysis
            .compiled()
            .is_some_and(|c| c.theory.ids.contains_key(id))
    };
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some number is free")
}

fn effect_text(analysis: &super::Analysis, effect: &str) -> String {
    analysis
        .compiled()
        .and_then(|c| {
            c.theory
                .ids
                .get(effect)
                .map(|&item| c.theory.text(item).value.clone())
        })
        .map(|text| super::hover::short(&text, super::hover::LIST))
        .unwrap_or_else(|| effect.to_string())
}

/// What a finding about `effect` asks for, as a draft the edit engine adds: an outcome
/// indicator that measures it, or a mechanism that leads to it. Its title and operation.
fn draft_for(
    analysis: &super::Analysis,
    rule: RuleId,
    effect: &str,
    language: Language,
) -> Option<(String, Op)> {
    let words = effect_text(analysis, effect);
    let words = words.as_str();
    let (kind, id, title, text, links) = match rule {
        RuleId::EffectWithoutOutcomeIndicator => (
            EditKind::Indicator,
            format!("{effect}-indikator"),
            t!("lsp-add-indicator", effect = effect),
            t!("lsp-indicator-text", effect = words),
            [
                ("kind", "outcome".into()),
                ("measures", serde_json::json!([effect])),
            ],
        ),
        RuleId::EffectWithoutMechanism | RuleId::UnreachableEffect => (
            EditKind::Mechanism,
            format!("till-{effect}"),
            t!("lsp-add-mechanism", effect = effect),
            t!("lsp-mechanism-text", effect = words),
            [
                ("from", serde_json::json!([])),
                ("to", serde_json::json!([effect])),
            ],
        ),
        _ => return None,
    };
    let mut fields = serde_json::Map::new();
    fields.insert("text".into(), text.render(language).into());
    fields.extend(links.map(|(key, value)| (key.to_string(), value)));
    fields.insert("draft".into(), true.into());
    let id = free_id(analysis, &id);
    Some((title.render(language), Op::Add { kind, id, fields }))
}

/// One operation applied by the edit engine, as the edits that turn the text into its
/// result; `None` when the engine refuses it.
fn through_engine(
    path: &std::path::Path,
    lines: &Lines,
    text: &str,
    op: Op,
) -> Option<Vec<lsp::TextEdit>> {
    let edit = Edit {
        version: crate::edit::VERSION,
        base: None,
        ops: vec![op],
    };
    let read = |path: &std::path::Path| std::fs::read(path);
    let applied = crate::edit::apply(path, text, None, &edit, &read).ok()?;
    Some(text_edits(lines, text, &applied.text))
}

/// The edits that turn `old` into `new`: one per changed line when the lines stay as many
/// (a rename), else one around everything that changed. Small edits keep the editor's
/// cursor and undo history where they were.
pub fn text_edits(lines: &Lines, old: &str, new: &str) -> Vec<lsp::TextEdit> {
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    if old_lines.len() == new_lines.len() {
        let mut edits = Vec::new();
        let mut at = 0;
        for (a, b) in old_lines.iter().zip(&new_lines) {
            if a != b {
                edits.push(one_edit(lines, old, at, a, b));
            }
            at += a.len();
        }
        return edits;
    }
    vec![one_edit(lines, old, 0, old, new)]
}

/// The edit around what differs between `a` (at `at` in `old`) and `b`.
fn one_edit(lines: &Lines, old: &str, at: usize, a: &str, b: &str) -> lsp::TextEdit {
    let prefix = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let prefix = floor(a, floor(b, prefix));
    let suffix = a[prefix..]
        .chars()
        .rev()
        .zip(b[prefix..].chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    let span = at + prefix..at + a.len() - suffix;
    lsp::TextEdit::new(
        lines.range(old, &span),
        b[prefix..b.len() - suffix].to_string(),
    )
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn format(
    server: &mut Server,
    params: lsp::DocumentFormattingParams,
) -> Answer<Option<Vec<lsp::TextEdit>>> {
    let document = server.document(&params.text_document.uri)?;
    // A file that does not parse is left as it is: its diagnostics say why.
    let Ok(formatted) = crate::author::fmt::format(&document.text) else {
        return Ok(None);
    };
    Ok(Some(text_edits(
        &document.lines,
        &document.text,
        &formatted,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::Encoding;

    fn applied(old: &str, edits: &[lsp::TextEdit]) -> String {
        let lines = Lines::new(old, Encoding::Utf16);
        let mut text = old.to_string();
        for edit in edits.iter().rev() {
            let span = lines.span(old, edit.range);
            text.replace_range(span, &edit.new_text);
        }
        text
    }

    #[test]
    fn edits_are_small_and_give_the_new_text() {
        let old = "[effects.ökad]\ntext = \"a\"\n\n[mechanisms.m]\nto = [\"ökad\"]\n";
        let new = "[effects.större]\ntext = \"a\"\n\n[mechanisms.m]\nto = [\"större\"]\n";
        let lines = Lines::new(old, Encoding::Utf16);
        let edits = text_edits(&lines, old, new);
        assert_eq!(edits.len(), 2);
        assert!(edits.iter().all(|e| e.new_text == "större"), "{edits:?}");
        assert_eq!(applied(old, &edits), new);
        let grown = format!("{old}\n[effects.ny]\ntext = \"b\"\n");
        let edits = text_edits(&lines, old, &grown);
        assert_eq!(applied(old, &edits), grown);
        assert_eq!(edits.len(), 1);
        assert!(edits[0].new_text.starts_with("\n[effects.ny]"), "{edits:?}");
    }
}
