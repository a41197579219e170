//! The scorecard a steering group (styrgrupp) reads: per effect, its indicators, their
//! targets, latest values and status, with per-group values where disaggregated.

use super::attainment::{self, EffectResult, IndicatorResult, Status};
use super::format;
use crate::model::{Horizon, IndicatorKind, ItemRef, Language, Period, Theory};
use serde::Serialize;

/// The version of the JSON scorecard; bump when a field changes meaning or goes away.
pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Scorecard {
    pub version: u32,
    pub theory: String,
    pub language: &'static str,
    /// The period the report is as of, when one was asked for.
    pub as_of: Option<String>,
    /// Effects per status, for the whole theory.
    pub summary: Counts,
    pub by_horizon: Vec<(Horizon, Counts)>,
    pub by_perspective: Vec<(String, Counts)>,
    pub effects: Vec<EffectRow>,
    /// Activities with indicators: output indicators of steps done, reported but never judged
    /// as an effect's attainment.
    pub activities: Vec<ActivityRow>,
    #[serde(skip)]
    language_enum: Language,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActivityRow {
    pub id: String,
    pub text: String,
    pub perspective: Option<String>,
    pub indicators: Vec<IndicatorRow>,
}

/// How many effects have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub met: usize,
    pub on_track: usize,
    pub not_met: usize,
    pub no_target: usize,
    pub no_data: usize,
}

