//! The scorecard as text: a terminal table, Markdown, CSV and JSON.

use super::{Counts, IndicatorRow, Scorecard};
use crate::compile::attainment::Status;
use crate::model::IndicatorKind;
use crate::words::labels as words;

impl Scorecard {
    fn status(&self, status: Status) -> String {
        status.marked(self.language)
    }

    /// A status with "(bedömning)" when it is an evaluation's verdict.
    fn judged(&self, status: Status, assessed: bool) -> String {
        let mut text = self.status(status);
        if assessed {
            text.push_str(&format!(" ({})", words(self.language).assessed));
        }
        text
    }

    /// An indicator's status, with where it comes from when not from a number of its own.
    pub(super) fn indicator_status(&self, row: &IndicatorRow) -> String {
        let mut text = self.judged(row.status, row.assessed);
        let judged = matches!(
            row.status,
            Status::Met | Status::OnTrack | Status::PartlyMet | Status::NotMet
        );
        if row.approximate && judged {
            text.push_str(&format!(" ({})", words(self.language).against_approximate));
        }
        if let Some(reason) = row.unjudged {
            text.push_str(&format!(" ({reason})"));
        }
        if let Some(tally) = &row.from_groups {
            text.push_str(&format!(
                " ({})",
                crate::words::from_groups(self.language, tally)
            ));
        }
        text
    }

    /// The effects per status: for the theory, then per horizon and per perspective.
    pub(super) fn summary_line(&self) -> String {
        let w = words(self.language);
        let mut lines = vec![format!("{}: {}", w.effects, self.counts(&self.summary))];
        for (horizon, counts) in &self.by_horizon {
            if !counts.is_empty() {
                let name = words(self.language).horizon(*horizon);
                lines.push(format!("{name}: {}", self.counts(counts)));
            }
        }
        for p in &self.by_perspective {
            if !p.counts.is_empty() {
                lines.push(format!("{}: {}", p.label, self.counts(&p.counts)));
            }
        }
        lines.join("\n")
    }

