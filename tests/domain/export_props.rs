//! Property tests for the export module's text handling, where input is any text a user can type.

use base64::Engine;
use proptest::prelude::*;
use rung::export::clipboard::{clean, osc52};
use rung::export::rendercv::{WORD_JOINER, escape};

/// Reads Markdown backslash escapes the way a Markdown renderer does.
fn unescape_markdown(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

proptest! {
    #[test]
    fn rendercv_escaping_reads_back_as_typed(text in "[ -~\u{e9}\u{1F680}]{0,60}") {
        let escaped = escape(&text);
        prop_assert_eq!(unescape_markdown(&escaped).replace(WORD_JOINER, ""), text);
    }

    #[test]
    fn rendercv_escaping_leaves_no_typst_command_or_math(text in "[ -~]{0,60}") {
        let escaped = escape(&text);
        let bytes: Vec<char> = escaped.chars().collect();
        for w in bytes.windows(2) {
            prop_assert!(!(w[0] == '#' && w[1].is_ascii_alphabetic()), "{escaped}");
            prop_assert!(!(w[0] == '$' && w[1] == '$'), "{escaped}");
        }
    }

    #[test]
    fn cleaned_text_has_no_control_characters_but_newlines(text in any::<String>()) {
        let cleaned = clean(&text);
        prop_assert!(cleaned.chars().all(|c| c == '\n' || !c.is_control()));
    }

    #[test]
    fn osc52_carries_the_text_exactly(text in any::<String>(), tmux in any::<bool>()) {
        let (seq, capped) = osc52::sequence(&text, tmux);
        prop_assert!(!capped);
        let start = seq.find("52;c;").unwrap() + 5;
        let end = seq[start..].find('\x07').unwrap() + start;
        let sent = base64::engine::general_purpose::STANDARD.decode(&seq[start..end]).unwrap();
        prop_assert_eq!(String::from_utf8(sent).unwrap(), text);
    }
}
