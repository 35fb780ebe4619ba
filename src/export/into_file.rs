//! Updating a user's resume file in place (`--into FILE`): read it, and write the new version
//! atomically with the previous one kept beside it as `FILE.bak`.
//!
//! Choices: the backup is written (atomically too) before the file is replaced, so at every moment
//! either the old file or the new one is whole, and the old one is always in `.bak`. The new file
//! keeps the permissions of the old one, so a resume shared with other tools stays readable to them.

use std::path::{Path, PathBuf};

use crate::atomic_write::{Mode, Replace};

/// What can go wrong while merging into a file. Every message names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum IntoError {
    /// The file does not exist.
    #[error("{}: there is no such file to merge into; to write a new one, use `-o FILE` instead of `--into`", path.display())]
    Missing {
        /// The file named by `--into`.
        path: PathBuf,
    },
    /// The file exists but could not be read (or is not plain text).
    #[error("{}: cannot read it: {source} (check the path, or export without --into)", path.display())]
    Read {
        /// The file named by `--into`.
        path: PathBuf,
        /// Why reading failed.
        source: std::io::Error,
    },
    /// The file is not valid JSON or YAML.
    #[error("{}: line {line}, column {column}: {message}; fix the file (rung leaves it untouched)", path.display())]
    Parse {
        /// The file named by `--into`.
        path: PathBuf,
        /// The line of the error (0 when unknown).
        line: usize,
        /// The column of the error (0 when unknown).
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The file parses but is not shaped like a resume of its format.
    #[error("{}: {what}; rung leaves this file untouched", path.display())]
    Shape {
        /// The file named by `--into`.
        path: PathBuf,
        /// What is missing or of the wrong kind.
        what: String,
    },
    /// The backup or the new file could not be written.
    #[error("{}: cannot {action}: {source}", path.display())]
    Write {
        /// The file that could not be written.
        path: PathBuf,
        /// What was being done (`"write"`), for the message.
        action: &'static str,
        /// Why it failed.
        source: std::io::Error,
    },
}

/// Reads the file to merge into.
pub fn read(path: &Path) -> Result<String, IntoError> {
    crate::plain_file::read_text(path, true, crate::workspace::MAX_FILE_BYTES * 16).map_err(
        |source| match source.kind() {
            std::io::ErrorKind::NotFound => IntoError::Missing {
                path: path.to_path_buf(),
            },
            _ => IntoError::Read {
                path: path.to_path_buf(),
                source,
            },
        },
    )
}

/// The backup's path: the file's name with `.bak` added (`resume.json.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The file `path` names: itself, or the file a symbolic link at `path` points to (a resume
/// kept in a synced folder and linked from elsewhere is updated where it lives; the link stays).
pub fn real_file(path: &Path) -> Result<PathBuf, IntoError> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(path.to_path_buf());
    }
    std::fs::canonicalize(path).map_err(|source| IntoError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Saves `old` as the backup, then replaces `path` with `new`, both atomically. Returns the
/// backup's path. When `path` is a symbolic link, the file it points to is updated (and its
/// backup kept beside it); the link itself is left as it is.
pub fn replace_with_backup(path: &Path, old: &str, new: &str) -> Result<PathBuf, IntoError> {
    let real = real_file(path)?;
    let path = real.as_path();
    let backup_mode = match std::fs::metadata(path) {
        Ok(meta) => Mode::Like(meta.permissions()),
        Err(_) => Mode::Private,
    };
    let backup = backup_path(path);
    write_atomic(&backup, old, backup_mode)?;
    write_atomic(path, new, Mode::KeepExisting)?;
    Ok(backup)
}

/// Writes `text` over `path` atomically with the given mode.
fn write_atomic(path: &Path, text: &str, mode: Mode) -> Result<(), IntoError> {
    crate::atomic_write::write_atomic(path, text.as_bytes(), Replace::Yes, mode).map_err(|e| {
        let advice = crate::atomic_write::advice(&e);
        IntoError::Write {
            path: path.to_path_buf(),
            action: "write",
            source: std::io::Error::new(e.kind(), format!("{e}{advice}")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_version_lands_in_bak_and_new_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("resume.json");
        std::fs::write(&path, "old").unwrap();
        let bak = replace_with_backup(&path, "old", "new").unwrap();
        assert_eq!(bak, dir.path().join("resume.json.bak"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&bak).unwrap(), "old");
    }
}
