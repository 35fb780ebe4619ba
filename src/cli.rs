//! The non-interactive commands: add, set, list, show, export, copy, delete, restore, role, packs,
//! check, import, match, coverage, doctor.
//!
//! Exit status: 0 on success, 1 when the command ran but found a problem (for example unreadable
//! drafts in `list`), 2 on bad usage or unreadable input. Errors go to stderr and say what to do.

pub mod args;
mod check;
mod check_resume;
mod copy;
mod coverage;
mod demo;
mod doctor;
mod drafts;
mod export_cmd;
mod export_name;
mod finish;
mod flags;
pub mod generate;
mod import_cmd;
mod match_cmd;
mod out_file;
mod output;
mod parse;
mod roles;
mod values;

use std::process::ExitCode;

pub use args::{Cli, Command};
pub use demo::prepare_demo;
pub use output::Failure;

use crate::ladder::PackSet;
use crate::workspace::{self, Workspace};

/// The workspace a command runs on, with every pack (built-in and the user's).
pub struct Context {
    /// The open workspace.
    pub workspace: Workspace,
    /// Every pack that could be read: the built-in ones and the user's.
    pub packs: PackSet,
    /// The user's packs that could not be read (already reported on stderr), as messages.
    pub pack_problems: Vec<String>,
}

impl Context {
    /// Opens the workspace chosen by `--workspace`/`RUNG_WORKSPACE` (or the platform default)
    /// and loads the packs. Problems with a user's pack are printed as errors and the pack skipped.
    pub fn open(cli: &Cli) -> Result<Context, Failure> {
        let root = workspace_root(cli)?;
        let workspace = Workspace::open(root).map_err(Failure::input)?;
        let (packs, problems) = PackSet::load(workspace::packs_dir().as_deref());
        let problems: Vec<String> = problems
            .iter()
            .map(|p| format!("{p} (this pack is skipped; fix the file to use it)"))
            .collect();
        for p in &problems {
            eprintln!("error: {}", output::terminal_safe(p));
        }
        Ok(Context {
            workspace,
            packs,
            pack_problems: problems,
        })
    }
}

/// The workspace folder: `--workspace`/`RUNG_WORKSPACE`, else the platform data folder.
fn workspace_root(cli: &Cli) -> Result<std::path::PathBuf, Failure> {
    match &cli.workspace {
        Some(dir) => Ok(dir.clone()),
        None => Workspace::default_root().ok_or_else(|| {
            Failure::usage("cannot find a home folder for the workspace; pass --workspace DIR")
        }),
    }
}

/// Runs a non-interactive command and returns the process exit status.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    // Like any Unix filter, stop quietly when the reader of our output goes away (`| head`)
    // instead of failing to print. Only the non-interactive commands get this.
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let result = match command {
        // `check` needs the workspace only to import or to read a role.
        Command::Check(args) => check::run(cli, args),
        // `doctor` examines the folder as it is, so it must not open (and so repair) it first.
        Command::Doctor { fix, json } => {
            workspace_root(cli).and_then(|root| doctor::run(&root, *fix, *json))
        }
        _ => Context::open(cli).and_then(|ctx| {
            let result = dispatch(&ctx, cli, command);
            for notice in ctx.workspace.take_notices() {
                eprintln!("note: {}", output::terminal_safe(&notice));
            }
            result
        }),
    };
    match result {
        Ok(status) => status.into(),
        Err(failure) => failure.report(),
    }
}

/// What a command that ran reports: all well, or a problem found (exit 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The command did its work and found nothing wrong: exit 0.
    Ok,
    /// The command ran but found a problem, e.g. `rung check` found an error: exit 1.
    Problem,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        match o {
            Outcome::Ok => ExitCode::SUCCESS,
            Outcome::Problem => ExitCode::from(1),
        }
    }
}

fn dispatch(ctx: &Context, cli: &Cli, command: &Command) -> Result<Outcome, Failure> {
    match command {
        Command::Add(a) => drafts::add(ctx, a),
        Command::Set(a) => drafts::set(ctx, a),
        Command::List { role, json } => drafts::list(ctx, role.as_deref(), *json),
        Command::Show { id, style, json } => drafts::show(ctx, id, *style, *json),
        Command::Delete { id } => drafts::delete(ctx, id),
        Command::Restore { id } => drafts::restore(ctx, id),
        Command::Export(a) => export_cmd::export(ctx, a),
        Command::Copy(a) => copy::copy(ctx, cli.clipboard, a),
        Command::Role(r) => roles::run(ctx, r),
        Command::Packs => roles::packs(ctx),
        Command::Check(a) => check::run_with(Some(ctx), a),
        Command::Doctor { fix, json } => doctor::run(ctx.workspace.root(), *fix, *json),
        Command::Import(a) => import_cmd::run(ctx, a),
        Command::Match(a) => match_cmd::run(ctx, a),
        Command::Coverage(a) => coverage::run(ctx, a),
        Command::Generate { drafts, seed } => generate::run(ctx, *drafts, *seed),
        Command::New { .. } | Command::Open { .. } => Err(Failure::usage(
            "`new` and `open` start the interactive coach; run them in a terminal",
        )),
    }
}
