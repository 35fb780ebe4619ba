//! Realisation: each answer written into the form its place in a sentence needs, whatever shape
//! it was typed in (see [`crate::ladder::shape`]).
//!
//! - task, as the head of a sentence: a finite clause (`Rebuilt X`, `Lead X`); after `by` in
//!   impact-first: an -ing phrase (`rebuilding X`).
//! - method: an -ing phrase or a prepositional phrase after a comma (`streaming rows ...`,
//!   `through a queue`); a noun phrase gets `using`.
//! - metric: a past-tense clause (`Improved throughput 3x`); a noun phrase gets `Achieved`; a bare
//!   measurement gets the metric helper's verb; a figure with nothing it measures (`by 30%`) is
//!   left out until the helper's `what` says what changed.

mod metric;

pub use metric::metric_clause;

use crate::ladder::shape::{Shape, adverbs_before_verb, is_ing_noun, read, starts_with_figure};
use crate::ladder::verbs::{
    DETERMINERS, Form, convert_opening, form_of, inflect, lower_determiner,
};

/// Nouns made from verbs, for a task typed as a noun phrase: `Design and development of X`.
const NOMINALS: &[(&str, &str)] = &[
    ("administration", "administer"),
    ("analysis", "analyse"),
    ("automation", "automate"),
    ("build", "build"),
    ("configuration", "configure"),
    ("consolidation", "consolidate"),
    ("construction", "construct"),
    ("coordination", "coordinate"),
    ("creation", "create"),
    ("delivery", "deliver"),
    ("deployment", "deploy"),
    ("design", "design"),
    ("development", "develop"),
    ("documentation", "document"),
    ("enhancement", "enhance"),
    ("evaluation", "evaluate"),
    ("execution", "execute"),
    ("expansion", "expand"),
    ("implementation", "implement"),
    ("improvement", "improve"),
    ("integration", "integrate"),
    ("introduction", "introduce"),
    ("launch", "launch"),
    ("maintenance", "maintain"),
    ("management", "manage"),
    ("migration", "migrate"),
    ("move", "move"),
    ("transition", "transition"),
    ("modernisation", "modernise"),
    ("modernization", "modernize"),
    ("monitoring", "monitor"),
    ("optimisation", "optimise"),
    ("optimization", "optimize"),
    ("organisation", "organise"),
    ("organization", "organize"),
    ("oversight", "oversee"),
    ("planning", "plan"),
    ("preparation", "prepare"),
    ("redesign", "redesign"),
    ("refactoring", "refactor"),
    ("reduction", "reduce"),
    ("research", "research"),
    ("review", "review"),
    ("rewrite", "rewrite"),
    ("rollout", "roll out"),
    ("setup", "set up"),
    ("supervision", "supervise"),
    ("support", "support"),
    ("testing", "test"),
    ("training", "train"),
    ("upgrade", "upgrade"),
];

/// The task as the head of a sentence: a finite clause, not yet capitalised.
pub fn task_clause(answer: &str) -> String {
    let reading = read(answer);
    if !has_words(answer) {
        return answer.to_string();
    }
    match reading.shape {
        Shape::Ing if is_ing_noun(&reading.text) => noun_task(&reading.text, Form::Past),
        Shape::Clause(_) => lower_first_verb(&reading.text),
        Shape::SubjectClause => reading.text,
        Shape::Ing | Shape::Infinitive => to_form(&reading.text, Form::Past),
        Shape::Prep(p) if p == "by" => to_form(after_first_word(&reading.text), Form::Past),
        Shape::Prep(_) => format!("worked {}", reading.text),
        _ => noun_task(&reading.text, Form::Past),
    }
}

/// The task after `by` in impact-first: an -ing phrase.
pub fn task_gerund(answer: &str) -> String {
    let reading = read(answer);
    if !has_words(answer) {
        return answer.to_string();
    }
    match reading.shape {
        Shape::Ing if is_ing_noun(&reading.text) => noun_task(&reading.text, Form::Ing),
        Shape::Clause(_) | Shape::Infinitive => to_form(&reading.text, Form::Ing),
        Shape::Ing => lower_first_verb(&reading.text),
        Shape::Prep(p) if p == "by" => to_form(after_first_word(&reading.text), Form::Ing),
        Shape::Prep(_) => format!("working {}", reading.text),
        _ => noun_task(&reading.text, Form::Ing),
    }
}

/// A task typed as a noun phrase, given a verb: `Design and development of X` -> `designed and
/// developed X`; otherwise `delivered` (`delivering`) and, for a short singular name with no
/// article, `the`: `Kubernetes migration` -> `delivered the Kubernetes migration`.
fn noun_task(text: &str, form: Form) -> String {
    if let Some(verbs) = nominal(text, form) {
        return verbs;
    }
    let verb = if form == Form::Ing {
        "delivering"
    } else {
        "delivered"
    };
    let words: Vec<&str> = text.split(' ').collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let last = words.last().copied().unwrap_or_default();
    let plural = last.ends_with('s')
        && !last.ends_with("ss")
        && !last.chars().all(|c| c.is_uppercase() || c == 's');
    let needs_article = words.len() <= 4
        && !DETERMINERS.contains(&first.as_str())
        && !starts_with_figure(&first)
        && !plural
        && !words
            .iter()
            .skip(1)
            .any(|w| ["for", "of", "in", "on", "to", "with", "at", "from"].contains(w));
    let text = lower_common_word(&lower_determiner(text));
    if needs_article {
        format!("{verb} the {text}")
    } else {
        format!("{verb} {text}")
    }
}

