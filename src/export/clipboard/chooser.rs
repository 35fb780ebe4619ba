//! Choosing a clipboard provider from the environment and the user's preference.
//!
//! Automatic choice, first that fits:
//! 1. the user's `clipboard_command` from the config, when set;
//! 2. tmux, when `$TMUX` is set and `tmux` is installed;
//! 3. OSC 52, when `SSH_TTY`/`SSH_CONNECTION` says the session is remote (a display variable
//!    there points at the remote machine, not at the user) and there is a terminal to write to;
//! 4. the system clipboard: `wl-copy` under `WAYLAND_DISPLAY`; `xclip`, then `xsel`, under
//!    `DISPLAY`; `pbcopy` on macOS; `clip.exe` on Windows and WSL. The X11 and Wayland tools are
//!    never run when their display variable is unset;
//! 5. OSC 52, when there is a terminal;
//! 6. printing the text for the user to select by hand.
//!
//! A preference other than `auto` (from `--clipboard` or the config's `clipboard` key) forces a
//! provider and fails with a clear message when it cannot work here.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use super::osc52::Osc52Clipboard;
use super::{Clipboard, ClipboardError, CommandClipboard, PrintClipboard, tmux_clipboard};

/// Which provider the user asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preference {
    /// Pick from the environment.
    #[default]
    Auto,
    /// tmux's buffer (`tmux load-buffer -w -`).
    Tmux,
    /// The OSC 52 escape sequence to the terminal.
    Osc52,
    /// The system clipboard (or the user's `clipboard_command`).
    System,
    /// Show the text to select by hand.
    Print,
}

/// The programs the chooser may run, looked up on `PATH`.
pub const PROGRAMS: [&str; 6] = ["tmux", "wl-copy", "xclip", "xsel", "pbcopy", "clip.exe"];

/// What the chooser knows about where rung runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// Inside tmux (`$TMUX` set).
    pub tmux: bool,
    /// Over SSH (`SSH_TTY` or `SSH_CONNECTION` set).
    pub ssh: bool,
    /// `WAYLAND_DISPLAY` set.
    pub wayland: bool,
    /// `DISPLAY` set.
    pub x11: bool,
    /// Running on macOS.
    pub macos: bool,
    /// Windows, or Linux under WSL.
    pub windows: bool,
    /// A terminal to write OSC 52 to (`/dev/tty` opens and `TERM` is not `dumb`).
    pub terminal: bool,
    /// Which of [`PROGRAMS`] are installed.
    pub programs: BTreeSet<String>,
}

impl Environment {
    /// Reads the environment of this process.
    pub fn detect() -> Environment {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        let wsl = set("WSL_DISTRO_NAME")
            || std::fs::read_to_string("/proc/sys/kernel/osrelease")
                .is_ok_and(|r| r.to_ascii_lowercase().contains("microsoft"));
        Environment {
            tmux: set("TMUX"),
            ssh: set("SSH_TTY") || set("SSH_CONNECTION"),
            wayland: set("WAYLAND_DISPLAY"),
            x11: set("DISPLAY"),
            macos: cfg!(target_os = "macos"),
            windows: cfg!(windows) || wsl,
            terminal: std::env::var("TERM").map_or(true, |t| t != "dumb") && open_tty().is_ok(),
            programs: PROGRAMS
                .iter()
                .filter(|p| on_path(p))
                .map(|p| p.to_string())
                .collect(),
        }
    }

    fn has(&self, program: &str) -> bool {
        self.programs.contains(program)
    }
}

/// The provider chosen, before anything is opened or run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// `tmux load-buffer -w -`.
    Tmux,
    /// OSC 52 to the terminal, wrapped for tmux's passthrough when inside tmux.
    Osc52 {
        /// Inside tmux: wrap the sequence for tmux's passthrough.
        tmux: bool,
    },
    /// A program fed on standard input.
    Command {
        /// The program to run.
        program: String,
        /// Its arguments.
        args: Vec<String>,
    },
    /// Show the text; the reason says why nothing else works.
    Print {
        /// Why no clipboard can be reached, said to the user.
        reason: String,
    },
}

