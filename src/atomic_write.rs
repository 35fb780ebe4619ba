//! The one way rung writes a file: a temp file in the target's folder is written, synced, given
//! its mode and renamed over the target, then the folder is synced. A crash leaves either the old
//! file or the new one, never half of one. A leftover temp file is named `.rung-*.tmp`, which
//! workspace listings ignore. A symbolic link at the target is never replaced or written through:
//! callers that mean to update the file a link points to resolve it first.

use std::fs::{self, File, Permissions};
use std::io::{self, Write};
use std::path::Path;

/// File mode for everything rung writes in its workspace.
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Prefix of temp files; never a valid draft id, so they can never pass for a draft.
pub const TEMP_PREFIX: &str = ".rung-";
/// Suffix of temp files.
pub const TEMP_SUFFIX: &str = ".tmp";

/// How a write treats a file already at the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Rename over whatever is there.
    Yes,
    /// Fail with `AlreadyExists` and leave the existing file alone.
    Never,
}

/// The mode the written file gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// 0600, always (rung's own files).
    Private,
    /// The mode of the file being replaced, so a resume other tools read stays readable to
    /// them; 0600 for a new file.
    KeepExisting,
    /// These permissions (a backup made like the file it backs up).
    Like(Permissions),
}

/// Writes `bytes` to `target` atomically.
pub fn write_atomic(target: &Path, bytes: &[u8], replace: Replace, mode: Mode) -> io::Result<()> {
    if is_link(target) {
        return Err(io::Error::other(
            "it is a symbolic link, and rung never writes through one",
        ));
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let keep = match mode {
        Mode::KeepExisting => fs::metadata(target).ok().map(|m| m.permissions()),
        Mode::Like(permissions) => Some(permissions),
        Mode::Private => None,
    };
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(without_temp_name)?;
    // Through the file itself: the temp file's own writer adds its hidden name to every
    // error, and the user only knows the file they asked for.
    temp.as_file_mut().write_all(bytes)?;
    temp.as_file_mut().flush()?;
    match keep {
        Some(permissions) => temp.as_file().set_permissions(permissions)?,
        None => set_private(temp.as_file())?,
    }
    temp.as_file().sync_all()?;
    match replace {
        Replace::Yes => temp.persist(target).map_err(|e| e.error)?,
        Replace::Never => temp.persist_noclobber(target).map_err(|e| e.error)?,
    };
    sync_dir(dir)
}

/// The error under tempfile's wrapper, which names the hidden temp file: the user only knows
/// the file they asked for, and the message names that.
fn without_temp_name(e: io::Error) -> io::Error {
    let message = e.to_string();
    match message.rfind(" at path \"") {
        Some(at) => io::Error::new(e.kind(), message.get(..at).unwrap_or_default().to_string()),
        None => e,
    }
}

/// What the user can do about a failed write, as a clause to add after the error: a full disk,
/// a missing folder or one rung may not write to. Empty for anything else.
pub fn advice(e: &io::Error) -> &'static str {
    match e.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            "; the disk is full: free some space, or write the file elsewhere"
        }
        io::ErrorKind::NotFound => {
            "; its folder does not exist: create it first, or write the file elsewhere"
        }
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            "; rung may not write there: check the folder's permissions, or write the file elsewhere"
        }
        _ => "",
    }
}

/// Flushes a folder's entries (renames, new files) to disk. A no-op where folders cannot be
/// opened as files.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// True when `path` is a symbolic link (dangling or not).
pub fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(unix)]
fn set_private(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(Permissions::from_mode(FILE_MODE))
}

#[cfg(not(unix))]
fn set_private(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_and_a_closed_folder_say_what_to_do() {
        let full = io::Error::from(io::ErrorKind::StorageFull);
        assert!(advice(&full).contains("free some space"));
        let closed = io::Error::from(io::ErrorKind::PermissionDenied);
        assert!(advice(&closed).contains("permissions"));
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone").join("x.md");
        let err = write_atomic(&gone, b"x", Replace::Yes, Mode::Private).unwrap_err();
        assert!(!err.to_string().contains(TEMP_PREFIX), "{err}");
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert!(advice(&missing).contains("create it first"));
        assert_eq!(advice(&io::Error::other("odd")), "");
    }

    #[test]
    fn a_replaced_file_keeps_its_mode_only_when_asked() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("resume.json");
        fs::write(&file, "old").unwrap();
        fs::set_permissions(&file, Permissions::from_mode(0o644)).unwrap();
        write_atomic(&file, b"new", Replace::Yes, Mode::KeepExisting).unwrap();
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            (fs::read_to_string(&file).unwrap().as_str(), mode),
            ("new", 0o644)
        );
        write_atomic(&file, b"newer", Replace::Yes, Mode::Private).unwrap();
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn never_replaces_when_told_not_to_or_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        fs::write(&file, "old").unwrap();
        let err = write_atomic(&file, b"new", Replace::Never, Mode::Private).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(write_atomic(&link, b"new", Replace::Yes, Mode::Private).is_err());
        assert_eq!(fs::read_to_string(&file).unwrap(), "old");
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 2, "no temp file is left behind");
    }
}
