//! Moving around a theory by id: definition, references (in the file and its data files),
//! highlights, rename (through the edit engine, as `verkan edit` and the workshop do it),
//! and the outline of the file and of the workspace.

use super::analysis::{Analysis, Symbol};
use super::position::Lines;
use super::server::{Answer, Server};
use crate::model::{ItemRef, Kind};
use lsp_types as lsp;
use std::collections::HashMap;
use std::path::Path;

/// The symbol under the cursor of a request, and the document's lines.
fn under(
    server: &mut Server,
    at: &lsp::TextDocumentPositionParams,
) -> Answer<Option<(Symbol, crate::source::Span)>> {
    let document = server.document(&at.text_document.uri)?;
    let offset = document.lines.offset(&document.text, at.position);
    Ok(document
        .analysis()
        .at(offset)
        .map(|o| (o.symbol, o.span.clone())))
}

pub(super) fn definition(
    server: &mut Server,
    params: lsp::GotoDefinitionParams,
) -> Answer<Option<lsp::GotoDefinitionResponse>> {
    let at = params.text_document_position_params;
    let Some((symbol, _)) = under(server, &at)? else {
        return Ok(None);
    };
    let uri = at.text_document.uri;
    let document = server.document(&uri)?;
    let lines = document.lines.clone();
    let analysis = document.analysis();
    let found = analysis.occurrences_of(symbol).find(|o| o.declaration);
    Ok(found.map(|o| {
        lsp::GotoDefinitionResponse::Scalar(lsp::Location::new(
            uri.clone(),
            lines.range(analysis.text(), &o.span),
        ))
    }))
}

pub(super) fn references(
    server: &mut Server,
    params: lsp::ReferenceParams,
) -> Answer<Option<Vec<lsp::Location>>> {
    let at = params.text_document_position;
    let Some((symbol, _)) = under(server, &at)? else {
        return Ok(None);
    };
    let encoding = server.encoding;
    let uri = at.text_document.uri;
    let document = server.document(&uri)?;
    let lines = document.lines.clone();
    let analysis = document.analysis();
    let mut found: Vec<lsp::Location> = analysis
        .occurrences_of(symbol)
        .filter(|o| params.context.include_declaration || !o.declaration)
        .map(|o| lsp::Location::new(uri.clone(), lines.range(analysis.text(), &o.span)))
        .collect();
    // An indicator is also named by the rows of its data files.
    if let (Symbol::Item(ItemRef::Indicator(i)), Some(compiled)) = (symbol, analysis.compiled()) {
        let mut data_lines: HashMap<usize, Lines> = HashMap::new();
        for m in &compiled.theory.indicators[i].measurements {
            let file = m.origin.file;
            if file == analysis.file() {
                continue;
            }
            let text = analysis.sources.text(file);
            let lines = data_lines
                .entry(file)
                .or_insert_with(|| Lines::new(text, encoding));
            let row = row_span(text, &m.origin.span);
            found.push(lsp::Location::new(
                super::uri_of(Path::new(analysis.sources.name(file))),
                lines.range(text, &row),
            ));
        }
    }
    Ok(Some(found))
}

/// A data file's row, without its line break.
fn row_span(text: &str, span: &crate::source::Span) -> crate::source::Span {
    let row = text.get(span.clone()).unwrap_or_default();
    span.start..span.start + row.trim_end_matches(['\r', '\n']).len()
}

pub(super) fn highlight(
    server: &mut Server,
    params: lsp::DocumentHighlightParams,
) -> Answer<Option<Vec<lsp::DocumentHighlight>>> {
    let at = params.text_document_position_params;
    let Some((symbol, _)) = under(server, &at)? else {
        return Ok(None);
    };
    let document = server.document(&at.text_document.uri)?;
    let lines = document.lines.clone();
    let analysis = document.analysis();
    Ok(Some(
        analysis
            .occurrences_of(symbol)
            .map(|o| lsp::DocumentHighlight {
                range: lines.range(analysis.text(), &o.span),
                kind: Some(if o.declaration {
                    lsp::DocumentHighlightKind::WRITE
                } else {
                    lsp::DocumentHighlightKind::READ
                }),
            })
            .collect(),
    ))
}

