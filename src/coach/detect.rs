//! Rung detection: which rungs a free-text bullet already climbs, its level, and the next
//! question to ask.
//!
//! - task: the bullet opens with an action (a verb in any tense or mood, "Perform code reviews"
//!   included, or a duty phrase, which the weak-opener rule then notes); a noun phrase ("Design
//!   and development of ...", "Architect of ...", "Lead developer on ...") is not one;
//! - tools / stack: a technology from the taxonomy, by its category; client platforms (iOS,
//!   Android, Windows desktops) are neither;
//! - method: a named technique (caching, sharding, serverless, property-based testing...), a
//!   how-clause ("by batching", "through batched requests", "via batching", "instead of",
//!   "replacing X with Y", ", switching to ..."), or a move from one technology or approach to
//!   another ("migrated X from A to B", "replaced A with B", "converted the scripts into Celery
//!   tasks"). Not method: "using Go" or "via Jenkins" (tools), a purpose clause (", ensuring
//!   ..."), "from 40 min to 6 min", or a new version of the same thing ("from Python 2.7 to
//!   Python 3.11", "from Red Hat 6 to 7");
//! - metric: a real quantity (see [`super::quantity`]).
//!
//! The level is how many rungs a bullet has, wherever they are; the next question is the
//! missing rung that would add most (see [`Detection::next`]).

use std::ops::Range;

use serde::Serialize;

use super::analysis::{Analysis, Opening};
use super::rules::RuleSet;
use super::text::Words;
use crate::ladder::Rung;

/// Which rungs a bullet has, with the spans that showed them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Detection {
    /// The bullet opens with an action: a verb or a duty phrase.
    pub task: bool,
    /// It names a technology the taxonomy files under the tools rung.
    pub tools: bool,
    /// It names a technology the taxonomy files under the stack rung.
    pub stack: bool,
    /// It says how the work was done: a technique, a how-clause or a move between technologies.
    pub method: bool,
    /// It states a real quantity: a number with a unit, a percentage, money, a count...
    pub metric: bool,
    /// Where the method was found (the technique or the how-clause's first word).
    #[serde(skip)]
    pub method_span: Option<Range<usize>>,
}

impl Detection {
    /// Whether one rung is present.
    pub fn has(&self, rung: Rung) -> bool {
        match rung {
            Rung::Task => self.task,
            Rung::Tools => self.tools,
            Rung::Stack => self.stack,
            Rung::Method => self.method,
            Rung::Metric => self.metric,
        }
    }

    /// The five rungs, bottom to top.
    pub fn cells(&self) -> [bool; 5] {
        Rung::ALL.map(|r| self.has(r))
    }

    /// How many rungs the bullet has (0..=5), wherever they are on the ladder: a bullet with a
    /// method and a measured result but no named tool is strong, not level 1.
    pub fn level(&self) -> u8 {
        Rung::ALL.iter().filter(|r| self.has(**r)).count() as u8
    }

    /// The rung to ask about next: the missing one that would add most. A bullet that does not
    /// open with an action needs that first; then a result (the number is what makes a reader
    /// believe the rest); then, when no technology is named at all, what was used; then how it
    /// was done; then the remaining tools or stack. An infrastructure bullet that names its
    /// stack is asked for its result and method, not "What did you use?".
    pub fn next(&self) -> Option<Rung> {
        let names_any = self.tools || self.stack;
        let order: [(Rung, bool); 6] = [
            (Rung::Task, !self.task),
            (Rung::Metric, !self.metric),
            (Rung::Tools, !names_any),
            (Rung::Method, !self.method),
            (Rung::Tools, !self.tools),
            (Rung::Stack, !self.stack),
        ];
        order
            .into_iter()
            .find(|(_, missing)| *missing)
            .map(|(r, _)| r)
    }
}

/// Detects the rungs of an analysed text.
pub fn detect(a: &Analysis, set: &RuleSet) -> Detection {
    let opens_with_duty = set
        .rules
        .iter()
        .filter_map(|r| match &r.kind {
            super::rules::Kind::Opener { phrases, .. } => Some(phrases),
            _ => None,
        })
        .any(|p| {
            p.find(a.text())
                .is_some_and(|m| Some(m.span.start) == a.words.spans.first().map(|s| s.start))
        });
    let method_span = method_span(a, set);
    Detection {
        task: opens_with_duty || a.opening != Opening::NotVerb,
        tools: a
            .techs
            .iter()
            .any(|t| super::taxonomy::taxonomy().tech(t.tech).category.rung() == Some(Rung::Tools)),
        stack: a
            .techs
            .iter()
            .any(|t| super::taxonomy::taxonomy().tech(t.tech).category.rung() == Some(Rung::Stack)),
        method: method_span.is_some(),
        metric: !a.quantities.is_empty(),
        method_span,
    }
}

