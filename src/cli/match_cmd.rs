//! `rung match JD_FILE [--role KEY]`: which of a job description's technologies and key terms
//! the finished bullets show, and a question for each one they do not. Nothing is ever added to
//! a bullet for the user.

use serde_json::json;

use super::args::{MatchArgs, ReportFormat};
use super::check::read_input;
use super::output::terminal_safe;
use super::{Context, Failure, Outcome, flags};
use crate::coach::job_match::{self, MatchResult, Verdict};
use crate::ladder::{Status, bullet};

/// Runs `rung match`.
pub fn run(ctx: &Context, args: &MatchArgs) -> Result<Outcome, Failure> {
    if let Some(key) = &args.role {
        flags::check_role(ctx, key)?;
    }
    let (name, jd_text) = read_input(Some(&args.file))?;
    let listing = ctx.workspace.list();
    let bullets: Vec<String> = listing
        .drafts
        .iter()
        .filter(|d| d.status == Status::Finished)
        .filter(|d| {
            args.role
                .as_ref()
                .is_none_or(|k| d.role.as_ref() == Some(k))
        })
        .map(|d| bullet(d, ctx.packs.get_or_default(&d.pack), d.style))
        .collect();
    let result = job_match::match_bullets(&jd_text, &bullets);
    if result.verdict() == Verdict::Nothing {
        let label = name.unwrap_or_else(|| "standard input".into());
        eprintln!(
            "{label}: no technology or technique rung knows was found in this job description."
        );
    }
    if bullets.is_empty() {
        eprintln!(
            "No finished bullets yet: finish drafts with `rung set ID --finish` to match them."
        );
    }
    match args.format {
        ReportFormat::Json => {
            let doc = json!({
                "matched": result.matched,
                "missing": result.missing,
                "coverage": result.coverage,
            });
            println!("{}", super::output::json_text(&doc));
        }
        ReportFormat::Text => print_text(&result),
    }
    Ok(Outcome::Ok)
}

fn print_text(m: &MatchResult) {
    let total = m.matched.len() + m.missing.len();
    let pct = (m.coverage * 100.0).round();
    let verdict = m.verdict_text();
    println!(
        "Coverage: {} of {total} key terms ({pct}%), {verdict}.",
        m.matched.len()
    );
    if !m.matched.is_empty() {
        println!("In your bullets: {}", terminal_safe(&m.matched.join(", ")));
    }
    if !m.missing.is_empty() {
        println!("Missing:");
        for term in &m.missing {
            println!("  - {}", terminal_safe(&MatchResult::question(term)));
        }
    }
}
