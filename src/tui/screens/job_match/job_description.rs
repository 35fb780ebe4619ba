//! Reading a job description file for the match panel (run by the runtime, never by `update`).
//!
//! Choices: a path typed as `~/...` starts at the home folder; a relative path starts at the
//! folder rung was started in and is kept as an absolute path, so the remembered job
//! description is found again from anywhere. The file must be UTF-8 text of at most
//! [`MAX_FILE_BYTES`]; every problem is one sentence naming the file and saying what to do.

use std::path::{Path, PathBuf};

use crate::workspace::MAX_FILE_BYTES;

/// The absolute path for what the user typed.
pub fn resolve(typed: &Path) -> PathBuf {
    let expanded = match typed.strip_prefix("~") {
        Ok(rest) => match std::env::var_os("HOME") {
            Some(home) => PathBuf::from(home).join(rest),
            None => typed.to_path_buf(),
        },
        Err(_) => typed.to_path_buf(),
    };
    std::path::absolute(&expanded).unwrap_or(expanded)
}

/// The text of a job description, or a message naming the file.
pub fn read(path: &Path) -> Result<String, String> {
    let shown = path.display();
    // The status line is one line: the file first, then what to do, the system's words last.
    let fail = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => {
            format!(
                "{shown}: no such file; check the path and press {} to try again",
                crate::tui::keys::key_for(
                    crate::tui::keys::Scope::JobMatch,
                    crate::tui::keys::Action::LoadJobDescription
                )
            )
        }
        std::io::ErrorKind::PermissionDenied => {
            format!("{shown}: not allowed to read it; check its permissions")
        }
        _ => format!(
            "{shown}: cannot read it ({e}); press {} to try another file",
            crate::tui::keys::key_for(
                crate::tui::keys::Scope::JobMatch,
                crate::tui::keys::Action::LoadJobDescription
            )
        ),
    };
    if path.is_dir() {
        return Err(format!(
            "{shown} is a folder; give the path of the job description file inside it"
        ));
    }
    let bytes = crate::plain_file::read(path, true, MAX_FILE_BYTES).map_err(fail)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "{shown} is larger than {} KB; save just the job description as a text file",
            MAX_FILE_BYTES / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|_| {
        format!("{shown} is not plain text (UTF-8); save the job description as a .txt or .md file")
    })
}
