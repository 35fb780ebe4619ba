//! Text from files, pastes and the command line made safe for a terminal, and measured the way
//! a terminal draws it. Used by both faces (cli and tui) and by exports; knows nothing about
//! terminals itself.
//!
//! Hostile characters are the C0 and C1 controls (ESC, BEL, backspace, carriage return, ...),
//! DEL, the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the
//! Unicode line and paragraph separators. A whole escape sequence (CSI such as `ESC [ 31 m`, OSC
//! such as the OSC 52 clipboard write, DCS, and short `ESC x` sequences) counts as one.
//!
//! Choices made here:
//! - Display ([`line()`], [`lines`]) replaces each hostile character or sequence with one visible
//!   U+FFFD `�`, so the user sees that something odd is in the text and it can never drive the
//!   terminal; a tab or a line break becomes a space on a one-line display. Bidi marks that do
//!   not embed (LRM, RLM, ALM) are ordinary text.
//! - Storage keeps what the user typed or pasted minus hostile characters ([`strip`]); a file
//!   written by someone else is kept byte for byte until the user changes that draft, and is
//!   never rewritten just to clean it.
//! - Exports and the clipboard get [`strip`]ped text: clean plain text with nothing hidden.
//! - Widths are terminal columns (`unicode-width`): CJK and most emoji take two, combining marks
//!   none, so truncation never splits a character and columns stay aligned.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a hostile character or sequence shows as.
pub const PLACEHOLDER: char = '\u{FFFD}';

/// True for a bidi embedding, override or isolate control.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True for a character that must never reach a terminal as it is.
pub fn is_hostile(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// True when `text` holds no hostile character.
pub fn is_clean(text: &str) -> bool {
    !text.chars().any(is_hostile)
}

/// `text` split into its leading byte order mark (`""` when it has none; Windows editors often
/// write one) and the rest.
pub fn split_bom(text: &str) -> (&str, &str) {
    const BOM: &str = "\u{feff}";
    match text.strip_prefix(BOM) {
        Some(rest) => (BOM, rest),
        None => ("", text),
    }
}

/// One line for display: hostile characters and escape sequences become [`PLACEHOLDER`], tabs
/// and line breaks a space.
pub fn line(text: &str) -> Cow<'_, str> {
    render(text, Mode::Line)
}

/// Several lines for display (messages): like [`line()`], but line feeds and tabs are kept.
pub fn lines(text: &str) -> Cow<'_, str> {
    render(text, Mode::Lines)
}

/// Clean text for storage, exports and the clipboard: escape sequences and hostile characters
/// removed, tabs and line breaks turned into spaces.
pub fn strip(text: &str) -> Cow<'_, str> {
    render(text, Mode::Strip)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Line,
    Lines,
    Strip,
}

fn render(text: &str, mode: Mode) -> Cow<'_, str> {
    if is_clean(text) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !is_hostile(c) {
            out.push(c);
            i += 1;
            continue;
        }
        match (c, mode) {
            ('\n' | '\t', Mode::Lines) => out.push(c),
            ('\n' | '\t' | '\r' | '\u{2028}' | '\u{2029}', _) => out.push(' '),
            (_, Mode::Strip) => {}
            _ => out.push(PLACEHOLDER),
        }
        i += sequence_len(&chars[i..]);
    }
    Cow::Owned(out)
}

/// How many characters the hostile character at `at[0]` and the escape sequence it opens take.
fn sequence_len(at: &[char]) -> usize {
    match at {
        ['\u{1b}', '[', rest @ ..] => 2 + csi_len(rest),
        ['\u{9b}', rest @ ..] => 1 + csi_len(rest),
        ['\u{1b}', ']' | 'P' | '_' | '^' | 'X', rest @ ..] => 2 + string_len(rest),
        [
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}',
            rest @ ..,
        ] => 1 + string_len(rest),
        ['\u{1b}', rest @ ..] => {
            let intermediates = rest
                .iter()
                .take_while(|c| ('\u{20}'..='\u{2f}').contains(*c))
                .count();
            match rest.get(intermediates) {
                Some(c) if ('\u{30}'..='\u{7e}').contains(c) => 1 + intermediates + 1,
                _ => 1,
            }
        }
        _ => 1,
    }
}

