//! Indicator coverage: of a theory's effects, how many are reached by a mechanism, have an
//! outcome indicator, a target, and a measurement. CI gates on it with `--min`.

use crate::compile::Compiled;
use crate::model::{Horizon, IndicatorKind};

/// Counts of effects meeting each step of coverage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shares {
    /// Effects counted: intended ones only.
    pub effects: usize,
    /// A chain of mechanisms from an activity leads to the effect.
    pub reached: usize,
    /// It has an outcome indicator that is not a draft.
    pub outcome_indicator: usize,
    /// One of those has a target.
    pub target: usize,
    /// One of those has a readable value.
    pub measured: usize,
}

/// Which share `--min` gates on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Effects a chain of mechanisms from an activity leads to.
    Reached,
    /// Effects with a (non-draft) outcome indicator.
    OutcomeIndicator,
    /// Effects whose outcome indicator has a target.
    Target,
    /// Effects whose outcome indicator has a readable value.
    Measured,
}

impl Shares {
    fn add(&mut self, other: Shares) {
        self.effects += other.effects;
        self.reached += other.reached;
        self.outcome_indicator += other.outcome_indicator;
        self.target += other.target;
        self.measured += other.measured;
    }

    /// The share in percent; a theory with no effects covers nothing.
    pub fn percent(&self, metric: Metric) -> f64 {
        let n = match metric {
            Metric::Reached => self.reached,
            Metric::OutcomeIndicator => self.outcome_indicator,
            Metric::Target => self.target,
            Metric::Measured => self.measured,
        };
        if self.effects == 0 {
            0.0
        } else {
            100.0 * n as f64 / self.effects as f64
        }
    }
}

/// One theory's coverage.
#[derive(Debug, Clone)]
pub struct TheoryCoverage {
    /// The theory file, as given.
    pub file: String,
    /// The theory's name.
    pub theory: String,
    /// Over all its effects.
    pub shares: Shares,
    /// Per horizon, short term first.
    pub by_horizon: Vec<(Horizon, Shares)>,
    /// Per perspective, in the theory's order.
    pub by_perspective: Vec<PerspectiveShares>,
    /// Outcome indicators (drafts included) with no readable value: what `--require measured` fails on.
    pub unmeasured: Vec<String>,
}

/// One perspective's shares.
#[derive(Debug, Clone)]
pub struct PerspectiveShares {
    /// The perspective's id.
    pub id: String,
    /// Its name.
    pub label: String,
    /// Its effects' shares.
    pub shares: Shares,
}

/// The coverage of several theories.
#[derive(Debug, Clone)]
pub struct Coverage {
    /// Each theory's, in the order given.
    pub theories: Vec<TheoryCoverage>,
    /// The sums over every theory.
    pub total: Shares,
}

/// Coverage of one theory, named by its file. Every fact is the compiled theory's.
pub fn of_theory(file: &str, compiled: &Compiled) -> TheoryCoverage {
    let theory = &compiled.theory;
    let n = theory.effects.len();
    let reached: Vec<bool> = (0..n).map(|e| compiled.is_reached(e)).collect();
    let outcome: Vec<bool> = (0..n)
        .map(|e| compiled.counting_indicators(e).next().is_some())
        .collect();
    let target: Vec<bool> = (0..n).map(|e| compiled.has_target(e)).collect();
    let measured: Vec<bool> = (0..n).map(|e| compiled.is_effect_measured(e)).collect();
    let unmeasured = theory
        .indicators
        .iter()
        .enumerate()
        .filter(|(i, indicator)| {
            indicator.kind == IndicatorKind::Outcome && !compiled.is_measured(*i)
        })
        .map(|(_, indicator)| indicator.header.id.clone())
        .collect();
    let shares_of = |keep: &dyn Fn(usize) -> bool| {
        let mut s = Shares::default();
        // Coverage is of what the programme aims at: unintended effects are warned about, not
        // counted (see `unintended-effect-without-indicator`).
        for e in (0..n).filter(|&e| theory.effects[e].intended && keep(e)) {
            s.effects += 1;
            s.reached += usize::from(reached[e]);
            s.outcome_indicator += usize::from(outcome[e]);
            s.target += usize::from(target[e]);
            s.measured += usize::from(measured[e]);
        }
        s
    };
    TheoryCoverage {
        file: file.to_string(),
        theory: theory.meta.name.clone(),
        shares: shares_of(&|_| true),
        by_horizon: [Horizon::Short, Horizon::Medium, Horizon::Long]
            .into_iter()
            .map(|h| (h, shares_of(&|e| theory.effects[e].horizon == h)))
            .collect(),
        by_perspective: theory
            .perspectives
            .iter()
            .enumerate()
            .map(|(p, perspective)| {
                let in_lane = |e: usize| {
                    theory.effects[e]
                        .perspective
                        .as_ref()
                        .and_then(|r| r.target)
                        == Some(p)
                };
                PerspectiveShares {
                    id: perspective.id.clone(),
                    label: perspective.label.clone(),
                    shares: shares_of(&in_lane),
                }
            })
            .collect(),
        unmeasured,
    }
}

/// Coverage of several theories and their total.
pub fn of_theories(theories: Vec<TheoryCoverage>) -> Coverage {
    let mut total = Shares::default();
    for t in &theories {
        total.add(t.shares);
    }
    Coverage { theories, total }
}

impl Coverage {
    /// A table for the terminal: one row per theory and the total, then the breakdowns.
    pub fn table(&self, width: u16, language: crate::locale::Language) -> String {
        let word = |column: &str| crate::t!("coverage-column", column = column).render(language);
        let header = [
            String::new(),
            word("effects"),
            word("reached"),
            word("outcome"),
            word("target"),
            word("measured"),
        ];
        let row = |name: String, s: &Shares| {
            let cell = |metric| format!("{:.0} % ({})", s.percent(metric), count(s, metric));
            vec![
                name,
                s.effects.to_string(),
                cell(Metric::Reached),
                cell(Metric::OutcomeIndicator),
                cell(Metric::Target),
                cell(Metric::Measured),
            ]
        };
        let new_table = || {
            let mut t = comfy_table::Table::new();
            t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                .set_width(width)
                .set_header(header.to_vec());
            t
        };
        let mut summary = new_table();
        for t in &self.theories {
            summary.add_row(row(format!("{} ({})", t.theory, t.file), &t.shares));
        }
        summary.add_row(row(word("total"), &self.total));
        let mut out = format!(
            "{}\n{summary}\n",
            crate::t!("coverage-title").render(language)
        );
        for t in &self.theories {
            let mut detail = new_table();
            for (h, s) in &t.by_horizon {
                let horizon = match h {
                    crate::model::Horizon::Short => "short",
                    crate::model::Horizon::Medium => "medium",
                    crate::model::Horizon::Long => "long",
                };
                detail.add_row(row(word(horizon), s));
            }
            for p in &t.by_perspective {
                detail.add_row(row(p.label.clone(), &p.shares));
            }
            out.push_str(&format!("\n{}\n{detail}\n", t.theory));
        }
        out
    }
}

fn count(s: &Shares, metric: Metric) -> usize {
    match metric {
        Metric::Reached => s.reached,
        Metric::OutcomeIndicator => s.outcome_indicator,
        Metric::Target => s.target,
        Metric::Measured => s.measured,
    }
}
