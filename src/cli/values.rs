//! The command line's words for the library's choices. clap's derive stays here, in the
//! command line: the library's types do not know they are parsed from arguments. Each enum
//! mirrors one of the library's, variant for variant (the `From`s are exhaustive both ways,
//! so a variant added to one and not the other does not compile); the doc comments are what
//! `--help` shows beside each value.

use clap::ValueEnum;

/// A mirror of a library enum, with `From` both ways.
macro_rules! mirror {
    ($(#[$meta:meta])* $name:ident => $target:path {
        $( $(#[$vmeta:meta])* $variant:ident ),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),*
        }

        impl From<$name> for $target {
            fn from(value: $name) -> Self {
                type Target = $target;
                match value {
                    $( $name::$variant => Target::$variant ),*
                }
            }
        }

        impl From<$target> for $name {
            fn from(value: $target) -> Self {
                type Target = $target;
                match value {
                    $( Target::$variant => $name::$variant ),*
                }
            }
        }
    };
}

mirror! {
    /// `--lang`.
    Lang => verkan::locale::Language { Sv, En }
}

mirror! {
    /// `--horizon`.
    HorizonArg => verkan::model::Horizon { Short, Medium, Long }
}

mirror! {
    /// `verkan render --format`.
    RenderFormat => verkan::render::Format {
        /// The built-in layout as SVG.
        Svg,
        /// The built-in layout as PNG (see --scale).
        Png,
        /// Graphviz DOT source.
        Dot,
        /// A Mermaid flowchart for Markdown.
        Mermaid,
        /// The layout's geometry as data.
        Json,
        /// A vector PDF, fonts embedded (see --page for paper sizes).
        Pdf,
        /// The workshop page: one self-contained HTML file with the diagram, its details and
        /// controls (see `verkan::page`).
        Html,
    }
}

mirror! {
    /// `--engine`.
    EngineArg => verkan::render::Engine {
        /// verkan's own layout: needs nothing installed.
        Builtin,
        /// The system's Graphviz `dot`, through graphviz-rust.
        Graphviz,
    }
}

mirror! {
    /// `--page`.
    PageArg => verkan::render::Page {
        /// A4 landscape (297 × 210 mm).
        #[value(name = "a4")]
        A4,
        /// A3 landscape (420 × 297 mm).
        #[value(name = "a3")]
        A3,
        /// A4 portrait (210 × 297 mm).
        #[value(name = "a4-portrait")]
        A4Portrait,
        /// A3 portrait (297 × 420 mm).
        #[value(name = "a3-portrait")]
        A3Portrait,
        /// A 16:9 screen or projector, 1920 × 1080 pixels.
        #[value(name = "16:9")]
        Screen,
    }
}

mirror! {
    /// `verkan coverage --metric`.
    MetricArg => verkan::indicators::coverage::Metric {
        /// Effects a chain of mechanisms from an activity leads to.
        Reached,
        /// Effects with a (non-draft) outcome indicator.
        OutcomeIndicator,
        /// Effects whose outcome indicator has a target.
        Target,
        /// Effects whose outcome indicator has a readable value.
        Measured,
    }
}
