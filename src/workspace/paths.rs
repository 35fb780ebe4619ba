//! Where rung keeps things: the workspace (platform data folder) and the user's config folder
//! (preferences and extra question packs).

use std::ffi::OsStr;
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
    config_dir_from(std::env::var_os(CONFIG_DIR_ENV).as_deref())
}

/// [`config_dir`] given the value of `RUNG_CONFIG_DIR` (kept apart so it can be tested without
/// changing the process environment).
fn config_dir_from(override_dir: Option<&OsStr>) -> Option<PathBuf> {
    match override_dir {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => project_dirs().map(|dirs| dirs.config_dir().to_path_buf()),
    }
}

/// The environment variable that overrides the state folder (where drafts go when the
/// workspace itself cannot be written).
pub const STATE_DIR_ENV: &str = "RUNG_STATE_DIR";

/// The state folder: `RUNG_STATE_DIR` when set and not empty, else the platform state folder
/// (`~/.local/state/rung` on Linux), else the platform local data folder. Rung keeps drafts
/// there that it could not write into the workspace (a full disk, a read-only folder).
pub fn state_dir() -> Option<PathBuf> {
    match std::env::var_os(STATE_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => project_dirs().map(|dirs| {
            dirs.state_dir()
                .unwrap_or_else(|| dirs.data_local_dir())
                .to_path_buf()
        }),
    }
}

/// Why `root` cannot be a workspace: `/`, the home folder itself, or a system folder (rung
/// would fill it with its folders and files, and doctor would offer to change its mode).
/// `None` when it may be one.
pub fn refused_root(root: &std::path::Path) -> Option<String> {
    let real = std::fs::canonicalize(root)
        .or_else(|_| std::path::absolute(root))
        .unwrap_or_else(|_| root.to_path_buf());
    if real.parent().is_none() {
        return Some("the root folder `/` cannot be a workspace".into());
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from);
    if let Some(home) = home
        && std::fs::canonicalize(&home).unwrap_or(home) == real
    {
        return Some("your home folder itself cannot be a workspace".into());
    }
    const SYSTEM: &[&str] = &[
        "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media",
        "/mnt", "/opt", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var",
        "/var/tmp",
    ];
    const SYSTEM_TREES: &[&str] = &[
        "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/proc", "/sbin", "/sys",
        "/usr",
    ];
    let exact = SYSTEM.iter().any(|s| real == std::path::Path::new(s));
    let inside = SYSTEM_TREES
        .iter()
        .any(|s| real.starts_with(s) && real != std::path::Path::new(s));
    (exact || inside).then(|| {
        format!(
            "{} is a system folder and cannot be a workspace",
            real.display()
        )
    })
}

/// The folder of the user's own question packs: `<config>/prompts`.
pub fn packs_dir() -> Option<PathBuf> {
    config_dir().map(|dir| dir.join("prompts"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_override_wins_when_set() {
        let dir = config_dir_from(Some(OsStr::new("/tmp/my-rung"))).unwrap();
        assert_eq!(dir, PathBuf::from("/tmp/my-rung"));
    }

    #[test]
    fn an_empty_override_falls_back_to_the_platform_folder() {
        assert_eq!(config_dir_from(Some(OsStr::new(""))), config_dir_from(None));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_platform_folders_are_named_rung() {
        if let Some(root) = default_root() {
            assert!(root.ends_with("rung"), "{}", root.display());
        }
        if let Some(dir) = config_dir_from(None) {
            assert!(dir.ends_with("rung"), "{}", dir.display());
        }
    }
}
