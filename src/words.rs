//! Every word verkan writes in the theory's language (Swedish or English): diagram headings
//! and legends, scorecard headings, statuses, units. Outputs take their words from here.

use crate::compile::attainment::Status;
use crate::locale::Language;
use crate::model::{FindingStatus, Horizon, TargetRole};

/// The fixed words of one language.
pub struct Labels {
    pub resources: &'static str,
    pub activities: &'static str,
    pub outputs: &'static str,
    pub short: &'static str,
    pub medium: &'static str,
    pub long: &'static str,
    pub mechanisms: &'static str,
    pub other_lane: &'static str,
    pub outcome: &'static str,
    pub output: &'static str,
    pub draft: &'static str,
    pub target_group: &'static str,
    pub primary_group: &'static str,
    pub final_group: &'static str,
    // The scorecard.
    pub effect: &'static str,
    pub indicator: &'static str,
    pub target: &'static str,
    pub latest: &'static str,
    /// The values over the periods, oldest first.
    pub values: &'static str,
    pub horizon_heading: &'static str,
    pub perspective: &'static str,
    pub effect_status: &'static str,
    pub status: &'static str,
    pub groups: &'static str,
    pub attainment: &'static str,
    pub effects: &'static str,
    pub activity: &'static str,
    /// An output named in a report row: "(prestation)".
    pub output_item: &'static str,
    pub as_of: &'static str,
    // Targets and units.
    pub days: &'static str,
    pub increase: &'static str,
    pub decrease: &'static str,
    pub by: &'static str,
    pub not_reached: &'static str,
    /// The first line of an unintended effect's box, and its report heading.
    pub unintended: &'static str,
    pub unintended_effects: &'static str,
    /// The legend's key to contexts.
    pub enabling: &'static str,
    pub hindering: &'static str,
    /// After a status that is an evaluation's verdict: "ej uppnått (bedömning)".
    pub assessed: &'static str,
    /// After a number computed by whoever wrote the file: "81,6 % (beräknat)".
    pub derived: &'static str,
    /// The legend's key to the badge in an effect's box.
    pub badge_key: &'static str,
    /// The legend's key to contexts under a mechanism.
    pub contexts_key: &'static str,
}

pub fn labels(language: Language) -> &'static Labels {
    match language {
        Language::Sv => &Labels {
            resources: "Resurser",
            activities: "Insatser",
            outputs: "Prestationer",
            short: "Effekter på kort sikt",
            medium: "Effekter på mellanlång sikt",
            long: "Effekter på lång sikt",
            mechanisms: "Förändringsmekanismer",
            other_lane: "Övrigt",
            outcome: "resultatindikator",
            output: "utfallsindikator",
            draft: "utkast",
            badge_key: "Märket i en effekts ruta: status, ● antal resultatindikatorer, ○ antal utfallsindikatorer.",
            contexts_key: "Under en mekanism: förutsättningar den beror av, ↑ främjande, ↓ hindrande.",
            target_group: "Målgrupp",
            primary_group: "Primär målgrupp",
            final_group: "Slutmålgrupp",
            effect: "Effekt",
            indicator: "Indikator",
            target: "Mål",
            latest: "Senaste värde",
            values: "Värden",
            horizon_heading: "Tidshorisont",
            perspective: "Perspektiv",
            effect_status: "Effektens status",
            status: "Status",
            groups: "Per grupp",
            attainment: "Måluppfyllelse",
            effects: "Effekter",
            activity: "insats",
            output_item: "prestation",
            as_of: "per",
            days: "dagar",
            increase: "ökning",
            decrease: "minskning",
            by: "senast",
            not_reached: "⚠ nås inte från någon insats",
            unintended: "Oavsiktlig effekt:",
            unintended_effects: "Oavsiktliga effekter",
            enabling: "främjande förutsättning",
            hindering: "hindrande förutsättning",
            assessed: "bedömning",
            derived: "beräknat",
        },
        Language::En => &Labels {
            resources: "Resources",
            activities: "Activities",
            outputs: "Outputs",
            short: "Short-term effects",
            medium: "Medium-term effects",
            long: "Long-term effects",
            mechanisms: "Change mechanisms",
            other_lane: "Other",
            outcome: "outcome indicator",
            output: "output indicator",
            draft: "draft",
            badge_key: "The badge in an effect's box: status, ● number of outcome indicators, ○ number of output indicators.",
            contexts_key: "Under a mechanism: the conditions it depends on, ↑ enabling, ↓ hindering.",
            target_group: "Target group",
            primary_group: "Primary target group",
            final_group: "Final target group",
            effect: "Effect",
            indicator: "Indicator",
            target: "Target",
            latest: "Latest value",
            values: "Values",
            horizon_heading: "Horizon",
            perspective: "Perspective",
            effect_status: "Effect status",
            status: "Status",
            groups: "By group",
            attainment: "Target attainment",
            effects: "Effects",
            activity: "activity",
            output_item: "output",
            as_of: "as of",
            days: "days",
            increase: "increase",
            decrease: "decrease",
            by: "by",
            not_reached: "⚠ not reached from any activity",
            unintended: "Unintended effect:",
            unintended_effects: "Unintended effects",
            enabling: "enabling condition",
            hindering: "hindering condition",
            assessed: "assessed",
            derived: "derived",
        },
    }
}

