//! Private by default (issue 6, item 6): files 0600, folders 0700, looser modes tightened on
//! write with a notice, and no id, role key, pack name or file name from input reaches a path
//! outside the workspace.
#![cfg(unix)]

mod rung_cli;

use rung_cli::Env;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn chmod(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_loose_draft_file_is_made_private_on_write_and_the_user_is_told() {
    let env = Env::new();
    let id = env.run(&["add", "--task", "Rebuilt the API"]).stdout;
    let id = id.trim();
    let file = env.ws().join("drafts").join(format!("{id}.toml"));
    assert_eq!(mode(&file), 0o600);
    chmod(&file, 0o644);
    let r = env.run(&["set", id, "--tools", "Rust"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(mode(&file), 0o600);
    assert!(
        r.stderr.contains(&format!("{id}.toml")) && r.stderr.contains("644 -> 600"),
        "{}",
        r.stderr
    );
    // Told once: the next write has nothing to say.
    let again = env.run(&["set", id, "--stack", "PostgreSQL"]);
    assert!(!again.stderr.contains("private"), "{}", again.stderr);
}

#[test]
fn loose_folders_and_workspace_file_are_tightened_with_a_notice() {
    let env = Env::new();
    env.run(&[
        "role",
        "add",
        "acme",
        "--company",
        "Acme",
        "--title",
        "Engineer",
    ]);
    let root = env.ws();
    chmod(&root, 0o755);
    chmod(&root.join("drafts"), 0o777);
    chmod(&root.join("rung.toml"), 0o664);
    let r = env.run(&[
        "role",
        "add",
        "globex",
        "--company",
        "Globex",
        "--title",
        "SRE",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for (path, want) in [
        (root.clone(), 0o700),
        (root.join("drafts"), 0o700),
        (root.join("rung.toml"), 0o600),
    ] {
        assert_eq!(mode(&path), want, "{}", path.display());
    }
    for said in ["755 -> 700", "777 -> 700", "664 -> 600"] {
        assert!(r.stderr.contains(said), "{said}: {}", r.stderr);
    }
}

#[test]
fn names_from_input_never_reach_outside_the_workspace() {
    let env = Env::new();
    let outside = env.root().join("outside.toml");
    fs::write(&outside, "version = 1\n").unwrap();
    let escapes = [
        vec!["show", "../outside"],
        vec!["show", "../../outside"],
        vec!["set", "/etc/passwd", "--finish"],
        vec!["delete", "..%2foutside"],
        vec!["restore", "../outside"],
        vec!["add", "--task", "x", "--pack", "../../outside"],
        vec!["add", "--task", "x", "--role", "../outside"],
        vec![
            "role",
            "add",
            "../outside",
            "--company",
            "A",
            "--title",
            "T",
        ],
    ];
    for args in escapes {
        let r = env.run(&args);
        assert_eq!(
            r.code, 2,
            "{args:?} must be refused: {}{}",
            r.stdout, r.stderr
        );
    }
    assert_eq!(fs::read_to_string(&outside).unwrap(), "version = 1\n");
    let names: Vec<_> = fs::read_dir(env.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| ["ws", "config", "outside.toml"].contains(&n.as_str())),
        "{names:?}"
    );
}

#[test]
fn the_coach_says_on_the_status_line_when_it_made_a_folder_private() {
    use rung::tui::app::App;
    use rung::tui::clock::FixedClock;
    use rung::tui::runtime::Runtime;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    fs::create_dir(&root).unwrap();
    chmod(&root, 0o755);
    let workspace = rung::workspace::Workspace::open(&root).unwrap();
    let mut rt = Runtime::new(workspace, FixedClock::new(jiff::Timestamp::UNIX_EPOCH));
    let mut app = App::new(
        rung::ladder::PackSet::builtin(),
        rung::tui::theme::Theme::no_color(),
        std::time::Instant::now(),
    );
    app.start(rung::tui::Start::Home);
    rung_cli::pump(&mut app, &mut rt);
    let status = app
        .shared
        .status
        .clone()
        .map(|s| s.text)
        .unwrap_or_default();
    assert!(
        status.contains("made the folder private (755 -> 700)"),
        "{status}"
    );
    assert_eq!(mode(&root), 0o700);
}
