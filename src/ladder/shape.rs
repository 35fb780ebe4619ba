//! Answer shapes: how an answer is phrased, read before it is placed in a bullet.
//!
//! People answer the same question in many forms: a clause (`moved checks into a queue`), an -ing
//! phrase (`moving checks ...`), a noun phrase (`token bucket per API key`), a `by`/`via`/`using`
//! phrase, a relative clause (`which cut ...`), a bare measurement (`AUC from 0.71 to 0.84`) or a
//! figure with no subject (`by 30%`). [`read`] takes off what a bullet never carries (`I`, `we`,
//! `which`), rewrites the adjective openers that leave a sentence without a verb
//! (`Responsible for X` -> `Owned X`), and says which shape the rest has. It never changes the
//! answer in the file; assembly shows the user what it will write (see `assemble::notes`).

mod clause;
mod figures;
mod subject;

use super::metric::Better;
use super::verbs::{self, Form};
pub use clause::adverbs_before_verb;
use clause::{ADJECTIVE_FIRST, base_acts, has_own_verb};
pub use figures::starts_with_figure;
use figures::{is_amount, measurement};
use subject::{adjective_opener, starts_with_words, take_subject};

/// The shape of an answer, after any subject or relative pronoun has been taken off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Opens with a finite verb: `Rebuilt the API` (past), `leads the team` (present),
    /// `perform code reviews` (base).
    Clause(Form),
    /// Opens with an -ing verb: `improving throughput 3x`.
    Ing,
    /// An infinitive: `to cut latency`, with `to` taken off.
    Infinitive,
    /// Opens with a preposition that joins it to a sentence: `through a queue`, `via flags`.
    Prep(String),
    /// A measurement with no verb: `AUC from 0.71 to 0.84`, `p95 800ms -> 120ms`.
    Measurement(Measure),
    /// A figure with nothing it measures: `by 30%`, `30% faster`, `3x`.
    Amount,
    /// A clause with its own subject: `job runtime went from 5h to 45min`, `build time halved`.
    SubjectClause,
    /// Anything else: a noun phrase (`token bucket per API key`, `40% fewer tickets`).
    Noun,
}

/// The parts of a bare measurement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    /// What was measured, e.g. `AUC` (without a closing `up` or `down`).
    pub what: String,
    /// The value before, as written, e.g. `0.71`.
    pub before: String,
    /// The value after, as written, e.g. `0.84`.
    pub after: String,
    /// Any words after the after value, e.g. `across 3 services`; empty when none.
    pub scope: String,
    /// The direction the answer said (`NDCG up from ...`), when it said one.
    pub better: Option<Better>,
}

/// An answer read for assembly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Its shape.
    pub shape: Shape,
    /// The answer as it will be used: cleaned, with subjects and relative pronouns taken off and
    /// adjective openers rewritten.
    pub text: String,
}

/// Prepositions that join a phrase to a sentence as typed.
const PREPOSITIONS: &[&str] = &[
    "through",
    "via",
    "using",
    "with",
    "utilising",
    "utilizing",
    "leveraging",
    "thanks to",
    "instead of",
    "rather than",
    "in",
    "on",
    "across",
    "for",
    "at",
    "from",
    "into",
    "under",
    "over",
    "after",
    "before",
    "during",
    "without",
    "while",
    "as",
];

/// `-ing` words that usually name a thing when a plain noun follows (`billing service`,
/// `training plan`), rather than act on it.
const ING_NOUNS: &[&str] = &[
    "accounting",
    "billing",
    "building",
    "engineering",
    "funding",
    "hiring",
    "logging",
    "marketing",
    "messaging",
    "monitoring",
    "networking",
    "onboarding",
    "ordering",
    "planning",
    "pricing",
    "processing",
    "reporting",
    "scheduling",
    "shipping",
    "streaming",
    "testing",
    "ticketing",
    "training",
    "booking",
    "banking",
    "housing",
    "learning",
    "computing",
    "recruiting",
    "routing",
];

