//! Where drafts live, behind a trait: the real [`Workspace`] or an in-memory store for tests.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::import::{ImportPlan, ImportReport};
use crate::ladder::{Draft, DraftId, PackSet};
use crate::workspace::{
    DraftLock, LastChoice, Listing, Preview, Stamp, Trashed, Unreadable, Workspace, WorkspaceError,
    WorkspaceFile,
};

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

/// Drafts kept in memory, for tests.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    /// Drafts by id.
    pub drafts: BTreeMap<DraftId, Draft>,
    /// Trashed drafts by id.
    pub trash: BTreeMap<DraftId, Draft>,
    /// Files that "could not be read".
    pub unreadable: Vec<Unreadable>,
    /// Roles and settings.
    pub file: WorkspaceFile,
    /// How many saves happened, to tell a test that a write took place.
    pub saves: usize,
    /// The role and pack of the last draft started.
    pub last: LastChoice,
    /// What [`Store::folder_time`] answers (a test moves it to play another process).
    pub folder_time: Option<u128>,
    /// Drafts "open in another rung window", with that window's process id.
    pub busy: BTreeMap<DraftId, Option<u32>>,
    /// Drafts in the "recovery folder".
    pub recovery: BTreeMap<DraftId, Draft>,
    /// Every draft "put in the trash" as a copy, oldest first.
    pub trash_copies: Vec<Draft>,
    /// Why every write fails ("the disk is full"), when set.
    pub failing: Option<String>,
}

impl MemoryStore {
    /// Fails like a full disk when [`MemoryStore::failing`] is set.
    fn refuse(&self) -> Result<(), WorkspaceError> {
        match &self.failing {
            Some(why) => Err(WorkspaceError::Invalid(why.clone())),
            None => Ok(()),
        }
    }

    fn stamp_of(draft: &Draft) -> Stamp {
        Stamp::of(format!("{draft:?}").as_bytes())
    }
}

impl Store for MemoryStore {
    type Lock = ();
    fn lock(&self, id: &DraftId) -> Result<(), WorkspaceError> {
        match self.busy.get(id) {
            Some(pid) => Err(WorkspaceError::Locked {
                id: id.clone(),
                pid: *pid,
            }),
            None => Ok(()),
        }
    }
    fn stamp(&self, id: &DraftId) -> Option<Stamp> {
        self.drafts.get(id).map(MemoryStore::stamp_of)
    }
    fn save_if_unchanged(
        &mut self,
        draft: &Draft,
        expected: Option<Stamp>,
    ) -> Result<Stamp, WorkspaceError> {
        if self.stamp(&draft.id) != expected {
            return Err(WorkspaceError::ChangedOnDisk {
                file: format!("drafts/{}.toml", draft.id).into(),
            });
        }
        self.refuse()?;
        self.saves += 1;
        self.drafts.insert(draft.id.clone(), draft.clone());
        Ok(MemoryStore::stamp_of(draft))
    }
    fn copy_to_trash(&mut self, id: &DraftId) -> Result<String, WorkspaceError> {
        let draft = self.load(id)?;
        self.trash_copies.push(draft);
        Ok(format!("trash/{id}.toml"))
    }
    fn keep_in_trash(&mut self, draft: &Draft) -> Result<String, WorkspaceError> {
        self.trash_copies.push(draft.clone());
        Ok(format!("trash/{}.toml", draft.id))
    }
    fn write_recovery(&mut self, draft: &Draft) -> Result<String, WorkspaceError> {
        self.refuse()?;
        self.recovery.insert(draft.id.clone(), draft.clone());
        Ok(format!("recovery/{}.toml", draft.id))
    }
    fn recovered(&self) -> Vec<Draft> {
        self.recovery.values().cloned().collect()
    }
    fn resolve_recovery(&mut self, id: &DraftId, keep: bool) -> Result<(), WorkspaceError> {
        let recovered = self
            .recovery
            .remove(id)
            .ok_or_else(|| WorkspaceError::NotFound(id.clone()))?;
        if keep {
            if let Some(saved) = self.drafts.insert(id.clone(), recovered) {
                self.trash_copies.push(saved);
            }
        } else {
            self.trash_copies.push(recovered);
        }
        Ok(())
    }
    fn list(&self, _packs: &PackSet) -> Listing {
        let mut drafts: Vec<Draft> = self.drafts.values().cloned().collect();
        drafts.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
        Listing {
            drafts,
            unreadable: self.unreadable.clone(),
            notices: Vec::new(),
        }
    }

    fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError> {
        if let Some(bad) = self.unreadable.iter().find(|u| u.id.as_ref() == Some(id)) {
            return Err(WorkspaceError::Unreadable {
                file: bad.file.clone(),
                reason: bad.reason.clone(),
            });
        }
        self.drafts
            .get(id)
            .cloned()
            .ok_or_else(|| WorkspaceError::NotFound(id.clone()))
    }

    fn trash(&mut self, id: &DraftId) -> Result<(), WorkspaceError> {
        let draft = self
            .drafts
            .remove(id)
            .ok_or_else(|| WorkspaceError::NotFound(id.clone()))?;
        self.trash.insert(id.clone(), draft);
        Ok(())
    }

    fn list_trash(&self) -> Result<Vec<Trashed>, WorkspaceError> {
        let mut out: Vec<Trashed> = self
            .trash
            .values()
            .map(|d| Trashed {
                name: format!("{}.toml", d.id),
                id: d.id.clone(),
                draft: Ok(d.clone()),
                trashed: Some(d.updated),
            })
            .collect();
        out.sort_by(|a, b| b.trashed.cmp(&a.trashed).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    fn restore_trashed(&mut self, name: &str) -> Result<DraftId, WorkspaceError> {
        self.refuse()?;
        let id = crate::workspace::trashed_id(name)
            .ok_or_else(|| WorkspaceError::Invalid(format!("{name}: not a trash file")))?;
        if self.drafts.contains_key(&id) {
            return Err(WorkspaceError::Invalid(format!(
                "a draft `{id}` already exists"
            )));
        }
        let draft = self
            .trash
            .remove(&id)
            .ok_or_else(|| WorkspaceError::NotInTrash(id.clone(), "trash".into()))?;
        self.drafts.insert(id.clone(), draft);
        Ok(id)
    }

    fn add_role(&mut self, role: crate::workspace::Role) -> Result<(), WorkspaceError> {
        self.refuse()?;
        if self.file.roles.iter().any(|r| r.key == role.key) {
            return Err(WorkspaceError::RoleExists(role.key));
        }
        self.file.roles.push(role);
        Ok(())
    }

    fn empty_trash(&mut self) -> Result<(usize, usize), WorkspaceError> {
        self.refuse()?;
        let n = self.trash.len();
        self.trash.clear();
        Ok((n, 0))
    }

    fn new_id(&self, _now: jiff::Timestamp) -> DraftId {
        let n = self.drafts.len() + self.trash.len() + 1;
        DraftId::parse(&format!("draft-{n}")).expect("a well-formed id")
    }

    fn file(&self) -> WorkspaceFile {
        self.file.clone()
    }

    fn describe_trash(&self, id: &DraftId) -> String {
        format!("trash/{id}.toml")
    }

    fn last_choice(&self) -> LastChoice {
        self.last.clone()
    }

    fn folder_time(&self) -> Option<u128> {
        self.folder_time
    }

    fn remember_choice(&mut self, choice: &LastChoice) -> Result<(), WorkspaceError> {
        self.last = choice.clone();
        Ok(())
    }

    fn remember_job_description(&mut self, path: &Path) -> Result<(), WorkspaceError> {
        self.file.settings.jd = Some(path.to_path_buf());
        Ok(())
    }

    fn import(
        &mut self,
        plan: &ImportPlan,
        chosen: &[usize],
        now: jiff::Timestamp,
    ) -> Result<ImportReport, WorkspaceError> {
        let settings = self.file.settings.clone();
        let mut n = self.drafts.len() + self.trash.len();
        let made = crate::import::make(
            plan,
            chosen,
            &settings.pack,
            settings.style,
            now,
            &mut || {
                n += 1;
                DraftId::parse(&format!("draft-{n}")).expect("a well-formed id")
            },
        );
        let mut report = ImportReport {
            skipped: made.skipped,
            ..ImportReport::default()
        };
        for role in made.roles {
            report.roles_added.push(role.key.clone());
            self.file.roles.push(role);
        }
        for (i, draft) in made.drafts {
            self.saves += 1;
            report.drafts.push((i, draft.id.clone()));
            self.drafts.insert(draft.id.clone(), draft);
        }
        Ok(report)
    }
}
