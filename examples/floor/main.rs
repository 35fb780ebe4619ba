//! The floor: the smallest honest ratatui 0.30 app, used by `benches/tty.sh` as the reference that
//! rung's start-up and key latency are compared with. It draws one paragraph with a question and
//! echoes what is typed; Esc or Ctrl-C quits.

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};

mod frame;

fn main() -> std::io::Result<()> {
    ratatui::run(|terminal| {
        let mut answer = String::new();
        loop {
            terminal.draw(|f| frame::draw(f, &answer))?;
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