/// Chooses a provider (see the module notes for the order).
pub fn plan(
    preference: Preference,
    env: &Environment,
    custom: Option<&[String]>,
) -> Result<Plan, ClipboardError> {
    let custom = custom.filter(|c| !c.is_empty()).map(|c| Plan::Command {
        program: c[0].clone(),
        args: c[1..].to_vec(),
    });
    match preference {
        Preference::Auto => Ok(custom
            .or_else(|| (env.tmux && env.has("tmux")).then_some(Plan::Tmux))
            .or_else(|| (env.ssh && env.terminal).then_some(Plan::Osc52 { tmux: env.tmux }))
            .or_else(|| system_plan(env))
            .or_else(|| env.terminal.then_some(Plan::Osc52 { tmux: env.tmux }))
            .unwrap_or_else(|| Plan::Print {
                reason: "No clipboard or terminal can be reached from here".into(),
            })),
        Preference::Tmux if env.has("tmux") => Ok(Plan::Tmux),
        Preference::Tmux => Err(ClipboardError::Unavailable(
            "--clipboard tmux needs tmux, which is not installed; try `--clipboard auto`".into(),
        )),
        Preference::Osc52 if env.terminal => Ok(Plan::Osc52 { tmux: env.tmux }),
        Preference::Osc52 => Err(ClipboardError::Unavailable(
            "--clipboard osc52 needs a terminal to write to, and there is none here; try `--clipboard print`".into(),
        )),
        Preference::System => custom.or_else(|| system_plan(env)).ok_or_else(|| {
            ClipboardError::Unavailable(no_system_reason(env))
        }),
        Preference::Print => Ok(Plan::Print {
            reason: String::new(),
        }),
    }
}

/// The system clipboard program for this display, when one is installed.
fn system_plan(env: &Environment) -> Option<Plan> {
    let candidates: [(bool, &str, &[&str]); 5] = [
        (env.wayland, "wl-copy", &[]),
        (env.x11, "xclip", &["-selection", "clipboard", "-in"]),
        (env.x11, "xsel", &["--clipboard", "--input"]),
        (env.macos, "pbcopy", &[]),
        (env.windows, "clip.exe", &[]),
    ];
    candidates
        .into_iter()
        .find(|(fits, program, _)| *fits && env.has(program))
        .map(|(_, program, args)| Plan::Command {
            program: program.to_string(),
            args: args.iter().map(|a| a.to_string()).collect(),
        })
}

fn no_system_reason(env: &Environment) -> String {
    if env.wayland || env.x11 || env.macos || env.windows {
        "--clipboard system found no clipboard program: install wl-clipboard (Wayland), or xclip or xsel (X11), or set `clipboard_command` in the config".into()
    } else {
        "--clipboard system needs a display, and neither WAYLAND_DISPLAY nor DISPLAY is set (over SSH, try `--clipboard osc52`)".into()
    }
}

/// Opens or prepares the planned provider. OSC 52 writes to `/dev/tty`, so it reaches the
/// terminal even when standard output is redirected.
pub fn build(plan: Plan) -> Result<Box<dyn Clipboard>, ClipboardError> {
    Ok(match plan {
        Plan::Tmux => Box::new(tmux_clipboard()),
        Plan::Osc52 { tmux } => Box::new(Osc52Clipboard::new(
            open_tty().map_err(ClipboardError::Terminal)?,
            tmux,
        )),
        Plan::Command { program, args } => {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            Box::new(CommandClipboard::new(&program, &args))
        }
        Plan::Print { reason } => Box::new(PrintClipboard { reason }),
    })
}

/// Chooses and opens a provider for this process's environment.
pub fn choose(
    preference: Preference,
    custom: Option<&[String]>,
) -> Result<Box<dyn Clipboard>, ClipboardError> {
    build(plan(preference, &Environment::detect(), custom)?)
}

