//! Drawing the trash view: one row per trashed draft (when it was trashed, the start of its
//! bullet), or a kind word when the trash is empty.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::Shared;
use crate::tui::render::split::{self, Part};
use crate::tui::render::{age, short};
use crate::tui::screens::trash::TrashView;
use crate::workspace::Trashed;

/// Draws the trash view into `area`.
pub fn draw(view: &TrashView, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let [header, list] = split::rows(area, [Part::Len(2), Part::Rest]);
    let count = match view.entries.len() {
        1 => "  ·  1 draft".to_string(),
        n => format!("  ·  {n} drafts"),
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("Trash", theme.title()),
            Span::styled(count, theme.dim()),
            Span::styled("  ·  deleted drafts, newest first", theme.dim()),
        ])),
        header,
    );
    if !view.loaded {
        let reading = Line::styled("reading the trash…", theme.dim());
        frame.render_widget(Paragraph::new(reading), list);
        return;
    }
    if view.entries.is_empty() {
        let lines = vec![
            Line::raw("The trash is empty."),
            Line::styled(
                "Drafts you delete on home (d) wait here until you empty the trash.",
                theme.dim(),
            ),
        ];
        frame.render_widget(Paragraph::new(lines), list);
        return;
    }
    let height = usize::from(list.height.max(1));
    let width = usize::from(list.width);
    let offset = (view.selected + 1).saturating_sub(height);
    let lines: Vec<Line> = view
        .entries
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, t)| row(t, i == view.selected, shared, width))
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}

fn row<'a>(t: &Trashed, selected: bool, shared: &Shared, width: usize) -> Line<'a> {
    let theme = &shared.theme;
    let marker = if selected { "▸ " } else { "  " };
    let when = t
        .trashed
        .map_or_else(|| "?".to_string(), |at| age(shared.wall, at));
    let mut spans = vec![
        Span::raw(marker),
        Span::styled(format!("{when:>4}  "), theme.dim()),
    ];
    let used = 2 + 6;
    let room = width.saturating_sub(used).max(1);
    match &t.draft {
        Ok(d) => {
            let start = shared.packs.bullet(d);
            let start = if start.trim().is_empty() {
                format!("(nothing written) {}", t.id)
            } else {
                start
            };
            spans.push(Span::raw(short(&start, room)));
        }
        Err(reason) => spans.push(Span::styled(
            short(&format!("! {}: {reason}", t.name), room),
            theme.warning(),
        )),
    }
    let line = Line::from(spans);
    if selected {
        line.style(theme.selected())
    } else {
        line
    }
}
