//! Job-description match: the technologies and key terms of a job description, which of them
//! the user's finished bullets already show, and a question for each one they do not.
//!
//! Choices: key terms are the taxonomy's technologies plus the named techniques of the method
//! rung (whole words only, e.g. "canary", "GitOps"); section headings (Markdown `#` lines,
//! short lines ending in `:` and short all-caps lines) are ignored, so "Requirements:" or
//! "ABOUT US" never count. Coverage from 75% to 85% is called healthy; above 90% reads as
//! keyword stuffing. A missing term is only ever asked about, never inserted.

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
pub struct JdMatch {
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
    Low,
    Healthy,
    High,
    Stuffing,
}

impl JdMatch {
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

/// The key terms of a text, canonical names in order of first appearance.
pub fn terms(text: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !is_heading(l)) {
        for t in terms_in(line) {
            if seen.insert(t.to_ascii_lowercase()) {
                out.push(t);
            }
        }
    }
    out
}

/// Terms of one line, canonical.
fn terms_in(line: &str) -> Vec<String> {
    let words = Words::new(line);
    let mut out: Vec<String> = taxonomy()
        .find_in(&words)
        .iter()
        .map(|m| taxonomy().tech(m.tech).name.clone())
        .collect();
    let techniques = &rules().method;
    for m in techniques.techniques.find_iter(line) {
        let name = &techniques.technique_names[m.phrase];
        if !name.ends_with('*') {
            out.push(name.clone());
        }
    }
    out
}

/// Compares a job description with the user's bullets.
pub fn match_bullets(jd: &str, bullets: &[String]) -> JdMatch {
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
    JdMatch {
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
        assert_eq!(terms(jd), ["PostgreSQL", "Kubernetes", "Go", "canary"]);
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
}
