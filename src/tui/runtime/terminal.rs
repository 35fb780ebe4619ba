//! Terminal setup and teardown: alternate screen, raw mode, bracketed paste and mouse reports
//! (clicks and the wheel; Shift with the mouse still selects text in most terminals), undone on
//! every exit path (a panic hook turns bracketed paste off before ratatui's hook restores the
//! rest). Also suspends the terminal around the external editor.

use std::io::{BufWriter, Stdout, Write, stdout};
use std::path::PathBuf;
use std::process::Command;

use crossterm::event::{
    DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::layout::{Position, Rect};
use ratatui::{Terminal, TerminalOptions, Viewport};

/// The terminal rung draws on. Standard output goes through a buffer, so the few hundred small
/// escape sequences of a frame are gathered into one write, instead of each taking the
/// standard-output lock and being scanned for line ends (a frame is written out whole at the
/// end of every draw). The viewport is the window's size, fixed until [`fit`] is called: a
/// full-screen ratatui terminal asks the kernel for the size before every frame (three system
/// calls per key), where rung asks only when the window says it changed.
pub type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Takes over the terminal: raw mode, the alternate screen and bracketed paste, with a panic
/// hook that gives them back before the panic is reported.
pub fn init() -> anyhow::Result<Term> {
    use anyhow::Context;
    const NEEDS_TTY: &str = "rung's coach needs an interactive terminal; \
        in scripts use commands such as `rung list` or `rung show ID`";
    // Nothing is written before raw mode is on: without a terminal, the error is all there is.
    enable_raw_mode().context(NEEDS_TTY)?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, stdout()));
    let started = execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableFocusChange,
        EnableMouseCapture
    )
    .and_then(|()| {
        let area = Rect::from((Position::ORIGIN, backend.size()?));
        Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(area),
            },
        )
    });
    started.inspect_err(|_| restore()).context(NEEDS_TTY)
}

/// Makes the viewport the window's size again, after the window said it was resized (or
/// after the editor, while which it may have been). The next frame is drawn whole.
pub fn fit(terminal: &mut Term) -> std::io::Result<()> {
    let area = Rect::from((Position::ORIGIN, terminal.size()?));
    terminal.resize(area)
}

/// Gives the terminal back as it was: bracketed paste off, cursor shown, then raw mode and
/// the alternate screen undone. Safe to call more than once and from any thread.
pub fn restore() {
    let _ = execute!(
        stdout(),
        DisableFocusChange,
        DisableMouseCapture,
        DisableBracketedPaste,
        crossterm::cursor::Show
    );
    ratatui::restore();
}

/// Runs `$VISUAL`, `$EDITOR` or `vi` on `text`; returns what the user saved, and where the
/// file is kept when the text is longer than an answer may be (the answer takes what fits;
/// the whole text stays in that file, so nothing is lost).
pub fn edit(terminal: &mut Term, text: &str) -> anyhow::Result<(String, Option<PathBuf>)> {
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
    execute!(
        stdout(),
        DisableFocusChange,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen
    )?;
    disable_raw_mode()?;
    // Through the shell, so editors set with arguments (`code --wait`) work; `exec`, so the
    // process rung knows is the editor itself, and a signal that ends rung can end it too.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("exec {editor} \"$1\""))
        .arg("rung")
        .arg(file.path())
        .spawn()
        .and_then(|mut child| {
            crate::tui::runtime::guard::editor(Some(child.id()));
            let status = child.wait();
            crate::tui::runtime::guard::editor(None);
            status
        });
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableFocusChange,
        EnableMouseCapture
    )?;
    fit(terminal)?;
    terminal.clear()?;
    let status = status.map_err(|e| anyhow::anyhow!("cannot start `{editor}`: {e}"))?;
    if !status.success() {
        anyhow::bail!("`{editor}` exited with {status}; the answer is unchanged");
    }
    let edited = std::fs::read_to_string(file.path())?;
    if edited.trim_end().chars().count() > crate::ladder::draft::MAX_ANSWER_CHARS {
        let (_, path) = file.keep()?;
        return Ok((edited, Some(path)));
    }
    Ok((edited, None))
}