/// Reads an answer (pass it through `clean_answer` first).
pub fn read(answer: &str) -> Reading {
    let mut text = answer.trim().to_string();
    // Subjects and auxiliaries, as long as a verb follows them.
    while let Some((_, rest)) = take_subject(&text) {
        text = rest.to_string();
    }
    if let Some((_, rest, past)) = adjective_opener(&text) {
        let first = rest.split(' ').next().unwrap_or_default();
        let more = rest.contains(' ');
        text = if verbs::form_of(first) == Some(Form::Ing) && more && !is_ing_noun(rest) {
            rest.to_string()
        } else {
            format!("{past} {rest}")
        };
    }
    let shape = shape_of(&text);
    let text = match &shape {
        Shape::Infinitive => text
            .split_once(' ')
            .map_or(text.clone(), |(_, r)| r.to_string()),
        _ => text,
    };
    Reading { shape, text }
}

/// True for an -ing noun followed by a plain lower-case noun: `billing service`.
pub fn is_ing_noun(text: &str) -> bool {
    let mut words = text.split(' ');
    let first = words.next().unwrap_or_default().to_lowercase();
    let next = words.next().unwrap_or_default();
    ING_NOUNS.contains(&first.as_str()) && starts_plain_noun(next)
}

/// Words that never start a noun phrase: pronouns, particles and prepositions.
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "to", "of", "by", "up", "out", "down", "off", "it", "them", "us", "him", "her",
    "around", "about", "within", "again", "than", "more", "less", "faster", "better", "twice",
    "so", "because", "since", "until", "when", "if", "now", "there", "here", "back", "away",
];

/// A word that starts a plain noun: lower-case letters, not a determiner or a preposition.
fn starts_plain_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    !word.is_empty()
        && word.chars().next().is_some_and(char::is_lowercase)
        && !verbs::DETERMINERS.contains(&lower.as_str())
        && !PREPOSITIONS.contains(&lower.as_str())
        && !FUNCTION_WORDS.contains(&lower.as_str())
}

/// The shape of `text`, which has no subject left in front.
fn shape_of(text: &str) -> Shape {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else {
        return Shape::Noun;
    };
    let lower = first.to_lowercase();
    if is_amount(text) {
        return Shape::Amount;
    }
    if let Some(measure) = measurement(text) {
        return Shape::Measurement(measure);
    }
    if lower == "by" {
        return Shape::Prep("by".into());
    }
    if lower == "to"
        && words
            .get(1)
            .is_some_and(|w| verbs::form_of(w).is_some_and(|f| f != Form::Ing))
    {
        return Shape::Infinitive;
    }
    // `successfully migrated`, `more than doubled`: adverbs in front of the verb.
    let at = adverbs_before_verb(&words);
    let verb = words[at];
    let second = words.get(at + 1).copied().unwrap_or_default();
    if second.eq_ignore_ascii_case("of") {
        return Shape::Noun;
    }
    if has_own_verb(&words) {
        return Shape::SubjectClause;
    }
    if ADJECTIVE_FIRST.contains(&verb.to_lowercase().as_str()) {
        return Shape::Noun;
    }
    match verbs::form_of(verb) {
        Some(Form::Ing) => return Shape::Ing,
        Some(Form::Past | Form::Third) => {
            return Shape::Clause(verbs::form_of(verb).unwrap_or(Form::Past));
        }
        Some(Form::Base) if base_acts(verb, &words[at + 1..]) => return Shape::Clause(Form::Base),
        _ => {}
    }
    if let Some(prep) = PREPOSITIONS
        .iter()
        .find(|p| starts_with_words(&text.to_lowercase(), p))
    {
        return Shape::Prep((*prep).to_string());
    }
    Shape::Noun
}

#[cfg(test)]
mod tests;
