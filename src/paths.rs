//! Expands the paths given on the command line into the theory files to check.

use crate::Error;
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

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> crate::Result<()> {
    let mut entries = std::fs::read_dir(dir)
        .map_err(|e| Error::io("read", dir, e))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<io::Result<Vec<_>>>()
        .map_err(|e| Error::io("read", dir, e))?;
    // Directory order differs between file systems; sorting keeps output identical everywhere.
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    Ok(())
}
