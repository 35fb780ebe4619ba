//! End to end: the real `rung` binary in a real pseudo-terminal, its screen read with vt100,
//! against a temporary workspace. Every wait polls the screen (or the process) with a timeout.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use rung::ladder::{Draft, DraftId};
use rung::workspace::Workspace;

const TIMEOUT: Duration = Duration::from_secs(10);
const ROWS: u16 = 30;
const COLS: u16 = 100;

/// `rung` running in a pty.
struct Term {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Term {
    fn spawn(root: &Path, args: &[&str]) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_rung"));
        for a in args {
            cmd.arg(a);
        }
        cmd.env("RUNG_WORKSPACE", root.join("ws"));
        cmd.env("RUNG_CONFIG_DIR", root.join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(cmd).expect("rung starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            ROWS.try_into().unwrap(),
            COLS.try_into().unwrap(),
            0,
        )));
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let _master = pty.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Term {
            child,
            writer,
            screen,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "the screen never showed {text:?}; it shows:\n{}",
            self.contents()
        );
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to end and checks it ended well.
    fn wait_exit(&mut self) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(
                    status.success(),
                    "rung exited with {status:?}:\n{}",
                    self.contents()
                );
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("rung did not exit; the screen shows:\n{}", self.contents());
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
        }
    }
}

const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const SHIFT_TAB: &str = "\x1b[Z";
const CTRL_C: &str = "\x03";
const BACKSPACE: &str = "\x7f";

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
