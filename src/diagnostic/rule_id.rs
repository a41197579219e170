//! The id of every rule: a typed name, so a misspelt rule is a compile error, not a silent
//! mismatch. The kebab-case names are what users write (`[lints]`, `--allow`, `explain`).

macro_rules! rule_ids {
    ($($variant:ident $module:ident $name:literal,)*) => {
        /// A rule, by id. Its documentation and check live in `rules/`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum RuleId {
            $(#[doc = concat!("`", $name, "`: see `verkan explain ", $name, "`.")] $variant,)*
        }

        impl RuleId {
            /// Every rule id.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The kebab-case name: `effect-without-outcome-indicator`.
            pub fn name(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $name,)*
                }
            }

            /// The id a name stands for, if any.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($name => Some(RuleId::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

/// The one list of rules, in the order `verkan explain` shows them: the variant of
/// [`RuleId`], the module under `rules/` that holds its documentation and check, and the name
/// users write. It hands the list to a macro, so the id enum here and the registry in `rules/`
/// are made from the same lines and cannot drift apart.
macro_rules! every_rule {
    ($then:ident) => {
        $then! {
            SyntaxError syntax_error "syntax-error",
            SchemaError schema_error "schema-error",
            DataFileError data_file_error "data-file-error",
            UnresolvedReference unresolved_reference "unresolved-reference",
            ReferenceKindMismatch reference_kind_mismatch "reference-kind-mismatch",
            DuplicateId duplicate_id "duplicate-id",
            UnknownPerspective unknown_perspective "unknown-perspective",
            EmptyText empty_text "empty-text",
            IncompleteMechanism incomplete_mechanism "incomplete-mechanism",
            EffectWithoutMechanism effect_without_mechanism "effect-without-mechanism",
            EffectWithoutOutcomeIndicator effect_without_outcome_indicator "effect-without-outcome-indicator",
            UnintendedEffectWithoutIndicator unintended_effect_without_indicator "unintended-effect-without-indicator",
            BackwardsInTime backwards_in_time "backwards-in-time",
            UnreachableEffect unreachable_effect "unreachable-effect",
            FeedbackLoop feedback_loop "feedback-loop",
            EffectLeadsNowhere effect_leads_nowhere "effect-leads-nowhere",
            OrphanActivity orphan_activity "orphan-activity",
            OutputWithoutActivity output_without_activity "output-without-activity",
            OutputLeadsNowhere output_leads_nowhere "output-leads-nowhere",
            UnusedResource unused_resource "unused-resource",
            UnusedContext unused_context "unused-context",
            InvalidTarget invalid_target "invalid-target",
            InvalidPeriod invalid_period "invalid-period",
            InvalidMeasurement invalid_measurement "invalid-measurement",
            MeasurementOutOfRange measurement_out_of_range "measurement-out-of-range",
            PercentAsFraction percent_as_fraction "percent-as-fraction",
            DuplicateMeasurement duplicate_measurement "duplicate-measurement",
            UnknownGroup unknown_group "unknown-group",
            UnknownIndicator unknown_indicator "unknown-indicator",
            IndicatorWithoutTarget indicator_without_target "indicator-without-target",
            IndicatorWithoutSource indicator_without_source "indicator-without-source",
            DraftIndicator draft_indicator "draft-indicator",
            DraftMechanism draft_mechanism "draft-mechanism",
            DraftItem draft_item "draft-item",
            InferredLink inferred_link "inferred-link",
            MechanismNeverTried mechanism_never_tried "mechanism-never-tried",
            DuplicateText duplicate_text "duplicate-text",
            UnknownLint unknown_lint "unknown-lint",
        }
    };
}
pub(crate) use every_rule;

every_rule!(rule_ids);

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.name() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

impl RuleId {
    /// Whether a finding of this rule keeps the theory from being drawn: the file is not a
    /// theory, or it names what it does not have, so there is no graph to draw. Every other
    /// error (an effect without an indicator yet) is drawn, marked on its box.
    pub fn stops_drawing(self) -> bool {
        matches!(
            self,
            RuleId::SyntaxError
                | RuleId::SchemaError
                | RuleId::UnresolvedReference
                | RuleId::ReferenceKindMismatch
                | RuleId::DuplicateId
        )
    }
}
