//! Atomic, private writes: a temp file in the target's folder is written, synced, made 0600
//! and renamed over the target, then the folder itself is synced. A crash leaves either the old
//! file or the new one, never half of one; a leftover temp file is named `.rung-*.tmp`, which
//! listings ignore. A symbolic link at the target is never replaced or written through.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// File mode for everything rung writes.
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;
/// Folder mode for every folder rung creates.
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;

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

/// Writes `bytes` to `target` atomically with mode 0600.
pub fn write_atomic(target: &Path, bytes: &[u8], replace: Replace) -> io::Result<()> {
    if is_link(target) {
        return Err(io::Error::other(
            "it is a symbolic link, and rung never writes through one",
        ));
    }
    let dir = target
        .parent()
        .ok_or_else(|| io::Error::other("the file has no parent folder"))?;
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.flush()?;
    set_private(temp.as_file())?;
    temp.as_file().sync_all()?;
    match replace {
        Replace::Yes => temp.persist(target).map_err(|e| e.error)?,
        Replace::Never => temp.persist_noclobber(target).map_err(|e| e.error)?,
    };
    sync_dir(dir)
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

#[cfg(unix)]
fn set_private(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(FILE_MODE))
}

#[cfg(not(unix))]
fn set_private(_file: &File) -> io::Result<()> {
    Ok(())
}

/// True when `path` is a symbolic link (dangling or not).
pub fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The permission bits (with set-id and sticky bits) of a regular file or folder that others
/// may use (group or world bits set); `None` when it is private, missing, or a link.
pub fn loose_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::symlink_metadata(path).ok()?;
        let mode = meta.permissions().mode() & 0o7777;
        (!meta.file_type().is_symlink() && mode & 0o077 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Makes an existing file 0600 (never through a link).
pub fn tighten_file(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if !is_link(path) {
            fs::set_permissions(path, fs::Permissions::from_mode(FILE_MODE))?;
        }
    }
    let _ = path;
    Ok(())
}

/// Makes an existing folder 0700 (never through a link). Only `rung doctor --fix` does this,
/// and only in a folder that holds a `rung.toml`.
pub fn tighten_dir(dir: &Path) -> io::Result<()> {
    check_own_dir(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(DIR_MODE))?;
    }
    Ok(())
}

/// Why rung must not write into the existing `dir`: a symbolic link (rung never writes through
/// one inside the workspace), not a folder, or a folder owned by another user.
pub fn check_own_dir(dir: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(dir)?;
    if meta.file_type().is_symlink() {
        return Err(io::Error::other(
            "it is a symbolic link, and rung never writes through one in the workspace; replace it with a real folder",
        ));
    }
    if !meta.is_dir() {
        return Err(io::Error::other(
            "it is not a folder; move it away so rung can make the folder",
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me {
            return Err(io::Error::other(format!(
                "it belongs to another user (uid {}); rung writes only into your own folders",
                meta.uid()
            )));
        }
    }
    Ok(())
}

/// Creates `dir` (and missing parents) as private folders (0700). An existing `dir` is never
/// changed: it is refused when it is a symbolic link, not a folder, or someone else's (see
/// [`check_own_dir`]), and its mode is returned when others may use it, so the caller can warn.
pub fn ensure_private_dir(dir: &Path) -> io::Result<Option<u32>> {
    if fs::symlink_metadata(dir).is_ok() {
        check_own_dir(dir)?;
        return Ok(loose_mode(dir));
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(DIR_MODE);
    }
    builder.create(dir)?;
    check_own_dir(dir)?;
    Ok(None)
}
