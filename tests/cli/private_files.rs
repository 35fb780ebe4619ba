//! Private by default: files 0600, folders 0700, looser modes tightened on
//! write with a notice, and no id, role key, pack name or file name from input reaches a path
//! outside the workspace.
#![cfg(unix)]

use rung::tui::Start;
use rung::tui::render::theme::Theme;

use crate::support::app::Harness;
use crate::support::cmd::{Env, TIMEOUT, bounded};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
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
fn loose_folders_are_left_as_they_are_with_a_warning_until_doctor_fix() {
    let env = Env::new();
    env.add_role("acme", "Acme", "Engineer", &[]);
    let root = env.ws();
    chmod(&root, 0o755);
    chmod(&root.join("drafts"), 0o777);
    chmod(&root.join("rung.toml"), 0o664);
    let r = env.run_role_add("globex", "Globex", "SRE", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A folder's mode is the user's business; rung says, and leaves it.
    for (path, want) in [
        (root.clone(), 0o755),
        (root.join("drafts"), 0o777),
        (root.join("rung.toml"), 0o600),
    ] {
        assert_eq!(mode(&path), want, "{}", path.display());
    }
    for said in ["(mode 755)", "(mode 777)", "664 -> 600", "doctor --fix"] {
        assert!(r.stderr.contains(said), "{said}: {}", r.stderr);
    }
    let r = env.run(&["doctor", "--fix"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    for path in [root.clone(), root.join("drafts")] {
        assert_eq!(mode(&path), 0o700, "{}", path.display());
    }
}

#[test]
fn a_shared_sticky_folder_keeps_its_mode_and_the_notice_says_it_as_it_is() {
    let env = Env::new();
    let shared = env.root().join("shared");
    fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o1777);
    // Not rung's own (no rung.toml), so doctor offers no fix for its mode.
    let r = env.run(&["--workspace", shared.to_str().unwrap(), "doctor", "--fix"]);
    assert_eq!(mode(&shared), 0o1777, "{}{}", r.stdout, r.stderr);
    let r = env.run(&["--workspace", shared.to_str().unwrap(), "list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(mode(&shared), 0o1777, "the sticky bit stays");
    assert!(r.stderr.contains("(mode 1777)"), "{}", r.stderr);
}

#[test]
fn the_root_the_home_folder_and_system_folders_are_refused_as_workspaces() {
    let env = Env::new();
    let home = env.root().join("home");
    fs::create_dir(&home).unwrap();
    for dir in ["/", "/etc", "/usr/share", home.to_str().unwrap()] {
        for args in [vec!["list"], vec!["doctor"], vec!["doctor", "--fix"]] {
            let mut cmd = env.command(&[&["--workspace", dir][..], &args].concat());
            cmd.env("HOME", &home);
            let r = bounded(cmd, "", TIMEOUT);
            let (stdout, stderr) = (&r.stdout, &r.stderr);
            assert_ne!(r.code, 0, "{dir} {args:?}: {stdout}{stderr}");
            assert!(
                format!("{stdout}{stderr}").contains("cannot be a workspace"),
                "{dir} {args:?}: {stdout}{stderr}"
            );
            assert!(
                !stdout.contains("--fix"),
                "{dir} {args:?} offers no fix: {stdout}"
            );
        }
    }
    assert!(
        fs::read_dir(&home).unwrap().next().is_none(),
        "nothing written at home"
    );
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
fn the_coach_says_on_the_status_line_when_a_folder_is_not_private() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    fs::create_dir(&root).unwrap();
    chmod(&root, 0o755);
    let workspace = rung::workspace::Workspace::open(&root).unwrap();
    let mut h = Harness::start_themed(workspace, Start::Home, Theme::no_color());
    h.wait_for_listing();
    let status = h.status();
    assert!(
        status.contains("others may use this folder (mode 755)"),
        "{status}"
    );
    assert_eq!(mode(&root), 0o755, "left as it is");
}
