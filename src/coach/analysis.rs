//! Everything the checks and rung detection read about one text, computed once: words,
//! technologies, quantities, and the form of the opening verb.

use super::quantity::Quantity;
use super::rules::{RuleSet, Verbs};
use super::taxonomy::{TechMatch, taxonomy};
use super::text::Words;

/// The grammatical form of a text's first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Past tense: Built, Led, Migrated.
    Past,
    /// Present tense or base form: Build, Builds, Manages.
    Present,
    /// An -ing form: Building.
    Gerund,
    /// Not a verb: a noun, adjective or technology.
    NotVerb,
}

/// One text, analysed.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// The text split into words, with their byte spans.
    pub words: Words<'a>,
    /// Every known technology named in the text, in text order.
    pub techs: Vec<TechMatch>,
    /// Every number or amount in the text (percentages, money, counts...), in text order.
    pub quantities: Vec<Quantity>,
    /// The form of the first word (`NotVerb` for an empty text).
    pub opening: Opening,
}

impl<'a> Analysis<'a> {
    /// Analyses `text` with the given rule set's word lists.
    pub fn new(text: &'a str, rules: &RuleSet) -> Analysis<'a> {
        let words = Words::new(text);
        let techs = taxonomy().find_in(&words);
        let quantities = rules.spotter.find(&words, &techs);
        let opening = opening(&words, &techs, &rules.verbs);
        Analysis {
            words,
            techs,
            quantities,
            opening,
        }
    }

    /// The text as given.
    pub fn text(&self) -> &'a str {
        self.words.raw
    }
}

fn opening(words: &Words, techs: &[TechMatch], verbs: &Verbs) -> Opening {
    if words.is_empty()
        || techs
            .first()
            .is_some_and(|t| t.span.start == words.spans[0].start)
    {
        return Opening::NotVerb;
    }
    // "I built ..." still opens with an action; the pronoun rule speaks about the "I".
    // "Successfully migrated ..." opens with the verb after the adverb.
    let adverb = |w: &str| w.len() > 4 && w.ends_with("ly") && !verbs.base.contains(w);
    let skips_adverb = adverb(words.lower(0)) && words.len() > 1;
    let first =
        usize::from((matches!(words.lower(0), "i" | "we") && words.len() > 1) || skips_adverb);
    let w = words.lower(first);
    // "Monthly reports ..." is a noun phrase: after an adverb only a past or -ing verb counts.
    let after_adverb_ok = !skips_adverb
        || verbs.irregular.contains(w)
        || (w.len() > 3 && w.ends_with("ed"))
        || (w.len() > 4 && w.ends_with("ing"));
    if !after_adverb_ok {
        return Opening::NotVerb;
    }
    let takes_object = first + 1 < words.len() && verbs.objects.contains(words.lower(first + 1));
    if (verbs.not_verbs.contains(w) && !takes_object) || noun_phrase(words, first, verbs) {
        Opening::NotVerb
    } else if verbs.irregular.contains(w) || (w.len() > 3 && w.ends_with("ed")) {
        Opening::Past
    } else if verbs.base.contains(w) || present_base(w).is_some_and(|b| verbs.base.contains(b)) {
        Opening::Present
    } else if w.len() > 4 && w.ends_with("ing") {
        Opening::Gerund
    } else {
        Opening::NotVerb
    }
}

/// True when the first word heads a noun phrase although it could be a verb: "Architect of
/// ...", "Design and development of ...", "Lead developer on ...".
fn noun_phrase(words: &Words, first: usize, verbs: &Verbs) -> bool {
    let at = |i: usize| (i < words.len()).then(|| words.lower(i));
    let second = at(first + 1);
    second == Some("of")
        || (second == Some("and") && at(first + 3) == Some("of"))
        || second.is_some_and(|s| verbs.role_nouns.contains(s))
}

/// The base a third-person form may come from: builds -> build, manages -> manage.
fn present_base(w: &str) -> Option<&str> {
    w.strip_suffix('s')
}

/// The past tense to suggest for a present or -ing opener: "Builds" -> "Built",
/// "Manages" -> "Managed", "Building" -> "Built".
pub fn past_tense(word: &str, verbs: &Verbs) -> String {
    let lw = word.to_ascii_lowercase();
    let mut candidates: Vec<String> = vec![lw.clone()];
    if let Some(s) = lw.strip_suffix("ies") {
        candidates.push(format!("{s}y"));
    }
    if let Some(s) = lw.strip_suffix("es") {
        candidates.push(s.to_string());
    }
    if let Some(s) = lw.strip_suffix('s') {
        candidates.push(s.to_string());
    }
    if let Some(s) = lw.strip_suffix("ing") {
        candidates.push(format!("{s}e"));
        candidates.push(s.to_string());
        // A doubled last letter ("running" -> "run"), compared as characters: a byte
        // comparison would cut inside a multi-byte letter ("ꪪing").
        let mut last = s.chars().rev();
        if let (Some(a), Some(b)) = (last.next(), last.next())
            && a == b
        {
            let mut single = s.to_string();
            single.pop();
            candidates.push(single);
        }
    }
    let base = candidates
        .iter()
        .find(|c| verbs.base.contains(c.as_str()) || verbs.past_of.contains_key(c.as_str()))
        .cloned()
        .unwrap_or_else(|| candidates.last().cloned().unwrap_or_default());
    if let Some(p) = verbs.past_of.get(&base) {
        return p.clone();
    }
    let past = if base.ends_with('e') {
        format!("{base}d")
    } else if base.ends_with('y')
        && !base.ends_with("ay")
        && !base.ends_with("ey")
        && !base.ends_with("oy")
    {
        format!("{}ied", base.strip_suffix('y').unwrap_or(&base))
    } else {
        format!("{base}ed")
    };
    let mut c = past.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => past,
    }
}
