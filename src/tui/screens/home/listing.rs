//! The home listing read on a background thread, so no frame waits for thousands of draft files.
//!
//! Choices made here, so the first home frame does not wait for every file:
//! - `Effect::Reload` on a store that can be read from another thread (`Store::background`,
//!   the real workspace) starts a thread that lists the drafts and reads the roles. The loop asks
//!   [`Pending::poll`] on every turn and hands the result to `update` as `Msg::Listed`, so
//!   `update` stays free of I/O. Stores without a background copy (the tests' memory store) are
//!   listed at once.
//! - Before the first frame only, the runtime shows the listing index's newest drafts
//!   (`Store::preview`, see `workspace/index.rs`) while this thread reads the files; every
//!   listing it hands to `update` is read from the files, so what stays on screen never
//!   disagrees with them, and the index is rewritten from it when the folder changed.
//! - While home shows, the app asks every second for a cheap look at the folder
//!   (`Effect::Watch`: its modification time against the one of the last listing) and lists
//!   again when it moved; a window getting focus back lists again at once.
//! - A newer reload replaces a pending one; the older thread's result is dropped, so the screen
//!   never shows a listing older than the last request.
//! - While a listing is on its way the loop waits at most [`READING_POLL`] for a key, so the
//!   drafts appear within a few milliseconds of being read, without a key press.
//! - If the thread cannot start or dies, the listing is read on the loop's thread instead.
//! - The loop holds the first reload until its first frame is out ([`Pending::hold`]): the
//!   reading threads would otherwise take the cores that frame needs, and the home screen
//!   would show up later, not sooner.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use crate::tui::app::msg::RoleLabel;
use crate::tui::runtime::store::BackgroundList;
use crate::workspace::{Listing, WorkspaceFile};

/// The longest the loop waits for a key while a listing is being read.
pub const READING_POLL: Duration = Duration::from_millis(5);

/// What the thread sends back: the drafts and the role labels.
pub type Read = (Listing, Vec<RoleLabel>);

/// A listing being read on another thread, if any.
#[derive(Default)]
pub struct Pending {
    rx: Option<Receiver<Read>>,
    /// True from [`Pending::hold`] until [`Pending::release`]: a reload waits in `queued`.
    held: bool,
    queued: Option<BackgroundList>,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("reading", &self.rx.is_some())
            .field("held", &self.held)
            .field("queued", &self.queued.is_some())
            .finish()
    }
}

/// What [`Pending::poll`] found.
#[derive(Debug)]
pub enum Polled {
    /// Nothing is being read, or it is not ready yet.
    Waiting,
    /// The listing arrived.
    Ready(Read),
    /// The thread stopped without an answer: read the listing another way.
    Lost,
}

impl Pending {
    /// Keeps the next reload waiting until [`Pending::release`].
    pub fn hold(&mut self) {
        self.held = true;
    }

    /// Starts the reload held since [`Pending::hold`], if any. Returns false when its thread
    /// could not be started (the caller lists another way).
    pub fn release(&mut self) -> bool {
        self.held = false;
        self.queued.take().is_none_or(|read| self.start(read))
    }

    /// Starts reading `store` on a new thread (replacing any listing still on its way), or
    /// queues it while held. Returns false when no thread could be started.
    pub fn start(&mut self, read: BackgroundList) -> bool {
        if self.held {
            self.rx = None;
            self.queued = Some(read);
            return true;
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("rung-listing".into())
            .spawn(move || {
                let (listing, file) = read();
                let roles = role_labels(file);
                // The receiver is gone when a newer reload replaced this one: nothing to do.
                let _ = tx.send((listing, roles));
            });
        self.rx = spawned.is_ok().then_some(rx);
        self.rx.is_some()
    }

    /// True from [`Pending::hold`] until [`Pending::release`]: the first frame is not out.
    pub fn held(&self) -> bool {
        self.held
    }

    /// True while a listing is on its way (or waiting for the first frame).
    pub fn reading(&self) -> bool {
        self.rx.is_some() || self.queued.is_some()
    }

    /// The listing, once the thread has sent it.
    pub fn poll(&mut self) -> Polled {
        let Some(rx) = &self.rx else {
            return Polled::Waiting;
        };
        match rx.try_recv() {
            Ok(read) => {
                self.rx = None;
                Polled::Ready(read)
            }
            Err(TryRecvError::Empty) => Polled::Waiting,
            Err(TryRecvError::Disconnected) => {
                self.rx = None;
                Polled::Lost
            }
        }
    }
}

/// "Title, Company" for every role of the workspace file, made safe to show.
pub fn role_labels(file: WorkspaceFile) -> Vec<RoleLabel> {
    file.roles
        .into_iter()
        .map(|r| RoleLabel {
            label: crate::safe_text::line(&format!("{}, {}", r.title, r.company)).into_owned(),
            current: r.current,
            key: r.key,
        })
        .collect()
}
