//! The rule kinds: how each one looks at an analysed text. A rule's data comes from
//! `assets/rules.toml`; this file only knows the handful of general kinds.

use std::ops::Range;

use super::analysis::{Analysis, Opening, past_tense};
use super::quantity::QuantityKind;
use super::rules::{Kind, Rule, RuleSet};
use super::taxonomy::taxonomy;
use super::text::is_word_byte;

/// Fills a message template: `{name}` is replaced by the value of `name`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in values {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// "A, B or C".
fn either(list: &[String]) -> String {
    match list {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The text that settles a finding of `rule` at `span`, when there is one sure answer: a known
/// technology written with the wrong capitals gets its own spelling.
pub fn fix_for(rule: &Rule, a: &Analysis, span: &Range<usize>) -> Option<String> {
    match rule.kind {
        Kind::TechCasing => a
            .techs
            .iter()
            .find(|t| t.span == *span)
            .map(|t| taxonomy().tech(t.tech).name.clone()),
        _ => None,
    }
}

/// Runs one text-level rule on `a`, calling `emit(span, message)` for each finding.
pub fn check(
    rule: &Rule,
    set: &RuleSet,
    a: &Analysis,
    current_role: bool,
    emit: &mut dyn FnMut(Range<usize>, String),
) {
    let text = a.text();
    let w = &a.words;
    let found = |span: &Range<usize>| text[span.clone()].to_string();
    match &rule.kind {
        Kind::Opener { openers, phrases } => {
            let Some(first) = w.spans.first() else { return };
            if let Some(m) = phrases.find(text).filter(|m| m.span.start == first.start) {
                if text.as_bytes().get(m.span.end) == Some(&b'-') {
                    return;
                }
                let suggest = either(&openers[m.phrase].suggest);
                let message = fill(
                    &rule.message,
                    &[("found", &found(&m.span)), ("suggest", &suggest)],
                );
                emit(m.span, message);
            }
        }
        Kind::VerbFirst { tense_message } => {
            let Some(first) = w.spans.first().cloned() else {
                return;
            };
            match a.opening {
                Opening::Past => {}
                Opening::Present if current_role => {}
                Opening::Present | Opening::Gerund => {
                    let word = found(&first);
                    let past = past_tense(&word, &set.verbs);
                    emit(
                        first,
                        fill(tense_message, &[("found", &word), ("suggest", &past)]),
                    );
                }
                Opening::NotVerb => emit(
                    first.clone(),
                    fill(&rule.message, &[("found", &found(&first))]),
                ),
            }
        }
        Kind::Words {
            phrases,
            unless_quantity,
        } => {
            if *unless_quantity && !a.quantities.is_empty() {
                return;
            }
            for m in phrases.find_iter(text) {
                let written = &text[m.span.clone()];
                let acronym = written.len() > 1 && written.bytes().all(|b| !b.is_ascii_lowercase());
                if !acronym {
                    emit(m.span.clone(), fill(&rule.message, &[("found", written)]));
                }
            }
        }
        Kind::Passive {
            auxiliaries,
            exempt,
        } => {
            for i in 0..w.len() {
                if !auxiliaries.contains(w.lower(i)) {
                    continue;
                }
                // "slides to be presented at the board": a purpose, nobody hides.
                if w.lower(i) == "be" && i > 0 && w.lower(i - 1) == "to" {
                    continue;
                }
                // Allow one adverb between: "was quickly rewritten".
                let mut j = i + 1;
                if j < w.len() && w.lower(j).ends_with("ly") && w.lower(j).len() > 3 {
                    j += 1;
                }
                if j >= w.len() {
                    continue;
                }
                let p = w.lower(j);
                let participle =
                    (p.len() > 3 && p.ends_with("ed")) || set.verbs.participles.contains(p);
                if participle && !exempt.contains(p) {
                    let span = w.spans[i].start..w.spans[j].end;
                    emit(
                        span.clone(),
                        fill(&rule.message, &[("found", &found(&span))]),
                    );
                }
            }
        }
        Kind::Quantified => {
            if a.quantities.is_empty() {
                let span = w
                    .spans
                    .first()
                    .map_or(0..0, |f| f.start..w.spans[w.len() - 1].end);
                emit(span, rule.message.clone());
            }
        }
        Kind::PercentBase { bases, standalone } => {
            let has_base = (0..w.len()).any(|i| bases.contains(w.lower(i))) || text.contains("->");
            let other = a.quantities.iter().any(|q| q.kind != QuantityKind::Percent);
            if has_base || other {
                return;
            }
            for q in a
                .quantities
                .iter()
                .filter(|q| q.kind == QuantityKind::Percent)
            {
                let span = q.span.start..percent_end(text, q.span.end);
                let next = w.first_word_from(span.end);
                if next < w.len() && standalone.contains(w.lower(next)) {
                    continue; // 99.95% uptime, 85% coverage
                }
                emit(
                    span.clone(),
                    fill(&rule.message, &[("found", &found(&span))]),
                );
            }
        }
        Kind::Implausible {
            max_percent,
            phrases,
        } => {
            for q in &a.quantities {
                if q.kind == QuantityKind::Percent && q.value.is_some_and(|v| v > *max_percent) {
                    let span = q.span.start..percent_end(text, q.span.end);
                    emit(
                        span.clone(),
                        fill(&rule.message, &[("found", &found(&span))]),
                    );
                }
            }
            for m in phrases.find_iter(text) {
                emit(
                    m.span.clone(),
                    fill(&rule.message, &[("found", &found(&m.span))]),
                );
            }
        }
        Kind::Length {
            max_words,
            max_chars,
        } => {
            let words = w.len();
            let chars = text.trim().chars().count();
            if words > *max_words || chars > *max_chars {
                let span = w
                    .spans
                    .first()
                    .map_or(0..0, |f| f.start..w.spans[w.len() - 1].end);
                let message = fill(
                    &rule.message,
                    &[
                        ("words", &words.to_string()),
                        ("chars", &chars.to_string()),
                        ("max_words", &max_words.to_string()),
                        ("max_chars", &max_chars.to_string()),
                    ],
                );
                emit(span, message);
            }
        }
        Kind::TechCasing => {
            for t in a
                .techs
                .iter()
                .filter(|t| !t.well_spelled && casing_matters(&text[t.span.clone()], t.tech))
            {
                let name = &taxonomy().tech(t.tech).name;
                emit(
                    t.span.clone(),
                    fill(
                        &rule.message,
                        &[("found", &found(&t.span)), ("suggest", name)],
                    ),
                );
            }
        }
        Kind::Acronym {
            allow,
            min_len,
            max_len,
        } => {
            let mut seen: Vec<&str> = Vec::new();
            for i in 0..w.len() {
                let raw = w.raw(i);
                let letters = raw.bytes().filter(u8::is_ascii_uppercase).count();
                // Words with digits are sizes or versioned names (9GB, ES2015, HTML5), not
                // acronyms a reader has to decode.
                let is_acronym = (*min_len..=*max_len).contains(&raw.len())
                    && letters >= 2
                    && raw.bytes().all(|b| b.is_ascii_uppercase() || b == b's');
                let span = w.spans[i].clone();
                // "IO" in "Socket.IO" is part of a name.
                let dotted = span.start >= 2
                    && text.as_bytes()[span.start - 1] == b'.'
                    && is_word_byte(text.as_bytes()[span.start - 2]);
                if !is_acronym
                    || dotted
                    || allow.contains(raw)
                    || raw.strip_suffix('s').is_some_and(|r| allow.contains(r))
                    || seen.contains(&raw)
                    || a.techs
                        .iter()
                        .any(|t| t.span.start <= span.start && span.end <= t.span.end)
                    || spelled_out(text, &span)
                {
                    continue;
                }
                seen.push(raw);
                emit(span, fill(&rule.message, &[("found", raw)]));
            }
        }
        Kind::Doubled { allow } => {
            for i in 1..w.len() {
                let (prev, this) = (w.lower(i - 1), w.lower(i));
                let gap = &text[w.spans[i - 1].end..w.spans[i].start];
                let letters = this.bytes().all(|b| b.is_ascii_alphabetic());
                if prev == this && letters && gap.trim().is_empty() && !allow.contains(this) {
                    let span = w.spans[i - 1].start..w.spans[i].end;
                    emit(
                        span.clone(),
                        fill(&rule.message, &[("found", &found(&span))]),
                    );
                }
            }
        }
        Kind::CapitalFirst => {
            let Some(first) = w.spans.first().cloned() else {
                return;
            };
            let word = &text[first.clone()];
            let lower_start = word.starts_with(|c: char| c.is_lowercase());
            // A name spelled in lower case ("iOS", "npm", "pandas") or with a capital inside
            // ("eBay") is written as it should be.
            let a_name = word.chars().skip(1).any(char::is_uppercase)
                || a.techs
                    .iter()
                    .any(|t| t.span.start == first.start && t.well_spelled);
            if lower_start && !a_name {
                let mut c = word.chars();
                let capital: String = c
                    .next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default();
                emit(first, fill(&rule.message, &[("suggest", &capital)]));
            }
        }
        Kind::RepeatedOpener | Kind::BulletsPerRole { .. } => {}
    }
}

/// True when a name written as `written` differs from every accepted spelling of `tech` in a
/// way a reader notices: a capital inside a word ("Javascript", "Github", "SASS") or a lower-case
/// start where the name has a capital ("python"). Capitalising a lower-case name ("Protobuf",
/// "Webpack") or the first letter of a later word ("ELK stack") is fine. A version glued to the
/// name (Vue3) is not compared.
fn casing_matters(written: &str, tech: usize) -> bool {
    let t = taxonomy().tech(tech);
    std::iter::once(&t.name).chain(&t.aliases).all(|spelling| {
        let (w, s) = (written.as_bytes(), spelling.as_bytes());
        if w.len() < s.len() || !w[..s.len()].eq_ignore_ascii_case(s) {
            return true;
        }
        (0..s.len()).any(|i| {
            if w[i] == s[i] {
                return false;
            }
            let word_start = i == 0 || !s[i - 1].is_ascii_alphanumeric();
            let capitalised = w[i].is_ascii_uppercase();
            !word_start || (i == 0 && !capitalised)
        })
    })
}

/// The end of a percentage, past its `%` sign when it has one.
fn percent_end(text: &str, end: usize) -> usize {
    if text.as_bytes().get(end) == Some(&b'%') {
        end + 1
    } else {
        end
    }
}

/// True when an acronym is explained in place: "(SLO)" after its words, or followed by "(...)".
fn spelled_out(text: &str, span: &Range<usize>) -> bool {
    let b = text.as_bytes();
    let in_parens = span.start > 0 && b[span.start - 1] == b'(' && b.get(span.end) == Some(&b')');
    let followed = text[span.end..].trim_start().starts_with('(');
    in_parens || followed
}

/// The first word of a bullet, lowercased, for the repeated-opener rule.
pub fn first_word(text: &str) -> Option<String> {
    first_word_span(text).and_then(|span| text.get(span).map(str::to_lowercase))
}

/// Where the first word of `text` is, in bytes (as typed, before any change of case: a
/// lowercased word may be longer or shorter than the original, "İ" -> "i̇").
pub fn first_word_span(text: &str) -> Option<std::ops::Range<usize>> {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = text.len() - t.len();
    let end = t
        .bytes()
        .position(|b| !is_word_byte(b) && b != b'-')
        .unwrap_or(t.len());
    (end > 0).then_some(start..start + end)
}
