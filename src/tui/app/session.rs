//! The draft being edited and its autosave state.
//!
//! Every change marks the session dirty. A tick saves it 200 ms after the last change, and never
//! later than 300 ms after the first unsaved one, so even steady typing reaches the disk at least
//! every 300 ms (the loop polls every 50 ms): a crash or `kill -9` loses at most the last
//! third of a second. Rung changes, screen changes and quitting save at once.
//!
//! A read-only session (the draft is open in another rung window) never saves: its changes
//! are refused before they reach the draft, and a flush drops nothing because nothing changed. A new draft that still
//! holds nothing is never written, so opening `rung new` and leaving does not litter the
//! workspace with empty files.

use std::time::{Duration, Instant};

use crate::ladder::Draft;
use crate::tui::app::msg::Effect;

/// How long after the last change the draft is saved.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// The longest a change waits for its save, however steadily the user types.
pub const MAX_WAIT: Duration = Duration::from_millis(300);

/// A draft open for editing.
#[derive(Debug, Clone)]
pub struct Session {
    /// The draft: the single source of truth for answers, preview and notes.
    pub draft: Draft,
    /// The first and the last unsaved change.
    changed: Option<(Instant, Instant)>,
    on_disk: bool,
    /// Why this draft cannot be changed here (it is open in another rung window).
    pub read_only: Option<String>,
}

impl Session {
    /// A session over a draft read from disk.
    pub fn opened(draft: Draft) -> Session {
        Session {
            draft,
            changed: None,
            on_disk: true,
            read_only: None,
        }
    }

    /// A session over a draft that is open elsewhere: shown, never saved.
    pub fn read_only(draft: Draft, why: String) -> Session {
        Session {
            read_only: Some(why),
            ..Session::opened(draft)
        }
    }

    /// A session over a new draft that is not on disk yet.
    pub fn created(draft: Draft) -> Session {
        Session {
            draft,
            changed: None,
            on_disk: false,
            read_only: None,
        }
    }

    /// Records a change made at `now`.
    pub fn touch(&mut self, now: Instant) {
        let first = self.changed.map_or(now, |(first, _)| first);
        self.changed = Some((first, now));
    }

    /// True when there are changes not yet handed to the store.
    pub fn is_dirty(&self) -> bool {
        self.changed.is_some()
    }

    /// True once the draft has been handed to the store (it has a file, or is getting one).
    pub fn on_disk(&self) -> bool {
        self.on_disk
    }

    /// When the pending autosave is due, if one is pending.
    pub fn due_at(&self) -> Option<Instant> {
        self.changed
            .map(|(first, last)| (last + DEBOUNCE).min(first + MAX_WAIT))
    }

    /// The draft when it holds changes that are not on disk yet (what a crash would lose).
    pub fn unsaved(&self) -> Option<&Draft> {
        let worth = self.read_only.is_none() && (self.on_disk || !is_blank(&self.draft));
        (self.is_dirty() && worth).then_some(&self.draft)
    }

    /// Forgets pending changes without saving them (they were handed elsewhere).
    pub fn forget_changes(&mut self) {
        self.changed = None;
    }

    /// The save effect when the debounce has run out at `now`.
    pub fn autosave(&mut self, now: Instant) -> Option<Effect> {
        match self.due_at() {
            Some(due) if now >= due => self.flush(),
            _ => None,
        }
    }

    /// The save effect for pending changes, now.
    pub fn flush(&mut self) -> Option<Effect> {
        self.changed.take()?;
        if self.read_only.is_some() || (!self.on_disk && is_blank(&self.draft)) {
            return None;
        }
        self.on_disk = true;
        Some(Effect::Save(Box::new(self.draft.clone())))
    }
}

fn is_blank(draft: &Draft) -> bool {
    crate::ladder::Rung::ALL
        .iter()
        .all(|r| draft.answers.get(*r).trim().is_empty())
        && draft.metric_spec().is_none()
        && draft.final_text.is_none()
        && draft.final_other.is_none()
}
