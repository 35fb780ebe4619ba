//! tmux: `tmux load-buffer -w -` puts the text in tmux's paste buffer and, with tmux's default
//! settings, also forwards it to the outer terminal's clipboard (a bare OSC 52 written from inside
//! tmux is ignored unless the user set `set-clipboard on`). `$TMUX`, inherited from the
//! environment, tells the command which server to talk to.

use super::CommandClipboard;

/// The tmux provider: `tmux load-buffer -w -`.
pub fn tmux_clipboard() -> CommandClipboard {
    CommandClipboard::new("tmux", &["load-buffer", "-w", "-"]).described(
        "tmux",
        "Copied to tmux's buffer (paste with prefix ]); tmux also passes it to your terminal's clipboard.",
    )
}
