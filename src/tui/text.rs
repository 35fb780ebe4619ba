//! Text fields and the cleaning of text that arrives from outside (paste, editor).

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};

use super::theme::Theme;

/// Pasted text as one clean line: each run of line breaks (`\r\n`, `\r`, `\n`, as terminals
/// and tmux send them) becomes one space, breaks at either end are dropped, tabs become
/// spaces, and other control characters are removed.
pub fn clean_paste(text: &str) -> String {
    let is_break = |c: char| c == '\r' || c == '\n';
    text.trim_matches(is_break)
        .split(is_break)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Text back from the editor: trailing newlines trimmed, then cleaned like a paste.
pub fn clean_editor_text(text: &str) -> String {
    clean_paste(text.trim_end_matches(['\n', '\r']))
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
            ("a\u{1b}[31mb", "a[31mb"),
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
    fn editor_text_loses_its_trailing_newline() {
        assert_eq!(clean_editor_text("one\ntwo\n\n"), "one two");
    }
}
