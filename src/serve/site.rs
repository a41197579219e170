//! What `verkan serve` serves: every theory under the folder, checked and made into its page,
//! kept up to date as files change. A theory whose newest version has errors keeps its last
//! good page, with the errors shown on top.

use crate::diagnostic::Tally;
use crate::json::diagnostics::Diagnostic as JsonDiagnostic;
use crate::lints::LevelOverrides;
use crate::locale::Language;
use crate::page::{self, OverviewEntry, PageOptions};
use crate::source::Sources;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One theory file and what was last made of it.
struct Theory {
    path: PathBuf,
    /// The newest version's errors; empty when it is good.
    errors: Vec<JsonDiagnostic>,
    warnings: usize,
    /// The last version without errors, with what the overview says of it.
    good: Option<Good>,
}

struct Good {
    name: String,
    period: Option<String>,
    language: Language,
    /// What the page is made from.
    compiled: crate::compile::Compiled,
    sources: Sources,
    diagnostics: Vec<crate::diagnostic::Diagnostic>,
    coverage: crate::indicators::coverage::Shares,
    summary: crate::indicators::report::Counts,
}

/// Every theory under the served folder, by the page's path (`spira.html`, `sub/x.html`).
pub struct Site {
    root: PathBuf,
    theories: BTreeMap<String, Theory>,
    overrides: LevelOverrides,
    policy: crate::DataPolicy,
    /// Theory files left out because they lead outside the folder (symlinks).
    pub outside: Vec<PathBuf>,
}

impl Site {
    pub fn new(root: &Path, policy: crate::DataPolicy) -> crate::Result<Self> {
        let root = std::fs::canonicalize(root).map_err(|e| crate::Error::io("read", root, e))?;
        let mut site = Site {
            root,
            theories: BTreeMap::new(),
            overrides: LevelOverrides::new(),
            policy,
            outside: Vec::new(),
        };
        site.refresh()?;
        Ok(site)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn len(&self) -> usize {
        self.theories.len()
    }

    pub fn is_empty(&self) -> bool {
        self.theories.is_empty()
    }

    /// Looks at the folder again: new files are added, removed ones dropped, every theory
    /// checked anew (a data file may have changed under any of them).
    pub fn refresh(&mut self) -> crate::Result<()> {
        let files = crate::paths::expand(std::slice::from_ref(&self.root))?;
        let mut seen = Vec::new();
        self.outside.clear();
        for path in files {
            // Only files really inside the folder: a symlink out is not served.
            match std::fs::canonicalize(&path) {
                Ok(real) if real.starts_with(&self.root) => {}
                _ => {
                    self.outside.push(path);
                    continue;
                }
            }
            let key = page_path(&self.root, &path);
            self.check(&key, &path);
            seen.push(key);
        }
        self.theories.retain(|key, _| seen.contains(key));
        Ok(())
    }

    fn check(&mut self, key: &str, path: &Path) {
        let mut sources = Sources::new();
        let checked =
            match crate::check_path_with(&mut sources, path, &self.overrides, &self.policy) {
                Ok(checked) => checked,
                // The file went away between the listing and the read: the next refresh drops it.
                Err(_) => return,
            };
        let entry = self
            .theories
            .entry(key.to_string())
            .or_insert_with(|| Theory {
                path: path.to_path_buf(),
                errors: Vec::new(),
                warnings: 0,
                good: None,
            });
        let tally = Tally::of(&checked.diagnostics);
        entry.warnings = tally.warnings;
        entry.errors = checked
            .diagnostics
            .iter()
            .filter(|d| page::is_error(d))
            .map(|d| JsonDiagnostic::new(&sources, d))
            .collect();
        if let Some(compiled) = checked.compiled.filter(|_| tally.errors == 0) {
            let meta = &compiled.theory.meta;
            entry.good = Some(Good {
                name: meta.name.clone(),
                period: meta.period.clone(),
                language: meta.language,
                coverage: crate::indicators::coverage::of_theory(
                    &path.display().to_string(),
                    &compiled,
                )
                .shares,
                summary: crate::indicators::report::scorecard(&compiled, None).summary,
                compiled,
                sources,
                diagnostics: checked.diagnostics,
            });
        }
    }

    /// The page at `key` (`spira.html`), made now: the last good diagram with the newest
    /// errors on top.
    pub fn page(&self, key: &str) -> Option<String> {
        let theory = self.theories.get(key)?;
        let options = PageOptions {
            live: true,
            stale: theory.errors.clone(),
        };
        Some(match &theory.good {
            Some(good) => {
                match page::theory(&good.compiled, &good.sources, &good.diagnostics, &options) {
                    Ok(html) => html,
                    Err(e) => page::errors_only(
                        &good.name,
                        good.language,
                        &theory.errors,
                        Some(&e.to_string()),
                        &options,
                    ),
                }
            }
            None => page::errors_only(
                &theory.path.display().to_string(),
                Language::En,
                &theory.errors,
                None,
                &options,
            ),
        })
    }

    pub fn overview(&self) -> String {
        let entries: Vec<OverviewEntry> = self
            .theories
            .iter()
            .map(|(key, t)| OverviewEntry {
                name: t
                    .good
                    .as_ref()
                    .map_or_else(|| t.path.display().to_string(), |g| g.name.clone()),
                period: t.good.as_ref().and_then(|g| g.period.clone()),
                file: t.path.display().to_string(),
                href: Some(key.clone()),
                errors: t.errors.len(),
                warnings: t.warnings,
                coverage: t.good.as_ref().map(|g| g.coverage),
                summary: t.good.as_ref().map(|g| g.summary),
            })
            .collect();
        let language = crate::indicators::portfolio::language_of(
            self.theories
                .values()
                .filter_map(|t| t.good.as_ref().map(|g| g.language)),
        );
        page::overview(&entries, language, true, None)
    }
}

/// `theories/sub/spira.toml` under `theories/` is served as `sub/spira.html`.
fn page_path(root: &Path, path: &Path) -> String {
    let relative = path
        .strip_prefix(root)
        .unwrap_or(path)
        .with_extension("html");
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}
