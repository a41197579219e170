//! Writing theories: a commented starting theory (`verkan new`) and the canonical layout
//! (`verkan fmt`).

pub mod fmt;
pub mod logframe;

use crate::locale::Language;
use crate::{Error, Result};
use std::path::{Path, PathBuf};

/// The file name `verkan new` points the `#:schema` directive at, written beside the theory.
pub const SCHEMA_FILE: &str = "theory.schema.json";

/// A starting theory called `name`: a header, two perspectives, a resource, activities,
/// mechanisms with a context, short-, medium- and long-term effects, and an outcome indicator
/// with a target for each, every part commented. It passes `verkan check` as it is.
pub fn starter(name: &str, language: Language) -> String {
    let template = match language {
        Language::Sv => include_str!("sv.toml"),
        Language::En => include_str!("en.toml"),
    };
    // The name goes into a TOML basic string and a comment line: no line breaks in either.
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let quoted: String = name
        .chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c => vec![c],
        })
        .collect();
    template
        .replacen("# {name}", &format!("# {name}"), 1)
        .replace("{name}", &quoted)
}

/// The file name for a theory called `name`: lower case, words joined by `-`, Swedish letters
/// spelt without their marks ("Mitt projekt på väg" → `mitt-projekt-pa-vag.toml`).
pub fn file_name(name: &str) -> Option<String> {
    let mut stem = String::new();
    for c in name.trim().trim_end_matches(".toml").chars() {
        let c = match c.to_lowercase().next().unwrap_or(c) {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() || c == '_' {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    (!stem.is_empty()).then(|| format!("{stem}.toml"))
}

/// What `create` wrote.
#[derive(Debug)]
pub struct Created {
    /// The theory file.
    pub theory: PathBuf,
    /// The schema file, when it was not there already.
    pub schema: Option<PathBuf>,
}

/// Writes the starting theory for `name` into `dir` (made if missing), with the theory format's
/// JSON Schema beside it for editors. Never replaces a file.
pub fn create(dir: &Path, name: &str, language: Language) -> Result<Created> {
    let Some(file) = file_name(name) else {
        return Err(Error::Usage(crate::t!("new-bad-name", name = name)));
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    let theory = dir.join(file);
    if !crate::output::write_new(&theory, starter(name.trim(), language).as_bytes())? {
        return Err(Error::Usage(crate::t!(
            "new-exists",
            path = theory.display().to_string()
        )));
    }
    let schema = write_schema_beside(&theory, language)?;
    Ok(Created { theory, schema })
}

/// The theory format's JSON Schema beside `theory`, which its `#:schema` line names, unless
/// the folder has one already; its descriptions in `language`, the theory's, so an editor
/// explains the keys in the words the theory is written in. Where it was written.
pub fn write_schema_beside(
    theory: &Path,
    language: Language,
) -> Result<Option<std::path::PathBuf>> {
    let dir = theory.parent().unwrap_or(Path::new(""));
    let schema_path = dir.join(SCHEMA_FILE);
    let schema = crate::json::to_string(&crate::document::json_schema_in(language));
    Ok(crate::output::write_new(&schema_path, schema.as_bytes())?.then_some(schema_path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            file_name("Mitt projekt på väg").as_deref(),
            Some("mitt-projekt-pa-vag.toml")
        );
        assert_eq!(file_name("spira.toml").as_deref(), Some("spira.toml"));
        assert_eq!(
            file_name("../../etc/passwd").as_deref(),
            Some("etc-passwd.toml")
        );
        assert_eq!(file_name("  --  "), None);
    }

    #[test]
    fn the_name_is_quoted_for_toml() {
        let text = starter("Ett \"citat\" \\ här", Language::Sv);
        let value: toml::Table = toml::from_str(&text).expect("still TOML");
        assert_eq!(
            value["theory"]["name"].as_str(),
            Some("Ett \"citat\" \\ här")
        );
        let text = starter("Rad\n[theory]\nname = \"x\"", Language::En);
        let value: toml::Table = toml::from_str(&text).expect("a line break adds no table");
        assert_eq!(
            value["theory"]["name"].as_str(),
            Some("Rad [theory] name = \"x\"")
        );
    }
}
