//! tmux: `tmux load-buffer -w -` puts the text in tmux's paste buffer and asks tmux to pass it on
//! to the outer terminal's clipboard. `$TMUX`, inherited from the environment, tells the command
//! which server to talk to.
//!
//! Choices: tmux passes the buffer on reliably only with `set-clipboard on`; with its default
//! (`external`), over SSH nothing reaches the user's own clipboard, and with `off` nothing ever
//! does. So after copying, the provider reads `tmux show -gv set-clipboard` and, unless it is
//! `on`, says the text is in tmux's buffer and gives the exact commands that make it reach the
//! clipboard too.

use std::process::{Command, Stdio};

use super::{Clipboard, ClipboardError, CommandClipboard, CopyReport};

/// The tmux provider: `tmux load-buffer -w -`, then a look at `set-clipboard`.
pub struct TmuxClipboard {
    load: CommandClipboard,
    program: String,
}

/// The tmux provider, run as `tmux` from `PATH`.
pub fn tmux_clipboard() -> TmuxClipboard {
    TmuxClipboard::new("tmux")
}

impl TmuxClipboard {
    /// A provider running this tmux program.
    pub fn new(program: &str) -> TmuxClipboard {
        TmuxClipboard {
            load: CommandClipboard::new(program, &["load-buffer", "-w", "-"]),
            program: program.to_string(),
        }
    }

    /// The server's `set-clipboard` value (`on`, `external`, `off`), when tmux says.
    fn set_clipboard(&self) -> Option<String> {
        let out = Command::new(&self.program)
            .args(["show", "-gv", "set-clipboard"])
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        let value = String::from_utf8_lossy(&out.stdout).trim().to_string();
        (out.status.success() && !value.is_empty()).then_some(value)
    }
}

/// What to tell the user after copying, given tmux's `set-clipboard`.
pub fn message(set_clipboard: Option<&str>) -> String {
    const BUFFER: &str = "Copied to tmux's buffer (paste with prefix ]).";
    match set_clipboard {
        Some("on") => format!("{BUFFER} tmux also passes it to your terminal's clipboard."),
        Some(value) => format!(
            "{BUFFER} tmux's set-clipboard is `{value}`, so your own clipboard may not get it (over SSH it does not). \
             To have tmux pass it on, run `tmux set -g set-clipboard on` and add `set -g set-clipboard on` to ~/.tmux.conf."
        ),
        None => format!(
            "{BUFFER} If your own clipboard does not get it, run `tmux set -g set-clipboard on` and add `set -g set-clipboard on` to ~/.tmux.conf."
        ),
    }
}

impl Clipboard for TmuxClipboard {
    fn name(&self) -> String {
        "tmux".into()
    }

    fn copy(&mut self, text: &str) -> Result<CopyReport, ClipboardError> {
        let mut report = self.load.copy(text)?;
        report.provider = self.name();
        report.message = message(self.set_clipboard().as_deref());
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_says_what_to_do_unless_set_clipboard_is_on() {
        assert!(message(Some("on")).ends_with("passes it to your terminal's clipboard."));
        for value in [Some("external"), Some("off"), None] {
            assert!(
                message(value).contains("`tmux set -g set-clipboard on`"),
                "{value:?}"
            );
        }
    }
}
