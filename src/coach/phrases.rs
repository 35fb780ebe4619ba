//! Case-insensitive, word-boundary phrase lists, matched in one Aho-Corasick pass.
//! A phrase ending in `*` matches any ending: `cach*` finds cache, caching and cached.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::text::{is_word_byte, on_word_boundary};

/// A compiled phrase list.
#[derive(Debug)]
pub struct PhraseSet {
    matcher: AhoCorasick,
    prefix: Vec<bool>,
}

/// One phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Index of the phrase in the list it was built from.
    pub phrase: usize,
    /// Byte span in the text (to the end of the word for `*` phrases).
    pub span: Range<usize>,
}

impl PhraseSet {
    /// Compiles a list of phrases.
    pub fn new(phrases: &[String]) -> Result<PhraseSet, String> {
        let prefix = phrases.iter().map(|p| p.ends_with('*')).collect();
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrases.iter().map(|p| p.trim_end_matches('*')))
            .map_err(|e| e.to_string())?;
        Ok(PhraseSet { matcher, prefix })
    }

    /// Every phrase in `text`, left to right, on word boundaries.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = PhraseMatch> + 't {
        let bytes = text.as_bytes();
        self.matcher.find_iter(text).filter_map(move |m| {
            let phrase = m.pattern().as_usize();
            let mut span = m.start()..m.end();
            if self.prefix[phrase] {
                while span.end < bytes.len() && is_word_byte(bytes[span.end]) {
                    span.end += 1;
                }
            }
            on_word_boundary(bytes, &span).then_some(PhraseMatch { phrase, span })
        })
    }

    /// The first phrase in `text`, if any.
    pub fn find(&self, text: &str) -> Option<PhraseMatch> {
        self.find_iter(text).next()
    }
}
