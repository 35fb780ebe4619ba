//! Runs the real `rung` binary as a command on a temporary workspace and config folder. Every
//! run is bounded: a command that has not ended in time is killed and the test fails.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a command may run before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// A temp folder holding a workspace (`ws`), a config folder (`config`) and a place outside
/// both (`outside`), removed at the end of the test.
pub struct Env {
    dir: tempfile::TempDir,
}

/// What one run printed, and its exit status (-1 when a signal ended it).
#[derive(Debug)]
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
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// `NAME` in the temp folder, outside the workspace.
    pub fn path(&self, name: &str) -> PathBuf {
        self.root().join(name)
    }

    pub fn ws(&self) -> PathBuf {
        self.root().join("ws")
    }

    pub fn drafts(&self) -> PathBuf {
        self.ws().join("drafts")
    }

    pub fn config(&self) -> PathBuf {
        self.root().join("config")
    }

    pub fn outside(&self) -> PathBuf {
        self.root().join("outside")
    }

    /// `rung ARGS` on this workspace and config, not yet started.
    pub fn command(&self, args: &[&str]) -> Command {
        command(self.root(), args)
    }

    /// Runs `rung ARGS` with nothing on standard input.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, "")
    }

    /// Runs `rung ARGS` with `stdin` on standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        bounded(self.command(args), stdin, TIMEOUT)
    }

    /// Runs `rung ARGS` and expects exit status 0; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "rung {args:?} failed:\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        r.stdout
    }

    /// `rung role add KEY --company COMPANY --title TITLE MORE`, which must succeed.
    pub fn add_role(&self, key: &str, company: &str, title: &str, more: &[&str]) {
        self.ok(&role_add_args(key, company, title, more));
    }

    /// `rung role add KEY --company COMPANY --title TITLE MORE`, however it ends.
    pub fn run_role_add(&self, key: &str, company: &str, title: &str, more: &[&str]) -> Run {
        self.run(&role_add_args(key, company, title, more))
    }

    /// `rung add ARGS`, which must succeed; the new draft's id.
    pub fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        self.ok(&all).trim().to_string()
    }

    /// `rung add --task TASK`; the new draft's id.
    pub fn add_task(&self, task: &str) -> String {
        self.add(&["--task", task])
    }

    /// The file of draft `id`.
    pub fn draft_file(&self, id: &str) -> PathBuf {
        self.drafts().join(format!("{id}.toml"))
    }

    /// Draft `id` as TOML, read straight from its file.
    pub fn read_draft(&self, id: &str) -> toml::Table {
        toml::from_str(&std::fs::read_to_string(self.draft_file(id)).unwrap()).unwrap()
    }

    /// Writes a file into the workspace's drafts folder by hand (after making sure it exists).
    pub fn plant(&self, name: &str, bytes: &[u8]) -> PathBuf {
        self.run(&["list"]);
        let path = self.drafts().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

/// `rung ARGS` on the workspace `<root>/ws` and config `<root>/config`, not yet started, with
/// no `NO_COLOR` and nothing that points at a clipboard (tmux, a display, SSH) from the
/// environment running the tests; a test that wants one sets it.
pub fn command(root: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rung"));
    cmd.args(args)
        .env("RUNG_WORKSPACE", root.join("ws"))
        .env("RUNG_CONFIG_DIR", root.join("config"))
        .env_remove("NO_COLOR");
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

/// Runs `cmd` with `stdin` on standard input and its output captured; fails the test when it
/// has not ended within `limit` (and kills it).
pub fn bounded(mut cmd: Command, stdin: &str, limit: Duration) -> Run {
    let shown = format!("{cmd:?}");
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rung starts");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_owned();
    // Written on a thread of its own so a command that does not read it cannot block the test.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(stdin.as_bytes());
    });
    let stdout = drain(child.stdout.take().unwrap());
    let stderr = drain(child.stderr.take().unwrap());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{shown} did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let text =
        |h: JoinHandle<Vec<u8>>| String::from_utf8(h.join().unwrap()).expect("rung prints UTF-8");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: text(stdout),
        stderr: text(stderr),
    }
}

/// Reads `from` to its end on another thread.
fn drain(mut from: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = from.read_to_end(&mut bytes);
        bytes
    })
}

/// Fails the test when the file at `path` no longer holds `bytes`.
pub fn assert_unchanged(path: &Path, bytes: &[u8]) {
    assert_eq!(
        std::fs::read(path).unwrap(),
        bytes,
        "{} was changed",
        path.display()
    );
}

/// The arguments of `rung role add KEY --company COMPANY --title TITLE MORE`.
fn role_add_args<'a>(
    key: &'a str,
    company: &'a str,
    title: &'a str,
    more: &[&'a str],
) -> Vec<&'a str> {
    let mut all = vec!["role", "add", key, "--company", company, "--title", title];
    all.extend_from_slice(more);
    all
}
