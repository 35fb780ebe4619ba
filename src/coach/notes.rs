//! Simple notes on one rung's answer: an empty answer, a weak opener on the task rung, and a
//! metric without any number. The checks are data (the const tables below), so the full rule
//! engine can replace them without touching the screens. A note never blocks moving on.

use crate::ladder::Rung;

/// How much a note matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A nudge: the answer works, it could be stronger.
    Hint,
    /// Something a reader of the resume would likely notice.
    Warning,
}

/// One piece of advice about an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// How much it matters.
    pub level: Level,
    /// What to do, in plain words.
    pub message: String,
}

impl Note {
    fn new(level: Level, message: impl Into<String>) -> Note {
        Note {
            level,
            message: message.into(),
        }
    }
}

/// Weak openers for the task rung and strong verbs to suggest instead.
const WEAK_OPENERS: &[(&str, &str)] = &[
    ("helped", "Built, Shipped or Improved"),
    ("worked on", "Built, Rebuilt or Delivered"),
    ("responsible for", "Owned, Led or Ran"),
    ("assisted", "Built, Supported or Delivered"),
    ("participated in", "Contributed to, Built or Led"),
    ("was involved in", "Built, Designed or Delivered"),
    ("tasked with", "Built, Delivered or Led"),
    ("duties included", "Ran, Owned or Maintained"),
];

/// What the empty-answer note says, per rung.
const EMPTY: &[(Rung, &str)] = &[
    (Rung::Task, "empty: start with what you built or changed"),
    (
        Rung::Tools,
        "empty: name the languages or frameworks you used",
    ),
    (
        Rung::Stack,
        "empty: name the data stores or infrastructure around it",
    ),
    (
        Rung::Method,
        "empty: say how you did it, or what you replaced",
    ),
    (
        Rung::Metric,
        "empty: a measured result makes the bullet believable",
    ),
];

/// The notes for one rung's answer, most important first.
pub fn notes(rung: Rung, answer: &str) -> Vec<Note> {
    let answer = answer.trim();
    if answer.is_empty() {
        let message = EMPTY
            .iter()
            .find(|(r, _)| *r == rung)
            .map_or("empty", |(_, m)| m);
        return vec![Note::new(Level::Hint, message)];
    }
    let mut out = Vec::new();
    if rung == Rung::Task {
        out.extend(weak_opener(answer));
    }
    if rung == Rung::Metric && !answer.chars().any(|c| c.is_ascii_digit()) {
        out.push(Note::new(
            Level::Warning,
            "no number yet: a before and after makes it believable",
        ));
    }
    out
}

fn weak_opener(answer: &str) -> Option<Note> {
    let lower = answer.to_lowercase();
    WEAK_OPENERS.iter().find_map(|(weak, strong)| {
        let rest = lower.strip_prefix(weak)?;
        let at_word_end = rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric());
        at_word_end.then(|| {
            Note::new(
                Level::Warning,
                format!("\"{weak}\" is a weak opener: try a strong verb such as {strong}"),
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_answer_gets_a_hint_on_every_rung() {
        for rung in Rung::ALL {
            let n = notes(rung, "   ");
            assert_eq!(n.len(), 1, "{rung}");
            assert_eq!(n[0].level, Level::Hint);
            assert!(n[0].message.starts_with("empty"), "{rung}");
        }
    }

    #[test]
    fn weak_openers_are_flagged_on_the_task_rung() {
        let cases = [
            ("Helped migrate the billing service", true),
            ("worked on the search page", true),
            ("Responsible for the payments API", true),
            ("Assisted the team with releases", true),
            ("Participated in the redesign", true),
            ("Was involved in the data migration", true),
            ("Tasked with cutting costs", true),
            ("Duties included on-call", true),
            ("Helpedesk rebuild", false),
            ("Rebuilt the invoice export service", false),
            ("Built a tool that helped support", false),
        ];
        for (answer, weak) in cases {
            let got = notes(Rung::Task, answer);
            assert_eq!(!got.is_empty(), weak, "{answer}: {got:?}");
            if weak {
                assert_eq!(got[0].level, Level::Warning);
                assert!(got[0].message.contains("strong verb"), "{answer}");
            }
        }
    }

    #[test]
    fn weak_opener_only_matters_on_the_task_rung() {
        assert!(notes(Rung::Method, "helped by pairing with QA").is_empty());
    }

    #[test]
    fn metric_without_a_digit_asks_for_a_number() {
        let got = notes(Rung::Metric, "made exports much faster");
        assert_eq!(got.len(), 1);
        assert!(got[0].message.starts_with("no number yet"));
        assert!(notes(Rung::Metric, "Cut export time from 40 min to 6 min").is_empty());
    }
}
