//! Errors with exit codes and terminal-safe printing.

use std::path::Path;
use std::process::ExitCode;

/// A command that could not run: a message for stderr and the exit status (2).
#[derive(Debug)]
pub struct Failure {
    /// The exit status: 1 when the command ran but could not do its work, 2 for bad usage or
    /// unreadable input.
    pub code: u8,
    /// What went wrong and what to do, printed on stderr.
    pub message: String,
}

impl Failure {
    /// Bad usage: the command line asked for something that cannot be done.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: message.into(),
        }
    }

    /// Unreadable input or a file rung could not read or write.
    pub fn input(err: impl std::fmt::Display) -> Failure {
        Failure {
            code: 2,
            message: err.to_string(),
        }
    }

    /// The command ran but could not do its work (for example, the draft is open elsewhere).
    pub fn problem(err: impl std::fmt::Display) -> Failure {
        Failure {
            code: 1,
            message: err.to_string(),
        }
    }

    /// A workspace error: a draft open in another rung window is a problem (1), anything
    /// else unreadable input (2).
    pub fn workspace(err: crate::workspace::WorkspaceError) -> Failure {
        match err {
            e @ crate::workspace::WorkspaceError::Locked { .. } => Failure::problem(e),
            e => Failure::input(e),
        }
    }

    /// Prints the message to stderr and gives the exit status.
    pub fn report(self) -> ExitCode {
        eprintln!("error: {}", terminal_safe(&self.message));
        ExitCode::from(self.code)
    }
}

/// Text safe to print: control characters, escape sequences and bidi overrides shown as `�`
/// (newlines and tabs kept), so nothing a file holds can drive the terminal.
pub fn terminal_safe(text: &str) -> String {
    crate::safe_text::lines(text).into_owned()
}

/// One line safe to print: like [`terminal_safe`], with newlines and tabs as spaces.
pub fn one_line(text: &str) -> String {
    crate::safe_text::line(text).into_owned()
}

/// Pretty JSON safe to print: the characters JSON may carry raw but a terminal would act on
/// (DEL, C1 controls, bidi overrides, line separators) are written as `\uXXXX` escapes, so the
/// data is unchanged for a script and inert on a screen.
pub fn json_text(value: &impl serde::Serialize) -> String {
    let text = serde_json::to_string_pretty(value).expect("JSON of plain values");
    if crate::safe_text::is_clean(&text.replace(['\n', '\t'], "")) {
        return text;
    }
    text.chars()
        .map(|c| {
            if c != '\n' && crate::safe_text::is_hostile(c) {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A path safe to print (a file name can hold control characters too).
pub fn path_safe(path: &Path) -> String {
    one_line(&path.display().to_string())
}

/// At most `max` terminal columns of a one-line text, ending in `...` when cut. Wide characters
/// (CJK, emoji) count two columns and are never split.
pub fn truncate(text: &str, max: usize) -> String {
    crate::safe_text::truncate(text, max, "...")
}

/// Asks `question` on standard error and reads one line of answer from standard input (the
/// caller has checked both are a terminal).
pub fn ask_line(question: &str) -> Result<String, Failure> {
    use std::io::{BufRead, Write};
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure::input(format!("cannot read the answer: {e}")))?;
    Ok(answer)
}
