//! Every word verkan writes in the theory's language (Swedish or English): diagram headings
//! and legends, scorecard headings, statuses, units. Outputs take their words from here.

use crate::compile::attainment::Status;
use crate::model::{FindingStatus, Horizon, Language, TargetRole};

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

/// A status in words, for reports and legends.
pub fn status(language: Language, status: Status) -> &'static str {
    match (language, status) {
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

/// How a context bears on its mechanisms, as one mark that reads in any language and in
/// black and white: ↑ enabling, ↓ hindering, · either.
pub fn influence_mark(influence: Option<crate::model::Influence>) -> &'static str {
    match influence {
        Some(crate::model::Influence::Enabling) => "↑",
        Some(crate::model::Influence::Hindering) => "↓",
        None => "·",
    }
}