/// Parameters, intermediates and the final byte of a control sequence.
fn csi_len(rest: &[char]) -> usize {
    let body = rest
        .iter()
        .take_while(|c| ('\u{20}'..='\u{3f}').contains(*c))
        .count();
    match rest.get(body) {
        Some(c) if ('\u{40}'..='\u{7e}').contains(c) => body + 1,
        _ => body,
    }
}

/// The body of an OSC/DCS/APC/PM/SOS string up to and with its terminator (BEL, ST or ESC \).
/// An unterminated string is not swallowed: only its opening counts.
fn string_len(rest: &[char]) -> usize {
    for (i, c) in rest.iter().enumerate() {
        match c {
            '\u{7}' | '\u{9c}' => return i + 1,
            '\u{1b}' if rest.get(i + 1) == Some(&'\\') => return i + 2,
            _ => {}
        }
    }
    0
}

/// True for a character that shows nothing but changes how text is read by programs: zero-width
/// spaces and joiners, direction marks, the word joiner and invisible operators, the byte order
/// mark and the soft hyphen. An applicant tracking system may split a keyword at one.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// `text` without invisible characters ([`is_invisible`]), for exports.
pub fn drop_invisible(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_invisible) {
        Cow::Owned(text.chars().filter(|c| !is_invisible(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// The width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// At most `max` columns of `text`, ending in `ellipsis` when cut (the ellipsis counts), never
/// splitting a character and keeping combining marks with their letter. Empty when not even the
/// ellipsis fits.
pub fn truncate(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if width(ellipsis) > max {
        return String::new();
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut used = 0;
    let mut cut = String::new();
    for c in text.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        cut.push(c);
    }
    let mut out = cut.trim_end().to_string();
    out.push_str(ellipsis);
    out
}

/// `text` padded with spaces to `columns` terminal columns (longer text is left as it is).
pub fn pad(text: &str, columns: usize) -> String {
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(
        ' ',
        columns.saturating_sub(width(text)),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        assert!(matches!(line("Zürich, 東京 and 🚀"), Cow::Borrowed(_)));
    }

    #[test]
    fn display_shows_one_placeholder_per_control_or_sequence() {
        for (raw, want) in [
            ("red \u{1b}[31mtext\u{1b}[0m", "red �text�"),
            ("clip \u{1b}]52;c;aGVsbG8=\u{7} done", "clip � done"),
            ("clip \u{1b}]52;c;aGVsbG8=\u{1b}\\ done", "clip � done"),
            ("bell\u{7} bs\u{8} del\u{7f}", "bell� bs� del�"),
            ("c1 \u{9b}2J csi", "c1 � csi"),
            ("c1 \u{85}next", "c1 �next"),
            ("\u{202E}evil\u{202C} \u{2066}iso\u{2069}", "�evil� �iso�"),
            ("tab\there\nnew\r\nline", "tab here new  line"),
            ("keypad \u{1b}=x", "keypad �x"),
            ("open \u{1b}]unterminated", "open �unterminated"),
            ("trailing \u{1b}", "trailing �"),
        ] {
            assert_eq!(line(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn messages_keep_line_feeds_and_tabs() {
        assert_eq!(lines("one\n\ttwo\u{1b}[2J"), "one\n\ttwo�");
    }

    #[test]
    fn strip_removes_hostile_text_entirely() {
        assert_eq!(
            strip("a\u{1b}[31mb\u{1b}]52;c;eA==\u{7}c\u{202E}d\te"),
            "abcd e"
        );
    }

    #[test]
    fn truncation_counts_columns() {
        assert_eq!(truncate("東京東京東京", 7, "…"), "東京東…");
        assert_eq!(width(&truncate("東京東京東京", 7, "…")), 7);
        assert_eq!(truncate("🚀🚀🚀🚀", 5, "..."), "🚀...");
        assert_eq!(truncate("cafe\u{301} au lait", 6, "…"), "cafe\u{301}…");
        assert_eq!(truncate("short", 10, "…"), "short");
        assert_eq!(pad("東京", 6), "東京  ");
    }
}
