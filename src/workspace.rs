//! The workspace on disk: `rung.toml` (format version, roles, settings), `drafts/<id>.toml`
//! one per draft, `trash/`, and `quarantine/` (broken files moved there by `rung doctor --fix`,
//! see [`doctor`]). Every write is atomic and private; a file rung cannot read, or one written
//! by a newer version, is reported and never overwritten.
//!
//! Choices made here:
//! - `open` creates missing folders (0700, and tightens looser existing ones) and a fresh
//!   `rung.toml`, but never reads or rewrites an existing `rung.toml`: a damaged workspace file
//!   is reported by the operations that need it (roles, settings), while drafts stay usable.
//! - `save` always writes the current draft format version; it re-reads the file it replaces and
//!   refuses when that file is unreadable or newer.
//! - Listings ignore hidden files (temp files, editor locks), subfolders and non-`.toml` files.
//! - Locks (`lock.rs`): a draft open in the coach is locked against other rung processes, and
//!   `rung.toml` is locked while it is changed. A writer that is not rung (git, a sync tool, an
//!   editor) is noticed by the draft's [`Stamp`] before rung saves over it.
//! - Recovery (`recovery.rs`): when the coach crashes, the draft in memory goes to
//!   `recovery/<id>.toml`, and the next start asks whether to keep it or the saved copy; the
//!   copy not chosen goes to the trash.
//! - Symbolic links are never followed inside the workspace: a draft, `rung.toml`, `drafts/` or
//!   `trash/` that is a link is reported as unreadable (with where it points) and never written
//!   through or replaced. The workspace folder itself may be a link (it is the user's choice).
//! - A file or folder others may read is tightened (0600 / 0700) when rung writes it or opens
//!   the folder, and a notice says so ([`Workspace::take_notices`]); the CLI prints notices on
//!   stderr, the TUI on the status line.

mod atomic;
mod choice;
pub mod doctor;
mod drafts;
mod error;
pub mod extra;
mod index;
mod lock;
mod paths;
mod read;
mod recovery;
mod roles;
mod trash;
mod trash_bin;
mod workspace_file;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::ladder::{Draft, DraftId, Style};

pub use choice::LastChoice;
pub use error::WorkspaceError;
use error::io_error;
pub use index::{PREVIEW_ROWS, Preview};
pub use lock::{DraftLock, FileLock};
pub use paths::{CONFIG_DIR_ENV, STATE_DIR_ENV, config_dir, packs_dir, refused_root, state_dir};
pub use read::MAX_FILE_BYTES;
pub use recovery::Stamp;
pub use roles::{is_simple_key, is_year_month, role_problem};
pub use trash_bin::{Trashed, trashed_id};

use atomic::{Mode, Replace, ensure_private_dir, write_atomic};
use read::ReadError;
pub use read::not_a_plain_file;
use workspace_file::render_file;

/// A draft as the text of its file (what `drafts/<id>.toml` would hold), for showing it to the
/// user when it cannot be written anywhere.
pub fn draft_text(draft: &Draft) -> Result<String, String> {
    drafts::render(draft)
}

/// The `rung.toml` format this build writes.
pub const WORKSPACE_VERSION: u32 = 1;

/// A role on the resume: a job with a company, a title and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// Short key used on the command line, e.g. `acme`.
    pub key: String,
    /// The employer, as it should read on the resume.
    pub company: String,
    /// The job title.
    pub title: String,
    /// `YYYY-MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// `YYYY-MM`; absent for a current role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// True while the user still holds this role (then there is no `end`).
    #[serde(default)]
    pub current: bool,
    /// The question pack new drafts of this role start with (else the workspace's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
}

/// Workspace-wide settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The pack new drafts use.
    pub pack: String,
    /// The style new drafts start in.
    pub style: Style,
    /// The job description the coach's match panel loaded last (an absolute path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jd: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            pack: crate::ladder::pack::DEFAULT_PACK.to_string(),
            style: Style::default(),
            jd: None,
        }
    }
}

/// The contents of `rung.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceFile {
    /// The format version; files newer than [`WORKSPACE_VERSION`] are never rewritten.
    pub version: u32,
    /// The user's name (`name = "..."`), which RenderCV prints at the top and names its files
    /// after; asked once by `rung export --format rendercv` at a terminal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Workspace-wide settings (`[settings]`).
    #[serde(default)]
    pub settings: Settings,
    /// The roles (`[[role]]`), in file order.
    #[serde(default, rename = "role", skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// What the file held beyond what rung knows, written back as it was.
    #[serde(skip)]
    pub extra: crate::ladder::Extra,
}

