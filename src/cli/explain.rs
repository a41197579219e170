use super::ExplainArgs;
use std::process::ExitCode;
use verkan::model::LintLevel;
use verkan::rules::{self, RULES};
use verkan::{Error, Result};

pub fn run(args: &ExplainArgs) -> Result<ExitCode> {
    let Some(name) = &args.rule else {
        println!("Rules (default level, then name):\n");
        for rule in RULES {
            println!(
                "  {:<7} {:<34} {}",
                level(rule.default_level, rule.is_configurable()),
                rule.name(),
                rule.summary
            );
        }
        println!("\nRun `verkan explain RULE` for one rule's explanation.");
        return Ok(ExitCode::SUCCESS);
    };
    let rule = rules::find(name).ok_or_else(|| {
        Error::Usage(
            match verkan::suggest::closest(name, RULES.iter().map(|r| r.name())) {
                Some(best) => format!("no rule is called `{name}`; did you mean `{best}`?"),
                None => format!("no rule is called `{name}`; `verkan explain` lists them all"),
            },
        )
    })?;
    println!("# {}\n", rule.name());
    println!(
        "Default level: {}\n",
        level(rule.default_level, rule.is_configurable())
    );
    println!("{}", rule.explanation);
    Ok(ExitCode::SUCCESS)
}

fn level(level: LintLevel, configurable: bool) -> &'static str {
    match (level, configurable) {
        (_, false) => "error*",
        (LintLevel::Deny, _) => "error",
        (LintLevel::Warn, _) => "warning",
        (LintLevel::Allow, _) => "allow",
    }
}
