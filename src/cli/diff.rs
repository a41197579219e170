use super::{print, print_errors, DiffArgs, DiffFormat};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use verkan::diagnostic::Severity;
use verkan::diff::{self, Style};
use verkan::lints::LevelOverrides;
use verkan::source::Sources;
use verkan::t;
use verkan::{Error, Result};

pub fn run(args: &DiffArgs) -> Result<ExitCode> {
    let (old, new) = match (&args.new, &args.since) {
        (Some(new), None) => (Version::File(args.old.clone()), Version::File(new.clone())),
        (None, Some(rev)) => (
            Version::Git(rev.clone(), args.old.clone()),
            Version::File(args.old.clone()),
        ),
        (Some(_), Some(_)) => return Err(Error::Usage(t!("diff-both"))),
        (None, None) => return Err(Error::Usage(t!("diff-neither"))),
    };
    let mut sources = super::new_sources();
    let (Some(before), Some(after)) = (
        load(&mut sources, &old, args)?,
        load(&mut sources, &new, args)?,
    ) else {
        return Ok(ExitCode::from(1));
    };
    let language = after.theory.meta.language;
    let style = match args.format {
        DiffFormat::Json => Style::Data,
        _ => Style::People(language),
    };
    let changes = diff::diff(&before.theory, &after.theory, style);
    let (old_name, new_name) = (old.name(), new.name());
    print(&match args.format {
        DiffFormat::Text => diff::text(&changes, language),
        DiffFormat::Markdown => diff::markdown(
            &changes,
            &format!("{}: {old_name} → {new_name}", after.theory.meta.name),
            language,
        ),
        DiffFormat::Json => verkan::json::to_string(&verkan::json::diff::Diff::new(
            &old_name, &new_name, &changes,
        )),
    })?;
    Ok(if args.exit_code && !changes.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A version of a theory: a file, or a file as a git revision had it.
enum Version {
    File(PathBuf),
    Git(String, PathBuf),
}

impl Version {
    fn name(&self) -> String {
        match self {
            Version::File(path) => path.display().to_string(),
            Version::Git(rev, path) => format!("{rev}:{}", path.display()),
        }
    }
}

/// Reads and compiles a version; a theory with errors is compared all the same (its meaning
/// is still there), but one that cannot be parsed prints its errors and gives `None`.
fn load(
    sources: &mut Sources,
    version: &Version,
    args: &DiffArgs,
) -> Result<Option<verkan::compile::Compiled>> {
    let policy = args.data.policy();
    let checked = match version {
        Version::File(path) => {
            verkan::check_path_with(sources, path, &LevelOverrides::new(), &policy)?
        }
        Version::Git(rev, path) => {
            let bytes = git_show(rev, path)?;
            // Named beside the file, so data files resolve as they do for it (read as they
            // are now: git is asked for the theory only).
            let name = format!("{}@{rev}", path.display());
            match verkan::add_file(sources, name, bytes) {
                Ok(file) => verkan::check_with(sources, file, &LevelOverrides::new(), &policy),
                Err((_, diagnostic)) => {
                    print_errors(sources, &[*diagnostic]);
                    return Ok(None);
                }
            }
        }
    };
    if checked.compiled.is_none() {
        let errors: Vec<_> = checked
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        print_errors(sources, &errors);
        return Ok(None);
    }
    Ok(checked.compiled)
}

/// The file at a git revision, by `git show REV:./PATH` run in the file's folder.
fn git_show(rev: &str, path: &Path) -> Result<Vec<u8>> {
    if rev.starts_with('-') || rev.contains(':') {
        return Err(Error::Usage(t!("diff-bad-revision", rev = rev)));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let file = path
        .file_name()
        .ok_or_else(|| Error::Usage(t!("diff-not-a-file", path = path.display().to_string())))?;
    let output = Command::new("git")
        .arg("show")
        .arg(format!("{rev}:./{}", file.to_string_lossy()))
        .current_dir(dir)
        .output()
        .map_err(|e| Error::Usage(t!("diff-no-git", error = e.to_string())))?;
    if !output.status.success() {
        return Err(Error::Usage(t!(
            "diff-not-in-git",
            path = path.display().to_string(),
            rev = rev,
            error = String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(output.stdout)
}
