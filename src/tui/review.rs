//! The review screen's state and update: the bullet in both styles, the chosen one editable
//! by hand, every note, finish, copy and style keys.
//!
//! A hand edit is kept as `draft.final_text` for the chosen style; editing it back to the
//! assembled text drops it again, and `r` throws it away.

use ratatui_textarea::TextArea;

use super::app::{Nav, Shared};
use super::keymap::{Action, Scope};
use super::msg::{Effect, Msg};
use super::session::Session;
use super::text;
use crate::ladder::{FinalText, Status, assemble, bullet};

/// The state of the review screen.
#[derive(Debug)]
pub struct Review {
    /// The draft under review.
    pub session: Session,
    /// The chosen style's bullet, editable.
    pub editor: TextArea<'static>,
    editing: bool,
}

impl Review {
    /// The review of a draft.
    pub fn new(session: Session, shared: &Shared) -> Review {
        let mut review = Review {
            session,
            editor: TextArea::default(),
            editing: false,
        };
        review.load(shared);
        review
    }

    /// True while the bullet is being edited.
    pub fn editing(&self) -> bool {
        self.editing
    }

    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        vec![if self.editing {
            Scope::ReviewEdit
        } else {
            Scope::Review
        }]
    }

    fn load(&mut self, shared: &Shared) {
        let draft = &self.session.draft;
        let text = bullet(draft, shared.pack(&draft.pack), draft.style);
        self.editor = text::field(&text, "the bullet is empty", &shared.theme);
        text::set_focus(&mut self.editor, self.editing, &shared.theme);
    }

    fn sync(&mut self, shared: &Shared) {
        let draft = &mut self.session.draft;
        let text = text::text_of(&self.editor).trim().to_string();
        let assembled = assemble(draft, shared.pack(&draft.pack), draft.style);
        let style = draft.style;
        draft.final_text = (text != assembled).then_some(FinalText { text, style });
        self.session.touch(shared.now);
    }

    /// Handles a message for the review screen.
    pub fn update(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        match msg {
            Msg::Action(action) => return self.action(action, shared),
            Msg::Edit(input)
                if self.editing
                    && text::inserts_char(&input)
                    && text::text_of(&self.editor).chars().count() >= text::MAX_ANSWER_CHARS =>
            {
                shared.warn(text::too_long_message());
            }
            Msg::Edit(input) if self.editing && self.editor.input(input.clone()) => {
                self.sync(shared)
            }
            Msg::Paste(raw) if self.editing => {
                let room = text::MAX_ANSWER_CHARS
                    .saturating_sub(text::text_of(&self.editor).chars().count());
                let (clean, cut) = text::clean_paste_within(&raw, room);
                if cut {
                    shared.warn(text::too_long_message());
                }
                self.editor.insert_str(clean);
                self.sync(shared);
            }
            _ => {}
        }
        None
    }

    fn save_now(&mut self, shared: &mut Shared) {
        let save = self.session.flush();
        shared.maybe(save);
    }

    fn action(&mut self, action: Action, shared: &mut Shared) -> Option<Nav> {
        let draft = &mut self.session.draft;
        match action {
            Action::Edit => {
                self.editing = true;
                text::set_focus(&mut self.editor, true, &shared.theme);
            }
            Action::DoneEdit => {
                self.editing = false;
                text::set_focus(&mut self.editor, false, &shared.theme);
                self.save_now(shared);
            }
            Action::Reset => {
                if draft.final_text.take().is_some() {
                    shared.say("back to the assembled bullet");
                }
                self.session.touch(shared.now);
                self.load(shared);
                self.save_now(shared);
            }
            Action::ToggleFinished => {
                draft.status = match draft.status {
                    Status::Draft => Status::Finished,
                    Status::Finished => Status::Draft,
                };
                shared.say(format!("marked {}", draft.status.name()));
                self.session.touch(shared.now);
                self.save_now(shared);
            }
            Action::ToggleStyle => {
                draft.style = draft.style.toggled();
                shared.say(format!("style: {}", draft.style.name()));
                self.session.touch(shared.now);
                self.load(shared);
            }
            Action::Copy => {
                let text = bullet(draft, shared.pack(&draft.pack), draft.style);
                shared.effect(Effect::Copy(text));
            }
            Action::PrevRung => {
                self.save_now(shared);
                return Some(Nav::Ladder(self.session.clone()));
            }
            Action::GoHome => {
                self.save_now(shared);
                return Some(Nav::Home);
            }
            _ => {}
        }
        None
    }
}
