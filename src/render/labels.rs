//! Headings and legend words in the theory's language.

use crate::model::{FindingStatus, Horizon, Language, TargetRole};

pub struct Labels {
    pub resources: &'static str,
    pub activities: &'static str,
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
}

pub fn labels(language: Language) -> &'static Labels {
    match language {
        Language::Sv => &Labels {
            resources: "Resurser",
            activities: "Insatser",
            short: "Effekter på kort sikt",
            medium: "Effekter på mellanlång sikt",
            long: "Effekter på lång sikt",
            mechanisms: "Förändringsmekanismer",
            other_lane: "Övrigt",
            outcome: "resultatindikator",
            output: "utfallsindikator",
            draft: "utkast",
            target_group: "Målgrupp",
            primary_group: "Primär målgrupp",
            final_group: "Slutmålgrupp",
        },
        Language::En => &Labels {
            resources: "Resources",
            activities: "Activities",
            short: "Short-term effects",
            medium: "Medium-term effects",
            long: "Long-term effects",
            mechanisms: "Change mechanisms",
            other_lane: "Other",
            outcome: "outcome indicator",
            output: "output indicator",
            draft: "draft",
            target_group: "Target group",
            primary_group: "Primary target group",
            final_group: "Final target group",
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
