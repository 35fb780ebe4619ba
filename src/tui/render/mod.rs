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

/// True when a window of this size gets only the "make the window larger" message.
pub fn too_small_size(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

/// Where the parts of the app are drawn in a window: the screen's body (below the read-only
/// banner, when there is one), the status line and the footer. Drawing and clicks both use it,
/// so a click always lands on what is drawn there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The read-only banner (no rows when there is none).
    pub banner: Rect,
    /// The screen itself.
    pub body: Rect,
    /// The status line (more than one row when its message needs them).
    pub status: Rect,
    /// The footer's keys.
    pub footer: Rect,
}

/// The parts of the app in `area`.
pub fn areas(app: &App, area: Rect) -> Areas {
    let status_rows = status_lines(app, area).len().max(1);
    let status_rows = u16::try_from(status_rows).unwrap_or(1);
    let [body, status, footer] =
        split::rows(area, [Part::Rest, Part::Len(status_rows), Part::Len(1)]);
    let banner_rows = match app.session().and_then(|s| s.read_only.as_deref()) {
        Some(why) => wrapped_height(&banner_text(why), body.width)
            .min(body.height / 3)
            .max(1),
        None => 0,
    };
    let [banner, body] = split::rows(body, [Part::Len(banner_rows), Part::Rest]);
    Areas {
        banner,
        body,
        status,
        footer,
    }
}

/// The status message as drawn: wrapped at word boundaries in up to three rows (two in a short
/// window), shortened with `…` after a whole word when it needs more.
fn status_lines(app: &App, area: Rect) -> Vec<String> {
    match &app.shared.status {
        Some(s) => {
            let rows = if area.height >= 24 { 3 } else { 2 };
            fit_lines(&s.text, usize::from(area.width), rows)
        }
        None => Vec::new(),
    }
}

/// Draws the whole app.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let theme = &app.shared.theme;
    if too_small_size(area.width, area.height) {
        too_small(app.ignored_inputs(), frame, area, theme);
        return;
    }
    let Areas {
        banner,
        body,
        status,
        footer,
    } = areas(app, area);
    if let Some(why) = app.session().and_then(|s| s.read_only.as_deref()) {
        frame.render_widget(
            Paragraph::new(Line::styled(banner_text(why), theme.warning()))
                .wrap(Wrap { trim: true }),
            banner,
        );
    }
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
        let lines: Vec<Line> = status_lines(app, area)
            .into_iter()
            .map(|l| Line::styled(l, style))
            .collect();
        painted::paragraph(frame, status, &lines, false);
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
                spans.push(Span::raw(keys::FOOTER_GAP));
            }
            spans.push(Span::styled(key, theme.key()));
            spans.push(Span::raw(" "));
            spans.push(Span::styled(label, theme.dim()));
        }
        Line::from(spans).render(area, buf);
    });
}

/// What the read-only banner says.
fn banner_text(why: &str) -> String {
    format!("Read-only: {why}. Close it there to edit it here.")
}

fn too_small(ignored: u32, frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = format!(
        "make the window larger (at least {MIN_WIDTH}x{MIN_HEIGHT}, now {}x{}); until then keys \
         do nothing but Ctrl-C, which saves and quits",
        area.width, area.height
    );
    let mut lines = vec![Line::styled(text, theme.warning())];
    match ignored {
        0 => {}
        1 => lines.push(Line::styled("(1 key let go)", theme.dim())),
        n => lines.push(Line::styled(format!("({n} keys let go)"), theme.dim())),
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

pub use text::{
    age, fit_lines, fit_parts, last_top, short, wrap_hanging, wrap_lines, wrapped_height,
};
