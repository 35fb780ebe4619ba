//! The command lines that open the coach, read without clap (see [`Cli::from_env`]).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Parser;

use super::args::{Cli, Command};

impl Cli {
    /// The command line of this process. `rung` and `rung new` alone, the two ways into the
    /// coach, are read without clap: its first parse costs about 0.3 ms, most of it loading
    /// clap's code from disk, which is a fifth of rung's own time to the first frame. Every
    /// other command line goes through clap (`tests/process/quick_args.rs` checks the two agree).
    pub fn from_env() -> Cli {
        let workspace = std::env::var_os("RUNG_WORKSPACE");
        Cli::quick(std::env::args_os().skip(1), workspace).unwrap_or_else(Cli::parse_or_exit)
    }

    /// clap's parse, with its messages (errors quote the argument as typed, help, version)
    /// printed through the same sanitiser as the rest of rung's output: an argument holding
    /// escape sequences, C1 controls, bidi overrides or a carriage return is shown inert.
    /// Exits as clap would (2 for a usage error, 0 for `--help`).
    fn parse_or_exit() -> Cli {
        use std::io::Write;
        match Cli::try_parse() {
            Ok(cli) => cli,
            Err(e) => {
                let text = e.render().to_string();
                let safe = crate::safe_text::lines(&text);
                // Like clap: nothing more to do when the output is gone.
                let _ = if e.use_stderr() {
                    std::io::stderr().write_all(safe.as_bytes())
                } else {
                    std::io::stdout().write_all(safe.as_bytes())
                };
                std::process::exit(e.exit_code());
            }
        }
    }

    /// `args` (without the program name) read as clap would, when they are empty or just
    /// `new`; `None` for anything else. `workspace` is the value of `RUNG_WORKSPACE`.
    pub fn quick(
        mut args: impl Iterator<Item = OsString>,
        workspace: Option<OsString>,
    ) -> Option<Cli> {
        let command = match args.next() {
            None => None,
            Some(a) if a == "new" => Some(Command::New {
                role: None,
                pack: None,
            }),
            Some(_) => return None,
        };
        if args.next().is_some() {
            return None;
        }
        // An empty value is clap's business (it reads it as unset).
        let workspace = match workspace {
            Some(w) if w.is_empty() => return None,
            w => w.map(PathBuf::from),
        };
        Some(Cli {
            workspace,
            demo: false,
            clipboard: None,
            command,
        })
    }
}
