//! The domain knows nothing about terminals, and the two faces (cli, tui) never import each other.

use std::path::{Path, PathBuf};

fn sources(module: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join(format!("{module}.rs"))];
    let mut stack = vec![root.join(module)];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    files.retain(|f| f.exists());
    files
}

fn offenders(module: &str, words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in sources(module) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if words.iter().any(|w| line.contains(w)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn domain_modules_never_mention_the_terminal() {
    for module in [
        "ladder",
        "coach",
        "workspace",
        "export",
        "import",
        "safe_text",
    ] {
        assert!(!sources(module).is_empty(), "no sources found for {module}");
        let bad = offenders(module, &["ratatui", "crossterm"]);
        assert!(
            bad.is_empty(),
            "{module} mentions terminal crates:\n{}",
            bad.join("\n")
        );
    }
}

#[test]
fn cli_and_tui_never_import_each_other() {
    let bad = offenders("cli", &["crate::tui", "rung::tui"]);
    assert!(bad.is_empty(), "cli imports tui:\n{}", bad.join("\n"));
    let bad = offenders("tui", &["crate::cli", "rung::cli"]);
    assert!(bad.is_empty(), "tui imports cli:\n{}", bad.join("\n"));
}

#[test]
fn the_check_itself_sees_a_mention() {
    // The tui face does use ratatui; if this finds nothing, the scan above is blind.
    assert!(!offenders("tui", &["ratatui"]).is_empty());
}
