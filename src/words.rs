//! Every word verkan writes in the theory's language (Swedish or English): diagram headings
//! and legends, scorecard headings, statuses, units, the workshop page's controls. The words
//! themselves are in the Fluent catalogues (`word-…` and `page-…` in `locale/en.ftl` and
//! `locale/sv.ftl`), beside every other sentence verkan says; this module reads each
//! language's once into a struct of fields, so a diagram with thousands of boxes asks for
//! its words without formatting a message each time.

use crate::compile::attainment::Status;
use crate::locale::{Language, Text};
use crate::model::{FindingStatus, Horizon, TargetRole};
use std::sync::OnceLock;

/// A struct of words, each field read from the catalogue message it names, once per language.
macro_rules! catalogue_words {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident = $id:literal, )*
        }
        fn $get:ident;
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[doc = concat!("The catalogues' `", $id, "`.")]
                pub $field: &'static str,
            )*
        }

        impl $name {
            /// Every message id the struct reads, for the test that each is in both catalogues.
            pub const IDS: &'static [&'static str] = &[$($id),*];

            fn read(language: Language) -> Self {
                Self { $( $field: word($id, language), )* }
            }
        }

        /// The words of `language`, read from its catalogue the first time they are asked for.
        pub fn $get(language: Language) -> &'static $name {
            static EN: OnceLock<$name> = OnceLock::new();
            static SV: OnceLock<$name> = OnceLock::new();
            match language {
                Language::En => EN.get_or_init(|| $name::read(language)),
                Language::Sv => SV.get_or_init(|| $name::read(language)),
            }
        }
    };
}

/// One catalogue message without arguments, kept for the life of the process: each is read
/// once per language (see [`catalogue_words!`]), so what is kept is bounded.
fn word(id: &'static str, language: Language) -> &'static str {
    Box::leak(
        Text::Message {
            id,
            args: Vec::new(),
        }
        .render(language)
        .into_boxed_str(),
    )
}

catalogue_words! {
    /// The fixed words of diagrams and reports in one language.
    pub struct Labels {
        resources = "word-resources",
        activities = "word-activities",
        outputs = "word-outputs",
        short = "word-short",
        medium = "word-medium",
        long = "word-long",
        mechanisms = "word-mechanisms",
        other_lane = "word-other-lane",
        outcome = "word-outcome",
        output = "word-output",
        draft = "word-draft",
        target_group = "word-target-group",
        primary_group = "word-primary-group",
        final_group = "word-final-group",
        // The scorecard.
        effect = "word-effect",
        indicator = "word-indicator",
        target = "word-target",
        latest = "word-latest",
        /// The values over the periods, oldest first.
        values = "word-values",
        horizon_heading = "word-horizon-heading",
        perspective = "word-perspective",
        effect_status = "word-effect-status",
        status = "word-status",
        groups = "word-groups",
        attainment = "word-attainment",
        effects = "word-effects",
        activity = "word-activity",
        /// An output named in a report row: "(prestation)".
        output_item = "word-output-item",
        as_of = "word-as-of",
        // Targets and units.
        days = "word-days",
        increase = "word-increase",
        decrease = "word-decrease",
        by = "word-by",
        not_reached = "word-not-reached",
        /// The first line of an unintended effect's box, and its report heading.
        unintended = "word-unintended",
        unintended_effects = "word-unintended-effects",
        /// The legend's key to contexts.
        enabling = "word-enabling",
        hindering = "word-hindering",
        /// After a status that is an evaluation's verdict: "ej uppnått (bedömning)".
        assessed = "word-assessed",
        /// After a number computed by whoever wrote the file: "81,6 % (beräknat)".
        derived = "word-derived",
        /// After a status against an approximate target: "ej uppnått (mot ett ungefärligt mål)".
        against_approximate = "word-against-approximate",
        /// The legend's key to the badge in an effect's box.
        badge_key = "word-badge-key",
        /// The legend's key to contexts under a mechanism.
        contexts_key = "word-contexts-key",
        /// The legend's key to a dotted box: a draft.
        draft_box_key = "word-draft-box-key",
        /// The legend's key to a dashed arrow: an inferred link.
        inferred_link_key = "word-inferred-link-key",
        /// Under a mechanism in the legend, before an inferred link's reason.
        inferred_link = "word-inferred-link",
        // What the evaluation found about a mechanism.
        finding_supported = "word-finding-supported",
        finding_partly_supported = "word-finding-partly-supported",
        finding_not_supported = "word-finding-not-supported",
        finding_not_assessed = "word-finding-not-assessed",
        finding_not_implemented = "word-finding-not-implemented",
        // Why a measured indicator has no status.
        rise_without_baseline = "word-unjudged-rise-without-baseline",
        fall_without_baseline = "word-unjudged-fall-without-baseline",
        without_verdict = "word-unjudged-without-verdict",
    }
    fn labels;
}

impl Labels {
    /// The heading of a horizon's column.
    pub fn horizon(&self, horizon: Horizon) -> &'static str {
        match horizon {
            Horizon::Short => self.short,
            Horizon::Medium => self.medium,
            Horizon::Long => self.long,
        }
    }

    /// An indicator's kind: "resultatindikator", "utfallsindikator".
    pub fn indicator_kind(&self, kind: crate::model::IndicatorKind) -> &'static str {
        match kind {
            crate::model::IndicatorKind::Outcome => self.outcome,
            crate::model::IndicatorKind::Output => self.output,
        }
    }

    /// A target group's role, or just "target group" when the theory has only one.
    pub fn role(&self, role: TargetRole, only_one: bool) -> &'static str {
        match (role, only_one) {
            (_, true) => self.target_group,
            (TargetRole::Primary, false) => self.primary_group,
            (TargetRole::Final, false) => self.final_group,
        }
    }
}

