//! What every screen can reach: packs, theme, time, the user's rule levels, the loaded job
//! description, the status line and the effect queue.
//! Text put on the status line is made safe for display first.

use std::time::{Duration, Instant};

use crate::coach::{CheckContext, Overrides};
use crate::ladder::{Draft, Pack, PackSet};
use crate::tui::app::msg::{Effect, RoleLabel};
use crate::tui::render::theme::Theme;
use crate::tui::screens::job_match::LoadedJobDescription;

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
    /// How long a message stays: news briefly, problems longer, and a long message long
    /// enough to be read (a quarter of a second for each word past the tenth).
    pub fn lifetime(&self) -> Duration {
        let base = if self.warning { 15_000 } else { 5_000 };
        let words = self.text.split_whitespace().count().saturating_sub(10);
        Duration::from_millis(base + 250 * u64::try_from(words).unwrap_or(0))
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
    /// The user's rule levels (`[rules]` in `config.toml`).
    pub overrides: Overrides,
    /// The job description loaded in the match panel.
    pub job_description: Option<LoadedJobDescription>,
    /// When true, the ladder checks an edited answer in [`App::run_deferred_checks`](crate::tui::app::App::run_deferred_checks),
    /// after the frame showing the edit is out, instead of in the update. The real loop sets
    /// it, so a typed character reaches the screen before the coach's work on it; the notes
    /// and the preview follow in the next frame, once typing pauses for a millisecond (see
    /// `DEFERRED_CHECK_PAUSE` in `event_loop.rs`). Off by default, so an app
    /// driven by messages alone (the tests) has fresh notes after every update.
    pub defer_checks: bool,
    /// The bullet length past which review offers shorter versions.
    pub bullet_length: usize,
    /// Something was said on the status line while handling the current message.
    pub said: bool,
    /// The role and pack chosen last for a new draft, preselected next time.
    pub last_new: Option<crate::tui::overlay::new_draft::LastChoice>,
    effects: Vec<Effect>,
}

impl Shared {
    /// The shared state of a new app.
    pub fn new(packs: PackSet, theme: Theme, now: Instant) -> Shared {
        Shared {
            packs,
            theme,
            now,
            status: None,
            roles: Vec::new(),
            bullet_length: crate::ladder::assemble::DEFAULT_TARGET_LENGTH,
            wall: jiff::Timestamp::UNIX_EPOCH,
            overrides: Overrides::default(),
            job_description: None,
            defer_checks: false,
            said: false,
            last_new: None,
            effects: Vec::new(),
        }
    }

    /// The effects queued so far, oldest first, leaving the queue empty.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Queues an effect for the loop.
    pub fn effect(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// True when a save of draft `id` is queued and has not run yet.
    pub fn saving(&self, id: &crate::ladder::DraftId) -> bool {
        self.effects
            .iter()
            .any(|e| matches!(e, Effect::Save(d) if d.id == *id))
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
        self.said = true;
    }

    /// Reports a problem on the status line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: crate::safe_text::line(&text.into()).into_owned(),
            warning: true,
            at: self.now,
        });
        self.said = true;
    }

    /// The pack a draft uses (the default pack when its own is unknown).
    pub fn pack(&self, name: &str) -> &Pack {
        self.packs.get_or_default(name)
    }

    /// What the coach needs to check this draft: the user's rule levels, whether its role is
    /// current, and the findings ignored on it.
    pub fn check_context<'a>(&'a self, draft: &'a Draft) -> CheckContext<'a> {
        let current_role = draft
            .role
            .as_ref()
            .is_some_and(|k| self.roles.iter().any(|r| &r.key == k && r.current));
        CheckContext {
            current_role,
            overrides: &self.overrides,
            ignored: &draft.ignored,
        }
    }

    /// "Title, Company" for a role key, or the key itself when the role is unknown.
    pub fn role_label(&self, key: &str) -> String {
        self.roles
            .iter()
            .find(|r| r.key == key)
            .map_or_else(|| key.to_string(), |r| r.label.clone())
    }
}