    fn counts(&self, s: &Counts) -> String {
        let parts: Vec<String> = s
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(status, n)| format!("{n} {}", status.label(self.language)))
            .collect();
        parts.join(", ")
    }

    pub(super) fn indicator_label(&self, row: &IndicatorRow) -> String {
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

    /// The values over the periods, oldest first: the trend, not only the latest.
    pub(super) fn values(&self, row: &IndicatorRow) -> String {
        if row.series.is_empty() {
            "–".to_string()
        } else {
            row.series.join(" → ")
        }
    }

    pub(super) fn groups(&self, row: &IndicatorRow) -> String {
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

    pub(super) fn title(&self) -> String {
        let w = words(self.language);
        match &self.as_of {
            Some(period) => format!("{}: {} ({} {period})", w.attainment, self.theory, w.as_of),
            None => format!("{}: {}", w.attainment, self.theory),
        }
    }

    /// The terminal table's columns: the item with its status in one, to fit a terminal.
    fn header(&self) -> [&'static str; 6] {
        let w = words(self.language);
        [
            w.effect,
            w.indicator,
            w.target,
            w.values,
            w.status,
            w.groups,
        ]
    }

    /// One row per indicator: intended effects first (the item named on its first indicator's
    /// row, with the effect's status), then activities with indicators; or, with
    /// `intended = false`, the unintended effects alone.
    fn rows(&self, intended: bool) -> Vec<Row> {
        let w = words(self.language);
        let effects = self
            .effects
            .iter()
            .filter(|e| e.intended == intended)
            .map(|e| {
                let mut status = self.status(e.status);
                if !e.reached {
                    status.push('\n');
                    status.push_str(w.not_reached);
                }
                let item = Item {
                    text: e.text.clone(),
                    horizon: w.horizon(e.horizon).to_string(),
                    perspective: e.perspective.clone().unwrap_or_default(),
                    status,
                };
                (item, &e.indicators)
            });
        let activity = |text: &str, kind: &str, perspective: &Option<String>| Item {
            text: format!("{text} ({kind})"),
            horizon: String::new(),
            perspective: perspective.clone().unwrap_or_default(),
            status: String::new(),
        };
        let activities = self
            .activities
            .iter()
            .map(|a| (activity(&a.text, w.activity, &a.perspective), &a.indicators))
            .chain(self.outputs.iter().map(|o| {
                (
                    activity(&o.text, w.output_item, &o.perspective),
                    &o.indicators,
                )
            }))
            .filter(|_| intended);
        let mut rows = Vec::new();
        for (item, indicators) in effects.chain(activities) {
            if indicators.is_empty() {
                // An effect nothing measures is still listed: the gap is what the reader needs.
                let none = || "–".to_string();
                rows.push(Row {
                    item: Some(item.clone()),
                    indicator: none(),
                    target: none(),
                    values: none(),
                    status: none(),
                    groups: String::new(),
                });
            }
            for (k, row) in indicators.iter().enumerate() {
                rows.push(Row {
                    item: (k == 0).then(|| item.clone()),
                    indicator: self.indicator_label(row),
                    target: row.target.clone().unwrap_or_else(|| "–".into()),
                    values: self.values(row),
                    status: self.indicator_status(row),
                    groups: self.groups(row),
                });
            }
        }
        rows
    }

    /// A table for the terminal, wrapped to `width` columns.
    pub fn table(&self, width: u16) -> String {
        let table = |rows: Vec<Row>| {
            let mut table = comfy_table::Table::new();
            table
                .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                .set_width(width)
                .set_header(self.header().to_vec());
            for row in rows {
                let item = row
                    .item
                    .map(|i| [i.text, i.status].join("\n").trim_end().to_string())
                    .unwrap_or_default();
                table.add_row(vec![
                    item,
                    row.indicator,
                    row.target,
                    row.values,
                    row.status,
                    row.groups,
                ]);
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
        let verdicts = self.verdict_lines();
        if let Some((heading, lines)) = verdicts.split_first() {
            out.push_str(&format!("\n{heading}\n{}\n", lines.join("\n")));
        }
        out.push_str(&format!("\n{}\n", self.mechanism_lines().join("\n")));
        out
    }

    /// Each verdict with the evaluation's own words, under a heading: a status that is a
    /// verdict never goes without its qualification. Nothing when no verdict has words.
    pub(super) fn verdict_lines(&self) -> Vec<String> {
        let rows = self.effects.iter().flat_map(|e| e.indicators.iter()).chain(
            self.activities
                .iter()
                .chain(&self.outputs)
                .flat_map(|a| a.indicators.iter()),
        );
        let mut lines: Vec<String> = rows
            .filter_map(|row| {
                let note = row.verdict_note.as_ref()?;
                Some(format!(
                    "- {} ({}): {note}",
                    row.text,
                    self.status(row.status)
                ))
            })
            .collect();
        if !lines.is_empty() {
            lines.insert(
                0,
                crate::words::page_labels(self.language).verdict.to_string(),
            );
        }
        lines
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
            // The evaluation's own words go with its verdict, hedges and all.
            if let Some(note) = &m.note {
                let verdict = crate::words::page_labels(self.language).verdict;
                lines.push(format!("   » {verdict}: {note}"));
            }
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
        let w = words(self.language);
        // Every column apart, so the table sorts and filters in a spreadsheet or a wiki.
        let header = [
            w.effect,
            w.horizon_heading,
            w.perspective,
            w.effect_status,
            w.indicator,
            w.target,
            w.values,
            w.status,
            w.groups,
        ]
        .map(str::to_string);
        let table = |rows: Vec<Row>| {
            let mut t = line(&header);
            t.push_str(&"|---".repeat(header.len()));
            t.push_str("|\n");
            for row in rows {
                let item = row.item.unwrap_or_default();
                t.push_str(&line(&[
                    item.text,
                    item.horizon,
                    item.perspective,
                    item.status,
                    row.indicator,
                    row.target,
                    row.values,
                    row.status,
                    row.groups,
                ]));
            }
            t
        };
        s.push_str(&table(self.rows(true)));
        let unintended = self.rows(false);
        if !unintended.is_empty() {
            s.push_str(&format!("\n### {}\n\n", w.unintended_effects));
            s.push_str(&table(unintended));
        }
        let verdicts = self.verdict_lines();
        if let Some((heading, lines)) = verdicts.split_first() {
            s.push_str(&format!("\n### {heading}\n\n"));
            for line in lines {
                s.push_str(&format!("{}\n", cell(line)));
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
            .map_err(|e| crate::Error::Failed(e.to_string().into()))?;
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
                    .map_err(|e| crate::Error::Failed(e.to_string().into()))?;
                for g in &row.groups {
                    let group = format!("{}={}", g.dimension, g.group);
                    writer
                        .write_record(base(&group, g.period.as_ref(), g.value, g.status))
                        .map_err(|e| crate::Error::Failed(e.to_string().into()))?;
                }
            }
        }
        String::from_utf8(
            writer
                .into_inner()
                .map_err(|e| crate::Error::Failed(e.to_string().into()))?,
        )
        .map_err(|e| crate::Error::Failed(e.to_string().into()))
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

/// The item a row of the scorecard belongs to, named on its first indicator's row.
#[derive(Debug, Clone, Default)]
struct Item {
    text: String,
    horizon: String,
    perspective: String,
    /// The effect's status (and "not reached"); empty for activities and outputs.
    status: String,
}

/// One indicator's row of the scorecard.
struct Row {
    item: Option<Item>,
    indicator: String,
    target: String,
    values: String,
    status: String,
    groups: String,
}
