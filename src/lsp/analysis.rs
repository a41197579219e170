//! One open document, checked: the same [`crate::check_with`] every command runs, and an
//! index of where each id is written, which every navigating feature reads.

use crate::compile::Compiled;
use crate::locale::Language;
use crate::model::ItemRef;
use crate::source::{FileId, Sources, Span};
use crate::{Checked, DataPolicy};
use std::path::Path;

/// What an id names: an item, or a perspective (which is not an item but is named like one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Symbol {
    /// An item of the theory.
    Item(ItemRef),
    /// A perspective, by index into the theory's perspectives.
    Perspective(usize),
}

/// One place an id is written in the theory file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// The id's characters, without quotes.
    pub span: Span,
    /// What it names.
    pub symbol: Symbol,
    /// Where the item is declared (its table's key), not a reference to it.
    pub declaration: bool,
}

/// A document checked, with its ids indexed.
pub struct Analysis {
    /// The theory file and the data files it read.
    pub sources: Sources,
    /// The check's result.
    pub checked: Checked,
    /// Every place an id that resolves is written, in file order.
    pub occurrences: Vec<Occurrence>,
}

impl Analysis {
    /// Checks `text` as the theory file at `path`; data files are read from beside it.
    pub fn new(path: &Path, text: &str) -> Self {
        let mut sources = Sources::new();
        let file = sources.add(path.display().to_string(), text.to_string());
        let checked = crate::check_with(
            &mut sources,
            file,
            &crate::lints::LevelOverrides::new(),
            &DataPolicy::default(),
        );
        let occurrences = checked
            .compiled
            .as_ref()
            .map(|c| index(c, text))
            .unwrap_or_default();
        Analysis {
            sources,
            checked,
            occurrences,
        }
    }

    /// The theory file.
    pub fn file(&self) -> FileId {
        self.checked.file
    }

    /// The theory file's text.
    pub fn text(&self) -> &str {
        self.sources.text(self.checked.file)
    }

    /// The language the theory's messages are in.
    pub fn language(&self) -> Language {
        self.sources.language(self.checked.file)
    }

    /// The compiled theory, when the file could be read as one.
    pub fn compiled(&self) -> Option<&Compiled> {
        self.checked.compiled.as_ref()
    }

    /// The id written at `offset`, if one is (the character before counts too, so a
    /// cursor just after an id finds it).
    pub fn at(&self, offset: usize) -> Option<&Occurrence> {
        let after = self.occurrences.partition_point(|o| o.span.end < offset);
        self.occurrences[after..]
            .iter()
            .take_while(|o| o.span.start <= offset)
            .find(|o| o.span.start <= offset && offset <= o.span.end)
    }

    /// Every place `symbol` is written, declarations first.
    pub fn occurrences_of(&self, symbol: Symbol) -> impl Iterator<Item = &Occurrence> {
        let declarations = self
            .occurrences
            .iter()
            .filter(move |o| o.symbol == symbol && o.declaration);
        let references = self
            .occurrences
            .iter()
            .filter(move |o| o.symbol == symbol && !o.declaration);
        declarations.chain(references)
    }

    /// The id a symbol is declared by.
    pub fn id(&self, symbol: Symbol) -> Option<&str> {
        let theory = &self.compiled()?.theory;
        Some(match symbol {
            Symbol::Item(item) => theory.header(item).id.as_str(),
            Symbol::Perspective(p) => theory.perspectives.get(p)?.id.as_str(),
        })
    }
}

/// A written id's span without the quotes around it, when it has them.
pub fn unquoted(text: &str, span: &Span) -> Span {
    let written = text.get(span.clone()).unwrap_or_default();
    let quoted = written.len() >= 2
        && ((written.starts_with('"') && written.ends_with('"'))
            || (written.starts_with('\'') && written.ends_with('\'')));
    if quoted {
        span.start + 1..span.end - 1
    } else {
        span.clone()
    }
}

/// Every resolved id in the file, sorted by place. Linear in the theory's size, plus a sort.
fn index(compiled: &Compiled, text: &str) -> Vec<Occurrence> {
    let theory = &compiled.theory;
    let mut out = Vec::new();
    let mut put = |span: &Span, symbol, declaration| {
        out.push(Occurrence {
            span: unquoted(text, span),
            symbol,
            declaration,
        })
    };
    for item in theory.items() {
        put(&theory.header(item).key, Symbol::Item(item), true);
    }
    for (p, perspective) in theory.perspectives.iter().enumerate() {
        put(&perspective.span, Symbol::Perspective(p), true);
    }
    for (_, _, reference) in theory.references() {
        if let Some(target) = reference.target {
            put(&reference.span, Symbol::Item(target), false);
        }
    }
    let lanes = (theory.activities.iter().map(|a| &a.perspective))
        .chain(theory.outputs.iter().map(|o| &o.perspective))
        .chain(theory.effects.iter().map(|e| &e.perspective));
    for reference in lanes.flatten() {
        if let Some(p) = reference.target {
            put(&reference.span, Symbol::Perspective(p), false);
        }
    }
    let links = (theory.mechanisms.iter())
        .flat_map(|m| m.inferred_links.iter().map(move |l| (l, &m.from, &m.to)))
        .chain(
            (theory.outputs.iter())
                .flat_map(|o| o.inferred_links.iter().map(move |l| (l, &o.from, &o.from))),
        );
    for (link, from, to) in links {
        let named = from.iter().chain(to).find(|r| r.name == link.name);
        if let Some(target) = named.and_then(|r| r.target) {
            put(&link.span, Symbol::Item(target), false);
        }
    }
    out.sort_by_key(|o| (o.span.start, o.span.end));
    out.dedup();
    out
}
