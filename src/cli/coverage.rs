//! `rung coverage [--role KEY]`: which competency areas of its pack a role's bullets cover, and
//! which have none yet.
//!
//! Choices: every draft of the role counts, finished or not (coverage is a planning view); the
//! pack is the one most of the role's drafts use, else the workspace's default pack.

use serde_json::{Value, json};

use super::args::{CoverageArgs, ReportFormat};
use super::output::terminal_safe;
use super::{Context, Failure, Outcome, flags};
use crate::coach::coverage::{most_used_pack, role_coverage};
use crate::ladder::{Draft, bullet};
use crate::workspace::Role;

/// Runs `rung coverage`.
pub fn run(ctx: &Context, args: &CoverageArgs) -> Result<Outcome, Failure> {
    let file = ctx.workspace.file().map_err(Failure::input)?;
    let roles: Vec<&Role> = match &args.role {
        Some(key) => {
            flags::check_role(ctx, key)?;
            file.roles.iter().filter(|r| &r.key == key).collect()
        }
        None => file.roles.iter().collect(),
    };
    if roles.is_empty() {
        eprintln!("No roles yet. Add one with `rung role add KEY --company C --title T`.");
        return Ok(Outcome::Ok);
    }
    let listing = ctx.workspace.list();
    let mut reports = Vec::new();
    for role in roles {
        let drafts: Vec<&Draft> = listing
            .drafts
            .iter()
            .filter(|d| d.role.as_deref() == Some(&role.key))
            .collect();
        let pack_name = most_used_pack(drafts.iter().map(|d| d.pack.as_str()))
            .unwrap_or_else(|| file.settings.pack.clone());
        let pack = ctx.packs.get_or_default(&pack_name);
        let bullets: Vec<String> = drafts
            .iter()
            .map(|d| bullet(d, ctx.packs.get_or_default(&d.pack), d.style))
            .collect();
        let areas = role_coverage(&pack.areas, &bullets);
        let area_values: Vec<Value> = areas
            .iter()
            .map(|a| {
                json!({
                    "name": a.name,
                    "covered": a.is_covered(),
                    "drafts": a.bullets.iter().map(|i| drafts[*i].id.as_str()).collect::<Vec<_>>(),
                    "keywords": a.keywords,
                })
            })
            .collect();
        let covered = areas.iter().filter(|a| a.is_covered()).count();
        reports.push(json!({
            "role": role.key,
            "title": format!("{}, {}", role.title, role.company),
            "pack": pack.name,
            "covered": covered,
            "total": areas.len(),
            "areas": area_values,
        }));
    }
    match args.format {
        ReportFormat::Json => {
            println!("{}", super::output::json_text(&reports));
        }
        ReportFormat::Text => reports.iter().for_each(print_text),
    }
    Ok(Outcome::Ok)
}

fn print_text(r: &Value) {
    let s = |v: &Value| terminal_safe(v.as_str().unwrap_or_default());
    let total = r["total"].as_u64().unwrap_or(0);
    if total == 0 {
        println!(
            "{} ({}): the {} pack defines no competency areas; use a role pack such as backend.",
            s(&r["role"]),
            s(&r["title"]),
            s(&r["pack"])
        );
        return;
    }
    println!(
        "{} ({}), {} pack: {} of {total} areas covered",
        s(&r["role"]),
        s(&r["title"]),
        s(&r["pack"]),
        r["covered"]
    );
    for a in r["areas"].as_array().into_iter().flatten() {
        let drafts: Vec<&str> = a["drafts"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if drafts.is_empty() {
            println!(
                "  [ ] {}  - no bullet yet: what did you do here?",
                s(&a["name"])
            );
        } else {
            println!("  [x] {}  - {}", s(&a["name"]), drafts.join(", "));
        }
    }
}
