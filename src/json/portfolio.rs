//! `verkan report DIR --format json`, version 1: the portfolio, one scorecard across theories.

use super::coverage::Shares;
use super::report::{Counts, Report};
use super::VERSION;
use crate::indicators::portfolio as internal;
use schemars::JsonSchema;
use serde::Serialize;

/// `verkan report FOLDER --format json`: several theories' scorecards and their sums.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Portfolio {
    /// Always 1 for this format.
    pub version: u32,
    /// One line per theory, in the order given.
    pub theories: Vec<Member>,
    /// The sums over every theory.
    pub total: Totals,
    /// Each theory's scorecard, as `verkan report FILE --format json` gives it.
    pub reports: Vec<Report>,
}

/// One theory of the portfolio.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Member {
    /// The theory file, as given.
    pub file: String,
    /// The theory's name.
    pub theory: String,
    /// Intended effects per status.
    pub summary: Counts,
    /// Coverage of its effects, as `verkan coverage` gives it.
    pub coverage: Shares,
}

/// The sums over every theory.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Totals {
    /// Intended effects per status.
    pub summary: Counts,
    /// Coverage of the effects.
    pub coverage: Shares,
}

/// The portfolio as this format's JSON text.
pub fn to_json(portfolio: internal::Portfolio<'_>) -> String {
    super::to_string(&Portfolio::from(portfolio))
}

impl From<internal::Portfolio<'_>> for Portfolio {
    fn from(p: internal::Portfolio<'_>) -> Self {
        let theories = p
            .members
            .iter()
            .map(|m| Member {
                file: m.file.clone(),
                theory: m.card.theory.clone(),
                summary: (&m.card.summary).into(),
                coverage: m.coverage.into(),
            })
            .collect();
        Portfolio {
            version: VERSION,
            theories,
            total: Totals {
                summary: (&p.summary).into(),
                coverage: p.coverage.into(),
            },
            reports: p
                .members
                .iter()
                .map(|m| Report::of(m.compiled, &m.card))
                .collect(),
        }
    }
}
