//! The message catalogues: both parse, hold the same messages with the same variables, and
//! hold exactly the messages the code uses.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use verkan::locale::CATALOGUES;

type Messages = BTreeMap<String, BTreeSet<String>>;

/// Each message's id and the variables it reads.
fn messages(name: &str, source: &str) -> Messages {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:#?}"));
    let mut out = Messages::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                assert!(
                    out.insert(message.id.name.to_string(), variables).is_none(),
                    "{name}: `{}` twice",
                    message.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn both_languages_have_every_message_with_the_same_variables() {
    let [(_, en), (_, sv)] = CATALOGUES;
    let en = messages("en.ftl", en);
    let sv = messages("sv.ftl", sv);
    let en_ids: BTreeSet<_> = en.keys().collect();
    let sv_ids: BTreeSet<_> = sv.keys().collect();
    assert_eq!(
        en_ids.difference(&sv_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "messages in en.ftl missing from sv.ftl"
    );
    assert_eq!(
        sv_ids.difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "messages in sv.ftl missing from en.ftl"
    );
    for (id, variables) in &en {
        assert_eq!(variables, &sv[id], "`{id}` reads other variables in sv.ftl");
    }
}

/// The ids in `t!("…"` calls under `src/`.
fn used_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (at, _) in text.match_indices("t!(") {
                    // `t!(`, `crate::t!(`; not `format!(` or `assert!(`.
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let line = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at];
                    if line.trim_start().starts_with("//") {
                        continue;
                    }
                    let rest = text[at + 3..].trim_start();
                    if let Some(rest) = rest.strip_prefix('"') {
                        let id = &rest[..rest.find('"').unwrap()];
                        ids.insert(id.to_string());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn the_catalogues_hold_exactly_the_messages_the_code_uses() {
    let en = messages("en.ftl", CATALOGUES[0].1);
    let mut used = used_ids();
    // The words of diagrams and pages are read by field (`catalogue_words!` in words.rs).
    let words = verkan::words::Labels::IDS
        .iter()
        .chain(verkan::words::PageLabels::IDS);
    used.extend(words.map(|id| id.to_string()));
    let missing: Vec<_> = used.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "used but not in the catalogues: {missing:?}"
    );
    let unused: Vec<_> = en.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        unused.is_empty(),
        "in the catalogues but never used: {unused:?}"
    );
}
