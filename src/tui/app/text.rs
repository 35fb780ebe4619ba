//! Text fields and the cleaning of text that arrives from outside (paste, editor, files).
//!
//! Choices made here:
//! - An answer (and a hand-edited bullet, and a helper field) holds at most
//!   [`MAX_ANSWER_CHARS`] characters: a bullet is a line or two, and a runaway paste must not
//!   freeze the app. A paste is cleaned and cut to the room left before it touches the field,
//!   and the status line says what was cut; typing at the limit is refused with a message.
//! - Typed and pasted text never holds control characters, escape sequences or bidi overrides
//!   (see `safe_text`). A draft read from a file that holds them is shown without them, with a
//!   note; the file is only rewritten (then clean) once the user changes the draft. A draft
//!   holding more than the limit (written by hand) is never cut: it opens read-only.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};

use crate::ladder::{Draft, Rung};
use crate::safe_text;
use crate::tui::keys::{self, Action};
use crate::tui::render::theme::Theme;

/// The longest answer, in characters (the one limit, see [`Draft::too_long`]).
pub use crate::ladder::draft::MAX_ANSWER_CHARS;

/// What the status line says when text hits [`MAX_ANSWER_CHARS`].
pub fn too_long_message() -> String {
    "an answer holds at most 2,000 characters; the rest was left out".to_string()
}

/// Pasted text as one clean line: each run of line breaks (`\r\n`, `\r`, `\n`, as terminals
/// and tmux send them) becomes one space, breaks at either end are dropped, tabs become
/// spaces, and escape sequences, other control characters and bidi overrides are removed.
pub fn clean_paste(text: &str) -> String {
    let is_break = |c: char| c == '\r' || c == '\n';
    let joined = text
        .trim_matches(is_break)
        .split(is_break)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    safe_text::strip(&joined).into_owned()
}

/// Cleans a paste and cuts it to `room` characters; true when something was cut. The text is
/// cut before cleaning too (with slack for what cleaning removes), so a huge paste costs little.
pub fn clean_paste_within(text: &str, room: usize) -> (String, bool) {
    let slack = room.saturating_mul(4).saturating_add(64);
    let head = match text.char_indices().nth(slack) {
        Some((at, _)) => text.get(..at).unwrap_or(text),
        None => text,
    };
    let clean = clean_paste(head);
    match clean.char_indices().nth(room) {
        Some((at, _)) => (clean.get(..at).unwrap_or_default().to_string(), true),
        None => (clean, head.len() < text.len()),
    }
}

/// True for a typed key that would put a hostile character into a field.
pub fn is_hostile_key(input: &Input) -> bool {
    matches!(input.key, Key::Char(c) if safe_text::is_hostile(c))
}

/// True for a typed key that inserts a character.
pub fn inserts_char(input: &Input) -> bool {
    matches!(input.key, Key::Char(_)) && !input.ctrl && !input.alt
}

/// Removes hostile characters from every text of a draft read from a file; true when
/// anything changed. Nothing is cut: a draft over [`MAX_ANSWER_CHARS`] is opened read-only
/// (see [`Draft::too_long`]).
pub fn clean_draft(draft: &mut Draft) -> bool {
    let before = draft.clone();
    let clean = |s: &mut String| {
        let c = safe_text::strip(s);
        if c != s.as_str() {
            *s = c.into_owned();
        }
    };
    for rung in Rung::ALL {
        clean(draft.answers.get_mut(rung));
    }
    if let Some(m) = &mut draft.metric {
        for s in [&mut m.what, &mut m.before, &mut m.after, &mut m.scope] {
            clean(s);
        }
    }
    for f in draft.hand_edits_mut() {
        clean(&mut f.text);
    }
    draft.tags.iter_mut().for_each(clean);
    if let Some(r) = &mut draft.role {
        clean(r);
    }
    clean(&mut draft.pack);
    *draft != before
}

/// Text back from the editor: trailing newlines trimmed, then cleaned and cut like a paste
/// into an empty field; true when something was cut.
pub fn clean_editor_text(text: &str) -> (String, bool) {
    clean_paste_within(text.trim_end_matches(['\n', '\r']), MAX_ANSWER_CHARS)
}

