//! Drawing: picks the screen, then the status line, the footer and any overlay on top.
//! Below 60x16 only a "make the window larger" message is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Screen};
use super::split::{self, Part};
use super::theme::Theme;
use super::{
    coverage_view, home_view, import_view, keymap, ladder_view, match_view, overlay_view, painted,
    review_view,
};

/// The smallest usable width.
pub const MIN_WIDTH: u16 = 60;
/// The smallest usable height.
pub const MIN_HEIGHT: u16 = 16;

/// Draws the whole app.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let theme = &app.shared.theme;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, theme);
        return;
    }
    let [body, status, footer] = split::rows(area, [Part::Rest, Part::Len(1), Part::Len(1)]);
    let body = match app.session().and_then(|s| s.read_only.as_deref()) {
        Some(why) => read_only_banner(why, theme, frame, body),
        None => body,
    };
    match &app.screen {
        Screen::Home => home_view::draw(&app.home, &app.shared, frame, body),
        Screen::Ladder(l) => ladder_view::draw(l, &app.shared, frame, body),
        Screen::Review(r) => review_view::draw(r, &app.shared, frame, body),
        Screen::Match(m) => match_view::draw(m, &app.shared, frame, body),
        Screen::Coverage(c) => coverage_view::draw(c, &app.shared, frame, body),
        Screen::Import(i) => import_view::draw(i, &app.shared, frame, body),
    }
    if let Some(s) = &app.shared.status {
        let style = if s.warning {
            theme.warning()
        } else {
            theme.dim()
        };
        painted::paragraph(
            frame,
            status,
            &[Line::styled(s.text.as_str(), style)],
            false,
        );
    }
    draw_footer(&app.scopes(), theme, frame, footer);
    if let Some(overlay) = &app.overlay {
        overlay_view::draw(overlay, theme, frame, body);
    }
}

/// The keys of `scopes` that fit in the footer. They follow from the scopes, the width and
/// the theme alone, so they are worked out only when one of those changes.
fn draw_footer(scopes: &[keymap::Scope], theme: &Theme, frame: &mut Frame, area: Rect) {
    painted::reuse(frame, area, "footer", &(scopes, theme), |area, buf| {
        let mut spans = Vec::new();
        for (key, label) in keymap::footer(scopes, usize::from(area.width)) {
            if !spans.is_empty() {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(key, theme.key()));
            spans.push(Span::raw(" "));
            spans.push(Span::styled(label, theme.dim()));
        }
        Line::from(spans).render(area, buf);
    });
}

/// Draws the read-only banner at the top of `area`; returns what is left below it.
fn read_only_banner(why: &str, theme: &Theme, frame: &mut Frame, area: Rect) -> Rect {
    let text = format!("Read-only: {why}. Close it there to edit it here.");
    let height = wrapped_height(&text, area.width)
        .min(area.height / 3)
        .max(1);
    let [banner, rest] = split::rows(area, [Part::Len(height), Part::Rest]);
    frame.render_widget(
        Paragraph::new(Line::styled(text, theme.warning())).wrap(Wrap { trim: true }),
        banner,
    );
    rest
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = format!(
        "make the window larger (at least {MIN_WIDTH}x{MIN_HEIGHT}, now {}x{})",
        area.width, area.height
    );
    frame.render_widget(
        Paragraph::new(Line::styled(text, theme.warning())).wrap(Wrap { trim: true }),
        area,
    );
}

/// How many lines `text` takes when word-wrapped to `width` columns (at least 1); wide
/// characters count two columns.
pub fn wrapped_height(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let mut lines = 1usize;
    let mut used = 0usize;
    for word in text.split_whitespace() {
        let len = crate::safe_text::width(word);
        let need = if used == 0 { len } else { used + 1 + len };
        if need <= width {
            used = need;
        } else {
            lines += usize::from(used > 0) + len.saturating_sub(1) / width;
            used = len % width;
            if used == 0 {
                used = width;
            }
        }
    }
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
