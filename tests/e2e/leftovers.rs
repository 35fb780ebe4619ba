//! End to end, what a signal leaves behind: an editor opened with Ctrl-O ends with rung,
//! and a `--demo` workspace is removed when its terminal is killed.

use std::path::Path;

use crate::support::pty::{Term, wait_until};

/// True while `pid` is a live process (a zombie counts as gone).
fn alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

#[test]
fn sigterm_while_the_editor_is_open_ends_the_editor_too() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let pid_file = root.join("editor.pid");
    let editor = root.join("editor.sh");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\necho $$ > '{}'\nexec sleep 60\n",
            pid_file.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut t =
        Term::spawn_under_shell(root, &["new"], &[("VISUAL", &editor), ("EDITOR", &editor)]);
    t.wait_for("step 1 of 5");
    t.send("Rebuilt the invoice export");
    t.wait_for("Rebuilt the invoice export");
    t.send("\x0f");
    wait_until("the editor starts", || {
        std::fs::read_to_string(&pid_file).is_ok_and(|s| s.ends_with('\n'))
    });
    let pid: i32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(alive(pid));
    let rung = t.rung_pid();
    // SAFETY: kill(2) on the rung process this test started.
    assert_eq!(unsafe { libc::kill(rung, libc::SIGTERM) }, 0);
    wait_until("rung ends", || !alive(rung));
    wait_until("the editor ends with rung", || !alive(pid));
}

fn demo_folders(tmp: &Path) -> Vec<String> {
    std::fs::read_dir(tmp)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("rung-demo-"))
        .collect()
}

#[test]
fn a_demo_ended_by_a_killed_terminal_leaves_no_folder_behind() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let tmp = root.join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let mut t = Term::spawn_env(root, &["--demo"], &[("TMPDIR", &tmp)]);
    t.wait_for("quit");
    assert_eq!(demo_folders(&tmp).len(), 1, "the demo lives in TMPDIR");
    t.signal(libc::SIGHUP);
    assert_eq!(t.wait_exit_code(), 128 + 1);
    assert!(demo_folders(&tmp).is_empty(), "{:?}", demo_folders(&tmp));
}
