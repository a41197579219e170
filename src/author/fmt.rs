//! `verkan fmt`: one canonical layout for theory files, every comment kept.
//!
//! Sections in the format's order (theory, target groups, perspectives, resources, activities,
//! outputs, effects, mechanisms, contexts, indicators, lints), items in the order written
//! (their order is the diagram's), keys in the order the format declares them, arrays on one
//! line when they fit in [`WIDTH`] columns and one element per line when not, one blank line
//! before each table. Only layout changes: a formatted file means what it meant
//! (`verkan diff` shows no change, which the tests check on every bundled theory).

use crate::document::{key_order, section_order};
use toml_edit::{Array, DocumentMut, Item, Table, Value};

/// The widest an array written on one line may make its line.
pub const WIDTH: usize = 100;

/// The canonical layout of `text`, or TOML's own error when it is not TOML.
pub fn format(text: &str) -> Result<String, toml_edit::TomlError> {
    let mut doc: DocumentMut = text.parse()?;
    let sections: Vec<&str> = section_order().collect();
    // The comments above the file's first table are the file's header (with its `#:schema`
    // line): they stay at the top, whichever table comes first after sorting.
    let header = take_header(doc.as_table_mut());
    let mut first = header.trim().is_empty();
    if !first {
        doc.decor_mut().set_prefix(format!(
            "{}\n",
            header.trim_end_matches(['\n', '\r', ' ', '\t'])
        ));
    }
    let root = doc.as_table_mut();
    // Known sections first, in order; anything else (a misspelt section `check` will report)
    // after them, as written.
    let mut names: Vec<String> = root.iter().map(|(k, _)| k.to_string()).collect();
    names.sort_by_key(|name| {
        sections
            .iter()
            .position(|s| s == name)
            .unwrap_or(sections.len())
    });
    let mut position = 0;
    for name in &names {
        let path = [name.as_str()];
        if let Some(item) = root.get_mut(name) {
            visit(item, &path, 0, &mut position, &mut first);
        }
    }
    let mut out = doc.to_string();
    while out.ends_with("\n\n") {
        out.pop();
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// Lays out one item: a section, an item's table, or a table inside one. `path` is the
/// logical path (section, then sub-table keys, without item ids); `depth` counts ids skipped.
fn visit(item: &mut Item, path: &[&str], depth: usize, position: &mut isize, first: &mut bool) {
    match item {
        Item::Table(table) => layout_table(table, path, depth, position, first),
        Item::ArrayOfTables(tables) => {
            for table in tables.iter_mut() {
                layout_table(table, path, depth, position, first);
            }
        }
        Item::Value(_) => {}
        Item::None => {}
    }
}

fn layout_table(
    table: &mut Table,
    path: &[&str],
    depth: usize,
    position: &mut isize,
    first: &mut bool,
) {
    // `[effects]` holds items keyed by id: its children are item tables of the section's shape.
    let section_of_items =
        depth == 0 && path.len() == 1 && !matches!(path[0], "theory" | "perspectives" | "lints");
    if !table.is_implicit() && !table.is_dotted() {
        table.set_position(Some(*position));
        *position += 1;
        tidy_header(table, first);
    }
    if !section_of_items {
        let order = key_order(path);
        table.sort_values_by(|a, _, b, _| {
            let rank = |k: &str| order.iter().position(|o| *o == k).unwrap_or(order.len());
            rank(a.get()).cmp(&rank(b.get()))
        });
    }
    for (mut key, item) in table.iter_mut() {
        if let Item::Value(value) = item {
            layout_value(value, key.get().chars().count() + 3);
            // `key = value`, unless a comment sits in the spaces.
            let decor = key.leaf_decor_mut();
            if decor.suffix().and_then(|s| s.as_str()).is_none_or(blank) {
                decor.set_suffix(" ");
            }
            let decor = value.decor_mut();
            if decor.prefix().and_then(|s| s.as_str()).is_none_or(blank) {
                decor.set_prefix(" ");
            }
            if decor.suffix().and_then(|s| s.as_str()).is_none_or(blank) {
                decor.set_suffix("");
            }
        }
    }
    // Child tables in the order they were written, which their old positions record.
    let mut children: Vec<(isize, String)> = table
        .iter()
        .filter_map(|(k, v)| Some((first_position(v)?, k.to_string())))
        .collect();
    children.extend(
        table
            .iter()
            .filter(|(_, v)| {
                (v.is_table() || v.is_array_of_tables()) && first_position(v).is_none()
            })
            .map(|(k, _)| (isize::MAX, k.to_string())),
    );
    children.sort_by_key(|(p, _)| *p);
    for (_, key) in children {
        let Some(child) = table.get_mut(&key) else {
            continue;
        };
        if section_of_items {
            // `key` is an item's id: its table has the section's shape.
            visit(child, path, depth + 1, position, first);
        } else {
            let mut inner = path.to_vec();
            inner.push(&key);
            visit(child, &inner, depth, position, first);
        }
    }
}

/// Removes and returns the comments above the table written first.
fn take_header(root: &mut Table) -> String {
    fn headers(table: &Table) -> Vec<&Table> {
        let mut out = Vec::new();
        for (_, item) in table.iter() {
            let children: Vec<&Table> = match item {
                Item::Table(t) => vec![t],
                Item::ArrayOfTables(a) => a.iter().collect(),
                _ => continue,
            };
            for t in children {
                if !t.is_implicit() && !t.is_dotted() {
                    out.push(t);
                }
                out.extend(headers(t));
            }
        }
        out
    }
    fn take(table: &mut Table, at: isize) -> Option<String> {
        for (_, item) in table.iter_mut() {
            let children: Vec<&mut Table> = match item {
                Item::Table(t) => vec![t],
                Item::ArrayOfTables(a) => a.iter_mut().collect(),
                _ => continue,
            };
            for t in children {
                if t.position() == Some(at) && !t.is_implicit() && !t.is_dotted() {
                    let prefix = prefix_of(t);
                    t.decor_mut().set_prefix("");
                    return Some(prefix);
                }
                if let Some(found) = take(t, at) {
                    return Some(found);
                }
            }
        }
        None
    }
    let first = headers(root).iter().filter_map(|t| t.position()).min();
    first.and_then(|at| take(root, at)).unwrap_or_default()
}

/// The comments and blank lines above a table's header.
fn prefix_of(table: &Table) -> String {
    table
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string()
}

fn first_position(item: &Item) -> Option<isize> {
    match item {
        Item::Table(t) => t.position(),
        Item::ArrayOfTables(a) => a.iter().find_map(Table::position),
        _ => None,
    }
}

/// One blank line before a table's header, the comments above it kept.
fn tidy_header(table: &mut Table, first: &mut bool) {
    let prefix = prefix_of(table);
    let kept = prefix.trim_start_matches(['\n', '\r', ' ', '\t']);
    let prefix = if std::mem::take(first) {
        kept.to_string()
    } else {
        format!("\n{kept}")
    };
    table.decor_mut().set_prefix(prefix);
}

/// Arrays on one line when they fit in [`WIDTH`] after `before` columns (the key and ` = `),
/// else one element per line; an array that carries a comment is left as written.
fn layout_value(value: &mut Value, before: usize) {
    if let Value::InlineTable(table) = value {
        // `{ key = value, … }`, unless written over several lines (TOML 1.1), where it may
        // hold comments.
        if !table.to_string().trim().contains('\n') {
            table.fmt();
        }
        return;
    }
    let Value::Array(array) = value else {
        return;
    };
    if carries_comment(array) {
        return;
    }
    for element in array.iter_mut() {
        layout_value(element, 2);
    }
    let nested = array.iter().any(|v| {
        matches!(v, Value::Array(_) | Value::InlineTable(_)) && v.to_string().trim().contains('\n')
    });
    let one_line: usize = array
        .iter()
        .map(|v| v.to_string().trim().chars().count() + 2)
        .sum::<usize>();
    let multi = nested || before + one_line > WIDTH;
    let count = array.len();
    for (i, element) in array.iter_mut().enumerate() {
        let decor = element.decor_mut();
        decor.set_prefix(match (multi, i) {
            (true, _) => "\n  ",
            (false, 0) => "",
            (false, _) => " ",
        });
        decor.set_suffix("");
    }
    array.set_trailing_comma(multi && count > 0);
    array.set_trailing(if multi { "\n" } else { "" });
}

fn blank(text: &str) -> bool {
    text.chars().all(|c| c == ' ' || c == '\t')
}

fn carries_comment(array: &Array) -> bool {
    let has = |s: Option<&toml_edit::RawString>| {
        s.and_then(|s| s.as_str()).is_some_and(|s| s.contains('#'))
    };
    array.trailing().as_str().is_some_and(|s| s.contains('#'))
        || array
            .iter()
            .any(|v| has(v.decor().prefix()) || has(v.decor().suffix()))
}