impl Counts {
    fn add(&mut self, status: Status) {
        match status {
            Status::Met => self.met += 1,
            Status::OnTrack => self.on_track += 1,
            Status::NotMet => self.not_met += 1,
            Status::NoTarget => self.no_target += 1,
            Status::NoData => self.no_data += 1,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EffectRow {
    pub id: String,
    pub text: String,
    pub horizon: Horizon,
    pub perspective: Option<String>,
    pub status: Status,
    /// Outcome indicators judged, out of all outcome indicators.
    pub assessed: usize,
    pub outcome_indicators: usize,
    pub indicators: Vec<IndicatorRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorRow {
    pub id: String,
    pub text: String,
    pub kind: IndicatorKind,
    pub draft: bool,
    pub target: Option<String>,
    pub baseline: Option<f64>,
    pub period: Option<String>,
    pub value: Option<f64>,
    /// The value as people read it: `49 %`.
    pub shown: Option<String>,
    pub progress: Option<f64>,
    pub status: Status,
    pub groups: Vec<GroupRow>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupRow {
    pub dimension: String,
    pub group: String,
    pub period: Option<String>,
    pub value: Option<f64>,
    pub shown: Option<String>,
    pub status: Status,
}

/// Computes the scorecard of a theory, as of the end of `as_of` (all data when `None`).
pub fn scorecard(theory: &Theory, as_of: Option<(&str, Period)>) -> Scorecard {
    let language = theory.meta.language;
    let indicators = attainment::indicators(theory, as_of.map(|(_, p)| p));
    let effects = attainment::effects(theory, &indicators);
    let mut order: Vec<usize> = (0..theory.effects.len()).collect();
    let perspective_rank = |e: usize| {
        theory.effects[e]
            .perspective
            .as_ref()
            .and_then(|p| p.target)
            .unwrap_or(usize::MAX)
    };
    order.sort_by_key(|&e| (theory.effects[e].horizon, perspective_rank(e), e));

    let mut summary = Counts::default();
    let mut by_horizon: Vec<(Horizon, Counts)> = [Horizon::Short, Horizon::Medium, Horizon::Long]
        .map(|h| (h, Counts::default()))
        .to_vec();
    let mut by_perspective: Vec<(String, Counts)> = theory
        .perspectives
        .iter()
        .map(|p| (p.label.clone(), Counts::default()))
        .collect();
    let mut rows = Vec::new();
    for e in order {
        let effect = &theory.effects[e];
        let result: &EffectResult = &effects[e];
        summary.add(result.status);
        by_horizon
            .iter_mut()
            .find(|(h, _)| *h == effect.horizon)
            .expect("every horizon")
            .1
            .add(result.status);
        let perspective = effect.perspective.as_ref().and_then(|p| p.target);
        if let Some(p) = perspective {
            by_perspective[p].1.add(result.status);
        }
        let mut measuring: Vec<&IndicatorResult> = indicators
            .iter()
            .filter(|r| theory.indicators[r.indicator].measures.target == Some(ItemRef::Effect(e)))
            .collect();
        // Outcome indicators first: they are the ones that say whether the change happened.
        measuring.sort_by_key(|r| {
            (
                theory.indicators[r.indicator].kind != IndicatorKind::Outcome,
                r.indicator,
            )
        });
        rows.push(EffectRow {
            id: effect.header.id.clone(),
            text: effect.text.value.clone(),
            horizon: effect.horizon,
            perspective: perspective.map(|p| theory.perspectives[p].label.clone()),
            status: result.status,
            assessed: result.assessed,
            outcome_indicators: result.outcome_indicators,
            indicators: measuring
                .into_iter()
                .map(|r| indicator_row(theory, r))
                .collect(),
        });
    }
    let activities = theory
        .activities
        .iter()
        .enumerate()
        .filter_map(|(a, activity)| {
            let rows: Vec<IndicatorRow> = indicators
                .iter()
                .filter(|r| {
                    theory.indicators[r.indicator].measures.target == Some(ItemRef::Activity(a))
                })
                .map(|r| indicator_row(theory, r))
                .collect();
            (!rows.is_empty()).then(|| ActivityRow {
                id: activity.header.id.clone(),
                text: activity.text.value.clone(),
                perspective: activity
                    .perspective
                    .as_ref()
                    .and_then(|p| p.target)
                    .map(|p| theory.perspectives[p].label.clone()),
                indicators: rows,
            })
        })
        .collect();
    Scorecard {
        version: REPORT_VERSION,
        activities,
        theory: theory.meta.name.clone(),
        language: if language == Language::Sv { "sv" } else { "en" },
        as_of: as_of.map(|(text, _)| text.to_string()),
        summary,
        by_horizon,
        by_perspective,
        effects: rows,
        language_enum: language,
    }
}

fn indicator_row(theory: &Theory, result: &IndicatorResult) -> IndicatorRow {
    let indicator = &theory.indicators[result.indicator];
    let language = theory.meta.language;
    let shown = |v: f64| format::value(v, &indicator.unit, language);
    IndicatorRow {
        id: indicator.header.id.clone(),
        text: indicator.text.value.clone(),
        kind: indicator.kind,
        draft: indicator.draft,
        target: format::target(indicator, language),
        baseline: indicator.baseline.as_ref().map(|b| b.value),
        period: result.latest.as_ref().map(|v| v.period.clone()),
        value: result.latest.as_ref().map(|v| v.value),
        shown: result.latest.as_ref().map(|v| shown(v.value)),
        progress: result.progress,
        status: result.status,
        groups: result
            .groups
            .iter()
            .map(|g| GroupRow {
                dimension: g.dimension.clone(),
                group: g.group.clone(),
                period: g.latest.as_ref().map(|v| v.period.clone()),
                value: g.latest.as_ref().map(|v| v.value),
                shown: g.latest.as_ref().map(|v| shown(v.value)),
                status: g.status,
            })
            .collect(),
        source: indicator.source.as_ref().map(|s| s.value.clone()),
    }
}

struct Words {
    effect: &'static str,
    indicator: &'static str,
    target: &'static str,
    latest: &'static str,
    status: &'static str,
    groups: &'static str,
    output: &'static str,
    draft: &'static str,
    title: &'static str,
    effects: &'static str,
    activity: &'static str,
    as_of: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::Sv => Words {
            effect: "Effekt",
            indicator: "Indikator",
            target: "Mål",
            latest: "Senaste värde",
            status: "Status",
            groups: "Per grupp",
            output: "utfallsindikator",
            draft: "utkast",
            title: "Måluppfyllelse",
            effects: "Effekter",
            activity: "insats",
            as_of: "per",
        },
        Language::En => Words {
            effect: "Effect",
            indicator: "Indicator",
            target: "Target",
            latest: "Latest value",
            status: "Status",
            groups: "By group",
            output: "output indicator",
            draft: "draft",
            title: "Target attainment",
            effects: "Effects",
            activity: "activity",
            as_of: "as of",
        },
    }
}

impl Scorecard {
    fn status(&self, status: Status) -> String {
        format!("{} {}", status.symbol(), status.label(self.language_enum))
    }

    fn summary_line(&self) -> String {
        let w = words(self.language_enum);
        let s = &self.summary;
        let parts: Vec<String> = [
            (Status::Met, s.met),
            (Status::OnTrack, s.on_track),
            (Status::NotMet, s.not_met),
            (Status::NoTarget, s.no_target),
            (Status::NoData, s.no_data),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| format!("{n} {}", status.label(self.language_enum)))
        .collect();
        format!("{}: {}", w.effects, parts.join(", "))
    }

    fn indicator_label(&self, row: &IndicatorRow) -> String {
        let w = words(self.language_enum);
        let mut marks = Vec::new();
        if row.kind == IndicatorKind::Output {
            marks.push(w.output);
        }
        if row.draft {
            marks.push(w.draft);
        }
        if marks.is_empty() {
            row.text.clone()
        } else {
            format!("{} ({})", row.text, marks.join(", "))
        }
    }

    fn latest(&self, row: &IndicatorRow) -> String {
        match (&row.shown, &row.period) {
            (Some(value), Some(period)) => format!("{value} ({period})"),
            _ => "–".to_string(),
        }
    }

    fn groups(&self, row: &IndicatorRow) -> String {
        row.groups
            .iter()
            .filter_map(|g| {
                g.shown
                    .as_ref()
                    .map(|v| format!("{} {v} {}", g.group, g.status.symbol()))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn title(&self) -> String {
        let w = words(self.language_enum);
        match &self.as_of {
            Some(period) => format!("{}: {} ({} {period})", w.title, self.theory, w.as_of),
            None => format!("{}: {}", w.title, self.theory),
        }
    }

    fn header(&self) -> [&'static str; 6] {
        let w = words(self.language_enum);
        [
            w.effect,
            w.indicator,
            w.target,
            w.latest,
            w.status,
            w.groups,
        ]
    }

    /// One row per indicator: effects first (the item named on its first indicator's row, with
    /// the effect's status), then activities with indicators.
    fn rows(&self) -> Vec<[String; 6]> {
        let w = words(self.language_enum);
        let effects = self.effects.iter().map(|e| {
            (
                format!("{}\n{}", e.text, self.status(e.status)),
                &e.indicators,
            )
        });
        let activities = self
            .activities
            .iter()
            .map(|a| (format!("{} ({})", a.text, w.activity), &a.indicators));
        let mut rows = Vec::new();
        for (item, indicators) in effects.chain(activities) {
            for (k, row) in indicators.iter().enumerate() {
                rows.push([
                    if k == 0 { item.clone() } else { String::new() },
                    self.indicator_label(row),
                    row.target.clone().unwrap_or_else(|| "–".into()),
                    self.latest(row),
                    self.status(row.status),
                    self.groups(row),
                ]);
            }
        }
        rows
    }

    /// A table for the terminal, wrapped to `width` columns.
    pub fn table(&self, width: u16) -> String {
        let mut table = comfy_table::Table::new();
        table
            .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
            .set_width(width)
            .set_header(self.header().to_vec());
        for row in self.rows() {
            table.add_row(row.to_vec());
        }
        format!("{}\n{}\n{}\n", self.title(), table, self.summary_line())
    }

    /// A Markdown section with a pipe table, for reports and wikis.
    pub fn markdown(&self) -> String {
        let cell = |s: &str| s.replace('|', "\\|").replace('\n', " – ");
        let line = |cells: &[String]| {
            format!(
                "| {} |\n",
                cells
                    .iter()
                    .map(|c| cell(c))
                    .collect::<Vec<_>>()
                    .join(" | ")
            )
        };
        let mut s = format!("## {}\n\n{}\n\n", cell(&self.title()), self.summary_line());
        s.push_str(&line(&self.header().map(str::to_string)));
        s.push_str("|---|---|---|---|---|---|\n");
        for row in self.rows() {
            s.push_str(&line(&row));
        }
        s
    }

    /// One CSV row per indicator and per group, for spreadsheets.
    pub fn csv(&self) -> Result<String, String> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let header = [
            "theory",
            "item",
            "horizon",
            "perspective",
            "item_status",
            "indicator",
            "kind",
            "draft",
            "target",
            "group",
            "period",
            "value",
            "status",
        ];
        writer.write_record(header).map_err(|e| e.to_string())?;
        let items = self
            .effects
            .iter()
            .map(|e| {
                (
                    &e.id,
                    format!("{:?}", e.horizon).to_lowercase(),
                    &e.perspective,
                    e.status.as_str(),
                    &e.indicators,
                )
            })
            .chain(self.activities.iter().map(|a| {
                (
                    &a.id,
                    "activity".to_string(),
                    &a.perspective,
                    "",
                    &a.indicators,
                )
            }));
        for (id, horizon, perspective, item_status, indicators) in items {
            for row in indicators {
                let base =
                    |group: &str, period: Option<&String>, value: Option<f64>, status: Status| {
                        vec![
                            self.theory.clone(),
                            id.clone(),
                            horizon.clone(),
                            perspective.clone().unwrap_or_default(),
                            item_status.to_string(),
                            row.id.clone(),
                            if row.kind == IndicatorKind::Outcome {
                                "outcome"
                            } else {
                                "output"
                            }
                            .to_string(),
                            row.draft.to_string(),
                            row.target.clone().unwrap_or_default(),
                            group.to_string(),
                            period.cloned().unwrap_or_default(),
                            value.map(|v| v.to_string()).unwrap_or_default(),
                            status.as_str().to_string(),
                        ]
                    };
                writer
                    .write_record(base("", row.period.as_ref(), row.value, row.status))
                    .map_err(|e| e.to_string())?;
                for g in &row.groups {
                    let group = format!("{}={}", g.dimension, g.group);
                    writer
                        .write_record(base(&group, g.period.as_ref(), g.value, g.status))
                        .map_err(|e| e.to_string())?;
                }
            }
        }
        String::from_utf8(writer.into_inner().map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())
    }

    pub fn json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).expect("the scorecard serializes");
        json.push('\n');
        json
    }
}
