//! The floor: the smallest honest ratatui 0.30 app, used by `benches/tty.sh` as the reference that
//! rung's start-up and key latency are compared with. It draws one paragraph with a question and
//! echoes what is typed; Esc or Ctrl-C quits.

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::widgets::{Block, Paragraph, Wrap};

fn main() -> std::io::Result<()> {
    ratatui::run(|terminal| {
        let mut answer = String::new();
        loop {
            terminal.draw(|frame| {
                let text = format!("What did you work on?\n\n> {answer}");
                let widget = Paragraph::new(text)
                    .wrap(Wrap { trim: false })
                    .block(Block::bordered().title("floor"));
                frame.render_widget(widget, frame.area());
            })?;
            if let Event::Key(key) = event::read()? {
                if key.kind != KeyEventKind::Press {
                    continue;
                }
                match key.code {
                    KeyCode::Esc => return Ok(()),
                    KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                        return Ok(());
                    }
                    KeyCode::Char(c) => answer.push(c),
                    KeyCode::Backspace => {
                        answer.pop();
                    }
                    _ => {}
                }
            }
        }
    })
}
