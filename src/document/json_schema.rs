//! The theory format's JSON Schema, from the document's types: what editors (taplo, Even
//! Better TOML) complete and check while a theory is typed, and what `verkan lsp` reads its
//! keys' descriptions from. English from the types' doc comments; Swedish from
//! `schema.sv.toml`, one line per description, held complete by a test.

use super::Document;
use crate::locale::Language;
use serde_json::Value;

/// The JSON Schema of a theory file, from the types above: what editors (taplo, Even Better
/// TOML) complete and check while a theory is typed. `verkan new` points files at it.
pub fn json_schema() -> Value {
    json_schema_in(Language::En)
}

/// [`json_schema`] with its descriptions in `language` (`verkan schema --lang sv`).
pub fn json_schema_in(language: Language) -> Value {
    let mut schema = english();
    if language == Language::Sv {
        let swedish: Translations = toml::from_str(SWEDISH).expect("schema.sv.toml is TOML");
        for_each_description(&mut schema, &mut |place, text| {
            if let Some(words) = swedish.get(place.0).and_then(|t| t.get(place.1)) {
                *text = words.clone();
            }
        });
    }
    plain_enums(&mut schema);
    schema
}

/// The schema as the types give it, in English, with no `null`s and before [`plain_enums`].
fn english() -> Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(Document)).expect("schemas serialize");
    without_null(&mut schema);
    schema["title"] = "verkan theory".into();
    schema["description"] =
        "A programme theory (förändringsteori) for verkan: resources, activities, effects, the mechanisms between them, contexts and indicators. `verkan explain` and the README describe each part."
            .into();
    schema
}

/// Swedish descriptions: `[Definition] key = "…"`, the definition's own under `""`, and the
/// root's under `[Document]`.
const SWEDISH: &str = include_str!("schema.sv.toml");

type Translations = std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>;

/// Calls `visit` with each description of the schema (before [`plain_enums`] merges the
/// words' meanings into their enum's) and where it is: (definition, key), where the key is a
/// property, an enum word, or `""` for the definition itself.
pub fn for_each_description(schema: &mut Value, visit: &mut dyn FnMut((&str, &str), &mut String)) {
    fn own(
        node: &mut Value,
        place: (&str, &str),
        visit: &mut dyn FnMut((&str, &str), &mut String),
    ) {
        if let Some(Value::String(text)) = node.get_mut("description") {
            visit(place, text);
        }
    }
    fn properties(node: &mut Value, name: &str, visit: &mut dyn FnMut((&str, &str), &mut String)) {
        own(node, (name, ""), visit);
        if let Some(Value::Object(properties)) = node.get_mut("properties") {
            for (key, property) in properties.iter_mut() {
                own(property, (name, key), visit);
            }
        }
        if let Some(Value::Array(choices)) = node.get_mut("oneOf") {
            for choice in choices {
                if let Some(word) = choice
                    .get("const")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                {
                    own(choice, (name, &word), visit);
                }
            }
        }
    }
    properties(schema, "Document", visit);
    if let Some(Value::Object(definitions)) = schema.get_mut("$defs") {
        for (name, definition) in definitions.iter_mut() {
            properties(definition, name, visit);
        }
    }
}

/// A choice of words as an `enum`, with each word's meaning in the description: schemars
/// writes a `oneOf` of constants once the words are documented, and an editor then says
/// `"kort" is not valid under any of the schemas listed in the 'oneOf' keyword` where it
/// could say `"kort" is not one of ["short", "medium", "long"]`.
pub fn plain_enums(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            let words: Option<Vec<(String, Option<String>)>> = match map.get("oneOf") {
                Some(Value::Array(choices)) => choices
                    .iter()
                    .map(|c| {
                        let word = c.get("const")?.as_str()?.to_string();
                        let meaning = c.get("description").and_then(Value::as_str);
                        Some((word, meaning.map(str::to_string)))
                    })
                    .collect(),
                _ => None,
            };
            if let Some(words) = words {
                map.remove("oneOf");
                let meanings: Vec<String> = words
                    .iter()
                    .filter_map(|(w, m)| m.as_ref().map(|m| format!("`{w}`: {m}")))
                    .collect();
                let mut description = map
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                for meaning in meanings {
                    if !description.is_empty() {
                        description.push('\n');
                    }
                    description.push_str(&meaning);
                }
                if !description.is_empty() {
                    map.insert("description".into(), description.into());
                }
                map.insert("type".into(), "string".into());
                let words = words.into_iter().map(|(w, _)| Value::String(w)).collect();
                map.insert("enum".into(), Value::Array(words));
            }
            map.values_mut().for_each(plain_enums);
        }
        Value::Array(items) => items.iter_mut().for_each(plain_enums),
        _ => {}
    }
}

/// TOML has no null: an optional key is one that may be left out, not one that may be null, so
/// the `null` schemars offers for an `Option` is taken out again.
fn without_null(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.get("default") == Some(&Value::Null) {
                map.remove("default");
            }
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(choices)) = map.get_mut("anyOf") {
                choices.retain(|c| c.get("type").is_none_or(|t| t != "null"));
                if let [Value::Object(only)] = choices.as_slice() {
                    let only = only.clone();
                    map.remove("anyOf");
                    map.extend(only);
                }
            }
            map.values_mut().for_each(without_null);
        }
        Value::Array(items) => items.iter_mut().for_each(without_null),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_description_has_its_swedish_and_no_swedish_is_left_over() {
        let mut places = std::collections::BTreeMap::new();
        for_each_description(&mut english(), &mut |(definition, key), text| {
            places.insert((definition.to_string(), key.to_string()), text.clone());
        });
        let swedish: Translations = toml::from_str(SWEDISH).expect("schema.sv.toml is TOML");
        let missing: Vec<String> = places
            .iter()
            .filter(|((d, k), _)| swedish.get(d).and_then(|t| t.get(k)).is_none())
            .map(|((d, k), en)| format!("[{d}] {k:?} = {en:?}"))
            .collect();
        assert!(
            missing.is_empty(),
            "no Swedish for:\n{}",
            missing.join("\n")
        );
        let stale: Vec<String> = swedish
            .iter()
            .flat_map(|(d, keys)| keys.keys().map(move |k| (d.clone(), k.clone())))
            .filter(|place| !places.contains_key(place))
            .map(|(d, k)| format!("[{d}] {k}"))
            .collect();
        assert!(
            stale.is_empty(),
            "Swedish for what the schema does not have: {stale:?}"
        );
    }

    #[test]
    fn the_swedish_schema_speaks_swedish_where_the_english_does_not() {
        let sv = json_schema_in(Language::Sv);
        let horizon = &sv["$defs"]["RawEffect"]["properties"]["horizon"];
        assert_eq!(
            json_schema_in(Language::En)["$defs"]["Horizon"]["enum"],
            sv["$defs"]["Horizon"]["enum"]
        );
        assert_ne!(
            json_schema()["$defs"]["Horizon"]["description"],
            sv["$defs"]["Horizon"]["description"]
        );
        assert!(
            horizon["description"].as_str().unwrap().contains("sikt"),
            "{horizon}"
        );
    }
}
