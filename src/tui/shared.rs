//! What every screen shares: packs, theme, time, role labels, the status line and the queue of
//! effects for the loop. Text put on the status line is made safe for display first.

use std::time::{Duration, Instant};

use super::msg::{Effect, RoleLabel};
use super::theme::Theme;
use crate::ladder::{Pack, PackSet};

/// A message for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// What to say.
    pub text: String,
    /// True for problems (drawn in the warning style).
    pub warning: bool,
    /// When it was said (tick time), so it can fade.
    pub at: Instant,
}

impl Status {
    /// How long a message stays: news briefly, problems longer.
    pub fn lifetime(&self) -> Duration {
        if self.warning {
            Duration::from_secs(15)
        } else {
            Duration::from_secs(5)
        }
    }
}

/// What every screen can reach: packs, theme, time, the status line and the effect queue.
#[derive(Debug)]
pub struct Shared {
    /// Every question pack.
    pub packs: PackSet,
    /// The styles.
    pub theme: Theme,
    /// The time of the last tick.
    pub now: Instant,
    /// The status line.
    pub status: Option<Status>,
    /// Role labels from the workspace file.
    pub roles: Vec<RoleLabel>,
    /// Wall-clock time of the last listing, for ages.
    pub wall: jiff::Timestamp,
    pub(super) effects: Vec<Effect>,
}

impl Shared {
    /// Queues an effect for the loop.
    pub fn effect(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Queues an effect when there is one.
    pub fn maybe(&mut self, effect: Option<Effect>) {
        self.effects.extend(effect);
    }

    /// Says something on the status line.
    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: crate::safe_text::line(&text.into()).into_owned(),
            warning: false,
            at: self.now,
        });
    }

    /// Reports a problem on the status line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: crate::safe_text::line(&text.into()).into_owned(),
            warning: true,
            at: self.now,
        });
    }

    /// The pack a draft uses (the default pack when its own is unknown).
    pub fn pack(&self, name: &str) -> &Pack {
        self.packs.get_or_default(name)
    }

    /// "Title, Company" for a role key, or the key itself when the role is unknown.
    pub fn role_label(&self, key: &str) -> String {
        self.roles
            .iter()
            .find(|r| r.key == key)
            .map_or_else(|| key.to_string(), |r| r.label.clone())
    }
}
