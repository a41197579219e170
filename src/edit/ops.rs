//! The operations on the document: where an item is, and what adding, setting, renaming and
//! removing do to it and to the references to it.

use super::{Kind, Op};
use crate::locale::Text;
use crate::t;
use toml_edit::{Array, DocumentMut, InlineTable, Item, Key, Table, Value};

/// The sections whose items are tables keyed by id, in the format's order.
const ITEM_SECTIONS: [&str; 8] = [
    "target_groups",
    "resources",
    "activities",
    "outputs",
    "effects",
    "mechanisms",
    "contexts",
    "indicators",
];

/// The keys that name other items, by section: (key, section of the items it names).
const REFERENCES: [(&str, &str, &[&str]); 9] = [
    ("activities", "uses", &["resources"]),
    ("activities", "perspective", &["perspectives"]),
    ("outputs", "from", &["activities"]),
    ("outputs", "perspective", &["perspectives"]),
    ("effects", "perspective", &["perspectives"]),
    ("mechanisms", "from", &["activities", "outputs", "effects"]),
    ("mechanisms", "to", &["effects"]),
    ("mechanisms", "contexts", &["contexts"]),
    (
        "indicators",
        "measures",
        &["activities", "outputs", "effects"],
    ),
];

/// Where an id is declared: its section, or `None` when nowhere.
fn section_of(doc: &DocumentMut, id: &str) -> Option<&'static str> {
    ITEM_SECTIONS
        .iter()
        .chain(std::iter::once(&"perspectives"))
        .find(|section| {
            doc.get(section)
                .and_then(Item::as_table_like)
                .is_some_and(|t| t.contains_key(id))
        })
        .copied()
}

/// An item's text as the document writes it, to tell whether it changed between revisions.
fn item_text(text: &str, id: &str) -> Option<String> {
    let doc: DocumentMut = text.parse().ok()?;
    let section = section_of(&doc, id)?;
    let item = doc.get(section)?.as_table_like()?.get(id)?;
    Some(match item {
        Item::Table(table) => {
            let mut alone = DocumentMut::new();
            alone.insert(id, Item::Table(table.clone()));
            alone.to_string()
        }
        other => other.to_string(),
    })
}

/// Whether none of the items `ops` touch differ between `base` and `now`: the items they
/// name, and, for a removal or rename, every item whose references follow.
pub(super) fn untouched(base: &str, now: &str, ops: &[Op]) -> bool {
    let mut ids = Vec::new();
    for op in ops {
        match op {
            Op::Add { kind, id, .. } => {
                // A new item touches nothing but its id (and, for a measurement, its indicator).
                if *kind == Kind::Measurement {
                    ids.push(id.as_str());
                } else if item_text(now, id).is_some() {
                    return false;
                }
            }
            Op::Set { id, .. }
            | Op::Remove {
                id,
                measurement: Some(_),
            } => ids.push(id),
            // Removing or renaming reaches every reference: only an unchanged file is safe.
            Op::Rename { .. } | Op::Remove { .. } => return false,
        }
    }
    ids.iter()
        .all(|id| item_text(base, id) == item_text(now, id))
}

/// Applies an add, set or remove. What it did, and what a person should look at.
pub(super) fn apply(doc: &mut DocumentMut, op: &Op) -> Result<(Text, Vec<Text>), Text> {
    match op {
        Op::Add { kind, id, fields } => add(doc, *kind, id, fields).map(|t| (t, Vec::new())),
        Op::Set { id, field, value } => set(doc, id, field, value).map(|t| (t, Vec::new())),
        Op::Remove {
            id,
            measurement: None,
        } => remove(doc, id),
        Op::Remove {
            id,
            measurement: Some(at),
        } => remove_measurement(doc, id, *at).map(|t| (t, Vec::new())),
        Op::Rename { .. } => unreachable!("renames are applied by `rename`"),
    }
}

/// An id as the format allows it: a TOML bare key, so it needs no quotes anywhere.
fn valid_id(id: &str) -> Result<(), Text> {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(t!("edit-bad-id", id = id))
    }
}

