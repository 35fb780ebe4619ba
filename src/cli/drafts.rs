//! Draft commands: add, set, list, show, delete, restore.

use serde_json::json;

use super::args::{AddArgs, SetArgs, StyleArg};
use super::output::{one_line, path_safe, terminal_safe, truncate};
use super::{Context, Failure, Outcome, finish, flags};
use crate::ladder::{Draft, DraftId, Rung, Status, Style, assemble, bullet};
use crate::workspace::Listing;

fn parse_id(id: &str) -> Result<DraftId, Failure> {
    DraftId::parse(id).map_err(|e| Failure::usage(e.to_string()))
}

fn load(ctx: &Context, id: &str) -> Result<Draft, Failure> {
    ctx.workspace.load(&parse_id(id)?).map_err(Failure::input)
}

/// Says on stderr when the metric helper cannot compute its phrase; that is a problem found.
fn check_metric(draft: &Draft) -> Outcome {
    match draft.metric_spec().map(|m| m.phrase()) {
        Some(Err(e)) => {
            eprintln!(
                "warning: metric helper: {}\n  Until this is fixed, the bullet uses your free-text metric answer.",
                terminal_safe(&e.to_string())
            );
            Outcome::Problem
        }
        _ => Outcome::Ok,
    }
}

/// `rung add`: creates a draft and prints its id alone on stdout.
pub fn add(ctx: &Context, args: &AddArgs) -> Result<Outcome, Failure> {
    if flags::clean(&args.task).trim().is_empty() {
        return Err(Failure::usage(
            "`--task` is empty; say what you worked on, e.g. --task \"Rebuilt the invoice export\"",
        ));
    }
    let now = jiff::Timestamp::now();
    let file = ctx.workspace.file().map_err(Failure::input)?;
    let pack = file.pack_for(args.answers.role.as_deref(), |p| ctx.packs.get(p).is_some());
    let mut draft = Draft::new(ctx.workspace.new_id(now), now, pack);
    draft.style = file.settings.style;
    draft.answers.set(Rung::Task, flags::clean(&args.task));
    flags::apply(ctx, &mut draft, &args.answers)?;
    let blocked = finish_blockers(ctx, &draft, args.finish, args.force)?;
    if args.finish && blocked.is_empty() {
        draft.status = Status::Finished;
    }
    flags::place_on_next_rung(&mut draft);
    ctx.workspace.save(&draft).map_err(Failure::input)?;
    println!("{}", draft.id);
    if !blocked.is_empty() {
        return Err(finish::refuse(
            &draft.id.to_string(),
            "saved as a draft",
            &blocked,
        ));
    }
    Ok(check_metric(&draft))
}

/// What keeps `draft` from being finished, when `--finish` is given without `--force`.
fn finish_blockers(
    ctx: &Context,
    draft: &Draft,
    finish: bool,
    force: bool,
) -> Result<Vec<String>, Failure> {
    if finish && !force {
        finish::blockers(ctx, draft)
    } else {
        Ok(Vec::new())
    }
}

/// `rung set`: changes a draft in place.
pub fn set(ctx: &Context, args: &SetArgs) -> Result<Outcome, Failure> {
    let id = parse_id(&args.id)?;
    // Not while the coach has it open: its next autosave would write over this change. Another
    // command holds a lock for a moment only, so wait for it a little.
    let _lock = lock_waiting(ctx, &id)?;
    let mut draft = ctx.workspace.load(&id).map_err(Failure::input)?;
    if let Some(task) = &args.task {
        draft.answers.set(Rung::Task, flags::clean(task));
    }
    flags::apply(ctx, &mut draft, &args.answers)?;
    draft.tags.retain(|t| !args.untag.contains(t));
    let blocked = finish_blockers(ctx, &draft, args.finish, args.force)?;
    if args.finish && blocked.is_empty() {
        draft.status = Status::Finished;
    }
    if args.unfinish {
        draft.status = Status::Draft;
    }
    draft.updated = jiff::Timestamp::now();
    ctx.workspace.save(&draft).map_err(Failure::input)?;
    if !blocked.is_empty() {
        let kept = format!("other changes saved; it stays {}", draft.status.name());
        return Err(finish::refuse(&draft.id.to_string(), &kept, &blocked));
    }
    Ok(check_metric(&draft))
}

/// The five level cells as text: `#` for an answered rung, `.` for an empty one.
pub fn cells(draft: &Draft) -> String {
    draft
        .cells()
        .iter()
        .map(|done| if *done { '#' } else { '.' })
        .collect()
}

fn draft_bullet(ctx: &Context, draft: &Draft, style: Style) -> String {
    bullet(draft, ctx.packs.get_or_default(&draft.pack), style)
}

/// Reports unreadable drafts on stderr; returns whether there were any.
fn report_unreadable(listing: &Listing) -> bool {
    for u in &listing.unreadable {
        eprintln!(
            "warning: {}: {} (rung leaves this file untouched)",
            path_safe(&u.file),
            terminal_safe(&u.reason)
        );
    }
    !listing.unreadable.is_empty()
}

