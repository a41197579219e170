//! Writing output files so that a crash or a full disk never leaves a half-written file.

use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically: into a temporary file beside it, then renamed over it.
/// Either the old file stays as it was or the new one is complete.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> crate::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let context = |e: io::Error| crate::Error::io("write", path, e);
    // Renaming over a device, a pipe or a symlink would replace it with a plain file: as root,
    // `-o /dev/null` would replace the real `/dev/null`. Only new paths and regular files.
    if let Ok(existing) = std::fs::symlink_metadata(path) {
        if !existing.file_type().is_file() {
            return Err(crate::Error::Usage(format!(
                "refusing to replace {}: it is not a regular file",
                path.display()
            )));
        }
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".verkan-").suffix(".tmp");
    // Temporary files are private by default; the output is an ordinary, readable file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut file = builder.tempfile_in(dir).map_err(context)?;
    file.write_all(bytes).map_err(context)?;
    file.as_file().sync_all().map_err(context)?;
    file.persist(path).map_err(|e| context(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.svg");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing/out.svg");
        let error = write_atomic(&path, b"x").unwrap_err();
        assert!(error.to_string().contains("out.svg"), "{error}");
    }
}
