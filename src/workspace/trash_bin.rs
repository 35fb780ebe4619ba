//! What the trash holds, for the coach's trash view: listing it (newest first), bringing one
//! file back, and emptying it. Emptying is the one place rung unlinks a draft file, and it
//! only ever removes plain files named like rung's own trash files (`<id>.toml` and the older
//! copies `<id>.<n>.toml`); anything else in the folder stays where it is.

use std::fs;
use std::path::Path;

use crate::ladder::{Draft, DraftId};

use super::read::ReadError;
use super::trash::{exists, move_no_replace};
use super::{Workspace, WorkspaceError, atomic, drafts, io_error, read};

/// One file in the trash.
#[derive(Debug, Clone, PartialEq)]
pub struct Trashed {
    /// The file name inside `trash/`.
    pub name: String,
    /// The draft's id (from the file name).
    pub id: DraftId,
    /// The draft, or why it cannot be read.
    pub draft: Result<Draft, String>,
    /// When it went into the trash (the file's modification time, which trashing sets).
    pub trashed: Option<jiff::Timestamp>,
}

/// The id of a file name rung gives trashed drafts (`<id>.toml`, `<id>.<n>.toml`), or `None`
/// for any other name.
pub fn trashed_id(name: &str) -> Option<DraftId> {
    let stem = name.strip_suffix(".toml")?;
    if let Ok(id) = DraftId::parse(stem) {
        return Some(id);
    }
    let (id, n) = stem.rsplit_once('.')?;
    let numbered = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    numbered.then(|| DraftId::parse(id).ok()).flatten()
}

impl Workspace {
    /// Every file of rung's own in the trash, newest first (files of unknown age last).
    pub fn list_trash(&self) -> Result<Vec<Trashed>, WorkspaceError> {
        self.check_trash()?;
        let dir = self.trash_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_error(&dir, "read the trash")(e)),
        };
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(id) = trashed_id(&name) else {
                continue;
            };
            let path = entry.path();
            let draft = drafts::read_draft(&path, &id).map_err(|e| match e {
                ReadError::Missing => "gone while listing".to_string(),
                ReadError::Io(e) => e.to_string(),
                ReadError::Bad(reason) => reason,
            });
            let trashed = fs::symlink_metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| jiff::Timestamp::try_from(t).ok());
            out.push(Trashed {
                name,
                id,
                draft,
                trashed,
            });
        }
        out.sort_by(|a, b| b.trashed.cmp(&a.trashed).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    /// Brings the trashed file `name` back as `drafts/<id>.toml`; refuses when that draft
    /// exists or the name is not one of rung's trash files. Returns the id.
    pub fn restore_trashed(&self, name: &str) -> Result<DraftId, WorkspaceError> {
        self.check_trash()?;
        let dir = self.trash_dir();
        let id = trashed_id(name).ok_or_else(|| {
            WorkspaceError::Invalid(format!(
                "{}: not a file rung put in the trash",
                dir.join(name).display()
            ))
        })?;
        let from = dir.join(name);
        if !exists(&from) {
            return Err(WorkspaceError::NotInTrash(id, dir));
        }
        let to = self.draft_path(&id);
        if exists(&to) {
            return Err(WorkspaceError::Invalid(format!(
                "{}: a draft `{id}` already exists, so the trashed one stays in the trash; trash or rename the current one first",
                to.display()
            )));
        }
        move_no_replace(&from, &to).map_err(io_error(&from, "restore the draft"))?;
        let drafts_dir = self.drafts_dir();
        atomic::sync_dir(&drafts_dir).map_err(io_error(&drafts_dir, "flush the folder"))?;
        atomic::sync_dir(&dir).map_err(io_error(&dir, "flush the folder"))?;
        Ok(id)
    }

    /// Deletes for good every plain file in the trash named like rung's own trash files.
    /// Returns how many were removed and how many other entries were left alone.
    pub fn empty_trash(&self) -> Result<(usize, usize), WorkspaceError> {
        self.check_trash()?;
        let dir = self.trash_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((0, 0)),
            Err(e) => return Err(io_error(&dir, "read the trash")(e)),
        };
        let (mut removed, mut left) = (0, 0);
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if trashed_id(&name).is_none() || !is_plain_file(&path) {
                left += 1;
                continue;
            }
            fs::remove_file(&path).map_err(io_error(&path, "delete the trashed draft"))?;
            removed += 1;
        }
        atomic::sync_dir(&dir).map_err(io_error(&dir, "flush the folder"))?;
        Ok((removed, left))
    }

    /// Refuses a trash folder that is a link or not a folder.
    fn check_trash(&self) -> Result<(), WorkspaceError> {
        let dir = self.trash_dir();
        match read::not_a_plain_file(&dir) {
            Some(reason) => Err(WorkspaceError::Unreadable { file: dir, reason }),
            None => Ok(()),
        }
    }
}

/// True for a regular file (not a link, folder, pipe or device).
fn is_plain_file(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rungs_own_names_are_trash_files() {
        assert!(trashed_id("20261122-abcde.toml").is_some());
        assert_eq!(
            trashed_id("20261122-abcde.3.toml").map(|i| i.to_string()),
            Some("20261122-abcde".into())
        );
        for other in [
            "notes.txt",
            "README",
            ".toml",
            "a.b.toml",
            "x.1.2.toml",
            "Big.toml",
        ] {
            assert!(trashed_id(other).is_none(), "{other}");
        }
    }
}
