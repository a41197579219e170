//! What the editor draws over the text: ids coloured by kind (drafts marked), each named
//! id's words after it, and a line over each effect with its indicators and status.

use super::analysis::Symbol;
use super::server::{Answer, Server};
use crate::model::{ItemRef, Kind};
use crate::t;
use lsp_types as lsp;

/// The token types, one per kind of id, in the legend's order. Editors without a theme
/// rule for them fall back to the standard type each extends (see the VS Code extension's
/// `semanticTokenTypes`).
const TYPES: [&str; 9] = [
    "targetGroup",
    "resource",
    "activity",
    "output",
    "mechanism",
    "effect",
    "context",
    "indicator",
    "perspective",
];
const DECLARATION: u32 = 1;
const DRAFT: u32 = 2;

/// The legend the server announces.
pub fn legend() -> lsp::SemanticTokensLegend {
    lsp::SemanticTokensLegend {
        token_types: TYPES
            .iter()
            .map(|&t| lsp::SemanticTokenType::new(t))
            .collect(),
        token_modifiers: vec![
            lsp::SemanticTokenModifier::DECLARATION,
            lsp::SemanticTokenModifier::new("draft"),
        ],
    }
}

fn token_type(symbol: Symbol) -> u32 {
    match symbol {
        Symbol::Perspective(_) => 8,
        Symbol::Item(item) => match item.kind() {
            Kind::TargetGroup => 0,
            Kind::Resource => 1,
            Kind::Activity => 2,
            Kind::Output => 3,
            Kind::Mechanism => 4,
            Kind::Effect => 5,
            Kind::Context => 6,
            Kind::Indicator => 7,
        },
    }
}

pub(super) fn semantic_tokens(
    server: &mut Server,
    params: lsp::SemanticTokensParams,
) -> Answer<Option<lsp::SemanticTokensResult>> {
    let document = server.document(&params.text_document.uri)?;
    let lines = document.lines.clone();
    let analysis = document.analysis();
    let Some(compiled) = analysis.compiled() else {
        return Ok(None);
    };
    let text = analysis.text();
    let mut data = Vec::with_capacity(analysis.occurrences.len());
    let mut last = lsp::Position::new(0, 0);
    for occurrence in &analysis.occurrences {
        let range = lines.range(text, &occurrence.span);
        if range.start.line != range.end.line {
            continue;
        }
        let mut modifiers = 0;
        if occurrence.declaration {
            modifiers |= DECLARATION;
        }
        if let Symbol::Item(item) = occurrence.symbol {
            if compiled.theory.is_draft(item) {
                modifiers |= DRAFT;
            }
        }
        let delta_line = range.start.line - last.line;
        let delta_start = if delta_line == 0 {
            range.start.character - last.character
        } else {
            range.start.character
        };
        data.push(lsp::SemanticToken {
            delta_line,
            delta_start,
            length: range.end.character - range.start.character,
            token_type: token_type(occurrence.symbol),
            token_modifiers_bitset: modifiers,
        });
        last = range.start;
    }
    Ok(Some(lsp::SemanticTokensResult::Tokens(
        lsp::SemanticTokens {
            result_id: None,
            data,
        },
    )))
}

pub(super) fn inlay_hints(
    server: &mut Server,
    params: lsp::InlayHintParams,
) -> Answer<Option<Vec<lsp::InlayHint>>> {
    let document = server.document(&params.text_document.uri)?;
    let lines = document.lines.clone();
    let wanted = lines.span(&document.text, params.range);
    let analysis = document.analysis();
    let Some(compiled) = analysis.compiled() else {
        return Ok(None);
    };
    let theory = &compiled.theory;
    let text = analysis.text();
    let mut hints = Vec::new();
    for occurrence in &analysis.occurrences {
        let Symbol::Item(item) = occurrence.symbol else {
            continue;
        };
        if occurrence.declaration
            || occurrence.span.end < wanted.start
            || occurrence.span.start > wanted.end
        {
            continue;
        }
        // After the closing quote; not after a key of `inferred_links`, whose reason follows.
        let mut end = occurrence.span.end;
        if matches!(text.as_bytes().get(end), Some(b'"' | b'\'')) {
            end += 1;
        }
        if text[end..].trim_start().starts_with('=') {
            continue;
        }
        let words = &theory.text(item).value;
        hints.push(lsp::InlayHint {
            position: lines.position(text, end),
            // Short enough to leave the line readable.
            label: lsp::InlayHintLabel::String(super::hover::short(words, 32)),
            kind: None,
            text_edits: None,
            tooltip: Some(lsp::InlayHintTooltip::String(words.clone())),
            padding_left: Some(true),
            padding_right: None,
            data: None,
        });
    }
    Ok(Some(hints))
}

pub(super) fn code_lenses(
    server: &mut Server,
    params: lsp::CodeLensParams,
) -> Answer<Option<Vec<lsp::CodeLens>>> {
    let document = server.document(&params.text_document.uri)?;
    let lines = document.lines.clone();
    let analysis = document.analysis();
    let Some(compiled) = analysis.compiled() else {
        return Ok(None);
    };
    let language = analysis.language();
    let text = analysis.text();
    let lenses = (0..compiled.theory.effects.len())
        .map(|e| {
            let item = ItemRef::Effect(e);
            let indicators = compiled.indicators_of(item);
            let measured = indicators
                .iter()
                .filter(|&&i| compiled.is_measured(i))
                .count();
            let status = compiled.effect_results()[e].status.marked(language);
            let title = t!(
                "lsp-lens",
                indicators = indicators.len(),
                measured = measured,
                status = status
            )
            .render(language);
            let header = compiled.theory.header(item);
            lsp::CodeLens {
                range: lines.range(text, &header.key),
                command: Some(lsp::Command::new(title, String::new(), None)),
                data: None,
            }
        })
        .collect();
    Ok(Some(lenses))
}
