//! The floor's one frame: a bordered paragraph with the question and what was typed. Shared by
//! the floor app and `benches/core.rs`, so the benchmark of a key on the floor draws exactly
//! what the app does.

use ratatui::Frame;
use ratatui::widgets::{Block, Paragraph, Wrap};

/// Draws the question and the answer typed so far.
pub fn draw(frame: &mut Frame, answer: &str) {
    let text = format!("What did you work on?\n\n> {answer}");
    let widget = Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title("floor"));
    frame.render_widget(widget, frame.area());
}
