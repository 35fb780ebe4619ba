//! Verb or noun: where the verb of an answer stands (after adverbs such as `successfully`),
//! whether a base form at the front gives an order or names a thing, and whether the answer
//! has a subject of its own (`build time halved`).

use super::{ING_NOUNS, is_ing_noun, starts_plain_noun};
use crate::ladder::verbs::{self, Form};

/// True when a finite verb follows a short subject: `job runtime went from`, `build time
/// halved,`, `new VPCs come up`. A past form followed by a plain noun is an adjective
/// (`automated checks`), not a verb.
pub(super) fn has_own_verb(words: &[&str]) -> bool {
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
pub(super) const ADJECTIVE_FIRST: &[&str] = &[
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
pub(super) fn base_acts(verb: &str, rest: &[&str]) -> bool {
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
