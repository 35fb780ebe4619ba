//! The workspace on disk: `rung.toml` (format version, roles, settings), `drafts/<id>.toml`
//! one per draft, and `trash/`. Every write is atomic and private; a file rung cannot read, or
//! one written by a newer version, is reported and never overwritten.
//!
//! Choices made here:
//! - `open` creates missing folders (0700, and tightens looser existing ones) and a fresh
//!   `rung.toml`, but never reads or rewrites an existing `rung.toml`: a damaged workspace file
//!   is reported by the operations that need it (roles, settings), while drafts stay usable.
//! - `save` always writes the current draft format version; it re-reads the file it replaces and
//!   refuses when that file is unreadable or newer.
//! - Listings ignore hidden files (temp files, editor locks), subfolders and non-`.toml` files.
//! - No locking: two rung processes saving the same draft race, last rename wins, and neither
//!   can leave a half-written file.

mod atomic;
mod drafts;
mod paths;
mod read;
mod roles;
mod trash;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::ladder::{Draft, DraftId, Style, draft::BadId};

pub use paths::{CONFIG_DIR_ENV, config_dir, packs_dir};
pub use read::MAX_FILE_BYTES;
pub use roles::{is_simple_key, is_year_month};

use atomic::{Replace, ensure_private_dir, write_atomic};
use read::{ReadError, parse_versioned, read_text};

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

/// Turns an io error into [`WorkspaceError::Io`].
fn io_error(path: &Path, action: &'static str) -> impl FnOnce(std::io::Error) -> WorkspaceError {
    let path = path.to_path_buf();
    move |source| WorkspaceError::Io {
        path,
        action,
        source,
    }
}

impl Workspace {
    /// The default workspace folder: the platform data folder (`~/.local/share/rung` on Linux).
    /// `--workspace` and `RUNG_WORKSPACE` are resolved by the caller before this.
    pub fn default_root() -> Option<PathBuf> {
        paths::default_root()
    }

    /// Opens the workspace at `root`, creating the folders and `rung.toml` when missing.
    /// An existing `rung.toml` is never rewritten.
    pub fn open(root: impl Into<PathBuf>) -> Result<Workspace, WorkspaceError> {
        let workspace = Workspace { root: root.into() };
        for dir in [
            workspace.root.clone(),
            workspace.drafts_dir(),
            workspace.trash_dir(),
        ] {
            ensure_private_dir(&dir).map_err(io_error(&dir, "create the folder"))?;
        }
        let file = workspace.file_path();
        if !trash::exists(&file) {
            let text = render_file(&WorkspaceFile::default(), &file)?;
            match write_atomic(&file, text.as_bytes(), Replace::Never) {
                Ok(()) => {}
                // Another rung made it meanwhile: theirs stays.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(io_error(&file, "create the workspace file")(e)),
            }
        }
        Ok(workspace)
    }

    /// The workspace folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `<root>/rung.toml`.
    pub fn file_path(&self) -> PathBuf {
        self.root.join("rung.toml")
    }

    /// `<root>/drafts`.
    pub fn drafts_dir(&self) -> PathBuf {
        self.root.join("drafts")
    }

    /// `<root>/trash`.
    pub fn trash_dir(&self) -> PathBuf {
        self.root.join("trash")
    }

    /// Reads `rung.toml`, refusing one that is unreadable, newer, or fails the role checks.
    pub fn file(&self) -> Result<WorkspaceFile, WorkspaceError> {
        let path = self.file_path();
        let unreadable = |reason: String| WorkspaceError::Unreadable {
            file: path.clone(),
            reason,
        };
        let text = read_text(&path).map_err(|e| match e {
            ReadError::Missing => unreadable(
                "the workspace file is missing; run rung again to create a fresh one".to_string(),
            ),
            ReadError::Io(source) => io_error(&path, "read the workspace file")(source),
            ReadError::Bad(reason) => unreadable(reason),
        })?;
        let file: WorkspaceFile = parse_versioned(&text, WORKSPACE_VERSION).map_err(unreadable)?;
        match roles::problem(&file) {
            Some(problem) => Err(unreadable(format!("{problem}, then try again"))),
            None => Ok(file),
        }
    }

    /// Reads, changes and writes back `rung.toml` in one step; returns the new contents.
    /// Nothing is written when `change` fails or the result fails the role checks.
    pub fn update_file(
        &self,
        change: impl FnOnce(&mut WorkspaceFile) -> Result<(), WorkspaceError>,
    ) -> Result<WorkspaceFile, WorkspaceError> {
        let path = self.file_path();
        let mut file = self.file()?;
        change(&mut file)?;
        file.version = WORKSPACE_VERSION;
        if let Some(problem) = roles::problem(&file) {
            return Err(WorkspaceError::Invalid(format!(
                "{}: {problem}",
                path.display()
            )));
        }
        let text = render_file(&file, &path)?;
        write_atomic(&path, text.as_bytes(), Replace::Yes)
            .map_err(io_error(&path, "write the workspace file"))?;
        Ok(file)
    }

    /// Every role in `rung.toml`, in file order.
    pub fn roles(&self) -> Result<Vec<Role>, WorkspaceError> {
        Ok(self.file()?.roles)
    }

