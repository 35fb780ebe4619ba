//! The trash: deleting a draft moves `drafts/<id>.toml` to `trash/<id>.toml`. When the trash
//! already holds that id, the older trashed file is renamed `<id>.<n>.toml` (smallest free n)
//! so both are kept; `restore` brings back the most recently trashed one, and older copies can
//! be restored by renaming them by hand. Nothing here ever unlinks a file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::ladder::DraftId;

/// Where the older copy of a trashed id goes: the first `<id>.<n>.toml` that is free.
pub fn free_older_name(trash_dir: &Path, id: &DraftId) -> PathBuf {
    (1u32..)
        .map(|n| trash_dir.join(format!("{id}.{n}.toml")))
        .find(|p| !exists(p))
        .expect("some suffix is free")
}

/// True when anything (file, folder, dangling link) sits at `path`.
pub fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// Renames `from` to `to`, refusing to replace anything at `to`.
pub fn move_no_replace(from: &Path, to: &Path) -> io::Result<()> {
    if exists(to) {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "the target already exists",
        ));
    }
    fs::rename(from, to)
}
