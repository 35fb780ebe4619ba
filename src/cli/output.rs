//! Errors with exit codes, terminal-safe printing, and writing output files.

use std::path::Path;
use std::process::ExitCode;

/// A command that could not run: a message for stderr and the exit status (2).
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
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

/// Text with control characters (other than newline and tab) replaced by U+FFFD, so nothing a file
/// holds can drive the terminal when printed.
pub fn terminal_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// At most `max` characters of a one-line text, ending in `...` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(3)).collect();
    format!("{}...", cut.trim_end())
}

/// Writes `contents` to `path` atomically: a temp file beside it, flushed, then renamed over it.
pub fn write_file(path: &Path, contents: &str) -> Result<(), Failure> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |e: std::io::Error| Failure::input(format!("{}: cannot write: {e}", path.display()));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(contents.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}