impl Labels {
    pub fn horizon(&self, horizon: Horizon) -> &'static str {
        match horizon {
            Horizon::Short => self.short,
            Horizon::Medium => self.medium,
            Horizon::Long => self.long,
        }
    }

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
    match (language, status) {
        (Language::Sv, FindingStatus::Supported) => "stöds av utvärderingen",
        (Language::Sv, FindingStatus::PartlySupported) => "stöds delvis",
        (Language::Sv, FindingStatus::NotSupported) => "stöds inte",
        (Language::Sv, FindingStatus::NotAssessed) => "ej bedömd",
        (Language::En, FindingStatus::Supported) => "supported by the evaluation",
        (Language::En, FindingStatus::PartlySupported) => "partly supported",
        (Language::En, FindingStatus::NotSupported) => "not supported",
        (Language::En, FindingStatus::NotAssessed) => "not assessed",
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
    match language {
        Language::Sv => format!("enligt grupperna: {} av {}", parts.join(", "), tally.groups),
        Language::En => format!("from its groups: {} of {}", parts.join(", "), tally.groups),
    }
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
    Some(match (reason, language, falling) {
        (Unjudged::NoTarget, _, _) => return None,
        (Unjudged::NoBaseline, Language::Sv, false) => "ökning utan utgångsvärde",
        (Unjudged::NoBaseline, Language::Sv, true) => "minskning utan utgångsvärde",
        (Unjudged::NoBaseline, Language::En, false) => "increase without a baseline",
        (Unjudged::NoBaseline, Language::En, true) => "decrease without a baseline",
        (Unjudged::NoVerdict, Language::Sv, _) => "resultat i ord utan bedömning",
        (Unjudged::NoVerdict, Language::En, _) => "a finding in words without a verdict",
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

/// The words of the workshop page (`verkan render --format html`, `verkan serve`): its
/// controls, headings and what its script says. The script gets them as data, so the page
/// speaks the theory's language without a word of its own.
#[derive(Debug, serde::Serialize)]
pub struct PageLabels {
    pub skip: &'static str,
    pub search: &'static str,
    pub filters: &'static str,
    pub perspective: &'static str,
    pub horizon: &'static str,
    pub status: &'static str,
    pub steps: &'static str,
    pub show_path: &'static str,
    pub show_all: &'static str,
    pub projector: &'static str,
    pub lane: &'static str,
    pub all_lanes: &'static str,
    pub close: &'static str,
    pub diagram: &'static str,
    pub text_version: &'static str,
    pub scorecard: &'static str,
    pub check: &'static str,
    pub no_findings: &'static str,
    pub errors_title: &'static str,
    pub show_in_diagram: &'static str,
    pub leads_here: &'static str,
    pub leads_on: &'static str,
    pub indicators: &'static str,
    pub none: &'static str,
    pub kind: &'static str,
    pub baseline: &'static str,
    pub period: &'static str,
    pub group: &'static str,
    pub value: &'static str,
    pub measurements: &'static str,
    pub evidence: &'static str,
    pub verdict: &'static str,
    pub contexts: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub mechanism: &'static str,
    pub matches: &'static str,
    pub one_match: &'static str,
    pub no_matches: &'static str,
    pub keys: &'static str,
    pub overview: &'static str,
    pub theory: &'static str,
    pub coverage: &'static str,
    pub with_outcome_indicator: &'static str,
    pub measured: &'static str,
    pub page: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub warnings: &'static str,
    pub errors: &'static str,
    pub all_theories: &'static str,
    pub workbook: &'static str,
    pub resource: &'static str,
    pub activity: &'static str,
    pub output: &'static str,
    pub effect: &'static str,
    pub chart: &'static str,
    pub reconnecting: &'static str,
}

pub fn page_labels(language: Language) -> &'static PageLabels {
    match language {
        Language::Sv => &PageLabels {
            skip: "Hoppa till textversionen",
            search: "Sök i texterna",
            filters: "Filter",
            perspective: "Perspektiv",
            horizon: "Tidshorisont",
            status: "Status",
            steps: "Steg i vägen",
            show_path: "Visa vägen",
            show_all: "Visa allt",
            projector: "Projektorläge",
            lane: "Rad",
            all_lanes: "Alla rader",
            close: "Stäng",
            diagram: "Diagram",
            text_version: "Textversion",
            scorecard: "Måluppfyllelse",
            check: "Kontroll",
            no_findings: "Kontrollen fann inget att anmärka på.",
            errors_title: "Filen har fel; diagrammet visar den senaste felfria versionen",
            show_in_diagram: "Visa i diagrammet",
            leads_here: "Leder hit",
            leads_on: "Leder vidare",
            indicators: "Indikatorer",
            none: "inga",
            kind: "Slag",
            baseline: "Utgångsvärde",
            period: "Period",
            group: "Grupp",
            value: "Värde",
            measurements: "Mätningar",
            evidence: "Belägg",
            verdict: "Utvärderingens bedömning",
            contexts: "Förutsättningar",
            from: "Från",
            to: "Till",
            mechanism: "Mekanism",
            matches: "träffar",
            one_match: "träff",
            no_matches: "inga träffar",
            keys: "Tangenter: ← → stegar genom mekanismerna, Esc visar allt.",
            overview: "Förändringsteorier",
            theory: "Teori",
            coverage: "Täckning",
            with_outcome_indicator: "Med resultatindikator",
            measured: "Mätta",
            page: "Sida",
            error: "fel",
            warning: "varning",
            warnings: "varningar",
            errors: "fel",
            all_theories: "Alla teorier",
            workbook: "Alla måluppfyllelsetabeller i en Excel-fil",
            resource: "Resurs",
            activity: "Insats",
            output: "Prestation",
            effect: "Effekt",
            chart: "Värden över perioderna mot målet",
            reconnecting: "Förbindelsen med verkan serve bröts; försöker igen …",
        },
        Language::En => &PageLabels {
            skip: "Skip to the text version",
            search: "Search the texts",
            filters: "Filters",
            perspective: "Perspective",
            horizon: "Horizon",
            status: "Status",
            steps: "Path steps",
            show_path: "Show the path",
            show_all: "Show all",
            projector: "Projector mode",
            lane: "Lane",
            all_lanes: "All lanes",
            close: "Close",
            diagram: "Diagram",
            text_version: "Text version",
            scorecard: "Target attainment",
            check: "Check",
            no_findings: "The check found nothing to remark on.",
            errors_title: "The file has errors; the diagram shows the last version without any",
            show_in_diagram: "Show in the diagram",
            leads_here: "Leads here",
            leads_on: "Leads on",
            indicators: "Indicators",
            none: "none",
            kind: "Kind",
            baseline: "Baseline",
            period: "Period",
            group: "Group",
            value: "Value",
            measurements: "Measurements",
            evidence: "Evidence",
            verdict: "The evaluation's verdict",
            contexts: "Conditions",
            from: "From",
            to: "To",
            mechanism: "Mechanism",
            matches: "matches",
            one_match: "match",
            no_matches: "no matches",
            keys: "Keys: ← → step through the mechanisms, Esc shows all.",
            overview: "Theories of change",
            theory: "Theory",
            coverage: "Coverage",
            with_outcome_indicator: "With an outcome indicator",
            measured: "Measured",
            page: "Page",
            error: "error",
            warning: "warning",
            warnings: "warnings",
            errors: "errors",
            all_theories: "All theories",
            workbook: "Every scorecard in one Excel workbook",
            resource: "Resource",
            activity: "Activity",
            output: "Output",
            effect: "Effect",
            chart: "Values over the periods against the target",
            reconnecting: "The connection to verkan serve was lost; trying again …",
        },
    }
}
