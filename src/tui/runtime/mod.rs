//! Runs the effects that need no terminal (store and clock) and turns their results into
//! messages. The editor and quitting are the loop's business. The home listing may be read on
//! another thread ([`crate::tui::screens::home::listing`]); the loop collects it with [`Runtime::poll_listing`].
//!
//! The runtime holds the open draft's lock (so a second rung window shows it read-only) and
//! the [`Stamp`] of its file as rung last read or wrote it: a save finds out when someone else
//! wrote the file meanwhile and asks the user instead of writing over it.

pub mod clock;
pub(crate) mod event_loop;
pub mod guard;
pub mod store;
pub(crate) mod terminal;
mod trash;

use std::path::Path;
use std::sync::Arc;

use crate::export::clipboard::{Clipboard, Delivery, MemoryClipboard};
use crate::ladder::{Draft, DraftId, PackSet};
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::runtime::clock::Clock;
use crate::tui::runtime::store::Store;
use crate::tui::screens::home::listing::{self, Pending};
use crate::tui::screens::import::job;
use crate::tui::screens::job_match::job_description;
use crate::workspace::{LastChoice, Stamp, WorkspaceError};

mod listed;

/// The draft being edited: its id, the stamp of its file, and its lock (none when read-only,
/// and none for a new draft until its first save: a fresh id is nobody else's, and `rung new`
/// should not touch the disk before its first frame).
struct Open<L> {
    id: DraftId,
    stamp: Option<Stamp>,
    lock: Option<L>,
    fresh: bool,
}

/// The store and the clock, with the code that runs effects against them.
pub struct Runtime<S: Store, C> {
    /// Where drafts live.
    pub store: S,
    /// Where timestamps come from.
    pub clock: C,
    /// Where copied bullets go.
    pub clipboard: Box<dyn Clipboard>,
    open: Option<Open<S::Lock>>,
    /// The home listing being read on another thread, if any.
    listing: Pending,
    /// The drafts folder's [`Store::folder_time`] when the last listing was started.
    listed_time: Option<u128>,
    /// A resume being read on another thread for the import screen, if any.
    import: job::Job,
    /// The packs, for the bullets the listing index keeps.
    packs: Arc<PackSet>,
}

impl<S: Store, C: Clock> Runtime<S, C> {
    /// A runtime over `store` and `clock`, copying into memory until [`Runtime::with_clipboard`].
    pub fn new(store: S, clock: C) -> Self {
        Runtime {
            store,
            clock,
            clipboard: Box::new(MemoryClipboard::new()),
            open: None,
            listing: Pending::default(),
            listed_time: None,
            import: job::Job::default(),
            packs: Arc::new(PackSet::builtin()),
        }
    }

    /// The same runtime keeping the listing index's bullets as `packs` write them (the app's
    /// own packs; the built-in ones by default).
    pub fn with_packs(mut self, packs: PackSet) -> Self {
        self.packs = Arc::new(packs);
        self
    }

    /// The same runtime copying with `clipboard`.
    pub fn with_clipboard(mut self, clipboard: Box<dyn Clipboard>) -> Self {
        self.clipboard = clipboard;
        self
    }

