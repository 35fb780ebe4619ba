//! `rung role add|list` and `rung packs`.

use super::args::RoleCommand;
use super::output::{one_line, path_safe};
use super::{Context, Failure, Outcome};
use crate::export::group::role_dates;
use crate::ladder::PackSource;
use crate::safe_text::{pad, width};
use crate::workspace::Role;

/// Runs a `rung role` subcommand.
pub fn run(ctx: &Context, command: &RoleCommand) -> Result<Outcome, Failure> {
    match command {
        RoleCommand::Add {
            key,
            company,
            title,
            start,
            end,
            current,
            pack,
        } => {
            if let Some(name) = pack {
                super::flags::check_pack(ctx, name)?;
            }
            let role = Role {
                key: key.clone(),
                company: company.clone(),
                title: title.clone(),
                start: start.clone(),
                end: end.clone(),
                current: *current,
                pack: pack.clone(),
            };
            // What was typed is checked before the file is touched, so the message is about
            // the command line, not about rung.toml.
            if let Some(problem) = crate::workspace::role_problem(&role) {
                return Err(Failure::usage(one_line(&problem)));
            }
            ctx.workspace
                .add_role(role)
                .map_err(|e| Failure::usage(e.to_string()))?;
            eprintln!("Added role {key}. Use it with `--role {key}`.");
            Ok(Outcome::Ok)
        }
        RoleCommand::List { json } => {
            let roles = ctx.workspace.file().map_err(Failure::input)?.roles;
            if *json {
                println!("{}", super::output::json_text(&roles));
            } else if roles.is_empty() {
                eprintln!("No roles yet. Add one with `rung role add KEY --company C --title T`.");
            }
            if !*json {
                for r in &roles {
                    let dates = role_dates(r);
                    let line = format!("{:<12}  {}, {}  {}", r.key, r.title, r.company, dates);
                    println!("{}", one_line(line.trim_end()));
                }
            }
            Ok(Outcome::Ok)
        }
    }
}

/// `rung packs`: every pack, its title and where it came from.
pub fn packs(ctx: &Context) -> Result<Outcome, Failure> {
    let name_width = ctx
        .packs
        .iter()
        .map(|(p, _)| width(&one_line(&p.name)))
        .max()
        .unwrap_or(0);
    let title_width = ctx
        .packs
        .iter()
        .map(|(p, _)| width(&one_line(&p.title)))
        .max()
        .unwrap_or(0);
    for (pack, source) in ctx.packs.iter() {
        let from = match source {
            PackSource::Builtin => "built in".to_string(),
            PackSource::File {
                path,
                overrides: false,
            } => path_safe(path),
            PackSource::File {
                path,
                overrides: true,
            } => format!("{} (replaces the built-in pack)", path_safe(path)),
        };
        println!(
            "{}  {}  {}",
            pad(&one_line(&pack.name), name_width),
            pad(&one_line(&pack.title), title_width),
            from
        );
    }
    Ok(if !ctx.pack_problems.is_empty() {
        Outcome::Problem
    } else {
        Outcome::Ok
    })
}
