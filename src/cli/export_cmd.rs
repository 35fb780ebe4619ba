//! `rung export`: finished bullets as text or Markdown, to stdout or a file.

use super::args::{ExportArgs, FormatArg};
use super::output::{terminal_safe, write_file};
use super::{Context, Failure, Outcome, flags};
use crate::export::{Filter, group_by_role, markdown, text};

/// Runs `rung export`.
pub fn export(ctx: &Context, args: &ExportArgs) -> Result<Outcome, Failure> {
    if let Some(key) = &args.role {
        flags::check_role(ctx, key)?;
    }
    let roles = ctx.workspace.file().map_err(Failure::input)?.roles;
    let listing = ctx.workspace.list();
    let filter = Filter {
        role: args.role.clone(),
        tag: args.tag.clone(),
        all: args.all,
        style: args.style.map(Into::into),
    };
    let groups = group_by_role(&listing.drafts, &roles, &ctx.packs, &filter);
    let rendered = match args.format {
        FormatArg::Text => text::render(&groups),
        FormatArg::Markdown => markdown::render(&groups),
    };
    if groups.is_empty() {
        let hint = if args.all {
            ""
        } else {
            " (only finished drafts are exported; add --all for every draft)"
        };
        eprintln!("Nothing to export{hint}.");
    }
    match &args.output {
        Some(path) => {
            write_file(path, &rendered)?;
            eprintln!("Wrote {}.", path.display());
        }
        None => print!("{}", terminal_safe(&rendered)),
    }
    for u in &listing.unreadable {
        eprintln!(
            "warning: {}: {} (not exported)",
            u.file.display(),
            terminal_safe(&u.reason)
        );
    }
    Ok(if listing.unreadable.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Problem
    })
}
