//! Drawing: picks the screen, then the status line, the footer and any overlay on top.
//! Below 60x16 only a "make the window larger" message is drawn.

pub(crate) mod painted;
pub(crate) mod split;
pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::app::{App, Screen};
use crate::tui::keys;
use crate::tui::overlay::view as overlay_view;
use crate::tui::render::theme::Theme;
use split::Part;

use crate::tui::screens::coverage::view as coverage_view;
use crate::tui::screens::home::view as home_view;
use crate::tui::screens::import::view as import_view;
use crate::tui::screens::job_match::view as match_view;
use crate::tui::screens::ladder::view as ladder_view;
use crate::tui::screens::review::view as review_view;

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
        Screen::JobMatch(m) => match_view::draw(m, &app.shared, frame, body),
        Screen::Coverage(c) => coverage_view::draw(c, &app.shared, frame, body),
        Screen::Import(i) => import_view::draw(i, &app.shared, frame, body),
        Screen::Trash(t) => crate::tui::screens::trash::view::draw(t, &app.shared, frame, body),
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
fn draw_footer(scopes: &[keys::Scope], theme: &Theme, frame: &mut Frame, area: Rect) {
    painted::reuse(frame, area, "footer", &(scopes, theme), |area, buf| {
        let mut spans = Vec::new();
        for (key, label) in keys::footer(scopes, usize::from(area.width)) {
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

pub use text::{age, short, wrap_hanging, wrap_lines, wrapped_height};