fn unknown(doc: &DocumentMut, id: &str) -> Text {
    let ids: Vec<String> = ITEM_SECTIONS
        .iter()
        .chain(std::iter::once(&"perspectives"))
        .filter_map(|s| doc.get(s).and_then(Item::as_table_like))
        .flat_map(|t| t.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>())
        .collect();
    let missing = t!("edit-unknown-id", id = id);
    match crate::suggest::closest(id, ids.iter().map(String::as_str)) {
        Some(best) => t!(
            "with-suggestion",
            message = missing,
            help = t!("did-you-mean", name = best)
        ),
        None => missing,
    }
}

fn add(
    doc: &mut DocumentMut,
    kind: Kind,
    id: &str,
    fields: &serde_json::Map<String, serde_json::Value>,
) -> Result<Text, Text> {
    match kind {
        Kind::Measurement => return add_measurement(doc, id, fields),
        Kind::Perspective => return add_perspective(doc, id, fields),
        _ => {}
    }
    valid_id(id)?;
    if section_of(doc, id).is_some() {
        return Err(t!("edit-id-in-use", id = id));
    }
    let section = kind.section();
    let order = crate::document::key_order(&[section]);
    let mut table = Table::new();
    for key in order {
        if let Some(value) = fields.get(*key) {
            if !value.is_null() {
                table.insert(key, Item::Value(to_toml_at(value, &[section, key])?));
            }
        }
    }
    // Keys the format does not know are kept, so that the check names them.
    for (key, value) in fields {
        if !order.contains(&key.as_str()) && !value.is_null() {
            table.insert(key, Item::Value(to_toml_at(value, &[section, key])?));
        }
    }
    let inline = section_table(doc, section)
        .is_some_and(|s| !s.is_empty() && s.iter().all(|(_, item)| item.is_inline_table()));
    let position = anchor(doc, section);
    let parent = section_table_or_new(doc, section, position);
    if inline {
        parent.insert(
            id,
            Item::Value(Value::InlineTable(table.into_inline_table())),
        );
    } else {
        // Without a position of its own, a table is drawn right after the table before it
        // in the document's tree: the last item of its section, or the anchor of a new one.
        parent.insert(id, Item::Table(table));
    }
    Ok(t!("edit-added", kind = section, id = id))
}

fn section_table<'d>(doc: &'d DocumentMut, section: &str) -> Option<&'d Table> {
    doc.get(section).and_then(Item::as_table)
}

/// The position of the last table before where `section` goes, for a section the file does
/// not have yet: after the last table of the sections before it in the format's order.
fn anchor(doc: &DocumentMut, section: &str) -> Option<isize> {
    let order: Vec<&str> = crate::document::section_order().collect();
    let at = order.iter().position(|s| *s == section)?;
    order[..at]
        .iter()
        .rev()
        .filter_map(|s| doc.get(s))
        .find_map(last_position)
}

fn last_position(item: &Item) -> Option<isize> {
    match item {
        Item::Table(table) => table
            .iter()
            .filter_map(|(_, child)| last_position(child))
            .chain(table.position())
            .max(),
        Item::ArrayOfTables(tables) => tables.iter().filter_map(|t| t.position()).max(),
        _ => None,
    }
}

fn section_table_or_new<'d>(
    doc: &'d mut DocumentMut,
    section: &str,
    position: Option<isize>,
) -> &'d mut Table {
    if doc.get(section).is_none() {
        let mut table = Table::new();
        table.set_implicit(section != "perspectives");
        table.set_position(position);
        doc.insert(section, Item::Table(table));
    }
    doc[section]
        .as_table_mut()
        .expect("a section of items is a table")
}

fn add_perspective(
    doc: &mut DocumentMut,
    id: &str,
    fields: &serde_json::Map<String, serde_json::Value>,
) -> Result<Text, Text> {
    valid_id(id)?;
    if section_of(doc, id).is_some() {
        return Err(t!("edit-id-in-use", id = id));
    }
    let Some(label) = fields.get("label").and_then(serde_json::Value::as_str) else {
        return Err(t!("edit-perspective-label"));
    };
    let position = anchor(doc, "perspectives");
    section_table_or_new(doc, "perspectives", position).insert(id, toml_edit::value(label));
    Ok(t!("edit-added", kind = "perspectives", id = id))
}