/// Where the text says how the work was done, if it does.
pub fn method_span(a: &Analysis, set: &RuleSet) -> Option<Range<usize>> {
    let m = &set.method;
    let text = a.text();
    let w = &a.words;
    let inside_tech = |s: &Range<usize>| {
        a.techs
            .iter()
            .any(|t| t.span.start <= s.start && s.end <= t.span.end)
    };
    let mut best: Option<Range<usize>> = None;
    let mut consider = |s: Range<usize>| {
        if best.as_ref().is_none_or(|b| s.start < b.start) {
            best = Some(s);
        }
    };
    if let Some(t) = m.techniques.find_iter(text).find(|t| !inside_tech(&t.span)) {
        consider(t.span);
    }
    if let Some(p) = m.how_phrases.find(text) {
        consider(p.span);
    }
    for i in 0..w.len() {
        let lw = w.lower(i);
        if m.how_words.contains(lw) && i + 1 < w.len() {
            let mut j = i + 1;
            if w.lower(j).ends_with("ly") && j + 1 < w.len() {
                j += 1;
            }
            let next = w.lower(j);
            let ok = match lw {
                "by" => is_gerund(next) && next != "during",
                // "via batching" says how; "via Jenkins", "via email", "via best practices" do not.
                "via" => is_gerund(next) && !m.result_gerunds.contains(next),
                // "through batched requests" says how; "through Jenkins" or "through 2023" not.
                _ => !next.as_bytes()[0].is_ascii_digit() && !names_tech_at(a, j),
            };
            if ok {
                consider(w.spans[i].start..w.spans[j].end);
                break;
            }
        }
        if i > 0 && is_gerund(lw) && !m.result_gerunds.contains(lw) && !m.noun_gerunds.contains(lw)
        {
            let gap = &text[w.spans[i - 1].end..w.spans[i].start];
            if gap.contains([',', ';', '\u{2014}']) {
                consider(w.spans[i].clone());
                break;
            }
        }
    }
    if let Some(i) = replaced_with(w) {
        consider(w.spans[i].clone());
    }
    if let Some(s) = migration_span(a, set) {
        consider(s);
    }
    best
}

/// A move from one technology or approach to another: "migrated X from A to B", "the migration
/// from A", "switched from A to B", "converted the scripts into Celery tasks". Not a range of
/// numbers ("from 40 min to 6 min"), not a new version of the same thing ("from Python 2.7 to
/// Python 3.11", "from Red Hat 6 to 7"), and not a move nobody chose ("from design to launch":
/// a move word has to come first).
pub fn migration_span(a: &Analysis, set: &RuleSet) -> Option<Range<usize>> {
    let m = &set.method;
    let w = &a.words;
    let text = a.text();
    let cues: Vec<usize> = m
        .move_words
        .find_iter(text)
        .filter_map(|p| w.word_at(p.span.start))
        .collect();
    if cues.is_empty() {
        return None;
    }
    let converts: Vec<usize> = m
        .convert_words
        .find_iter(text)
        .filter_map(|p| w.word_at(p.span.start))
        .collect();
    let is_convert = |i: usize| converts.contains(&i);
    // The words of a clause: up to a sentence or clause break.
    let clause_end = |from: usize| {
        (from..w.len())
            .find(|&j| {
                j + 1 < w.len() && text[w.spans[j].end..w.spans[j + 1].start].contains(['.', ';'])
            })
            .map_or(w.len(), |j| j + 1)
    };
    let techs_in = |r: Range<usize>| -> Vec<usize> {
        a.techs
            .iter()
            .filter(|t| {
                r.start < w.len()
                    && t.span.start >= w.spans[r.start].start
                    && r.end > 0
                    && t.span.end <= w.spans[r.end - 1].end
            })
            .map(|t| t.tech)
            .collect()
    };
    let numeric = |i: usize| {
        i < w.len()
            && (w.lower(i).as_bytes()[0].is_ascii_digit()
                || a.quantities
                    .iter()
                    .any(|q| q.span.start == w.spans[i].start))
    };
    for cue in cues {
        let end = clause_end(cue);
        let from = (cue + 1..end).find(|&j| w.lower(j) == "from");
        let to = (from.unwrap_or(cue) + 1..end).find(|&j| matches!(w.lower(j), "to" | "into"));
        let not_a_move = |f: usize| {
            f + 1 >= end
                || numeric(f + 1)
                || m.not_moves.contains(w.lower(f + 1))
                || (f + 2 < end && m.not_moves.contains(w.lower(f + 2)))
        };
        match (from, to) {
            (Some(f), _) if not_a_move(f) => continue,
            (Some(f), Some(t)) => {
                if numeric(t + 1) || t + 1 >= end {
                    continue;
                }
                let old = techs_in(f + 1..t);
                let new = techs_in(t + 1..end);
                if old.iter().any(|o| new.contains(o)) {
                    continue; // a new version of the same thing
                }
                return Some(w.spans[cue].start..w.spans[t].end);
            }
            (Some(f), None) => return Some(w.spans[cue].start..w.spans[f].end),
            (None, Some(t)) if is_convert(cue) && t + 1 < end => {
                // "Converted the cron scripts into Celery tasks": a name on either side of
                // "into", not in what follows the new thing ("to ES2015 with Babel").
                let new_end = (t + 1..end)
                    .find(|&j| matches!(w.lower(j), "with" | "using" | "via" | "in" | "on" | "for"))
                    .unwrap_or(end);
                let named =
                    !techs_in(cue + 1..t).is_empty() || !techs_in(t + 1..new_end).is_empty();
                if named && !numeric(t + 1) {
                    return Some(w.spans[cue].start..w.spans[t].end);
                }
            }
            _ => {}
        }
    }
    None
}

/// True when word `j` (or the word after an article at `j`) starts a technology's name.
fn names_tech_at(a: &Analysis, j: usize) -> bool {
    let w = &a.words;
    let j = if matches!(w.lower(j), "a" | "an" | "the" | "its" | "their") && j + 1 < w.len() {
        j + 1
    } else {
        j
    };
    a.techs.iter().any(|t| t.span.start == w.spans[j].start)
}

fn is_gerund(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing")
}

/// "Replaced X with Y" anywhere in the text: the swap itself is the method. Returns the index
/// of the word "replaced".
fn replaced_with(w: &Words) -> Option<usize> {
    (0..w.len()).find(|&i| {
        matches!(w.lower(i), "replaced" | "swapped" | "traded")
            && (i + 1..w.len().min(i + 12)).any(|j| matches!(w.lower(j), "with" | "by"))
    })
}
