//! The theory format's keys, words and descriptions, read from its JSON Schema in the
//! theory's language: the one description of each key, which taplo users see too.

use crate::locale::Language;
use serde_json::Value;
use std::sync::OnceLock;

/// The theory schema in `language`, made once.
pub fn schema(language: Language) -> &'static Value {
    static EN: OnceLock<Value> = OnceLock::new();
    static SV: OnceLock<Value> = OnceLock::new();
    let cell = match language {
        Language::En => &EN,
        Language::Sv => &SV,
    };
    cell.get_or_init(|| crate::document::json_schema_in(language))
}

/// The schema of what is at `path` (table keys, then inline keys; an item's id is any key
/// of its section), or `None` where the format has nothing.
///
/// The node is the property as written, with its own description; the functions below
/// follow its `$ref` where they need the type.
pub fn node<'a>(root: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut node = root;
    for key in path {
        let table = resolve(root, node);
        node = match table.get("properties").and_then(|p| p.get(key)) {
            Some(property) => property,
            None => table
                .get("additionalProperties")
                .filter(|a| a.is_object())?,
        };
    }
    Some(node)
}

/// A node with its `$ref` followed, and an array's or a one-or-many's element schema in
/// place of it (a `[[table]]` is written one element at a time).
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..8 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/$defs/");
            match root.get("$defs").and_then(|d| d.get(name)) {
                Some(target) => node = target,
                None => return node,
            }
        } else if let Some(items) = node.get("items") {
            node = items;
        } else {
            return node;
        }
    }
    node
}

/// The keys a table may have, each with its description, in the schema's (alphabetical)
/// order.
pub fn keys<'a>(root: &'a Value, node: &'a Value) -> Vec<(&'a str, String)> {
    resolve(root, node)
        .get("properties")
        .and_then(Value::as_object)
        .map(|properties| {
            properties
                .iter()
                .map(|(key, p)| (key.as_str(), description(root, p)))
                .collect()
        })
        .unwrap_or_default()
}

/// The fixed words a value may be, when the format has a list.
pub fn words(root: &Value, node: &Value) -> Vec<String> {
    let node = resolve(root, node);
    if node.get("type").and_then(Value::as_str) == Some("boolean") {
        return vec!["true".into(), "false".into()];
    }
    node.get("enum")
        .and_then(Value::as_array)
        .map(|words| {
            words
                .iter()
                .filter_map(|w| w.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// What the format says of a key: its own description, then what each of its words means
/// when it takes fixed words (the `` `short`: … `` lines of its type's description).
pub fn description(root: &Value, node: &Value) -> String {
    let own = text(node);
    let meanings: Vec<&str> = text(resolve(root, node))
        .lines()
        .filter(|line| line.starts_with('`') && line.contains("`: "))
        .collect();
    let mut out = if own.is_empty() {
        text(resolve(root, node))
    } else {
        own
    }
    .to_string();
    for line in meanings {
        if !out.contains(line) {
            out.push('\n');
            out.push_str(line);
        }
    }
    out
}

fn text(node: &Value) -> &str {
    node.get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// The meaning of one word of an enum, from its description's `` `word`: … `` line.
pub fn word_meaning<'a>(root: &'a Value, node: &'a Value, word: &str) -> Option<&'a str> {
    let node = resolve(root, node);
    let marker = format!("`{word}`: ");
    text(node)
        .lines()
        .find_map(|line| line.strip_prefix(&marker))
}

/// Whether the key at `path` is a boolean, to complete `true`/`false` without quotes.
pub fn is_boolean(root: &Value, node: &Value) -> bool {
    resolve(root, node).get("type").and_then(Value::as_str) == Some("boolean")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn tables_keys_and_words_are_found_through_ids_references_and_arrays() {
        let root = schema(Language::Sv);
        let effect = node(root, &path(&["effects", "okad-halsa"])).unwrap();
        assert!(keys(root, effect)
            .iter()
            .any(|(k, d)| *k == "horizon" && d.contains("sikt")));
        let horizon = node(root, &path(&["effects", "e", "horizon"])).unwrap();
        let said = description(root, horizon);
        assert!(
            said.starts_with("När förändringen väntas") && said.contains("`long`: "),
            "{said}"
        );
        assert_eq!(words(root, horizon), ["short", "medium", "long"]);
        assert!(word_meaning(root, horizon, "short")
            .unwrap()
            .contains("kort sikt"));
        let measurement = node(root, &path(&["indicators", "i", "measurements"])).unwrap();
        assert!(keys(root, measurement).iter().any(|(k, _)| *k == "period"));
        let direction = node(root, &path(&["indicators", "i", "target", "direction"])).unwrap();
        assert!(words(root, direction).contains(&"at_least".to_string()));
        let draft = node(root, &path(&["effects", "e", "draft"])).unwrap();
        assert_eq!(words(root, draft), ["true", "false"]);
        assert!(node(root, &path(&["nothing"])).is_none());
    }
}
