//! End to end: two real rung processes on one workspace.

use std::path::Path;

use crate::support::cmd::{TIMEOUT, bounded, command};
use crate::support::pty::{CTRL_C, Term, wait_until};
use rung::ladder::DraftId;
use rung::workspace::Workspace;

fn add(root: &Path, task: &str) -> String {
    let r = bounded(command(root, &["add", "--task", task]), "", TIMEOUT);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout.trim().to_string()
}

/// The tools answer: `rung add --task` leaves a draft on the tools rung, where `open` resumes.
fn tools_of(root: &Path, id: &str) -> String {
    let ws = Workspace::open(root.join("ws")).unwrap();
    ws.load(&DraftId::parse(id).unwrap()).unwrap().answers.tools
}

#[test]
fn the_same_draft_opened_twice_is_read_only_in_the_second_window_until_the_first_dies() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let id = add(root, "Rebuilt the export");
    let first = Term::spawn(root, &["open", &id]);
    first.wait_for("Rebuilt the export");
    let mut second = Term::spawn(root, &["open", &id]);
    second.wait_for(&format!(
        "Read-only: this draft is open in another rung window (process {})",
        first.pid()
    ));
    second.send("Rust");
    second.wait_for("not changed");
    // The CLI refuses too, with exit status 1.
    let set = bounded(command(root, &["set", &id, "--tools", "Go"]), "", TIMEOUT);
    assert_eq!(set.code, 1, "{set:?}");
    assert!(set.stderr.contains("open in another rung window"));
    second.send(CTRL_C);
    second.wait_exit();
    assert_eq!(tools_of(root, &id), "");

    // kill -9 of the holder releases the lock: the next window may edit.
    first.signal(libc::SIGKILL);
    drop(first);
    let mut third = Term::spawn(root, &["open", &id]);
    third.wait_for("Rebuilt the export");
    third.send("Rust and Axum");
    third.wait_for("Rebuilt the export using Rust and Axum");
    assert!(!third.contents().contains("Read-only"));
    third.send(CTRL_C);
    third.wait_exit();
    assert_eq!(tools_of(root, &id), "Rust and Axum");
}

#[test]
fn two_windows_edit_two_drafts_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let a = add(root, "Rebuilt the export");
    let b = add(root, "Designed the API");
    let mut one = Term::spawn(root, &["open", &a]);
    let mut two = Term::spawn(root, &["open", &b]);
    one.wait_for("Rebuilt the export");
    two.wait_for("Designed the API");
    one.send("Rust and Axum");
    two.send("Go and gRPC");
    one.wait_for("Rebuilt the export using Rust and Axum");
    two.wait_for("Designed the API using Go and gRPC");
    one.send(CTRL_C);
    two.send(CTRL_C);
    one.wait_exit();
    two.wait_exit();
    assert_eq!(tools_of(root, &a), "Rust and Axum");
    assert_eq!(tools_of(root, &b), "Go and gRPC");
}

#[test]
fn roles_added_by_many_processes_at_once_all_survive() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    Workspace::open(root.join("ws")).unwrap();
    let keys: Vec<String> = (0..16).map(|i| format!("role-{i}")).collect();
    let children: Vec<_> = keys
        .iter()
        .map(|key| {
            command(
                root,
                &[
                    "role",
                    "add",
                    key,
                    "--company",
                    "Acme",
                    "--title",
                    "Engineer",
                ],
            )
            .spawn()
            .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let roles = Workspace::open(root.join("ws")).unwrap().roles().unwrap();
    let mut found: Vec<String> = roles.into_iter().map(|r| r.key).collect();
    found.sort();
    let mut want = keys.clone();
    want.sort();
    assert_eq!(found, want, "no process lost another's role");
}

#[test]
fn a_new_draft_is_locked_from_its_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut first = Term::spawn(root, &["new"]);
    first.wait_for("step 1 of 5");
    first.send("Rebuilt the export");
    first.wait_for("Rebuilt the export");
    let ws = Workspace::open(root.join("ws")).unwrap();
    let mut id = String::new();
    wait_until("the draft was never saved", || {
        let listing = ws.list();
        listing
            .drafts
            .first()
            .map(|d| id = d.id.to_string())
            .is_some()
    });
    let mut second = Term::spawn(root, &["open", &id]);
    second.wait_for("Read-only: this draft is open in another rung window");
    second.send(CTRL_C);
    second.wait_exit();
    first.send(CTRL_C);
    first.wait_exit();
}

#[test]
fn home_follows_drafts_added_and_trashed_from_another_shell() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let kept = add(root, "Rebuilt the export");
    let mut home = Term::spawn(root, &[]);
    home.wait_for("Rebuilt the export");
    let added = add(root, "Migrated the billing jobs");
    home.wait_for("Migrated the billing jobs");
    home.wait_for("2 drafts");
    let out = bounded(command(root, &["delete", &kept]), "", TIMEOUT);
    assert_eq!(out.code, 0, "{}", out.stderr);
    home.wait_for("1 draft");
    assert!(
        !home.contents().contains("Rebuilt the export"),
        "{}",
        home.contents()
    );
    // Focus reporting is on, and coming back to the window lists again.
    assert!(
        String::from_utf8_lossy(&home.raw()).contains("\x1b[?1004h"),
        "focus changes are asked for"
    );
    // Changed in place, as some editors write: the folder itself does not change, so only
    // the focus coming back shows it.
    let file = root.join("ws").join("drafts").join(format!("{added}.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("tools = \"\""), "{text}");
    std::fs::write(&file, text.replace("tools = \"\"", "tools = \"Rust\"")).unwrap();
    home.send("\x1b[I");
    home.wait_for("■■···");
    assert!(home.contents().contains("Rust"), "{}", home.contents());
    home.send("q");
    home.wait_exit();
}
