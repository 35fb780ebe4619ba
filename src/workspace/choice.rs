//! Which question pack a new draft starts with, and the role and pack chosen last.
//!
//! The pack for a role is the role's own `pack` (in its `[[role]]` table of `rung.toml`), else
//! the workspace's `[settings] pack`, else the general pack; a name that is not a known pack
//! is passed over. The last choices live in `.rung/state.toml` inside the workspace: rung's
//! own memory, never needed to read a draft, so a missing or damaged file only means nothing
//! is preselected.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::atomic::{Mode, Replace, ensure_private_dir, write_atomic};
use super::error::io_error;
use super::{Workspace, WorkspaceError, WorkspaceFile};
use crate::ladder::pack::DEFAULT_PACK;

impl WorkspaceFile {
    /// The pack a new draft of `role` (or of no role) starts with; `known` says which pack
    /// names exist.
    pub fn pack_for(&self, role: Option<&str>, known: impl Fn(&str) -> bool) -> String {
        let own = role
            .and_then(|key| self.roles.iter().find(|r| r.key == key))
            .and_then(|r| r.pack.as_deref());
        [own, Some(self.settings.pack.as_str())]
            .into_iter()
            .flatten()
            .find(|name| known(name))
            .unwrap_or(DEFAULT_PACK)
            .to_string()
    }
}

/// What rung remembers about the last draft started in this workspace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LastChoice {
    /// The role key of the last draft started (`None`: it had no role).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The pack of the last draft started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct StateFile {
    last: LastChoice,
}

impl Workspace {
    /// `<root>/.rung`: rung's own files (what it remembers, the listing index).
    pub fn own_dir(&self) -> PathBuf {
        self.root().join(".rung")
    }

    /// The same workspace keeping nothing in `.rung/` (a throwaway copy such as the demo,
    /// removed while rung may still be running).
    pub fn throwaway(mut self) -> Workspace {
        self.remembers = false;
        self
    }

    /// Makes `.rung/` inside the workspace folder, never the folder itself (which may have
    /// been removed meanwhile); `None` when nothing is to be kept there.
    pub(super) fn own_dir_ready(&self) -> Option<Result<PathBuf, WorkspaceError>> {
        if !self.remembers {
            return None;
        }
        let dir = self.own_dir();
        if !self.root().is_dir() {
            return Some(Err(WorkspaceError::Invalid(format!(
                "{}: the workspace folder is gone",
                self.root().display()
            ))));
        }
        Some(
            ensure_private_dir(&dir)
                .map(|_| dir.clone())
                .map_err(io_error(&dir, "make rung's folder")),
        )
    }

    fn state_path(&self) -> PathBuf {
        self.own_dir().join("state.toml")
    }

    /// The role and pack of the last draft started; nothing when unknown.
    pub fn last_choice(&self) -> LastChoice {
        super::read::read_text(&self.state_path())
            .ok()
            .and_then(|text| toml::from_str::<StateFile>(&text).ok())
            .map(|s| s.last)
            .unwrap_or_default()
    }

    /// Remembers the role and pack of a draft just started.
    pub fn remember_choice(&self, choice: &LastChoice) -> Result<(), WorkspaceError> {
        match self.own_dir_ready() {
            None => return Ok(()),
            Some(ready) => ready?,
        };
        let path = self.state_path();
        let state = StateFile {
            last: choice.clone(),
        };
        let text = toml::to_string(&state)
            .map_err(|e| WorkspaceError::Invalid(format!("{}: {e}", path.display())))?;
        write_atomic(&path, text.as_bytes(), Replace::Yes, Mode::Private)
            .map_err(io_error(&path, "remember the last role and pack"))
    }
}
