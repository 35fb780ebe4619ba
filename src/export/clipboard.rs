//! The clipboard: one small trait, a provider per way of reaching the user (tmux, OSC 52, a
//! system command, printing), a chooser that picks one from the environment and the config the way
//! helix and neovim do, and an in-memory provider for tests.
//!
//! Choices:
//! - Copied text is cleaned first: `\r\n` becomes `\n`, tabs become spaces, and every other control
//!   character is dropped, so nothing pasted can drive a terminal or break a form field.
//! - Providers say honestly what happened: a command that exits well "copied"; OSC 52 is never
//!   acknowledged by the terminal, so it is "sent"; the print fallback asks the caller to show the
//!   text for the user to select by hand.
//! - [`Copier`] wraps the chosen provider and keeps rung's own copy of the last copied text.

pub mod chooser;
pub mod command;
pub mod memory;
pub mod osc52;
pub mod tmux;

pub use chooser::{Environment, Plan, Preference, choose, plan};
pub use command::CommandClipboard;
pub use memory::MemoryClipboard;
pub use osc52::Osc52Clipboard;
pub use tmux::{TmuxClipboard, tmux_clipboard};

/// Something that can put text where the user can paste it.
pub trait Clipboard {
    /// The provider's short name for a status line: `tmux`, `OSC 52`, `xclip`, ...
    fn name(&self) -> String;

    /// Puts `text` on the clipboard (the caller has already cleaned it) and says what happened.
    fn copy(&mut self, text: &str) -> Result<CopyReport, ClipboardError>;
}

/// What a copy did, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    /// The provider's short name, as [`Clipboard::name`].
    pub provider: String,
    /// One sentence for the status line or stderr, e.g. `Copied with xclip.`
    pub message: String,
    /// How far the text got.
    pub delivery: Delivery,
    /// The text was longer than the provider carries and only its start was sent.
    pub capped: bool,
}

/// How far copied text got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// A program confirmed it holds the text.
    Copied,
    /// Sent to the terminal, which never confirms (OSC 52).
    Sent,
    /// Nothing could reach a clipboard: the caller should show the text to select by hand
    /// (printed in the CLI, a plain view without mouse capture in the TUI).
    ShowToUser,
}

/// Why a copy failed. Every message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ClipboardError {
    /// The clipboard program could not be started.
    #[error("cannot run `{program}`: {source} (is it installed and on your PATH?)")]
    Spawn {
        /// The program's name, as it was run.
        program: String,
        /// Why it could not start.
        source: std::io::Error,
    },
    #[error(
        "`{program}` failed ({status}){detail}; try `--clipboard print` to see the text instead"
    )]
    /// The clipboard program ran and exited with a failure.
    Failed {
        /// The program's name, as it was run.
        program: String,
        /// Its exit status, as text.
        status: String,
        /// `": "` and what it wrote to standard error, or empty when it wrote nothing.
        detail: String,
    },
    /// The OSC 52 sequence could not be written to the terminal.
    #[error("cannot write to the terminal: {0}; try `--clipboard print` to see the text instead")]
    Terminal(std::io::Error),
    /// No provider can be used; the message says why and what to do.
    #[error("{0}")]
    Unavailable(String),
}

/// Text made safe to paste: `\r\n` and `\r` become `\n`, tabs become a space, and escape
/// sequences, every other control character and bidi overrides are dropped (see `safe_text`).
pub fn clean(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .split('\n')
        .map(crate::safe_text::strip)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The bullets as a list to paste: one `- bullet` line each.
pub fn bulleted_list(bullets: &[String]) -> String {
    bullets.iter().map(|b| format!("- {b}\n")).collect()
}

/// The chosen provider, with rung's own copy of the last text copied.
pub struct Copier {
    provider: Box<dyn Clipboard>,
    last: Option<String>,
}

impl Copier {
    /// Wraps a provider.
    pub fn new(provider: Box<dyn Clipboard>) -> Copier {
        Copier {
            provider,
            last: None,
        }
    }

    /// The provider for this process, as the TUI wants it: `flag` (from `--clipboard`) wins over
    /// the config's `clipboard`; when the chosen provider cannot work here, the print fallback
    /// carries the reason, so copying always says something useful.
    pub fn for_environment(
        flag: Option<Preference>,
        config: &crate::export::config::Config,
    ) -> Copier {
        Copier::for_given_environment(flag, config, &Environment::detect())
    }

    /// [`Copier::for_environment`] for a given environment.
    pub fn for_given_environment(
        flag: Option<Preference>,
        config: &crate::export::config::Config,
        env: &Environment,
    ) -> Copier {
        let preference = flag.unwrap_or(config.clipboard);
        let provider = plan(preference, env, config.clipboard_command.as_deref())
            .and_then(chooser::build)
            .unwrap_or_else(|e| {
                Box::new(PrintClipboard {
                    reason: e.to_string(),
                })
            });
        Copier::new(provider)
    }

    /// The last text copied (cleaned), even when the provider failed to deliver it.
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }
}