/// How long a command waits for a draft another command is changing.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Takes the draft's lock, waiting up to [`LOCK_WAIT`] while another process holds it (a
/// command is done in milliseconds; a coach window still holding it then is reported).
fn lock_waiting(ctx: &Context, id: &DraftId) -> Result<crate::workspace::DraftLock, Failure> {
    let until = std::time::Instant::now() + LOCK_WAIT;
    loop {
        match ctx.workspace.lock_draft(id) {
            Err(crate::workspace::WorkspaceError::Locked { .. })
                if std::time::Instant::now() < until =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5 + fastrand::u64(0..20)));
            }
            other => return other.map_err(Failure::workspace),
        }
    }
}

/// `rung list`.
pub fn list(ctx: &Context, role: Option<&str>, json: bool) -> Result<Outcome, Failure> {
    if let Some(key) = role {
        flags::check_role(ctx, key)?;
    }
    let mut listing = ctx.workspace.list();
    // The roles and settings live in rung.toml: a damaged one is a problem worth saying.
    if let Err(e) = ctx.workspace.file() {
        listing.unreadable.push(crate::workspace::Unreadable {
            file: ctx.workspace.file_path(),
            id: None,
            reason: match e {
                crate::workspace::WorkspaceError::Unreadable { reason, .. } => {
                    format!("{reason} (roles and settings are not read until it is fixed)")
                }
                other => other.to_string(),
            },
        });
    }
    let drafts: Vec<&Draft> = listing
        .drafts
        .iter()
        .filter(|d| role.is_none_or(|k| d.role.as_deref() == Some(k)))
        .collect();
    if json {
        let items: Vec<_> = drafts
            .iter()
            .map(|d| {
                json!({
                    "id": d.id.as_str(),
                    "status": d.status.name(),
                    "level": d.level(),
                    "role": d.role,
                    "pack": d.pack,
                    "tags": d.tags,
                    "style": d.style.name(),
                    "created": d.created.to_string(),
                    "updated": d.updated.to_string(),
                    "bullet": draft_bullet(ctx, d, d.style),
                })
            })
            .collect();
        println!("{}", super::output::json_text(&items));
    } else {
        for d in &drafts {
            let text = one_line(&draft_bullet(ctx, d, d.style));
            println!(
                "{}  [{}]  {:<8}  {}",
                d.id,
                cells(d),
                d.status.name(),
                truncate(&text, 60)
            );
        }
        if drafts.is_empty() && listing.unreadable.is_empty() {
            eprintln!("No drafts yet. Start one with `rung new`, or `rung add --task \"...\"`.");
        }
    }
    Ok(if report_unreadable(&listing) {
        Outcome::Problem
    } else {
        Outcome::Ok
    })
}

/// `rung show`.
pub fn show(
    ctx: &Context,
    id: &str,
    style: Option<StyleArg>,
    json: bool,
) -> Result<Outcome, Failure> {
    let draft = load(ctx, id)?;
    let style = style.map(Style::from).unwrap_or(draft.style);
    let text = draft_bullet(ctx, &draft, style);
    super::copy::warn_other_edit(&draft, style);
    if json {
        let pack = ctx.packs.get_or_default(&draft.pack);
        let phrase = draft.metric_spec().map(|m| m.phrase());
        let value = json!({
            "id": draft.id.as_str(),
            "status": draft.status.name(),
            "level": draft.level(),
            "rung": draft.rung.name(),
            "style": style.name(),
            "role": draft.role,
            "pack": draft.pack,
            "tags": draft.tags,
            "created": draft.created.to_string(),
            "updated": draft.updated.to_string(),
            "bullet": text,
            "assembled": {
                "impact-last": assemble(&draft, pack, Style::ImpactLast),
                "impact-first": assemble(&draft, pack, Style::ImpactFirst),
            },
            "answers": draft.answers,
            "metric": draft.metric,
            "metric_phrase": phrase.as_ref().and_then(|p| p.as_ref().ok()).map(|p| p.text.clone()),
            "metric_error": phrase.as_ref().and_then(|p| p.as_ref().err()).map(|e| e.to_string()),
            "final": draft.hand_edit(style).map(|f| &f.text),
        });
        println!("{}", super::output::json_text(&value));
    } else {
        println!("{}", one_line(&text));
    }
    Ok(Outcome::Ok)
}

/// `rung delete`: moves the draft to the trash.
pub fn delete(ctx: &Context, id: &str) -> Result<Outcome, Failure> {
    let id = parse_id(id)?;
    ctx.workspace.trash(&id).map_err(Failure::workspace)?;
    eprintln!("Moved {id} to the trash. `rung restore {id}` brings it back.");
    Ok(Outcome::Ok)
}

/// `rung restore`: brings a draft back from the trash.
pub fn restore(ctx: &Context, id: &str) -> Result<Outcome, Failure> {
    let id = parse_id(id)?;
    ctx.workspace.restore(&id).map_err(Failure::input)?;
    eprintln!("Restored {id}.");
    Ok(Outcome::Ok)
}
