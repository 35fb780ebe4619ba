//! The real binary inside a real tmux server (private socket, no user config) copies a bullet
//! with automatic detection; `tmux show-buffer` reads it back exactly.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::setup::{Env, ExportEnv, tricky_bullet};
use crate::tools;

/// A tmux server on a private socket, killed when dropped.
struct Server {
    tmux: PathBuf,
    socket: PathBuf,
}

impl Server {
    fn start(tmux: PathBuf, dir: &Path) -> Server {
        let server = Server {
            tmux,
            socket: dir.join("tmux.sock"),
        };
        server.ok(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "rung",
            "-x",
            "120",
            "-y",
            "30",
        ]);
        server
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(&self.tmux);
        c.arg("-S").arg(&self.socket).args(args).env_remove("TMUX");
        c
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a shell command in a new window and waits until it has finished.
    fn run_in_window(&self, shell: &str) {
        let socket = self.socket.display();
        let tmux = self.tmux.display();
        let script = format!("{shell}; '{tmux}' -S '{socket}' wait-for -S rung-done");
        self.ok(&["new-window", "-d", &script]);
        self.ok(&["wait-for", "rung-done"]);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).output();
    }
}

fn copy_inside_tmux(set_clipboard_on: bool) {
    let Some(tmux) = tools::require("tmux", "RUNG_TEST_TMUX") else {
        return;
    };
    let (env, id) = Env::with_resume();
    let server = Server::start(tmux, env.root());
    if set_clipboard_on {
        server.ok(&["set-option", "-g", "set-clipboard", "on"]);
    }
    let stderr = env.path("stderr.txt");
    let shell = format!(
        "env -u DISPLAY -u WAYLAND_DISPLAY -u SSH_TTY -u SSH_CONNECTION RUNG_WORKSPACE='{}' RUNG_CONFIG_DIR='{}' '{}' copy {id} 2>'{}'",
        env.ws().display(),
        env.config().display(),
        env!("CARGO_BIN_EXE_rung"),
        stderr.display()
    );
    server.run_in_window(&shell);
    let said = std::fs::read_to_string(&stderr).unwrap();
    assert!(said.starts_with("Copied to tmux's buffer"), "{said}");
    if set_clipboard_on {
        assert!(
            said.contains("also passes it to your terminal's clipboard"),
            "{said}"
        );
    } else {
        // tmux's default (`external`) does not reach the clipboard over SSH: say how to fix it.
        assert!(
            said.contains("set-clipboard is `external`")
                && said.contains("`tmux set -g set-clipboard on`")
                && said.contains("~/.tmux.conf"),
            "{said}"
        );
    }
    assert_eq!(server.ok(&["show-buffer"]), tricky_bullet());
}

#[test]
fn copies_into_tmux_with_default_settings() {
    copy_inside_tmux(false);
}

#[test]
fn copies_into_tmux_with_set_clipboard_on() {
    copy_inside_tmux(true);
}
