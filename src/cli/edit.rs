use super::{new_sources, print, EditArgs};
use std::io::Read;
use std::process::ExitCode;
use verkan::diagnostic::Tally;
use verkan::lints::LevelOverrides;
use verkan::{t, Error, Result};

pub fn run(args: &EditArgs) -> Result<ExitCode> {
    let json = if args.ops.as_os_str() == "-" {
        let mut json = String::new();
        std::io::stdin()
            .read_to_string(&mut json)
            .map_err(|e| Error::io("read", "-", e))?;
        json
    } else {
        std::fs::read_to_string(&args.ops).map_err(|e| Error::io("read", &args.ops, e))?
    };
    let bytes = std::fs::read(&args.theory).map_err(|e| Error::io("read", &args.theory, e))?;
    let Ok(text) = String::from_utf8(bytes) else {
        return Err(Error::Usage(t!("edit-unreadable")));
    };
    let mut sources = new_sources();
    if let Some(language) = verkan::locale::sniff(&text) {
        let file = sources.add(args.theory.display().to_string(), text.clone());
        sources.set_language(file, language);
    }
    let language = sources.run_language();
    let refused = |reason: verkan::locale::Text| {
        eprintln!("{}", t!("error", error = reason).render(language));
        Ok(ExitCode::from(2))
    };
    let edit = match verkan::edit::parse(&json) {
        Ok(edit) => edit,
        Err(refusal) => return refused(refusal.text()),
    };
    let read = |path: &std::path::Path| std::fs::read(path);
    let applied = match verkan::edit::apply(&args.theory, &text, None, &edit, &read) {
        Ok(applied) => applied,
        Err(refusal) => return refused(refusal.text()),
    };
    if !args.dry_run {
        if let Some(folder) = args.theory.parent() {
            let folder = if folder.as_os_str().is_empty() {
                std::path::Path::new(".")
            } else {
                folder
            };
            verkan::output::remove_stale_temporaries(folder, std::time::Duration::from_secs(60));
        }
        // The data files first: a theory that names the new id is never written beside a data
        // file that still has the old one.
        for (path, data) in &applied.data {
            verkan::output::write_atomic(path, data.as_bytes())?;
        }
        verkan::output::write_atomic(&args.theory, applied.text.as_bytes())?;
    }
    let file = args.theory.display().to_string();
    let mut said = String::new();
    for done in &applied.done {
        said.push_str(&format!("{file}: {}\n", done.render(language)));
    }
    print(said)?;
    for note in &applied.notes {
        eprintln!("{}", t!("note", note = note.clone()).render(language));
    }
    // The check of the result, as `check` would give it once written.
    let mut sources = new_sources();
    let checked = match verkan::add_file(&mut sources, file, applied.text.into_bytes()) {
        Ok(id) => verkan::check_with(
            &mut sources,
            id,
            &LevelOverrides::new(),
            &args.data.policy(),
        ),
        Err(_) => return Err(Error::Usage(t!("edit-unreadable"))),
    };
    let tally = Tally::of(&checked.diagnostics);
    super::print_error_findings(&sources, &checked.diagnostics);
    print(format!(
        "{}\n",
        t!(
            "summary-checked",
            theories = 1,
            errors = tally.errors,
            warnings = tally.warnings
        )
        .render(sources.run_language())
    ))?;
    Ok(if tally.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
