//! What the app does about safety: a draft open in another window (read-only), a draft
//! changed on disk (ask which version), a draft left by a crash (ask which copy), and what a
//! crash would lose right now (for the signal thread and the panic hook, see `guard.rs`).

use super::{App, Nav, Screen};
use crate::ladder::Draft;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::session::Session;
use crate::tui::keys::Action;
use crate::tui::overlay::Overlay;

impl App {
    /// The draft with changes a crash would lose: unsaved edits, a save that failed, or the
    /// version kept aside by a conflict question.
    pub fn unsaved_draft(&self) -> Option<&Draft> {
        if let Some(Overlay::Conflict { mine }) = &self.overlay {
            return Some(mine);
        }
        let Some(session) = self.session() else {
            return self.held_draft();
        };
        match session.unsaved() {
            Some(draft) => Some(draft),
            None if self.unsaved && session.read_only.is_none() => Some(&session.draft),
            None => self.held_draft(),
        }
    }

    /// The messages of this module's questions and notices.
    pub(super) fn safety(&mut self, msg: Msg) -> Option<Msg> {
        match msg {
            // The banner says why; the status line stays free for what happens next.
            // Shown cleaned like any opened draft; read-only, so never written back.
            Msg::OpenedReadOnly { mut draft, why } => {
                crate::tui::app::text::clean_draft(&mut draft);
                self.go(Nav::Ladder(Session::read_only(draft, why)));
            }
            Msg::SaveConflict(mine) => return self.conflict(mine),
            Msg::Settled { draft, note } => {
                self.unsaved = false;
                self.shared.say(note);
                if let Some(mut draft) = draft {
                    crate::tui::app::text::clean_draft(&mut draft);
                    let session = Session::opened(*draft);
                    let nav = match self.screen {
                        Screen::Review(_) => Nav::Review(session),
                        _ => Nav::Ladder(session),
                    };
                    self.go(nav);
                }
            }
            Msg::RecoveryFound { recovered, saved } => {
                self.overlay = Some(Overlay::recover(&recovered, saved.as_deref(), &self.shared));
            }
            Msg::RecoveryDone { id, note, reopen } => {
                self.shared.say(note);
                if reopen {
                    self.shared.effect(Effect::Load(id));
                }
                self.shared.effect(Effect::Reload);
                self.shared.effect(Effect::CheckRecovery);
            }
            Msg::Notice { text, warning } => {
                if warning {
                    self.shared.warn(text);
                } else {
                    self.shared.say(text);
                }
            }
            _ => {}
        }
        None
    }

    /// True when the open draft cannot be changed here.
    pub fn read_only(&self) -> bool {
        self.session().is_some_and(|s| s.read_only.is_some())
    }

    pub(super) fn refuse_change(&mut self) {
        let why = self
            .session()
            .and_then(|s| s.read_only.clone())
            .unwrap_or_default();
        self.shared.warn(format!("not changed: {why}"));
    }

    /// A save found the file changed on disk: ask which version to keep. When leaving
    /// because the terminal is gone, keep ours in the recovery folder instead of asking.
    fn conflict(&mut self, mine: Box<Draft>) -> Option<Msg> {
        if let Some(s) = self.session_mut() {
            s.forget_changes();
        }
        if self.terminal_gone {
            self.shared.effect(Effect::Recover(mine));
            return None;
        }
        self.quit = false;
        self.overlay = Some(Overlay::Conflict { mine });
        None
    }
}

/// True for the keys that change the draft (refused while it is read-only here).
pub(super) fn changes_the_draft(action: Action) -> bool {
    matches!(
        action,
        Action::Editor
            | Action::Edit
            | Action::Reset
            | Action::Shorter
            | Action::ToggleFinished
            | Action::ToggleStyle
            | Action::CycleBetter
            | Action::Ignore
            | Action::ApplyFix
            | Action::Undo
    )
}
