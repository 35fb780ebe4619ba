//! The front of an answer a bullet never carries: subjects (`I`, `my team and I`), auxiliaries
//! after them (`was able to`) and adjective openers that leave a sentence without a verb
//! (`Responsible for`).

use crate::ladder::verbs::{self, Form};

/// Subjects a bullet never carries, longest first; taken off when a verb follows.
const SUBJECTS: &[&str] = &[
    "my team and i",
    "the team and i",
    "our team and i",
    "i and my team",
    "me and my team",
    "together we",
    "i personally",
    "i",
    "we",
    "it",
    "this",
    "that",
    "which",
    "who",
    "these",
    "they",
];

/// Auxiliaries between a subject and its verb: `I have built`, `we were able to`.
const AUXILIARIES: &[&str] = &[
    "was able to",
    "were able to",
    "managed to",
    "helped to",
    "have",
    "has",
    "had",
    "was",
    "were",
    "am",
    "also",
    "then",
    "successfully",
];

/// Openers that leave a sentence without a verb, with the past-tense verb that replaces them
/// when what follows is a noun phrase. When what follows opens with an -ing verb, the opener is
/// simply dropped (`Responsible for migrating X` -> `Migrated X`).
const ADJECTIVE_OPENERS: &[(&str, &str)] = &[
    ("was responsible for", "owned"),
    ("responsible for", "owned"),
    ("in charge of", "ran"),
    ("accountable for", "owned"),
    ("ownership of", "owned"),
    ("tasked with", "handled"),
    ("charged with", "handled"),
    ("involved in", "took part in"),
    ("involvement in", "took part in"),
    ("part of", "took part in"),
    ("member of", "worked in"),
    ("duties included", "handled"),
    ("experience with", "worked with"),
    ("experience in", "worked in"),
];

/// A leading subject (or auxiliary after one) that a verb follows: returns it and the rest.
pub(super) fn take_subject(text: &str) -> Option<(&str, &str)> {
    let lower = text.to_lowercase();
    for list in [SUBJECTS, AUXILIARIES] {
        for subject in list {
            if !starts_with_words(&lower, subject) {
                continue;
            }
            let split = char_boundary_after_words(text, subject.split(' ').count())?;
            let (taken, rest) = (text[..split].trim_end(), text[split..].trim_start());
            let next = rest.split(' ').next().unwrap_or_default();
            let verb_follows = verbs::form_of(next)
                .is_some_and(|f| f != Form::Base || !verbs::base_is_noun_too(next))
                || take_subject(rest).is_some()
                || adjective_opener(rest).is_some();
            // `I` and `we` always go; `it`, `this`, `which`... only before a verb.
            let always = [
                "i",
                "we",
                "my team and i",
                "the team and i",
                "our team and i",
            ]
            .contains(subject);
            if verb_follows || (always && !rest.is_empty()) {
                return Some((taken, rest));
            }
        }
    }
    None
}

/// The adjective opener at the front of `text`, with the rest and its replacement verbs.
pub(super) fn adjective_opener(text: &str) -> Option<(&str, &str, &'static str)> {
    let lower = text.to_lowercase();
    ADJECTIVE_OPENERS.iter().find_map(|(opener, past)| {
        if !starts_with_words(&lower, opener) {
            return None;
        }
        let split = char_boundary_after_words(text, opener.split(' ').count())?;
        let rest = text[split..].trim_start();
        (!rest.is_empty()).then(|| (text[..split].trim_end(), rest, *past))
    })
}

/// True when `lower` opens with `phrase` as whole words.
pub(super) fn starts_with_words(lower: &str, phrase: &str) -> bool {
    lower
        .strip_prefix(phrase)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// The byte index just after the first `n` space-separated words of `text`.
fn char_boundary_after_words(text: &str, n: usize) -> Option<usize> {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if c == ' ' {
            seen += 1;
            if seen == n {
                return Some(i);
            }
        }
    }
    (seen + 1 == n).then_some(text.len())
}
