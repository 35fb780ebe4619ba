//! Where drafts live, behind a trait: the real [`Workspace`] or an in-memory store for tests.

use std::path::Path;
use std::sync::Arc;

use crate::import::{ImportPlan, ImportReport};
use crate::ladder::{Draft, DraftId, PackSet};
use crate::workspace::{
    DraftLock, LastChoice, Listing, Preview, Stamp, Trashed, Unreadable, Workspace, WorkspaceError,
    WorkspaceFile,
};

mod memory;

pub use memory::MemoryStore;

/// The workspace operations the app needs.
pub trait Store {
    /// What holds a draft against other processes while it is open.
    type Lock;
    /// Locks a draft for editing, or [`WorkspaceError::Locked`] when another process has it.
    fn lock(&self, id: &DraftId) -> Result<Self::Lock, WorkspaceError>;
    /// What the draft's file holds now (`None`: no file).
    fn stamp(&self, id: &DraftId) -> Option<Stamp>;
    /// Writes one draft unless its file no longer holds `expected`
    /// ([`WorkspaceError::ChangedOnDisk`]); returns the new stamp.
    fn save_if_unchanged(
        &mut self,
        draft: &Draft,
        expected: Option<Stamp>,
    ) -> Result<Stamp, WorkspaceError>;
    /// Copies the draft's file as it is into the trash; says where.
    fn copy_to_trash(&mut self, id: &DraftId) -> Result<String, WorkspaceError>;
    /// Writes a draft from memory into the trash; says where.
    fn keep_in_trash(&mut self, draft: &Draft) -> Result<String, WorkspaceError>;
    /// Writes a draft from memory to the recovery folder (or, when the workspace cannot be
    /// written, to the state folder); says where.
    fn write_recovery(&mut self, draft: &Draft) -> Result<String, WorkspaceError>;
    /// Drafts waiting in the recovery folder.
    fn recovered(&self) -> Vec<Draft>;
    /// Keeps a recovered draft (the saved one goes to the trash) or discards it (to the trash).
    fn resolve_recovery(&mut self, id: &DraftId, keep: bool) -> Result<(), WorkspaceError>;
    /// Every draft, newest first, and every unreadable file (a store that keeps a listing
    /// index keeps the newest bullets as `packs` write them).
    fn list(&self, packs: &PackSet) -> Listing;
    /// One draft.
    fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError>;
    /// Moves a draft to the trash.
    fn trash(&mut self, id: &DraftId) -> Result<(), WorkspaceError>;
    /// What the trash holds, newest first.
    fn list_trash(&self) -> Result<Vec<Trashed>, WorkspaceError>;
    /// Brings the trashed file `name` back; returns the draft's id.
    fn restore_trashed(&mut self, name: &str) -> Result<DraftId, WorkspaceError>;
    /// Deletes rung's files in the trash for good: how many, and how many others were left.
    fn empty_trash(&mut self) -> Result<(usize, usize), WorkspaceError>;
    /// Adds a role to the workspace file.
    fn add_role(&mut self, role: crate::workspace::Role) -> Result<(), WorkspaceError>;
    /// A fresh, unused id.
    fn new_id(&self, now: jiff::Timestamp) -> DraftId;
    /// The workspace file (roles and settings); the default when it cannot be read.
    fn file(&self) -> WorkspaceFile;
    /// Where a trashed draft ends up, for the status line.
    fn describe_trash(&self, id: &DraftId) -> String;
    /// Keeps the path of the job description loaded last (in `rung.toml`).
    fn remember_job_description(&mut self, path: &Path) -> Result<(), WorkspaceError>;
    /// Makes the roles and drafts for the `chosen` bullets of an import plan, in the workspace's
    /// default pack and style.
    fn import(
        &mut self,
        plan: &ImportPlan,
        chosen: &[usize],
        now: jiff::Timestamp,
    ) -> Result<ImportReport, WorkspaceError>;
    /// The listing and the workspace file, to be read on another thread so the home screen
    /// never waits for the files; `None` (the default) lists on the loop's thread.
    fn background(&self, _packs: Arc<PackSet>) -> Option<BackgroundList> {
        None
    }
    /// The newest drafts of each role from the listing index, before the files are read:
    /// groups of `roles` first, as many as fill [`PREVIEW_SCREEN_ROWS`], with the bullets the
    /// index kept when `packs` wrote them. `None` (the default) when there is no index.
    fn preview(&self, _roles: &[&str], _packs: &PackSet) -> Option<Preview> {
        None
    }
    /// When the drafts folder last changed (a draft added, removed or saved), as a number
    /// that only has to differ after a change; `None` (the default) when unknown.
    fn folder_time(&self) -> Option<u128> {
        None
    }
    /// The role and pack of the last draft started, to preselect them for the next.
    fn last_choice(&self) -> LastChoice;
    /// Remembers the role and pack of a draft just started.
    fn remember_choice(&mut self, choice: &LastChoice) -> Result<(), WorkspaceError>;
}

