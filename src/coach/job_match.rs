//! Job-description match: the technologies and key terms of a job description, which of them
//! the user's finished bullets already show, and a question for each one they do not.
//!
//! Choices: key terms are the taxonomy's technologies plus the concepts of the `[jd]` table of
//! `assets/rules.toml` (caching, rate limiting, blameless postmortems...), each under one name
//! whatever the phrase that shows it; section headings (Markdown `#` lines, short lines ending
//! in `:` and short all-caps lines) are ignored, so "Requirements:" or "ABOUT US" never count.
//! Lines of one paragraph or list item are read together, so a name a line wrap splits ("Argo
//! / Rollouts") is still found. A name that is also an everyday word ("Teams", "Spring",
//! "Make") is not taken at the start of a sentence. Coverage from 75% to 85% is called healthy;
//! above 90% reads as keyword stuffing. A missing term is only ever asked about, never inserted.

use std::collections::BTreeSet;

use serde::Serialize;

use super::rules::rules;
use super::taxonomy::taxonomy;
use super::text::Words;

/// The healthy coverage range: enough overlap to pass a screen, not so much it reads stuffed.
pub const HEALTHY: (f64, f64) = (0.75, 0.85);
/// Above this, the bullets may read as keyword stuffing.
pub const STUFFING: f64 = 0.90;

/// How the bullets cover a job description.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchResult {
    /// Canonical names found in the job description and in the bullets.
    pub matched: Vec<String>,
    /// Canonical names found in the job description but in no bullet.
    pub missing: Vec<String>,
    /// `matched / (matched + missing)`, 0.0 when the job description names nothing known.
    pub coverage: f64,
}

/// What the coverage means for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The job description names no technology or technique rung knows.
    Nothing,
    /// Below the healthy range (under 75%): the bullets show too little of what is asked.
    Low,
    /// In the healthy range, 75% to 85%.
    Healthy,
    /// Above the healthy range but not yet stuffing (over 85%, up to 90%).
    High,
    /// Above 90%: the bullets may read as keyword stuffing.
    Stuffing,
}

impl MatchResult {
    /// The verdict on the coverage.
    pub fn verdict(&self) -> Verdict {
        let c = self.coverage;
        if self.matched.is_empty() && self.missing.is_empty() {
            Verdict::Nothing
        } else if c > STUFFING {
            Verdict::Stuffing
        } else if c > HEALTHY.1 {
            Verdict::High
        } else if c >= HEALTHY.0 {
            Verdict::Healthy
        } else {
            Verdict::Low
        }
    }

    /// What the coverage means, in words the user reads after the percentage.
    pub fn verdict_text(&self) -> &'static str {
        match self.verdict() {
            Verdict::Nothing => "nothing to match",
            Verdict::Low => "below the healthy 75-85%",
            Verdict::Healthy => "healthy (75-85%)",
            Verdict::High => "above the healthy range, still fine",
            Verdict::Stuffing => {
                "over 90%: this may read as keyword stuffing; keep only what you really did"
            }
        }
    }

    /// The question to ask about a missing term.
    pub fn question(term: &str) -> String {
        format!("Did you use {term}? Which bullet?")
    }
}

/// True for a line that is a section heading, not content.
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    t.starts_with('#')
        || (t.ends_with(':') && words <= 5)
        || (words <= 5 && t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase))
}

/// True for a line that starts a list item: `-`, `*`, `•` or `1.`.
fn starts_item(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(['-', '*', '\u{2022}'])
        || t.split_once(['.', ')'])
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The paragraphs and list items of a text, each as one line: a line wrap inside one becomes a
/// space. Headings and blank lines end a block and are dropped.
fn blocks(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        if line.trim().is_empty() || is_heading(line) {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if open && !starts_item(line) => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => out.push(line.trim().to_string()),
        }
        open = true;
    }
    out
}

/// The key terms of a text, canonical names in order of first appearance.
pub fn terms(text: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for block in blocks(text) {
        for t in terms_in(&block) {
            if seen.insert(t.to_ascii_lowercase()) {
                out.push(t);
            }
        }
    }
    out
}

/// Terms of one block of text, canonical.
fn terms_in(line: &str) -> Vec<String> {
    let words = Words::new(line);
    let mut out: Vec<String> = taxonomy()
        .find_in(&words)
        .iter()
        .map(|m| taxonomy().tech(m.tech).name.clone())
        .collect();
    let concepts = &rules().concepts;
    for m in concepts.phrases.find_iter(line) {
        out.push(concepts.names[concepts.of_phrase[m.phrase]].clone());
    }
    out
}

/// Compares a job description with the user's bullets.
pub fn match_bullets(jd: &str, bullets: &[String]) -> MatchResult {
    let wanted = terms(jd);
    let have: BTreeSet<String> = bullets
        .iter()
        .flat_map(|b| terms_in(b))
        .map(|t| t.to_ascii_lowercase())
        .collect();
    let (matched, missing): (Vec<String>, Vec<String>) = wanted
        .into_iter()
        .partition(|t| have.contains(&t.to_ascii_lowercase()));
    let total = matched.len() + missing.len();
    let coverage = if total == 0 {
        0.0
    } else {
        matched.len() as f64 / total as f64
    };
    MatchResult {
        matched,
        missing,
        coverage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_ignored_and_names_are_canonical() {
        let jd = "# Senior Backend Engineer\nREQUIREMENTS\nKafka:\nYou know postgres, k8s and Go.\nExperience with canary releases.\n";
        assert_eq!(
            terms(jd),
            ["PostgreSQL", "Kubernetes", "Go", "canary releases"]
        );
    }

    #[test]
    fn coverage_and_verdicts() {
        let jd = "We use Rust, Kafka, Redis and Terraform.";
        let m = match_bullets(
            jd,
            &["Built it in rust on Redis.".into(), "Ran Kafka.".into()],
        );
        assert_eq!(m.matched, ["Rust", "Apache Kafka", "Redis"]);
        assert_eq!(m.missing, ["Terraform"]);
        assert!((m.coverage - 0.75).abs() < 1e-9);
        assert_eq!(m.verdict(), Verdict::Healthy);
        assert_eq!(
            match_bullets("Nothing here.", &[]).verdict(),
            Verdict::Nothing
        );
        let all = match_bullets(jd, &["Rust Kafka Redis Terraform".into()]);
        assert_eq!(all.verdict(), Verdict::Stuffing);
    }

    /// Everyday words at a sentence start are not technologies, "rust-proof" is not Rust, a
    /// name split by a line wrap is found, and concepts are terms under one name.
    #[test]
    fn prose_words_wraps_and_concepts() {
        let jd = "Spring is our busiest season. Teams here own their services. Make it work.\n\
                  - You ship rust-proof coatings.\n\
                  - You have deployed with Argo\n  Rollouts and know idempotency, rate limiting,\n  caching and autoscaling.\n\
                  - Blameless postmortems matter to us.\n";
        assert_eq!(
            terms(jd),
            [
                "Argo Rollouts",
                "idempotency",
                "rate limiting",
                "caching",
                "autoscaling",
                "blameless postmortems"
            ]
        );
        let m = match_bullets(
            jd,
            &["Cached prices in Redis, with idempotent writes.".into()],
        );
        assert_eq!(m.matched, ["idempotency", "caching"]);
        assert_eq!(
            MatchResult::question(&m.missing[0]),
            "Did you use Argo Rollouts? Which bullet?"
        );
    }
}
