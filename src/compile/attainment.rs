//! Target attainment (måluppfyllelse), computed: each indicator's latest value against its
//! target, each effect's status from its outcome indicators, and counts that roll them up.

use crate::model::{Assessment, Direction, Period, Theory};

/// How an indicator, or an effect, stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// The target is reached.
    Met,
    /// Not reached yet, but moving toward the target, with time left.
    OnTrack,
    /// Partly reached, in an evaluation's judgement (never computed from numbers).
    PartlyMet,
    /// Not reached, and not moving toward it (or out of time).
    NotMet,
    /// Measured, but there is no target to judge the value by.
    NoTarget,
    /// Not measured (for the period asked).
    NoData,
}

impl Status {
    /// Every status, best first: the order of reports, legends and filters. A status's place
    /// here is its discriminant, which [`Counts`] indexes by.
    pub const ALL: [Status; 6] = [
        Status::Met,
        Status::OnTrack,
        Status::PartlyMet,
        Status::NotMet,
        Status::NoTarget,
        Status::NoData,
    ];

    /// The status as every output writes it (`met`, `on-track`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::OnTrack => "on-track",
            Status::PartlyMet => "partly-met",
            Status::NotMet => "not-met",
            Status::NoTarget => "no-target",
            Status::NoData => "no-data",
        }
    }

    /// Words for reports, in the theory's language.
    pub fn label(self, language: crate::locale::Language) -> &'static str {
        use crate::locale::Language;
        match (language, self) {
            (Language::Sv, Status::Met) => "uppnått",
            (Language::Sv, Status::OnTrack) => "på väg",
            (Language::Sv, Status::PartlyMet) => "delvis uppnått",
            (Language::Sv, Status::NotMet) => "ej uppnått",
            (Language::Sv, Status::NoTarget) => "mål saknas",
            (Language::Sv, Status::NoData) => "data saknas",
            (Language::En, Status::Met) => "met",
            (Language::En, Status::OnTrack) => "on track",
            (Language::En, Status::PartlyMet) => "partly met",
            (Language::En, Status::NotMet) => "not met",
            (Language::En, Status::NoTarget) => "no target",
            (Language::En, Status::NoData) => "no data",
        }
    }

    /// Fill and ink of its badge in the diagram and of its cells in the workbook. The badge
    /// also carries [`Status::symbol`], so colour is never the only cue.
    pub fn colours(self) -> (&'static str, &'static str) {
        match self {
            Status::Met => ("#d9f2de", "#2e7d32"),
            Status::OnTrack => ("#fff3c4", "#a67c00"),
            Status::PartlyMet => ("#ffe0b2", "#b25e00"),
            Status::NotMet => ("#fde2df", "#c62828"),
            Status::NoTarget => ("#eceff1", "#78909c"),
            Status::NoData => ("#ffffff", "#9aa5ad"),
        }
    }

    /// Its mark and words, "✗ ej uppnått": how every text output shows a status, so it never
    /// rests on colour.
    pub fn marked(self, language: crate::locale::Language) -> String {
        format!("{} {}", self.symbol(), self.label(language))
    }

    /// A mark that reads without colour: in black and white and for colour-blind readers.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Met => "✓",
            Status::OnTrack => "↗",
            Status::PartlyMet => "◐",
            Status::NotMet => "✗",
            Status::NoTarget => "?",
            Status::NoData => "–",
        }
    }
}

const _: () = {
    let mut s = 0;
    while s < Status::ALL.len() {
        assert!(
            Status::ALL[s] as usize == s,
            "Status::ALL is in declaration order"
        );
        s += 1;
    }
};

/// An evaluation's verdict is the status it names.
impl From<Assessment> for Status {
    fn from(assessment: Assessment) -> Self {
        match assessment {
            Assessment::Met => Status::Met,
            Assessment::PartlyMet => Status::PartlyMet,
            Assessment::NotMet => Status::NotMet,
        }
    }
}

