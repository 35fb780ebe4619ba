//! Running the real `rung` binary against a private temp workspace and config folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn workspace(&self) -> PathBuf {
        self.dir.path().join("ws")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// Runs rung with these arguments.
    pub fn run(&self, args: &[&str]) -> Run {
        let out: Output = Command::new(env!("CARGO_BIN_EXE_rung"))
            .args(args)
            .env("RUNG_WORKSPACE", self.workspace())
            .env("RUNG_CONFIG_DIR", self.config())
            .env_remove("NO_COLOR")
            .output()
            .unwrap();
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

    pub fn draft_file(&self, id: &str) -> PathBuf {
        self.workspace().join("drafts").join(format!("{id}.toml"))
    }

    pub fn read_draft(&self, id: &str) -> toml::Table {
        toml::from_str(&std::fs::read_to_string(self.draft_file(id)).unwrap()).unwrap()
    }

    /// Writes a file into the workspace's drafts folder by hand (after making sure it exists).
    pub fn plant(&self, name: &str, bytes: &[u8]) -> PathBuf {
        self.run(&["list"]);
        let path = self.workspace().join("drafts").join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

pub fn assert_unchanged(path: &Path, bytes: &[u8]) {
    assert_eq!(
        std::fs::read(path).unwrap(),
        bytes,
        "{} was changed",
        path.display()
    );
}