fn add_measurement(
    doc: &mut DocumentMut,
    indicator: &str,
    fields: &serde_json::Map<String, serde_json::Value>,
) -> Result<Text, Text> {
    let uses_tables = doc
        .get("indicators")
        .and_then(Item::as_table_like)
        .is_some_and(|section| {
            section.iter().any(|(_, i)| {
                i.as_table_like()
                    .and_then(|t| t.get("measurements"))
                    .is_some_and(Item::is_array_of_tables)
            })
        });
    let header_table = doc
        .get("indicators")
        .and_then(Item::as_table_like)
        .and_then(|s| s.get(indicator))
        .is_some_and(Item::is_table);
    let item = indicator_table(doc, indicator)?;
    let order = crate::document::key_order(&["indicators", "measurements"]);
    let mut table = Table::new();
    for key in order.iter().copied().chain(
        fields
            .keys()
            .map(String::as_str)
            .filter(|k| !order.contains(k)),
    ) {
        if let Some(value) = fields.get(key).filter(|v| !v.is_null()) {
            let path = ["indicators", "measurements", key];
            table.insert(key, Item::Value(to_toml_at(value, &path)?));
        }
    }
    match item.get_mut("measurements") {
        Some(Item::ArrayOfTables(tables)) => tables.push(table),
        Some(Item::Value(Value::Array(values))) => {
            values.push(Value::InlineTable(table.into_inline_table()));
        }
        Some(_) => return Err(t!("edit-measurements-shape", id = indicator)),
        None if uses_tables || header_table => {
            let mut tables = toml_edit::ArrayOfTables::new();
            tables.push(table);
            item.insert("measurements", Item::ArrayOfTables(tables));
        }
        None => {
            let mut values = Array::new();
            values.push(Value::InlineTable(table.into_inline_table()));
            item.insert("measurements", Item::Value(Value::Array(values)));
        }
    }
    Ok(t!("edit-added-measurement", id = indicator))
}

fn set(
    doc: &mut DocumentMut,
    id: &str,
    field: &str,
    value: &serde_json::Value,
) -> Result<Text, Text> {
    let Some(section) = section_of(doc, id) else {
        return Err(unknown(doc, id));
    };
    if section == "perspectives" {
        if field != "label" {
            return Err(t!("edit-perspective-field", field = field));
        }
        let Some(label) = value.as_str() else {
            return Err(t!("edit-perspective-label"));
        };
        let table = doc[section].as_table_like_mut().expect("a table");
        replace(
            table.get_mut(id).expect("found above"),
            toml_edit::value(label),
        );
        return Ok(t!("edit-set", field = field, id = id));
    }
    let item = doc[section]
        .as_table_like_mut()
        .and_then(|t| t.get_mut(id))
        .and_then(Item::as_table_like_mut)
        .expect("an item is a table");
    if value.is_null() {
        if item.remove(field).is_none() {
            return Err(t!("edit-no-field", field = field, id = id));
        }
        return Ok(t!("edit-unset", field = field, id = id));
    }
    let new = Item::Value(to_toml_at(value, &[section, field])?);
    match item.get_mut(field) {
        Some(old) => replace(old, new),
        None => {
            item.insert(field, new);
        }
    }
    if field == "from" || field == "to" {
        prune_inferred_links(item);
    }
    Ok(t!("edit-set", field = field, id = id))
}

