//! Where rung keeps things: the workspace (platform data folder) and the user's config folder
//! (preferences and extra question packs).

use std::path::PathBuf;

use directories::ProjectDirs;

/// The environment variable that overrides the config folder (for tests and power users).
pub const CONFIG_DIR_ENV: &str = "RUNG_CONFIG_DIR";

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "rung")
}

/// The platform data folder (`~/.local/share/rung` on Linux), the default workspace.
pub fn default_root() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.data_dir().to_path_buf())
}

/// The config folder: `RUNG_CONFIG_DIR` when set and not empty, else the platform config
/// folder (`~/.config/rung` on Linux). `None` when neither is known (no home folder).
pub fn config_dir() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => project_dirs().map(|dirs| dirs.config_dir().to_path_buf()),
    }
}

/// The folder of the user's own question packs: `<config>/prompts`.
pub fn packs_dir() -> Option<PathBuf> {
    config_dir().map(|dir| dir.join("prompts"))
}
