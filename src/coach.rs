//! The coach: deterministic, explainable judgment on answers and bullets.
//!
//! - Rules are data (`assets/rules.toml`), compiled in and parsed once; the user can switch a
//!   rule off or change its level in the `[rules]` table of `config.toml` ([`Overrides`]).
//! - The keyword taxonomy (`assets/keywords.toml`) names several hundred technologies; it decides
//!   the tools and stack rungs and the spelling hints.
//! - [`detect()`] tells which rungs a free-text bullet has and the next question to ask.
//! - [`check_rung`] checks one answer (cheap enough for every keystroke), [`check_bullet`] a
//!   whole bullet, [`check_role`] a role's bullets together.
//!
//! Choices a reader might not expect:
//! - Findings of a rule listed in another rule's `unless` are dropped when that rule fires (a
//!   duty opener is not also told to "start with a verb").
//! - An empty answer has no findings: the coach comments on what was written, not on gaps
//!   (the level cells and the next question show gaps).
//! - An ignored finding is matched by rule id and rung, so it stays ignored while the user
//!   keeps editing the answer; it is still returned, marked `ignored`.
//! - Repeated openers are judged on any list of bullets ([`check_list`]); the number of bullets
//!   only on a role ([`check_role`]).
//! - How well detection and findings hold on bullets they were not tuned on is measured in
//!   `tests/domain/coach_detection.rs` and written up in `docs/COACH_QUALITY.md`.

pub mod analysis;
pub mod checks;
pub mod coverage;
pub mod detect;
pub mod finding;
pub mod import;
pub mod input;
pub mod job_match;
pub mod overrides;
pub mod phrases;
pub mod quantity;
pub mod rules;
pub mod taxonomy;
pub mod text;

pub use analysis::Analysis;
pub use detect::Detection;
pub use finding::{Finding, Level, RoleFinding};
pub use overrides::{NO_OVERRIDES, OverrideError, Overrides};
pub use rules::{RuleSet, Scope, rules};
pub use taxonomy::{Category, Taxonomy, taxonomy};

use crate::ladder::{Draft, Pack, Rung, bullet, draft::IgnoredFinding};

/// What a check needs to know beyond the text.
#[derive(Debug, Clone, Copy)]
pub struct CheckContext<'a> {
    /// The bullet belongs to a role the user still holds: present tense is fine.
    pub current_role: bool,
    /// The user's rule levels.
    pub overrides: &'a Overrides,
    /// Findings the user chose to ignore for this draft.
    pub ignored: &'a [IgnoredFinding],
}

impl Default for CheckContext<'static> {
    fn default() -> Self {
        CheckContext {
            current_role: false,
            overrides: &NO_OVERRIDES,
            ignored: &[],
        }
    }
}

/// Analyses a text once; pass the result to [`detect_analysis`] and [`check_analysis`] to avoid
/// doing the work twice.
pub fn analyze(text: &str) -> Analysis<'_> {
    Analysis::new(text, rules())
}

/// Which rungs a free-text bullet has.
pub fn detect(text: &str) -> Detection {
    detect::detect(&analyze(text), rules())
}

/// [`detect()`] on an analysis already made.
pub fn detect_analysis(a: &Analysis) -> Detection {
    detect::detect(a, rules())
}

/// Checks one rung's answer. Runs the rules of that rung and the bullet-wide ones; findings
/// carry `rung: Some(rung)` and spans into `answer`.
pub fn check_rung(rung: Rung, answer: &str, ctx: &CheckContext) -> Vec<Finding> {
    if answer.trim().is_empty() {
        return Vec::new();
    }
    let a = analyze(answer);
    let mut found = run(&a, ctx, |scope| match scope {
        Scope::Rung(r) if r == rung => Applies::OnRung(rung),
        Scope::Bullet => Applies::OnRung(rung),
        Scope::Rung(_) | Scope::Whole | Scope::Role => Applies::No,
    });
    // Assembly gives the bullet its capital, so a lower-case answer is not one to fix (and
    // "i built ..." would get both "capitalise i" and "drop i").
    found.retain(|f| f.rule != "capital-first");
    found
}

