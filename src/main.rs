//! rung's entry point: parse the command line, then run the interactive coach or a command.

use std::process::ExitCode;

use rung::cli::{Cli, Command, Context, Failure, prepare_demo};
use rung::coach::Overrides;
use rung::export::clipboard::{Copier, Deferred};
use rung::ladder::DraftId;
use rung::tui::{Start, TuiOptions};

fn main() -> ExitCode {
    let cli = Cli::from_env();
    let start = match &cli.command {
        None => Start::Home,
        Some(Command::New { role, pack }) => Start::New {
            role: role.clone(),
            pack: pack.clone(),
        },
        Some(Command::Open { id }) => match DraftId::parse(id) {
            Ok(id) => Start::Open(id),
            Err(e) => return Failure::usage(e.to_string()).report(),
        },
        Some(command) => return rung::cli::run(&cli, command),
    };
    match interactive(&cli, start) {
        Ok(true) => ExitCode::SUCCESS,
        // What was not saved in its place was said on stderr.
        Ok(false) => ExitCode::from(1),
        Err(failure) => failure.report(),
    }
}

/// Opens the workspace (or a demo copy) and runs the coach until the user quits; false when a
/// draft could not be saved in its place.
fn interactive(cli: &Cli, start: Start) -> Result<bool, Failure> {
    let (_demo_dir, ctx) = if cli.demo {
        let (dir, workspace) = prepare_demo()?;
        // A signal ends rung without unwinding: the demo folder is removed on that path too.
        rung::tui::runtime::guard::remove_on_signal(dir.path());
        let packs = rung::ladder::PackSet::builtin();
        (
            Some(dir),
            Context {
                workspace,
                packs,
                pack_problems: Vec::new(),
            },
        )
    } else {
        (None, Context::open(cli)?)
    };
    let config = rung::export::config::load().map_err(Failure::input)?;
    let bullet_length = config
        .bullet_length
        .unwrap_or(rung::ladder::assemble::DEFAULT_TARGET_LENGTH);
    // Chosen when the user first copies, so start-up does not search PATH for copy tools.
    let flag = cli.clipboard.map(Into::into);
    let clipboard = Deferred::new(move || Copier::for_environment(flag, &config));
    let rules = rung::workspace::config_dir().map(|dir| dir.join("config.toml"));
    let (overrides, warning) = match rules.map(|f| Overrides::load(&f)).transpose() {
        Ok(o) => (o.unwrap_or_default(), None),
        Err(e) => (
            Overrides::default(),
            Some(format!(
                "{e}: fix the [rules] table; the coach uses its built-in rule levels for now"
            )),
        ),
    };
    let options = TuiOptions {
        workspace: ctx.workspace,
        packs: ctx.packs,
        start,
        clipboard: Box::new(clipboard),
        overrides,
        warning,
        warnings: ctx.pack_problems,
        bullet_length,
    };
    rung::tui::run(options).map_err(|e| Failure::input(format!("{e:#}")))
}
