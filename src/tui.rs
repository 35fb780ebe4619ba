//! The interactive coach: a ratatui app in the shape of The Elm Architecture.
//! TEMPORARY (lead): a stub so main compiles before the tui branch lands.

use crate::ladder::{DraftId, PackSet};
use crate::workspace::Workspace;

/// Where the coach opens.
pub enum Start {
    Home,
    New {
        role: Option<String>,
        pack: Option<String>,
    },
    Open(DraftId),
}

/// What the coach runs on.
pub struct TuiOptions {
    pub workspace: Workspace,
    pub packs: PackSet,
    pub start: Start,
}

/// Runs the coach.
pub fn run(opts: TuiOptions) -> anyhow::Result<()> {
    let _ = opts;
    anyhow::bail!("the interactive coach is not built yet")
}
