//! A fast spotter for real quantities in free text: numbers with units, percentages,
//! multipliers, money, counts, and exact words like "doubled".
//!
//! It is deliberately stricter than the metric helper's parser: it has to decide whether a
//! bullet *states a result*, so years ("in 2019"), versions ("Python 3.11", "v2", "Angular 17"),
//! bit widths ("64-bit"), phone-like digit runs ("555-123-4567"), ordinals ("1st"), clock times
//! and "24/7" do not count. Names with digits ("S3", "p99", "k8s") are names, not quantities.

use std::collections::HashSet;
use std::ops::Range;

use serde::Deserialize;

use super::taxonomy::TechMatch;
use super::text::Words;

/// What kind of quantity was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityKind {
    /// `40%`, `12 percent`.
    Percent,
    /// `3x`, `10 times`.
    Multiplier,
    /// `$1.2M`, `€40k`.
    Money,
    /// A number with a unit: `200ms`, `3 TB`, `10M`.
    Measure,
    /// A plain count: `12 engineers`, `2,000 accounts`, `two years`.
    Count,
    /// An exact word: doubled, tripled, halved.
    Word,
}

/// One quantity in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// What sort of quantity it is: percent, money, count...
    pub kind: QuantityKind,
    /// Byte span of the number (and its attached unit or sign).
    pub span: Range<usize>,
    /// The number's value when it has one (not for words).
    pub value: Option<f64>,
}

/// The word lists the spotter needs, from the `[quantity]` table of `assets/rules.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuantityData {
    /// Units written right after a number, with or without a space (`ms`, `gb`, `k`, `req/s`...).
    pub units: Vec<String>,
    /// Words that are themselves an exact change: doubled, tripled, halved.
    pub change_words: Vec<String>,
    /// Number words that count when a noun follows: two, twelve, hundred.
    pub number_words: Vec<String>,
    /// Words before a four-digit number that make it a year: in, since, during.
    pub year_words: Vec<String>,
    /// Words before a number that make it a version: version, release, v.
    pub version_words: Vec<String>,
}

/// [`QuantityData`] as sets, for fast lookups.
#[derive(Debug)]
pub struct Spotter {
    units: HashSet<String>,
    change_words: HashSet<String>,
    number_words: HashSet<String>,
    year_words: HashSet<String>,
    version_words: HashSet<String>,
}

fn set(list: &[String]) -> HashSet<String> {
    list.iter().map(|s| s.to_ascii_lowercase()).collect()
}

const CURRENCY: &[&str] = &["$", "€", "£", "¥", "₹"];

impl Spotter {
    /// Builds the lookup sets.
    pub fn new(data: &QuantityData) -> Spotter {
        Spotter {
            units: set(&data.units),
            change_words: set(&data.change_words),
            number_words: set(&data.number_words),
            year_words: set(&data.year_words),
            version_words: set(&data.version_words),
        }
    }