/// Words and characters of an answer, for the live count.
pub fn counts(text: &str) -> (usize, usize) {
    (text.split_whitespace().count(), text.chars().count())
}

/// True for input that would break a one-line field: a new line or a tab.
pub fn breaks_line(input: &Input) -> bool {
    match input.key {
        Key::Enter | Key::Tab => true,
        Key::Char('\n' | '\r') => true,
        Key::Char('m' | 'j') => input.ctrl,
        _ => false,
    }
}

/// A word-wrapping text field holding `text`, cursor at the end, styled by `theme`.
pub fn field(text: &str, placeholder: &str, theme: &Theme) -> TextArea<'static> {
    let mut area = TextArea::new(vec![text.to_string()]);
    area.set_wrap_mode(WrapMode::Word);
    area.set_cursor_line_style(Style::new());
    area.set_cursor_style(theme.cursor());
    area.set_selection_style(theme.selected());
    area.set_placeholder_text(placeholder);
    area.set_placeholder_style(theme.placeholder());
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

/// A typed key into a field: the editing keys of the key table (undo, redo and the readline
/// keys, see [`keys::text_action`]) first, then the field's own handling. True when the text
/// changed.
pub fn input(area: &mut TextArea<'_>, input: Input) -> bool {
    match keys::text_action(&input) {
        Some(action) => apply(area, action),
        None => area.input(input),
    }
}

/// Does one text-editing action on a field; true when the text changed.
pub fn apply(area: &mut TextArea<'_>, action: Action) -> bool {
    let before = area.lines().to_vec();
    match action {
        Action::Undo => {
            area.undo();
        }
        Action::Redo => {
            area.redo();
        }
        Action::DeleteToStart => {
            area.delete_line_by_head();
        }
        Action::DeleteToEnd => {
            area.delete_line_by_end();
        }
        Action::DeleteWord => {
            area.delete_word();
        }
        Action::LineStart => area.move_cursor(CursorMove::Head),
        Action::LineEnd => area.move_cursor(CursorMove::End),
        Action::WordBack => area.move_cursor(CursorMove::WordBack),
        Action::WordForward => area.move_cursor(CursorMove::WordForward),
        _ => {}
    }
    area.lines() != before.as_slice()
}

/// Hides the cursor of a field that does not have focus.
pub fn set_focus(area: &mut TextArea<'_>, focused: bool, theme: &Theme) {
    area.set_cursor_style(if focused {
        theme.cursor()
    } else {
        Style::new()
    });
}

/// The text of a field as one line.
pub fn text_of(area: &TextArea<'_>) -> String {
    area.lines().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paste_becomes_one_clean_line() {
        let cases = [
            ("a\r\nb", "a b"),
            ("a\rb", "a b"),
            ("a\nb", "a b"),
            ("a\tb", "a b"),
            ("a\u{1b}[31mb", "ab"),
            ("a\u{202e}b\u{1b}]52;c;eA==\u{7}c", "abc"),
            ("plain", "plain"),
            ("caf\u{e9}\u{7}", "caf\u{e9}"),
            ("a\r\rb", "a b"),
            ("a\n\nb\n", "a b"),
            ("\r\nlead", "lead"),
        ];
        for (raw, want) in cases {
            assert_eq!(clean_paste(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn a_huge_paste_is_cut_to_the_room_left() {
        let huge = "word \u{1b}[31m".repeat(200_000);
        let (text, cut) = clean_paste_within(&huge, 100);
        assert!(cut);
        assert_eq!(text.chars().count(), 100);
        assert!(text.starts_with("word word"));
        assert_eq!(
            clean_paste_within("short", 100),
            ("short".to_string(), false)
        );
        assert_eq!(clean_paste_within("abc", 0), (String::new(), true));
    }

    #[test]
    fn editor_text_loses_its_trailing_newline() {
        assert_eq!(clean_editor_text("one\ntwo\n\n"), ("one two".into(), false));
    }
}
