//! Runs the effects that need no terminal (store and clock) and turns their results into
//! messages. The editor and quitting are the loop's business.

use std::path::Path;

use super::clock::Clock;
use super::jd_file;
use super::msg::{Effect, Msg, RoleLabel};
use super::store::Store;
use crate::export::clipboard::{Clipboard, Delivery, MemoryClipboard};
use crate::ladder::Draft;

/// The store and the clock, with the code that runs effects against them.
pub struct Runtime<S, C> {
    /// Where drafts live.
    pub store: S,
    /// Where timestamps come from.
    pub clock: C,
    /// Where copied bullets go.
    pub clipboard: Box<dyn Clipboard>,
}

impl<S: Store, C: Clock> Runtime<S, C> {
    /// A runtime over `store` and `clock`, copying into memory until [`Runtime::with_clipboard`].
    pub fn new(store: S, clock: C) -> Self {
        Runtime {
            store,
            clock,
            clipboard: Box::new(MemoryClipboard::new()),
        }
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
            Effect::Load(id) => Some(match self.store.load(&id) {
                Ok(draft) => Msg::Opened(draft),
                Err(e) => Msg::OpenFailed(e.to_string()),
            }),
            Effect::Create { role, pack } => Some(self.create(role, pack)),
            Effect::Trash(id) => Some(match self.store.trash(&id) {
                Ok(()) => Msg::Trashed(id),
                Err(e) => Msg::TrashFailed(e.to_string()),
            }),
            Effect::Reload => Some(self.listed()),
            Effect::Copy(text) => Some(match self.clipboard.copy(&text) {
                Ok(report) if report.delivery == Delivery::ShowToUser => {
                    Msg::CopyFailed(format!("{} Select it by hand: {text}", report.message))
                }
                Ok(report) => Msg::Copied(report.message),
                Err(e) => Msg::CopyFailed(format!("{e} Select it by hand: {text}")),
            }),
            Effect::ReadJd(path) => Some(self.read_jd(&path, true)),
            Effect::RecallJd => {
                let path = self.store.file().settings.jd?;
                Some(self.read_jd(&path, false))
            }
            Effect::OpenEditor(_) | Effect::Quit => None,
        }
    }

    /// Reads a job description; when `remember`, the workspace keeps its path for next time.
    fn read_jd(&mut self, typed: &Path, remember: bool) -> Msg {
        let path = jd_file::resolve(typed);
        match jd_file::read(&path) {
            Err(message) => Msg::JdFailed(message),
            Ok(text) => {
                let warning = remember
                    .then(|| self.store.remember_jd(&path).err())
                    .flatten()
                    .map(|e| format!("loaded, but the workspace could not remember it: {e}"));
                Msg::JdRead {
                    path,
                    text,
                    warning,
                }
            }
        }
    }

    fn save(&mut self, mut draft: Draft) -> Msg {
        draft.updated = self.clock.now().max(draft.created);
        match self.store.save(&draft) {
            Ok(()) => Msg::Saved {
                id: draft.id,
                updated: draft.updated,
            },
            Err(e) => Msg::SaveFailed(e.to_string()),
        }
    }

    fn create(&mut self, role: Option<String>, pack: Option<String>) -> Msg {
        let file = self.store.file();
        let now = self.clock.now();
        let id = self.store.new_id(now);
        let mut draft = Draft::new(id, now, pack.unwrap_or(file.settings.pack.clone()));
        draft.style = file.settings.style;
        let mut warning = None;
        if let Some(role) = role {
            if file.roles.iter().any(|r| r.key == role) {
                draft.role = Some(role);
            } else {
                warning = Some(format!(
                    "no role `{role}` in this workspace; the draft has no role (add one with `rung role add`)"
                ));
            }
        }
        Msg::Created { draft, warning }
    }

    fn listed(&self) -> Msg {
        let roles = self
            .store
            .file()
            .roles
            .into_iter()
            .map(|r| RoleLabel {
                label: format!("{}, {}", r.title, r.company),
                current: r.current,
                key: r.key,
            })
            .collect();
        Msg::Listed {
            listing: self.store.list(),
            roles,
            now: self.clock.now(),
        }
    }
}
