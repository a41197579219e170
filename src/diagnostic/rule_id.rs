//! The id of every rule: a typed name, so a misspelt rule is a compile error, not a silent
//! mismatch. The kebab-case names are what users write (`[lints]`, `--allow`, `explain`).

macro_rules! rule_ids {
    ($($variant:ident => $name:literal,)*) => {
        /// A rule, by id. Its documentation and check live in `rules/`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum RuleId {
            $($variant,)*
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

rule_ids! {
    SyntaxError => "syntax-error",
    SchemaError => "schema-error",
    DataFileError => "data-file-error",
    UnresolvedReference => "unresolved-reference",
    ReferenceKindMismatch => "reference-kind-mismatch",
    DuplicateId => "duplicate-id",
    UnknownPerspective => "unknown-perspective",
    EmptyText => "empty-text",
    IncompleteMechanism => "incomplete-mechanism",
    EffectWithoutMechanism => "effect-without-mechanism",
    EffectWithoutOutcomeIndicator => "effect-without-outcome-indicator",
    UnintendedEffectWithoutIndicator => "unintended-effect-without-indicator",
    BackwardsInTime => "backwards-in-time",
    UnreachableEffect => "unreachable-effect",
    FeedbackLoop => "feedback-loop",
    EffectLeadsNowhere => "effect-leads-nowhere",
    OrphanActivity => "orphan-activity",
    OutputWithoutActivity => "output-without-activity",
    OutputLeadsNowhere => "output-leads-nowhere",
    UnusedResource => "unused-resource",
    UnusedContext => "unused-context",
    InvalidTarget => "invalid-target",
    InvalidPeriod => "invalid-period",
    InvalidMeasurement => "invalid-measurement",
    MeasurementOutOfRange => "measurement-out-of-range",
    PercentAsFraction => "percent-as-fraction",
    DuplicateMeasurement => "duplicate-measurement",
    UnknownGroup => "unknown-group",
    UnknownIndicator => "unknown-indicator",
    IndicatorWithoutTarget => "indicator-without-target",
    IndicatorWithoutSource => "indicator-without-source",
    DraftIndicator => "draft-indicator",
    DraftMechanism => "draft-mechanism",
    DuplicateText => "duplicate-text",
    UnknownLint => "unknown-lint",
}

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
