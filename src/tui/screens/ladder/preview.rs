//! The live preview on the ladder: the bullet assembled so far, word-wrapped here rather than
//! by ratatui, so the screen knows which lines hold the part the current rung adds. When the
//! box is too short for the whole bullet it scrolls so that part shows, marks each cut with
//! `…`, and says on its bottom edge how many lines are out of sight.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthChar;

use crate::ladder::{Rung, Segment};
use crate::tui::render::painted;
use crate::tui::render::theme::Theme;

/// Columns kept free on each line for the `…` that marks a cut, when the bullet is cut.
const MARK: usize = 2;

/// The bullet in lines of styled pieces, and which lines hold the current rung's part.
#[derive(Debug, Default)]
pub struct Wrapped {
    /// Each line as (text, style) pieces.
    pub lines: Vec<Vec<(String, Style)>>,
    /// The first and last line holding the current rung's text.
    pub current: Option<(usize, usize)>,
}

/// `segments` word-wrapped to `width` columns; the current rung's part highlighted,
/// placeholders dim.
pub fn wrap(segments: &[Segment], rung: Rung, theme: &Theme, width: usize) -> Wrapped {
    let width = width.max(4);
    let style = |s: &Segment| {
        if s.placeholder {
            theme.placeholder()
        } else if s.rung == Some(rung) {
            theme.highlight()
        } else {
            theme.text()
        }
    };
    // Words as (char, segment) runs; a space between words takes its segment's style.
    let mut words: Vec<Vec<(char, usize)>> = vec![Vec::new()];
    for (i, s) in segments.iter().enumerate() {
        for c in s.text.chars() {
            if c == ' ' {
                words.push(Vec::new());
            } else if let Some(w) = words.last_mut() {
                w.push((c, i));
            }
        }
    }
    let mut out = Wrapped::default();
    let mut line: Vec<(char, usize)> = Vec::new();
    let mut used = 0;
    let flush = |line: &mut Vec<(char, usize)>, out: &mut Wrapped| {
        let n = out.lines.len();
        if line.iter().any(|(_, i)| segments[*i].rung == Some(rung)) {
            out.current = Some(out.current.map_or((n, n), |(a, _)| (a, n)));
        }
        let mut pieces: Vec<(String, Style)> = Vec::new();
        let mut last = None;
        for (c, i) in line.drain(..) {
            match pieces.last_mut() {
                Some((text, _)) if last == Some(i) => text.push(c),
                _ => pieces.push((c.to_string(), style(&segments[i]))),
            }
            last = Some(i);
        }
        out.lines.push(pieces);
    };
    for word in words.into_iter().filter(|w| !w.is_empty()) {
        let w: usize = word.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
        if used > 0 && used + 1 + w > width {
            flush(&mut line, &mut out);
            used = 0;
        }
        if used > 0 {
            // The space takes the style of the word after it.
            line.push((' ', word[0].1));
            used += 1;
        }
        for (c, i) in word {
            let cw = c.width().unwrap_or(0);
            if used + cw > width {
                flush(&mut line, &mut out);
                used = 0;
            }
            line.push((c, i));
            used += cw;
        }
    }
    if !line.is_empty() {
        flush(&mut line, &mut out);
    }
    out
}

/// The rows the preview box wants for the whole bullet at `width` columns (borders included).
pub fn wanted_rows(segments: &[Segment], rung: Rung, theme: &Theme, width: u16) -> u16 {
    let inner = usize::from(width.saturating_sub(2));
    let lines = wrap(segments, rung, theme, inner).lines.len().max(1);
    u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2)
}

/// The lines `top..end` to show in `rows` rows: all when they fit, else a window that holds the
/// end of the current rung's part (the text being typed), or the end of the bullet.
pub fn window(wrapped: &Wrapped, rows: usize) -> (usize, usize) {
    let n = wrapped.lines.len();
    if n <= rows {
        return (0, n);
    }
    let end = wrapped
        .current
        .map_or(n, |(_, last)| (last + 1).max(rows))
        .min(n);
    (end - rows, end)
}

/// Draws the preview box with the bullet in `area`.
pub fn draw(
    segments: &[Segment],
    rung: Rung,
    title: &str,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let inner_width = usize::from(area.width.saturating_sub(2));
    let rows = usize::from(area.height.saturating_sub(2));
    let mut wrapped = wrap(segments, rung, theme, inner_width);
    if wrapped.lines.len() > rows {
        wrapped = wrap(segments, rung, theme, inner_width.saturating_sub(MARK));
    }
    let (top, end) = window(&wrapped, rows);
    let (above, below) = (top, wrapped.lines.len() - end);
    let mut lines: Vec<Line> = Vec::new();
    for (i, pieces) in wrapped.lines[top..end].iter().enumerate() {
        let mut spans: Vec<Span> = Vec::new();
        if i == 0 && above > 0 {
            spans.push(Span::styled("… ", theme.dim()));
        }
        spans.extend(pieces.iter().map(|(t, s)| Span::styled(t.as_str(), *s)));
        if i + 1 == end - top && below > 0 {
            spans.push(Span::styled(" …", theme.dim()));
        }
        lines.push(Line::from(spans));
    }
    let more = match (above, below) {
        (0, 0) => String::new(),
        (a, 0) => format!(" ↑ {} above ", lines_word(a)),
        (0, b) => format!(" ↓ {} below ", lines_word(b)),
        (a, b) => format!(" ↑ {a} ↓ {} more ", lines_word(b)),
    };
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(title, theme.dim()));
    if !more.is_empty() {
        block = block.title_bottom(Line::styled(more.as_str(), theme.dim()));
    }
    let inner = block.inner(area);
    // The box is reused; the bullet inside changes with every key.
    painted::block(frame, area, &(title, &more, theme), block);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "1 line", "3 lines".
fn lines_word(n: usize) -> String {
    if n == 1 {
        "1 line".into()
    } else {
        format!("{n} lines")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(rung: Option<Rung>, text: &str) -> Segment {
        Segment {
            rung,
            text: text.into(),
            placeholder: false,
        }
    }

    #[test]
    fn the_window_holds_the_current_part() {
        let theme = Theme::no_color();
        let segments = vec![
            seg(Some(Rung::Task), "Rebuilt the export service"),
            seg(None, " in "),
            seg(Some(Rung::Tools), "Rust and Axum"),
            seg(None, ". "),
            seg(Some(Rung::Metric), "Cut export time from 40 min to 6 min"),
            seg(None, "."),
        ];
        let w = wrap(&segments, Rung::Metric, &theme, 12);
        let (a, b) = w.current.unwrap();
        assert!(b + 1 == w.lines.len(), "{w:?}");
        let (top, end) = window(&w, 2);
        assert_eq!(end - top, 2);
        assert!(top <= b && b < end);
        let text: Vec<String> = w
            .lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
            .collect();
        assert!(
            text.iter()
                .all(|l| !l.starts_with(' ') && l.chars().count() <= 12)
        );
        assert!(text[a].contains("Cut"));
        let task = wrap(&segments, Rung::Task, &theme, 12);
        let (first, last) = task.current.unwrap();
        assert_eq!(first, 0);
        let (top, end) = window(&task, 2);
        assert!(top <= last && last < end, "{task:?}");
        assert!(end < task.lines.len(), "the lines after the task are cut");
    }
}
