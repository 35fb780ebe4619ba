//! The mouse: the wheel moves through the list or scrolls the text in view, a click on a footer
//! entry does what its key does, a click on a rung of the ladder's rail goes to that rung, and
//! a click on a draft on home selects it (a click on the selected one opens it). Where things
//! are comes from the same layout the drawing uses, at the window size last reported, so
//! mapping a click is a pure function of the state.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::{App, Screen};
use crate::tui::app::msg::Msg;
use crate::tui::keys::{self, Action};
use crate::tui::render;
use crate::tui::screens::home::view as home_view;
use crate::tui::screens::ladder::view as ladder_view;

impl App {
    /// What a mouse event asks for, as the message a key would send; may select a draft.
    pub(super) fn mouse(&mut self, mouse: MouseEvent) -> Option<Msg> {
        let (width, height) = self.size?;
        let window = Rect::new(0, 0, width, height);
        match mouse.kind {
            MouseEventKind::ScrollDown => self.wheel([Action::Down, Action::ScrollDown]),
            MouseEventKind::ScrollUp => self.wheel([Action::Up, Action::ScrollUp]),
            MouseEventKind::Down(MouseButton::Left) => self.click(window, mouse.column, mouse.row),
            _ => None,
        }
    }

    /// The first of `wanted` that a key in the active scopes does.
    fn wheel(&self, wanted: [Action; 2]) -> Option<Msg> {
        let bound = keys::bindings(&self.scopes());
        wanted
            .into_iter()
            .find(|a| bound.iter().any(|b| b.action == *a))
            .map(Msg::Action)
    }

    fn click(&mut self, window: Rect, x: u16, y: u16) -> Option<Msg> {
        let areas = render::areas(self, window);
        if areas.footer.contains(Position::new(x, y)) {
            return keys::footer_buttons(&self.scopes(), usize::from(areas.footer.width))
                .into_iter()
                .find(|b| x >= areas.footer.x + b.x && x < areas.footer.x + b.x + b.width)
                .map(|b| Msg::Action(b.action));
        }
        if self.overlay.is_some() {
            return None;
        }
        match &self.screen {
            Screen::Ladder(_) => ladder_view::rung_at(areas.body, x, y)
                .map(|rung| Msg::Action(Action::GoToRung(rung))),
            Screen::Home if !self.home.filtering() => {
                let at = home_view::entry_at(&self.home, &self.shared, areas.body, y)?;
                if at == self.home.selected {
                    Some(Msg::Action(Action::Open))
                } else {
                    self.home.selected = at;
                    None
                }
            }
            _ => None,
        }
    }
}
