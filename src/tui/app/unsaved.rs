//! What the app does when a save fails, so that nothing typed is ever dropped:
//! - on the draft's own screen the status line says "not saved" and autosave keeps trying;
//! - leaving the draft tries once more, and when that fails too the draft is kept aside
//!   (`recovery/` in the workspace, else the state folder; see `Workspace::keep_aside`);
//! - a draft that cannot be written anywhere stays in memory (and in the guard, for signals);
//! - quitting while something is not saved in its place warns once and stays; the next quit
//!   leaves, and rung says on the terminal where each copy is, or prints a draft that could be
//!   written nowhere so the user can copy it.

use super::App;
use crate::ladder::{Draft, DraftId};
use crate::tui::app::msg::Effect;
use crate::tui::app::session::Session;

impl App {
    /// The draft shown, when it can be changed here.
    fn editable(&self) -> Option<&Draft> {
        self.session()
            .filter(|s| s.read_only.is_none())
            .map(|s| &s.draft)
    }

    /// A save of the draft on screen failed.
    pub(super) fn save_failed(&mut self, why: String) {
        self.unsaved = true;
        if self.quit && !self.terminal_gone {
            // Leaving now would lose the changes: keep a copy aside, stay, and say how to
            // leave anyway.
            self.quit = false;
            self.quit_warned = true;
            self.recover_shown();
            self.shared.warn(format!(
                "not saved: {why}; press {} again to quit (rung keeps a copy of the draft aside)",
                quit_key()
            ));
        } else {
            if self.terminal_gone {
                self.recover_shown();
            }
            self.shared.warn(format!("not saved: {why}"));
        }
    }

    /// A save failed; `draft` is what was being saved.
    pub(super) fn not_saved(&mut self, draft: Box<Draft>, why: String) {
        if self.editable().is_some_and(|d| d.id == draft.id) {
            return self.save_failed(why);
        }
        // The user left the draft before its save came back: keep it aside.
        self.shared.warn(format!(
            "not saved: {why}; rung keeps draft {} aside",
            draft.id
        ));
        self.shared.effect(Effect::Recover(draft));
    }

    /// Draft `id` reached its file: a copy kept aside earlier is no longer the only one, and
    /// a later failure warns again before quitting.
    pub(super) fn saved(&mut self, id: &DraftId) {
        self.unsaved = false;
        self.aside.retain(|(i, _)| i != id);
        self.held.retain(|(d, _)| d.id != *id);
        if self.held.is_empty() {
            self.quit_warned = false;
        }
    }

    /// A draft was kept aside in `path`.
    pub(super) fn kept_aside(&mut self, id: DraftId, path: String) {
        self.held.retain(|(d, _)| d.id != id);
        self.aside.retain(|(i, _)| *i != id);
        let line = format!(
            "draft {id} is not saved in the workspace's drafts folder; a copy is in {path}"
        );
        if self.quit_warned {
            self.shared.warn(format!(
                "not saved; press {} again to quit. A copy of draft {id} is in {path}",
                quit_key()
            ));
        } else {
            self.shared.warn(line.clone());
        }
        self.aside.push((id, line));
    }

    /// A draft could be written nowhere.
    pub(super) fn not_kept(&mut self, draft: Draft, why: String) {
        let id = draft.id.clone();
        self.held.retain(|(d, _)| d.id != id);
        if self.quit_warned {
            self.shared.warn(format!(
                "draft {id} could not be written anywhere; press {} again to quit and rung prints it for you to copy ({why})",
                quit_key()
            ));
        } else {
            self.shared.warn(format!(
                "draft {id} could not be written anywhere ({why}); it is only in memory: free some space and keep working, or quit and rung prints it for you to copy"
            ));
        }
        self.held.push((draft, why));
    }

    /// Keeps the draft on screen aside when its last save failed.
    fn recover_shown(&mut self) {
        if let Some(draft) = self.editable().cloned() {
            self.shared.effect(Effect::Recover(Box::new(draft)));
        }
    }

    /// The draft on screen is being left: when its last save failed and no save is on its
    /// way, try once more (a failure keeps it aside, see [`App::not_saved`]).
    pub(super) fn leaving_draft(&mut self) {
        if self.unsaved
            && let Some(draft) = self.editable().cloned()
            && !self.shared.saving(&draft.id)
        {
            self.shared.effect(Effect::Save(Box::new(draft)));
        }
        self.unsaved = false;
    }

    /// The user asked to quit.
    pub(super) fn quit(&mut self) {
        let leave = self.terminal_gone || self.quit_warned;
        if self.unsaved {
            self.recover_shown();
            if !leave {
                self.quit_warned = true;
                self.shared.warn(format!(
                    "not saved: the last save failed; rung keeps a copy aside. Press {} again to quit",
                    quit_key()
                ));
                return;
            }
        } else {
            let save = self.session_mut().and_then(Session::flush);
            self.shared.maybe(save);
            if !self.held.is_empty() && !leave {
                self.quit_warned = true;
                let ids: Vec<String> = self.held.iter().map(|(d, _)| d.id.to_string()).collect();
                self.shared.warn(format!(
                    "draft {} could not be written anywhere; press {} again to quit and rung prints it for you to copy",
                    ids.join(", "),
                    quit_key()
                ));
                return;
            }
        }
        self.shared.effect(Effect::Quit);
        self.quit = true;
    }

    /// What the user must hear once the terminal is given back: where each draft that was not
    /// saved in its place is, and the text of each draft that could be written nowhere.
    /// Empty when everything is saved.
    pub fn farewell(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.aside.iter().map(|(_, l)| l.clone()).collect();
        for (draft, why) in &self.held {
            let text = crate::workspace::draft_text(draft).unwrap_or_else(|e| {
                format!("(the draft could not be shown as a file: {e})\n{draft:#?}")
            });
            lines.push(format!(
                "draft {} could not be written anywhere ({why}). Here it is; save it as {}.toml in the workspace's drafts folder:\n{text}",
                draft.id, draft.id
            ));
        }
        lines
    }

    /// A draft held only in memory, for the guard (a signal keeps it).
    pub(super) fn held_draft(&self) -> Option<&Draft> {
        self.held.first().map(|(d, _)| d)
    }
}

/// The key that quits from anywhere, as the table binds it.
fn quit_key() -> String {
    crate::tui::keys::key_for(
        crate::tui::keys::Scope::Global,
        crate::tui::keys::Action::Quit,
    )
}