/// The method after a comma: an -ing phrase, or a phrase with its own preposition. A `by`
/// phrase keeps its `by` unless the sentence already has one (`impact_first`).
pub fn method_phrase(answer: &str, impact_first: bool) -> String {
    let reading = read(answer);
    if !has_words(answer) {
        return answer.to_string();
    }
    match &reading.shape {
        Shape::Prep(p) if p == "by" && !impact_first => {
            let rest = after_first_word(&reading.text);
            match read(rest).shape {
                Shape::Ing => format!("by {}", lower_first_verb(rest)),
                Shape::Clause(_) => format!("by {}", to_form(rest, Form::Ing)),
                _ => format!("using {}", lower_determiner(rest)),
            }
        }
        Shape::Ing => lower_first_verb(&reading.text),
        Shape::Clause(_) => to_form(&reading.text, Form::Ing),
        Shape::Infinitive => format!("to {}", reading.text),
        Shape::Prep(p) if p == "by" => {
            let rest = after_first_word(&reading.text);
            match read(rest).shape {
                Shape::Ing => lower_first_verb(rest),
                Shape::Clause(_) => to_form(rest, Form::Ing),
                _ => format!("using {}", lower_determiner(rest)),
            }
        }
        Shape::Prep(_) | Shape::Amount | Shape::Measurement(_) => lower_connector(&reading.text),
        Shape::SubjectClause => format!("where {}", lower_determiner(&reading.text)),
        Shape::Noun => format!("using {}", lower_determiner(&reading.text)),
    }
}
/// A noun phrase made of verb nouns: `Design and development of X` -> `designed and developed X`.
fn nominal(text: &str, form: Form) -> Option<String> {
    let lower = text.to_lowercase();
    let moves = [
        "migration",
        "move",
        "upgrade",
        "expansion",
        "rollout",
        "transition",
    ];
    let (head, rest) = match lower.split_once(" of ") {
        Some((h, _)) => (h, &text[h.len() + 4..]),
        None => {
            let (h, _) = [" to ", " into ", " across "]
                .iter()
                .find_map(|p| lower.split_once(p))?;
            if !moves.contains(&h.trim_start_matches("the ")) {
                return None;
            }
            (h, &text[h.len() + 1..])
        }
    };
    let head = head.trim_start_matches("the ").trim_start_matches("a ");
    let mut out = Vec::new();
    for word in head.split(' ') {
        if ["and", "&", ","].contains(&word) {
            out.push("and".to_string());
            continue;
        }
        let word = word.trim_end_matches(',');
        if form_of(word) == Some(Form::Ing) {
            out.push(inflect(word, form)?);
            continue;
        }
        let (_, base) = NOMINALS.iter().find(|(n, _)| *n == word)?;
        let (verb, particle) = base.split_once(' ').unwrap_or((base, ""));
        let mut v = inflect(verb, form)?;
        if !particle.is_empty() {
            v = format!("{v} {particle}");
        }
        out.push(v);
    }
    Some(format!("{} {}", out.join(" "), rest.trim()))
}

/// True when the text has a letter or digit and opens in the Latin script: marks alone, and
/// answers in other scripts (`東京の倉庫...`), are placed as typed, since the verb table and the
/// words assembly adds are English.
fn has_words(text: &str) -> bool {
    let latin = |c: char| c.is_ascii() || ('\u{00C0}'..'\u{0250}').contains(&c);
    let first_letter = text.chars().find(|c| c.is_alphabetic());
    text.chars().any(char::is_alphanumeric) && first_letter.is_none_or(latin)
}

/// Lower-cases a first word that is only capitalised because it opened the answer and is an
/// ordinary English word (`Search relevance` -> `search relevance`); names stay as typed.
fn lower_common_word(text: &str) -> String {
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    let mut chars = first.chars();
    let simple = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    if !simple || form_of(first).is_none() || super::groups::is_known_name(first) {
        return text.to_string();
    }
    let sep = if rest.is_empty() { "" } else { " " };
    format!("{}{sep}{rest}", first.to_lowercase())
}

/// The text after its first word: `by batching` -> `batching`.
fn after_first_word(text: &str) -> &str {
    text.split_once(' ').map_or("", |(_, rest)| rest)
}

/// The phrase with its opening verb(s) in `form`, after any adverbs in front
/// (`successfully migrated` -> `successfully migrating`); as written when no verb opens it.
fn to_form(text: &str, form: Form) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let at = adverbs_before_verb(&words);
    let (adverbs, rest) = (words[..at].join(" "), words[at..].join(" "));
    match convert_opening(&rest, form) {
        Some(converted) if adverbs.is_empty() => converted,
        Some(converted) => format!("{} {converted}", adverbs.to_lowercase()),
        None => text.to_string(),
    }
}

/// Lower-cases the first word when it is a verb (`Improving X` -> `improving X`), since it now
/// sits mid-sentence or takes the capital later.
pub(super) fn lower_first_verb(text: &str) -> String {
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    if form_of(first).is_none() {
        return text.to_string();
    }
    let sep = if rest.is_empty() { "" } else { " " };
    format!("{}{sep}{rest}", first.to_lowercase())
}

/// Lower-cases an opening preposition: `Through a queue` -> `through a queue`.
fn lower_connector(text: &str) -> String {
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    if first.chars().skip(1).any(char::is_uppercase) || first.len() > 12 {
        return text.to_string();
    }
    let sep = if rest.is_empty() { "" } else { " " };
    format!("{}{sep}{rest}", first.to_lowercase())
}
