//! Text as the screens lay it out. Two ways of wrapping, each for a reason: paragraphs that
//! only need to fit are drawn by ratatui's `Paragraph` with `Wrap` (and [`wrapped_height`]
//! asks ratatui how many rows that takes); lists that scroll to a selection are wrapped here
//! into exact lines with `textwrap` ([`wrap_hanging`]), so the screen knows where each entry
//! starts.

use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::safe_text;

/// `text` cut to `max` terminal columns with an ellipsis (wide characters count two), shown
/// safely (control characters and bidi overrides as `�`).
pub fn short(text: &str, max: usize) -> String {
    safe_text::truncate(&safe_text::line(text), max, "…")
}

/// How many lines `text` takes in a `Paragraph` word-wrapped (trimmed) to `width` columns, at
/// least 1. ratatui counts it, so the rows set aside always match what is drawn.
pub fn wrapped_height(text: &str, width: u16) -> u16 {
    let lines = Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .line_count(width.max(1))
        .max(1);
    u16::try_from(lines).unwrap_or(u16::MAX)
}

/// `text` word-wrapped to `width` columns as lines in `style`: the first starts with `indent`,
/// the rest with two more spaces, so a wrapped list entry hangs under its first word.
pub fn wrap_lines(text: &str, width: usize, indent: &str, style: Style) -> Vec<Line<'static>> {
    wrap_hanging(text, width, indent, &format!("{indent}  "), style)
}

/// `text` word-wrapped to `width` columns: the first line starts with `first`, the rest with
/// `rest`.
pub fn wrap_hanging(
    text: &str,
    width: usize,
    first: &str,
    rest: &str,
    style: Style,
) -> Vec<Line<'static>> {
    let room = first.chars().count().max(rest.chars().count()) + 1;
    let options = textwrap::Options::new(width.max(room))
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|l| Line::styled(l.into_owned(), style))
        .collect()
}

/// As many of `parts` as fit in `width` columns, whole and in order, joined by `sep`: a line
/// of details that loses its least important parts (the last ones) rather than a word.
pub fn fit_parts(parts: &[String], sep: &str, width: usize) -> String {
    let mut out = String::new();
    for part in parts {
        let next = if out.is_empty() {
            part.clone()
        } else {
            format!("{out}{sep}{part}")
        };
        if safe_text::width(&next) > width {
            break;
        }
        out = next;
    }
    out
}

/// The first line to show so that the last of `lines` lines sits at the bottom of `height`
/// rows (0 when they all fit): the furthest a scrolled view may go.
pub fn last_top(lines: usize, height: u16) -> u16 {
    u16::try_from(lines.saturating_sub(usize::from(height))).unwrap_or(u16::MAX)
}

/// `text` word-wrapped to `width` columns in at most `rows` lines. When it needs more, the
/// last line ends at a word boundary with `…`, so no word is ever cut in the middle (a single
/// word wider than the line is the one exception: it is broken where the line ends).
pub fn fit_lines(text: &str, width: usize, rows: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = textwrap::wrap(text, width)
        .into_iter()
        .map(|l| l.trim().to_string())
        .collect();
    if lines.len() <= rows.max(1) {
        return lines;
    }
    lines.truncate(rows.max(1));
    if let Some(last) = lines.last_mut() {
        let mut words: Vec<&str> = last.split(' ').collect();
        while !words.is_empty() && textwrap::core::display_width(&words.join(" ")) + 2 > width {
            words.pop();
        }
        *last = if words.is_empty() {
            "…".to_string()
        } else {
            format!("{} …", words.join(" "))
        };
    }
    lines
}

/// A short age such as `now`, `5m`, `3h`, `2d`, `3w`, `4mo`, `1y`.
pub fn age(now: jiff::Timestamp, then: jiff::Timestamp) -> String {
    let secs = (now.as_second() - then.as_second()).max(0);
    let (mins, hours, days) = (secs / 60, secs / 3600, secs / 86_400);
    match () {
        _ if mins < 1 => "now".into(),
        _ if hours < 1 => format!("{mins}m"),
        _ if days < 1 => format!("{hours}h"),
        _ if days < 14 => format!("{days}d"),
        _ if days < 60 => format!("{}w", days / 7),
        _ if days < 365 => format!("{}mo", days / 30),
        _ => format!("{}y", days / 365),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_height_counts_lines() {
        assert_eq!(wrapped_height("", 10), 1);
        assert_eq!(wrapped_height("one two", 10), 1);
        assert_eq!(wrapped_height("one two three", 10), 2);
        assert_eq!(wrapped_height("abcdefghijklmnopqrstuvwxy", 10), 3);
    }

    #[test]
    fn fitted_lines_end_at_a_word_with_a_mark() {
        let text = "the folder others may use stays as it is unless you change it";
        let lines = fit_lines(text, 20, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(" …"), "{lines:?}");
        for line in &lines {
            assert!(textwrap::core::display_width(line) <= 20, "{line}");
            let kept = line.trim_end_matches(" …");
            for word in kept.split(' ') {
                assert!(text.split(' ').any(|w| w == word), "cut word {word}");
            }
        }
        assert_eq!(fit_lines("short one", 20, 2), vec!["short one"]);
        assert_eq!(last_top(10, 4), 6);
        assert_eq!(last_top(3, 4), 0);
    }

    #[test]
    fn ages_read_short() {
        let t = jiff::Timestamp::from_second(1_000_000_000).unwrap();
        let later = |s: i64| jiff::Timestamp::from_second(1_000_000_000 + s).unwrap();
        assert_eq!(age(later(5), t), "now");
        assert_eq!(age(later(300), t), "5m");
        assert_eq!(age(later(7200), t), "2h");
        assert_eq!(age(later(3 * 86_400), t), "3d");
        assert_eq!(age(later(400 * 86_400), t), "1y");
    }
}
