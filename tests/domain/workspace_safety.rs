//! Concurrent and crash safety in the workspace: draft locks, noticing other writers, and the recovery folder.

use std::fs;

use rung::ladder::Draft;
use rung::tui::runtime::guard::{self, Unsaved};
use rung::workspace::{Workspace, WorkspaceError};

fn workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    (dir, ws)
}

fn saved(ws: &Workspace, task: &str) -> Draft {
    let now = jiff::Timestamp::now();
    let mut d = Draft::new(ws.new_id(now), now, "general");
    d.answers.task = task.into();
    ws.save(&d).unwrap();
    d
}

#[test]
fn a_draft_lock_is_exclusive_names_its_holder_and_goes_away_when_dropped() {
    let (_dir, ws) = workspace();
    let d = saved(&ws, "Rebuilt the export");
    let held = ws.lock_draft(&d.id).unwrap();
    match ws.lock_draft(&d.id) {
        Err(WorkspaceError::Locked { pid, .. }) => assert_eq!(pid, Some(std::process::id())),
        other => panic!("a second lock must fail, got {other:?}"),
    }
    assert!(matches!(
        ws.trash(&d.id),
        Err(WorkspaceError::Locked { .. })
    ));
    assert!(
        ws.draft_path(&d.id).is_file(),
        "a locked draft is not trashed"
    );
    drop(held);
    assert!(
        fs::read_dir(ws.locks_dir()).unwrap().next().is_none(),
        "no lock file is left behind"
    );
    let again = ws.lock_draft(&d.id).expect("free again");
    drop(again);
    ws.trash(&d.id).unwrap();
}

#[test]
fn a_save_over_a_file_another_program_changed_is_refused_and_the_file_kept() {
    let (_dir, ws) = workspace();
    let mut d = saved(&ws, "Rebuilt the export");
    let stamp = ws.stamp(&d.id);
    let path = ws.draft_path(&d.id);
    let theirs = fs::read_to_string(&path)
        .unwrap()
        .replace("Rebuilt the export", "Rebuilt the export (edited in vim)");
    fs::write(&path, &theirs).unwrap();
    d.answers.tools = "Rust".into();
    assert!(matches!(
        ws.save_if_unchanged(&d, stamp),
        Err(WorkspaceError::ChangedOnDisk { .. })
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs, "byte for byte");
    let now = ws.stamp(&d.id);
    ws.save_if_unchanged(&d, now)
        .expect("with the current stamp it saves");
    assert_eq!(ws.load(&d.id).unwrap().answers.tools, "Rust");
}

#[test]
fn keeping_a_recovered_draft_puts_the_saved_one_in_the_trash() {
    let (_dir, ws) = workspace();
    let d = saved(&ws, "Rebuilt the export");
    let mut mine = d.clone();
    mine.answers.task = "Rebuilt the export service".into();
    let file = ws.write_recovery(&mine).unwrap();
    assert!(file.starts_with(ws.recovery_dir()));
    let (found, bad) = ws.recovered();
    assert!(bad.is_empty());
    assert_eq!(found[0].draft.answers.task, "Rebuilt the export service");
    ws.keep_recovered(&d.id).unwrap();
    assert_eq!(
        ws.load(&d.id).unwrap().answers.task,
        "Rebuilt the export service"
    );
    let trashed = fs::read_to_string(ws.trash_dir().join(format!("{}.toml", d.id))).unwrap();
    assert!(
        trashed.contains("task = \"Rebuilt the export\""),
        "{trashed}"
    );
    assert!(ws.recovered().0.is_empty());
}

#[test]
fn discarding_a_recovered_draft_moves_it_to_the_trash() {
    let (_dir, ws) = workspace();
    let d = saved(&ws, "Rebuilt the export");
    let mut mine = d.clone();
    mine.answers.task = "Rebuilt it all".into();
    ws.write_recovery(&mine).unwrap();
    let to = ws.discard_recovered(&d.id).unwrap();
    assert!(fs::read_to_string(to).unwrap().contains("Rebuilt it all"));
    assert_eq!(ws.load(&d.id).unwrap().answers.task, "Rebuilt the export");
    assert!(ws.recovered().0.is_empty());
}

#[test]
fn a_second_recovery_of_one_draft_keeps_the_first_in_the_trash() {
    let (_dir, ws) = workspace();
    let d = saved(&ws, "one");
    let mut a = d.clone();
    a.answers.task = "first crash".into();
    let mut b = d.clone();
    b.answers.task = "second crash".into();
    ws.write_recovery(&a).unwrap();
    ws.write_recovery(&b).unwrap();
    assert_eq!(ws.recovered().0[0].draft.answers.task, "second crash");
    let trashed = fs::read_to_string(ws.trash_dir().join(format!("{}.toml", d.id))).unwrap();
    assert!(trashed.contains("first crash"));
}

#[test]
fn the_signal_save_writes_over_its_own_file_but_never_over_someone_elses() {
    let (_dir, ws) = workspace();
    let d = saved(&ws, "Rebuilt the export");
    let mut mine = d.clone();
    mine.answers.tools = "Rust".into();
    let unsaved = Unsaved {
        draft: mine.clone(),
        expected: rung::tui::runtime::guard::Expected::open(ws.stamp(&d.id)),
    };
    guard::keep(&ws, &unsaved).unwrap();
    assert_eq!(ws.load(&d.id).unwrap().answers.tools, "Rust");
    assert!(ws.recovered().0.is_empty());

    // Someone else wrote the file: the signal save goes to recovery instead.
    let path = ws.draft_path(&d.id);
    let theirs = fs::read_to_string(&path).unwrap().replace("Rust", "Go");
    fs::write(&path, &theirs).unwrap();
    mine.answers.tools = "Rust and Axum".into();
    let said = guard::keep(
        &ws,
        &Unsaved {
            draft: mine,
            expected: unsaved.expected,
        },
    )
    .unwrap();
    assert!(said.contains("recovery"), "{said}");
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
    assert_eq!(ws.recovered().0[0].draft.answers.tools, "Rust and Axum");
}
