//! `rung doctor [--fix] [--json]`: every problem in the workspace, and with `--fix` what was
//! repaired. Exit 0 when healthy (or when `--fix` repaired everything), 1 when a problem is
//! left. Paths are shown relative to the workspace when they are inside it.

use std::path::Path;

use serde_json::json;

use super::output::{one_line, terminal_safe};
use super::{Failure, Outcome};
use crate::workspace::doctor::{self, Problem};
use crate::workspace::packs_dir;

/// Runs the doctor on the workspace at `root`.
pub fn run(root: &Path, fix: bool, json: bool) -> Result<Outcome, Failure> {
    let packs = packs_dir();
    let problems = doctor::examine(root, packs.as_deref());
    let repairs = if fix {
        doctor::repair(root, &problems)
    } else {
        Vec::new()
    };
    let left = if fix {
        doctor::examine(root, packs.as_deref())
    } else {
        problems.clone()
    };
    if json {
        let doc = json!({
            "workspace": root.display().to_string(),
            "problems": problems.iter().map(|p| problem_json(p, root)).collect::<Vec<_>>(),
            "repairs": repairs.iter().map(|r| json!({
                "file": escaped(&r.file, root),
                "file_bytes": bytes(&r.file),
                "done": r.done,
                "ok": r.ok,
            })).collect::<Vec<_>>(),
            "left": left.iter().map(|p| problem_json(p, root)).collect::<Vec<_>>(),
        });
        println!("{}", super::output::json_text(&doc));
    } else {
        print_text(root, &problems, &repairs, &left, fix);
    }
    Ok(if left.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Problem
    })
}

fn problem_json(p: &Problem, root: &Path) -> serde_json::Value {
    json!({
        "file": escaped(&p.file, root),
        "file_bytes": bytes(&p.file),
        "problem": p.problem,
        "advice": p.advice,
        "remedy": p.remedy,
        "fixable": p.fixable(),
    })
}

/// A path for JSON: relative to the workspace when inside it, every byte kept (a byte that is
/// not UTF-8 is written `\xNN`, never replaced by `�`); [`bytes`] gives the exact name.
fn escaped(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() {
        path
    } else {
        rel
    };
    rel.as_os_str()
        .as_encoded_bytes()
        .utf8_chunks()
        .flat_map(|chunk| {
            let bad = chunk.invalid().iter().map(|b| format!("\\x{b:02x}"));
            std::iter::once(chunk.valid().to_string()).chain(bad)
        })
        .collect()
}

/// The path's bytes as the file system has them, for a script that must find the file.
fn bytes(path: &Path) -> Vec<u8> {
    path.as_os_str().as_encoded_bytes().to_vec()
}

/// A path relative to the workspace when inside it, safe to print.
fn shown(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let text = if rel.as_os_str().is_empty() {
        path.display().to_string()
    } else {
        rel.display().to_string()
    };
    one_line(&text)
}

fn print_text(
    root: &Path,
    problems: &[Problem],
    repairs: &[doctor::Repair],
    left: &[Problem],
    fix: bool,
) {
    println!("Workspace: {}", one_line(&root.display().to_string()));
    if problems.is_empty() {
        println!("No problems found.");
        return;
    }
    let list = if fix { left } else { problems };
    if fix {
        for r in repairs {
            let mark = if r.ok { "fixed" } else { "failed" };
            println!(
                "{mark}: {}: {}",
                shown(&r.file, root),
                terminal_safe(&r.done.replace(&format!("{}/", root.display()), ""))
            );
        }
    }
    for p in list {
        println!(
            "problem: {}: {}",
            shown(&p.file, root),
            terminal_safe(&p.problem)
        );
        println!("  what to do: {}", terminal_safe(&p.advice));
    }
    let fixable = list.iter().filter(|p| p.fixable()).count();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    match (fix, list.len()) {
        (true, 0) => println!("Everything is fixed."),
        (true, n) => println!("{n} problem{} left to sort out by hand.", plural(n)),
        (false, n) if fixable > 0 => println!(
            "{n} problem{}; `rung doctor --fix` can fix {fixable} (it moves broken files to {}/, never deletes).",
            plural(n),
            doctor::QUARANTINE
        ),
        (false, n) => println!("{n} problem{} to sort out by hand.", plural(n)),
    }
}