/// Checks a whole bullet. Findings carry the rung of their rule (`None` for bullet-wide ones)
/// and spans into `text`.
pub fn check_bullet(text: &str, ctx: &CheckContext) -> Vec<Finding> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    check_analysis(&analyze(text), ctx)
}

/// [`check_bullet`] on an analysis already made.
pub fn check_analysis(a: &Analysis, ctx: &CheckContext) -> Vec<Finding> {
    run(a, ctx, |scope| match scope {
        Scope::Rung(r) => Applies::OnRung(r),
        Scope::Bullet | Scope::Whole => Applies::OnBullet,
        Scope::Role => Applies::No,
    })
}

/// Whether a rule of some scope runs on the text at hand, and which rung its findings name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Applies {
    /// The rule does not run here.
    No,
    /// It runs, and its findings belong to this rung.
    OnRung(Rung),
    /// It runs, and its findings are about the bullet as a whole.
    OnBullet,
}

/// Runs every rule whose scope `applies` accepts.
fn run(a: &Analysis, ctx: &CheckContext, applies: impl Fn(Scope) -> Applies) -> Vec<Finding> {
    let set = rules();
    let mut out: Vec<Finding> = Vec::new();
    for rule in &set.rules {
        let rung = match applies(rule.scope) {
            Applies::No => continue,
            Applies::OnRung(rung) => Some(rung),
            Applies::OnBullet => None,
        };
        let Some(level) = ctx.overrides.level(&rule.id, rule.level) else {
            continue;
        };
        if rule.unless.iter().any(|u| out.iter().any(|f| f.rule == u)) {
            continue;
        }
        checks::check(rule, set, a, ctx.current_role, &mut |span, message| {
            let fix = checks::fix_for(rule, a, &span);
            out.push(Finding {
                rule: &rule.id,
                level,
                rung,
                message,
                why: &rule.why,
                span,
                ignored: false,
                fix,
            })
        });
    }
    mark_ignored(&mut out, ctx.ignored);
    out
}

/// Marks findings the user chose to ignore.
pub fn mark_ignored(findings: &mut [Finding], ignored: &[IgnoredFinding]) {
    for f in findings {
        f.ignored = ignored.iter().any(|i| i.matches(f.rule, f.rung));
    }
}

/// Checks a role's bullets together (repeated openers, bullets per role).
pub fn check_role(bullets: &[&str], ctx: &CheckContext) -> Vec<RoleFinding> {
    check_group(bullets, ctx, true)
}

/// Checks a list of bullets that is not known to be one role (a plain-text or Markdown list in
/// `rung check`): repeated openers still blur a list together, but the number of bullets says
/// nothing about a role.
pub fn check_list(bullets: &[&str], ctx: &CheckContext) -> Vec<RoleFinding> {
    check_group(bullets, ctx, false)
}