    /// Every quantity in the text. `techs` are the technologies already found in it (a number
    /// right after one is a version; a number inside one is part of a name).
    pub fn find(&self, w: &Words, techs: &[TechMatch]) -> Vec<Quantity> {
        let mut out = Vec::new();
        let bytes = w.raw.as_bytes();
        let mut skip_until = 0;
        // The word index of the last number read as a version: "Red Hat 6 to 7" goes on to 7.
        let mut last_version: Option<usize> = None;
        for i in 0..w.len() {
            let span = w.spans[i].clone();
            if span.start < skip_until {
                continue;
            }
            let lw = w.lower(i);
            let next_is_word = i + 1 < w.len()
                && w.lower(i + 1)
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_alphabetic());
            if self.change_words.contains(lw) {
                out.push(Quantity {
                    kind: QuantityKind::Word,
                    span,
                    value: None,
                });
                continue;
            }
            let inside_tech = techs
                .iter()
                .any(|t| t.span.start <= span.start && span.end <= t.span.end);
            if (self.number_words.contains(lw) || lw == "zero") && next_is_word && !inside_tech {
                out.push(Quantity {
                    kind: QuantityKind::Count,
                    span,
                    value: None,
                });
                continue;
            }
            let first = lw.as_bytes()[0];
            if !first.is_ascii_digit() || inside_tech {
                continue;
            }
            // Phone-like: several digit groups adding up to seven or more digits.
            let (run_end, run_digits, groups) = digit_run(w, i);
            if groups > 1 && run_digits >= 7 {
                skip_until = run_end;
                continue;
            }
            let num_len = lw
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
                .count();
            let (num, suffix) = lw.split_at(num_len);
            if num.bytes().filter(|b| *b == b'.').count() > 1 {
                continue; // 1.2.3 is a version
            }
            let value = num.replace(',', "").parse::<f64>().ok();
            let before = if span.start > 0 {
                bytes[span.start - 1]
            } else {
                b' '
            };
            let after = bytes.get(span.end).copied().unwrap_or(b' ');
            let after2 = bytes.get(span.end + 1).copied().unwrap_or(b' ');
            if before == b'/'
                || before == b':'
                || (matches!(after, b'/' | b':') && after2.is_ascii_digit())
            {
                continue; // 24/7, 1:1, HTTP/2, 10:30
            }
            let prev = if i > 0 { Some(w.lower(i - 1)) } else { None };
            let follows_tech = i > 0
                && techs
                    .iter()
                    .any(|t| t.span.end <= span.start && t.span.end >= w.spans[i - 1].start);
            let continues_versions = i >= 2
                && last_version == Some(i - 2)
                && prev.is_some_and(|p| matches!(p, "to" | "and" | "or" | "through"));
            if follows_tech
                || prev.is_some_and(|p| self.version_words.contains(p))
                || continues_versions
                || (suffix.is_empty() && after != b'%' && names_a_version(w, i, num))
            {
                last_version = Some(i);
                continue; // Python 3.11, Angular 17, version 2, Red Hat 6 to 7, TLS 1.3
            }
            let next = if i + 1 < w.len() {
                Some(w.lower(i + 1))
            } else {
                None
            };
            let kind = if let Some(rest) = suffix.strip_prefix('-') {
                match rest {
                    "bit" => continue,
                    _ if rest.bytes().all(|b| b.is_ascii_digit() || b == b'-') => {
                        if rest.split('-').chain([num]).all(is_year) {
                            continue; // 2019-2023
                        }
                        QuantityKind::Count // 3-5 days
                    }
                    _ => QuantityKind::Count, // 200-node
                }
            } else if !suffix.is_empty() {
                if suffix == "x" {
                    QuantityKind::Multiplier
                } else if self.units.contains(suffix) && &w.raw(i)[num_len..] != "D" {
                    QuantityKind::Measure // 3d is three days; 3D is not a quantity
                } else {
                    continue; // 1st, 5g, 3d-printed
                }
            } else if CURRENCY.iter().any(|c| w.raw[..span.start].ends_with(c)) {
                QuantityKind::Money
            } else if after == b'%' || next.is_some_and(|n| n == "percent" || n == "pct") {
                QuantityKind::Percent
            } else if w.raw[span.end..].starts_with('×') || next == Some("times") {
                QuantityKind::Multiplier
            } else if next.is_some_and(|n| self.units.contains(n)) {
                QuantityKind::Measure
            } else if is_year(num)
                && (prev.is_some_and(|p| self.year_words.contains(p)) || !next_is_word)
            {
                continue;
            } else {
                QuantityKind::Count
            };
            // An attached currency symbol makes any number money ($18k).
            let kind = if CURRENCY.iter().any(|c| w.raw[..span.start].ends_with(c)) {
                QuantityKind::Money
            } else {
                kind
            };
            out.push(Quantity { kind, span, value });
        }
        out
    }
}

/// True when a decimal number names the version of the name before it, as in "TLS 1.3",
/// "OAuth 2.0" or "Web 2.0": one dot, a one-digit major version, and a name written with capitals
/// inside it (an acronym or a brand like OAuth), not a measure ("NPS 4.5 points" has a unit
/// word, checked before this).
fn names_a_version(w: &Words, i: usize, num: &str) -> bool {
    let dotted = num.bytes().filter(|b| *b == b'.').count() == 1
        && num.split('.').next().is_some_and(|major| major.len() == 1);
    if i == 0 || !dotted {
        return false;
    }
    let name = w.raw(i - 1);
    let inner_capital = name.bytes().skip(1).any(|b| b.is_ascii_uppercase());
    let next_is_rating = i + 1 < w.len()
        && matches!(
            w.lower(i + 1),
            "rating" | "score" | "stars" | "star" | "out" | "average"
        );
    inner_capital && name.bytes().all(|b| b.is_ascii_alphanumeric()) && !next_is_rating
}

/// True for a plain four-digit number that reads as a year.
fn is_year(num: &str) -> bool {
    num.len() == 4
        && num.bytes().all(|b| b.is_ascii_digit())
        && num.parse::<u32>().is_ok_and(|y| (1950..=2049).contains(&y))
}

/// From word `i`: how far a run of digit groups goes (joined by `-`, spaces, dots or brackets),
/// how many digits it has, and how many groups.
fn digit_run(w: &Words, i: usize) -> (usize, usize, usize) {
    let mut end = w.spans[i].end;
    let mut digits = 0;
    let mut groups = 0;
    let mut j = i;
    while j < w.len() {
        let word = w.lower(j);
        if !word.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            break;
        }
        if j > i {
            let gap = &w.raw[end..w.spans[j].start];
            if !gap
                .bytes()
                .all(|b| matches!(b, b' ' | b'(' | b')' | b'.' | b'-'))
                || gap.is_empty()
            {
                break;
            }
        }
        digits += word.bytes().filter(u8::is_ascii_digit).count();
        groups += word.split('-').count();
        end = w.spans[j].end;
        j += 1;
    }
    (end, digits, groups)
}
