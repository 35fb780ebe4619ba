//! Runs the effects that need no terminal (store and clock) and turns their results into
//! messages. The editor and quitting are the loop's business. The home listing may be read on
//! another thread ([`super::listing`]); the loop collects it with [`Runtime::poll_listing`].

use super::clock::Clock;
use super::listing::{self, Pending, Polled};
use super::msg::{Effect, Msg};
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
    /// The home listing being read on another thread, if any.
    listing: Pending,
}

impl<S: Store, C: Clock> Runtime<S, C> {
    /// A runtime over `store` and `clock`, copying into memory until [`Runtime::with_clipboard`].
    pub fn new(store: S, clock: C) -> Self {
        Runtime {
            store,
            clock,
            clipboard: Box::new(MemoryClipboard::new()),
            listing: Pending::default(),
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
            Effect::Reload => self.reload(),
            Effect::Roles => Some(Msg::Roles(listing::role_labels(self.store.file()))),
            Effect::Copy(text) => Some(match self.clipboard.copy(&text) {
                Ok(report) if report.delivery == Delivery::ShowToUser => {
                    Msg::CopyFailed(format!("{} Select it by hand: {text}", report.message))
                }
                Ok(report) => Msg::Copied(report.message),
                Err(e) => Msg::CopyFailed(format!("{e} Select it by hand: {text}")),
            }),
            Effect::OpenEditor(_) | Effect::Quit => None,
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

    /// Starts reading the listing on another thread when the store allows it (the answer comes
    /// from [`Runtime::poll_listing`]); otherwise lists at once.
    fn reload(&mut self) -> Option<Msg> {
        let started = self
            .store
            .background()
            .is_some_and(|copy| self.listing.start(copy));
        if started { None } else { Some(self.listed()) }
    }

    /// True while a listing is being read on another thread.
    pub fn reading(&self) -> bool {
        self.listing.reading()
    }

    /// The listing read on another thread, once it is there.
    pub fn poll_listing(&mut self) -> Option<Msg> {
        match self.listing.poll() {
            Polled::Waiting => None,
            Polled::Ready((listing, roles)) => Some(Msg::Listed {
                listing,
                roles,
                now: self.clock.now(),
            }),
            Polled::Lost => Some(self.listed()),
        }
    }

    fn listed(&self) -> Msg {
        Msg::Listed {
            listing: self.store.list(),
            roles: listing::role_labels(self.store.file()),
            now: self.clock.now(),
        }
    }
}
