//! End to end: the real `rung` binary in a real pseudo-terminal, its screen read with vt100,
//! against a temporary workspace. Every wait polls the screen (or the process) with a timeout.

use std::path::{Path, PathBuf};

use crate::support::pty::{BACKSPACE, CTRL_C, ENTER, ESC, SHIFT_TAB, Term};
use rung::ladder::{Draft, DraftId};
use rung::workspace::Workspace;

const ANSWERS: [&str; 5] = [
    "Rebuilt the invoice export service",
    "Rust and Axum",
    "PostgreSQL, S3 and SQS",
    "streaming rows in batches instead of loading whole tables",
    "Cut export time from 40 min to 6 min for 2,000 accounts",
];

fn drafts(root: &Path) -> Vec<Draft> {
    Workspace::open(root.join("ws")).unwrap().list().drafts
}

/// (a): a new draft, five answers with Enter between them, Esc, q.
fn climb_five(root: &Path) -> DraftId {
    let mut t = Term::spawn(root, &["new"]);
    t.wait_for("step 1 of 5");
    for (i, answer) in ANSWERS.iter().enumerate() {
        t.send(answer);
        t.wait_for(answer);
        t.send(ENTER);
        if i < 4 {
            t.wait_for(&format!("step {} of 5", i + 2));
        }
    }
    t.wait_for("your bullet");
    t.send(ESC);
    t.wait_for("your resume bullets");
    t.send("q");
    t.wait_exit();
    let all = drafts(root);
    assert_eq!(all.len(), 1);
    all[0].id.clone()
}

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    (dir, root)
}

#[test]
fn a_new_draft_climbs_five_rungs_and_lands_on_disk() {
    let (_dir, root) = temp();
    climb_five(&root);
    let d = &drafts(&root)[0];
    assert_eq!(d.answers.task, ANSWERS[0]);
    assert_eq!(d.answers.tools, ANSWERS[1]);
    assert_eq!(d.answers.stack, ANSWERS[2]);
    assert_eq!(d.answers.method, ANSWERS[3]);
    assert_eq!(d.answers.metric, ANSWERS[4]);
    assert_eq!(d.level(), 5);
}

#[test]
fn open_shows_the_saved_answers() {
    let (_dir, root) = temp();
    let id = climb_five(&root);
    let mut t = Term::spawn(&root, &["open", id.as_str()]);
    t.wait_for("step 5 of 5");
    t.wait_for(ANSWERS[4]);
    for (i, answer) in ANSWERS.iter().enumerate().take(4).rev() {
        t.send(SHIFT_TAB);
        t.wait_for(&format!("step {} of 5", i + 1));
        t.wait_for(answer);
    }
    t.send(CTRL_C);
    t.wait_exit();
}

#[test]
fn going_back_two_rungs_and_changing_an_answer_is_saved() {
    let (_dir, root) = temp();
    let id = climb_five(&root);
    let mut t = Term::spawn(&root, &["open", id.as_str()]);
    t.wait_for("step 5 of 5");
    t.send(SHIFT_TAB);
    t.wait_for("step 4 of 5");
    t.send(SHIFT_TAB);
    t.wait_for("step 3 of 5");
    t.send(&BACKSPACE.repeat(3));
    t.send("Kafka");
    t.wait_for("PostgreSQL, S3 and Kafka");
    t.send(CTRL_C);
    t.wait_exit();
    let d = &drafts(&root)[0];
    assert_eq!(d.answers.stack, "PostgreSQL, S3 and Kafka");
    assert_eq!(d.answers.task, ANSWERS[0], "other answers are untouched");
}

#[test]
fn deleting_from_home_moves_the_file_to_the_trash() {
    let (_dir, root) = temp();
    let id = climb_five(&root);
    let mut t = Term::spawn(&root, &[]);
    t.wait_for("Rebuilt the invoice export service");
    t.send("d");
    t.wait_for("Move this draft to the trash?");
    t.send("y");
    t.wait_for("moved");
    t.wait_for("Welcome to rung");
    t.send("q");
    t.wait_exit();
    let ws = root.join("ws");
    assert!(ws.join("trash").join(format!("{id}.toml")).is_file());
    assert!(!ws.join("drafts").join(format!("{id}.toml")).exists());
}

