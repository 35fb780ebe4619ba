//! What can go wrong in the workspace, one variant per kind, each message naming the file and
//! what to do.

use std::path::{Path, PathBuf};

use crate::ladder::DraftId;
use crate::ladder::draft::BadId;

/// What can go wrong in the workspace. Every message names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// A draft id from outside was not well formed.
    #[error(transparent)]
    BadId(#[from] BadId),
    /// No draft with this id in `drafts/`.
    #[error("no draft `{0}` in this workspace (see `rung list`)")]
    NotFound(DraftId),
    /// No draft with this id in `trash/` (the folder).
    #[error("no draft `{0}` in the trash (see the files in {1})")]
    NotInTrash(DraftId, PathBuf),
    /// A file rung cannot read, or one a newer rung wrote; it is never overwritten.
    #[error("{}: {reason}; rung leaves this file untouched", file.display())]
    Unreadable {
        /// The file.
        file: PathBuf,
        /// What is wrong and what to do, with the line when known.
        reason: String,
    },
    /// The file system refused.
    #[error("{}: cannot {action}: {source}; check that the path exists and that you may use it", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What rung was doing, e.g. `save the draft`.
        action: &'static str,
        /// The underlying error.
        source: std::io::Error,
    },
    /// No role with this key in `rung.toml`.
    #[error("no role `{0}` (add it with `rung role add {0} --company ... --title ...`)")]
    UnknownRole(String),
    /// A role with this key is already in `rung.toml`.
    #[error("a role `{0}` already exists; pick another key or edit the existing role")]
    RoleExists(String),
    /// A change was refused; the message names the file and the fix.
    #[error("{0}")]
    Invalid(String),
    /// Another rung process has this draft open.
    #[error("draft `{id}` is open in another rung window{}; close it there first", pid.map(|p| format!(" (process {p})")).unwrap_or_default())]
    Locked {
        /// The draft.
        id: DraftId,
        /// The holder's process id, when the lock file says.
        pid: Option<u32>,
    },
    /// The draft on disk changed since this process last read or wrote it.
    #[error("{}: changed on disk since rung opened it (another program wrote it); nothing was written", file.display())]
    ChangedOnDisk {
        /// The draft file.
        file: PathBuf,
    },
}

/// Turns an io error into [`WorkspaceError::Io`].
pub(super) fn io_error(
    path: &Path,
    action: &'static str,
) -> impl FnOnce(std::io::Error) -> WorkspaceError {
    let path = path.to_path_buf();
    move |source| WorkspaceError::Io {
        path,
        action,
        source,
    }
}
