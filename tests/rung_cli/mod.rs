//! Runs the real `rung` binary as a command on a temporary workspace and config folder, for the
//! tests of commands (doctor, broken files, private files, hostile text).
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A temp folder holding a workspace (`ws`), a config folder (`config`) and a place outside
/// both (`outside`).
pub struct Env {
    dir: tempfile::TempDir,
}

/// What one run printed, and its exit status (-1 when a signal ended it).
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Env {
    /// An empty temp folder: rung creates the workspace on first use.
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// [`Env::new`] with `outside/` and `config/prompts/` already made.
    pub fn with_folders() -> Env {
        let env = Env::new();
        std::fs::create_dir_all(env.outside()).unwrap();
        std::fs::create_dir_all(env.config().join("prompts")).unwrap();
        env
    }

    /// The temp folder itself.
    pub fn root(&self) -> &std::path::Path {
        self.dir.path()
    }

    pub fn ws(&self) -> PathBuf {
        self.dir.path().join("ws")
    }

    pub fn drafts(&self) -> PathBuf {
        self.ws().join("drafts")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn outside(&self) -> PathBuf {
        self.dir.path().join("outside")
    }

    /// Runs `rung ARGS` with nothing on standard input.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, "")
    }

    /// Runs `rung ARGS` with `stdin` on standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rung"))
            .args(args)
            .env("RUNG_WORKSPACE", self.ws())
            .env("RUNG_CONFIG_DIR", self.config())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        let out = child.wait_with_output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("rung prints UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("rung prints UTF-8"),
        }
    }

    /// `rung add ARGS`, which must succeed; the new draft's id.
    pub fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        let r = self.run(&all);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout.trim().to_string()
    }

    /// `rung add --task TASK`; the new draft's id.
    pub fn add_task(&self, task: &str) -> String {
        self.add(&["--task", task])
    }
}

/// Runs queued effects against the runtime until none are left, as the loop does.
pub fn pump(
    app: &mut rung::tui::app::App,
    rt: &mut rung::tui::runtime::Runtime<
        rung::workspace::Workspace,
        rung::tui::runtime::clock::FixedClock,
    >,
) {
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            // The home listing is read on another thread: wait for it like the loop does.
            if !rt.reading() {
                return;
            }
            while rt.reading() {
                match rt.poll_listing() {
                    Some(msg) => app.send(msg),
                    None => std::thread::sleep(std::time::Duration::from_millis(2)),
                }
            }
            continue;
        }
        for effect in effects {
            if let Some(msg) = rt.run(effect) {
                app.send(msg);
            }
        }
    }
}