/// The evaluation's verdict on a mechanism, as the legend words it.
pub fn finding(language: Language, status: FindingStatus) -> &'static str {
    let words = labels(language);
    match status {
        FindingStatus::Supported => words.finding_supported,
        FindingStatus::PartlySupported => words.finding_partly_supported,
        FindingStatus::NotSupported => words.finding_not_supported,
        FindingStatus::NotAssessed => words.finding_not_assessed,
        FindingStatus::NotImplemented => words.finding_not_implemented,
    }
}

/// A mechanism's text followed by what the evaluation found and whether it is a draft:
/// "… (stöds delvis; utkast)", as every legend gives it.
pub fn mechanism_with_verdict(theory: &crate::model::Theory, mechanism: usize) -> String {
    let mechanism = &theory.mechanisms[mechanism];
    let mut line = mechanism.text.value.clone();
    let mut notes = Vec::new();
    if let Some(f) = &mechanism.finding {
        notes.push(finding(theory.meta.language, f.status));
    }
    if mechanism.draft {
        notes.push(labels(theory.meta.language).draft);
    }
    if !notes.is_empty() {
        line.push_str(&format!(" ({})", notes.join("; ")));
    }
    line
}

/// Where an indicator measured only per group got its status: "enligt grupperna: 1 uppnått,
/// 2 ej uppnått av 3".
pub fn from_groups(language: Language, tally: &crate::compile::attainment::GroupTally) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|&&s| tally.count(s) > 0)
        .map(|&s| format!("{} {}", tally.count(s), s.label(language)))
        .collect();
    crate::t!(
        "word-from-groups",
        counts = parts.join(", "),
        groups = tally.groups
    )
    .render(language)
}

/// Why a measured indicator has no status, when "mål saknas" alone would mislead: "ökning
/// utan utgångsvärde" (a rise with nothing to rise from). `None` when the status says it.
pub fn unjudged(
    language: Language,
    reason: crate::compile::attainment::Unjudged,
    indicator: &crate::model::Indicator,
) -> Option<&'static str> {
    use crate::compile::attainment::Unjudged;
    let falling = indicator
        .target
        .as_ref()
        .is_some_and(|t| t.direction == crate::model::Direction::Decrease);
    let words = labels(language);
    Some(match (reason, falling) {
        (Unjudged::NoTarget, _) => return None,
        (Unjudged::NoBaseline, false) => words.rise_without_baseline,
        (Unjudged::NoBaseline, true) => words.fall_without_baseline,
        (Unjudged::NoVerdict, _) => words.without_verdict,
    })
}

/// How a context bears on its mechanisms, as one mark that reads in any language and in
/// black and white: ↑ enabling, ↓ hindering, · either.
pub fn influence_mark(influence: Option<crate::model::Influence>) -> &'static str {
    match influence {
        Some(crate::model::Influence::Enabling) => "↑",
        Some(crate::model::Influence::Hindering) => "↓",
        None => "·",
    }
}

