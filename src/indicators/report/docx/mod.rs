//! The scorecard as a Word report (`verkan report THEORY --format docx`): the programme, the
//! diagram (SVG with a PNG fallback), the scorecard as real tables whose header row repeats
//! on each page, the evaluation's verdicts with their own words, every mechanism with its
//! evidence and finding, and what the theory's author reconstructed. A4 portrait, Word's
//! built-in styles, the theory's language.

mod body;
mod package;
mod portfolio;

pub use portfolio::portfolio_report;

pub use package::Figure;

use super::{IndicatorRow, Scorecard};
use crate::compile::attainment::Status;
use crate::locale::Language;
use crate::model::{ItemRef, Theory};
use crate::t;
use crate::words::{labels, page_labels};
use body::{Body, Orientation};

/// The Word report of a theory: its scorecard with the whole diagram, drawn without the
/// legend (the report lists the mechanisms as text, by the same numbers, and the diagram
/// alone fills a landscape page), as SVG and as PNG at twice its size for print.
pub fn word_report(
    compiled: &crate::compile::Compiled,
    card: &Scorecard,
) -> crate::Result<Vec<u8>> {
    let figure = figure_of(compiled, 2.0)?;
    card.docx(&compiled.theory, Some(&figure))
}

/// The theory's diagram, without its legend, as a document embeds it: the PNG at `scale`.
fn figure_of(compiled: &crate::compile::Compiled, scale: f32) -> crate::Result<Figure> {
    let view = crate::render::ViewOptions {
        legend: false,
        ..crate::render::ViewOptions::full()
    };
    let (svg, png) = crate::render::svg_and_png(compiled, &view, scale)?;
    // The PNG's own size, from its header: width and height at bytes 16 to 24.
    let size = |at: usize| {
        png.get(at..at + 4)
            .map_or(1, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    Ok(Figure {
        width: size(16),
        height: size(20),
        svg,
        png,
    })
}

/// The scorecard's columns: the effect, the indicator, the target, the values, the status;
/// together as wide as A4 portrait's text within 2 cm margins (9 638 twips, 17 cm).
const COLUMNS: [u32; 5] = [2600, 2600, 900, 1738, 1800];

impl Scorecard {
    /// The Word document, byte-identical for the same input. `figure` is the diagram, drawn
    /// by the caller (the report does not draw).
    pub fn docx(&self, theory: &Theory, figure: Option<&Figure>) -> crate::Result<Vec<u8>> {
        let language = self.language;
        let mut body = Body::new();
        body.paragraph(Some("Title"), &self.theory);
        about(&mut body, theory, language);
        if let Some(figure) = figure {
            // The diagram on a landscape page of its own, half as large again as portrait.
            body.section_break(Orientation::Portrait);
            body.heading(1, &t!("docx-diagram").render(language));
            let alt = t!(
                "docx-figure-alt",
                name = self.theory.as_str(),
                activities = theory.activities.len(),
                mechanisms = theory.mechanisms.len(),
                effects = theory.effects.len()
            )
            .render(language);
            body.figure(0, figure, &alt, Orientation::Landscape, 1.0);
            let caption = t!("docx-figure-caption", name = self.theory.as_str()).render(language);
            body.paragraph(Some("Caption"), &caption);
            body.paragraph(Some("Caption"), &key(theory, language));
            body.section_break(Orientation::Landscape);
        }
        self.attainment(&mut body, theory);
        self.mechanisms(&mut body, theory);
        reconstructed(&mut body, theory, language);
        let document = body.finish();
        let figures: Vec<&Figure> = figure.into_iter().collect();
        package::zip(&document, &self.theory, language.document_tag(), &figures)
    }

    /// Attainment over time, when measured in more than one period: a row per period with
    /// its effects by status, as of the period's end.
    fn over_time(&self, body: &mut Body) {
        if self.timeline.is_empty() {
            return;
        }
        let language = self.language;
        let p = page_labels(language);
        body.heading(2, p.over_time);
        let marked: Vec<String> = Status::ALL.iter().map(|s| s.marked(language)).collect();
        let mut header = vec![p.period];
        header.extend(marked.iter().map(String::as_str));
        let rows: Vec<Vec<String>> = self
            .timeline
            .iter()
            .map(|(period, counts)| {
                std::iter::once(period.clone())
                    .chain(Status::ALL.iter().map(|&s| counts.of(s).to_string()))
                    .collect()
            })
            .collect();
        // The period, then the six statuses, as wide together as the scorecard's tables.
        let widths = [1438, 1366, 1366, 1366, 1366, 1368, 1368];
        body.table(&widths, &header, &rows);
    }

    /// The summary, a table per horizon and one for activities and outputs, the unintended
    /// effects, and the verdicts with the evaluation's words.
    fn attainment(&self, body: &mut Body, theory: &Theory) {
        let w = labels(self.language);
        body.heading(1, &self.title());
        for line in self.summary_line().lines() {
            body.bullet(line);
        }
        self.over_time(body);
        let header = [w.effect, w.indicator, w.target, w.values, w.status];
        for horizon in [
            crate::model::Horizon::Short,
            crate::model::Horizon::Medium,
            crate::model::Horizon::Long,
        ] {
            let rows = self.effect_rows(theory, |e| e.intended && e.horizon == horizon);
            if !rows.is_empty() {
                body.heading(2, w.horizon(horizon));
                body.table(&COLUMNS, &header, &rows);
            }
        }
        let unintended = self.effect_rows(theory, |e| !e.intended);
        if !unintended.is_empty() {
            body.heading(2, w.unintended_effects);
            body.table(&COLUMNS, &header, &unintended);
        }
        let mut steps = Vec::new();
        for (kind, rows) in [
            (w.activity, &self.activities),
            (w.output_item, &self.outputs),
        ] {
            for a in rows {
                let item = format!("{} ({kind})", a.text);
                steps.extend(self.indicator_rows(item, &a.indicators));
            }
        }
        if !steps.is_empty() {
            body.heading(2, &t!("docx-steps").render(self.language));
            let header = [w.activity, w.indicator, w.target, w.values, w.status];
            body.table(&COLUMNS, &header, &steps);
        }
        // A verdict never goes without the evaluation's own words.
        let verdicts = self.verdict_lines();
        if let Some((heading, lines)) = verdicts.split_first() {
            body.heading(2, heading);
            for line in lines {
                body.bullet(line.trim_start_matches("- "));
            }
        }
    }

    /// One row per indicator of each effect `keep` picks, the effect named on its first.
    fn effect_rows(
        &self,
        theory: &Theory,
        keep: impl Fn(&super::EffectRow) -> bool,
    ) -> Vec<Vec<String>> {
        let w = labels(self.language);
        let mut rows = Vec::new();
        for e in self.effects.iter().filter(|e| keep(e)) {
            let mut item = e.text.clone();
            if theory.effects[e.effect].draft {
                item.push_str(&format!(" ({})", w.draft));
            }
            if let Some(p) = &e.perspective {
                item.push_str(&format!("\n{p}"));
            }
            item.push_str(&format!("\n{}", e.status.marked(self.language)));
            if !e.reached {
                item.push_str(&format!("\n{}", w.not_reached));
            }
            rows.extend(self.indicator_rows(item, &e.indicators));
        }
        rows
    }

    fn indicator_rows(&self, item: String, indicators: &[IndicatorRow]) -> Vec<Vec<String>> {
        if indicators.is_empty() {
            // An effect nothing measures is listed all the same: the gap is the news.
            let none = || "–".to_string();
            return vec![vec![item, none(), none(), none(), none()]];
        }
        indicators
            .iter()
            .enumerate()
            .map(|(k, row)| {
                let mut status = self.indicator_status(row);
                let groups = self.groups(row);
                if !groups.is_empty() {
                    status.push_str(&format!("\n{groups}"));
                }
                vec![
                    if k == 0 { item.clone() } else { String::new() },
                    self.indicator_label(row),
                    row.target.clone().unwrap_or_else(|| "–".into()),
                    self.values(row),
                    status,
                ]
            })
            .collect()
    }

    /// Each mechanism, numbered as in the diagram: where it starts and leads, the finding
    /// with its words, its evidence and conditions, and whether it or a link is inferred.
    fn mechanisms(&self, body: &mut Body, theory: &Theory) {
        let language = self.language;
        let w = labels(language);
        let p = page_labels(language);
        body.heading(1, w.mechanisms);
        for row in &self.mechanisms {
            let Some(&ItemRef::Mechanism(m)) = theory.ids.get(&row.id) else {
                continue;
            };
            let mechanism = &theory.mechanisms[m];
            let mut heading = format!("{}. {}", row.number, mechanism.text.value);
            if row.draft {
                heading.push_str(&format!(" ({})", w.draft));
            }
            body.heading(2, &heading);
            let names = |refs: &[crate::model::Reference<ItemRef>]| -> String {
                refs.iter()
                    .filter_map(|r| r.target)
                    .map(|t| theory.text(t).value.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            body.labelled(p.from, &names(&mechanism.from));
            body.labelled(p.to, &names(&mechanism.to));
            if let Some(finding) = &row.finding {
                body.labelled(p.verdict, finding);
            }
            if let Some(note) = &row.note {
                body.paragraph(Some("Quote"), note);
            }
            if !mechanism.evidence.is_empty() {
                body.labelled(p.evidence, "");
                for e in &mechanism.evidence {
                    body.bullet(e);
                }
            }
            if !row.contexts.is_empty() {
                body.labelled(p.contexts, "");
                for (mark, context) in &row.contexts {
                    body.bullet(&format!("{mark} {context}"));
                }
            }
            if let Some(reason) = &mechanism.inferred {
                body.labelled(w.draft, &reason.value);
            }
            for link in &mechanism.inferred_links {
                let end = theory
                    .ids
                    .get(&link.name)
                    .map_or(link.name.clone(), |&i| theory.text(i).value.clone());
                body.labelled(w.inferred_link, &format!("{end} – {}", link.reason.value));
            }
        }
    }
}

/// The programme: period, owner, partners, funder, purposes, description and sources, each
/// when the theory says.
fn about(body: &mut Body, theory: &Theory, language: Language) {
    let meta = &theory.meta;
    let said = |id: &'static str| t!("docx-about", field = id).render(language);
    let mut owners = meta.owner.iter().cloned().collect::<Vec<_>>();
    owners.extend(meta.co_owners.iter().cloned());
    let lines = [
        ("period", meta.period.clone()),
        ("owner", (!owners.is_empty()).then(|| owners.join(", "))),
        (
            "partners",
            (!meta.partners.is_empty()).then(|| meta.partners.join(", ")),
        ),
        ("funder", meta.funder.clone()),
    ];
    for (field, value) in lines {
        if let Some(value) = value {
            body.labelled(&said(field), &value);
        }
    }
    if !meta.purpose.is_empty() {
        body.labelled(&said("purpose"), "");
        for purpose in &meta.purpose {
            body.bullet(purpose);
        }
    }
    if let Some(description) = &meta.description {
        body.paragraph(None, description);
    }
    if !meta.sources.is_empty() {
        body.labelled(&said("sources"), "");
        for source in &meta.sources {
            body.bullet(source);
        }
    }
}

/// What the theory's author inferred rather than read, with the reasons: the part of the
/// report a reader must not take as the sources' word.
fn reconstructed(body: &mut Body, theory: &Theory, language: Language) {
    let w = labels(language);
    let items = (0..theory.resources.len())
        .map(ItemRef::Resource)
        .chain((0..theory.activities.len()).map(ItemRef::Activity))
        .chain((0..theory.outputs.len()).map(ItemRef::Output))
        .chain((0..theory.effects.len()).map(ItemRef::Effect))
        .chain((0..theory.contexts.len()).map(ItemRef::Context))
        .chain((0..theory.mechanisms.len()).map(ItemRef::Mechanism))
        .chain((0..theory.indicators.len()).map(ItemRef::Indicator));
    let mut lines: Vec<String> = items
        .filter(|&item| theory.is_draft(item))
        .map(|item| {
            let kind = t!("docx-kind", kind = item.kind().key()).render(language);
            let text = &theory.text(item).value;
            match theory.inferred(item) {
                Some(reason) => format!("{kind}: {text} – {}", reason.value),
                None => format!("{kind}: {text}"),
            }
        })
        .collect();
    let links = theory
        .mechanisms
        .iter()
        .flat_map(|m| {
            m.inferred_links
                .iter()
                .map(move |l| (m.text.value.as_str(), l))
        })
        .chain(theory.outputs.iter().flat_map(|o| {
            o.inferred_links
                .iter()
                .map(move |l| (o.text.value.as_str(), l))
        }));
    for (owner, link) in links {
        lines.push(format!(
            "{}: {} → {owner} – {}",
            w.inferred_link, link.name, link.reason.value
        ));
    }
    if lines.is_empty() {
        return;
    }
    body.heading(1, &t!("docx-reconstructed").render(language));
    body.paragraph(None, &t!("docx-reconstructed-intro").render(language));
    for line in &lines {
        body.bullet(line);
    }
}

/// What the diagram's marks mean, in a few lines under it: the diagram is drawn without its
/// legend, since the report lists the mechanisms.
fn key(theory: &Theory, language: Language) -> String {
    let w = labels(language);
    let mut lines = vec![format!(
        "● {}   ◐ {}   ⊘ {}   ◍ {}   ○ {}   ◌ {}",
        w.finding_supported,
        w.finding_partly_supported,
        w.finding_not_supported,
        w.finding_not_implemented,
        w.finding_not_assessed,
        w.draft
    )];
    lines.push(w.badge_key.to_string());
    // A dotted box: any resource, activity, output or effect a draft.
    let drafts = theory.resources.iter().any(|r| r.draft)
        || theory.activities.iter().any(|a| a.draft)
        || theory.outputs.iter().any(|o| o.draft)
        || theory.effects.iter().any(|e| e.draft);
    if drafts {
        lines.push(w.draft_box_key.to_string());
    }
    let inferred = theory
        .mechanisms
        .iter()
        .any(|m| !m.inferred_links.is_empty())
        || theory.outputs.iter().any(|o| !o.inferred_links.is_empty());
    if inferred {
        lines.push(w.inferred_link_key.to_string());
    }
    lines.join("\n")
}