pub(super) fn prepare_rename(
    server: &mut Server,
    at: lsp::TextDocumentPositionParams,
) -> Answer<Option<lsp::PrepareRenameResponse>> {
    let Some((symbol, span)) = under(server, &at)? else {
        return Ok(None);
    };
    let document = server.document(&at.text_document.uri)?;
    let lines = document.lines.clone();
    let analysis = document.analysis();
    let id = analysis.id(symbol).unwrap_or_default().to_string();
    Ok(Some(lsp::PrepareRenameResponse::RangeWithPlaceholder {
        range: lines.range(analysis.text(), &span),
        placeholder: id,
    }))
}

pub(super) fn rename(
    server: &mut Server,
    params: lsp::RenameParams,
) -> Answer<Option<lsp::WorkspaceEdit>> {
    let at = params.text_document_position;
    let Some((symbol, _)) = under(server, &at)? else {
        return Err(no_id(server, &at.text_document.uri));
    };
    let uri = at.text_document.uri;
    let document = server.document(&uri)?;
    let language = document.analysis().language();
    let id = document
        .analysis()
        .id(symbol)
        .unwrap_or_default()
        .to_string();
    let edit = crate::edit::Edit {
        version: crate::edit::VERSION,
        base: None,
        ops: vec![crate::edit::Op::Rename {
            id,
            to: params.new_name,
        }],
    };
    let read = |path: &Path| std::fs::read(path);
    let applied = crate::edit::apply(&document.path, &document.text, None, &edit, &read)
        .map_err(|refused| refused.text().render(language))?;
    // lsp-types keys edits by `Uri`, whose parsed parts clippy takes for mutable.
    #[allow(clippy::mutable_key_type)]
    let mut changes = HashMap::new();
    changes.insert(
        uri.clone(),
        super::actions::text_edits(&document.lines, &document.text, &applied.text),
    );
    for (path, text) in applied.data {
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        let lines = Lines::new(&old, server.encoding);
        changes.insert(
            super::uri_of(&path),
            super::actions::text_edits(&lines, &old, &text),
        );
    }
    Ok(Some(lsp::WorkspaceEdit::new(changes)))
}

fn no_id(server: &mut Server, uri: &lsp::Uri) -> String {
    let language = server
        .document(uri)
        .map(|d| d.analysis().language())
        .unwrap_or(crate::locale::Language::En);
    crate::t!("lsp-no-id").render(language)
}

/// The symbol kind an editor shows for each kind of item.
pub fn symbol_kind(symbol: Symbol) -> lsp::SymbolKind {
    match symbol {
        Symbol::Perspective(_) => lsp::SymbolKind::NAMESPACE,
        Symbol::Item(item) => match item.kind() {
            Kind::TargetGroup => lsp::SymbolKind::OBJECT,
            Kind::Resource => lsp::SymbolKind::CONSTANT,
            Kind::Activity => lsp::SymbolKind::FUNCTION,
            Kind::Output => lsp::SymbolKind::EVENT,
            Kind::Mechanism => lsp::SymbolKind::METHOD,
            Kind::Effect => lsp::SymbolKind::CLASS,
            Kind::Context => lsp::SymbolKind::ENUM,
            Kind::Indicator => lsp::SymbolKind::PROPERTY,
        },
    }
}

pub(super) fn document_symbols(
    server: &mut Server,
    params: lsp::DocumentSymbolParams,
) -> Answer<Option<lsp::DocumentSymbolResponse>> {
    let document = server.document(&params.text_document.uri)?;
    let lines = document.lines.clone();
    let analysis = document.analysis();
    Ok(Some(lsp::DocumentSymbolResponse::Nested(outline(
        analysis, &lines,
    ))))
}

