//! Terminal input in: events and keys turned into messages through the key scopes active now,
//! and what the "make the window larger" message lets through.

use crossterm::event::{Event, KeyEvent};
use ratatui_textarea::Input;

use super::{App, Screen, text};
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::keys::{self, Action, Scope};

impl App {
    /// The key scopes that are active now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        let mut scopes = match (&self.overlay, &self.screen) {
            (Some(o), _) => vec![o.scope()],
            (None, Screen::Home) => self.home.scopes(),
            (None, Screen::Ladder(l)) => l.scopes(),
            (None, Screen::Review(r)) => r.scopes(),
            (None, Screen::JobMatch(m)) => m.scopes(),
            (None, Screen::Coverage(c)) => c.scopes(),
            (None, Screen::Import(i)) => i.scopes(),
            (None, Screen::Trash(t)) => t.scopes(),
        };
        scopes.push(Scope::Global);
        scopes
    }

    /// True when typed characters go into a text field.
    pub fn text_focus(&self) -> bool {
        match &self.overlay {
            Some(o) => o.takes_text(),
            None => match &self.screen {
                Screen::Home => self.home.filtering(),
                Screen::Ladder(l) => l.text_focus(),
                Screen::Review(r) => r.editing(),
                Screen::JobMatch(_) | Screen::Coverage(_) | Screen::Trash(_) => false,
                Screen::Import(i) => i.text_focus(),
            },
        }
    }

    /// True while the home list shows, with its listing read, under no overlay.
    pub(super) fn on_home(&self) -> bool {
        matches!(self.screen, Screen::Home) && self.overlay.is_none() && self.home.loaded
    }

    /// Handles one terminal event.
    pub fn event(&mut self, event: Event) {
        match event {
            Event::Key(key) => self.key(key),
            Event::Paste(text) => self.send(Msg::Paste(text)),
            // Back from another window, where the workspace may have been changed.
            Event::FocusGained if self.on_home() => self.shared.effect(Effect::Reload),
            Event::Resize(width, height) => self.send(Msg::Resize { width, height }),
            Event::Mouse(mouse) => self.send(Msg::Mouse(mouse)),
            _ => {}
        }
    }

    /// True when the window is below the smallest usable size: only the "make the window
    /// larger" message shows, and only quitting and resizing act.
    pub fn too_small(&self) -> bool {
        self.size
            .is_some_and(|(w, h)| crate::tui::render::too_small_size(w, h))
    }

    /// How many inputs were let go behind the "make the window larger" message.
    pub fn ignored_inputs(&self) -> u32 {
        self.ignored
    }

    /// What may not act behind the "make the window larger" message: everything but quitting,
    /// resizing and what the loop reports back.
    pub(super) fn hidden_input(msg: &Msg) -> bool {
        match msg {
            Msg::Action(a) => *a != Action::Quit,
            Msg::Edit(_) | Msg::Paste(_) | Msg::Mouse(_) => true,
            _ => false,
        }
    }

    /// Handles one key: the key table first, then the focused text field.
    pub fn key(&mut self, key: KeyEvent) {
        let action = keys::lookup(&self.scopes(), &key);
        let to_field = |a: &Action| a.edits_text() && self.text_focus();
        if let Some(action) = action.filter(|a| !to_field(a)) {
            self.send(Msg::Action(action));
        } else if self.text_focus() {
            // Editing keys go to the focused field with the key itself (see `text::input`).
            let input = Input::from(key);
            if !text::breaks_line(&input) && !text::is_hostile_key(&input) {
                self.send(Msg::Edit(input));
            }
        }
    }
}
