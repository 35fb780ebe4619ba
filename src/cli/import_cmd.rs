//! `rung import FILE`: reads a resume (PDF, DOCX, LaTeX, LinkedIn's export), shows what was found
//! grouped by role with each bullet's level and findings, and with `--yes` (or a "y" at the
//! prompt) makes the roles and one draft per bullet. A second import of the same file adds
//! nothing: bullets already imported are shown with their draft and skipped.
//!
//! Exit status: 0 when all went well (including when nothing was new), 1 when the file was read
//! but held no bullets, 2 when it could not be read.

use std::io::IsTerminal;

use serde_json::{Value, json};

use super::args::{ImportArgs, ReportFormat};
use super::output::{one_line, terminal_safe};
use super::{Context, Failure, Outcome};
use crate::coach::{self, CheckContext, Finding};
use crate::import::{self, ImportPlan, ImportReport, Progress, Resume};

/// Runs `rung import`.
pub fn run(ctx: &Context, args: &ImportArgs) -> Result<Outcome, Failure> {
    let resume = read(&args.file)?;
    let plan = import::plan_for(&ctx.workspace, &resume).map_err(Failure::workspace)?;
    let overrides = super::check::load_overrides()?;
    let findings: Vec<Vec<Finding>> = plan
        .bullets
        .iter()
        .map(|b| {
            let current = plan.roles[b.role].role.current;
            let check = CheckContext {
                current_role: current,
                overrides: &overrides,
                ignored: &[],
            };
            coach::check_bullet(&b.text, &check)
        })
        .collect();
    let new: Vec<usize> = (0..plan.bullets.len())
        .filter(|&i| plan.bullets[i].existing.is_none())
        .collect();
    let json = args.format == ReportFormat::Json;
    if !json {
        print_text(&resume, &plan, &findings);
    }
    let go = !new.is_empty() && (args.yes || (!json && ask(&plan, new.len())?));
    let report = if go {
        let settings = ctx.workspace.file().map_err(Failure::input)?.settings;
        let pack = args.pack.clone().unwrap_or(settings.pack);
        if ctx.packs.get(&pack).is_none() {
            return Err(Failure::usage(format!(
                "no pack `{pack}`; the packs are: {} (see `rung packs`)",
                ctx.packs.names().join(", ")
            )));
        }
        Some(
            import::run_plan(&ctx.workspace, &plan, &new, &pack, settings.style)
                .map_err(Failure::workspace)?,
        )
    } else {
        None
    };
    if json {
        print_json(&resume, &plan, &findings, report.as_ref());
    } else {
        print_outcome(&plan, &new, report.as_ref(), args.yes);
    }
    Ok(if resume.bullet_count() == 0 {
        Outcome::Problem
    } else {
        Outcome::Ok
    })
}

/// Reads the file, with a progress line on a terminal for long PDFs.
pub(super) fn read(file: &std::path::Path) -> Result<Resume, Failure> {
    let show = std::io::stderr().is_terminal();
    let mut shown = false;
    let mut progress = |p: Progress| {
        if show && p.total >= 5 {
            eprint!("\rreading page {} of {}", p.done, p.total);
            shown = true;
        }
    };
    let result = import::read_file_with_progress(file, &mut progress);
    if shown {
        eprint!("\r\x1b[K");
    }
    result.map_err(Failure::input)
}

fn ask(plan: &ImportPlan, n: usize) -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    let roles = plan.roles.iter().filter(|r| !r.existing).count();
    let answer = super::output::ask_line(&format!(
        "Import {n} bullet{} as drafts{}? [y/N] ",
        if n == 1 { "" } else { "s" },
        if roles > 0 {
            format!(" ({roles} new role{})", if roles == 1 { "" } else { "s" })
        } else {
            String::new()
        }
    ))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}

fn cells(on: &[bool; 5]) -> String {
    on.iter().map(|c| if *c { '#' } else { '.' }).collect()
}

