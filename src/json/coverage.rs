//! `verkan coverage --format json`, version 1.

use super::{Horizon, VERSION};
use crate::indicators::coverage as internal;
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Serialize;

/// Coverage of several theories and their total.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Coverage {
    /// Always 1 for this format.
    pub version: u32,
    /// Each theory's coverage, in the order given.
    pub theories: Vec<TheoryCoverage>,
    /// The sums over every theory.
    pub total: Shares,
}

/// One theory's coverage.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TheoryCoverage {
    /// The theory file, as given on the command line.
    pub file: String,
    /// The theory's name.
    pub theory: String,
    /// Over all its intended effects.
    pub shares: Shares,
    /// Keyed by horizon.
    pub by_horizon: IndexMap<Horizon, Shares>,
    /// Keyed by perspective id.
    pub by_perspective: IndexMap<String, PerspectiveShares>,
    /// Ids of outcome indicators (drafts included) with no readable value.
    pub unmeasured: Vec<String>,
}

/// Counts of effects meeting each step of coverage (see the README's definitions).
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct Shares {
    /// Intended effects counted.
    pub effects: usize,
    /// Reached from an activity through mechanisms.
    pub reached: usize,
    /// With an outcome indicator that counts (not a draft).
    pub outcome_indicator: usize,
    /// One of those has a target.
    pub target: usize,
    /// One of those is measured.
    pub measured: usize,
}

/// One perspective's shares.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PerspectiveShares {
    /// The perspective's name.
    pub label: String,
    /// Its effects' shares.
    #[serde(flatten)]
    pub shares: Shares,
}

impl From<internal::Shares> for Shares {
    fn from(s: internal::Shares) -> Self {
        Shares {
            effects: s.effects,
            reached: s.reached,
            outcome_indicator: s.outcome_indicator,
            target: s.target,
            measured: s.measured,
        }
    }
}

/// The coverage report as this format's JSON text.
pub fn to_json(coverage: &internal::Coverage) -> String {
    super::to_string(&Coverage::from(coverage))
}

impl From<&internal::Coverage> for Coverage {
    fn from(c: &internal::Coverage) -> Self {
        Coverage {
            version: VERSION,
            theories: c
                .theories
                .iter()
                .map(|t| TheoryCoverage {
                    file: t.file.clone(),
                    theory: t.theory.clone(),
                    shares: t.shares.into(),
                    by_horizon: t
                        .by_horizon
                        .iter()
                        .map(|(h, s)| (Horizon::from(*h), Shares::from(*s)))
                        .collect(),
                    by_perspective: t
                        .by_perspective
                        .iter()
                        .map(|p| {
                            let shares = PerspectiveShares {
                                label: p.label.clone(),
                                shares: p.shares.into(),
                            };
                            (p.id.clone(), shares)
                        })
                        .collect(),
                    unmeasured: t.unmeasured.clone(),
                })
                .collect(),
            total: c.total.into(),
        }
    }
}