/// Drops the `inferred_links` entries whose link is gone from `from` and `to`: the reason
/// for a link goes with the link; the key goes when it is left empty.
fn prune_inferred_links(item: &mut dyn toml_edit::TableLike) {
    let linked: Vec<String> = ["from", "to"]
        .iter()
        .filter_map(|k| item.get(k).and_then(Item::as_value))
        .flat_map(|v| match v {
            Value::String(s) => vec![s.value().clone()],
            Value::Array(a) => a
                .iter()
                .filter_map(|e| e.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let Some(links) = item
        .get_mut("inferred_links")
        .and_then(Item::as_table_like_mut)
    else {
        return;
    };
    let stale: Vec<String> = links
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| !linked.contains(k))
        .collect();
    for key in &stale {
        links.remove(key);
    }
    if links.is_empty() {
        item.remove("inferred_links");
    }
}

/// Puts `new` where `old` was, keeping the spaces and comments around it.
fn replace(old: &mut Item, mut new: Item) {
    if let (Some(before), Some(after)) = (old.as_value(), new.as_value_mut()) {
        *after.decor_mut() = before.decor().clone();
    }
    *old = new;
}

/// A JSON value as TOML: integers stay integers, objects become inline tables with their keys
/// in the format's order for the table at `path` (`["indicators", "target"]`).
fn to_toml_at(value: &serde_json::Value, path: &[&str]) -> Result<Value, Text> {
    use serde_json::Value as J;
    Ok(match value {
        J::Bool(b) => Value::from(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::from(i),
            None => Value::from(n.as_f64().unwrap_or(f64::NAN)),
        },
        J::String(s) => Value::from(s.as_str()),
        J::Array(items) => {
            let mut array = Array::new();
            for item in items {
                array.push(to_toml_at(item, path)?);
            }
            Value::Array(array)
        }
        J::Object(map) => {
            let order = crate::document::key_order(path);
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by_key(|k| order.iter().position(|o| o == k).unwrap_or(order.len()));
            let mut table = InlineTable::new();
            for k in keys {
                let v = &map[k];
                if !v.is_null() {
                    let inner: Vec<&str> = path.iter().copied().chain([k.as_str()]).collect();
                    table.insert(k, to_toml_at(v, &inner)?);
                }
            }
            Value::InlineTable(table)
        }
        J::Null => return Err(t!("edit-null-inside")),
    })
}

/// Every reference to `id`: (section, item id, key) for each item whose `key` names it.
fn referrers(
    doc: &DocumentMut,
    id: &str,
    section_of_id: &str,
) -> Vec<(&'static str, String, &'static str)> {
    let mut found = Vec::new();
    for (section, key, names) in REFERENCES {
        if !names.contains(&section_of_id) {
            continue;
        }
        let Some(items) = doc.get(section).and_then(Item::as_table_like) else {
            continue;
        };
        for (item_id, item) in items.iter() {
            let names_it = item
                .as_table_like()
                .and_then(|t| t.get(key))
                .and_then(Item::as_value)
                .is_some_and(|v| match v {
                    Value::String(s) => s.value() == id,
                    Value::Array(a) => a.iter().any(|e| e.as_str() == Some(id)),
                    _ => false,
                });
            if names_it {
                found.push((section, item_id.to_string(), key));
            }
        }
    }
    found
}

fn reference_mut<'d>(
    doc: &'d mut DocumentMut,
    section: &str,
    item: &str,
    key: &str,
) -> &'d mut Item {
    doc[section]
        .as_table_like_mut()
        .and_then(|t| t.get_mut(item))
        .and_then(Item::as_table_like_mut)
        .and_then(|t| t.get_mut(key))
        .expect("a reference found by `referrers`")
}