    /// Runs one effect. `OpenEditor` and `Quit` return `None`: the loop handles them.
    pub fn run(&mut self, effect: Effect) -> Option<Msg> {
        match effect {
            Effect::Save(draft) => Some(self.save(*draft)),
            Effect::Load(id) => Some(self.load(id)),
            Effect::Close(id) => {
                if self.open.as_ref().is_some_and(|o| o.id == id) {
                    self.open = None;
                }
                None
            }
            Effect::KeepMine(draft) => Some(self.keep_mine(*draft)),
            Effect::TakeTheirs(draft) => Some(self.take_theirs(*draft)),
            Effect::CheckRecovery => self.check_recovery(),
            Effect::ResolveRecovery { id, keep } => Some(self.resolve_recovery(&id, keep)),
            Effect::Recover(draft) => Some(match self.store.write_recovery(&draft) {
                Ok(path) => Msg::KeptAside {
                    id: draft.id.clone(),
                    path,
                },
                Err(e) => Msg::NotKept {
                    draft,
                    why: e.to_string(),
                },
            }),
            Effect::Create { role, pack } => Some(self.create(role, pack)),
            Effect::Trash(id) => Some(match self.store.trash(&id) {
                Ok(()) => Msg::Trashed(id),
                Err(e) => Msg::TrashFailed(e.to_string()),
            }),
            Effect::Reload => self.reload(),
            Effect::Watch => self.watch(),
            e @ (Effect::ListTrash | Effect::Restore(_) | Effect::EmptyTrash) => {
                self.draft_effect(e)
            }
            Effect::Roles => Some(Msg::Roles(listing::role_labels(self.store.file()))),
            e @ (Effect::NewDraftChoices | Effect::AddRole(_)) => self.draft_effect(e),
            Effect::Copy(text) => Some(match self.clipboard.copy(&text) {
                Ok(report) if report.delivery == Delivery::ShowToUser => {
                    Msg::CopyFailed(format!("{} Select it by hand: {text}", report.message))
                }
                Ok(report) => Msg::Copied(report.message),
                Err(e) => Msg::CopyFailed(format!("{e} Select it by hand: {text}")),
            }),
            Effect::ReadJobDescription(path) => Some(self.read_job_description(&path, true)),
            Effect::RecallJobDescription => {
                let path = self.store.file().settings.jd?;
                Some(self.read_job_description(&path, false))
            }
            Effect::ReadResume(typed) => self.read_resume(&typed),
            Effect::CompletePath(typed) => {
                let (completed, choices) = job::complete(&typed);
                Some(Msg::PathCompleted {
                    typed,
                    completed,
                    choices,
                })
            }
            Effect::Import { plan, chosen } => {
                let now = self.clock.now();
                Some(match self.store.import(&plan, &chosen, now) {
                    Ok(report) => Msg::Imported(report),
                    Err(e) => Msg::ImportFailed(format!("not imported: {e}")),
                })
            }
            Effect::OpenEditor(_) | Effect::Quit => None,
        }
    }

    /// Reads a resume: on another thread when the store allows it (the answer comes from
    /// [`Runtime::poll_import`]), otherwise at once.
    fn read_resume(&mut self, typed: &Path) -> Option<Msg> {
        let path = job_description::resolve(typed);
        self.import.naming(&path);
        if let Some(workspace) = self.store.background(self.packs.clone())
            && self.import.start(path.clone(), workspace)
        {
            return None;
        }
        let workspace = (self.store.list(&self.packs), self.store.file());
        Some(match job::read_and_plan(&path, &mut |_| {}, workspace) {
            Ok(found) => Msg::ResumeRead(Box::new(found)),
            Err(why) => Msg::ResumeFailed(why),
        })
    }

    /// True while a resume is being read on another thread.
    pub fn importing(&self) -> bool {
        self.import.busy()
    }

    /// News of the resume being read on another thread: progress, or the result.
    pub fn poll_import(&mut self) -> Option<Msg> {
        self.import.poll()
    }

    /// What rung expects the file of draft `id` to hold.
    pub fn expected(&self, id: &DraftId) -> guard::Expected {
        match self.open.as_ref().filter(|o| o.id == *id) {
            Some(open) => guard::Expected::open(open.stamp),
            None => guard::Expected::NotOpen,
        }
    }

    fn load(&mut self, id: DraftId) -> Msg {
        self.open = None;
        let lock = self.store.lock(&id);
        let draft = match self.store.load(&id) {
            Ok(draft) => draft,
            Err(e) => return Msg::OpenFailed(e.to_string()),
        };
        let stamp = self.store.stamp(&id);
        match lock {
            Ok(lock) => {
                self.open = Some(Open {
                    id,
                    stamp,
                    lock: Some(lock),
                    fresh: false,
                });
                Msg::Opened(draft)
            }
            Err(e) => Msg::OpenedReadOnly {
                draft,
                why: match e {
                    WorkspaceError::Locked { pid, .. } => format!(
                        "this draft is open in another rung window{}",
                        pid.map(|p| format!(" (process {p})")).unwrap_or_default()
                    ),
                    other => format!("this draft cannot be locked for editing ({other})"),
                },
            },
        }
    }

    /// Reads a job description; when `remember`, the workspace keeps its path for next time.
    fn read_job_description(&mut self, typed: &Path, remember: bool) -> Msg {
        let path = job_description::resolve(typed);
        match job_description::read(&path) {
            Err(message) => Msg::JobDescriptionFailed(message),
            Ok(text) => {
                let warning = remember
                    .then(|| self.store.remember_job_description(&path).err())
                    .flatten()
                    .map(|e| format!("loaded, but the workspace could not remember it: {e}"));
                Msg::JobDescriptionRead {
                    path,
                    text,
                    warning,
                }
            }
        }
    }

