//! Whether a draft may be marked finished from the command line: the metric helper must
//! compute its phrase and the coach must find no error on the draft. Otherwise `--finish`
//! leaves the draft a draft and says why, unless `--force` is given.

use super::output::terminal_safe;
use super::{Context, Failure};
use crate::coach::{self, CheckContext, Level};
use crate::ladder::Draft;

/// What stands in the way of finishing `draft`, one plain line each (empty: nothing).
pub fn blockers(ctx: &Context, draft: &Draft) -> Result<Vec<String>, Failure> {
    let mut out = Vec::new();
    if let Some(Err(e)) = draft.metric_spec().map(|m| m.phrase()) {
        out.push(format!("metric helper: {}", terminal_safe(&e.to_string())));
    }
    let overrides = super::check::load_overrides()?;
    let current_role = match &draft.role {
        Some(key) => ctx.workspace.role(key).is_ok_and(|r| r.current),
        None => false,
    };
    let check = CheckContext {
        current_role,
        overrides: &overrides,
        ignored: &draft.ignored,
    };
    let pack = ctx.packs.get_or_default(&draft.pack);
    for f in coach::check_draft(draft, pack, &check) {
        if f.level == Level::Error && !f.ignored {
            let place = f.rung.map_or("bullet", |r| r.name());
            out.push(format!(
                "coach error ({}, {place}): {}",
                f.rule,
                terminal_safe(&f.message)
            ));
        }
    }
    Ok(out)
}

/// Says on stderr why draft `id` was not marked finished, and what to do.
pub fn refuse(id: &str, saved_as: &str, blockers: &[String]) -> Failure {
    let mut message = format!("draft {id} is not marked finished ({saved_as}):");
    for b in blockers {
        message.push_str("\n  - ");
        message.push_str(b);
    }
    message.push_str(&format!(
        "\nFix these with `rung set {id} ...` or in the coach (`rung open {id}`), or add --force to finish it as it is."
    ));
    Failure::problem(message)
}
