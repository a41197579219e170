//! The portfolio: one scorecard across the theories an association funds (`verkan report
//! theories/`). A row per theory with its effects per status and its coverage, the totals,
//! then each theory's own scorecard. Its counts are the theories' scorecards and coverage
//! summed, so they agree with `verkan coverage` and with every theory's report.

use super::coverage::{self, Shares};
use super::report::{Counts, Scorecard};
use crate::compile::attainment::Status;
use crate::compile::Compiled;
use crate::locale::Language;
use crate::model::Period;
use crate::words::{labels, page_labels};

/// One theory of the portfolio.
pub struct Member<'a> {
    /// The theory.
    pub compiled: &'a Compiled,
    /// The theory file, as given.
    pub file: String,
    /// Its scorecard.
    pub card: Scorecard,
    /// Its coverage.
    pub coverage: Shares,
}

/// Several theories reported together: the overview, `report` of a folder, the portfolio workbook.
pub struct Portfolio<'a> {
    /// The language the portfolio speaks (see [`language_of`]).
    pub language: Language,
    /// Each theory, in the order given.
    pub members: Vec<Member<'a>>,
    /// Effects per status over every theory.
    pub summary: Counts,
    /// Coverage over every theory.
    pub coverage: Shares,
}

/// Whether this verkan writes and reads Excel workbooks (cargo feature `xlsx`, on by default).
pub const WORKBOOKS: bool = cfg!(feature = "xlsx");

/// The language a view of several theories speaks: Swedish when any theory does (the
/// associations verkan is for are Swedish), else English.
pub fn language_of(languages: impl IntoIterator<Item = Language>) -> Language {
    if languages.into_iter().any(|l| l == Language::Sv) {
        Language::Sv
    } else {
        Language::En
    }
}

impl<'a> Portfolio<'a> {
    /// The portfolio of `theories` (file and compiled theory), as of a period when one is given.
    pub fn new(theories: &[(String, &'a Compiled)], as_of: Option<(&str, Period)>) -> Self {
        let mut summary = Counts::default();
        let mut total = Vec::new();
        let members: Vec<Member> = theories
            .iter()
            .map(|(file, compiled)| {
                let card = super::report::scorecard(compiled, as_of);
                summary = summary.plus(&card.summary);
                let shares = coverage::of_theory(file, compiled);
                total.push(shares.clone());
                Member {
                    compiled,
                    file: file.clone(),
                    coverage: shares.shares,
                    card,
                }
            })
            .collect();
        Portfolio {
            language: language_of(members.iter().map(|m| m.card.language)),
            coverage: coverage::of_theories(total).total,
            members,
            summary,
        }
    }

    /// The portfolio's table: one row per theory and the total, as text cells.
    pub(crate) fn rows(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let w = page_labels(self.language);
        let l = labels(self.language);
        let mut header = vec![
            w.theory.to_string(),
            l.effects.to_string(),
            w.with_outcome_indicator.to_string(),
            w.measured.to_string(),
        ];
        header.extend(Status::ALL.iter().map(|s| s.marked(self.language)));
        let row = |name: String, counts: &Counts, shares: &Shares| {
            let mut cells = vec![
                name,
                shares.effects.to_string(),
                shares.outcome_indicator.to_string(),
                shares.measured.to_string(),
            ];
            cells.extend(Status::ALL.iter().map(|&s| counts.of(s).to_string()));
            cells
        };
        let mut rows: Vec<Vec<String>> = self
            .members
            .iter()
            .map(|m| row(m.card.theory.clone(), &m.card.summary, &m.coverage))
            .collect();
        rows.push(row(
            w.all_theories.to_string(),
            &self.summary,
            &self.coverage,
        ));
        (header, rows)
    }

    fn title(&self) -> String {
        let l = labels(self.language);
        format!("{}: {}", l.attainment, page_labels(self.language).overview)
    }

    /// For the terminal: the portfolio table, then each theory's table.
    pub fn table(&self, width: u16) -> String {
        let (header, rows) = self.rows();
        let mut table = comfy_table::Table::new();
        table
            .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
            .set_width(width)
            .set_header(header);
        for row in rows {
            table.add_row(row);
        }
        let mut out = format!("{}\n{table}\n", self.title());
        for m in &self.members {
            out.push('\n');
            out.push_str(&m.card.table(width));
        }
        out
    }

    /// Markdown: the portfolio table, then each theory's section.
    pub fn markdown(&self) -> String {
        let (header, rows) = self.rows();
        let line = |cells: &[String]| {
            let cells: Vec<String> = cells
                .iter()
                .map(|c| super::report::markdown_text(c))
                .collect();
            format!("| {} |\n", cells.join(" | "))
        };
        let mut s = format!("# {}\n\n", super::report::markdown_text(&self.title()));
        s.push_str(&line(&header));
        s.push_str(&"|---".repeat(header.len()));
        s.push_str("|\n");
        for row in &rows {
            s.push_str(&line(row));
        }
        for m in &self.members {
            s.push('\n');
            s.push_str(&m.card.markdown());
        }
        s
    }

    /// CSV: every theory's rows under one header (the `theory` column tells them apart).
    pub fn csv(&self) -> crate::Result<String> {
        let mut out = String::new();
        for (k, m) in self.members.iter().enumerate() {
            let csv = m.card.csv()?;
            let body = if k == 0 {
                csv.as_str()
            } else {
                csv.split_once('\n').map_or("", |(_, rest)| rest)
            };
            out.push_str(body);
        }
        Ok(out)
    }

    /// The Excel workbook (see [`super::report`]'s `xlsx`); an error in a verkan built
    /// without the `xlsx` feature.
    pub fn workbook(&self) -> crate::Result<Vec<u8>> {
        self.workbook_of(None)
    }

    /// The workbook of one member (`Some(i)`: its scorecard and measurements, no overview),
    /// or of them all.
    pub fn workbook_of(&self, only: Option<usize>) -> crate::Result<Vec<u8>> {
        #[cfg(feature = "xlsx")]
        return super::report::xlsx::workbook(self, only);
        #[cfg(not(feature = "xlsx"))]
        {
            let _ = only;
            Err(crate::Error::MissingTool(crate::t!("workbook-unsupported")))
        }
    }
}
