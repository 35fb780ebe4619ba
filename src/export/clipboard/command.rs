//! A clipboard program fed on standard input: `wl-copy`, `xclip`, `xsel`, `pbcopy`, `clip.exe`,
//! or the user's own `clipboard_command`.
//!
//! Choices: the program's output goes nowhere and its errors to a temp file, never to a pipe:
//! `xclip`, `xsel` and `wl-copy` fork a child that keeps serving the selection after rung exits
//! (an X11 or Wayland selection vanishes with its owner), and a pipe held by that child would make
//! rung wait for it forever.

use std::io::{Read, Seek, Write};
use std::process::{Command, Stdio};

use super::{Clipboard, ClipboardError, CopyReport, Delivery};

/// Runs a program with the text on its standard input.
#[derive(Debug, Clone)]
pub struct CommandClipboard {
    program: String,
    args: Vec<String>,
    name: String,
    message: String,
}

impl CommandClipboard {
    /// A provider running `program args...`, reporting "Copied with NAME".
    pub fn new(program: &str, args: &[&str]) -> CommandClipboard {
        let name = std::path::Path::new(program)
            .file_name()
            .map_or(program.to_string(), |n| n.to_string_lossy().into_owned());
        CommandClipboard {
            program: program.to_string(),
            args: args.iter().map(|a| a.to_string()).collect(),
            message: format!("Copied with {name}."),
            name,
        }
    }

    /// The user's own command: the first word is the program, the rest its arguments.
    pub fn custom(command: &[String]) -> Option<CommandClipboard> {
        let (program, args) = command.split_first()?;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        Some(CommandClipboard::new(program, &args))
    }

    /// Replaces the provider's name and success message.
    pub fn described(mut self, name: &str, message: &str) -> CommandClipboard {
        self.name = name.to_string();
        self.message = message.to_string();
        self
    }
}

impl Clipboard for CommandClipboard {
    fn name(&self) -> String {
        self.name.clone()
    }

    fn copy(&mut self, text: &str) -> Result<CopyReport, ClipboardError> {
        let spawn_error = |source| ClipboardError::Spawn {
            program: self.program.clone(),
            source,
        };
        let mut errors = tempfile::tempfile().map_err(spawn_error)?;
        let mut child = Command::new(&self.program)
            .args(&self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(errors.try_clone().map_err(spawn_error)?)
            .spawn()
            .map_err(spawn_error)?;
        let written = child
            .stdin
            .take()
            .map(|mut stdin| without_sigpipe(|| stdin.write_all(text.as_bytes())))
            .unwrap_or(Ok(()));
        let status = child.wait().map_err(spawn_error)?;
        if !status.success() || written.is_err() {
            let mut detail = String::new();
            let _ = errors.rewind();
            let _ = errors.read_to_string(&mut detail);
            let detail = detail.trim();
            return Err(ClipboardError::Failed {
                program: self.program.clone(),
                status: status.to_string(),
                detail: if detail.is_empty() {
                    String::new()
                } else {
                    format!(": {detail}")
                },
            });
        }
        Ok(CopyReport {
            provider: self.name(),
            message: self.message.clone(),
            delivery: Delivery::Copied,
            capped: false,
        })
    }
}

/// Runs `write` with SIGPIPE ignored, so a command that exits without reading its input gives
/// an error here instead of ending rung (the CLI turns SIGPIPE back on for `rung list | head`).
fn without_sigpipe<T>(write: impl FnOnce() -> T) -> T {
    #[cfg(unix)]
    {
        // SAFETY: swaps the SIGPIPE disposition and puts the previous one back afterwards;
        // no handler function is installed.
        let previous = unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
        let result = write();
        unsafe { libc::signal(libc::SIGPIPE, previous) };
        result
    }
    #[cfg(not(unix))]
    {
        write()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_the_text_to_the_program() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("got");
        let script = format!("cat > '{}'", out.display());
        let mut clip = CommandClipboard::new("sh", &["-c", &script]);
        let report = clip.copy("Caf\u{e9} \u{1F680}\nsecond").unwrap();
        assert_eq!(report.message, "Copied with sh.");
        assert_eq!(
            std::fs::read_to_string(out).unwrap(),
            "Caf\u{e9} \u{1F680}\nsecond"
        );
    }

    #[test]
    fn failure_shows_the_programs_own_words() {
        let mut clip =
            CommandClipboard::new("sh", &["-c", "cat >/dev/null; echo no display >&2; exit 3"]);
        let err = clip.copy("x").unwrap_err().to_string();
        assert!(
            err.contains("`sh` failed") && err.contains("no display"),
            "{err}"
        );
    }

    #[test]
    fn a_missing_program_says_to_install_it() {
        let mut clip = CommandClipboard::new("rung-no-such-copy-program", &[]);
        let err = clip.copy("x").unwrap_err().to_string();
        assert!(err.contains("is it installed"), "{err}");
    }

    #[test]
    fn custom_commands_split_program_and_arguments() {
        let c =
            CommandClipboard::custom(&["/usr/local/bin/my-copy".into(), "--flag".into()]).unwrap();
        assert_eq!(c.name(), "my-copy");
        assert_eq!(c.args, ["--flag"]);
        assert!(CommandClipboard::custom(&[]).is_none());
    }
}
