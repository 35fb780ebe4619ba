//! Overlays: the help sheet and the delete confirmation. They get keys before the screen and
//! are drawn after it.

use super::app::Shared;
use super::keymap::{Action, Scope};
use super::msg::{Effect, Msg};
use crate::ladder::DraftId;

/// An overlay on top of the current screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Every key of the screen below.
    Help {
        /// The scopes of the screen below, whose keys are listed.
        scopes: Vec<Scope>,
        /// Lines scrolled away at the top.
        scroll: u16,
    },
    /// "Move this draft to the trash?"
    Confirm {
        /// The draft to trash.
        id: DraftId,
        /// How the draft is named in the question.
        what: String,
    },
}

impl Overlay {
    /// The help sheet for the keys of `scopes`.
    pub fn help(scopes: Vec<Scope>) -> Overlay {
        Overlay::Help { scopes, scroll: 0 }
    }

    /// The key scope of this overlay.
    pub fn scope(&self) -> Scope {
        match self {
            Overlay::Help { .. } => Scope::Help,
            Overlay::Confirm { .. } => Scope::Confirm,
        }
    }

    /// Handles an action; returns the overlay to keep (if any) and a follow-up message.
    pub fn update(self, action: Action, shared: &mut Shared) -> (Option<Overlay>, Option<Msg>) {
        match (self, action) {
            (Overlay::Help { .. }, Action::CloseOverlay) => (None, None),
            (Overlay::Help { scopes, scroll }, Action::ScrollDown) => (
                Some(Overlay::Help {
                    scopes,
                    scroll: scroll.saturating_add(1).min(200),
                }),
                None,
            ),
            (Overlay::Help { scopes, scroll }, Action::ScrollUp) => (
                Some(Overlay::Help {
                    scopes,
                    scroll: scroll.saturating_sub(1),
                }),
                None,
            ),
            (Overlay::Confirm { id, .. }, Action::Confirm) => {
                shared.effect(Effect::Trash(id));
                (None, None)
            }
            (Overlay::Confirm { .. }, Action::Cancel) => {
                shared.say("kept it");
                (None, None)
            }
            (_, Action::Quit) => (None, Some(Msg::Action(Action::Quit))),
            (keep, _) => (Some(keep), None),
        }
    }
}