    fn save(&mut self, mut draft: Draft) -> Msg {
        draft.updated = self.clock.now().max(draft.created);
        let Some(open) = self.open.as_mut().filter(|o| o.id == draft.id) else {
            return Msg::SaveFailed(format!(
                "draft `{}` is not open for editing here; nothing was written",
                draft.id
            ));
        };
        if open.fresh {
            open.fresh = false;
            open.lock = self.store.lock(&draft.id).ok();
            // The new draft is really started: its role and pack are preselected next time.
            // Only a preselection, so failing to keep it changes nothing else.
            let _ = self.store.remember_choice(&LastChoice {
                role: draft.role.clone(),
                pack: Some(draft.pack.clone()),
            });
        }
        match self.store.save_if_unchanged(&draft, open.stamp) {
            Ok(stamp) => {
                open.stamp = Some(stamp);
                Msg::Saved {
                    id: draft.id,
                    updated: draft.updated,
                }
            }
            Err(WorkspaceError::ChangedOnDisk { .. }) => Msg::SaveConflict(Box::new(draft)),
            Err(e) => Msg::NotSaved {
                draft: Box::new(draft),
                why: e.to_string(),
            },
        }
    }

    fn keep_mine(&mut self, draft: Draft) -> Msg {
        let on_disk = self.store.stamp(&draft.id);
        let note = match on_disk {
            None => "saved your version".to_string(),
            Some(_) => match self.store.copy_to_trash(&draft.id) {
                Ok(path) => format!("saved your version; the one that was on disk is in {path}"),
                Err(e) => return Msg::SaveFailed(e.to_string()),
            },
        };
        if let Some(open) = self.open.as_mut().filter(|o| o.id == draft.id) {
            open.stamp = on_disk;
        }
        match self.save(draft) {
            Msg::Saved { .. } => Msg::Settled { draft: None, note },
            other => other,
        }
    }

    fn take_theirs(&mut self, mine: Draft) -> Msg {
        let kept = match self.store.keep_in_trash(&mine) {
            Ok(path) => path,
            Err(e) => return Msg::SaveFailed(e.to_string()),
        };
        match self.store.load(&mine.id) {
            Ok(theirs) => {
                if let Some(open) = self.open.as_mut().filter(|o| o.id == mine.id) {
                    open.stamp = self.store.stamp(&mine.id);
                }
                Msg::Settled {
                    draft: Some(Box::new(theirs)),
                    note: format!("took the version on disk; yours is in {kept}"),
                }
            }
            Err(e) => Msg::OpenFailed(format!("{e} (your version is in {kept})")),
        }
    }

    fn check_recovery(&mut self) -> Option<Msg> {
        let recovered = self
            .store
            .recovered()
            .into_iter()
            .find(|d| !matches!(self.store.lock(&d.id), Err(WorkspaceError::Locked { .. })))?;
        let saved = self.store.load(&recovered.id).ok().map(Box::new);
        Some(Msg::RecoveryFound {
            recovered: Box::new(recovered),
            saved,
        })
    }

    fn resolve_recovery(&mut self, id: &DraftId, keep: bool) -> Msg {
        // The draft may be open here (`rung open ID` asks first thing): let go of it, so the
        // copies can be swapped; the app opens it again.
        let reopen = self.open.as_ref().is_some_and(|o| o.id == *id);
        if reopen {
            self.open = None;
        }
        let done = |note: String| Msg::RecoveryDone {
            id: id.clone(),
            note,
            reopen,
        };
        match self.store.resolve_recovery(id, keep) {
            Ok(()) if keep => done(format!(
                "kept the recovered copy of {id}; the saved one is in the trash"
            )),
            Ok(()) => done(format!(
                "kept the saved copy of {id}; the recovered one is in the trash"
            )),
            Err(e) => Msg::Notice {
                text: format!("could not resolve the recovered draft: {e}"),
                warning: true,
            },
        }
    }

    fn create(&mut self, role: Option<String>, pack: Option<String>) -> Msg {
        let file = self.store.file();
        let now = self.clock.now();
        let id = self.store.new_id(now);
        self.open = Some(Open {
            id: id.clone(),
            stamp: None,
            lock: None,
            fresh: true,
        });
        let mut warning = None;
        let role = role.filter(|role| {
            let known = file.roles.iter().any(|r| &r.key == role);
            if !known {
                warning = Some(format!(
                    "no role `{role}` in this workspace; the draft has no role (add one with `rung role add`)"
                ));
            }
            known
        });
        // The pack names were checked when they were written (`--pack`, `rung role add`); an
        // unknown one is shown with the general pack's questions.
        let pack = pack.unwrap_or_else(|| file.pack_for(role.as_deref(), |_| true));
        let mut draft = Draft::new(id, now, pack);
        draft.style = file.settings.style;
        draft.role = role;
        Msg::Created { draft, warning }
    }
}
