//! `rung copy`: a draft's bullet, or a role's (or tag's) finished bullets as a `- ` list, to the
//! clipboard chosen by `--clipboard`, the config file, or the environment.
//!
//! Choices: the message saying where the text went goes to stderr; when nothing can reach a
//! clipboard, or the provider fails, the text itself goes to stdout to select by hand (exit 0 for
//! the fallback the user or the environment chose, 1 when a provider failed). The copied text has
//! no trailing newline, so it pastes into a form field as one clean line.

use super::args::{ClipboardArg, CopyArgs};
use super::output::terminal_safe;
use super::{Context, Failure, Outcome, flags};
use crate::export::clipboard::{self, Clipboard, Copier, Delivery, Preference};
use crate::export::{Filter, config, group_by_role};
use crate::ladder::{DraftId, bullet};

/// Runs `rung copy`.
pub fn copy(
    ctx: &Context,
    clipboard: Option<ClipboardArg>,
    args: &CopyArgs,
) -> Result<Outcome, Failure> {
    let text = text_to_copy(ctx, args)?;
    let config = config::load().map_err(Failure::input)?;
    let preference = clipboard.map_or(config.clipboard, Preference::from);
    let provider = clipboard::choose(preference, config.clipboard_command.as_deref());
    let mut copier = match provider {
        Ok(p) => Copier::new(p),
        Err(e) => return Ok(fall_back(&e.to_string(), &clipboard::clean(&text))),
    };
    match copier.copy(&text) {
        Ok(report) => {
            eprintln!("{}", terminal_safe(&report.message));
            if report.delivery == Delivery::ShowToUser {
                println!("{}", terminal_safe(copier.last().unwrap_or_default()));
            }
            Ok(Outcome::Ok)
        }
        Err(e) => Ok(fall_back(&e.to_string(), copier.last().unwrap_or_default())),
    }
}

/// Says why the copy failed and prints the text to select by hand.
fn fall_back(reason: &str, text: &str) -> Outcome {
    eprintln!(
        "error: could not copy: {}\nHere is the text to select and copy by hand:",
        terminal_safe(reason)
    );
    println!("{}", terminal_safe(text));
    Outcome::Problem
}

/// The bullet of the draft named, or the chosen bullets as a list.
fn text_to_copy(ctx: &Context, args: &CopyArgs) -> Result<String, Failure> {
    if let Some(id) = &args.id {
        let id = DraftId::parse(id).map_err(|e| Failure::usage(e.to_string()))?;
        let draft = ctx.workspace.load(&id).map_err(Failure::input)?;
        let style = args.style.map_or(draft.style, Into::into);
        warn_other_edit(&draft, style);
        return Ok(bullet(&draft, ctx.packs.get_or_default(&draft.pack), style));
    }
    if let Some(key) = &args.role {
        flags::check_role(ctx, key)?;
    }
    let roles = ctx.workspace.file().map_err(Failure::input)?.roles;
    let filter = Filter {
        role: args.role.clone(),
        tag: args.tag.clone(),
        all: args.all,
        style: args.style.map(Into::into),
    };
    let bullets: Vec<String> =
        group_by_role(&ctx.workspace.list().drafts, &roles, &ctx.packs, &filter)
            .into_iter()
            .flat_map(|g| g.bullets)
            .collect();
    if bullets.is_empty() {
        let hint = if args.all { "" } else { " finished" };
        return Err(Failure::usage(format!(
            "no{hint} bullets to copy{} (see `rung list`)",
            if args.all {
                ""
            } else {
                "; add --all to include drafts"
            }
        )));
    }
    Ok(clipboard::bulleted_list(&bullets).trim_end().to_string())
}

/// Says so when the style asked for has no hand edit but the other one has.
pub fn warn_other_edit(draft: &crate::ladder::Draft, style: crate::ladder::Style) {
    if draft.hand_edit_only_in_other(style) {
        eprintln!(
            "note: your hand edit of {} is for {}; this is the assembled {} bullet.",
            draft.id.as_str(),
            style.toggled().name(),
            style.name()
        );
    }
}