impl Default for WorkspaceFile {
    fn default() -> Self {
        WorkspaceFile {
            version: WORKSPACE_VERSION,
            name: None,
            settings: Settings::default(),
            roles: Vec::new(),
            extra: crate::ladder::Extra::default(),
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
    /// Readable drafts, newest `updated` first, ties by id.
    pub drafts: Vec<Draft>,
    /// Files in `drafts/` that rung will not touch, sorted by file name.
    pub unreadable: Vec<Unreadable>,
    /// Things rung did that the user should hear about (permissions tightened), filled in by a
    /// face that hears notices through listings (the TUI); empty from [`Workspace::list`].
    pub notices: Vec<String>,
}

/// A workspace folder.
#[derive(Debug, Clone)]
pub struct Workspace {
    root: PathBuf,
    /// Notices not yet taken (shared by clones).
    notices: Arc<Mutex<Vec<String>>>,
    /// False for a throwaway workspace: nothing is written into `.rung/`.
    remembers: bool,
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
        let workspace = Workspace {
            root: root.into(),
            notices: Arc::default(),
            remembers: true,
        };
        if let Some(reason) = paths::refused_root(&workspace.root) {
            return Err(WorkspaceError::Invalid(format!(
                "{}: {reason}; give rung a folder of its own with --workspace or RUNG_WORKSPACE, e.g. ~/resume",
                workspace.root.display()
            )));
        }
        let own = trash::exists(&workspace.file_path());
        // The workspace folder itself may be a link (the user's choice): what it points to is
        // checked. A link at `drafts/` or `trash/` is reported when they are used.
        let real_root = std::fs::canonicalize(&workspace.root).unwrap_or(workspace.root.clone());
        let mut dirs = vec![(workspace.root.clone(), real_root)];
        for dir in [workspace.drafts_dir(), workspace.trash_dir()] {
            if !atomic::is_link(&dir) {
                dirs.push((dir.clone(), dir));
            }
        }
        for (shown, dir) in dirs {
            let loose = ensure_private_dir(&dir).map_err(io_error(&shown, "use the folder"))?;
            if let Some(mode) = loose {
                workspace.notice_loose(&shown, mode, own);
            }
        }
        let file = workspace.file_path();
        if !trash::exists(&file) {
            let text = render_file(&WorkspaceFile::default(), &file)?;
            match write_atomic(&file, text.as_bytes(), Replace::Never, Mode::Private) {
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

    /// Every draft (newest `updated` first) and every unreadable draft file.
    pub fn list(&self) -> Listing {
        let dir = self.drafts_dir();
        match read::not_a_plain_file(&dir) {
            Some(reason) => Listing {
                unreadable: vec![Unreadable {
                    file: dir,
                    id: None,
                    reason,
                }],
                ..Listing::default()
            },
            None => drafts::list(&dir),
        }
    }

    /// What rung did that the user should hear about (tightened permissions), oldest first;
    /// each notice is given once.
    pub fn take_notices(&self) -> Vec<String> {
        std::mem::take(&mut *self.notices.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn notice_tightened(&self, path: &Path, old: u32, new: u32) {
        self.notice(format!(
            "{}: made the file private ({old:o} -> {new:o}) so only you can read it",
            path.display()
        ));
    }

    /// An existing folder others may use: said, never changed (it may be shared on purpose).
    fn notice_loose(&self, path: &Path, mode: u32, own: bool) {
        let fix = if own {
            "; `rung doctor --fix` makes it private (700)"
        } else {
            ""
        };
        self.notice(format!(
            "{}: others may use this folder (mode {mode:o}); rung leaves its mode as it is{fix}",
            path.display()
        ));
    }

    /// Keeps a notice for the user, once.
    fn notice(&self, text: String) {
        let mut notices = self.notices.lock().unwrap_or_else(|e| e.into_inner());
        if !notices.contains(&text) {
            notices.push(text);
        }
    }

    /// Refuses when `drafts/` or `trash/` is a link (or not a folder): rung never writes
    /// through one.
    fn check_folders(&self) -> Result<(), WorkspaceError> {
        for dir in [self.drafts_dir(), self.trash_dir()] {
            if let Some(reason) = read::not_a_plain_file(&dir) {
                return Err(WorkspaceError::Unreadable { file: dir, reason });
            }
        }
        Ok(())
    }

    /// Writes `text` to `path` atomically, with a notice when the file was readable by others.
    fn write_private(
        &self,
        path: &Path,
        text: &str,
        action: &'static str,
    ) -> Result<(), WorkspaceError> {
        let old = atomic::loose_mode(path);
        write_atomic(path, text.as_bytes(), Replace::Yes, Mode::Private)
            .map_err(io_error(path, action))?;
        if let Some(mode) = old {
            self.notice_tightened(path, mode, atomic::FILE_MODE);
        }
        Ok(())
    }

    /// Loads one draft.
    pub fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError> {
        self.check_folders()?;
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
        self.save_stamped(draft).map(|_| ())
    }

    /// [`Workspace::save`], returning the [`Stamp`] of what was written.
    pub fn save_stamped(&self, draft: &Draft) -> Result<Stamp, WorkspaceError> {
        self.check_folders()?;
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
        self.write_draft(draft)
    }

    /// Renders and writes a draft whose file is known to be safe to replace.
    fn write_draft(&self, draft: &Draft) -> Result<Stamp, WorkspaceError> {
        let path = self.draft_path(&draft.id);
        if let Some(why) = draft.too_long() {
            return Err(WorkspaceError::Invalid(format!(
                "{}: not saved: {why}; shorten it and try again",
                path.display()
            )));
        }
        let text = drafts::render(draft)
            .map_err(|reason| WorkspaceError::Invalid(format!("{}: {reason}", path.display())))?;
        self.write_private(&path, &text, "save the draft")?;
        Ok(Stamp::of(text.as_bytes()))
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

    /// Where a draft's file lives (the id is already validated by its type).
    pub fn draft_path(&self, id: &DraftId) -> PathBuf {
        self.drafts_dir().join(drafts::file_name(id))
    }
}
