//! Running the real `rung` binary against a private temp workspace and config folder.

use std::path::PathBuf;
use std::process::Command;

/// A bullet with unicode and every character a format might take for markup.
pub const TRICKY: &str =
    "Tagged #billing events for caf\u{e9} \u{1F680} users with $5 at 50% off, p_99 <1s and *ptr";

/// A temp workspace and config folder, removed at the end of the test.
pub struct Env {
    pub dir: tempfile::TempDir,
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Env {
    pub fn new() -> Env {
        let env = Env {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir_all(env.config()).unwrap();
        env
    }

    pub fn workspace(&self) -> PathBuf {
        self.dir.path().join("ws")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The command, with this workspace and config and no clipboard-related environment.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rung"));
        cmd.args(args)
            .env("RUNG_WORKSPACE", self.workspace())
            .env("RUNG_CONFIG_DIR", self.config());
        for var in [
            "TMUX",
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "SSH_TTY",
            "SSH_CONNECTION",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// Runs rung with these arguments.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = self.command(args).output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs rung and expects exit status 0; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "rung {args:?} failed:\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        r.stdout
    }

    /// Adds a draft and returns its id.
    pub fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        self.ok(&all).trim().to_string()
    }

    /// A workspace with two roles, finished bullets for both (one tricky), an unfinished one,
    /// and one without a role. Returns the tricky draft's id.
    pub fn with_resume() -> (Env, String) {
        let env = Env::new();
        env.ok(&[
            "role",
            "add",
            "acme",
            "--company",
            "Acme Corp",
            "--title",
            "Backend Engineer",
            "--start",
            "2021-03",
            "--current",
        ]);
        env.ok(&[
            "role",
            "add",
            "old",
            "--company",
            "Old Co",
            "--title",
            "Developer",
            "--start",
            "2018-01",
            "--end",
            "2021-02",
        ]);
        let tricky = env.add(&["--task", TRICKY, "--role", "acme", "--finish"]);
        env.add(&[
            "--task",
            "Rebuilt the billing API",
            "--role",
            "acme",
            "--finish",
        ]);
        env.add(&[
            "--task",
            "Migrated reports to SQL",
            "--role",
            "old",
            "--finish",
            "--tag",
            "sql",
        ]);
        env.add(&["--task", "Ran the hiring loop", "--role", "acme"]);
        env.add(&["--task", "Wrote the style guide", "--finish"]);
        (env, tricky)
    }
}

/// The tricky bullet as rung assembles it (a capital and a full stop).
pub fn tricky_bullet() -> String {
    format!("{TRICKY}.")
}
