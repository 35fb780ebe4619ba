//! The user's changes to the rules, from the `[rules]` table of `config.toml`:
//!
//! ```toml
//! [rules]
//! passive = "off"          # switch a rule off
//! length = "hint"          # or change its level: hint | warning | error
//! ```
//!
//! A rule id rung does not know, or a value that is not a level or `off`, is an error that names
//! the file and line, so a typo never silently leaves a rule on.

use std::path::{Path, PathBuf};

use super::finding::Level;
use super::rules::rules;

/// Rule levels changed or switched off by the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    entries: Vec<(String, Option<Level>)>,
}

/// No overrides: every rule at its built-in level.
pub static NO_OVERRIDES: Overrides = Overrides {
    entries: Vec::new(),
};

/// A config file whose `[rules]` table cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {message}", file.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct OverrideError {
    /// The config file that was read.
    pub file: PathBuf,
    /// The 1-based line of the problem, when it can be found.
    pub line: Option<usize>,
    /// What is wrong, in words for the user.
    pub message: String,
}

/// What the user's `[rules]` table says about one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// Not mentioned: the rule keeps its own level.
    Unchanged,
    /// Switched off.
    Off,
    /// Run at this level.
    Level(Level),
}

impl Overrides {
    /// Switches a rule off (`None`) or sets its level.
    pub fn set(&mut self, rule: &str, level: Option<Level>) {
        self.entries.retain(|(r, _)| r != rule);
        self.entries.push((rule.to_string(), level));
    }

    /// What the user said about `rule`.
    pub fn get(&self, rule: &str) -> Setting {
        match self.entries.iter().find(|(r, _)| r == rule) {
            None => Setting::Unchanged,
            Some((_, None)) => Setting::Off,
            Some((_, Some(level))) => Setting::Level(*level),
        }
    }

    /// The level `rule` runs at (its own `default` unless the user changed it); `None` when the
    /// user switched it off.
    pub fn level(&self, rule: &str, default: Level) -> Option<Level> {
        match self.get(rule) {
            Setting::Unchanged => Some(default),
            Setting::Off => None,
            Setting::Level(level) => Some(level),
        }
    }

    /// Reads the `[rules]` table of a config file's text. Other tables are left to their owners.
    pub fn from_config(source: &str, file: &Path) -> Result<Overrides, OverrideError> {
        let err = |line: Option<usize>, message: String| OverrideError {
            file: file.to_path_buf(),
            line,
            message,
        };
        let table: toml::Table = toml::from_str(source).map_err(|e| {
            let line = e
                .span()
                .map(|s| source[..s.start.min(source.len())].matches('\n').count() + 1);
            err(line, e.message().trim().to_string())
        })?;
        let mut out = Overrides::default();
        let Some(section) = table.get("rules") else {
            return Ok(out);
        };
        let Some(section) = section.as_table() else {
            return Err(err(None, "`rules` must be a table: [rules]".into()));
        };
        for (id, value) in section {
            let line = line_of(source, id);
            if rules().get(id).is_none() {
                return Err(err(
                    line,
                    format!(
                        "unknown rule `{id}` in [rules] (see `rung check --rules` for the list)"
                    ),
                ));
            }
            let level = match value.as_str() {
                Some("off") => None,
                Some(name) => Some(Level::from_name(name).ok_or_else(|| {
                    err(
                        line,
                        format!("rule `{id}`: `{name}` is not one of off, hint, warning, error"),
                    )
                })?),
                None => {
                    return Err(err(
                        line,
                        format!(
                            "rule `{id}`: write a string: \"off\", \"hint\", \"warning\" or \"error\""
                        ),
                    ));
                }
            };
            out.set(id, level);
        }
        Ok(out)
    }

    /// Reads the overrides from a config file; a missing file means no overrides.
    pub fn load(file: &Path) -> Result<Overrides, OverrideError> {
        match crate::plain_file::read_text(file, true, 1024 * 1024) {
            Ok(source) => Overrides::from_config(&source, file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Overrides::default()),
            Err(e) => Err(OverrideError {
                file: file.to_path_buf(),
                line: None,
                message: format!("cannot read it: {e}"),
            }),
        }
    }
}

/// The line where `key = ...` is written, if it can be found.
fn line_of(source: &str, key: &str) -> Option<usize> {
    source
        .lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .or_else(|| l.strip_prefix(&format!("\"{key}\"")))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_off_and_levels() {
        let src = "[rules]\npassive = \"off\"\nlength = \"error\"\n";
        let o = Overrides::from_config(src, Path::new("c.toml")).unwrap();
        assert_eq!(o.get("passive"), Setting::Off);
        assert_eq!(o.get("length"), Setting::Level(Level::Error));
        assert_eq!(o.get("pronouns"), Setting::Unchanged);
    }

    #[test]
    fn unknown_rule_or_level_names_file_and_line() {
        let e =
            Overrides::from_config("[rules]\n\npasive = \"off\"\n", Path::new("/c/config.toml"))
                .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("/c/config.toml:3: unknown rule `pasive`"),
            "{e}"
        );
        let e = Overrides::from_config("[rules]\nlength = \"loud\"\n", Path::new("c.toml"))
            .unwrap_err();
        assert!(e.to_string().contains("c.toml:2:"), "{e}");
    }
}
