//! One pass over a text: a lowercase copy with the same byte offsets, and its words.
//!
//! Every check reads this instead of the raw text, so the per-bullet work is one allocation for
//! the lowercase copy and one for the word list, whatever the number of rules.

use std::ops::Range;

/// A text split into words, with an ASCII-lowercase copy for case-insensitive comparisons.
///
/// A word is a run of letters and digits; `'` and `-` join two such runs ("on-call", "32-bit"),
/// and `.` or `,` join two runs of digits ("2,000", "3.5").
#[derive(Debug, Clone)]
pub struct Words<'a> {
    /// The text as given.
    pub raw: &'a str,
    /// The text with ASCII letters lowercased; byte offsets match `raw`.
    pub lower: String,
    /// Byte ranges of the words, in order.
    pub spans: Vec<Range<usize>>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl<'a> Words<'a> {
    /// Splits `raw` into words.
    pub fn new(raw: &'a str) -> Words<'a> {
        let lower = raw.to_ascii_lowercase();
        let mut spans = Vec::with_capacity(raw.len() / 5 + 1);
        let bytes = raw.as_bytes();
        let mut start: Option<usize> = None;
        let mut iter = raw.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if is_word_char(c) {
                if start.is_none() {
                    start = Some(i);
                }
                continue;
            }
            if let Some(s) = start {
                let next = iter.peek().map(|&(_, n)| n);
                let prev = bytes[i - 1];
                let joins = match c {
                    '\'' | '-' | '\u{2019}' => next.is_some_and(is_word_char),
                    '.' | ',' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                    _ => false,
                };
                if joins {
                    continue;
                }
                spans.push(s..i);
                start = None;
            }
        }
        if let Some(s) = start {
            spans.push(s..raw.len());
        }
        Words { raw, lower, spans }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when the text has no words.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The lowercase text of word `i`.
    pub fn lower(&self, i: usize) -> &str {
        &self.lower[self.spans[i].clone()]
    }

    /// The text of word `i` as written.
    pub fn raw(&self, i: usize) -> &str {
        &self.raw[self.spans[i].clone()]
    }

    /// The index of the word that starts at byte `start`, if any.
    pub fn word_at(&self, start: usize) -> Option<usize> {
        self.spans.binary_search_by(|s| s.start.cmp(&start)).ok()
    }

    /// The index of the first word that starts at or after byte `pos`.
    pub fn first_word_from(&self, pos: usize) -> usize {
        self.spans.partition_point(|s| s.start < pos)
    }
}

/// True when `b` can be part of a word (ASCII letter or digit, or any non-ASCII byte).
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// True when `range` in `text` is not glued to letters or digits on either side.
pub fn on_word_boundary(text: &[u8], range: &Range<usize>) -> bool {
    let before = range.start == 0 || !is_word_byte(text[range.start - 1]);
    let after = range.end >= text.len() || !is_word_byte(text[range.end]);
    before && after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_hyphens_apostrophes_and_digit_groups() {
        let w = Words::new("Cut on-call pages 40% for 2,000 users (v3.5), team's 32-bit.");
        let got: Vec<&str> = (0..w.len()).map(|i| w.raw(i)).collect();
        assert_eq!(
            got,
            [
                "Cut", "on-call", "pages", "40", "for", "2,000", "users", "v3.5", "team's",
                "32-bit"
            ]
        );
    }

    #[test]
    fn lowercase_copy_keeps_offsets_with_non_ascii() {
        let w = Words::new("Café Über API");
        assert_eq!(w.lower(2), "api");
        assert_eq!(w.raw(1), "Über");
    }
}
