//! The draft being edited and its autosave state.
//!
//! Every change marks the session dirty with the time of the change; a tick 400 ms after the
//! last change saves it (the loop polls every 50 ms, so a pause in typing reaches disk within
//! 500 ms). Rung changes, screen changes and quitting save at once. A new draft that still
//! holds nothing is never written, so opening `rung new` and leaving does not litter the
//! workspace with empty files.

use std::time::{Duration, Instant};

use super::msg::Effect;
use crate::ladder::Draft;

/// How long after the last change the draft is saved.
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// A draft open for editing.
#[derive(Debug, Clone)]
pub struct Session {
    /// The draft: the single source of truth for answers, preview and notes.
    pub draft: Draft,
    changed_at: Option<Instant>,
    on_disk: bool,
}

impl Session {
    /// A session over a draft read from disk.
    pub fn opened(draft: Draft) -> Session {
        Session {
            draft,
            changed_at: None,
            on_disk: true,
        }
    }

    /// A session over a new draft that is not on disk yet.
    pub fn created(draft: Draft) -> Session {
        Session {
            draft,
            changed_at: None,
            on_disk: false,
        }
    }

    /// Records a change made at `now`.
    pub fn touch(&mut self, now: Instant) {
        self.changed_at = Some(now);
    }

    /// True when there are changes not yet handed to the store.
    pub fn is_dirty(&self) -> bool {
        self.changed_at.is_some()
    }

    /// True once the draft has been handed to the store (it has a file, or is getting one).
    pub fn on_disk(&self) -> bool {
        self.on_disk
    }

    /// When the pending autosave is due, if one is pending.
    pub fn due_at(&self) -> Option<Instant> {
        self.changed_at.map(|t| t + DEBOUNCE)
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
        self.changed_at.take()?;
        if !self.on_disk && is_blank(&self.draft) {
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
}
