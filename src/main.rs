//! TEMPORARY entry point for the tui branch; the lead's main.rs (clap) replaces it on merge.
//! `rung`, `rung new`, `rung open ID` open the TUI on `RUNG_WORKSPACE`.

use rung::ladder::{DraftId, PackSet};
use rung::tui::{Start, TuiOptions};
use rung::workspace::Workspace;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let start = match args.first().map(String::as_str) {
        Some("new") => Start::New {
            role: None,
            pack: None,
        },
        Some("open") => Start::Open(DraftId::parse(args.get(1).map_or("", String::as_str))?),
        _ => Start::Home,
    };
    let root = std::env::var_os("RUNG_WORKSPACE")
        .map(std::path::PathBuf::from)
        .or_else(Workspace::default_root)
        .ok_or_else(|| anyhow::anyhow!("set RUNG_WORKSPACE"))?;
    let workspace = Workspace::open(root)?;
    rung::tui::run(TuiOptions {
        workspace,
        packs: PackSet::builtin(),
        start,
    })
}
