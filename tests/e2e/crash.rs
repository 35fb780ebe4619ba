//! End to end: rung is killed, signalled and has its terminal closed under it while
//! the user types, and what was typed is on disk in a complete, readable file.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::support::pty::{CTRL_C, ENTER, Term};
use rung::workspace::Workspace;

/// These tests time keys against a kill: run them one at a time so they do not slow each other.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The typed answer of the first rung, and whether every draft file in the workspace is
/// readable.
fn task_on_disk(root: &Path) -> (Option<String>, usize) {
    let listing = Workspace::open(root.join("ws")).unwrap().list();
    assert!(
        listing.unreadable.is_empty(),
        "every draft file is complete and readable: {:?}",
        listing.unreadable
    );
    let task = listing.drafts.first().map(|d| d.answers.task.clone());
    (task, listing.drafts.len())
}

#[test]
fn kill_9_at_random_moments_never_loses_what_was_typed_half_a_second_before() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut rng = fastrand::Rng::with_seed(0x5eed_0006);
    let words = "Rebuilt the invoice export service around streamed batches ";
    for round in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut t = Term::spawn(root, &["new"]);
        t.wait_for("step 1 of 5");
        let run_for = Duration::from_millis(rng.u64(600..2200));
        let start = Instant::now();
        let mut typed: Vec<(char, Instant)> = Vec::new();
        for c in words.chars().cycle() {
            if start.elapsed() >= run_for {
                break;
            }
            t.send(&c.to_string());
            typed.push((c, Instant::now()));
            std::thread::sleep(Duration::from_millis(rng.u64(5..60)));
        }
        t.signal(libc::SIGKILL);
        let killed_at = Instant::now();
        t.wait_exit_code();
        let must_have: String = typed
            .iter()
            .take_while(|(_, at)| killed_at.duration_since(*at) > Duration::from_millis(500))
            .map(|(c, _)| *c)
            .collect();
        let all: String = typed.iter().map(|(c, _)| *c).collect();
        let (task, _) = task_on_disk(root);
        let task = task.unwrap_or_default();
        // The answer is stored trimmed; compare without the spaces at the ends.
        let must_have = must_have.trim_end();
        assert!(
            task.len() >= must_have.len() && all.starts_with(task.as_str()),
            "round {round}: typed {all:?}, on disk {task:?}, needed at least {must_have:?}"
        );
    }
}

/// Types an answer, waits until the screen shows it, then stops rung with `signal`; checks the
/// answer is on disk, the exit status says which signal, and the terminal is given back.
fn signal_saves_and_restores(signal: i32) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut t = Term::spawn(root, &["new"]);
    t.wait_for("step 1 of 5");
    t.send("Rebuilt the invoice export");
    t.wait_for("Rebuilt the invoice export");
    t.signal(signal);
    let code = t.wait_exit_code();
    assert_eq!(code, 128 + signal as u32, "exit status names the signal");
    let (task, _) = task_on_disk(root);
    assert_eq!(task.as_deref(), Some("Rebuilt the invoice export"));
    let raw = t.raw();
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(200)..]).into_owned();
    for (what, seq) in [
        ("bracketed paste off", "\x1b[?2004l"),
        ("cursor shown", "\x1b[?25h"),
        ("alternate screen left", "\x1b[?1049l"),
    ] {
        assert!(tail.contains(seq), "{what}: the output ends {tail:?}");
    }
    assert!(t.cooked(), "raw mode is off again");
}

#[test]
fn sigterm_saves_at_once_and_restores_the_terminal() {
    signal_saves_and_restores(libc::SIGTERM);
}

#[test]
fn sighup_saves_at_once_and_restores_the_terminal() {
    signal_saves_and_restores(libc::SIGHUP);
}

#[test]
fn sigint_from_outside_saves_too() {
    signal_saves_and_restores(libc::SIGINT);
}

#[test]
fn closing_the_terminal_saves_and_leaves_no_process_behind() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut t = Term::spawn(root, &["new"]);
    t.wait_for("step 1 of 5");
    t.send("Rebuilt the invoice export");
    t.send(ENTER);
    t.wait_for("step 2 of 5");
    t.send("Rust and Axum");
    t.wait_for("Rust and Axum");
    t.close_terminal();
    // wait_exit_code fails the test when rung is still running (spinning) after the timeout.
    t.wait_exit_code();
    let listing = Workspace::open(root.join("ws")).unwrap().list();
    let d = &listing.drafts[0];
    assert_eq!(d.answers.task, "Rebuilt the invoice export");
    assert_eq!(d.answers.tools, "Rust and Axum");
}

#[test]
fn the_next_start_offers_the_recovered_copy_and_keeps_the_one_chosen() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let ws = Workspace::open(root.join("ws")).unwrap();
    let now = jiff::Timestamp::now();
    let mut d = rung::ladder::Draft::new(ws.new_id(now), now, "general");
    d.answers.task = "Rebuilt the export".into();
    ws.save(&d).unwrap();
    let mut mine = d.clone();
    mine.answers.task = "Rebuilt the export service".into();
    ws.write_recovery(&mine).unwrap();

    let mut t = Term::spawn(root, &["open", d.id.as_str()]);
    t.wait_for("rung stopped last time before it could save this draft");
    t.send("r");
    t.wait_for("kept the recovered copy");
    t.wait_for("Rebuilt the export service");
    t.send(CTRL_C);
    t.wait_exit();
    assert_eq!(
        ws.load(&d.id).unwrap().answers.task,
        "Rebuilt the export service"
    );
    assert!(ws.recovered().0.is_empty());
    let trashed = std::fs::read_to_string(ws.trash_dir().join(format!("{}.toml", d.id))).unwrap();
    assert!(trashed.contains("\"Rebuilt the export\""), "{trashed}");
}