/// What was measured for a period: a number, a finding in words, a verdict, or several.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    /// The period, as written.
    pub period: String,
    /// The period, read.
    pub parsed: Period,
    /// The number (given, or the share its counts make).
    pub value: Option<f64>,
    /// A finding in words, for a qualitative indicator.
    pub text: Option<String>,
    /// The evaluation's verdict on the target.
    pub assessment: Option<Assessment>,
    /// The number was computed by whoever wrote the file.
    pub derived: bool,
    /// The value is approximate, as the source words it.
    pub approximate: bool,
    /// The measurement's note: for a verdict, the source's own qualification of it.
    pub note: Option<String>,
}

/// One group's latest value and status, for a disaggregated indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupResult {
    /// The dimension (`kön`).
    pub dimension: String,
    /// The group (`kvinnor`).
    pub group: String,
    /// Its latest value.
    pub latest: Option<Value>,
    /// Against the indicator's target.
    pub status: Status,
    /// The status is an evaluation's verdict, not computed from a number.
    pub assessed: bool,
}

/// One indicator's attainment.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorResult {
    /// The indicator, by index into the theory's indicators.
    pub indicator: usize,
    /// The latest value for the whole population (measurements without a group).
    pub latest: Option<Value>,
    /// Every readable value for the whole population, oldest first: the trend.
    pub series: Vec<Value>,
    /// Share of the way from baseline to target (1.0 = reached), when both are known.
    pub progress: Option<f64>,
    /// Against its target, at the latest period.
    pub status: Status,
    /// The status is an evaluation's verdict, not computed from a number.
    pub assessed: bool,
    /// Its latest value and status per group.
    pub groups: Vec<GroupResult>,
    /// Set when the indicator is measured only per group: its status is then its groups'
    /// (see [`GroupTally::status`]).
    pub from_groups: Option<GroupTally>,
    /// Why a measured indicator has no status against its target, when the status does not
    /// say it alone ("no target" for a rise with nothing to rise from).
    pub unjudged: Option<Unjudged>,
}

/// Why a measured value could not be judged against the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unjudged {
    /// The indicator has no target.
    NoTarget,
    /// An increase or decrease without a target value, and neither a baseline nor an earlier
    /// value to compare with.
    NoBaseline,
    /// A finding in words, and no verdict on it.
    NoVerdict,
}

/// How many have each status: effects in a scorecard, groups of an indicator.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts([usize; Status::ALL.len()]);

impl Counts {
    /// How many have `status`.
    pub fn of(&self, status: Status) -> usize {
        self.0[status as usize]
    }

    /// Counts one more with `status`.
    pub fn add(&mut self, status: Status) {
        self.0[status as usize] += 1;
    }

    /// The sum of two counts: a portfolio's, from its theories'.
    pub fn plus(&self, other: &Counts) -> Counts {
        Counts(std::array::from_fn(|s| self.0[s] + other.0[s]))
    }

    /// Nothing counted.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&n| n == 0)
    }

    /// Each status with its count, in the order of [`Status::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (Status, usize)> + '_ {
        Status::ALL.iter().map(|&s| (s, self.of(s)))
    }
}

impl FromIterator<Status> for Counts {
    fn from_iter<I: IntoIterator<Item = Status>>(statuses: I) -> Self {
        let mut counts = Counts::default();
        statuses.into_iter().for_each(|s| counts.add(s));
        counts
    }
}

/// How an indicator measured only per group stands, group by group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupTally {
    /// Groups per status.
    pub counts: Counts,
    /// Every group of the indicator's breakdown, measured or not.
    pub groups: usize,
}

impl GroupTally {
    fn of(groups: &[GroupResult]) -> Self {
        GroupTally {
            groups: groups.len(),
            counts: groups.iter().map(|g| g.status).collect(),
        }
    }

    /// How many groups have `status`.
    pub fn count(&self, status: Status) -> usize {
        self.counts.of(status)
    }