    /// The role with this key, or [`WorkspaceError::UnknownRole`].
    pub fn role(&self, key: &str) -> Result<Role, WorkspaceError> {
        self.file()?
            .roles
            .into_iter()
            .find(|r| r.key == key)
            .ok_or_else(|| WorkspaceError::UnknownRole(key.to_string()))
    }

    /// Adds a role; refuses a key already in use or a role that fails the checks.
    pub fn add_role(&self, role: Role) -> Result<(), WorkspaceError> {
        self.update_file(|file| {
            if file.roles.iter().any(|r| r.key == role.key) {
                return Err(WorkspaceError::RoleExists(role.key.clone()));
            }
            file.roles.push(role);
            Ok(())
        })
        .map(|_| ())
    }

    /// Every draft (newest `updated` first) and every unreadable draft file.
    pub fn list(&self) -> Listing {
        drafts::list(&self.drafts_dir())
    }

    /// Loads one draft.
    pub fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError> {
        let path = self.draft_path(id);
        drafts::read_draft(&path, id).map_err(|e| match e {
            ReadError::Missing => WorkspaceError::NotFound(id.clone()),
            ReadError::Io(source) => io_error(&path, "read the draft")(source),
            ReadError::Bad(reason) => WorkspaceError::Unreadable { file: path, reason },
        })
    }

    /// Writes one draft atomically. Refuses to replace a file on disk that cannot be read or
    /// that a newer version wrote.
    pub fn save(&self, draft: &Draft) -> Result<(), WorkspaceError> {
        let path = self.draft_path(&draft.id);
        match drafts::read_draft(&path, &draft.id) {
            Ok(_) | Err(ReadError::Missing) => {}
            Err(ReadError::Io(source)) => {
                return Err(io_error(&path, "check the draft before saving")(source));
            }
            Err(ReadError::Bad(reason)) => {
                return Err(WorkspaceError::Unreadable { file: path, reason });
            }
        }
        let text = drafts::render(draft)
            .map_err(|reason| WorkspaceError::Invalid(format!("{}: {reason}", path.display())))?;
        write_atomic(&path, text.as_bytes(), Replace::Yes)
            .map_err(io_error(&path, "save the draft"))
    }

    /// A new id not used by any draft or trashed draft.
    pub fn new_id(&self, now: jiff::Timestamp) -> DraftId {
        loop {
            let id = DraftId::generate(now);
            let name = drafts::file_name(&id);
            let taken = trash::exists(&self.drafts_dir().join(&name))
                || trash::exists(&self.trash_dir().join(&name))
                || trash::exists(&self.trash_dir().join(format!("{id}.1.toml")));
            if !taken {
                return id;
            }
        }
    }

    /// Moves a draft to `trash/` (never deletes). When the trash already holds this id, the
    /// older trashed copy is kept as `trash/<id>.<n>.toml`.
    pub fn trash(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        let from = self.draft_path(id);
        if !trash::exists(&from) {
            return Err(WorkspaceError::NotFound(id.clone()));
        }
        let trash_dir = self.trash_dir();
        ensure_private_dir(&trash_dir).map_err(io_error(&trash_dir, "create the folder"))?;
        let to = trash_dir.join(drafts::file_name(id));
        if trash::exists(&to) {
            let older = trash::free_older_name(&trash_dir, id);
            trash::move_no_replace(&to, &older).map_err(io_error(&to, "make room in the trash"))?;
        }
        trash::move_no_replace(&from, &to)
            .map_err(io_error(&from, "move the draft to the trash"))?;
        self.sync_both(&trash_dir)
    }

    /// Moves a draft back from `trash/`; refuses when a draft with this id already exists.
    pub fn restore(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        let trash_dir = self.trash_dir();
        let from = trash_dir.join(drafts::file_name(id));
        if !trash::exists(&from) {
            return Err(WorkspaceError::NotInTrash(id.clone(), trash_dir));
        }
        let to = self.draft_path(id);
        if trash::exists(&to) {
            return Err(WorkspaceError::Invalid(format!(
                "{}: a draft `{id}` already exists, so the trashed one stays in {}; trash or rename the current one first",
                to.display(),
                trash_dir.display()
            )));
        }
        trash::move_no_replace(&from, &to).map_err(io_error(&from, "restore the draft"))?;
        self.sync_both(&trash_dir)
    }

    /// Where a draft's file lives (the id is already validated by its type).
    pub fn draft_path(&self, id: &DraftId) -> PathBuf {
        self.drafts_dir().join(drafts::file_name(id))
    }

    /// Flushes a move between `drafts/` and `trash/` to disk.
    fn sync_both(&self, trash_dir: &Path) -> Result<(), WorkspaceError> {
        let drafts_dir = self.drafts_dir();
        atomic::sync_dir(&drafts_dir).map_err(io_error(&drafts_dir, "flush the folder"))?;
        atomic::sync_dir(trash_dir).map_err(io_error(trash_dir, "flush the folder"))
    }
}

/// The text of `rung.toml`.
fn render_file(file: &WorkspaceFile, path: &Path) -> Result<String, WorkspaceError> {
    toml::to_string(file).map_err(|e| {
        WorkspaceError::Invalid(format!(
            "{}: cannot write the workspace file: {e}",
            path.display()
        ))
    })
}
