//! Rung detection: which rungs a free-text bullet already climbs, its level, and the next
//! question to ask.
//!
//! - task: the bullet opens with an action (a verb in any tense, or a duty phrase, which the
//!   weak-opener rule then notes);
//! - tools / stack: a technology from the taxonomy, by its category;
//! - method: a named technique (caching, sharding, canary deploys...) or a how-clause ("by
//!   batching", "through", "via", "replacing X with Y", ", switching to ...", "instead of");
//!   a bare "using Go" is tools, not method;
//! - metric: a real quantity (see [`super::quantity`]).

use std::ops::Range;

use serde::Serialize;

use super::analysis::{Analysis, Opening};
use super::rules::RuleSet;
use super::text::Words;
use crate::ladder::Rung;

/// Which rungs a bullet has, with the spans that showed them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Detection {
    pub task: bool,
    pub tools: bool,
    pub stack: bool,
    pub method: bool,
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

    /// How many rungs are present in order from the bottom (0..=5), as for a draft.
    pub fn level(&self) -> u8 {
        Rung::ALL.iter().take_while(|r| self.has(**r)).count() as u8
    }

    /// The rung to ask about next: the lowest one missing.
    pub fn next(&self) -> Option<Rung> {
        Rung::ALL.into_iter().find(|r| !self.has(*r))
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
            .any(|t| super::taxonomy::taxonomy().tech(t.tech).category.rung() == Rung::Tools),
        stack: a
            .techs
            .iter()
            .any(|t| super::taxonomy::taxonomy().tech(t.tech).category.rung() == Rung::Stack),
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
            let ok = if lw == "by" {
                is_gerund(next) && next != "during"
            } else {
                !next.as_bytes()[0].is_ascii_digit()
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
    if replaced_with(w) {
        consider(w.spans[0].clone());
    }
    best
}

fn is_gerund(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing")
}

/// "Replaced X with Y": the swap itself is the method.
fn replaced_with(w: &Words) -> bool {
    !w.is_empty()
        && matches!(w.lower(0), "replaced" | "swapped" | "traded")
        && (1..w.len()).any(|i| w.lower(i) == "with")
}
