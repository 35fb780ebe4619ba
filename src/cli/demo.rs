//! The demo workspace: a few drafts at different levels and two roles, compiled in from
//! `assets/demo/` and written to a throwaway folder so a first-time user can look around.

use super::Failure;
use crate::ladder::Draft;
use crate::workspace::Workspace;

const RUNG_TOML: &str = include_str!("../../assets/demo/rung.toml");
const DRAFTS: &[&str] = &[
    include_str!("../../assets/demo/drafts/20261101-demoa.toml"),
    include_str!("../../assets/demo/drafts/20261102-demob.toml"),
    include_str!("../../assets/demo/drafts/20261103-democ.toml"),
    include_str!("../../assets/demo/drafts/20261020-demod.toml"),
    include_str!("../../assets/demo/drafts/20261021-demoe.toml"),
];

/// Writes a fresh copy of the demo workspace into a temporary folder, removed when the returned
/// guard is dropped.
pub fn prepare_demo() -> Result<(tempfile::TempDir, Workspace), Failure> {
    let dir = tempfile::Builder::new()
        .prefix("rung-demo-")
        .tempdir()
        .map_err(Failure::input)?;
    let root = dir.path().join("workspace");
    std::fs::create_dir(&root).map_err(Failure::input)?;
    std::fs::write(root.join("rung.toml"), RUNG_TOML).map_err(Failure::input)?;
    let workspace = Workspace::open(&root).map_err(Failure::input)?.throwaway();
    for src in DRAFTS {
        let draft: Draft = toml::from_str(src).map_err(Failure::input)?;
        workspace.save(&draft).map_err(Failure::input)?;
    }
    Ok((dir, workspace))
}
