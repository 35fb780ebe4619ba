//! Drawing the review screen: the chosen bullet (editable), the other style, and every finding
//! grouped by rung with its why; the list scrolls to keep the selected finding in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::ladder::assemble::{Variant, variants};
use crate::ladder::{Status, Trim, bullet};
use crate::tui::app::Shared;
use crate::tui::app::findings::{mark, message};
use crate::tui::render::split::{self, Part};
use crate::tui::render::{wrap_hanging, wrapped_height};
use crate::tui::screens::review::Review;

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
    let shorter = variants(draft, pack, draft.style, shared.bullet_length);
    let mut shorter_height = if shorter.is_empty() {
        0
    } else {
        u16::try_from(shorter.len()).unwrap_or(4).min(5) + 1
    };
    // A short window keeps rows for the findings: the bullet loses its blank row, the other
    // style shrinks to a line and then goes, the shorter versions shrink to two.
    let mut chosen_height = chosen_height;
    let mut other_height = other_height;
    let room = area.height.saturating_sub(2 + 5);
    for step in 0..4 {
        if chosen_height + other_height + shorter_height <= room {
            break;
        }
        match step {
            0 => chosen_height = (chosen_height - 1).max(3),
            1 => other_height = other_height.min(3),
            2 => shorter_height = shorter_height.min(3),
            _ => other_height = 0,
        }
    }
    let [header, chosen, other_area, shorter_area, notes] = split::rows(
        area,
        [
            Part::Len(2),
            Part::Len(chosen_height),
            Part::Len(other_height),
            Part::Len(shorter_height),
            Part::Rest,
        ],
    );

    let status_style = match draft.status {
        Status::Finished => theme.done(),
        Status::Draft => theme.dim(),
    };
    let lead = format!("Review  level {}/5  {}", draft.level(), draft.status.name());
    let copy = crate::tui::keys::key_for(
        crate::tui::keys::Scope::Review,
        crate::tui::keys::Action::CopyId,
    );
    let details = crate::tui::render::fit_parts(
        &[
            lead.clone(),
            format!("id {}", draft.id),
            format!("{copy} copies it"),
        ],
        "  ·  ",
        usize::from(header.width),
    );
    let details = details.get(lead.len()..).unwrap_or_default().to_string();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("Review", theme.title()),
            Span::styled(format!("  level {}/5  ", draft.level()), theme.dim()),
            Span::styled(draft.status.name(), status_style),
            Span::styled(details, theme.dim()),
        ])),
        header,
    );

    let edited = draft.hand_edit(draft.style).is_some();
    let length = bullet(draft, pack, draft.style).chars().count();
    let title = format!(
        " your bullet · {} · {length}/{} chars{} ",
        draft.style.name(),
        shared.bullet_length,
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
            format!(
                " the other style · {} ({} switches) ",
                other.name(),
                crate::tui::keys::key_for(
                    crate::tui::keys::Scope::Review,
                    crate::tui::keys::Action::ToggleStyle
                )
            ),
            theme.dim(),
        ));
    // A short box shows the other style's start, cut after a whole word and marked.
    let other_lines: Vec<Line> = crate::tui::render::fit_lines(
        &other_text,
        usize::from(inner_width),
        usize::from(other_area.height.saturating_sub(2)),
    )
    .into_iter()
    .map(|l| Line::styled(l, theme.dim()))
    .collect();
    frame.render_widget(Paragraph::new(other_lines).block(block), other_area);

    draw_shorter(&shorter, draft.trim, shared, frame, shorter_area);
    draw_findings(review, shared, frame, notes);
}

/// The shorter versions on offer, with their length; the one in use is marked.
fn draw_shorter(shorter: &[Variant], chosen: Trim, shared: &Shared, frame: &mut Frame, area: Rect) {
    if shorter.is_empty() || area.height == 0 {
        return;
    }
    let theme = &shared.theme;
    let mut lines = vec![Line::from(vec![
        Span::styled("shorter versions", theme.title()),
        Span::styled(
            format!(
                "  ·  over {} characters, {} picks the next",
                shared.bullet_length,
                crate::tui::keys::key_for(
                    crate::tui::keys::Scope::Review,
                    crate::tui::keys::Action::Shorter
                )
            ),
            theme.dim(),
        ),
    ])];
    for v in shorter {
        let used = v.trim == chosen;
        let style = if used { theme.selected() } else { theme.dim() };
        lines.push(Line::styled(
            format!(
                "{} {:>4}  {}",
                if used { "▸" } else { " " },
                v.text.chars().count(),
                v.trim.label()
            ),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The findings list, scrolled so that the selected one shows.
fn draw_findings(review: &Review, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let items = review.findings(shared);
    let width = usize::from(area.width.max(1));
    let ignored = items.iter().filter(|i| i.finding.ignored).count();
    let mut title = vec![Span::styled("findings", theme.title())];
    if !items.is_empty() {
        let count = match ignored {
            0 => format!("  {}", items.len()),
            n => format!("  {} ({n} ignored)", items.len()),
        };
        title.push(Span::styled(count, theme.dim()));
        let key = |action| crate::tui::keys::key_for(crate::tui::keys::Scope::Review, action);
        use crate::tui::keys::Action;
        let fixable = items
            .get(review.selected)
            .is_some_and(|i| i.finding.fix.is_some() && !i.finding.ignored);
        let fix = if fixable {
            format!(", {} applies the fix", key(Action::ApplyFix))
        } else {
            String::new()
        };
        title.push(Span::styled(
            format!(
                "  ·  {}/{} select, {} ignores{fix}",
                key(Action::Down),
                key(Action::Up),
                key(Action::Ignore)
            ),
            theme.dim(),
        ));
    }
    let [head, list] = split::rows(area, [Part::Len(1), Part::Rest]);
    frame.render_widget(Paragraph::new(Line::from(title)), head);
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                "nothing to add: this bullet reads well",
                theme.done(),
            )),
            list,
        );
        return;
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut chosen = (0, 0);
    let mut starts = Vec::new();
    let mut group = None;
    for (i, item) in items.iter().enumerate() {
        starts.push(lines.len());
        if group != Some(item.group) {
            group = Some(item.group);
            lines.push(Line::styled(item.group.title(), theme.key()));
        }
        let f = &item.finding;
        let selected = i == review.selected;
        let pointer = if selected { "▸" } else { " " };
        let (tag, style) = if f.ignored {
            ("- ignored".to_string(), theme.dim())
        } else {
            (
                format!("{} {}", mark(f.level), f.level.name()),
                theme.level(f.level),
            )
        };
        let style = if selected {
            style.patch(theme.selected())
        } else {
            style
        };
        let first = format!("{pointer} {tag:<9}  ");
        let rest = " ".repeat(first.chars().count());
        lines.extend(wrap_hanging(
            &message(f, &item.text),
            width,
            &first,
            &rest,
            style,
        ));
        lines.extend(wrap_hanging(f.why, width, &rest, &rest, theme.dim()));
        if selected {
            chosen = (starts[i], lines.len());
        }
    }
    // Scroll by whole entries, as little as needed for the selected one to show.
    let need = chosen.1.saturating_sub(usize::from(list.height));
    let offset = starts
        .iter()
        .copied()
        .find(|s| *s >= need)
        .unwrap_or(chosen.0)
        .min(chosen.0);
    let offset = u16::try_from(offset).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).scroll((offset, 0)), list);
}
