//! What `verkan serve` serves: every theory under the folder, checked and made into its page,
//! kept up to date as files change. A theory whose newest version has errors keeps its last
//! good page, with the errors shown on top.

use crate::diagnostic::Tally;
use crate::json::diagnostics::Diagnostic as JsonDiagnostic;
use crate::lints::LevelOverrides;
use crate::locale::Language;
use crate::page::{self, OverviewEntry, PageOptions};
use crate::render::Previous;
use crate::source::Sources;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One theory file and what was last made of it.
struct Theory {
    path: PathBuf,
    /// The newest version's errors; empty when it has none.
    errors: Vec<JsonDiagnostic>,
    /// The newest version could not be drawn: the page shows `good`, an older one, under
    /// `errors`.
    stale: bool,
    warnings: usize,
    /// The last version that could be drawn (its errors marked on its boxes), with what the
    /// overview says of it.
    good: Option<Good>,
    /// The files the check of `good` read, as they were then: while none changes, the theory
    /// is neither checked nor drawn again.
    read: Fingerprint,
    /// The revision (`sha256:…`) of the file as last read.
    revision: String,
    /// Its page as last made, and the page's data (`page.v1`).
    page: String,
    data: Option<String>,
    parts: page::Parts,
    /// What the next drawing keeps of the last one, so that a small edit moves little.
    drawn: Option<Previous>,
}

/// Size and time of change of each file a check read (`None`: missing).
type Fingerprint = Vec<(PathBuf, Option<(u64, std::time::SystemTime)>)>;

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
    timeline: Vec<(String, crate::indicators::report::Counts)>,
}

/// Every theory under the served folder, by the page's path (`spira.html`, `sub/x.html`).
pub struct Site {
    root: PathBuf,
    theories: BTreeMap<String, Theory>,
    overrides: LevelOverrides,
    policy: crate::DataPolicy,
    /// The secret the pages carry for the edit API; `None` for pages that only show.
    token: Option<String>,
    /// With `--share`: the join address and its QR code, shown on the overview.
    join: Option<(String, Option<String>)>,
    /// Theory files left out because they lead outside the folder (symlinks).
    pub outside: Vec<PathBuf>,
}

impl Site {
    /// The site of the theories under `root`, each checked and drawn; its pages carry `token`
    /// for the edit API when there is one.
    pub fn new(
        root: &Path,
        policy: crate::DataPolicy,
        token: Option<String>,
    ) -> crate::Result<Self> {
        let root = std::fs::canonicalize(root).map_err(|e| crate::Error::io("read", root, e))?;
        let mut site = Site {
            root,
            theories: BTreeMap::new(),
            overrides: LevelOverrides::new(),
            policy,
            token,
            join: None,
            outside: Vec::new(),
        };
        site.refresh()?;
        Ok(site)
    }

    /// The folder served.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// How many theories it has.
    pub fn len(&self) -> usize {
        self.theories.len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.theories.is_empty()
    }

