//! Applying answer flags from the command line to a draft.

use super::args::AnswerFlags;
use super::{Context, Failure};
use crate::ladder::{Draft, MetricSpec, Rung};

/// Copies every given flag into the draft, checking that the role and pack exist.
pub fn apply(ctx: &Context, draft: &mut Draft, flags: &AnswerFlags) -> Result<(), Failure> {
    let answers = [
        (Rung::Tools, &flags.tools),
        (Rung::Stack, &flags.stack),
        (Rung::Method, &flags.method),
        (Rung::Metric, &flags.metric),
    ];
    for (rung, value) in answers {
        if let Some(v) = value {
            draft.answers.set(rung, clean(v));
        }
    }
    apply_metric(draft, flags);
    if let Some(key) = &flags.role {
        check_role(ctx, key)?;
        draft.role = Some(key.clone());
    }
    if let Some(pack) = &flags.pack {
        check_pack(ctx, pack)?;
        draft.pack = pack.clone();
    }
    for tag in &flags.tags {
        let tag = clean(tag);
        if !draft.tags.contains(&tag) {
            draft.tags.push(tag);
        }
    }
    if let Some(style) = flags.style {
        draft.style = style.into();
    }
    Ok(())
}

fn apply_metric(draft: &mut Draft, flags: &AnswerFlags) {
    let given = [
        &flags.metric_what,
        &flags.metric_before,
        &flags.metric_after,
        &flags.metric_scope,
    ];
    if given.iter().all(|f| f.is_none()) && flags.metric_better.is_none() {
        return;
    }
    let spec = draft.metric.get_or_insert_with(MetricSpec::default);
    let fields = [
        (&mut spec.what, &flags.metric_what),
        (&mut spec.before, &flags.metric_before),
        (&mut spec.after, &flags.metric_after),
        (&mut spec.scope, &flags.metric_scope),
    ];
    for (slot, value) in fields {
        if let Some(v) = value {
            *slot = clean(v);
        }
    }
    if let Some(b) = flags.metric_better {
        spec.better = Some(b.into());
    }
}

/// Text from the command line as it is stored: control characters, escape sequences and bidi
/// overrides removed (see `safe_text`).
pub fn clean(text: &str) -> String {
    crate::safe_text::strip(text).into_owned()
}

/// Fails with a helpful message when there is no pack of that name.
pub fn check_pack(ctx: &Context, pack: &str) -> Result<(), Failure> {
    if ctx.packs.get(pack).is_some() {
        return Ok(());
    }
    Err(Failure::usage(format!(
        "no pack `{pack}`; the packs are: {} (see `rung packs`)",
        ctx.packs.names().join(", ")
    )))
}

/// Fails with a helpful message when no role has that key.
pub fn check_role(ctx: &Context, key: &str) -> Result<(), Failure> {
    let file = ctx.workspace.file().map_err(Failure::input)?;
    if file.roles.iter().any(|r| r.key == key) {
        Ok(())
    } else {
        Err(Failure::usage(format!(
            "no role `{key}`; add it with `rung role add {key} --company ... --title ...`"
        )))
    }
}

/// Puts the draft on the first rung that still needs an answer (the metric rung when all do),
/// so the coach resumes where the work is.
pub fn place_on_next_rung(draft: &mut Draft) {
    draft.rung = Rung::ALL
        .into_iter()
        .find(|r| !draft.is_answered(*r))
        .unwrap_or(Rung::Metric);
}