fn check_group(bullets: &[&str], ctx: &CheckContext, whole_role: bool) -> Vec<RoleFinding> {
    let set = rules();
    let mut out = Vec::new();
    for rule in set.rules.iter().filter(|r| r.scope == Scope::Role) {
        if !whole_role && !matches!(rule.kind, rules::Kind::RepeatedOpener) {
            continue;
        }
        let Some(level) = ctx.overrides.level(&rule.id, rule.level) else {
            continue;
        };
        let mut emit = |bullet: Option<usize>, span, message| {
            out.push(RoleFinding {
                bullet,
                finding: Finding {
                    rule: &rule.id,
                    level,
                    rung: None,
                    message,
                    why: &rule.why,
                    span,
                    ignored: false,
                    fix: None,
                },
            })
        };
        match &rule.kind {
            rules::Kind::RepeatedOpener => {
                let firsts: Vec<Option<String>> =
                    bullets.iter().map(|b| checks::first_word(b)).collect();
                for (i, first) in firsts.iter().enumerate() {
                    let Some(first) = first else { continue };
                    let count = firsts.iter().filter(|f| f.as_ref() == Some(first)).count();
                    let earlier = firsts[..i].iter().any(|f| f.as_ref() == Some(first));
                    if count > 1 && earlier {
                        // The span of the word as typed: its lowercase may differ in length.
                        let span = checks::first_word_span(bullets[i]).unwrap_or(0..0);
                        let found = bullets[i].get(span.clone()).unwrap_or_default();
                        let message = checks::fill(
                            &rule.message,
                            &[("found", found), ("count", &count.to_string())],
                        );
                        emit(Some(i), span, message);
                    }
                }
            }
            rules::Kind::BulletsPerRole { min, max } => {
                let n = bullets.len();
                if n < *min || n > *max {
                    let message = checks::fill(
                        &rule.message,
                        &[
                            ("count", &n.to_string()),
                            ("min", &min.to_string()),
                            ("max", &max.to_string()),
                        ],
                    );
                    emit(None, 0..0, message);
                }
            }
            _ => {}
        }
    }
    out
}

/// The text of a rung that the coach checks: the answer, or on the metric rung the helper's
/// phrase when it computes (that is what the bullet uses).
pub fn checked_text(draft: &Draft, rung: Rung) -> String {
    if rung == Rung::Metric {
        draft.metric_text()
    } else {
        draft.answers.get(rung).to_string()
    }
}

/// Every finding on a draft, for a review screen: each answered rung's findings (spans into
/// [`checked_text`] of that rung), then the whole-bullet rules (length) on the bullet as it reads (spans into it).
/// The draft's ignored findings are marked.
pub fn check_draft(draft: &Draft, pack: &Pack, ctx: &CheckContext) -> Vec<Finding> {
    let ctx = CheckContext {
        ignored: &draft.ignored,
        ..*ctx
    };
    let mut out = Vec::new();
    for rung in Rung::ALL {
        out.extend(check_rung(rung, &checked_text(draft, rung), &ctx));
    }
    let text = bullet(draft, pack, draft.style);
    let a = analyze(&text);
    out.extend(run(&a, &ctx, |scope| match scope {
        Scope::Whole => Applies::OnBullet,
        _ => Applies::No,
    }));
    out
}

/// Ignores a finding for this draft (saved with the draft); does nothing when already ignored.
pub fn ignore(draft: &mut Draft, finding: &Finding) {
    if !draft
        .ignored
        .iter()
        .any(|i| i.matches(finding.rule, finding.rung))
    {
        draft.ignored.push(IgnoredFinding {
            rule: finding.rule.to_string(),
            rung: finding.rung,
        });
    }
}

/// Stops ignoring a finding for this draft.
pub fn unignore(draft: &mut Draft, finding: &Finding) {
    draft
        .ignored
        .retain(|i| !i.matches(finding.rule, finding.rung));
}

/// Puts a finding's fix into the answer it points at, as if the user had typed it. Returns
/// false, changing nothing, for a finding without a fix, one about the whole bullet, or one
/// whose text is not the stored answer (the metric rung's text built by the helper).
pub fn apply_fix(draft: &mut Draft, finding: &Finding) -> bool {
    let (Some(rung), Some(fix)) = (finding.rung, &finding.fix) else {
        return false;
    };
    let checked = checked_text(draft, rung);
    let answer = draft.answers.get(rung);
    // The checked text is the answer itself, or (metric rung) the answer trimmed.
    let lead = answer.len() - answer.trim_start().len();
    if answer.get(lead..lead + checked.len()) != Some(checked.as_str()) {
        return false;
    }
    let span = &finding.span;
    let (Some(before), Some(after)) = (
        answer.get(..lead + span.start),
        answer.get(lead + span.end..),
    ) else {
        return false;
    };
    let fixed = format!("{before}{fix}{after}");
    draft.answers.set(rung, fixed);
    true
}