    /// Looks at the folder again: new files are added, removed ones dropped, and every theory
    /// whose file or data files changed is checked and drawn anew. The pages that changed, by
    /// their path (`spira.html`).
    pub fn refresh(&mut self) -> crate::Result<Vec<String>> {
        let files = crate::folder::expand(std::slice::from_ref(&self.root))?;
        let mut seen = Vec::new();
        let mut changed = Vec::new();
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
            if self.check(&key, &path) {
                changed.push(key.clone());
            }
            seen.push(key);
        }
        let before = self.theories.len();
        self.theories.retain(|key, _| seen.contains(key));
        if self.theories.len() != before && changed.is_empty() {
            // A theory went away: only the overview changed.
            changed.push(String::new());
        }
        Ok(changed)
    }

    /// Checks and draws the theory at `path` again, unless nothing it read has changed since
    /// its last good check. Whether it did.
    fn check(&mut self, key: &str, path: &Path) -> bool {
        if let Some(theory) = self.theories.get(key) {
            let files: Vec<&Path> = theory.read.iter().map(|(file, _)| file.as_path()).collect();
            if !theory.stale && fingerprint(&files) == theory.read {
                return false;
            }
        }
        let mut sources = Sources::new();
        let checked =
            match crate::check_path_with(&mut sources, path, &self.overrides, &self.policy) {
                Ok(checked) => checked,
                // The file went away between the listing and the read: the next refresh drops it.
                Err(_) => return false,
            };
        let entry = self
            .theories
            .entry(key.to_string())
            .or_insert_with(|| Theory {
                path: path.to_path_buf(),
                errors: Vec::new(),
                stale: false,
                warnings: 0,
                good: None,
                read: Vec::new(),
                revision: String::new(),
                page: String::new(),
                data: None,
                parts: page::Parts::default(),
                drawn: None,
            });
        entry.revision = crate::edit::revision(sources.text(checked.file).as_bytes());
        let tally = Tally::of(&checked.diagnostics);
        entry.warnings = tally.warnings;
        entry.errors = checked
            .diagnostics
            .iter()
            .filter(|d| page::is_error(d))
            .map(|d| JsonDiagnostic::new(&sources, d))
            .collect();
        // A theory still being built (an effect without an indicator yet) is drawn, its errors
        // marked; only one that cannot be drawn keeps the page on the last one that could.
        entry.stale = checked.drawable().is_none();
        if let Some(compiled) = checked.compiled.filter(|_| !entry.stale) {
            let meta = &compiled.theory.meta;
            let card = crate::indicators::report::scorecard(&compiled, None);
            entry.read = fingerprint(&read_by(path, &compiled));
            entry.good = Some(Good {
                name: meta.name.clone(),
                period: meta.period.clone(),
                language: meta.language,
                coverage: crate::indicators::coverage::of_theory(
                    &path.display().to_string(),
                    &compiled,
                )
                .shares,
                summary: card.summary,
                timeline: card.timeline,
                compiled,
                sources,
                diagnostics: checked.diagnostics,
            });
        }
        entry.make_page(self.token.clone());
        true
    }

    /// Removes the temporary files a killed write left beside the theories (see
    /// [`crate::output::remove_stale_temporaries`]).
    pub fn remove_stale_temporaries(&self) {
        let folders: std::collections::BTreeSet<&Path> = self
            .theories
            .values()
            .filter_map(|t| t.path.parent())
            .collect();
        for folder in folders {
            crate::output::remove_stale_temporaries(folder, std::time::Duration::from_secs(60));
        }
    }

    /// Shows `join` (the address the room's laptops join at) and its QR code on the overview.
    pub fn set_join(&mut self, join: &str, code: Option<String>) {
        self.join = Some((join.to_string(), code));
    }

    /// The theory file `file` names (`spira.toml`, `sub/x.toml`, relative to the folder), when
    /// it is one of the site's: the URL is looked up among them, never made into a path.
    pub fn theory_file(&self, file: &str) -> Option<PathBuf> {
        let key = file.strip_suffix(".toml")?;
        self.theories
            .get(&format!("{key}.html"))
            .map(|t| t.path.clone())
    }

    /// The page data (`page.v1`) of the theory in `file`, as its page has it.
    pub fn page_data(&self, file: &str) -> Option<&str> {
        let key = format!("{}.html", file.strip_suffix(".toml")?);
        self.theories.get(&key)?.data.as_deref()
    }

    /// The language of the theory in `file` (`spira.toml`), as its page speaks it.
    pub fn language(&self, file: &str) -> Option<Language> {
        let key = format!("{}.html", file.strip_suffix(".toml")?);
        Some(self.theories.get(&key)?.good.as_ref()?.language)
    }

    /// The theory file of the page at `key` (`spira.html`), relative to the folder as the
    /// edit API names it (`spira.toml`), and the revision of the file its page was made from.
    pub fn revision(&self, key: &str) -> Option<(String, &str)> {
        let theory = self.theories.get(key)?;
        let file = format!("{}.toml", key.strip_suffix(".html")?);
        Some((file, theory.revision.as_str()))
    }

    /// The page at `key` (`spira.html`): the last good diagram with the newest errors on top.
    pub fn page(&self, key: &str) -> Option<String> {
        self.theories.get(key).map(|t| t.page.clone())
    }

    /// The parts of the page at `key` that a page holding the parts hashed `have` lacks, as
    /// JSON (see [`page::Parts::missing`]).
    pub fn parts(&self, key: &str, have: &[&str]) -> Option<String> {
        self.theories.get(key).map(|t| t.parts.missing(have))
    }

    /// The overview page of every theory.
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
                timeline: t
                    .good
                    .as_ref()
                    .map(|g| g.timeline.clone())
                    .unwrap_or_default(),
                // The live overview stays light: each page is a click away.
                thumbnail: None,
            })
            .collect();
        let language = crate::indicators::portfolio::language_of(
            self.theories
                .values()
                .filter_map(|t| t.good.as_ref().map(|g| g.language)),
        );
        let join = self.join.as_ref().map(|(url, code)| page::Join {
            url,
            code: code.as_deref(),
        });
        page::overview(&entries, language, true, page::Beside::default(), join)
    }
}

impl Theory {
    /// Makes the page: the last good version, drawn from its last drawing, with the newest
    /// errors on top.
    fn make_page(&mut self, token: Option<String>) {
        let options = PageOptions {
            live: true,
            token,
            stale: if self.stale {
                self.errors.clone()
            } else {
                Vec::new()
            },
            previous: self.drawn.take(),
        };
        let errors_only = |note: Option<&str>, name: &str, language| {
            page::errors_only(name, language, &self.errors, note, &options)
        };
        let (html, parts, drawn, data) = match &self.good {
            Some(good) => {
                match page::made(&good.compiled, &good.sources, &good.diagnostics, &options) {
                    Ok(made) => (made.html, made.parts, Some(made.previous), Some(made.data)),
                    Err(e) => (
                        errors_only(Some(&e.to_string()), &good.name, good.language),
                        page::Parts::default(),
                        None,
                        None,
                    ),
                }
            }
            None => (
                errors_only(None, &self.path.display().to_string(), Language::En),
                page::Parts::default(),
                None,
                None,
            ),
        };
        self.page = html;
        self.data = data;
        self.parts = parts;
        self.drawn = drawn.or(options.previous);
    }
}

/// The files a theory's check read: the theory and its data files.
fn read_by(path: &Path, compiled: &crate::compile::Compiled) -> Vec<PathBuf> {
    let base = path.parent().unwrap_or(Path::new(""));
    let mut files = vec![path.to_path_buf()];
    for data_file in &compiled.theory.data_files {
        // `data/stegen.xlsx#Mätningar` names a sheet of a workbook.
        let name = data_file.value.as_str();
        files.push(base.join(name.rsplit_once('#').map_or(name, |(file, _)| file)));
    }
    files
}

/// The files as they are now.
fn fingerprint(files: &[impl AsRef<Path>]) -> Fingerprint {
    files
        .iter()
        .map(|file| {
            let file = file.as_ref();
            let state = std::fs::metadata(file)
                .ok()
                .map(|m| (m.len(), m.modified().unwrap_or(std::time::UNIX_EPOCH)));
            (file.to_path_buf(), state)
        })
        .collect()
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