/// The file by section, each item under its section with its text as detail.
fn outline(analysis: &Analysis, lines: &Lines) -> Vec<lsp::DocumentSymbol> {
    let Some(compiled) = analysis.compiled() else {
        return Vec::new();
    };
    let theory = &compiled.theory;
    let text = analysis.text();
    let mut sections: Vec<(&str, Vec<lsp::DocumentSymbol>)> = Vec::new();
    let mut add = |section: &'static str, symbol: lsp::DocumentSymbol| match sections.last_mut() {
        Some((last, symbols)) if *last == section => symbols.push(symbol),
        _ => sections.push((section, vec![symbol])),
    };
    for (p, perspective) in theory.perspectives.iter().enumerate() {
        let range = lines.range(text, &perspective.span);
        add(
            "perspectives",
            symbol(
                &perspective.id,
                &perspective.label,
                Symbol::Perspective(p),
                range,
                range,
            ),
        );
    }
    for item in theory.items() {
        let header = theory.header(item);
        let whole = header.span.start.min(header.key.start)..header.span.end.max(header.key.end);
        add(
            item.kind().section(),
            symbol(
                &header.id,
                &super::hover::short(&theory.text(item).value, super::hover::LIST),
                Symbol::Item(item),
                lines.range(text, &whole),
                lines.range(text, &header.key),
            ),
        );
    }
    sections
        .into_iter()
        .map(|(section, children)| {
            let range = lsp::Range::new(
                children
                    .first()
                    .map_or_else(Default::default, |c| c.range.start),
                children
                    .last()
                    .map_or_else(Default::default, |c| c.range.end),
            );
            #[allow(deprecated)] // `deprecated` is a field every literal must give.
            lsp::DocumentSymbol {
                name: section.to_string(),
                detail: None,
                kind: lsp::SymbolKind::NAMESPACE,
                tags: None,
                deprecated: None,
                range,
                selection_range: lsp::Range::new(range.start, range.start),
                children: Some(children),
            }
        })
        .collect()
}

fn symbol(
    name: &str,
    detail: &str,
    of: Symbol,
    range: lsp::Range,
    selection_range: lsp::Range,
) -> lsp::DocumentSymbol {
    #[allow(deprecated)] // `deprecated` is a field every literal must give.
    lsp::DocumentSymbol {
        name: name.to_string(),
        detail: Some(detail.to_string()),
        kind: symbol_kind(of),
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: None,
    }
}

pub(super) fn workspace_symbols(
    server: &mut Server,
    params: lsp::WorkspaceSymbolParams,
) -> Answer<Option<lsp::WorkspaceSymbolResponse>> {
    let query = params.query.to_lowercase();
    let encoding = server.encoding;
    let files = crate::folder::expand(&server.roots).unwrap_or_default();
    let mut found = Vec::new();
    for path in files {
        let uri = super::uri_of(&path);
        let fresh;
        let analysis = match server.documents.get_mut(&uri) {
            Some(document) => document.analysis(),
            None => {
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                if !super::server::looks_like_theory(&text) {
                    continue;
                }
                fresh = Analysis::new(&path, &text);
                &fresh
            }
        };
        let Some(compiled) = analysis.compiled() else {
            continue;
        };
        let theory = &compiled.theory;
        let text = analysis.text();
        let lines = Lines::new(text, encoding);
        for item in theory.items() {
            let header = theory.header(item);
            let words = &theory.text(item).value;
            if !query.is_empty()
                && !header.id.to_lowercase().contains(&query)
                && !words.to_lowercase().contains(&query)
            {
                continue;
            }
            #[allow(deprecated)] // `deprecated` is a field every literal must give.
            found.push(lsp::SymbolInformation {
                name: header.id.clone(),
                kind: symbol_kind(Symbol::Item(item)),
                tags: None,
                deprecated: None,
                location: lsp::Location::new(uri.clone(), lines.range(text, &header.key)),
                container_name: Some(theory.meta.name.clone()),
            });
        }
    }
    Ok(Some(lsp::WorkspaceSymbolResponse::Flat(found)))
}
