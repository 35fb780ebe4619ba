//! Turning a bullet someone already has into a draft's answers, so they continue climbing from
//! where the bullet stands (`rung check --import`).
//!
//! The split is a best effort made from what detection found, in this order:
//! - metric: a last sentence that holds a quantity, or the clause (after a comma) that does;
//! - method: the how-clause from its first word, when it comes after the task;
//! - tools and stack: the technologies named, as written, in a natural list;
//! - task: what comes before the first of those, without a dangling connector ("in", "with").
//!
//! Text between the pieces that fits no rung (rare) is dropped, so the command prints every
//! imported bullet as assembled for the user to compare.

use std::ops::Range;

use super::analysis::Analysis;
use super::rules::rules;
use super::taxonomy::taxonomy;
use crate::ladder::{Answers, Rung};

/// Words a task never ends with: they belong to the next part.
const DANGLING: &[&str] = &[
    "in", "with", "using", "on", "via", "by", "and", "backed", "built", "atop", "onto", "to",
    "for", "of", "the", "a", "an", "from", "into", "running", "powered", "through",
];

/// The answers a bullet's text suggests.
pub fn answers_from(text: &str) -> Answers {
    let text = text.trim();
    let a = Analysis::new(text, rules());
    let mut answers = Answers::default();
    let mut main_end = text.len();

    // Metric: a later sentence with a quantity, else the comma clause holding the first one.
    if let Some(q) = a.quantities.first() {
        let sentence_start = text[..q.span.start]
            .rmatch_indices(". ")
            .next()
            .map(|(i, _)| i + 2);
        let clause_start = text[..q.span.start].rfind([',', ';']).map(|i| i + 1);
        if let Some(start) = sentence_start.or(clause_start) {
            answers.metric = clean(&text[start..]);
            main_end = start;
        }
    }
    let main = &text[..main_end];

    // Method: a how-clause after the first words of the task.
    let mut cut = main.len();
    let method = super::detect::method_span(&a, rules()).filter(|s| {
        s.start < main.len() && a.words.spans.len() > 2 && s.start > a.words.spans[1].end
    });
    if let Some(span) = method {
        let start = clause_start_before(main, span);
        answers.method = clean(&main[start..]);
        cut = start;
    }

    // Tools and stack: names as written, in text order.
    let mut tools = Vec::new();
    let mut stack = Vec::new();
    let limit = cut;
    for t in a.techs.iter().filter(|t| t.span.end <= limit) {
        let written = text[t.span.clone()].to_string();
        match taxonomy().tech(t.tech).category.rung() {
            Some(Rung::Tools) => tools.push(written),
            Some(_) => stack.push(written),
            // A client platform stays in the task ("an app for iOS").
            None => continue,
        }
        cut = cut.min(t.span.start);
    }
    answers.tools = natural_list(&tools);
    answers.stack = natural_list(&stack);
    answers.task = strip_dangling(&clean(&main[..cut]));
    if answers.task.is_empty() {
        answers.task = clean(main);
    }
    answers
}

/// Where the clause of a how-marker starts: at the marker, or at a comma just before it.
fn clause_start_before(text: &str, span: Range<usize>) -> usize {
    let before = text[..span.start].trim_end();
    if before.ends_with(',') || before.ends_with(';') {
        before.len() - 1
    } else {
        span.start
    }
}

/// Trims spaces, commas and the final full stop.
fn clean(s: &str) -> String {
    s.trim()
        .trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .trim_end_matches('.')
        .trim()
        .to_string()
}

fn strip_dangling(s: &str) -> String {
    let mut t = s.trim_end_matches([',', ' ']).to_string();
    loop {
        let last = t.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
        if t.contains(' ') && DANGLING.contains(&last.as_str()) {
            t.truncate(t.len() - last.len());
            t = t.trim_end_matches([',', ' ']).to_string();
        } else {
            return t;
        }
    }
}

/// "A, B and C".
fn natural_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_strong_bullet_splits_into_five_answers() {
        let a = answers_from(
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL and S3, \
             streaming rows in batches instead of loading whole tables. Cut export time from 40 min to 6 min.",
        );
        assert_eq!(a.task, "Rebuilt the invoice export service");
        assert_eq!(a.tools, "Rust and Axum");
        assert_eq!(a.stack, "PostgreSQL and S3");
        assert_eq!(
            a.method,
            "streaming rows in batches instead of loading whole tables"
        );
        assert_eq!(a.metric, "Cut export time from 40 min to 6 min");
    }

    #[test]
    fn a_flat_bullet_is_all_task() {
        let a = answers_from("Worked on the billing system.");
        assert_eq!(a.task, "Worked on the billing system");
        assert!(a.tools.is_empty() && a.metric.is_empty() && a.method.is_empty());
    }
}