impl Clipboard for Copier {
    fn name(&self) -> String {
        self.provider.name()
    }

    /// Cleans the text, remembers it, and hands it to the provider.
    fn copy(&mut self, text: &str) -> Result<CopyReport, ClipboardError> {
        let text = clean(text);
        let report = self.provider.copy(&text);
        self.last = Some(text);
        report
    }
}

/// A clipboard chosen on first use: the coach starts without searching `PATH` for copy
/// tools, and pays for it only when the user first copies.
pub struct Deferred {
    choose: Option<Box<dyn FnOnce() -> Copier>>,
    chosen: Option<Copier>,
}

impl Deferred {
    /// A clipboard that runs `choose` the first time it is needed.
    pub fn new(choose: impl FnOnce() -> Copier + 'static) -> Deferred {
        Deferred {
            choose: Some(Box::new(choose)),
            chosen: None,
        }
    }

    fn copier(&mut self) -> &mut Copier {
        if let Some(choose) = self.choose.take() {
            self.chosen = Some(choose());
        }
        self.chosen.as_mut().expect("chosen on first use")
    }
}

impl Clipboard for Deferred {
    fn name(&self) -> String {
        self.chosen
            .as_ref()
            .map_or_else(|| "clipboard".to_string(), |c| c.name())
    }

    fn copy(&mut self, text: &str) -> Result<CopyReport, ClipboardError> {
        self.copier().copy(text)
    }
}

/// The fallback: nothing can reach a clipboard, so the caller shows the text.
pub struct PrintClipboard {
    /// Why nothing else could be used, for the message.
    pub reason: String,
}

impl Clipboard for PrintClipboard {
    fn name(&self) -> String {
        "print".into()
    }

    fn copy(&mut self, _text: &str) -> Result<CopyReport, ClipboardError> {
        let message = if self.reason.is_empty() {
            "Here is the text to select and copy by hand (or save it with `rung export -o FILE`)."
                .to_string()
        } else {
            format!(
                "{}. Here is the text to select and copy by hand (or save it with `rung export -o FILE`).",
                self.reason.trim_end_matches('.')
            )
        };
        Ok(CopyReport {
            provider: self.name(),
            message,
            delivery: Delivery::ShowToUser,
            capped: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_keeps_newlines_and_unicode_only() {
        assert_eq!(
            clean("Cut p99 \u{1b}[31mby 80%\r\n- Caf\u{e9} \u{1F680}\tok\u{7}\u{202e}"),
            "Cut p99 by 80%\n- Caf\u{e9} \u{1F680} ok"
        );
    }

    #[test]
    fn copier_cleans_and_remembers_the_last_text() {
        let memory = MemoryClipboard::new();
        let mut copier = Copier::new(Box::new(memory.clone()));
        let report = copier.copy("one\u{0}two").unwrap();
        assert_eq!(report.message, "Copied to memory.");
        assert_eq!(copier.last(), Some("onetwo"));
        assert_eq!(memory.last().as_deref(), Some("onetwo"));
    }

    #[test]
    fn print_fallback_asks_to_show_the_text() {
        let mut p = PrintClipboard {
            reason: "No clipboard or terminal can be reached from here".into(),
        };
        let r = p.copy("x").unwrap();
        assert_eq!(r.delivery, Delivery::ShowToUser);
        assert!(
            r.message
                .starts_with("No clipboard or terminal can be reached from here. Here is the text")
        );
    }

    #[test]
    fn an_impossible_choice_falls_back_to_showing_the_text_with_the_reason() {
        let config = crate::export::config::Config {
            clipboard: Preference::System,
            clipboard_command: None,
            bullet_length: None,
        };
        let nowhere = Environment::default();
        let mut copier = Copier::for_given_environment(Some(Preference::Osc52), &config, &nowhere);
        assert_eq!(copier.name(), "print");
        let report = copier.copy("x").unwrap();
        assert_eq!(report.delivery, Delivery::ShowToUser);
        assert!(
            report
                .message
                .starts_with("--clipboard osc52 needs a terminal"),
            "{}",
            report.message
        );
    }

    #[test]
    fn bulleted_list_has_one_line_per_bullet() {
        assert_eq!(
            bulleted_list(&["A.".to_string(), "B.".to_string()]),
            "- A.\n- B.\n"
        );
    }
}
