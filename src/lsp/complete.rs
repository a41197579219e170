//! Completion: the keys a table may have, the words a value may be, and ids of the kinds
//! that fit where the cursor is (`to`: effects; `uses`: resources), each with its words.

use super::analysis::Analysis;
use super::hover::{short, LIST};
use super::keys;
use super::place::{place, Place};
use super::server::{Answer, Server};
use crate::locale::Language;
use crate::model::{ItemRef, Kind};
use crate::t;
use lsp_types as lsp;

pub(super) fn complete(
    server: &mut Server,
    params: lsp::CompletionParams,
) -> Answer<Option<lsp::CompletionResponse>> {
    let at = params.text_document_position;
    let document = server.document(&at.text_document.uri)?;
    let offset = document.lines.offset(&document.text, at.position);
    let here = place(&document.text, offset);
    let lines = document.lines.clone();
    let text = document.text.clone();
    let known = document.known();
    let language = known
        .map(Analysis::language)
        .or_else(|| crate::locale::sniff(&text))
        .unwrap_or(Language::Sv);
    let replace = |start: usize| lines.range(&text, &(start..offset));
    let items = match here {
        Place::Header { start, .. } => sections(language, replace(start)),
        Place::Key {
            table,
            inline,
            present,
            start,
            line_start,
        } => {
            let mut items = key_items(known, language, &table, &inline, &present, replace(start));
            if line_start && inline.is_empty() {
                items.extend(snippets(language, replace(start)));
            }
            items
        }
        Place::Value {
            table,
            key,
            string,
            start,
            ..
        } => value_items(
            known,
            language,
            &table,
            &key,
            string.is_some(),
            replace(start),
        ),
        Place::Nothing => Vec::new(),
    };
    Ok(Some(lsp::CompletionResponse::Array(items)))
}

fn item(
    label: &str,
    kind: lsp::CompletionItemKind,
    range: lsp::Range,
    insert: String,
) -> lsp::CompletionItem {
    lsp::CompletionItem {
        label: label.to_string(),
        kind: Some(kind),
        text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit::new(
            range, insert,
        ))),
        ..Default::default()
    }
}

fn documented(
    mut item: lsp::CompletionItem,
    detail: Option<String>,
    markdown: &str,
) -> lsp::CompletionItem {
    item.detail = detail;
    if !markdown.is_empty() {
        item.documentation = Some(lsp::Documentation::MarkupContent(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: markdown.to_string(),
        }));
    }
    item
}

fn sections(language: Language, range: lsp::Range) -> Vec<lsp::CompletionItem> {
    let root = keys::schema(language);
    keys::keys(root, root)
        .into_iter()
        .map(|(key, description)| {
            let insert = if Kind::of_section(key).is_some() {
                format!("{key}.")
            } else {
                key.to_string()
            };
            documented(
                item(key, lsp::CompletionItemKind::MODULE, range, insert),
                None,
                &description,
            )
        })
        .collect()
}

fn key_items(
    known: Option<&Analysis>,
    language: Language,
    table: &[String],
    inline: &[String],
    present: &[String],
    range: lsp::Range,
) -> Vec<lsp::CompletionItem> {
    let root = keys::schema(language);
    match table.first().map(String::as_str) {
        None | Some("perspectives") => return Vec::new(),
        Some("lints") => {
            return crate::rules::RULES
                .iter()
                .filter(|r| r.is_configurable() && !present.iter().any(|p| p == r.name()))
                .map(|rule| {
                    let summary = rule.summary().render(language);
                    documented(
                        item(
                            rule.name(),
                            lsp::CompletionItemKind::PROPERTY,
                            range,
                            format!("{} = ", rule.name()),
                        ),
                        Some(summary),
                        rule.explanation_in(language),
                    )
                })
                .collect();
        }
        _ => {}
    }
    if inline.last().map(String::as_str) == Some("inferred_links") {
        return linked_ids(known, table, range);
    }
    let mut path = table.to_vec();
    path.extend(inline.iter().cloned());
    let Some(node) = keys::node(root, &path) else {
        return Vec::new();
    };
    keys::keys(root, node)
        .into_iter()
        .filter(|(key, _)| !inline.is_empty() || !present.iter().any(|p| p == key))
        .map(|(key, description)| {
            let first_line = description.lines().next().map(str::to_string);
            documented(
                item(
                    key,
                    lsp::CompletionItemKind::PROPERTY,
                    range,
                    format!("{key} = "),
                ),
                first_line,
                &description,
            )
        })
        .collect()
}