/// Renames an item and every reference to it.
pub(super) fn rename(doc: &mut DocumentMut, id: &str, to: &str) -> Result<Text, Text> {
    valid_id(to)?;
    let Some(section) = section_of(doc, id) else {
        return Err(unknown(doc, id));
    };
    if section_of(doc, to).is_some() {
        return Err(t!("edit-id-in-use", id = to));
    }
    let refs = referrers(doc, id, section);
    rename_key(&mut doc[section], id, to);
    for (ref_section, item, key) in &refs {
        if *key == "from" || *key == "to" {
            if let Some(links) = doc[*ref_section][item.as_str()].get_mut("inferred_links") {
                rename_key(links, id, to);
            }
        }
        match reference_mut(doc, ref_section, item, key).as_value_mut() {
            Some(Value::String(s)) if s.value() == id => {
                let decor = s.decor().clone();
                let mut new = toml_edit::Formatted::new(to.to_string());
                *new.decor_mut() = decor;
                *s = new;
            }
            Some(Value::Array(array)) => {
                for element in array.iter_mut() {
                    if element.as_str() == Some(id) {
                        let decor = element.decor().clone();
                        *element = Value::from(to);
                        *element.decor_mut() = decor;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(t!(
        "edit-renamed",
        id = id,
        to = to,
        references = refs.len()
    ))
}

/// Renames a key in place: the entries from it on are taken out and put back, so the renamed
/// one keeps its place among them (inserting alone would put it last).
fn rename_key(section: &mut Item, old: &str, new: &str) {
    let renamed = |k: Key| {
        let leaf = k.leaf_decor().clone();
        let dotted = k.dotted_decor().clone();
        Key::new(new)
            .with_leaf_decor(leaf)
            .with_dotted_decor(dotted)
    };
    // toml_edit keeps a key's place only while it stays: the keys from `old` on are taken out
    // and put back in order, `old` under its new name, each with its own decor.
    match section {
        Item::Table(table) => {
            let keys = keys_from(table.iter().map(|(k, _)| k), old);
            reinsert(
                table,
                &keys,
                old,
                renamed,
                Table::remove_entry,
                |t, k, v| {
                    t.insert_formatted(k, v);
                },
            );
        }
        Item::Value(Value::InlineTable(table)) => {
            let keys = keys_from(table.iter().map(|(k, _)| k), old);
            reinsert(
                table,
                &keys,
                old,
                renamed,
                InlineTable::remove_entry,
                |t, k, v| {
                    t.insert_formatted(k, v);
                },
            );
        }
        _ => {}
    }
}

/// Takes `keys` out of `table` and puts them back in order, `old` renamed.
fn reinsert<T, V>(
    table: &mut T,
    keys: &[String],
    old: &str,
    renamed: impl Fn(Key) -> Key,
    remove: fn(&mut T, &str) -> Option<(Key, V)>,
    insert: fn(&mut T, &Key, V),
) {
    let rest: Vec<(Key, V)> = keys.iter().filter_map(|key| remove(table, key)).collect();
    for (k, value) in rest {
        let k = if k.get() == old { renamed(k) } else { k };
        insert(table, &k, value);
    }
}

/// The keys from `old` on, in order.
fn keys_from<'a>(keys: impl Iterator<Item = &'a str>, old: &str) -> Vec<String> {
    keys.skip_while(|k| *k != old).map(str::to_string).collect()
}

/// Removes an item and every reference to it. Refused when an indicator measures only it: the
/// indicator would measure nothing.
fn remove(doc: &mut DocumentMut, id: &str) -> Result<(Text, Vec<Text>), Text> {
    let Some(section) = section_of(doc, id) else {
        return Err(unknown(doc, id));
    };
    let refs = referrers(doc, id, section);
    for (ref_section, item, key) in &refs {
        let only = matches!(
            reference_mut(doc, ref_section, item, key).as_value(),
            Some(Value::String(_))
        ) || reference_mut(doc, ref_section, item, key)
            .as_array()
            .is_some_and(|a| a.len() == 1);
        if *key == "measures" && only {
            return Err(t!(
                "edit-remove-measured",
                id = id,
                indicator = item.clone()
            ));
        }
    }
    let mut notes = Vec::new();
    for (ref_section, item, key) in &refs {
        let reference = reference_mut(doc, ref_section, item, key);
        if reference.as_str().is_some() {
            // A single id (a perspective): the key goes with it.
            let owner = doc[*ref_section][item.as_str()]
                .as_table_like_mut()
                .expect("an item is a table");
            owner.remove(key);
            continue;
        }
        if let Some(array) = reference.as_array_mut() {
            remove_from(array, id);
            if array.is_empty() && *ref_section == "mechanisms" && *key != "contexts" {
                notes.push(t!(
                    "edit-mechanism-one-sided",
                    mechanism = item.clone(),
                    key = *key
                ));
            }
        }
        if *key == "from" || *key == "to" {
            if let Some(owner) = doc[*ref_section][item.as_str()].as_table_like_mut() {
                prune_inferred_links(owner);
            }
        }
    }
    let table = doc[section]
        .as_table_like_mut()
        .expect("a section is a table");
    let removed = table.remove(id);
    keep_comments(doc, removed);
    Ok((t!("edit-removed", id = id, references = refs.len()), notes))
}

/// An indicator's table, to change its measurements.
fn indicator_table<'d>(
    doc: &'d mut DocumentMut,
    indicator: &str,
) -> Result<&'d mut dyn toml_edit::TableLike, Text> {
    doc.get_mut("indicators")
        .and_then(Item::as_table_like_mut)
        .and_then(|s| s.get_mut(indicator))
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| t!("edit-unknown-indicator", id = indicator))
}

/// Takes one measurement from an indicator; the key goes when it was the last.
fn remove_measurement(doc: &mut DocumentMut, indicator: &str, at: usize) -> Result<Text, Text> {
    let item = indicator_table(doc, indicator)?;
    let count = match item.get_mut("measurements") {
        Some(Item::ArrayOfTables(tables)) if at < tables.len() => {
            tables.remove(at);
            tables.len()
        }
        Some(Item::Value(Value::Array(values))) if at < values.len() => {
            values.remove(at);
            values.len()
        }
        other => {
            let has = match other {
                Some(Item::ArrayOfTables(t)) => t.len(),
                Some(Item::Value(Value::Array(v))) => v.len(),
                _ => 0,
            };
            return Err(t!(
                "edit-no-measurement",
                id = indicator,
                at = at,
                count = has
            ));
        }
    };
    if count == 0 {
        item.remove("measurements");
    }
    Ok(t!("edit-removed-measurement", id = indicator, at = at))
}

/// Takes `id` out of an array, the next element taking the removed one's spacing.
fn remove_from(array: &mut Array, id: &str) {
    loop {
        let Some(at) = array.iter().position(|e| e.as_str() == Some(id)) else {
            break;
        };
        let decor = array.get(at).map(|e| e.decor().clone());
        array.remove(at);
        if let (Some(decor), Some(next)) = (decor, array.get_mut(at)) {
            *next.decor_mut() = decor;
        }
    }
    if array.is_empty() {
        array.set_trailing("");
        array.set_trailing_comma(false);
    }
}

/// The comments above a removed table's header are kept above the table that follows it:
/// they often head a whole section (`# --- Indikatorer ---`), not only the item.
fn keep_comments(doc: &mut DocumentMut, removed: Option<Item>) {
    let Some(Item::Table(table)) = removed else {
        return;
    };
    let Some(prefix) = table.decor().prefix().and_then(|p| p.as_str()) else {
        return;
    };
    if !prefix.lines().any(|l| l.trim_start().starts_with('#')) {
        return;
    }
    let Some(position) = table.position() else {
        return;
    };
    // The table drawn next: the smallest position after the removed one's.
    let mut tables = Vec::new();
    walk(doc.as_table(), &mut Vec::new(), &mut tables);
    let Some((_, path)) = tables
        .into_iter()
        .filter(|(p, _)| *p > position)
        .min_by_key(|(p, _)| *p)
    else {
        return;
    };
    let Some(next) = table_at(doc.as_table_mut(), &path) else {
        return;
    };
    let own = next
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string();
    let merged = format!("{}{}", prefix, own.trim_start_matches('\n'));
    next.decor_mut().set_prefix(merged);
}

/// One step into a document: a key, and for an array of tables the element.
type Step = (String, Option<usize>);

/// Every table with a position and a header, with the path to it.
fn walk(table: &Table, path: &mut Vec<Step>, out: &mut Vec<(isize, Vec<Step>)>) {
    for (key, item) in table.iter() {
        match item {
            Item::Table(child) => {
                path.push((key.to_string(), None));
                if let (Some(p), false) = (child.position(), child.is_implicit()) {
                    out.push((p, path.clone()));
                }
                walk(child, path, out);
                path.pop();
            }
            Item::ArrayOfTables(children) => {
                for (i, child) in children.iter().enumerate() {
                    path.push((key.to_string(), Some(i)));
                    if let Some(p) = child.position() {
                        out.push((p, path.clone()));
                    }
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
}

fn table_at<'d>(mut table: &'d mut Table, path: &[Step]) -> Option<&'d mut Table> {
    for (key, index) in path {
        let item = table.get_mut(key)?;
        table = match (item, index) {
            (Item::Table(child), None) => child,
            (Item::ArrayOfTables(children), Some(i)) => children.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(table)
}