    /// The indicator's status from its groups. Only groups judged against the target count
    /// (met, on track, partly met, not met): met when every one is met; on track when every
    /// one is met or on track; not met when every one is not met; partly met when they
    /// disagree. With no group judged: no target when some group is measured, else no data.
    pub fn status(&self) -> Status {
        let judged = [
            Status::Met,
            Status::OnTrack,
            Status::PartlyMet,
            Status::NotMet,
        ];
        let total: usize = judged.iter().map(|&s| self.count(s)).sum();
        let count = |s| self.count(s);
        if total == 0 {
            if count(Status::NoTarget) > 0 {
                Status::NoTarget
            } else {
                Status::NoData
            }
        } else if count(Status::Met) == total {
            Status::Met
        } else if count(Status::Met) + count(Status::OnTrack) == total {
            Status::OnTrack
        } else if count(Status::NotMet) == total {
            Status::NotMet
        } else {
            Status::PartlyMet
        }
    }
}

/// Attainment of every indicator, as of the end of `as_of` (all data when `None`).
pub fn indicators(theory: &Theory, as_of: Option<Period>) -> Vec<IndicatorResult> {
    theory
        .indicators
        .iter()
        .enumerate()
        .map(|(i, indicator)| {
            let series = |group: Option<(usize, usize)>| -> Vec<Value> {
                let mut values: Vec<Value> = indicator
                    .measurements
                    .iter()
                    .filter(|m| m.group_index == group && (group.is_some() || m.group.is_none()))
                    .filter(|m| m.is_readable(&indicator.unit))
                    .filter_map(|m| {
                        let parsed = m.parsed_period?;
                        if as_of.is_some_and(|p| parsed.end > p.end) {
                            return None;
                        }
                        Some(Value {
                            period: m.period.clone(),
                            parsed,
                            value: m.value_in(&indicator.unit),
                            text: m.text.clone(),
                            assessment: m.assessment,
                            derived: m.derived,
                            approximate: m.approximate,
                            note: m.note.clone(),
                        })
                    })
                    .collect();
                values.sort_by_key(|v| v.parsed.sort_key());
                values
            };
            let total = series(None);
            let (status, progress, unjudged) = judge(theory, i, &total);
            let assessed = is_assessed(&total);
            let groups: Vec<GroupResult> = indicator
                .disaggregation
                .iter()
                .enumerate()
                .flat_map(|(d, dimension)| {
                    let series = &series;
                    dimension.values.iter().enumerate().map(move |(v, value)| {
                        let values = series(Some((d, v)));
                        GroupResult {
                            dimension: dimension.name.clone(),
                            group: value.value.clone(),
                            latest: values.last().cloned(),
                            status: judge(theory, i, &values).0,
                            assessed: is_assessed(&values),
                        }
                    })
                })
                .collect();
            // Measured only per group (a drop-out rate per referring agency): the groups
            // decide, rather than "no data" beside the data.
            let measured_groups: Vec<&GroupResult> =
                groups.iter().filter(|g| g.latest.is_some()).collect();
            let from_groups =
                (total.is_empty() && !measured_groups.is_empty()).then(|| GroupTally::of(&groups));
            let (status, assessed, unjudged) = match &from_groups {
                Some(tally) => (
                    tally.status(),
                    measured_groups.iter().all(|g| g.assessed),
                    None,
                ),
                None => (status, assessed, unjudged),
            };
            IndicatorResult {
                indicator: i,
                latest: total.last().cloned(),
                series: total,
                progress,
                status,
                assessed,
                groups,
                from_groups,
                unjudged,
            }
        })
        .collect()
}

/// Whether the latest of a series is judged by an evaluation's verdict.
fn is_assessed(values: &[Value]) -> bool {
    values.last().is_some_and(|v| v.assessment.is_some())
}

