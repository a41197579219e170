use super::{print, run_language, ExplainArgs};
use std::fmt::Write as _;
use std::process::ExitCode;
use verkan::locale::Language;
use verkan::model::LintLevel;
use verkan::rules::{self, RULES};
use verkan::{t, Error, Result};

pub fn run(args: &ExplainArgs) -> Result<ExitCode> {
    // No theory is read: `--lang`, else the environment's language.
    let language = run_language(None);
    // Written in one go through `print`, so `verkan explain | head` ends quietly.
    let mut out = String::new();
    let Some(name) = &args.rule else {
        let _ = writeln!(out, "{}\n", t!("explain-rules").render(language));
        for rule in RULES {
            let _ = writeln!(
                out,
                "  {:<7} {:<34} {}",
                level(rule.default_level, rule.is_configurable(), language),
                rule.name(),
                rule.summary().render(language)
            );
        }
        let _ = writeln!(out, "\n{}", t!("explain-one").render(language));
        print(out)?;
        return Ok(ExitCode::SUCCESS);
    };
    let rule = rules::find(name).ok_or_else(|| {
        Error::Usage(
            match verkan::suggest::closest(name, RULES.iter().map(|r| r.name())) {
                Some(best) => t!(
                    "with-suggestion",
                    message = t!("no-such-rule", name = name.as_str()),
                    help = t!("did-you-mean", name = best)
                ),
                None => t!("no-such-rule-list", name = name.as_str()),
            },
        )
    })?;
    let _ = writeln!(out, "# {}\n", rule.name());
    let _ = writeln!(
        out,
        "{}\n",
        t!(
            "explain-level",
            level = level(rule.default_level, rule.is_configurable(), language)
        )
        .render(language)
    );
    let _ = writeln!(out, "{}", rule.explanation_in(language));
    print(out)?;
    Ok(ExitCode::SUCCESS)
}

fn level(level: LintLevel, configurable: bool, language: Language) -> String {
    let key = match (level, configurable) {
        (_, false) => "fixed",
        (LintLevel::Deny, _) => "error",
        (LintLevel::Warn, _) => "warning",
        (LintLevel::Allow, _) => "allow",
    };
    t!("explain-level-name", level = key).render(language)
}
