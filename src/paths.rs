//! Expands the paths given on the command line into the theory files to check.

use crate::Error;
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

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