/// The status of a series (oldest first) against the indicator's target. The latest period
/// decides: its verdict when the evaluation gives one, else its number. A measured series
/// that cannot be judged says why.
fn judge(theory: &Theory, i: usize, values: &[Value]) -> (Status, Option<f64>, Option<Unjudged>) {
    let indicator = &theory.indicators[i];
    let Some(latest) = values.last() else {
        return (Status::NoData, None, None);
    };
    if let Some(assessment) = latest.assessment {
        return (assessment.into(), None, None);
    }
    let Some(target) = &indicator.target else {
        return (Status::NoTarget, None, Some(Unjudged::NoTarget));
    };
    let Some(v) = latest.value else {
        return (Status::NoTarget, None, Some(Unjudged::NoVerdict));
    };
    let baseline = indicator.baseline.as_ref().map(|b| b.value);
    // What "moving toward the target" is measured from: the baseline, else the first number.
    let first = values.iter().find_map(|v| v.value);
    let numbers = values.iter().filter(|v| v.value.is_some()).count();
    let reference = baseline.or_else(|| (numbers > 1).then_some(first).flatten());
    let (met, goal, upward) = match (target.direction, target.value) {
        (Direction::AtLeast, Some(t)) => (v >= t, Some(t), true),
        (Direction::AtMost, Some(t)) => (v <= t, Some(t), false),
        (Direction::Range, Some(low)) => {
            let high = target.max.unwrap_or(f64::INFINITY);
            let upward = v < low;
            (
                v >= low && v <= high,
                Some(if upward { low } else { high }),
                upward,
            )
        }
        (Direction::Increase, Some(t)) => (v >= t, Some(t), true),
        (Direction::Decrease, Some(t)) => (v <= t, Some(t), false),
        (Direction::Increase, None) => match reference {
            Some(r) => (v > r, None, true),
            None => return (Status::NoTarget, None, Some(Unjudged::NoBaseline)),
        },
        (Direction::Decrease, None) => match reference {
            Some(r) => (v < r, None, false),
            None => return (Status::NoTarget, None, Some(Unjudged::NoBaseline)),
        },
        // A target with a direction that needs a value but has none: `invalid-target` reports it.
        (_, None) => return (Status::NoTarget, None, Some(Unjudged::NoTarget)),
    };
    let progress = match (baseline, goal) {
        (Some(b), Some(t)) if t != b => Some((v - b) / (t - b)),
        _ => None,
    };
    if met {
        return (Status::Met, progress, None);
    }
    let improving = reference.is_some_and(|r| if upward { v > r } else { v < r });
    let time_left = target.by_period.is_none_or(|by| latest.parsed.end < by.end);
    let status = if improving && time_left {
        Status::OnTrack
    } else {
        Status::NotMet
    };
    (status, progress, None)
}

/// An effect's status, rolled up from the indicators that count for it.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectResult {
    /// The effect, by index into the theory's effects.
    pub effect: usize,
    /// Rolled up from its counting indicators.
    pub status: Status,
    /// Counting indicators judged (met, on track or not met).
    pub assessed: usize,
    /// Counting indicators: outcome indicators that are not drafts.
    pub outcome_indicators: usize,
}

/// The status of effect `effect` from its counting indicators' results: not met if any is
/// not met, else on track if any is, else met if any is judged; measured without a target is
/// "no target", and nothing measured is "no data".
pub fn effect(
    effect: usize,
    counting: impl Iterator<Item = usize>,
    results: &[IndicatorResult],
) -> EffectResult {
    let mut judged = Vec::new();
    let mut measured = false;
    let mut outcome_indicators = 0;
    for i in counting {
        let status = results[i].status;
        outcome_indicators += 1;
        measured |= status != Status::NoData;
        if matches!(
            status,
            Status::Met | Status::OnTrack | Status::PartlyMet | Status::NotMet
        ) {
            judged.push(status);
        }
    }
    let status = if judged.contains(&Status::NotMet) {
        Status::NotMet
    } else if judged.contains(&Status::PartlyMet) {
        Status::PartlyMet
    } else if judged.contains(&Status::OnTrack) {
        Status::OnTrack
    } else if !judged.is_empty() {
        Status::Met
    } else if measured {
        Status::NoTarget
    } else {
        Status::NoData
    };
    EffectResult {
        effect,
        status,
        assessed: judged.len(),
        outcome_indicators,
    }
}

#[cfg(test)]
mod tests;
