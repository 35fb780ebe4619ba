//! End to end: when saving fails (a folder rung cannot write, a full disk),
//! leaving the draft or quitting never drops what was typed.

use std::path::{Path, PathBuf};

use crate::support::pty::{CTRL_C, ESC, Term};

/// Replaces the folder `dir` with a plain file, so nothing can be written into it.
fn break_folder(dir: &Path) {
    if dir.exists() {
        std::fs::remove_dir_all(dir).unwrap();
    }
    std::fs::write(dir, "not a folder").unwrap();
}

/// Every file under `dir` whose text holds `needle`.
fn files_holding(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            found.extend(files_holding(&path, needle));
        } else if std::fs::read_to_string(&path).is_ok_and(|t| t.contains(needle)) {
            found.push(path);
        }
    }
    found
}

/// `rung new` with its drafts folder broken after start, the answer typed and "not saved" shown.
fn typed_but_not_saved(root: &Path, env: &[(&str, &Path)]) -> Term {
    let t = Term::spawn_env(root, &["new"], env);
    t.wait_for("step 1 of 5");
    break_folder(&root.join("ws").join("drafts"));
    t
}

#[test]
fn leaving_a_draft_whose_save_failed_keeps_it_and_quitting_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut t = typed_but_not_saved(root, &[]);
    t.send("Rebuilt the invoice export");
    t.wait_for("not saved");
    t.send(ESC);
    t.wait_for("a copy is in");
    t.send("q");
    let code = t.wait_exit_code();
    assert_eq!(
        code, 1,
        "leaving with a draft not saved in place is not a success"
    );
    let kept = files_holding(
        &root.join("ws").join("recovery"),
        "Rebuilt the invoice export",
    );
    assert_eq!(kept.len(), 1, "the draft is in recovery/: {kept:?}");
    assert!(
        t.contents().contains("a copy is in"),
        "rung says where the draft is once the terminal is back:\n{}",
        t.contents()
    );
}

#[test]
fn with_the_workspace_unwritable_the_draft_goes_to_the_state_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut t = typed_but_not_saved(root, &[]);
    break_folder(&root.join("ws").join("recovery"));
    t.send("Rebuilt the invoice export");
    t.wait_for("not saved");
    t.send(ESC);
    t.wait_for("a copy is in");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 1);
    let kept = files_holding(&root.join("state"), "Rebuilt the invoice export");
    assert_eq!(kept.len(), 1, "the draft is in the state folder: {kept:?}");
}

#[test]
fn ctrl_c_twice_quits_when_nothing_can_be_written_and_prints_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Nothing can be written: not the drafts, not recovery/, not the state folder.
    let state = root.join("state-file");
    std::fs::write(&state, "a file").unwrap();
    let mut t = typed_but_not_saved(root, &[("RUNG_STATE_DIR", &state)]);
    break_folder(&root.join("ws").join("recovery"));
    t.send("Rebuilt the invoice export");
    t.wait_for("not saved");
    t.send(CTRL_C);
    t.wait_for("Ctrl-C again");
    t.send(CTRL_C);
    assert_eq!(
        t.wait_exit_code(),
        1,
        "the second Ctrl-C quits, as promised"
    );
    let screen = t.contents();
    assert!(
        screen.contains("Rebuilt the invoice export") && screen.contains("could not be written"),
        "the draft is printed for the user to copy:\n{screen}"
    );
}
