//! Noticing other writers, and keeping what a crash would lose.
//!
//! - A [`Stamp`] is a hash of a draft file's bytes. The coach remembers the stamp of what it
//!   last read or wrote, and [`Workspace::save_if_unchanged`] refuses to write when the file
//!   now holds something else (git pull, a sync tool, a text editor changed it meanwhile).
//! - `recovery/<id>.toml` holds a draft the coach had in memory when it crashed or could not
//!   save. It is written atomically like every other file. The next start of the coach asks
//!   whether to keep it or the saved copy; whichever is not kept goes to the trash, so nothing
//!   is ever thrown away without a copy.

use std::fs;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use crate::ladder::{Draft, DraftId};

use super::atomic::{Mode, Replace, ensure_private_dir, write_atomic};
use super::read::{ReadError, read_text};
use super::trash::{exists, move_no_replace};
use super::{Unreadable, Workspace, WorkspaceError, drafts, io_error};

/// What a draft file held when it was last read or written (a hash of its bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp(u64);

impl Stamp {
    /// The stamp of these file bytes.
    pub fn of(bytes: &[u8]) -> Stamp {
        let mut hasher = std::hash::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Stamp(hasher.finish())
    }
}

/// A draft found in `recovery/`.
#[derive(Debug, Clone)]
pub struct Recovered {
    /// The recovered draft.
    pub draft: Draft,
    /// The recovery file.
    pub file: PathBuf,
}

impl Workspace {
    /// `<root>/recovery`.
    pub fn recovery_dir(&self) -> PathBuf {
        self.root().join("recovery")
    }