/// Waits until the bottom row of the screen holds `text`.
fn wait_for_footer(t: &Term, text: &str) {
    let start = std::time::Instant::now();
    while start.elapsed() < crate::support::pty::TIMEOUT {
        if t.rows().last().is_some_and(|row| row.contains(text)) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the bottom row never showed {text:?}:\n{}", t.contents());
}

#[test]
fn resizing_the_window_redraws_the_ladder_at_the_new_size() {
    let (_dir, root) = temp();
    let mut t = Term::spawn(&root, &["new"]);
    t.wait_for("step 1 of 5");
    wait_for_footer(&t, "F1 help");

    t.resize(40, 120);
    wait_for_footer(&t, "F1 help");
    let rows = t.rows();
    assert_eq!(rows.len(), 40);
    let answer_top = rows.iter().find(|r| r.contains("your answer")).unwrap();
    assert!(
        answer_top.trim_end().ends_with('┐') && answer_top.trim_end().chars().count() == 120,
        "the answer box spans the wider window: {answer_top:?}"
    );

    t.resize(12, 50);
    t.wait_for("make the window larger");
    t.resize(24, 80);
    wait_for_footer(&t, "F1 help");
    t.send("Shipped the export");
    t.wait_for("Shipped the export");
    assert!(!t.contents().contains("make the window larger"));
    t.send(CTRL_C);
    t.wait_exit();
}

/// The real loop draws a typed key first and the coach's notes and the preview after it: both
/// must arrive without another key, and follow the answer as it changes.
#[test]
fn notes_and_preview_follow_typing_without_another_key() {
    let (_dir, root) = temp();
    let mut t = Term::spawn(&root, &["new"]);
    t.wait_for("step 1 of 5");
    t.send("Helped with the billing rewrite");
    t.wait_for("Helped with the billing rewrite using [tools?]");
    t.wait_for("describes a duty");
    t.send(&BACKSPACE.repeat("Helped with the billing rewrite".len()));
    t.send("Rebuilt the billing service");
    t.wait_for("Rebuilt the billing service using [tools?]");
    t.wait_for("✓ fixed:");
    let screen = t.contents();
    assert!(
        !screen.contains("! \"Helped with\""),
        "no longer a warning: {screen}"
    );
    t.send(CTRL_C);
    t.wait_exit();
}

#[test]
fn keys_do_nothing_behind_the_make_the_window_larger_message() {
    let (_dir, root) = temp();
    let id = climb_five(&root);
    let mut t = Term::spawn(&root, &[]);
    t.wait_for("Rebuilt the invoice export service");
    t.resize(12, 50);
    t.wait_for("make the window larger");
    // Trash (d y), a new draft, filter, match, areas, import, open, Delete: none may act
    // unseen. Each is counted on screen once it has been let go, so the window grows only after
    // all of them were read.
    for (n, keys) in ["d", "y", "n", "/", "m", "v", "i", ENTER, "\x1b[3~"]
        .iter()
        .enumerate()
    {
        t.send(keys);
        let said = match n {
            0 => "(1 key let go)".to_string(),
            n => format!("({} keys let go)", n + 1),
        };
        t.wait_for(&said);
    }
    t.resize(30, 100);
    t.wait_for("Rebuilt the invoice export service");
    let screen = t.contents();
    assert!(screen.contains("your resume bullets"), "{screen}");
    assert!(!screen.contains("Move this draft"), "{screen}");
    assert!(!screen.contains("filter:"), "{screen}");
    t.send("q");
    t.wait_exit();
    let ws = root.join("ws");
    assert!(ws.join("drafts").join(format!("{id}.toml")).is_file());
    assert!(!ws.join("trash").join(format!("{id}.toml")).exists());
    assert_eq!(drafts(&root).len(), 1);
}

const CTRL_U: &str = "\x15";
const CTRL_W: &str = "\x17";
const CTRL_Y: &str = "\x19";
const CTRL_Z: &str = "\x1a";
const CTRL_A: &str = "\x01";
const CTRL_E: &str = "\x05";
const RIGHT: &str = "\x1b[C";

#[test]
fn undo_redo_and_readline_keys_edit_an_answer() {
    let (_dir, root) = temp();
    let mut t = Term::spawn(&root, &["new"]);
    t.wait_for("step 1 of 5");
    t.send("the exporter");
    t.wait_for("the exporter");
    t.send(CTRL_A);
    t.send("Rebuilt ");
    t.wait_for("Rebuilt the exporter");
    t.send(CTRL_E);
    t.send(CTRL_W);
    t.send("indexer");
    t.wait_for("Rebuilt the indexer");
    t.send(CTRL_U);
    t.wait_for("type your answer here");
    t.send(CTRL_Z);
    t.wait_for("Rebuilt the indexer");
    t.send(CTRL_Y);
    t.wait_for("type your answer here");
    t.send(CTRL_Z);
    t.wait_for("Rebuilt the indexer");
    t.send(CTRL_C);
    t.wait_exit();
    assert_eq!(drafts(&root)[0].answers.task, "Rebuilt the indexer");
}

#[test]
fn the_trash_view_restores_a_draft_and_empties_after_asking() {
    let (_dir, root) = temp();
    let id = climb_five(&root);
    let ws = root.join("ws");
    let mut t = Term::spawn(&root, &[]);
    t.wait_for(ANSWERS[0]);
    t.send("d");
    t.wait_for("Move this draft to the trash?");
    t.send("y");
    t.wait_for("Welcome to rung");
    t.send("t");
    t.wait_for("deleted drafts, newest first");
    t.wait_for(ANSWERS[0]);
    t.send(ENTER);
    t.wait_for("it is on home again");
    t.wait_for("The trash is empty.");
    assert!(ws.join("drafts").join(format!("{id}.toml")).is_file());
    t.send(ESC);
    t.wait_for(&format!("id {id}"));
    t.send("d");
    t.wait_for("Move this draft to the trash?");
    t.send("y");
    t.wait_for("Welcome to rung");
    std::fs::write(ws.join("trash").join("notes.txt"), "mine").unwrap();
    t.send("t");
    t.wait_for(ANSWERS[0]);
    t.send("E");
    t.wait_for("for good?");
    t.send("y");
    t.wait_for("deleted 1 draft for good");
    t.wait_for("The trash is empty.");
    t.send("q");
    t.wait_for("Welcome to rung");
    t.send("q");
    t.wait_exit();
    assert!(!ws.join("trash").join(format!("{id}.toml")).exists());
    assert!(!ws.join("drafts").join(format!("{id}.toml")).exists());
    assert!(
        ws.join("trash").join("notes.txt").is_file(),
        "not rung's: left alone"
    );
}

#[test]
fn n_asks_for_role_and_pack_and_new_with_a_role_still_starts_at_once() {
    let (_dir, root) = temp();
    let ws = root.join("ws");
    Workspace::open(&ws).unwrap();
    std::fs::write(
        ws.join("rung.toml"),
        "version = 1\n\n[settings]\npack = \"backend\"\n\n[[role]]\nkey = \"acme\"\ncompany = \"Acme\"\ntitle = \"Platform Engineer\"\ncurrent = true\n",
    )
    .unwrap();
    let mut t = Term::spawn(&root, &[]);
    t.wait_for("Welcome to rung");
    t.send("n");
    t.wait_for("Start a new draft");
    t.wait_for("◂ backend ▸");
    t.send(RIGHT);
    t.wait_for("◂ Platform Engineer, Acme ▸");
    t.send(ENTER);
    t.wait_for("step 1 of 5");
    t.send(ANSWERS[0]);
    t.wait_for(ANSWERS[0]);
    t.send(CTRL_C);
    t.wait_exit();
    let d = &drafts(&root)[0];
    assert_eq!(d.role.as_deref(), Some("acme"));
    assert_eq!(d.pack, "backend");

    let mut t = Term::spawn(&root, &["new", "--role", "acme"]);
    t.wait_for("step 1 of 5");
    t.send("Wrote the runbook");
    t.wait_for("Wrote the runbook");
    t.send(CTRL_C);
    t.wait_exit();
    assert!(
        drafts(&root)
            .iter()
            .any(|d| d.answers.task == "Wrote the runbook" && d.role.as_deref() == Some("acme"))
    );
}
