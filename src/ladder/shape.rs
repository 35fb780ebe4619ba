//! Answer shapes: how an answer is phrased, read before it is placed in a bullet.
//!
//! People answer the same question in many forms: a clause (`moved checks into a queue`), an -ing
//! phrase (`moving checks ...`), a noun phrase (`token bucket per API key`), a `by`/`via`/`using`
//! phrase, a relative clause (`which cut ...`), a bare measurement (`AUC from 0.71 to 0.84`) or a
//! figure with no subject (`by 30%`). [`read`] takes off what a bullet never carries (`I`, `we`,
//! `which`), rewrites the adjective openers that leave a sentence without a verb
//! (`Responsible for X` -> `Owned X`), and says which shape the rest has. It never changes the
//! answer in the file; assembly shows the user what it will write (see `assemble::notes`).

use super::metric::Better;
use super::verbs::{self, Form};

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

/// A leading subject (or auxiliary after one) that a verb follows: returns it and the rest.
fn take_subject(text: &str) -> Option<(&str, &str)> {
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
fn adjective_opener(text: &str) -> Option<(&str, &str, &'static str)> {
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
fn starts_with_words(lower: &str, phrase: &str) -> bool {
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

/// True when a finite verb follows a short subject: `job runtime went from`, `build time
/// halved,`, `new VPCs come up`. A past form followed by a plain noun is an adjective
/// (`automated checks`), not a verb.
fn has_own_verb(words: &[&str]) -> bool {
    const BE: &[&str] = &["is", "are", "was", "were", "has", "have", "had"];
    // A sentence that opens with a verb has no subject of its own.
    let at = adverbs_before_verb(words);
    // A base that usually gives an order (`talk to the team`) opens a clause; one that usually
    // names a thing (`job runtime went ...`) may be a subject.
    let opens_with_verb = at > 0
        || words.first().is_some_and(|w| {
            verbs::form_of(w).is_some_and(|f| {
                f != Form::Base || !NOUN_FIRST.contains(&w.to_lowercase().as_str())
            })
        });
    if opens_with_verb && !is_ing_noun(&words.join(" ")) && !starts_ing_subject(words) {
        return false;
    }
    for i in 1..words.len().min(12) {
        let word = words[i];
        let core = word.trim_end_matches([',', '.', ';']).to_lowercase();
        if BE.contains(&core.as_str()) {
            return true;
        }
        let prev = words[i - 1].to_lowercase();
        let next = words.get(i + 1).copied().unwrap_or_default();
        let next_is_noun = starts_plain_noun(next) && verbs::form_of(next) != Some(Form::Ing);
        let after_adverb = is_adverb(&prev);
        let after_plural = prev.ends_with('s') && !prev.ends_with("ss");
        match verbs::form_of(&core) {
            Some(Form::Past) if word.ends_with(',') || !next_is_noun && next != "by" => {
                return true;
            }
            Some(Form::Base)
                if (after_plural || after_adverb) && !next_is_noun && !next.is_empty() =>
            {
                return true;
            }
            Some(Form::Third) if after_adverb && !next_is_noun && !next.is_empty() => return true,
            _ => {}
        }
        if word.ends_with(',') {
            return false;
        }
    }
    false
}

/// `Marketing now publishes ...`: an -ing noun that is the subject of a later verb.
fn starts_ing_subject(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| ING_NOUNS.contains(&w.to_lowercase().as_str()))
        && words.get(1).is_some_and(|w| is_adverb(&w.to_lowercase()))
}

/// An adverb that may stand between a subject and its verb.
fn is_adverb(word: &str) -> bool {
    [
        "now", "still", "also", "all", "finally", "then", "only", "actually", "never", "always",
    ]
    .contains(&word)
        || (word.ends_with("ly") && word.len() > 3 && !LY_ADJECTIVES.contains(&word))
}

/// Words ending in `-ly` that are adjectives, not adverbs: `monthly forecasts`.
const LY_ADJECTIVES: &[&str] = &[
    "monthly",
    "weekly",
    "daily",
    "yearly",
    "quarterly",
    "hourly",
    "nightly",
    "early",
    "friendly",
    "family",
    "early",
    "costly",
    "timely",
    "likely",
    "lovely",
    "elderly",
    "assembly",
    "supply",
    "reply",
    "apply",
    "rely",
    "fly",
    "italy",
];

/// How many words at the front are adverbs before a verb (`successfully`, `more than`,
/// `nearly`); 0 when no verb follows them.
pub fn adverbs_before_verb(words: &[&str]) -> usize {
    const ADVERBS: &[&str] = &[
        "more than",
        "nearly",
        "almost",
        "roughly",
        "about",
        "over",
        "also",
        "then",
        "further",
        "only",
        "quickly",
        "single-handedly",
        "personally",
        "jointly",
    ];
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut at = 0;
    while at < lower.len().saturating_sub(1) && at < 3 {
        let two = lower.get(at + 1).map(|n| format!("{} {n}", lower[at]));
        let step = if two.as_deref().is_some_and(|t| ADVERBS.contains(&t)) {
            2
        } else if ADVERBS.contains(&lower[at].as_str())
            || (lower[at].ends_with("ly")
                && lower[at].len() > 3
                && !LY_ADJECTIVES.contains(&lower[at].as_str())
                && verbs::form_of(&lower[at]).is_none())
        {
            1
        } else {
            break;
        };
        at += step;
    }
    let verb_follows = words
        .get(at)
        .is_some_and(|w| verbs::form_of(w).is_some_and(|f| f != Form::Base));
    if at > 0 && verb_follows { at } else { 0 }
}

/// Bases that are mostly adjectives where an answer opens with them: `short daily quizzes`.
const ADJECTIVE_FIRST: &[&str] = &[
    "short", "long", "clean", "clear", "open", "close", "free", "slow", "fast", "quiet", "empty",
    "dry", "warm", "cool", "light", "direct", "double", "single", "complete", "perfect", "secure",
    "separate", "live", "smooth", "even", "equal", "tight", "loose", "narrow", "wide", "low",
    "high", "busy", "ready", "weekly", "daily", "monthly", "nightly", "fresh", "flat", "simple",
];

/// Bases that open noun phrases in answers more often than they give orders: `Order history
/// API`, `Search relevance tuning`, `Lead engineer for payments`.
const NOUN_FIRST: &[&str] = &[
    "account",
    "budget",
    "build",
    "campaign",
    "case",
    "change",
    "code",
    "content",
    "cost",
    "customer",
    "data",
    "design",
    "email",
    "event",
    "feature",
    "file",
    "form",
    "lead",
    "log",
    "model",
    "network",
    "order",
    "page",
    "payment",
    "plan",
    "price",
    "process",
    "product",
    "program",
    "programme",
    "project",
    "query",
    "quality",
    "record",
    "release",
    "report",
    "request",
    "research",
    "review",
    "sale",
    "schedule",
    "search",
    "security",
    "service",
    "shift",
    "site",
    "staff",
    "stock",
    "store",
    "support",
    "system",
    "team",
    "test",
    "ticket",
    "training",
    "update",
    "user",
    "cache",
    "disaster",
    "state",
    "stream",
    "queue",
    "route",
    "score",
    "risk",
    "job",
    "fuel",
    "time",
    "churn",
    "click",
    "call",
    "visit",
    "view",
    "return",
    "claim",
    "wait",
    "output",
    "input",
    "waste",
    "mean",
    "average",
    "total",
    "median",
    "load",
    "spend",
    "response",
    "traffic",
    "error",
    "deploy",
    "signup",
    "sign",
    "usage",
    "trade",
    "sale",
    "visitor",
];

/// True when a base form at the front acts as a verb: not a noun followed by another noun
/// (`Order history API`, `Design system work`).
fn base_acts(verb: &str, rest: &[&str]) -> bool {
    if !NOUN_FIRST.contains(&verb.to_lowercase().as_str()) {
        return !rest.is_empty();
    }
    let Some(next) = rest.first() else {
        return false;
    };
    let lower = next.to_lowercase();
    if lower == "and" || lower == "&" {
        return rest
            .get(1)
            .is_some_and(|w| verbs::form_of(w) == Some(Form::Base))
            && rest.get(2).is_some_and(|w| !w.eq_ignore_ascii_case("of"));
    }
    verbs::DETERMINERS.contains(&lower.as_str())
        || ["up", "out", "down", "off", "over", "with", "to", "into"].contains(&lower.as_str())
        || next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A figure with nothing it measures: `by 30%`, `30%`, `30% faster`, `3x`, `by 2 hours`.
fn is_amount(text: &str) -> bool {
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
fn measurement(text: &str) -> Option<Measure> {
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
        if super::metric::parse_quantity(&words[..n].join(" ")).is_ok() {
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

#[cfg(test)]
mod tests;
