//! The scorecard as text: a terminal table, Markdown, CSV and JSON.

use super::{Counts, IndicatorRow, Scorecard};
use crate::compile::attainment::Status;
use crate::model::IndicatorKind;
use crate::words::labels as words;

impl Scorecard {
    fn status(&self, status: Status) -> String {
        format!("{} {}", status.symbol(), status.label(self.language))
    }

    /// A status with "(bedömning)" when it is an evaluation's verdict.
    fn judged(&self, status: Status, assessed: bool) -> String {
        let mut text = self.status(status);
        if assessed {
            text.push_str(&format!(" ({})", words(self.language).assessed));
        }
        text
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
            (Status::PartlyMet, s.partly_met),
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

    /// One row per indicator: intended effects first (the item named on its first indicator's
    /// row, with the effect's status), then activities with indicators; or, with
    /// `intended = false`, the unintended effects alone.
    fn rows(&self, intended: bool) -> Vec<[String; 6]> {
        let w = words(self.language);
        let effects = self
            .effects
            .iter()
            .filter(|e| e.intended == intended)
            .map(|e| {
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
            .map(|a| (format!("{} ({})", a.text, w.activity), &a.indicators))
            .chain(
                self.outputs
                    .iter()
                    .map(|o| (format!("{} ({})", o.text, w.output_item), &o.indicators)),
            )
            .filter(|_| intended);
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
                    self.judged(row.status, row.assessed),
                    self.groups(row),
                ]);
            }
        }
        rows
    }

    /// A table for the terminal, wrapped to `width` columns.
    pub fn table(&self, width: u16) -> String {
        let table = |rows: Vec<[String; 6]>| {
            let mut table = comfy_table::Table::new();
            table
                .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                .set_width(width)
                .set_header(self.header().to_vec());
            for row in rows {
                table.add_row(row.to_vec());
            }
            table
        };
        let mut out = format!(
            "{}\n{}\n{}\n",
            self.title(),
            table(self.rows(true)),
            self.summary_line()
        );
        let unintended = self.rows(false);
        if !unintended.is_empty() {
            let heading = words(self.language).unintended_effects;
            out.push_str(&format!("\n{heading}\n{}\n", table(unintended)));
        }
        out.push_str(&format!("\n{}\n", self.mechanism_lines().join("\n")));
        out
    }

    /// Each mechanism numbered as in the diagrams, with its verdict and, indented under it,
    /// the conditions it depends on.
    fn mechanism_lines(&self) -> Vec<String> {
        let w = words(self.language);
        let mut lines = vec![w.mechanisms.to_string()];
        for m in &self.mechanisms {
            let mut marks = Vec::new();
            if let Some(finding) = &m.finding {
                marks.push(finding.as_str());
            }
            if m.draft {
                marks.push(w.draft);
            }
            let marks = if marks.is_empty() {
                String::new()
            } else {
                format!(" ({})", marks.join("; "))
            };
            lines.push(format!("{}. {}{marks}", m.number, m.text));
            for (mark, context) in &m.contexts {
                lines.push(format!("   {mark} {context}"));
            }
        }
        lines
    }

    /// A Markdown section with a pipe table, for reports and wikis.
    pub fn markdown(&self) -> String {
        let cell = |s: &str| markdown_text(s);
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
            .map(|l| format!("- {}", markdown_text(l)))
            .collect();
        let mut s = format!("## {}\n\n{}\n\n", cell(&self.title()), summary.join("\n"));
        s.push_str(&line(&self.header().map(str::to_string)));
        s.push_str("|---|---|---|---|---|---|\n");
        for row in self.rows(true) {
            s.push_str(&line(&row));
        }
        let unintended = self.rows(false);
        if !unintended.is_empty() {
            let w = words(self.language);
            s.push_str(&format!("\n### {}\n\n", w.unintended_effects));
            s.push_str(&line(&self.header().map(str::to_string)));
            s.push_str("|---|---|---|---|---|---|\n");
            for row in unintended {
                s.push_str(&line(&row));
            }
        }
        let mut mechanisms = self.mechanism_lines().into_iter();
        if let Some(title) = mechanisms.next() {
            s.push_str(&format!("\n### {title}\n\n"));
        }
        for l in mechanisms {
            // Contexts sit indented under their mechanism, as a nested list.
            match l.strip_prefix("   ") {
                Some(context) => s.push_str(&format!("   - {}\n", cell(context))),
                None => s.push_str(&format!("{}\n", cell(&l))),
            }
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
                            text_cell(&self.theory),
                            text_cell(id),
                            horizon.clone(),
                            text_cell(&perspective.clone().unwrap_or_default()),
                            item_status.to_string(),
                            text_cell(&row.id),
                            if row.kind == IndicatorKind::Outcome {
                                "outcome"
                            } else {
                                "output"
                            }
                            .to_string(),
                            row.draft.to_string(),
                            text_cell(&row.target.clone().unwrap_or_default()),
                            text_cell(group),
                            text_cell(&period.cloned().unwrap_or_default()),
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

/// Theory text as literal Markdown on one line: what would start markup (HTML, links,
/// emphasis, code, a table column, a heading) is escaped, and line breaks become " – ", so
/// a label shows as written and can neither add markup nor split a table row.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' if out.trim().is_empty() => out.push_str("\\#"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str(" – ");
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push_str(" – "),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// A text cell that a spreadsheet will not run: text starting with `=`, `+`, `-`, `@` (or a
/// tab or carriage return) is read by Excel and LibreOffice as a formula, so it gets a leading
/// apostrophe, which they show as text. Numbers are written by the caller, not through here.
fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn text_that_a_spreadsheet_would_run_is_kept_as_text() {
        assert_eq!(
            text_cell("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        for start in ["+1", "-1+2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text_cell(start).starts_with('\''), "{start}");
        }
        assert_eq!(text_cell("Spira"), "Spira");
        assert_eq!(text_cell(""), "");
    }
}
