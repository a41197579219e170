//! Messages in the user's language. Every sentence verkan says to a person (diagnostics,
//! summaries) is a [`Text`]: a message id from the catalogues `en.ftl` and `sv.ftl` (Fluent)
//! with its arguments, put into words only when it is shown, in the language the reader
//! reads. The words of diagrams and reports are in the `words` module, above this one.
//!
//! Which language: `--lang`, else the theory's `language`, else (a file that could not be
//! read as a theory) a `language = "…"` line in it, else `LC_ALL`, `LC_MESSAGES` or `LANG`,
//! else English. The `source` module records each file's and the run's choice.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The language of labels and headings in diagrams and reports.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    serde::Deserialize,
    serde::Serialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Swedish.
    #[default]
    Sv,
    /// English.
    En,
}

impl Language {
    /// The BCP 47 tag: `sv`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::En => "en",
        }
    }

    /// The tag with the region that documents carry, for spelling and screen readers: `sv-SE`,
    /// `en-GB`.
    pub fn document_tag(self) -> &'static str {
        match self {
            Language::Sv => "sv-SE",
            Language::En => "en-GB",
        }
    }
}

/// The catalogues, by language, as compiled into the binary.
pub const CATALOGUES: [(Language, &str); 2] = [
    (Language::En, include_str!("en.ftl")),
    (Language::Sv, include_str!("sv.ftl")),
];

/// A sentence for a person, worded when it is shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Text {
    /// A catalogue message and its arguments.
    Message {
        /// The message's id in the catalogues.
        id: &'static str,
        /// Its arguments, by name.
        args: Vec<(&'static str, Arg)>,
    },
    /// Words that come from elsewhere as they are (a file's own text, a parser's message).
    Raw(String),
    /// Alternatives: "a, b or c", "a, b eller c".
    Or(Vec<Text>),
}

/// A message argument.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Shown as it is: an id, a value already formatted, a name.
    Str(String),
    /// A count, for plural forms.
    Count(i64),
    /// A number as Rust writes it (`0.45`), shown with the language's decimal sign (`0,45`).
    Decimal(String),
    /// Another message, worded in the same language.
    Text(Box<Text>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<f32> for Arg {
    fn from(v: f32) -> Self {
        Arg::Decimal(v.to_string())
    }
}
impl From<f64> for Arg {
    fn from(v: f64) -> Self {
        Arg::Decimal(v.to_string())
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Raw(s.to_string())
    }
}
impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Raw(s)
    }
}

/// `t!("message-id", name = value, …)`: a [`Text`] from the catalogues.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::locale::Text::Message {
            id: $id,
            args: vec![$((stringify!($name), $crate::locale::Arg::from($value))),*],
        }
    };
}

impl Text {
    /// The words in `language`.
    pub fn render(&self, language: Language) -> String {
        match self {
            Text::Raw(s) => s.clone(),
            Text::Or(choices) => {
                let words: Vec<String> = choices.iter().map(|c| c.render(language)).collect();
                match words.split_last() {
                    None => String::new(),
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => {
                        crate::t!("or", first = rest.join(", "), last = last.clone())
                            .render(language)
                    }
                }
            }
            Text::Message { id, args } => {
                let mut fluent = FluentArgs::new();
                for (name, arg) in args {
                    let value = match arg {
                        Arg::Str(s) => FluentValue::from(s.as_str()),
                        Arg::Count(n) => FluentValue::from(*n),
                        Arg::Decimal(d) => FluentValue::from(decimal(d, language)),
                        Arg::Text(t) => FluentValue::from(t.render(language)),
                    };
                    fluent.set(*name, value);
                }
                format(language, id, &fluent)
                    .or_else(|| format(Language::En, id, &fluent))
                    .unwrap_or_else(|| (*id).to_string())
            }
        }
    }

    /// The message with more arguments, for arguments that depend on the case.
    pub fn with_args(mut self, more: impl IntoIterator<Item = (&'static str, Arg)>) -> Self {
        if let Text::Message { args, .. } = &mut self {
            args.extend(more);
        }
        self
    }

    /// The words in English: for tests and logs.
    pub fn en(&self) -> String {
        self.render(Language::En)
    }
}

fn decimal(number: &str, language: Language) -> String {
    match language {
        Language::Sv => number.replace('.', ","),
        Language::En => number.to_string(),
    }
}

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static SV: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match language {
        Language::En => &EN,
        Language::Sv => &SV,
    };
    cell.get_or_init(|| {
        let (tag, source) = match language {
            Language::En => ("en", CATALOGUES[0].1),
            Language::Sv => ("sv", CATALOGUES[1].1),
        };
        let id: unic_langid::LanguageIdentifier = tag.parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Terminals and JSON readers show Unicode isolation marks as noise.
        bundle.set_use_isolating(false);
        // A catalogue that does not parse fails the test suite (`tests/suite/locale.rs`); here the
        // messages that did parse are still used.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The Swedish help of the command line (`help.sv.ftl`): the English is clap's, from the
/// doc comments of `src/cli`.
pub const HELP_SV: &str = include_str!("help.sv.ftl");

/// A Swedish help text by id, or one of its attributes (`.long`).
pub fn help_sv(id: &str, attribute: Option<&str>) -> Option<String> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let bundle = BUNDLE.get_or_init(|| {
        let tag: unic_langid::LanguageIdentifier = "sv".parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(HELP_SV.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    });
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        None => message.value()?,
        Some(name) => message.get_attribute(name)?.value(),
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

fn format(language: Language, id: &str, args: &FluentArgs) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned();
    // A message given too few arguments shows `{$name}`; every message is rendered in both
    // languages by the rule fixtures, so a debug build (the tests) stops on it.
    debug_assert!(errors.is_empty(), "message `{id}`: {errors:?}");
    Some(text)
}

/// The language a locale variable names (`sv_SE.UTF-8`, `sv`, `en_GB`), if it names one.
pub fn from_locale(value: &str) -> Option<Language> {
    let tag = value.split(['.', '@']).next()?.trim();
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    let language = tag.split(['_', '-']).next()?.to_ascii_lowercase();
    Some(match language.as_str() {
        "sv" => Language::Sv,
        _ => Language::En,
    })
}

/// The environment's language: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that names one.
pub fn from_env() -> Option<Language> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find_map(|value| from_locale(&value))
}

/// A `language = "sv"` line in a file that could not be read as a theory.
pub fn sniff(text: &str) -> Option<Language> {
    text.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        if key.trim() != "language" {
            return None;
        }
        match value.trim().trim_matches(['"', '\'']) {
            "sv" => Some(Language::Sv),
            "en" => Some(Language::En),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_variables_name_languages() {
        assert_eq!(from_locale("sv_SE.UTF-8"), Some(Language::Sv));
        assert_eq!(from_locale("sv_FI"), Some(Language::Sv));
        assert_eq!(from_locale("en_US.UTF-8"), Some(Language::En));
        assert_eq!(from_locale("de_DE"), Some(Language::En));
        assert_eq!(from_locale("C.UTF-8"), None);
        assert_eq!(from_locale("POSIX"), None);
        assert_eq!(from_locale(""), None);
    }

    #[test]
    fn a_language_line_is_found_in_a_broken_file() {
        assert_eq!(
            sniff("[theory]\nname = \"x\n language = \"en\"\n"),
            Some(Language::En)
        );
        assert_eq!(sniff("[theory]\nname = \"x\"\n"), None);
    }
}
