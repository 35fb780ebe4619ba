//! `rung role add|list` and `rung packs`.

use super::args::RoleCommand;
use super::output::terminal_safe;
use super::{Context, Failure, Outcome};
use crate::export::group::role_dates;
use crate::ladder::PackSource;
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
        } => {
            let role = Role {
                key: key.clone(),
                company: company.clone(),
                title: title.clone(),
                start: start.clone(),
                end: end.clone(),
                current: *current,
            };
            ctx.workspace
                .add_role(role)
                .map_err(|e| Failure::usage(e.to_string()))?;
            eprintln!("Added role {key}. Use it with `--role {key}`.");
            Ok(Outcome::Ok)
        }
        RoleCommand::List { json } => {
            let roles = ctx.workspace.file().map_err(Failure::input)?.roles;
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&roles).expect("JSON of plain values")
                );
            } else if roles.is_empty() {
                eprintln!("No roles yet. Add one with `rung role add KEY --company C --title T`.");
            }
            if !*json {
                for r in &roles {
                    let dates = role_dates(r);
                    let line = format!("{:<12}  {}, {}  {}", r.key, r.title, r.company, dates);
                    println!("{}", terminal_safe(line.trim_end()));
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
        .map(|(p, _)| p.name.chars().count())
        .max()
        .unwrap_or(0);
    let title_width = ctx
        .packs
        .iter()
        .map(|(p, _)| p.title.chars().count())
        .max()
        .unwrap_or(0);
    for (pack, source) in ctx.packs.iter() {
        let from = match source {
            PackSource::Builtin => "built in".to_string(),
            PackSource::File {
                path,
                overrides: false,
            } => path.display().to_string(),
            PackSource::File {
                path,
                overrides: true,
            } => format!("{} (replaces the built-in pack)", path.display()),
        };
        println!(
            "{:<name_width$}  {:<title_width$}  {}",
            terminal_safe(&pack.name),
            terminal_safe(&pack.title),
            from
        );
    }
    Ok(if ctx.pack_problems > 0 {
        Outcome::Problem
    } else {
        Outcome::Ok
    })
}
