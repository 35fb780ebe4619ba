//! The small theme: every style on screen comes from here. With `NO_COLOR` set (non-empty) no
//! colour is used at all; bold, dim, underline and reverse carry the meaning instead.

use ratatui::style::{Color, Modifier, Style};

use crate::coach::Level;

/// The styles of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to a non-empty value.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    /// The coloured theme.
    pub fn color() -> Theme {
        Theme { color: true }
    }

    /// The theme without any colour.
    pub fn no_color() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// Plain text.
    pub fn text(&self) -> Style {
        Style::new()
    }
    /// Titles and the current question.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    /// Secondary text: why-lines, ages, group counts.
    pub fn dim(&self) -> Style {
        self.fg(Color::Gray).add_modifier(Modifier::DIM)
    }
    /// The hint under the question.
    pub fn hint(&self) -> Style {
        self.fg(Color::LightBlue)
    }
    /// Example answers.
    pub fn example(&self) -> Style {
        self.fg(Color::Gray).add_modifier(Modifier::ITALIC)
    }
    /// The part of the preview the current rung adds.
    pub fn highlight(&self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// A placeholder for an empty rung.
    pub fn placeholder(&self) -> Style {
        self.fg(Color::DarkGray).add_modifier(Modifier::DIM)
    }
    /// A rung that is answered, a finished draft.
    pub fn done(&self) -> Style {
        self.fg(Color::Green)
    }
    /// Warnings and errors.
    pub fn warning(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    /// A finding of this level (the text beside it names the level too).
    pub fn level(&self, level: Level) -> Style {
        match level {
            Level::Error => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Level::Warning => self.fg(Color::Yellow),
            Level::Hint => self.fg(Color::LightBlue),
        }
    }
    /// A finding fixed during this visit to the rung.
    pub fn fixed(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::DIM)
    }
    /// The selected row or the rung being climbed.
    pub fn selected(&self) -> Style {
        if self.color {
            Style::new()
                .bg(Color::DarkGray)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }
    /// Key names in the footer and help.
    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    /// The border of the focused box.
    pub fn focus_border(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    /// The border of other boxes.
    pub fn border(&self) -> Style {
        self.fg(Color::DarkGray)
    }
    /// The text cursor inside a focused field.
    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}
