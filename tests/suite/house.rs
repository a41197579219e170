//! The shape of `src/`: its top-level modules point one way. The core (reading, modelling,
//! compiling and checking a theory) imports no output, and no two modules reach each other
//! through a circle, so a change in an output cannot reach the check, and a reader can tell
//! which layer a module is in.

use petgraph::algo::tarjan_scc;
use petgraph::graph::DiGraph;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Parse → model → compile → check, and what they stand on.
const CORE: &[&str] = &[
    "locale",
    "source",
    "suggest",
    "diagnostic",
    "document",
    "model",
    "compile",
    "rules",
    "lints",
    "number",
];

/// What reads the compiled theory and makes something of it.
const OUTPUTS: &[&str] = &[
    "edit",
    "words",
    "indicators",
    "render",
    "page",
    "json",
    "diff",
    "author",
    "build",
    "serve",
    "lsp",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ reads") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The top-level modules `text` names through `crate::…` paths, `use crate::{a, b::c}` groups
/// included (doc links too: they are what a reader follows).
fn named(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        found.insert(ident(&group[i..]).to_string());
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(rest).to_string());
        }
    }
    found
}

/// Each top-level module of `src/` and the other top-level modules it names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let top = |path: &Path| {
        let first = path
            .strip_prefix(&src)
            .unwrap()
            .components()
            .next()
            .unwrap();
        let name = first.as_os_str().to_string_lossy();
        name.trim_end_matches(".rs").to_string()
    };
    let mut modules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = top(file);
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("source is UTF-8");
        modules
            .entry(module.clone())
            .or_default()
            .extend(named(&text));
    }
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    for (module, uses) in modules.iter_mut() {
        uses.retain(|u| u != module && names.contains(u));
    }
    modules
}

#[test]
fn no_circle_among_the_top_level_modules() {
    let modules = imports();
    assert!(modules.len() > 10, "found the modules: {modules:?}");
    let mut graph = DiGraph::<&str, ()>::new();
    let nodes: BTreeMap<&str, _> = modules
        .keys()
        .map(|m| (m.as_str(), graph.add_node(m.as_str())))
        .collect();
    for (module, uses) in &modules {
        for u in uses {
            graph.add_edge(nodes[module.as_str()], nodes[u.as_str()], ());
        }
    }
    let circles: Vec<Vec<&str>> = tarjan_scc(&graph)
        .into_iter()
        .filter(|c| c.len() > 1)
        .map(|c| c.into_iter().map(|n| graph[n]).collect())
        .collect();
    assert!(
        circles.is_empty(),
        "modules that import each other in a circle: {circles:?}\n{modules:#?}"
    );
}

#[test]
fn the_core_imports_no_output() {
    let modules = imports();
    let mut wrong = Vec::new();
    for module in CORE {
        let uses = modules
            .get(*module)
            .unwrap_or_else(|| panic!("no module {module}"));
        for u in uses {
            if OUTPUTS.contains(&u.as_str()) {
                wrong.push(format!("{module} → {u}"));
            }
        }
    }
    assert!(wrong.is_empty(), "the core reaches into outputs: {wrong:?}");
}

#[test]
fn every_module_is_placed() {
    for module in imports().keys() {
        let known = ["cli", "error", "output", "folder", "synthetic"];
        assert!(
            CORE.contains(&module.as_str())
                || OUTPUTS.contains(&module.as_str())
                || known.contains(&module.as_str()),
            "`{module}` is neither core nor output: place it in tests/suite/house.rs"
        );
    }
}

#[test]
fn the_scan_reads_groups_and_paths() {
    let text =
        "use crate::{model::Theory, locale::{Language, Text}, words};\nx = crate::json::round(1.0)";
    let found: Vec<String> = named(text).into_iter().collect();
    assert_eq!(found, ["json", "locale", "model", "words"]);
}

#[test]
fn the_library_does_not_know_the_command_line() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let inside = file.strip_prefix(&src).unwrap();
        if inside.starts_with("cli") || inside == Path::new("main.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("source is UTF-8");
        if text.contains("clap::") {
            wrong.push(inside.display().to_string());
        }
    }
    assert!(wrong.is_empty(), "clap outside src/cli/: {wrong:?}");
}