/// The rows a preview fills: more than any terminal shows.
pub const PREVIEW_SCREEN_ROWS: usize = 120;

/// Reads the listing and the workspace file, on whatever thread calls it.
pub type BackgroundList = Box<dyn FnOnce() -> (Listing, WorkspaceFile) + Send>;

impl Store for Workspace {
    type Lock = DraftLock;
    fn lock(&self, id: &DraftId) -> Result<DraftLock, WorkspaceError> {
        self.lock_draft(id)
    }
    fn stamp(&self, id: &DraftId) -> Option<Stamp> {
        Workspace::stamp(self, id)
    }
    fn save_if_unchanged(
        &mut self,
        draft: &Draft,
        expected: Option<Stamp>,
    ) -> Result<Stamp, WorkspaceError> {
        Workspace::save_if_unchanged(self, draft, expected)
    }
    fn copy_to_trash(&mut self, id: &DraftId) -> Result<String, WorkspaceError> {
        Workspace::copy_to_trash(self, id).map(|p| p.display().to_string())
    }
    fn keep_in_trash(&mut self, draft: &Draft) -> Result<String, WorkspaceError> {
        Workspace::keep_in_trash(self, draft).map(|p| p.display().to_string())
    }
    fn write_recovery(&mut self, draft: &Draft) -> Result<String, WorkspaceError> {
        Workspace::keep_aside(self, draft).map(|p| p.display().to_string())
    }
    fn recovered(&self) -> Vec<Draft> {
        Workspace::recovered(self)
            .0
            .into_iter()
            .map(|r| r.draft)
            .collect()
    }
    fn resolve_recovery(&mut self, id: &DraftId, keep: bool) -> Result<(), WorkspaceError> {
        if keep {
            self.keep_recovered(id)
        } else {
            self.discard_recovered(id).map(|_| ())
        }
    }
    /// The drafts, plus `rung.toml` among the files rung cannot read when it is damaged (so
    /// the home screen says why the roles are missing), plus the workspace's notices.
    fn list(&self, packs: &PackSet) -> Listing {
        let mut listing = self.list_and_index(packs);
        match Workspace::file(self) {
            Ok(_) => {}
            Err(WorkspaceError::Unreadable { file, reason }) => {
                listing.unreadable.push(Unreadable {
                    file,
                    id: None,
                    reason: format!("{reason}; roles are not shown until it is fixed"),
                })
            }
            Err(e) => listing.unreadable.push(Unreadable {
                file: self.file_path(),
                id: None,
                reason: e.to_string(),
            }),
        }
        listing.notices = self.take_notices();
        listing
    }
    fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError> {
        Workspace::load(self, id)
    }
    fn trash(&mut self, id: &DraftId) -> Result<(), WorkspaceError> {
        Workspace::trash(self, id)
    }
    fn new_id(&self, now: jiff::Timestamp) -> DraftId {
        Workspace::new_id(self, now)
    }
    fn list_trash(&self) -> Result<Vec<Trashed>, WorkspaceError> {
        Workspace::list_trash(self)
    }
    fn add_role(&mut self, role: crate::workspace::Role) -> Result<(), WorkspaceError> {
        Workspace::add_role(self, role)
    }
    fn restore_trashed(&mut self, name: &str) -> Result<DraftId, WorkspaceError> {
        Workspace::restore_trashed(self, name)
    }
    fn empty_trash(&mut self) -> Result<(usize, usize), WorkspaceError> {
        Workspace::empty_trash(self)
    }
    fn file(&self) -> WorkspaceFile {
        Workspace::file(self).unwrap_or_default()
    }
    fn describe_trash(&self, id: &DraftId) -> String {
        self.root()
            .join("trash")
            .join(format!("{id}.toml"))
            .display()
            .to_string()
    }
    fn remember_job_description(&mut self, path: &Path) -> Result<(), WorkspaceError> {
        self.update_file(|file| {
            file.settings.jd = Some(path.to_path_buf());
            Ok(())
        })
        .map(|_| ())
    }
    fn import(
        &mut self,
        plan: &ImportPlan,
        chosen: &[usize],
        _now: jiff::Timestamp,
    ) -> Result<ImportReport, WorkspaceError> {
        let settings = Workspace::file(self)?.settings;
        crate::import::run_plan(self, plan, chosen, &settings.pack, settings.style)
    }
    fn preview(&self, roles: &[&str], packs: &PackSet) -> Option<Preview> {
        Workspace::preview(self, roles, PREVIEW_SCREEN_ROWS, packs)
    }
    fn folder_time(&self) -> Option<u128> {
        self.drafts_time()
    }
    fn last_choice(&self) -> LastChoice {
        Workspace::last_choice(self)
    }
    fn remember_choice(&mut self, choice: &LastChoice) -> Result<(), WorkspaceError> {
        Workspace::remember_choice(self, choice)
    }
    fn background(&self, packs: Arc<PackSet>) -> Option<BackgroundList> {
        let copy = self.clone();
        Some(Box::new(move || {
            (Store::list(&copy, &packs), Store::file(&copy))
        }))
    }
}
