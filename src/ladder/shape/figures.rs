//! Figures in an answer: a bare amount (`by 30%`, `3x`) and a measurement with no verb
//! (`AUC from 0.71 to 0.84`, `p95 800ms -> 120ms`).

use super::Measure;
use crate::ladder::metric::Better;
use crate::ladder::verbs::{self, Form};

/// A figure with nothing it measures: `by 30%`, `30%`, `30% faster`, `3x`, `by 2 hours`.
pub(super) fn is_amount(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut rest = lower.strip_prefix("by ").unwrap_or(&lower);
    for filler in [
        "like ",
        "about ",
        "around ",
        "roughly ",
        "almost ",
        "nearly ",
        "over ",
        "up to ",
        "approximately ",
        "approx ",
    ] {
        rest = rest.strip_prefix(filler).unwrap_or(rest);
    }
    let mut words = rest.split(' ');
    let Some(figure) = words.next() else {
        return false;
    };
    if !starts_with_figure(figure) {
        return false;
    }
    let tail: Vec<&str> = words.collect();
    const COMPARATIVES: &[&str] = &[
        "faster",
        "slower",
        "more",
        "less",
        "fewer",
        "better",
        "higher",
        "lower",
        "cheaper",
        "smaller",
        "bigger",
        "improvement",
        "reduction",
        "increase",
        "decrease",
        "drop",
        "gain",
        "overall",
        "total",
    ];
    match tail.as_slice() {
        [] => true,
        [unit] if ["percent", "pts", "points", "x", "times"].contains(unit) => true,
        [word] => COMPARATIVES.contains(word),
        [unit, word] => {
            ["percent", "pts", "points", "times"].contains(unit) && COMPARATIVES.contains(word)
        }
        _ => false,
    }
}

/// True when a word is a figure: `30%`, `3x`, `$2M`, `~40`, `1.5`.
pub fn starts_with_figure(word: &str) -> bool {
    let word = word.trim_start_matches(['~', '$', '€', '£', '+', '-']);
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// A measurement with no verb: `<what> from <A> to <B> [scope]`, `<what> <A> -> <B> [scope]`,
/// `<what>: <A> to <B>`. `what` must be there and must not open with a verb.
pub(super) fn measurement(text: &str) -> Option<Measure> {
    let first = text.split(' ').next()?;
    if verbs::form_of(first).is_some_and(|f| f != Form::Base || !verbs::base_is_noun_too(first)) {
        return None;
    }
    let (what, values) = if let Some(i) = find_word(text, "from") {
        (&text[..i], &text[i + "from".len()..])
    } else {
        // `p95 800ms -> 120ms`: what is the words before the first figure.
        let idx = text
            .char_indices()
            .filter(|(i, c)| {
                *c == ' '
                    && text[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(|d| d.is_ascii_digit() || "~$€£".contains(d))
            })
            .map(|(i, _)| i)
            .next()?;
        (&text[..idx], &text[idx..])
    };
    let what = what.trim().trim_end_matches(':').trim();
    let (what, better) = match what.rsplit_once(' ') {
        Some((w, "up")) => (w, Some(Better::Higher)),
        Some((w, "down")) => (w, Some(Better::Lower)),
        _ => (what, None),
    };
    let what_has_verb = what.split(' ').any(|w| {
        matches!(verbs::form_of(w), Some(Form::Past | Form::Third))
            || ["is", "are", "was", "were"].contains(&w.to_lowercase().as_str())
    });
    if what.is_empty() || what.split(' ').count() > 6 || what_has_verb {
        return None;
    }
    let values = values.trim();
    let (before, rest) = split_arrow(values)?;
    let before = before.trim();
    if !starts_with_figure(before)
        || before.contains(',') && before.contains(", ")
        || before.split(' ').count() > 3
    {
        return None;
    }
    let rest = rest.trim();
    // The after value: the shortest run of words that reads as a quantity, then the scope.
    let words: Vec<&str> = rest.split(' ').collect();
    if !words.first().is_some_and(|w| starts_with_figure(w)) {
        return None;
    }
    const SCOPE: &[&str] = &[
        "across", "for", "in", "on", "at", "over", "with", "from", "during", "after", "before",
        "within", "among", "by", "of", "while", "and",
    ];
    let value_words = words
        .iter()
        .take_while(|w| !SCOPE.contains(&w.to_lowercase().as_str()))
        .count()
        .clamp(1, 3);
    let mut cut = 1;
    for n in (1..=value_words).rev() {
        if crate::ladder::metric::parse_quantity(&words[..n].join(" ")).is_ok() {
            cut = n;
            break;
        }
    }
    Some(Measure {
        what: what.to_string(),
        before: before.to_string(),
        after: words[..cut].join(" "),
        scope: words[cut..].join(" "),
        better,
    })
}

/// Splits `A -> B` or `A to B` (the first such joiner).
fn split_arrow(values: &str) -> Option<(&str, &str)> {
    if let Some((a, b)) = values.split_once("->") {
        return Some((a, b));
    }
    let i = find_word(values, "to")?;
    Some((&values[..i], &values[i + 2..]))
}

/// The byte index of `word` as a whole word in `text`, case-insensitively.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut at = 0;
    for part in text.split(' ') {
        if part.eq_ignore_ascii_case(word) && at > 0 {
            return Some(at);
        }
        at += part.len() + 1;
    }
    None
}
