//! Finding the external tools a test needs. Under CI (`CI=true`) a missing tool fails the test;
//! locally it prints "skipped: ..." and the test returns.

use std::path::{Path, PathBuf};

/// The tool at `$env_var` when set, else `name` on `PATH`; `None` (after failing under CI or
/// printing why locally) when neither exists.
pub fn require(name: &str, env_var: &str) -> Option<PathBuf> {
    let found = match std::env::var_os(env_var) {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)).filter(|p| p.exists()),
        _ => on_path(name),
    };
    if found.is_none() {
        missing(&format!("{name} (install it, or set {env_var})"));
    }
    found
}

/// A file named by `$env_var`, e.g. the JSON Resume schema.
pub fn require_file(what: &str, env_var: &str) -> Option<PathBuf> {
    let found = std::env::var_os(env_var)
        .map(PathBuf::from)
        .filter(|p| p.is_file());
    if found.is_none() {
        missing(&format!("{what} (set {env_var}; .ci/run does)"));
    }
    found
}

fn missing(what: &str) {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!ci, "tool missing under CI: {what}");
    eprintln!("skipped: tool missing: {what}");
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| Path::new(p).is_file())
}

/// Runs a tool and returns its standard output, failing the test with its messages when it fails.
pub fn run(cmd: &mut std::process::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
