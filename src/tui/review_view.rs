//! Drawing the review screen: the chosen bullet (editable), the other style, and every note.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::Shared;
use super::ladder::noted_text;
use super::review::Review;
use super::view::wrapped_height;
use crate::coach::{self, notes::Level};
use crate::ladder::{Rung, Status, bullet};

/// Draws the review screen into `area`.
pub fn draw(review: &Review, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let draft = &review.session.draft;
    let pack = shared.pack(&draft.pack);
    let other = draft.style.toggled();
    let other_text = bullet(draft, pack, other);
    let inner_width = area.width.saturating_sub(2);
    let chosen_height =
        (wrapped_height(&bullet(draft, pack, draft.style), inner_width) + 1).clamp(3, 6) + 2;
    let other_height = wrapped_height(&other_text, inner_width).min(5) + 2;
    let [header, chosen, other_area, notes] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(chosen_height),
        Constraint::Length(other_height),
        Constraint::Min(0),
    ])
    .areas(area);

    let status_style = match draft.status {
        Status::Finished => theme.done(),
        Status::Draft => theme.dim(),
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("Review", theme.title()),
            Span::styled(format!("  level {}/5  ", draft.level()), theme.dim()),
            Span::styled(draft.status.name(), status_style),
        ])),
        header,
    );

    let edited = draft
        .final_text
        .as_ref()
        .is_some_and(|f| f.style == draft.style);
    let title = format!(
        " your bullet · {}{} ",
        draft.style.name(),
        if edited {
            " · edited by hand (r resets)"
        } else {
            ""
        }
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if review.editing() {
            theme.focus_border()
        } else {
            theme.border()
        })
        .title(Span::styled(title, theme.title()));
    let inner = block.inner(chosen);
    frame.render_widget(block, chosen);
    if review.editing() {
        frame.render_widget(&review.editor, inner);
    } else {
        // Outside editing, ratatui's own wrap reads better than the text field's.
        let text = bullet(draft, pack, draft.style);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
    }

    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" the other style · {} (s switches) ", other.name()),
            theme.dim(),
        ));
    frame.render_widget(
        Paragraph::new(Line::styled(other_text, theme.dim()))
            .block(block)
            .wrap(Wrap { trim: true }),
        other_area,
    );

    let mut lines = vec![Line::styled("notes", theme.title())];
    for rung in Rung::ALL {
        for note in coach::notes(rung, &noted_text(draft, rung)) {
            let style = match note.level {
                Level::Warning => theme.warning(),
                Level::Hint => theme.dim(),
            };
            lines.push(Line::styled(
                format!("{:>7}: {}", rung.name(), note.message),
                style,
            ));
        }
    }
    if lines.len() == 1 {
        lines.push(Line::styled(
            "nothing to add: this bullet reads well",
            theme.done(),
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), notes);
}
