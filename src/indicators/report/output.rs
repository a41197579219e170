//! The scorecard as text: a terminal table, Markdown, CSV and JSON.

use super::{Counts, IndicatorRow, Scorecard};
use crate::compile::attainment::Status;
use crate::model::IndicatorKind;
use crate::words::labels as words;

impl Scorecard {
    fn status(&self, status: Status) -> String {
        format!("{} {}", status.symbol(), status.label(self.language))
    }

    /// The effects per status: for the theory, then per horizon and per perspective.
    fn summary_line(&self) -> String {
        let w = words(self.language);
        let mut lines = vec![format!("{}: {}", w.effects, self.counts(&self.summary))];
        for (horizon, counts) in &self.by_horizon {
            if *counts != Counts::default() {
                let name = words(self.language).horizon(*horizon);
                lines.push(format!("{name}: {}", self.counts(counts)));
            }
        }
        for (perspective, counts) in &self.by_perspective {
            if *counts != Counts::default() {
                lines.push(format!("{perspective}: {}", self.counts(counts)));
            }
        }
        lines.join("\n")
    }

    fn counts(&self, s: &Counts) -> String {
        let parts: Vec<String> = [
            (Status::Met, s.met),
            (Status::OnTrack, s.on_track),
            (Status::NotMet, s.not_met),
            (Status::NoTarget, s.no_target),
            (Status::NoData, s.no_data),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| format!("{n} {}", status.label(self.language)))
        .collect();
        parts.join(", ")
    }

    fn indicator_label(&self, row: &IndicatorRow) -> String {
        let w = words(self.language);
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
        let w = words(self.language);
        match &self.as_of {
            Some(period) => format!("{}: {} ({} {period})", w.attainment, self.theory, w.as_of),
            None => format!("{}: {}", w.attainment, self.theory),
        }
    }

    fn header(&self) -> [&'static str; 6] {
        let w = words(self.language);
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
        let w = words(self.language);
        let effects = self.effects.iter().map(|e| {
            let mut cell = format!("{}\n{}", e.text, self.status(e.status));
            if !e.reached {
                cell.push('\n');
                cell.push_str(w.not_reached);
            }
            (cell, &e.indicators)
        });
        let activities = self
            .activities
            .iter()
            .map(|a| (format!("{} ({})", a.text, w.activity), &a.indicators));
        let mut rows = Vec::new();
        for (item, indicators) in effects.chain(activities) {
            if indicators.is_empty() {
                // An effect nothing measures is still listed: the gap is what the reader needs.
                let none = || "–".to_string();
                rows.push([item.clone(), none(), none(), none(), none(), String::new()]);
            }
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
        let summary: Vec<String> = self
            .summary_line()
            .lines()
            .map(|l| format!("- {l}"))
            .collect();
        let mut s = format!("## {}\n\n{}\n\n", cell(&self.title()), summary.join("\n"));
        s.push_str(&line(&self.header().map(str::to_string)));
        s.push_str("|---|---|---|---|---|---|\n");
        for row in self.rows() {
            s.push_str(&line(&row));
        }
        s
    }

    /// One CSV row per indicator and per group, for spreadsheets.
    pub fn csv(&self) -> crate::Result<String> {
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
        writer
            .write_record(header)
            .map_err(|e| crate::Error::Failed(e.to_string()))?;
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
                    .map_err(|e| crate::Error::Failed(e.to_string()))?;
                for g in &row.groups {
                    let group = format!("{}={}", g.dimension, g.group);
                    writer
                        .write_record(base(&group, g.period.as_ref(), g.value, g.status))
                        .map_err(|e| crate::Error::Failed(e.to_string()))?;
                }
            }
        }
        String::from_utf8(
            writer
                .into_inner()
                .map_err(|e| crate::Error::Failed(e.to_string()))?,
        )
        .map_err(|e| crate::Error::Failed(e.to_string()))
    }
}
