//! The workspace on disk: `rung.toml` (format version, roles, settings), `drafts/<id>.toml`
//! one per draft, and `trash/`. Every write is atomic and private; a file rung cannot read, or
//! one written by a newer version, is reported and never overwritten.
//!
//! SKELETON: the signatures are fixed; bodies are being written.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::ladder::{Draft, DraftId, Style, draft::BadId};

/// The `rung.toml` format this build writes.
pub const WORKSPACE_VERSION: u32 = 1;

/// A role on the resume: a job with a company, a title and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// Short key used on the command line, e.g. `acme`.
    pub key: String,
    pub company: String,
    pub title: String,
    /// `YYYY-MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// `YYYY-MM`; absent for a current role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default)]
    pub current: bool,
}

/// Workspace-wide settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The pack new drafts use.
    pub pack: String,
    /// The style new drafts start in.
    pub style: Style,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            pack: crate::ladder::pack::DEFAULT_PACK.to_string(),
            style: Style::default(),
        }
    }
}

/// The contents of `rung.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceFile {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default, rename = "role")]
    pub roles: Vec<Role>,
}

impl Default for WorkspaceFile {
    fn default() -> Self {
        WorkspaceFile {
            version: WORKSPACE_VERSION,
            settings: Settings::default(),
            roles: Vec::new(),
        }
    }
}

/// A draft file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The file, inside `drafts/`.
    pub file: PathBuf,
    /// The id from the file name, when the name is a valid id.
    pub id: Option<DraftId>,
    /// What is wrong, for the user (includes the line when known).
    pub reason: String,
}

/// Every draft in the workspace, newest first, and every file that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub drafts: Vec<Draft>,
    pub unreadable: Vec<Unreadable>,
}

/// What can go wrong in the workspace. Every message names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error(transparent)]
    BadId(#[from] BadId),
    #[error("no draft `{0}` in this workspace (see `rung list`)")]
    NotFound(DraftId),
    #[error("no draft `{0}` in the trash (see the files in {1})")]
    NotInTrash(DraftId, PathBuf),
    #[error("{}: {reason}; rung leaves this file untouched", file.display())]
    Unreadable { file: PathBuf, reason: String },
    #[error("{}: cannot {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
    #[error("no role `{0}` (add it with `rung role add {0} --company ... --title ...`)")]
    UnknownRole(String),
    #[error("a role `{0}` already exists")]
    RoleExists(String),
    #[error("{0}")]
    Invalid(String),
}

/// A workspace folder.
#[derive(Debug, Clone)]
pub struct Workspace {
    root: PathBuf,
}

impl Workspace {
    /// The default workspace folder: the platform data folder (`~/.local/share/rung` on Linux).
    /// `--workspace` and `RUNG_WORKSPACE` are resolved by the caller before this.
    pub fn default_root() -> Option<PathBuf> {
        todo!()
    }

    /// Opens the workspace at `root`, creating the folders and `rung.toml` when missing.
    pub fn open(root: impl Into<PathBuf>) -> Result<Workspace, WorkspaceError> {
        let _ = root.into();
        todo!()
    }

    /// The workspace folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Reads `rung.toml`.
    pub fn file(&self) -> Result<WorkspaceFile, WorkspaceError> {
        todo!()
    }

    /// Reads, changes and writes back `rung.toml` in one step; returns the new contents.
    pub fn update_file(
        &self,
        change: impl FnOnce(&mut WorkspaceFile) -> Result<(), WorkspaceError>,
    ) -> Result<WorkspaceFile, WorkspaceError> {
        let _ = change;
        todo!()
    }

    /// Every draft (newest `updated` first) and every unreadable draft file.
    pub fn list(&self) -> Listing {
        todo!()
    }

    /// Loads one draft.
    pub fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError> {
        let _ = id;
        todo!()
    }

    /// Writes one draft atomically. Refuses to replace a file on disk that cannot be read or
    /// that a newer version wrote.
    pub fn save(&self, draft: &Draft) -> Result<(), WorkspaceError> {
        let _ = draft;
        todo!()
    }

    /// A new id not used by any draft or trashed draft.
    pub fn new_id(&self, now: jiff::Timestamp) -> DraftId {
        let _ = now;
        todo!()
    }

    /// Moves a draft to `trash/` (never deletes).
    pub fn trash(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        let _ = id;
        todo!()
    }

    /// Moves a draft back from `trash/`.
    pub fn restore(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        let _ = id;
        todo!()
    }

    /// Where a draft's file lives (the id is already validated by its type).
    pub fn draft_path(&self, id: &DraftId) -> PathBuf {
        self.root.join("drafts").join(format!("{id}.toml"))
    }
}

// TEMPORARY (lead): stubs so the CLI compiles before the workspace branch lands.
/// The folder of the user's own packs.
pub fn packs_dir() -> Option<PathBuf> {
    None
}
impl Workspace {
    /// Adds a role.
    pub fn add_role(&self, role: Role) -> Result<(), WorkspaceError> {
        let _ = role;
        todo!()
    }
}