fn print_text(resume: &Resume, plan: &ImportPlan, findings: &[Vec<Finding>]) {
    let roles = plan.roles.len();
    println!(
        "{} ({}): {} role{}, {} bullet{}",
        one_line(&resume.file),
        resume.format.name(),
        roles,
        if roles == 1 { "" } else { "s" },
        plan.bullets.len(),
        if plan.bullets.len() == 1 { "" } else { "s" }
    );
    let mut n = 0;
    for (r, role) in plan.roles.iter().enumerate() {
        let dates = resume
            .roles
            .get(r)
            .and_then(|f| f.dates.as_ref())
            .map(|d| format!(" ({})", d.text))
            .unwrap_or_default();
        let whose = if role.existing {
            format!("role `{}`", role.role.key)
        } else {
            format!("new role `{}`", role.role.key)
        };
        println!();
        println!(
            "== {}{} -> {whose} ==",
            one_line(&role.label),
            one_line(&dates)
        );
        for (i, b) in plan.bullets.iter().enumerate().filter(|(_, b)| b.role == r) {
            n += 1;
            println!("{n}. {}", one_line(&b.text));
            let already = b
                .existing
                .as_ref()
                .map(|id| format!("  already imported as {id}"))
                .unwrap_or_default();
            println!(
                "   [{}] level {}  {}{already}",
                cells(&b.cells),
                b.level,
                one_line(&short_source(&b.source))
            );
            for f in &findings[i] {
                println!(
                    "   {:<8} {}: {}",
                    f.level.name(),
                    f.rule,
                    terminal_safe(&f.message)
                );
            }
        }
    }
    if !resume.unplaced.is_empty() {
        println!();
        println!("Could not place ({}):", resume.unplaced.len());
        for u in &resume.unplaced {
            println!(
                "   {}: {}",
                one_line(&short_source(&u.source)),
                one_line(&u.text)
            );
        }
    }
    for notice in &resume.notices {
        println!();
        println!("note: {}", terminal_safe(notice));
    }
}

/// "page 1 line 6" or "line 6": the file is named at the top already.
fn short_source(s: &import::Source) -> String {
    match s.page {
        Some(p) => format!("page {p} line {}", s.line),
        None => format!("line {}", s.line),
    }
}

fn print_outcome(plan: &ImportPlan, new: &[usize], report: Option<&ImportReport>, yes: bool) {
    println!();
    let old = plan.bullets.len() - new.len();
    match report {
        Some(r) => {
            println!(
                "Imported {} draft{}{}{}.",
                r.drafts.len(),
                if r.drafts.len() == 1 { "" } else { "s" },
                if r.roles_added.is_empty() {
                    String::new()
                } else {
                    format!(
                        " and added role{} {}",
                        if r.roles_added.len() == 1 { "" } else { "s" },
                        r.roles_added.join(", ")
                    )
                },
                if old > 0 {
                    format!("; {old} already imported before")
                } else {
                    String::new()
                }
            );
            if let Some((_, id)) = r.drafts.iter().min_by_key(|(i, _)| plan.bullets[*i].level) {
                println!("Start with the weakest: rung open {id}");
            }
        }
        None if new.is_empty() && !plan.bullets.is_empty() => {
            println!("Nothing new: every bullet was imported before.");
        }
        None if new.is_empty() => {}
        None if yes => {}
        None => println!("Nothing imported. Run again with --yes to import these bullets."),
    }
}

fn finding_json(f: &Finding) -> Value {
    json!({ "rule": f.rule, "level": f.level.name(), "message": f.message, "rung": f.rung.map(|r| r.name()) })
}

fn print_json(
    resume: &Resume,
    plan: &ImportPlan,
    findings: &[Vec<Finding>],
    report: Option<&ImportReport>,
) {
    let drafts: std::collections::HashMap<usize, String> = report
        .map(|r| {
            r.drafts
                .iter()
                .map(|(i, id)| (*i, id.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let roles: Vec<Value> = plan
        .roles
        .iter()
        .enumerate()
        .map(|(r, role)| {
            let bullets: Vec<Value> = plan
                .bullets
                .iter()
                .enumerate()
                .filter(|(_, b)| b.role == r)
                .map(|(i, b)| {
                    json!({
                        "text": b.text,
                        "source": b.source,
                        "level": b.level,
                        "rungs": b.cells,
                        "findings": findings[i].iter().map(finding_json).collect::<Vec<_>>(),
                        "draft": drafts.get(&i).cloned().or_else(|| b.existing.as_ref().map(|d| d.to_string())),
                        "new": b.existing.is_none(),
                    })
                })
                .collect();
            json!({
                "key": role.role.key,
                "company": role.role.company,
                "title": role.role.title,
                "dates": resume.roles.get(r).and_then(|f| f.dates.clone()),
                "existing": role.existing,
                "bullets": bullets,
            })
        })
        .collect();
    let doc = json!({
        "file": resume.file,
        "format": resume.format,
        "roles": roles,
        "unplaced": resume.unplaced,
        "notices": resume.notices,
        "imported": report.map(|r| json!({
            "drafts": r.drafts.len(),
            "roles_added": r.roles_added,
        })),
    });
    println!("{}", super::output::json_text(&doc));
}
