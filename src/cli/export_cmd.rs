//! `rung export`: finished bullets as text, Markdown, DOCX, JSON Resume, RenderCV YAML or LaTeX,
//! to stdout or a file, or merged into the user's own resume file with `--into`.

use super::args::{ExportArgs, FormatArg};
use super::out_file::write_file;
use super::output::{path_safe, terminal_safe};
use super::{Context, Failure, Outcome, export_name, flags};
use crate::export::{
    Filter, ResumeFormat, RoleGroup, docx, group_by_role, markdown, text, work_entries,
};

/// Runs `rung export`.
pub fn export(ctx: &Context, args: &ExportArgs) -> Result<Outcome, Failure> {
    let structured = match args.format {
        FormatArg::Text | FormatArg::Markdown | FormatArg::Docx => None,
        FormatArg::JsonResume => Some(ResumeFormat::JsonResume),
        FormatArg::Rendercv => Some(ResumeFormat::RenderCv),
        FormatArg::Latex => Some(ResumeFormat::Latex),
    };
    if args.into.is_some() && structured.is_none() {
        return Err(Failure::usage(
            "--into merges into a resume file; use it with --format json-resume, rendercv or latex",
        ));
    }
    let docx_file = match (&args.format, &args.output) {
        (FormatArg::Docx, Some(path)) => Some(path),
        (FormatArg::Docx, None) => {
            return Err(Failure::usage(
                "a DOCX file is not text to print; give the file to write with -o, e.g. -o bullets.docx",
            ));
        }
        _ => None,
    };
    if let Some(key) = &args.role {
        flags::check_role(ctx, key)?;
    }
    let file = ctx.workspace.file().map_err(Failure::input)?;
    let asks_name = structured == Some(ResumeFormat::RenderCv) && args.into.is_none();
    let name = export_name::resolve(ctx, args.name.as_deref(), file.name.as_deref(), asks_name)?;
    let roles = file.roles;
    let listing = ctx.workspace.list();
    let filter = Filter {
        role: args.role.clone(),
        tag: args.tag.clone(),
        all: args.all,
        style: args.style.map(Into::into),
    };
    let groups = group_by_role(&listing.drafts, &roles, &ctx.packs, &filter);
    let other_only: Vec<&str> = listing
        .drafts
        .iter()
        .filter(|d| filter.accepts(d))
        .filter(|d| d.hand_edit_only_in_other(filter.style.unwrap_or(d.style)))
        .map(|d| d.id.as_str())
        .collect();
    if !other_only.is_empty() {
        eprintln!(
            "note: {} bullet(s) have a hand edit only in the other style, so this export uses \
             their assembled text: {} (export with the other --style to use the edits).",
            other_only.len(),
            other_only.join(", ")
        );
    }
    if groups.is_empty() {
        let hint = if args.all {
            ""
        } else {
            " (only finished drafts are exported; add --all for every draft)"
        };
        eprintln!("Nothing to export{hint}.");
    }
    if let Some(path) = docx_file {
        write_file(path, &docx::render(&groups))?;
        eprintln!("Wrote {}.", path_safe(path));
        return Ok(report_unreadable(&listing));
    }
    let rendered = match structured {
        None if matches!(args.format, FormatArg::Markdown) => markdown::render(&groups),
        None => text::render(&groups),
        Some(format) => match structured_output(args, format, &groups, name.as_deref())? {
            Some(text) => text,
            None => return Ok(report_unreadable(&listing)),
        },
    };
    match &args.output {
        Some(path) => {
            write_file(path, rendered.as_bytes())?;
            eprintln!("Wrote {}.", path_safe(path));
        }
        None => print!("{}", terminal_safe(&rendered)),
    }
    Ok(report_unreadable(&listing))
}

/// A fresh document's text, or `None` after merging into the `--into` file.
fn structured_output(
    args: &ExportArgs,
    format: ResumeFormat,
    groups: &[RoleGroup],
    name: Option<&str>,
) -> Result<Option<String>, Failure> {
    let entries = work_entries(groups);
    if entries.without_role > 0 {
        eprintln!(
            "note: {} bullet(s) without a role are left out of the {} output (give them one with `rung set ID --role KEY`).",
            entries.without_role,
            format.name()
        );
    }
    let Some(into) = &args.into else {
        return Ok(Some(format.document_text(&entries.work, name)));
    };
    if entries.work.is_empty() {
        eprintln!("{} is left untouched.", path_safe(into));
        return Ok(None);
    }
    let merged = format
        .merge_into(into, &entries.work, args.merge.into())
        .map_err(Failure::input)?;
    let real = crate::export::into_file::real_file(into).map_err(Failure::input)?;
    let through = if real == *into {
        String::new()
    } else {
        format!(" (the file the link {} points to)", path_safe(into))
    };
    eprintln!(
        "Updated {}{through} ({}); the previous version is in {}.",
        path_safe(&real),
        merged.summary,
        path_safe(&merged.backup)
    );
    Ok(None)
}

/// Warns about draft files that could not be read; they are a problem found (exit 1).
fn report_unreadable(listing: &crate::workspace::Listing) -> Outcome {
    for u in &listing.unreadable {
        eprintln!(
            "warning: {}: {} (not exported)",
            path_safe(&u.file),
            terminal_safe(&u.reason)
        );
    }
    if listing.unreadable.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Problem
    }
}
