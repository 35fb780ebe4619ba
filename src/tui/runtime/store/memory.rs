//! Drafts kept in memory, for tests: a [`Store`] with no files, whose failures a test sets.

use std::collections::BTreeMap;
use std::path::Path;

use super::Store;
use crate::import::{ImportPlan, ImportReport};
use crate::ladder::{Draft, DraftId, PackSet};
use crate::workspace::{
    LastChoice, Listing, Stamp, Trashed, Unreadable, WorkspaceError, WorkspaceFile,
};

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
