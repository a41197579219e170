//! Writing output files so that a crash or a full disk never leaves a half-written file.

use std::io::{self, Write};
use std::path::Path;

/// How verkan's temporary files are named: `.verkan-XXXXXX.tmp`.
const TEMPORARY: (&str, &str) = (".verkan-", ".tmp");

/// A temporary file younger than this may be one whose writer has not locked it yet.
const UNLOCKED_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

/// Removes verkan's temporary files in `dir` that no write is still making: what a write killed
/// before its rename (SIGKILL, power cut) left behind. A writer holds a lock on its temporary
/// file until the rename, and the kernel lets go of a dead process's locks, so one that can be
/// locked is abandoned (once a second old: its writer may not have locked it yet); one older
/// than `age` goes in any case (a file system without locks). Returns how many were removed;
/// a folder that cannot be read is left alone.
pub fn remove_stale_temporaries(dir: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMPORARY.0) && name.ends_with(TEMPORARY.1)) {
            continue;
        }
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let elapsed = metadata
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .unwrap_or_default();
        let abandoned = elapsed > UNLOCKED_GRACE
            && std::fs::File::open(entry.path()).is_ok_and(|f| f.try_lock().is_ok());
        if metadata.is_file()
            && (abandoned || elapsed > age)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

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
            return Err(crate::Error::Usage(crate::t!(
                "not-a-regular-file",
                path = path.display().to_string()
            )));
        }
    }
    let file = complete_temporary(dir, bytes).map_err(context)?;
    // A file written over keeps its mode (a theory file the group may write stays so).
    if let Ok(existing) = std::fs::metadata(path) {
        file.as_file()
            .set_permissions(existing.permissions())
            .map_err(context)?;
    }
    file.persist(path).map_err(|e| context(e.error))?;
    Ok(())
}

/// Writes `bytes` to `path` only if nothing is there, atomically: a file that appeared in the
/// meantime is never replaced. Returns `Ok(false)` when `path` already exists.
pub fn write_new(path: &Path, bytes: &[u8]) -> crate::Result<bool> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let context = |e: io::Error| crate::Error::io("write", path, e);
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(false);
    }
    let file = complete_temporary(dir, bytes).map_err(context)?;
    match file.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(context(e.error)),
    }
}

/// A temporary file in `dir` holding `bytes`, flushed to disk.
fn complete_temporary(dir: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMPORARY.0).suffix(TEMPORARY.1);
    // Temporary files are private by default; the output is an ordinary, readable file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut file = builder.tempfile_in(dir)?;
    // Held until the file is renamed and closed: while it is, the file is not abandoned (see
    // `remove_stale_temporaries`). Where locks are not supported, age alone tells.
    let _ = file.as_file().lock();
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    Ok(file)
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

    #[cfg(unix)]
    #[test]
    fn a_file_written_over_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("spira.toml");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomic(&path, b"new").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o664);
        // A new file is an ordinary readable one.
        let fresh = dir.path().join("new.svg");
        write_atomic(&fresh, b"x").unwrap();
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
    }

    #[test]
    fn stale_temporaries_are_removed_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".verkan-abc123.tmp");
        let fresh = dir.path().join(".verkan-def456.tmp");
        let other = dir.path().join(".other.tmp");
        for path in [&old, &fresh, &other] {
            std::fs::write(path, "x").unwrap();
        }
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for path in [&old, &other] {
            std::fs::File::options()
                .write(true)
                .open(path)
                .unwrap()
                .set_modified(hour_ago)
                .unwrap();
        }
        let removed = remove_stale_temporaries(dir.path(), std::time::Duration::from_secs(60));
        assert_eq!(removed, 1);
        assert!(!old.exists() && fresh.exists() && other.exists());
    }

    #[test]
    fn an_abandoned_temporary_goes_at_once_and_one_being_written_stays() {
        let dir = tempfile::tempdir().unwrap();
        let abandoned = dir.path().join(".verkan-aaa111.tmp");
        let writing = dir.path().join(".verkan-bbb222.tmp");
        let seconds_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(5);
        for path in [&abandoned, &writing] {
            std::fs::write(path, "x").unwrap();
            std::fs::File::options()
                .write(true)
                .open(path)
                .unwrap()
                .set_modified(seconds_ago)
                .unwrap();
        }
        // A writer still at work holds its lock.
        let writer = std::fs::File::open(&writing).unwrap();
        writer.lock().unwrap();
        let removed = remove_stale_temporaries(dir.path(), std::time::Duration::from_secs(60));
        assert_eq!(removed, 1);
        assert!(!abandoned.exists() && writing.exists());
        drop(writer);
        assert_eq!(
            remove_stale_temporaries(dir.path(), std::time::Duration::from_secs(60)),
            1,
            "once its writer is gone"
        );
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing/out.svg");
        let error = write_atomic(&path, b"x").unwrap_err();
        assert!(error.to_string().contains("out.svg"), "{error}");
    }
}
