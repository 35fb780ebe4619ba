//! OSC 52: the escape sequence that asks the terminal itself to set its clipboard. It works over
//! SSH and in most modern terminals, but the terminal never answers, so rung says "sent", not
//! "copied".
//!
//! Choices: the text is capped at 100 KB (tmux silently drops sequences over 1 MiB and many
//! terminals cap lower), cut at a character boundary, and the report says so. Inside tmux the
//! sequence is wrapped in tmux's DCS passthrough (`ESC P tmux; ... ESC \`, inner escapes doubled),
//! which reaches the outer terminal when tmux's `allow-passthrough` is on; rung's automatic choice
//! uses the tmux provider there instead, which needs no setting.

use std::io::Write;

use base64::Engine;

use super::{Clipboard, ClipboardError, CopyReport, Delivery};

/// The most text sent in one sequence, in bytes.
pub const OSC52_CAP: usize = 100_000;

/// Writes OSC 52 sequences to a terminal (or any writer, in tests).
pub struct Osc52Clipboard<W: Write> {
    out: W,
    tmux: bool,
}

impl<W: Write> Osc52Clipboard<W> {
    /// A provider writing to `out`; `tmux` wraps each sequence for tmux's passthrough.
    pub fn new(out: W, tmux: bool) -> Osc52Clipboard<W> {
        Osc52Clipboard { out, tmux }
    }

    /// The writer, for tests to read what was sent.
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// The bytes that set the clipboard to `text`, and whether the text was capped.
pub fn sequence(text: &str, tmux: bool) -> (String, bool) {
    let capped = text.len() > OSC52_CAP;
    let mut end = text.len().min(OSC52_CAP);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let payload = base64::engine::general_purpose::STANDARD.encode(&text.as_bytes()[..end]);
    let seq = if tmux {
        format!("\x1bPtmux;\x1b\x1b]52;c;{payload}\x07\x1b\\")
    } else {
        format!("\x1b]52;c;{payload}\x07")
    };
    (seq, capped)
}

impl<W: Write> Clipboard for Osc52Clipboard<W> {
    fn name(&self) -> String {
        "OSC 52".into()
    }

    fn copy(&mut self, text: &str) -> Result<CopyReport, ClipboardError> {
        let (seq, capped) = sequence(text, self.tmux);
        self.out
            .write_all(seq.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(ClipboardError::Terminal)?;
        let message = if capped {
            "Sent to your terminal's clipboard (OSC 52), capped at 100 KB: only the start fitted, so export to a file for the whole text."
        } else {
            "Sent to your terminal's clipboard (OSC 52)."
        };
        Ok(CopyReport {
            provider: self.name(),
            message: message.into(),
            delivery: Delivery::Sent,
            capped,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(b64: &str) -> String {
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(b64)
                .unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn writes_one_sequence_with_the_text_in_base64() {
        let mut clip = Osc52Clipboard::new(Vec::new(), false);
        let report = clip.copy("Caf\u{e9} \u{1F680} -85%").unwrap();
        assert_eq!(
            report.message,
            "Sent to your terminal's clipboard (OSC 52)."
        );
        assert_eq!(report.delivery, Delivery::Sent);
        let out = String::from_utf8(clip.into_inner()).unwrap();
        let b64 = out
            .strip_prefix("\x1b]52;c;")
            .and_then(|s| s.strip_suffix('\x07'))
            .expect(&out);
        assert_eq!(decode(b64), "Caf\u{e9} \u{1F680} -85%");
    }

    #[test]
    fn inside_tmux_the_sequence_is_wrapped_for_passthrough() {
        let mut clip = Osc52Clipboard::new(Vec::new(), true);
        clip.copy("\u{1F680} ok").unwrap();
        let out = String::from_utf8(clip.into_inner()).unwrap();
        let b64 = out
            .strip_prefix("\x1bPtmux;\x1b\x1b]52;c;")
            .and_then(|s| s.strip_suffix("\x07\x1b\\"))
            .expect(&out);
        assert_eq!(decode(b64), "\u{1F680} ok");
    }

    #[test]
    fn long_text_is_capped_at_a_character_boundary_and_says_so() {
        let text = "\u{e9}".repeat(OSC52_CAP);
        let mut clip = Osc52Clipboard::new(Vec::new(), false);
        let report = clip.copy(&text).unwrap();
        assert!(report.capped);
        assert!(
            report.message.contains("capped at 100 KB"),
            "{}",
            report.message
        );
        let out = String::from_utf8(clip.into_inner()).unwrap();
        let sent = decode(&out[7..out.len() - 1]);
        assert_eq!(sent.len(), OSC52_CAP);
        assert!(text.starts_with(&sent));
    }

    #[test]
    fn a_closed_terminal_is_an_error() {
        struct Broken;
        impl Write for Broken {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("gone"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let err = Osc52Clipboard::new(Broken, false).copy("x").unwrap_err();
        assert!(err.to_string().contains("--clipboard print"), "{err}");
    }
}
