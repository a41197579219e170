//! `--help` in Swedish: clap's command tree with every about, long about and argument help
//! replaced by its text in `src/locale/help.sv.ftl`. English is clap's own, from the doc
//! comments in `cli/mod.rs`.

use super::Cli;
use clap::{Command, CommandFactory};
use verkan::locale::help_sv;
use verkan::locale::Language;

/// The language `--help` is shown in: a `--lang` on the command line, else the environment's.
/// Read before clap parses, since clap prints the help while parsing.
pub fn language(args: &[std::ffi::OsString]) -> Language {
    let mut args = args.iter().filter_map(|a| a.to_str());
    let mut chosen = None;
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        chosen = match value {
            Some("sv") => Some(Language::Sv),
            Some("en") => Some(Language::En),
            _ => chosen,
        };
    }
    chosen
        .or_else(verkan::locale::from_env)
        .unwrap_or(Language::En)
}

/// The command line, its help in `language`.
pub fn command(language: Language) -> Command {
    let mut command = Cli::command();
    if language == Language::En {
        return command;
    }
    // Built first, so that the generated `--help`, `--version`, `help` and the global `--lang`
    // are there to translate too.
    command.build();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut command = translate(command, "verkan");
    for name in names {
        command = command.mut_subcommand(&name, |sub| translate(sub, &name));
    }
    command
}

fn translate(mut command: Command, name: &str) -> Command {
    if let Some(about) = help_sv(&format!("cmd-{name}"), None) {
        command = command.about(about);
    }
    if let Some(long) = help_sv(&format!("cmd-{name}"), Some("long")) {
        command = command.long_about(long);
    }
    let usage = help_sv("heading-usage", None).unwrap_or_default();
    command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(help_sv("heading-commands", None).unwrap_or_default());
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let text = arg_help(name, &id);
        command = command.mut_arg(&id, |arg| {
            let heading = if arg.is_positional() {
                "heading-arguments"
            } else {
                "heading-options"
            };
            let arg = arg.help_heading(help_sv(heading, None).unwrap_or_default());
            match text {
                Some(text) => arg.help(text).long_help(clap::builder::Resettable::Reset),
                None => arg,
            }
        });
    }
    command
}

/// An argument's help: its own for this command, else the one shared by all that have it.
fn arg_help(command: &str, id: &str) -> Option<String> {
    let text = help_sv(&format!("arg-{command}-{id}"), None)
        .or_else(|| help_sv(&format!("arg-{id}"), None))?;
    // As clap does with a one-paragraph doc comment: no full stop after a short help.
    Some(text.strip_suffix('.').map(str::to_string).unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every id the command tree asks `help.sv.ftl` for, and whether it has it.
    fn wanted() -> (BTreeSet<String>, Vec<String>) {
        let mut command = Cli::command();
        command.build();
        let mut used = BTreeSet::new();
        let mut missing = Vec::new();
        let mut check = |id: String, attribute: Option<&str>| {
            if help_sv(&id, attribute).is_none() {
                missing.push(format!(
                    "{id}{}",
                    attribute.map(|a| format!(".{a}")).unwrap_or_default()
                ));
            }
            used.insert(id);
        };
        let mut commands = vec![("verkan".to_string(), &command)];
        commands.extend(
            command
                .get_subcommands()
                .map(|s| (s.get_name().to_string(), s)),
        );
        for (name, c) in commands {
            check(format!("cmd-{name}"), None);
            if c.get_long_about().is_some() {
                check(format!("cmd-{name}"), Some("long"));
            }
            for arg in c.get_arguments() {
                let id = arg.get_id().as_str();
                let own = format!("arg-{name}-{id}");
                if help_sv(&own, None).is_some() {
                    check(own, None);
                } else {
                    check(format!("arg-{id}"), None);
                }
            }
        }
        for heading in [
            "heading-usage",
            "heading-arguments",
            "heading-options",
            "heading-commands",
        ] {
            check(heading.to_string(), None);
        }
        (used, missing)
    }

    #[test]
    fn every_command_and_argument_has_its_swedish_help_and_no_text_is_stale() {
        let (used, missing) = wanted();
        assert!(missing.is_empty(), "no Swedish help for {missing:?}");
        let defined: BTreeSet<String> = verkan::locale::HELP_SV
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| !id.starts_with([' ', '#', '.']))
            .map(str::to_string)
            .collect();
        let stale: Vec<_> = defined.difference(&used).collect();
        assert!(
            stale.is_empty(),
            "texts no command or argument has: {stale:?}"
        );
    }

    #[test]
    fn the_swedish_help_is_swedish_and_the_english_unchanged() {
        let mut sv = command(Language::Sv);
        let text = sv
            .find_subcommand_mut("check")
            .unwrap()
            .render_long_help()
            .to_string();
        assert!(text.contains("Kontrollera teorifiler"), "{text}");
        assert!(text.contains("Användning: verkan check"), "{text}");
        assert!(text.contains("Rapportera inte fynd från REGEL"), "{text}");
        assert!(text.contains("Flaggor:"), "{text}");
        let mut en = command(Language::En);
        let text = en
            .find_subcommand_mut("check")
            .unwrap()
            .render_long_help()
            .to_string();
        assert!(text.contains("Check theory files"), "{text}");
    }

    #[test]
    fn the_help_language_comes_from_the_command_line_then_the_environment() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            language(&args(&["verkan", "--lang", "sv", "check"])),
            Language::Sv
        );
        assert_eq!(
            language(&args(&["verkan", "check", "--lang=sv", "-h"])),
            Language::Sv
        );
        assert_eq!(
            language(&args(&["verkan", "--lang", "en", "--help"])),
            Language::En
        );
    }
}
