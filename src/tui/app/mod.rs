//! The app state and its `update`: messages in, state changes and queued effects out.
//! Screen-specific messages go to the screen's own module; this file only routes them and
//! handles what every screen shares (ticks, quitting, help, results of effects).

pub mod findings;
pub mod msg;
pub mod session;
pub mod shared;
pub mod text;

use std::time::Instant;

mod input;
mod nav;
mod opened;
mod pointer;
mod safety;
mod trash;
mod unsaved;

pub use nav::{Nav, Screen};

use super::Start;
use crate::coach::Overrides;
use crate::ladder::PackSet;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::session::Session;
pub use crate::tui::app::shared::{Shared, Status};
use crate::tui::keys::{Action, Scope};
use crate::tui::overlay::Overlay;
use crate::tui::render::theme::Theme;
use crate::tui::screens::home::Home;
use crate::tui::screens::job_match;

/// The whole app.
#[derive(Debug)]
pub struct App {
    /// State every screen shares.
    pub shared: Shared,
    /// The home list (kept while other screens show, so selection and filter survive).
    pub home: Home,
    /// The current screen.
    pub screen: Screen,
    /// An overlay drawn on top, which gets keys first.
    pub overlay: Option<Overlay>,
    quit: bool,
    /// The last save failed (cleared by the next good one).
    unsaved: bool,
    /// The terminal is gone: quit even when the last save failed.
    terminal_gone: bool,
    /// Drafts that could not be written anywhere, and why: only memory holds them now.
    held: Vec<(crate::ladder::Draft, String)>,
    /// Drafts not saved in their place but kept aside, one line each for leaving.
    aside: Vec<(crate::ladder::DraftId, String)>,
    /// Quitting was refused once because something is not saved: the next quit leaves.
    quit_warned: bool,
    /// Counts the changes to what is shown, so the loop draws only when it moved.
    version: u64,
    /// When home last asked whether the drafts folder changed.
    watched: Option<Instant>,
    /// The window's size as last reported (`None` until the loop says it).
    size: Option<(u16, u16)>,
    /// The last notice a listing brought, said once rather than at every return home.
    listing_notice: Option<String>,
    /// Keys (and clicks and pastes) let go behind the "make the window larger" message since
    /// the window became too small; the message counts them, so typing is seen to do nothing.
    ignored: u32,
}

/// How often the home screen looks whether another process changed the drafts folder.
pub const WATCH_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

impl App {
    /// A new app on the (still empty) home screen.
    pub fn new(packs: PackSet, theme: Theme, now: Instant) -> App {
        App {
            shared: Shared::new(packs, theme, now),
            home: Home::default(),
            screen: Screen::Home,
            overlay: None,
            quit: false,
            unsaved: false,
            terminal_gone: false,
            held: Vec::new(),
            aside: Vec::new(),
            quit_warned: false,
            version: 0,
            watched: None,
            size: None,
            listing_notice: None,
            ignored: 0,
        }
    }

    /// The same app checking with the user's rule levels.
    pub fn with_overrides(mut self, overrides: Overrides) -> App {
        self.shared.overrides = overrides;
        self
    }

    /// Queues what the start of the app needs. Only the home screen lists the workspace; a
    /// ladder opened at start-up reads the role names alone, so it never waits for the drafts.
    pub fn start(&mut self, start: Start) {
        // A crash's recovered drafts are asked about first (one folder read when there are none).
        self.shared.effect(Effect::CheckRecovery);
        let first = match start {
            Start::Home => Effect::Reload,
            Start::New { role, pack } => Effect::Create { role, pack },
            Start::Open(id) => Effect::Load(id),
        };
        if first != Effect::Reload {
            self.shared.effect(Effect::Roles);
        }
        self.shared.effect(first);
    }

    /// Moves whenever what is shown may have changed: every message but a tick, and a tick that
    /// cleared the status line or started an autosave.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// True when an update left work for [`App::run_deferred_checks`].
    pub fn has_deferred_checks(&self) -> bool {
        match &self.screen {
            Screen::Ladder(l) => l.stale(),
            _ => false,
        }
    }