catalogue_words! {
    /// The words of the workshop page (`verkan render --format html`, `verkan serve`): its
    /// controls, headings and what its script says. The script gets them as data, so the page
    /// speaks the theory's language without a word of its own.
    #[derive(Debug, serde::Serialize)]
    pub struct PageLabels {
        skip = "page-skip",
        search = "page-search",
        filters = "page-filters",
        perspective = "page-perspective",
        horizon = "page-horizon",
        status = "page-status",
        steps = "page-steps",
        show_path = "page-show-path",
        show_all = "page-show-all",
        projector = "page-projector",
        lane = "page-lane",
        all_lanes = "page-all-lanes",
        close = "page-close",
        diagram = "page-diagram",
        text_version = "page-text-version",
        scorecard = "page-scorecard",
        check = "page-check",
        no_findings = "page-no-findings",
        errors_title = "page-errors-title",
        show_in_diagram = "page-show-in-diagram",
        leads_here = "page-leads-here",
        leads_on = "page-leads-on",
        indicators = "page-indicators",
        none = "page-none",
        kind = "page-kind",
        baseline = "page-baseline",
        period = "page-period",
        group = "page-group",
        value = "page-value",
        measurements = "page-measurements",
        evidence = "page-evidence",
        verdict = "page-verdict",
        contexts = "page-contexts",
        from = "page-from",
        to = "page-to",
        mechanism = "page-mechanism",
        matches = "page-matches",
        one_match = "page-one-match",
        no_matches = "page-no-matches",
        keys = "page-keys",
        overview = "page-overview",
        /// The overview's column of attainment over time, period by period.
        over_time = "page-over-time",
        theory = "page-theory",
        coverage = "page-coverage",
        with_outcome_indicator = "page-with-outcome-indicator",
        measured = "page-measured",
        page = "page-page",
        error = "page-error",
        warning = "page-warning",
        warnings = "page-warnings",
        errors = "page-errors",
        all_theories = "page-all-theories",
        workbook = "page-workbook",
        /// The overview's link to the portfolio as a Word document.
        word_document = "page-word-document",
        resource = "page-resource",
        activity = "page-activity",
        output = "page-output",
        effect = "page-effect",
        chart = "page-chart",
        reconnecting = "page-reconnecting",
        zoom = "page-zoom",
        zoom_in = "page-zoom-in",
        zoom_out = "page-zoom-out",
        zoom_fit = "page-zoom-fit",
        edit_text = "page-edit-text",
        remove = "page-remove",
        save = "page-save",
        cancel = "page-cancel",
        confirm_remove = "page-confirm-remove",
        not_saved = "page-not-saved",
        your_name = "page-your-name",
        new_box = "page-new-box",
        present = "page-present",
        join = "page-join",
        new_indicator = "page-new-indicator",
        what_is_measured = "page-what-is-measured",
        unit = "page-unit",
        target = "page-target",
        draft_mark = "page-draft-mark",
        leads_to = "page-leads-to",
        pick_target = "page-pick-target",
        new_text = "page-new-text",
        new_mechanism_text = "page-new-mechanism-text",
        also_from = "page-also-from",
        also_to = "page-also-to",
        pick_source = "page-pick-source",
        details = "page-details",
        evidence_hint = "page-evidence-hint",
        verdict_note = "page-verdict-note",
        no_verdict = "page-no-verdict",
        finding_supported = "page-finding-supported",
        finding_partly_supported = "page-finding-partly-supported",
        finding_not_supported = "page-finding-not-supported",
        finding_not_assessed = "page-finding-not-assessed",
        finding_not_implemented = "page-finding-not-implemented",
        verdict_needs_status = "page-verdict-needs-status",
        new_measurement = "page-new-measurement",
        indicator = "page-indicator",
        source = "page-source",
        note = "page-note",
        assessment = "page-assessment",
        no_assessment = "page-no-assessment",
        assessment_met = "page-assessment-met",
        assessment_partly_met = "page-assessment-partly-met",
        assessment_not_met = "page-assessment-not-met",
        measurement_needs_value = "page-measurement-needs-value",
        unit_percent = "page-unit-percent",
        unit_count = "page-unit-count",
        unit_ratio = "page-unit-ratio",
        unit_scale = "page-unit-scale",
        unit_qualitative = "page-unit-qualitative",
        unit_days = "page-unit-days",
        unit_currency = "page-unit-currency",
        direction_at_least = "page-direction-at-least",
        direction_at_most = "page-direction-at-most",
        direction_increase = "page-direction-increase",
        direction_decrease = "page-direction-decrease",
    }
    fn page_labels;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::CATALOGUES;

    /// A missing message would show its id in every diagram; the twin test in
    /// `tests/suite/locale.rs` keeps the two catalogues alike, this one keeps them complete.
    #[test]
    fn every_word_is_in_both_catalogues() {
        for (language, catalogue) in CATALOGUES {
            for id in Labels::IDS.iter().chain(PageLabels::IDS) {
                assert!(
                    catalogue
                        .lines()
                        .any(|l| l.starts_with(&format!("{id} = "))),
                    "`{id}` is missing from the {} catalogue",
                    language.code()
                );
            }
        }
        assert_eq!(labels(Language::Sv).resources, "Resurser");
        assert_eq!(page_labels(Language::En).close, "Close");
    }
}
