//! The user's config file, `config.toml` in the config folder: the keys the export module reads.
//!
//! ```toml
//! clipboard = "auto"                        # auto | tmux | osc52 | system | print
//! clipboard_command = ["my-copy", "--flag"] # optional: a program fed the text on stdin
//! bullet_length = 200                       # the length review offers shorter versions past
//! ```
//!
//! Choices: unknown keys are ignored (other features add their own keys to the same file); a
//! missing file means the defaults; a malformed one is an error naming the file and the line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::clipboard::Preference;
use crate::workspace::config_dir;

/// The config keys the export module reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Config {
    /// Which clipboard provider to use.
    #[serde(default)]
    pub clipboard: Preference,
    /// A custom clipboard program and its arguments.
    #[serde(default)]
    pub clipboard_command: Option<Vec<String>>,
    /// The bullet length (characters) past which review offers shorter versions.
    #[serde(default)]
    pub bullet_length: Option<usize>,
}

/// A config file that could not be read or understood.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("{}: cannot read it: {source}", path.display())]
    Read {
        /// The config file.
        path: PathBuf,
        /// Why reading failed.
        source: std::io::Error,
    },
    /// The file is not valid TOML, or a value does not fit its key.
    #[error("{}: line {line}: {message}; fix the file or remove the key", path.display())]
    Invalid {
        /// The config file.
        path: PathBuf,
        /// The line of the problem (1-based).
        line: usize,
        /// What is wrong, from the TOML parser.
        message: String,
    },
}

/// Reads `config.toml` from the config folder; defaults when there is no file or no folder.
pub fn load() -> Result<Config, ConfigError> {
    match config_dir() {
        Some(dir) => load_from(&dir.join("config.toml")),
        None => Ok(Config::default()),
    }
}

/// Reads a config file; defaults when it does not exist.
pub fn load_from(path: &Path) -> Result<Config, ConfigError> {
    match crate::plain_file::read_text(path, true, crate::workspace::MAX_FILE_BYTES) {
        Ok(text) => parse(&text, path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(source) => Err(ConfigError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Parses the text of a config file (`path` is for messages).
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let invalid = |offset: usize, message: String| ConfigError::Invalid {
        path: path.to_path_buf(),
        line: text.bytes().take(offset).filter(|b| *b == b'\n').count() + 1,
        message,
    };
    let config: Config = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        invalid(offset, e.message().trim().to_string())
    })?;
    if config
        .clipboard_command
        .as_ref()
        .is_some_and(|c| c.is_empty())
    {
        let offset = text.find("clipboard_command").unwrap_or(0);
        return Err(invalid(
            offset,
            "`clipboard_command` is empty; give the program and its arguments, e.g. [\"my-copy\", \"--flag\"]".into(),
        ));
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<Config, String> {
        parse(text, Path::new("/c/config.toml")).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_the_clipboard_keys_and_ignores_others() {
        let c = parsed("theme = \"dark\"\nclipboard = \"osc52\"\nclipboard_command = [\"my-copy\", \"--flag\"]\n").unwrap();
        assert_eq!(c.clipboard, Preference::Osc52);
        assert_eq!(
            c.clipboard_command,
            Some(vec!["my-copy".to_string(), "--flag".to_string()])
        );
        assert_eq!(parsed("").unwrap(), Config::default());
    }

    #[test]
    fn mistakes_name_the_file_and_line() {
        for (text, line, says) in [
            ("\n\nclipboard = \"xclip\"\n", 3, "auto"),
            (
                "clipboard = \"auto\"\nclipboard_command = []\n",
                2,
                "is empty",
            ),
            ("clipboard = \n", 1, ""),
        ] {
            let err = parsed(text).unwrap_err();
            assert!(
                err.starts_with(&format!("/c/config.toml: line {line}: ")) && err.contains(says),
                "{text:?}: {err}"
            );
        }
    }

    #[test]
    fn a_missing_file_means_defaults() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load_from(&dir.path().join("config.toml")).unwrap(),
            Config::default()
        );
    }
}
