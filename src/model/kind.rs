//! The kinds of item and the one table of which kinds each reference field accepts.
//!
//! The resolver, the graph, the reference rules and the views all read [`Field`]: a field's
//! accepted kinds are written once, here.

use super::ItemRef;
use crate::locale::Text;
use serde::Serialize;

/// A kind of item, as the theory file's sections declare them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A target group.
    TargetGroup,
    /// A resource.
    Resource,
    /// An activity.
    Activity,
    /// An output.
    Output,
    /// A change mechanism.
    Mechanism,
    /// An effect.
    Effect,
    /// A context.
    Context,
    /// An indicator.
    Indicator,
}

impl Kind {
    /// Every kind, in the order of the file's sections.
    pub const ALL: [Kind; 8] = [
        Kind::TargetGroup,
        Kind::Resource,
        Kind::Activity,
        Kind::Output,
        Kind::Mechanism,
        Kind::Effect,
        Kind::Context,
        Kind::Indicator,
    ];

    /// The kind a file section (`effects`, `target_groups`) declares.
    pub fn of_section(section: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.section() == section)
    }

    /// The kind's key in the message catalogues and JSON: `target-group`, `activity`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::TargetGroup => "target-group",
            other => other.name(),
        }
    }

    /// The kind in the reader's words, as a sentence names one item: "effect", "effekten".
    pub fn word(self) -> Text {
        crate::t!("kind", kind = self.key())
    }

    /// One item of the kind: "an effect", "en effekt".
    pub fn a_word(self) -> Text {
        crate::t!("kind-a", kind = self.key())
    }

    /// Items of the kind: "effects", "effekter".
    pub fn plural_word(self) -> Text {
        crate::t!("kind-plural", kind = self.key())
    }

    /// The kind in words: "target group", "activity".
    pub fn name(self) -> &'static str {
        match self {
            Kind::TargetGroup => "target group",
            Kind::Resource => "resource",
            Kind::Activity => "activity",
            Kind::Output => "output",
            Kind::Mechanism => "mechanism",
            Kind::Effect => "effect",
            Kind::Context => "context",
            Kind::Indicator => "indicator",
        }
    }

    /// The plural, as a list of what a field takes reads: "activities".
    pub fn plural(self) -> &'static str {
        match self {
            Kind::TargetGroup => "target groups",
            Kind::Resource => "resources",
            Kind::Activity => "activities",
            Kind::Output => "outputs",
            Kind::Mechanism => "mechanisms",
            Kind::Effect => "effects",
            Kind::Context => "contexts",
            Kind::Indicator => "indicators",
        }
    }

    /// The file section that declares items of this kind: `[activities.ID]`.
    pub fn section(self) -> &'static str {
        match self {
            Kind::TargetGroup => "target_groups",
            other => other.plural(),
        }
    }

    /// "a" or "an", for the kind's name.
    pub fn article(self) -> &'static str {
        match self {
            Kind::Activity | Kind::Output | Kind::Effect | Kind::Indicator => "an",
            _ => "a",
        }
    }
}

impl ItemRef {
    /// The item's kind.
    pub fn kind(self) -> Kind {
        match self {
            ItemRef::TargetGroup(_) => Kind::TargetGroup,
            ItemRef::Resource(_) => Kind::Resource,
            ItemRef::Activity(_) => Kind::Activity,
            ItemRef::Output(_) => Kind::Output,
            ItemRef::Mechanism(_) => Kind::Mechanism,
            ItemRef::Effect(_) => Kind::Effect,
            ItemRef::Context(_) => Kind::Context,
            ItemRef::Indicator(_) => Kind::Indicator,
        }
    }

    /// The index of the item among those of its kind.
    pub fn index(self) -> usize {
        match self {
            ItemRef::TargetGroup(i)
            | ItemRef::Resource(i)
            | ItemRef::Activity(i)
            | ItemRef::Output(i)
            | ItemRef::Mechanism(i)
            | ItemRef::Effect(i)
            | ItemRef::Context(i)
            | ItemRef::Indicator(i) => i,
        }
    }
}

/// Which way a field's link runs in the compiled graph, seen from the item that writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The named item points at the item holding the field (`uses`, `from`).
    Into,
    /// The item holding the field points at the named item (`to`, `measures`).
    OutOf,
    /// Not a link of the graph (`contexts`: conditions, not causes).
    None,
}

/// A field of an item that names other items by id.
#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    /// The key as the theory file writes it.
    pub name: &'static str,
    /// The kind of item that has the field.
    pub owner: Kind,
    /// The kinds it may name, in the order messages list them.
    pub accepts: &'static [Kind],
    /// What the reference makes in the graph.
    pub link: Link,
}

impl Field {
    /// The reference field `key` of items of kind `owner` (`to` of a mechanism), if it is one.
    pub fn of(owner: Kind, key: &str) -> Option<&'static Field> {
        FIELDS
            .iter()
            .copied()
            .find(|f| f.owner == owner && f.name == key)
    }

    /// Whether the field may name `item`.
    pub fn accepts(&self, item: ItemRef) -> bool {
        self.accepts.contains(&item.kind())
    }

    /// What the field takes, in words: "activities or effects".
    pub fn wanted(&self) -> Text {
        Text::Or(self.accepts.iter().map(|k| k.plural_word()).collect())
    }

    /// One item of what the field takes: "an activity or an output".
    pub fn a_wanted(&self) -> Text {
        Text::Or(self.accepts.iter().map(|k| k.a_word()).collect())
    }
}

/// `[activities.ID] uses`: the resources an activity draws on.
pub static USES: Field = Field {
    name: "uses",
    owner: Kind::Activity,
    accepts: &[Kind::Resource],
    link: Link::Into,
};
/// `[outputs.ID] from`: the activities that produce the output.
pub static PRODUCED_BY: Field = Field {
    name: "from",
    owner: Kind::Output,
    accepts: &[Kind::Activity],
    link: Link::Into,
};
/// `[mechanisms.ID] from`: what sets the mechanism off.
pub static FROM: Field = Field {
    name: "from",
    owner: Kind::Mechanism,
    accepts: &[Kind::Activity, Kind::Output, Kind::Effect],
    link: Link::Into,
};
/// `[mechanisms.ID] to`: the effects it brings about.
pub static TO: Field = Field {
    name: "to",
    owner: Kind::Mechanism,
    accepts: &[Kind::Effect],
    link: Link::OutOf,
};
/// `[mechanisms.ID] contexts`: the conditions it depends on.
pub static CONTEXTS: Field = Field {
    name: "contexts",
    owner: Kind::Mechanism,
    accepts: &[Kind::Context],
    link: Link::None,
};
/// `[indicators.ID] measures`: the activity or effect it measures.
pub static MEASURES: Field = Field {
    name: "measures",
    owner: Kind::Indicator,
    accepts: &[Kind::Effect, Kind::Activity, Kind::Output],
    link: Link::OutOf,
};

/// Every reference field, in the order the file format documents them.
pub static FIELDS: [&Field; 6] = [&USES, &PRODUCED_BY, &FROM, &TO, &CONTEXTS, &MEASURES];
