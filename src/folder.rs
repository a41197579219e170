//! The theory files under the paths a command is given, found and checked with one policy.
//!
//! Every command that reads a folder (`check`, `coverage`, `report`, `build`) goes through
//! [`check_all`], so they agree on which files are theories and on what a file that cannot be
//! read does: it neither stops nor hides the others. It is kept in [`Folder::unreadable`];
//! `check` prints the others' findings and then it, the commands that make something
//! (`coverage`, `report`, `build`) make nothing, and all of them end with exit status 2.
//! (`serve` finds its files with [`expand`] and shows such a file's error on its page.)

use crate::lints::LevelOverrides;
use crate::source::Sources;
use crate::{Checked, DataPolicy, Error};
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

/// The theory files found under the paths given, each checked.
pub struct Folder {
    /// Every file read, with the data files its theory names.
    pub sources: Sources,
    /// The files that could be read, in the order found, with their findings.
    pub theories: Vec<Entry>,
    /// The files that could not be read, as the errors that say why.
    pub unreadable: Vec<Error>,
}

/// One theory file of a [`Folder`].
pub struct Entry {
    /// The file, as found.
    pub path: PathBuf,
    /// What checking it found.
    pub checked: Checked,
}

impl Folder {
    /// Whether no theory file was found at all (an empty folder, or none of its files `.toml`).
    pub fn is_empty(&self) -> bool {
        self.theories.is_empty() && self.unreadable.is_empty()
    }

    /// The number of files found, readable or not.
    pub fn found(&self) -> usize {
        self.theories.len() + self.unreadable.len()
    }
}

/// Finds the theory files under `paths` (see [`expand`]) and checks each, reading them into
/// `sources` (which carries the run's language). Fails only when a path given cannot be read
/// at all; a file found that cannot be read is kept in [`Folder::unreadable`] while the rest
/// are checked.
pub fn check_all(
    sources: Sources,
    paths: &[PathBuf],
    overrides: &LevelOverrides,
    policy: &DataPolicy,
) -> crate::Result<Folder> {
    check_all_telling(sources, paths, overrides, policy, &mut |_, _| {})
}

/// How far a run over many theories has come, told after each: (done, of all).
pub type Tick<'a> = &'a mut dyn FnMut(usize, usize);

/// [`check_all`], telling `tick` after each file, for a progress bar.
pub fn check_all_telling(
    sources: Sources,
    paths: &[PathBuf],
    overrides: &LevelOverrides,
    policy: &DataPolicy,
    tick: Tick,
) -> crate::Result<Folder> {
    let mut folder = Folder {
        sources,
        theories: Vec::new(),
        unreadable: Vec::new(),
    };
    let files = expand(paths)?;
    for (done, path) in files.iter().enumerate() {
        match crate::check_path_with(&mut folder.sources, path, overrides, policy) {
            Ok(checked) => folder.theories.push(Entry {
                path: path.clone(),
                checked,
            }),
            Err(e) => folder.unreadable.push(e),
        }
        tick(done + 1, files.len());
    }
    Ok(folder)
}

/// Files as given, and `*.toml` files found (recursively, sorted) under directories.
pub fn expand(paths: &[PathBuf]) -> crate::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|e| Error::io("read", path, e))?;
        if metadata.is_dir() {
            walk(path, &mut files)?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Collects `*.toml` regular files under `dir`, depth first in sorted order. A directory
/// reached twice (through a symlink back up the tree, or two links to one place) is walked
/// once, so a symlink loop ends instead of recursing forever; the walk keeps its own stack.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> crate::Result<()> {
    let mut seen = HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let real = std::fs::canonicalize(&dir).map_err(|e| Error::io("read", &dir, e))?;
        if !seen.insert(real) {
            continue;
        }
        let mut entries = std::fs::read_dir(&dir)
            .map_err(|e| Error::io("read", &dir, e))?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<io::Result<Vec<_>>>()
            .map_err(|e| Error::io("read", &dir, e))?;
        // Directory order differs between file systems; sorting keeps output identical everywhere.
        entries.sort();
        let mut subdirs = Vec::new();
        for path in entries {
            // A FIFO or device named `x.toml` would block or never end: regular files only.
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => subdirs.push(path),
                Ok(m) if m.is_file() && path.extension().is_some_and(|ext| ext == "toml") => {
                    files.push(path)
                }
                _ => {}
            }
        }
        // Reversed onto the stack, so subfolders are walked in sorted order.
        stack.extend(subdirs.into_iter().rev());
    }
    Ok(())
}
