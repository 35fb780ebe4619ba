//! The real `rung` binary in a real pseudo-terminal, its screen read with vt100, against a
//! temporary workspace. Every wait polls the screen (or the process) with a timeout.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long any wait lasts before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(15);
const ROWS: u16 = 30;
const COLS: u16 = 100;

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const SHIFT_TAB: &str = "\x1b[Z";
pub const CTRL_C: &str = "\x03";
pub const BACKSPACE: &str = "\x7f";

/// Waits until `done` says so; fails the test with `what` after [`TIMEOUT`].
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < TIMEOUT, "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `rung` running in a pty.
pub struct Term {
    child: Box<dyn Child + Send + Sync>,
    writer: Option<Arc<Mutex<Box<dyn Write + Send>>>>,
    master: Option<Box<dyn MasterPty + Send>>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte rung wrote to the terminal.
    raw: Arc<Mutex<Vec<u8>>>,
    /// Tells the reader thread to let go of its copy of the terminal.
    closing: Arc<AtomicBool>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Term {
    /// Starts `rung ARGS` on the workspace `<root>/ws` with config `<root>/config`.
    pub fn spawn(root: &Path, args: &[&str]) -> Term {
        Term::spawn_env(root, args, &[])
    }

    /// [`Term::spawn`] with more environment variables.
    pub fn spawn_env(root: &Path, args: &[&str], env: &[(&str, &Path)]) -> Term {
        Term::spawn_with(root, args, env, false)
    }

    /// [`Term::spawn_env`] with rung started by a shell that stays the terminal's session
    /// leader, as in a real terminal window (when rung itself leads the session, the kernel
    /// hangs up everything on the terminal as it exits). [`Term::rung_pid`] finds rung.
    pub fn spawn_under_shell(root: &Path, args: &[&str], env: &[(&str, &Path)]) -> Term {
        Term::spawn_with(root, args, env, true)
    }

    /// The process id of rung itself (a child of the shell under [`Term::spawn_under_shell`]).
    pub fn rung_pid(&self) -> i32 {
        let shell = self.pid();
        let children =
            std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap();
        children
            .split_whitespace()
            .next()
            .map_or(shell, |p| p.parse().unwrap())
    }

    fn spawn_with(root: &Path, args: &[&str], env: &[(&str, &Path)], shell: bool) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = if shell {
            let mut c = CommandBuilder::new("sh");
            c.arg("-c");
            c.arg("\"$0\" \"$@\"; sleep 60");
            c.arg(env!("CARGO_BIN_EXE_rung"));
            c
        } else {
            CommandBuilder::new(env!("CARGO_BIN_EXE_rung"))
        };
        for a in args {
            cmd.arg(a);
        }
        cmd.env("RUNG_WORKSPACE", root.join("ws"));
        cmd.env("RUNG_CONFIG_DIR", root.join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("RUNG_STATE_DIR", root.join("state"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("TMUX");
        let child = pty.slave.spawn_command(cmd).expect("rung starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        // The terminal answers a cursor-position query, as a real one does (crossterm asks
        // when the screen is cleared after the editor).
        let answer = Arc::clone(&writer);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            ROWS.try_into().unwrap(),
            COLS.try_into().unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (sink, raw_sink) = (Arc::clone(&screen), Arc::clone(&raw));
        let closing = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&closing);
        let fd = pty.master.as_raw_fd().expect("a pty descriptor");
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            // Poll with a timeout so the thread can let go of the terminal when asked to.
            while !stop.load(Ordering::SeqCst) {
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one pollfd we own; the descriptor stays open until this thread ends.
                let ready = unsafe { libc::poll(&mut pfd, 1, 50) };
                if ready <= 0 {
                    continue;
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                            let mut w = answer.lock().unwrap();
                            let _ = w.write_all(b"\x1b[1;1R");
                            let _ = w.flush();
                        }
                        sink.lock().unwrap().process(&buf[..n]);
                        raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Term {
            child,
            writer: Some(writer),
            master: Some(pty.master),
            screen,
            raw,
            closing,
            reader: Some(reader),
        }
    }

    /// The screen as text.
    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Every byte written to the terminal so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// The process id of rung.
    pub fn pid(&self) -> i32 {
        self.child.process_id().expect("a pid") as i32
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
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

    /// Types `bytes`.
    pub fn send(&mut self, bytes: &str) {
        let mut writer = self
            .writer
            .as_ref()
            .expect("the terminal is open")
            .lock()
            .unwrap();
        writer.write_all(bytes.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    /// Resizes the window, as dragging its corner does: the kernel tells rung with SIGWINCH.
    /// The emulated screen takes the new size first, and holds it while the pty is resized, as
    /// a real terminal does: a frame rung draws for the new size is never read at the old one.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        let nonzero = |n: u16| std::num::NonZero::new(n).expect("a window has rows and columns");
        let mut screen = self.screen.lock().unwrap();
        screen.set_size(nonzero(rows), nonzero(cols));
        let master = self.master.as_ref().expect("the terminal is open");
        master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("the pty resizes");
        drop(screen);
    }

    /// The screen's rows as text, top to bottom.
    pub fn rows(&self) -> Vec<String> {
        let parser = self.screen.lock().unwrap();
        let cols = parser.screen().size().1;
        parser.screen().rows(0, cols.into()).collect()
    }

    /// Sends a signal to rung.
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill(2) with a pid we started; no memory is shared.
        let r = unsafe { libc::kill(self.pid(), signal) };
        assert_eq!(r, 0, "kill({}, {signal})", self.pid());
    }

    /// Closes the terminal under rung, as closing its window does.
    pub fn close_terminal(&mut self) {
        self.closing.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        self.writer = None;
        self.master = None;
    }

    /// True when the terminal's line discipline is back in cooked mode (echo and line
    /// editing on), as a shell expects it after rung.
    pub fn cooked(&self) -> bool {
        let fd = self
            .master
            .as_ref()
            .and_then(|m| m.as_raw_fd())
            .expect("the terminal is open");
        // SAFETY: tcgetattr fills a termios we own, on a descriptor that is open.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::tcgetattr(fd, &mut t) };
        r == 0 && t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
    }

    /// Waits for the process to end and returns its exit code.
    pub fn wait_exit_code(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("rung did not exit; the screen shows:\n{}", self.contents());
    }

    /// Waits for the process to end and checks it ended well.
    pub fn wait_exit(&mut self) {
        let code = self.wait_exit_code();
        assert_eq!(code, 0, "rung exited with {code}:\n{}", self.contents());
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        self.closing.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }
}
