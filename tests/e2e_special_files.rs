//! Issue 16 item 3: a named pipe (FIFO) where rung expects a file never freezes it. A draft
//! replaced by a pipe while open, a pipe given as the job description (the coach's match panel,
//! `rung match`, `rung check`): each gets a clear error at once, and signals still save and
//! leave.

mod pty;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pty::{ENTER, Term};

/// Makes a named pipe at `path`.
fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo with a valid C string for a path inside a temp folder we own.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// Runs `rung ARGS`; fails the test when it has not ended within 10 s.
fn run_bounded(root: &Path, args: &[&str]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rung"))
        .args(args)
        .env("RUNG_WORKSPACE", root.join("ws"))
        .env("RUNG_CONFIG_DIR", root.join("config"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
            return (status.code().unwrap_or(-1), err);
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("`rung {}` hung on a named pipe", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn the_draft_file(root: &Path) -> PathBuf {
    let drafts = root.join("ws").join("drafts");
    let start = Instant::now();
    loop {
        if let Some(e) = std::fs::read_dir(&drafts)
            .unwrap()
            .flatten()
            .find(|e| e.path().extension().is_some_and(|x| x == "toml"))
        {
            return e.path();
        }
        assert!(start.elapsed() < pty::TIMEOUT, "the draft was never saved");
        std::thread::sleep(Duration::from_millis(20));
    }
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
        let (code, err) = run_bounded(root, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("not a regular file"), "{args:?}: {err}");
    }
    let (code, err) = run_bounded(root, &["add", "--task", "Rebuilt the invoice export"]);
    assert_eq!(code, 0, "{err}");
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
