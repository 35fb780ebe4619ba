//! Terminal setup and teardown: alternate screen, raw mode and bracketed paste, undone on
//! every exit path (a panic hook turns bracketed paste off before ratatui's hook restores the
//! rest). Also suspends the terminal around the external editor.

use std::io::{Write, stdout};
use std::process::Command;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::DefaultTerminal;

/// Takes over the terminal.
pub fn init() -> anyhow::Result<DefaultTerminal> {
    use anyhow::Context;
    const NEEDS_TTY: &str = "rung's coach needs an interactive terminal; \
        in scripts use commands such as `rung list` or `rung show ID`";
    let terminal = ratatui::try_init()
        .inspect_err(|_| {
            let _ = disable_raw_mode();
        })
        .context(NEEDS_TTY)?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste);
        previous(info);
    }));
    if let Err(e) = execute!(stdout(), EnableBracketedPaste) {
        restore();
        return Err(e.into());
    }
    Ok(terminal)
}

/// Gives the terminal back as it was: bracketed paste off, cursor shown, then raw mode and
/// the alternate screen undone. Safe to call more than once and from any thread.
pub fn restore() {
    let _ = execute!(stdout(), DisableBracketedPaste, crossterm::cursor::Show);
    ratatui::restore();
}

/// Runs `$VISUAL`, `$EDITOR` or `vi` on `text`; returns what the user saved.
pub fn edit(terminal: &mut DefaultTerminal, text: &str) -> anyhow::Result<String> {
    let mut file = tempfile::Builder::new()
        .prefix("rung-answer-")
        .suffix(".txt")
        .tempfile()?;
    writeln!(file, "{text}")?;
    file.flush()?;
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .find(|v| !v.is_empty())
        .map_or_else(|| "vi".to_string(), |v| v.to_string_lossy().into_owned());
    execute!(stdout(), DisableBracketedPaste, LeaveAlternateScreen)?;
    disable_raw_mode()?;
    // Through the shell, so editors set with arguments (`code --wait`) work.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("rung")
        .arg(file.path())
        .status();
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    terminal.clear()?;
    let status = status.map_err(|e| anyhow::anyhow!("cannot start `{editor}`: {e}"))?;
    if !status.success() {
        anyhow::bail!("`{editor}` exited with {status}; the answer is unchanged");
    }
    Ok(std::fs::read_to_string(file.path())?)
}