/// For `inferred_links = { | }`: the ids the item's own `from` and `to` name.
fn linked_ids(
    known: Option<&Analysis>,
    table: &[String],
    range: lsp::Range,
) -> Vec<lsp::CompletionItem> {
    let Some(compiled) = known.and_then(Analysis::compiled) else {
        return Vec::new();
    };
    let theory = &compiled.theory;
    let Some(&owner) = table.get(1).and_then(|id| theory.ids.get(id)) else {
        return Vec::new();
    };
    let names: Vec<&crate::model::Reference<ItemRef>> = match owner {
        ItemRef::Mechanism(m) => theory.mechanisms[m]
            .from
            .iter()
            .chain(&theory.mechanisms[m].to)
            .collect(),
        ItemRef::Output(o) => theory.outputs[o].from.iter().collect(),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .map(|r| {
            item(
                &r.name,
                lsp::CompletionItemKind::REFERENCE,
                range,
                format!("{} = \"", r.name),
            )
        })
        .collect()
}

fn value_items(
    known: Option<&Analysis>,
    language: Language,
    table: &[String],
    key: &[String],
    in_string: bool,
    range: lsp::Range,
) -> Vec<lsp::CompletionItem> {
    let quote = |word: &str| {
        if in_string {
            word.to_string()
        } else {
            format!("\"{word}\"")
        }
    };
    let section = table.first().map(String::as_str).unwrap_or_default();
    let owner = Kind::of_section(section);
    let field = key.first().map(String::as_str).unwrap_or_default();
    if let (Some(owner), 1) = (owner, key.len()) {
        if let Some(field) = crate::model::Field::of(owner, field) {
            return ids(known, language, field.accepts, range, &quote);
        }
        if field == "perspective" {
            return perspectives(known, range, &quote);
        }
        if owner == Kind::Indicator && field == "unit" {
            // Free words are allowed, so the schema lists none; these are the ones verkan reads.
            return crate::model::Unit::KNOWN
                .iter()
                .map(|unit| {
                    let word = unit.keyword();
                    item(
                        word,
                        lsp::CompletionItemKind::ENUM_MEMBER,
                        range,
                        quote(word),
                    )
                })
                .collect();
        }
    }
    if section == "lints" {
        return ["allow", "warn", "deny"]
            .map(|w| item(w, lsp::CompletionItemKind::ENUM_MEMBER, range, quote(w)))
            .to_vec();
    }
    let root = keys::schema(language);
    let mut path = table.to_vec();
    path.extend(key.iter().cloned());
    let Some(node) = keys::node(root, &path) else {
        return Vec::new();
    };
    let boolean = keys::is_boolean(root, node);
    keys::words(root, node)
        .into_iter()
        .map(|word| {
            let insert = if boolean { word.clone() } else { quote(&word) };
            let meaning = keys::word_meaning(root, node, &word).map(str::to_string);
            documented(
                item(&word, lsp::CompletionItemKind::ENUM_MEMBER, range, insert),
                meaning,
                "",
            )
        })
        .collect()
}

/// Every id of the kinds a field takes, with its kind and text.
fn ids(
    known: Option<&Analysis>,
    language: Language,
    kinds: &[Kind],
    range: lsp::Range,
    quote: &dyn Fn(&str) -> String,
) -> Vec<lsp::CompletionItem> {
    let Some(compiled) = known.and_then(Analysis::compiled) else {
        return Vec::new();
    };
    let theory = &compiled.theory;
    theory
        .items()
        .filter(|item| kinds.contains(&item.kind()))
        .map(|it| {
            let id = &theory.header(it).id;
            let kind = t!("lsp-kind", kind = it.kind().key()).render(language);
            let text = &theory.text(it).value;
            let mut completion = documented(
                item(id, lsp::CompletionItemKind::REFERENCE, range, quote(id)),
                Some(format!("{kind}: {}", short(text, LIST))),
                text,
            );
            // Typing words of the text finds the id too.
            completion.filter_text = Some(format!("{id} {text}"));
            completion
        })
        .collect()
}

fn perspectives(
    known: Option<&Analysis>,
    range: lsp::Range,
    quote: &dyn Fn(&str) -> String,
) -> Vec<lsp::CompletionItem> {
    let Some(compiled) = known.and_then(Analysis::compiled) else {
        return Vec::new();
    };
    compiled
        .theory
        .perspectives
        .iter()
        .map(|p| {
            documented(
                item(
                    &p.id,
                    lsp::CompletionItemKind::ENUM_MEMBER,
                    range,
                    quote(&p.id),
                ),
                Some(p.label.clone()),
                "",
            )
        })
        .collect()
}

/// A new effect, a mechanism with `from` and `to`, an outcome indicator with a target.
fn snippets(language: Language, range: lsp::Range) -> Vec<lsp::CompletionItem> {
    let made = [
        (
            t!("lsp-snippet-effect"),
            "effects",
            "[effects.${1:id}]\ntext = \"$2\"\nhorizon = \"${3|short,medium,long|}\"\nperspective = \"$4\"\n",
        ),
        (
            t!("lsp-snippet-mechanism"),
            "mechanisms",
            "[mechanisms.${1:id}]\ntext = \"$2\"\nfrom = [\"$3\"]\nto = [\"$4\"]\n",
        ),
        (
            t!("lsp-snippet-indicator"),
            "indicators",
            "[indicators.${1:id}]\ntext = \"$2\"\nkind = \"outcome\"\nmeasures = [\"$3\"]\nunit = \"${4|percent,count,ratio,scale,qualitative|}\"\ntarget = { value = ${5:80}, direction = \"${6|at_least,at_most,increase,decrease,range|}\" }\n",
        ),
    ];
    made.into_iter()
        .map(|(label, section, body)| {
            let label = label.render(language);
            lsp::CompletionItem {
                label: format!("[{section}.…]"),
                detail: Some(label),
                kind: Some(lsp::CompletionItemKind::SNIPPET),
                insert_text_format: Some(lsp::InsertTextFormat::SNIPPET),
                text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit::new(
                    range,
                    body.to_string(),
                ))),
                ..Default::default()
            }
        })
        .collect()
}