    /// Does the work an update left for after the frame (the ladder's check of an edited
    /// answer, see [`Shared::defer_checks`]); true when that changed what is on screen.
    pub fn run_deferred_checks(&mut self) -> bool {
        let changed = match &mut self.screen {
            Screen::Ladder(l) => l.run_checks(&self.shared),
            _ => false,
        };
        self.version += u64::from(changed);
        changed
    }

    /// The effects queued so far, oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        self.shared.take_effects()
    }

    /// True once the app has asked to quit.
    pub fn quitting(&self) -> bool {
        self.quit
    }

    /// When the next autosave is due, so the loop can wake up for it.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.session().and_then(Session::due_at)
    }

    /// The draft being edited, if any.
    pub fn session(&self) -> Option<&Session> {
        match &self.screen {
            Screen::Home
            | Screen::JobMatch(_)
            | Screen::Coverage(_)
            | Screen::Import(_)
            | Screen::Trash(_) => None,
            Screen::Ladder(l) => Some(&l.session),
            Screen::Review(r) => Some(&r.session),
        }
    }

    fn session_mut(&mut self) -> Option<&mut Session> {
        match &mut self.screen {
            Screen::Home
            | Screen::JobMatch(_)
            | Screen::Coverage(_)
            | Screen::Import(_)
            | Screen::Trash(_) => None,
            Screen::Ladder(l) => Some(&mut l.session),
            Screen::Review(r) => Some(&mut r.session),
        }
    }

    /// Runs `update` on a message and on every follow-up message it returns.
    pub fn send(&mut self, msg: Msg) {
        self.shared.said = false;
        let mut next = Some(msg);
        while let Some(msg) = next {
            next = self.update(msg);
        }
    }

    /// Changes the state for one message; may return a follow-up message.
    pub fn update(&mut self, msg: Msg) -> Option<Msg> {
        if !matches!(msg, Msg::Tick(_)) {
            self.version += 1;
        }
        if self.too_small() && Self::hidden_input(&msg) {
            self.ignored = self.ignored.saturating_add(1);
            return None;
        }
        match msg {
            Msg::Tick(now) => self.tick(now),
            Msg::Resize { width, height } => {
                self.size = Some((width, height));
                if !self.too_small() {
                    self.ignored = 0;
                }
            }
            Msg::Mouse(mouse) => return self.mouse(mouse),
            Msg::Action(action) => return self.action(action),
            // Under an overlay, typing and pasting reach only the overlay.
            Msg::Edit(_) | Msg::Paste(_) if self.overlay.is_some() => {
                if let Some(o) = &mut self.overlay {
                    o.edit(&msg);
                }
            }
            Msg::Edit(_) | Msg::Paste(_) | Msg::EditorClosed(_) if self.read_only() => {
                self.refuse_change();
            }
            Msg::Edit(_) | Msg::Paste(_) | Msg::EditorClosed(_) => self.route(msg),
            Msg::Listed {
                listing,
                roles,
                now,
            } => {
                self.shared.roles = roles;
                self.shared.wall = now;
                let mut listing = listing;
                let notices = std::mem::take(&mut listing.notices);
                if let Some(last) = notices.last() {
                    let more = match notices.len() {
                        1 => String::new(),
                        n => format!(" (and {} more like it)", n - 1),
                    };
                    let notice = format!("{last}{more}");
                    if self.listing_notice.as_ref() != Some(&notice) {
                        self.shared.say(notice.clone());
                        self.listing_notice = Some(notice);
                    }
                }
                self.home.set_listing(listing, &self.shared);
                if let Screen::Review(r) = &mut self.screen {
                    r.set_role_drafts(self.home.drafts());
                }
            }
            Msg::Previewed {
                listing,
                bullets,
                total,
                roles,
                now,
            } => {
                if !self.home.loaded {
                    self.shared.roles = roles;
                    self.shared.wall = now;
                    self.home.set_preview(listing, bullets, total, &self.shared);
                }
            }
            Msg::NewDraftChoices {
                roles,
                pack,
                role_packs,
                last,
            } => self.ask_new_draft(roles, pack, role_packs, last),
            Msg::Roles(roles) => {
                self.shared.roles = roles;
                self.home.regroup(&self.shared);
            }
            Msg::Created { draft, warning } => self.created(draft, warning),
            Msg::Opened(draft) => self.opened(draft),
            msg @ (Msg::OpenedReadOnly { .. }
            | Msg::SaveConflict(_)
            | Msg::Settled { .. }
            | Msg::RecoveryFound { .. }
            | Msg::RecoveryDone { .. }
            | Msg::Notice { .. }) => return self.safety(msg),
            Msg::OpenFailed(why) => {
                self.shared.warn(format!("cannot open the draft: {why}"));
                self.go(Nav::Home);
            }
            Msg::Saved { id, updated } => {
                self.saved(&id);
                if let Some(s) = self.session_mut().filter(|s| s.draft.id == id) {
                    s.draft.updated = updated;
                }
                self.home.stamp(&id, updated, &self.shared);
            }
            Msg::SaveFailed(why) => self.save_failed(why),
            Msg::NotSaved { draft, why } => self.not_saved(draft, why),
            Msg::KeptAside { id, path } => self.kept_aside(id, path),
            Msg::NotKept { draft, why } => self.not_kept(*draft, why),
            Msg::Trashed(id) => {
                self.home.remove(&id, &self.shared);
                self.shared
                    .say(format!("moved {id} to the trash (t shows the trash)"));
                self.shared.effect(Effect::Reload);
            }
            Msg::TrashFailed(why) => self.shared.warn(format!("not deleted: {why}")),
            msg @ (Msg::TrashListed(_) | Msg::Restored(_) | Msg::TrashEmptied { .. }) => {
                self.trash_news(msg)
            }
            Msg::EditorFailed(why) => self.shared.warn(format!("the editor did not run: {why}")),
            Msg::Copied(message) => self.shared.say(message),
            Msg::CopyFailed(message) => self.shared.warn(message),
            Msg::JobDescriptionRead { .. } | Msg::JobDescriptionFailed(_) => {
                job_match::received(msg, &mut self.shared)
            }
            Msg::ImportProgress(_)
            | Msg::ResumeRead(_)
            | Msg::ResumeFailed(_)
            | Msg::Imported(_)
            | Msg::ImportFailed(_)
            | Msg::PathCompleted { .. } => {
                if let Screen::Import(i) = &mut self.screen {
                    i.received(msg, &mut self.shared);
                }
            }
            Msg::TerminalGone => {
                self.terminal_gone = true;
                if let Some(Overlay::Conflict { mine }) = self.overlay.take() {
                    self.shared.effect(Effect::Recover(mine));
                }
                return Some(Msg::Action(Action::Quit));
            }
        }
        None
    }

    fn tick(&mut self, now: Instant) {
        self.shared.now = now;
        if let Some(s) = &self.shared.status
            && now.saturating_duration_since(s.at) >= s.lifetime()
        {
            self.shared.status = None;
            self.version += 1;
        }
        if self.on_home()
            && self
                .watched
                .is_none_or(|w| now.saturating_duration_since(w) >= WATCH_EVERY)
        {
            self.watched = Some(now);
            self.shared.effect(Effect::Watch);
        }
        let save = self.session_mut().and_then(|s| s.autosave(now));
        self.version += u64::from(save.is_some());
        self.shared.maybe(save);
    }

    fn action(&mut self, action: Action) -> Option<Msg> {
        if let Some(overlay) = self.overlay.take() {
            if action == Action::Help && !matches!(overlay, Overlay::Help { .. }) {
                // Help over a question: closing help asks the question again.
                let scopes = vec![overlay.scope(), Scope::Global];
                self.overlay = Some(Overlay::help(scopes, Some(overlay)));
                return None;
            }
            let (keep, follow) = overlay.update(action, &mut self.shared);
            self.overlay = keep;
            return follow;
        }
        match action {
            Action::Quit => self.quit(),
            Action::Help => self.overlay = Some(Overlay::help(self.scopes(), None)),
            a if self.read_only() && safety::changes_the_draft(a) => self.refuse_change(),
            _ => self.route(Msg::Action(action)),
        }
        None
    }
}