    /// The stamp of the draft file as it is now; `None` when there is no file (or it cannot
    /// be read at all).
    pub fn stamp(&self, id: &DraftId) -> Option<Stamp> {
        // Never waits on a pipe put where the draft was: anything but a regular file gets a
        // stamp of its own, so the save that follows finds the file changed and asks.
        match crate::plain_file::read(&self.draft_path(id), false, super::MAX_FILE_BYTES) {
            Ok(bytes) => Some(Stamp::of(&bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
                Some(Stamp::of(e.to_string().as_bytes()))
            }
            // No file, or none rung can read: the save that follows says why.
            Err(_) => None,
        }
    }

    /// Saves the draft only when its file still holds what `expected` says (`None`: no file).
    pub fn save_if_unchanged(
        &self,
        draft: &Draft,
        expected: Option<Stamp>,
    ) -> Result<Stamp, WorkspaceError> {
        if self.stamp(&draft.id) != expected {
            return Err(WorkspaceError::ChangedOnDisk {
                file: self.draft_path(&draft.id),
            });
        }
        match expected {
            // The file holds exactly what rung last read or wrote, so it is a readable draft
            // of this version: no need to read and parse it again before replacing it.
            Some(_) => {
                self.check_folders()?;
                self.write_draft(draft)
            }
            None => self.save_stamped(draft),
        }
    }

    /// Copies the draft file as it is on disk into the trash (before rung writes over it).
    pub fn copy_to_trash(&self, id: &DraftId) -> Result<PathBuf, WorkspaceError> {
        let from = self.draft_path(id);
        let bytes = crate::plain_file::read(&from, false, super::MAX_FILE_BYTES)
            .map_err(io_error(&from, "read the draft"))?;
        self.put_in_trash(id, |to| {
            write_atomic(to, &bytes, Replace::Never, Mode::Private)
        })
        .map_err(io_error(&from, "copy the draft to the trash"))
    }

    /// Writes a draft from memory into the trash (a version the user chose not to keep).
    pub fn keep_in_trash(&self, draft: &Draft) -> Result<PathBuf, WorkspaceError> {
        let text = drafts::render(draft).map_err(WorkspaceError::Invalid)?;
        self.put_in_trash(&draft.id, |to| {
            write_atomic(to, text.as_bytes(), Replace::Never, Mode::Private)
        })
        .map_err(io_error(&self.trash_dir(), "keep the draft in the trash"))
    }

    /// Writes `recovery/<id>.toml`; an older recovery of the same draft goes to the trash.
    pub fn write_recovery(&self, draft: &Draft) -> Result<PathBuf, WorkspaceError> {
        let dir = self.recovery_dir();
        ensure_private_dir(&dir).map_err(io_error(&dir, "create the recovery folder"))?;
        let path = dir.join(drafts::file_name(&draft.id));
        if exists(&path) {
            self.put_in_trash(&draft.id, |to| move_no_replace(&path, to))
                .map_err(io_error(&path, "move the older recovery to the trash"))?;
        }
        let text = drafts::render(draft).map_err(WorkspaceError::Invalid)?;
        write_atomic(&path, text.as_bytes(), Replace::Never, Mode::Private)
            .map_err(io_error(&path, "write the recovery file"))?;
        Ok(path)
    }

    /// Keeps a draft that could not be saved: in `recovery/<id>.toml` (the next start asks about
    /// it), or, when the workspace cannot be written at all (a full disk, a read-only folder),
    /// in `<state folder>/recovery/<id>.toml` (see [`super::state_dir`]). Says where.
    pub fn keep_aside(&self, draft: &Draft) -> Result<PathBuf, WorkspaceError> {
        let first = match self.write_recovery(draft) {
            Ok(path) => return Ok(path),
            Err(e) => e,
        };
        let Some(dir) = super::state_dir().map(|d| d.join("recovery")) else {
            return Err(first);
        };
        let written = ensure_private_dir(&dir)
            .map_err(io_error(&dir, "create the folder"))
            .and_then(|_| {
                let text = drafts::render(draft).map_err(WorkspaceError::Invalid)?;
                let stamp = jiff::Timestamp::now().as_second();
                let path = dir.join(format!("{}-{stamp}.toml", draft.id));
                write_atomic(&path, text.as_bytes(), Replace::Never, Mode::Private)
                    .map_err(io_error(&path, "write the draft"))?;
                Ok(path)
            });
        written.map_err(|second| {
            WorkspaceError::Invalid(format!("{first}; and outside the workspace: {second}"))
        })
    }

    /// Refuses to move files out of a `recovery/` that is a link or not the user's folder.
    fn check_recovery_dir(&self) -> Result<(), WorkspaceError> {
        let dir = self.recovery_dir();
        super::atomic::check_own_dir(&dir).map_err(io_error(&dir, "use the recovery folder"))
    }

    /// Every draft in `recovery/` (and every recovery file that cannot be read).
    pub fn recovered(&self) -> (Vec<Recovered>, Vec<Unreadable>) {
        let mut found = Vec::new();
        let mut bad = Vec::new();
        // Never read through a link (or someone else's folder) at `recovery/`.
        if super::atomic::check_own_dir(&self.recovery_dir()).is_err() {
            return (found, bad);
        }
        let Ok(entries) = fs::read_dir(self.recovery_dir()) else {
            return (found, bad);
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for file in paths {
            let Some(id) = file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".toml"))
                .and_then(|s| DraftId::parse(s).ok())
            else {
                continue;
            };
            match drafts::read_draft(&file, &id) {
                Ok(draft) => found.push(Recovered { draft, file }),
                Err(e) => bad.push(Unreadable {
                    reason: match e {
                        ReadError::Bad(reason) => reason,
                        ReadError::Io(e) => e.to_string(),
                        ReadError::Missing => continue,
                    },
                    file,
                    id: Some(id),
                }),
            }
        }
        (found, bad)
    }

    /// Keeps the recovered copy: the saved draft (if any) goes to the trash and the recovery
    /// file takes its place.
    pub fn keep_recovered(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        let _lock = self.lock_draft(id)?;
        self.check_recovery_dir()?;
        let from = self.recovery_dir().join(drafts::file_name(id));
        read_text(&from).map_err(|_| WorkspaceError::NotFound(id.clone()))?;
        let draft = self.draft_path(id);
        if exists(&draft) {
            self.put_in_trash(id, |to| move_no_replace(&draft, to))
                .map_err(io_error(&draft, "move the saved draft to the trash"))?;
        }
        move_no_replace(&from, &draft).map_err(io_error(&from, "restore the recovered draft"))?;
        // A recovered file put there by hand may be readable by others: drafts are private.
        let _ = super::atomic::tighten_file(&draft);
        super::atomic::sync_dir(&self.drafts_dir())
            .map_err(io_error(&self.drafts_dir(), "flush the folder"))
    }

    /// Keeps the saved copy: the recovery file goes to the trash.
    pub fn discard_recovered(&self, id: &DraftId) -> Result<PathBuf, WorkspaceError> {
        self.check_recovery_dir()?;
        let from = self.recovery_dir().join(drafts::file_name(id));
        if !exists(&from) {
            return Err(WorkspaceError::NotFound(id.clone()));
        }
        self.put_in_trash(id, |to| move_no_replace(&from, to))
            .map_err(io_error(&from, "move the recovery file to the trash"))
    }
}
