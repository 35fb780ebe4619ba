//! The trash view: deleted drafts, newest first, with the start of each bullet and when it was
//! trashed. Enter or `r` brings the selected one back (home shows it again at once); `E` asks,
//! then empties the trash for good. An older copy of a trashed id (`<id>.<n>.toml`) is listed
//! and restored like the others.

pub(crate) mod view;

use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::{Nav, Shared};
use crate::tui::keys::{Action, Scope};
use crate::tui::overlay::Overlay;
use crate::workspace::Trashed;

/// The state of the trash view.
#[derive(Debug, Default)]
pub struct TrashView {
    /// What the trash holds, newest first.
    pub entries: Vec<Trashed>,
    /// True once the trash was read.
    pub loaded: bool,
    /// The selected entry.
    pub selected: usize,
}

impl TrashView {
    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        vec![Scope::Trash]
    }

    /// Handles a message for the trash view.
    pub fn update(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        let Msg::Action(action) = msg else {
            return None;
        };
        match action {
            Action::Down => self.selected += 1,
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Restore => match self.entries.get(self.selected) {
                Some(t) => shared.effect(Effect::Restore(t.name.clone())),
                None => shared.say("the trash is empty"),
            },
            Action::EmptyTrash if self.entries.is_empty() => shared.say("the trash is empty"),
            Action::EmptyTrash => {
                return Some(Nav::Overlay(Overlay::EmptyTrash {
                    count: self.entries.len(),
                }));
            }
            Action::GoHome => return Some(Nav::Home),
            _ => {}
        }
        self.clamp();
        None
    }

    /// Takes what the trash holds now.
    pub fn set_entries(&mut self, entries: Vec<Trashed>) {
        self.entries = entries;
        self.loaded = true;
        self.clamp();
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
    }
}
