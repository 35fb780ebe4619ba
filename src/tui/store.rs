//! Where drafts live, behind a trait: the real [`Workspace`] or an in-memory store for tests.

use std::collections::BTreeMap;

use crate::ladder::{Draft, DraftId};
use crate::workspace::{Listing, Unreadable, Workspace, WorkspaceError, WorkspaceFile};

/// The workspace operations the app needs.
pub trait Store {
    /// Every draft, newest first, and every unreadable file.
    fn list(&self) -> Listing;
    /// One draft.
    fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError>;
    /// Writes one draft.
    fn save(&mut self, draft: &Draft) -> Result<(), WorkspaceError>;
    /// Moves a draft to the trash.
    fn trash(&mut self, id: &DraftId) -> Result<(), WorkspaceError>;
    /// A fresh, unused id.
    fn new_id(&self, now: jiff::Timestamp) -> DraftId;
    /// The workspace file (roles and settings); the default when it cannot be read.
    fn file(&self) -> WorkspaceFile;
    /// Where a trashed draft ends up, for the status line.
    fn describe_trash(&self, id: &DraftId) -> String;
    /// A copy to list from another thread, so the home screen never waits for the files;
    /// `None` (the default) lists on the loop's thread.
    fn background(&self) -> Option<Box<dyn Store + Send>> {
        None
    }
}

impl Store for Workspace {
    fn list(&self) -> Listing {
        Workspace::list(self)
    }
    fn load(&self, id: &DraftId) -> Result<Draft, WorkspaceError> {
        Workspace::load(self, id)
    }
    fn save(&mut self, draft: &Draft) -> Result<(), WorkspaceError> {
        Workspace::save(self, draft)
    }
    fn trash(&mut self, id: &DraftId) -> Result<(), WorkspaceError> {
        Workspace::trash(self, id)
    }
    fn new_id(&self, now: jiff::Timestamp) -> DraftId {
        Workspace::new_id(self, now)
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
    fn background(&self) -> Option<Box<dyn Store + Send>> {
        Some(Box::new(self.clone()))
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
}

impl Store for MemoryStore {
    fn list(&self) -> Listing {
        let mut drafts: Vec<Draft> = self.drafts.values().cloned().collect();
        drafts.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
        Listing {
            drafts,
            unreadable: self.unreadable.clone(),
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

    fn save(&mut self, draft: &Draft) -> Result<(), WorkspaceError> {
        self.saves += 1;
        self.drafts.insert(draft.id.clone(), draft.clone());
        Ok(())
    }

    fn trash(&mut self, id: &DraftId) -> Result<(), WorkspaceError> {
        let draft = self
            .drafts
            .remove(id)
            .ok_or_else(|| WorkspaceError::NotFound(id.clone()))?;
        self.trash.insert(id.clone(), draft);
        Ok(())
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
}
