use super::{chosen_language, NewArgs};
use std::process::ExitCode;
use verkan::locale::Language;
use verkan::{t, Result};

pub fn run(args: &NewArgs) -> Result<ExitCode> {
    // A new theory is Swedish unless asked otherwise: the format's default language.
    let language = chosen_language().unwrap_or(Language::Sv);
    let created = verkan::author::create(&args.dir, &args.name, language)?;
    let theory = created.theory.display().to_string();
    let say = |text: verkan::locale::Text| eprintln!("{}", text.render(language));
    say(t!("wrote", file = &theory));
    if let Some(schema) = &created.schema {
        say(t!("new-wrote-schema", file = schema.display().to_string()));
    }
    say(t!(
        "new-next",
        file = &theory,
        stem = created
            .theory
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    ));
    Ok(ExitCode::SUCCESS)
}
