//! Property tests for the export module's text handling, where input is any text a user can type.

use base64::Engine;
use proptest::prelude::*;
use rung::export::clipboard::{clean, osc52};
use rung::export::rendercv::escape;
use rung::export::{MergeMode, WorkEntry, latex, markdown, rendercv};

/// Reads RenderCV's input the way it does: Markdown backslash escapes, then the Typst
/// expressions `#str.from-unicode(N);` that print one character.
fn read_as_rendercv(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("#str.from-unicode(") {
            let close = after.find(");").unwrap();
            out.push(char::from_u32(after[..close].parse().unwrap()).unwrap());
            rest = &after[close + 2..];
        } else if c == '\\' {
            let next = rest[1..].chars().next().unwrap();
            out.push(next);
            rest = &rest[1 + next.len_utf8()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Reads Markdown's character references (`&lt;`, `&#42;`) as a renderer does.
fn read_references(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '&' {
            let end = rest.find(';').unwrap();
            let name = &rest[1..end];
            out.push(match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                n => char::from_u32(n.trim_start_matches('#').parse().unwrap()).unwrap(),
            });
            rest = &rest[end + 1..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

proptest! {
    #[test]
    fn rendercv_escaping_reads_back_as_typed(text in "[ -~\u{e9}\u{1F680}]{0,60}") {
        let escaped = escape(&text);
        prop_assert_eq!(read_as_rendercv(&escaped), text);
    }

    #[test]
    fn rendercv_escaping_leaves_no_markup_but_its_own(text in "[ -~]{0,60}") {
        let escaped = escape(&text);
        let plain = escaped.replace("#str.from-unicode(", "");
        prop_assert!(!plain.contains(" - "), "{escaped}");
        let chars: Vec<char> = plain.chars().collect();
        for w in chars.windows(2) {
            prop_assert!(!(w[0] == '#' && w[1].is_ascii_alphabetic()), "{escaped}");
            prop_assert!(!(w[0] == '$' && w[1] == '$'), "{escaped}");
            prop_assert!(!(w[0] == '-' && w[1] == '-'), "{escaped}");
            prop_assert!(!(w[0] == '.' && w[1] == '.'), "{escaped}");
        }
        prop_assert!(!plain.contains(['`', '*', '\'']), "{escaped}");
        prop_assert!(!escaped.contains('\u{2060}'), "{}", escaped);
    }

    #[test]
    fn markdown_escaping_reads_back_as_typed(text in "[ -~\u{e9}\u{1F680}]{0,60}") {
        let escaped = markdown::escape(&text);
        prop_assert!(!escaped.contains(['*', '_', '`', '[', ']', '<', '>', '|', '\\', '~']), "{escaped}");
        prop_assert_eq!(read_references(&escaped), text);
    }

    #[test]
    fn merging_into_any_file_text_never_panics(
        text in any::<String>(),
        tex in "(\\\\begin\\{document\\}|\\\\resumeSubheading|\\\\resumeItem(ListStart|ListEnd)?|\\{|\\}|%|\n| |[a-z]|\u{e9}){0,80}",
        yaml in "(cv:|sections:|experience:|- |highlights:|company: a|position: b|\n| |\u{e9}|#|\\[\\]){0,60}",
    ) {
        let work = [WorkEntry {
            company: "a".into(),
            position: "b".into(),
            start: None,
            end: None,
            current: true,
            highlights: vec!["x".into()],
        }];
        for mode in [MergeMode::Replace, MergeMode::Append] {
            for input in [&text, &tex, &yaml] {
                let _ = latex::merge_text(input, &work, mode);
                let _ = rendercv::merge_text(input, &work, mode);
            }
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
