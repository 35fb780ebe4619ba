//! A named pipe (FIFO) where rung expects a file never freezes it. A draft
//! replaced by a pipe while open, a pipe given as the job description (the coach's match panel,
//! `rung match`, `rung check`): each gets a clear error at once, and signals still save and
//! leave.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::cmd::{bounded, command};
use crate::support::fixtures::mkfifo;
use crate::support::pty::{ENTER, Term, wait_until};

/// How long a command given a named pipe may take before it counts as frozen.
const PIPE_LIMIT: Duration = Duration::from_secs(10);

/// The draft rung saved first.
fn the_draft_file(root: &Path) -> PathBuf {
    let drafts = root.join("ws").join("drafts");
    let mut file = None;
    wait_until("the draft was never saved", || {
        file = std::fs::read_dir(&drafts)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "toml"));
        file.is_some()
    });
    file.unwrap()
}

#[test]
fn a_pipe_in_place_of_the_open_draft_never_freezes_the_coach_or_its_signals() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut t = Term::spawn(root, &["new"]);
    t.wait_for("step 1 of 5");
    t.send("Rebuilt the invoice export");
    let file = the_draft_file(root);
    std::fs::remove_file(&file).unwrap();
    mkfifo(&file);
    t.send(" service");
    t.wait_for("changed on disk");
    t.signal(libc::SIGTERM);
    assert_eq!(t.wait_exit_code(), 128 + 15, "SIGTERM still ends rung");
    let kept = std::fs::read_to_string(root.join("ws/recovery").join(file.file_name().unwrap()))
        .expect("the draft is kept in recovery/");
    assert!(
        kept.contains("Rebuilt the invoice export service"),
        "{kept}"
    );
}

#[test]
fn a_pipe_as_the_job_description_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let fifo = root.join("jd.txt");
    mkfifo(&fifo);
    let fifo_arg = fifo.to_str().unwrap();
    for args in [vec!["match", fifo_arg], vec!["check", fifo_arg]] {
        let r = bounded(command(root, &args), "", PIPE_LIMIT);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("not a regular file"),
            "{args:?}: {}",
            r.stderr
        );
    }
    let args = ["add", "--task", "Rebuilt the invoice export"];
    let r = bounded(command(root, &args), "", PIPE_LIMIT);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut t = Term::spawn(root, &[]);
    t.wait_for("Rebuilt the invoice export");
    t.send("m");
    t.wait_for("No job description loaded yet");
    t.send("l");
    t.send(fifo_arg);
    t.send(ENTER);
    t.wait_for("not a regular file");
    // Still answering keys: the panel goes home.
    t.send("q");
    t.wait_for("Rebuilt the invoice export");
}
