//! The findings at error level drawn on the boxes they concern, so that a theory still being
//! built (an effect without an indicator yet) is drawn with what is missing marked, instead of
//! not at all. `check` and `build` still fail on it.

use super::geometry::Layout;
use crate::compile::Compiled;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::ItemRef;
use std::collections::HashMap;

/// What the check found wrong with each box's item: the rule's name and the message, in the
/// theory's language. Empty for a theory without errors.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    by_item: HashMap<ItemRef, Vec<(&'static str, String)>>,
}

impl Marks {
    /// No marks.
    pub fn none() -> Self {
        Marks::default()
    }

    /// The errors among `diagnostics` by the box they concern: the item whose table holds the
    /// finding's place, or, for an indicator, the items it measures. A finding elsewhere (a
    /// data file, `[lints]`, a mechanism, drawn as a marker) marks no box; the page's list of
    /// findings still has it.
    pub fn of(compiled: &Compiled, diagnostics: &[Diagnostic]) -> Self {
        let theory = &compiled.theory;
        // Items by where their tables start, to find the one holding a place in n log n.
        let mut starts: Vec<(usize, usize, ItemRef)> = theory
            .items()
            .map(|item| {
                let span = &theory.header(item).span;
                (span.start, span.end, item)
            })
            .collect();
        starts.sort_unstable_by_key(|&(start, _, _)| start);
        let language = theory.meta.language;
        let mut by_item: HashMap<ItemRef, Vec<(&'static str, String)>> = HashMap::new();
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            if d.primary.file != theory.file {
                continue;
            }
            let at = d.primary.span.start;
            let holder = starts
                .partition_point(|&(start, _, _)| start <= at)
                .checked_sub(1)
                .map(|i| starts[i])
                .filter(|&(_, end, _)| at < end.max(at + 1));
            let Some((_, _, item)) = holder else {
                continue;
            };
            let boxes: Vec<ItemRef> = match item {
                ItemRef::Indicator(i) => theory.indicators[i]
                    .measures
                    .iter()
                    .filter_map(|r| r.target)
                    .collect(),
                other => vec![other],
            };
            let finding = (d.rule.name(), d.message.render(language));
            for b in boxes {
                by_item.entry(b).or_default().push(finding.clone());
            }
        }
        Marks { by_item }
    }

    /// Whether there is nothing to mark.
    pub fn is_empty(&self) -> bool {
        self.by_item.is_empty()
    }

    /// Puts each box's findings on it.
    pub(super) fn apply(&self, layout: &mut Layout) {
        if self.is_empty() {
            return;
        }
        for b in &mut layout.boxes {
            if let Some(findings) = self.by_item.get(&b.item) {
                b.findings = findings.clone();
            }
        }
    }
}