fn open_tty() -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().write(true).open("/dev/tty")
}

/// True when `program` is an executable file in a `PATH` folder.
fn on_path(program: &str) -> bool {
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| is_executable(&dir.join(program)))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(flags: &[&str], programs: &[&str]) -> Environment {
        let on = |f: &str| flags.contains(&f);
        Environment {
            tmux: on("tmux"),
            ssh: on("ssh"),
            wayland: on("wayland"),
            x11: on("x11"),
            macos: on("macos"),
            windows: on("windows"),
            terminal: on("terminal"),
            programs: programs.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn command(program: &str) -> Plan {
        system_plan(&env(&["wayland", "x11", "macos", "windows"], &[program])).unwrap()
    }

    #[test]
    fn automatic_choice_follows_the_environment() {
        let all = ["tmux", "wl-copy", "xclip", "xsel", "pbcopy", "clip.exe"];
        let table: Vec<(&[&str], &[&str], Plan)> = vec![
            (&["tmux", "x11", "terminal"], &all, Plan::Tmux),
            (&["tmux", "terminal"], &[], Plan::Osc52 { tmux: true }),
            (
                &["ssh", "x11", "terminal"],
                &all,
                Plan::Osc52 { tmux: false },
            ),
            (&["ssh", "x11"], &all, command("xclip")),
            (&["wayland", "x11", "terminal"], &all, command("wl-copy")),
            (&["x11", "terminal"], &all, command("xclip")),
            (&["x11", "terminal"], &["xsel"], command("xsel")),
            (&["x11", "terminal"], &[], Plan::Osc52 { tmux: false }),
            (&["macos", "terminal"], &all, command("pbcopy")),
            (&["windows", "terminal"], &all, command("clip.exe")),
            (&["terminal"], &all, Plan::Osc52 { tmux: false }),
        ];
        for (flags, programs, want) in table {
            let got = plan(Preference::Auto, &env(flags, programs), None).unwrap();
            assert_eq!(got, want, "{flags:?} {programs:?}");
        }
    }

    #[test]
    fn no_display_variables_means_no_x11_or_wayland_tools() {
        let got = plan(Preference::Auto, &env(&[], &["xclip", "wl-copy"]), None).unwrap();
        assert!(matches!(got, Plan::Print { .. }), "{got:?}");
    }

    #[test]
    fn a_custom_command_comes_first() {
        let custom = vec!["my-copy".to_string(), "--flag".to_string()];
        let want = Plan::Command {
            program: "my-copy".into(),
            args: vec!["--flag".into()],
        };
        let e = env(&["tmux", "terminal"], &["tmux"]);
        assert_eq!(plan(Preference::Auto, &e, Some(&custom)).unwrap(), want);
        assert_eq!(plan(Preference::System, &e, Some(&custom)).unwrap(), want);
        assert_eq!(
            plan(Preference::Tmux, &e, Some(&custom)).unwrap(),
            Plan::Tmux
        );
    }

    #[test]
    fn forced_providers_explain_why_they_cannot_work() {
        for (pref, e, says) in [
            (Preference::Tmux, env(&["tmux"], &[]), "not installed"),
            (Preference::Osc52, env(&[], &[]), "needs a terminal"),
            (
                Preference::System,
                env(&["terminal"], &["xclip"]),
                "neither WAYLAND_DISPLAY nor DISPLAY",
            ),
            (
                Preference::System,
                env(&["x11"], &[]),
                "install wl-clipboard",
            ),
        ] {
            let err = plan(pref, &e, None).unwrap_err().to_string();
            assert!(err.contains(says), "{pref:?}: {err}");
        }
        assert_eq!(
            plan(Preference::Osc52, &env(&["terminal", "tmux"], &[]), None).unwrap(),
            Plan::Osc52 { tmux: true }
        );
        assert!(matches!(
            plan(Preference::Print, &env(&["terminal"], &[]), None).unwrap(),
            Plan::Print { .. }
        ));
    }
}
