//! The workspace's folders and modes: private folders, tightening, and the checks before rung
//! writes into a folder. Files themselves are written by [`crate::atomic_write`].

use std::fs;
use std::io;
use std::path::Path;

pub use crate::atomic_write::{
    FILE_MODE, Mode, Replace, TEMP_PREFIX, TEMP_SUFFIX, is_link, sync_dir, write_atomic,
};

/// Folder mode for every folder rung creates.
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;

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
