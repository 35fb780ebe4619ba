//! What a check reports: a finding with its rule, level, rung, message, why and byte span.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::ladder::Rung;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Worth a look; often a matter of taste.
    Hint,
    /// Likely to weaken the bullet.
    Warning,
    /// Should be fixed before the bullet goes on a resume; `rung check` exits 1.
    Error,
}

impl Level {
    /// The level as written in files and output.
    pub fn name(self) -> &'static str {
        match self {
            Level::Hint => "hint",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    /// Looks a level up by name.
    pub fn from_name(name: &str) -> Option<Level> {
        [Level::Hint, Level::Warning, Level::Error]
            .into_iter()
            .find(|l| l.name() == name)
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One thing the coach noticed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's kebab-case id, e.g. `weak-opener`.
    pub rule: &'static str,
    /// How serious it is, after the user's overrides.
    pub level: Level,
    /// The rung it belongs to; `None` for findings about the whole bullet.
    pub rung: Option<Rung>,
    /// What the user sees.
    pub message: String,
    /// One line on why it matters.
    pub why: &'static str,
    /// Byte span in the checked text that the finding points at.
    pub span: Range<usize>,
    /// True when the user chose to ignore this finding for this draft.
    pub ignored: bool,
    /// Text that can replace `span` to settle the finding, when there is one sure answer (a
    /// technology's own spelling); the review screen applies it with one key.
    pub fix: Option<String>,
}

/// A finding about a role's bullets taken together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleFinding {
    /// The bullet it points at (index into the list checked), or `None` for the whole role.
    pub bullet: Option<usize>,
    /// What was found.
    pub finding: Finding,
}
