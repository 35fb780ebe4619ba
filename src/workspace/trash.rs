//! The trash: deleting a draft moves `drafts/<id>.toml` to `trash/<id>.toml`. When the trash
//! already holds that id, the older trashed file is renamed `<id>.<n>.toml` (smallest free n)
//! so both are kept; `restore` brings back the most recently trashed one, and older copies can
//! be restored from the coach's trash view. Nothing here ever unlinks a file (emptying the
//! trash is `trash_bin.rs`).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::ladder::DraftId;

use super::atomic::{self, ensure_private_dir};
use super::{Workspace, WorkspaceError, drafts, io_error};

impl Workspace {
    /// Moves a draft to `trash/` (never deletes). When the trash already holds this id, the
    /// older trashed copy is kept as `trash/<id>.<n>.toml`.
    pub fn trash(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        self.check_folders()?;
        let from = self.draft_path(id);
        if !exists(&from) {
            return Err(WorkspaceError::NotFound(id.clone()));
        }
        let _lock = self.lock_draft(id)?;
        let to = self
            .put_in_trash(id, |to| move_no_replace(&from, to))
            .map_err(io_error(&from, "move the draft to the trash"))?;
        // The file's time says when it was trashed (the trash view sorts by it).
        // A pipe or link put in place of the draft is moved but not touched.
        let _ = crate::plain_file::touch(&to);
        self.sync_both(&self.trash_dir())
    }

    /// Makes room at `trash/<id>.toml` (an older copy there becomes `<id>.<n>.toml`), then
    /// has `place` put a file there. Returns where it went.
    pub(super) fn put_in_trash(
        &self,
        id: &DraftId,
        place: impl FnOnce(&Path) -> io::Result<()>,
    ) -> io::Result<PathBuf> {
        let trash_dir = self.trash_dir();
        ensure_private_dir(&trash_dir)?;
        let to = trash_dir.join(drafts::file_name(id));
        if exists(&to) {
            move_no_replace(&to, &free_older_name(&trash_dir, id)?)?;
        }
        place(&to)?;
        atomic::sync_dir(&trash_dir)?;
        Ok(to)
    }

    /// Moves a draft back from `trash/`; refuses when a draft with this id already exists.
    pub fn restore(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        self.check_folders()?;
        let trash_dir = self.trash_dir();
        let from = trash_dir.join(drafts::file_name(id));
        if !exists(&from) {
            return Err(WorkspaceError::NotInTrash(id.clone(), trash_dir));
        }
        let to = self.draft_path(id);
        if exists(&to) {
            return Err(WorkspaceError::Invalid(format!(
                "{}: a draft `{id}` already exists, so the trashed one stays in {}; trash or rename the current one first",
                to.display(),
                trash_dir.display()
            )));
        }
        move_no_replace(&from, &to).map_err(io_error(&from, "restore the draft"))?;
        self.sync_both(&trash_dir)
    }

    /// Flushes a move between `drafts/` and `trash/` to disk.
    fn sync_both(&self, trash_dir: &Path) -> Result<(), WorkspaceError> {
        let drafts_dir = self.drafts_dir();
        atomic::sync_dir(&drafts_dir).map_err(io_error(&drafts_dir, "flush the folder"))?;
        atomic::sync_dir(trash_dir).map_err(io_error(trash_dir, "flush the folder"))
    }
}

/// Where the older copy of a trashed id goes: the first `<id>.<n>.toml` that is free.
pub fn free_older_name(trash_dir: &Path, id: &DraftId) -> io::Result<PathBuf> {
    (1..=u32::MAX)
        .map(|n| trash_dir.join(format!("{id}.{n}.toml")))
        .find(|p| !exists(p))
        .ok_or_else(|| io::Error::other("every numbered copy of this draft is taken"))
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
