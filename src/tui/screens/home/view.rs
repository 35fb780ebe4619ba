//! Drawing the home screen: the welcome on an empty workspace, otherwise the grouped list.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::ladder::Status;
use crate::tui::app::Shared;
use crate::tui::render::age;
use crate::tui::render::short;
use crate::tui::render::split::{self, Part};
use crate::tui::render::theme::Theme;
use crate::tui::screens::home::{Home, Item};

/// Draws the home screen into `area`.
pub fn draw(home: &Home, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let [header, list] = split::rows(area, [Part::Len(2), Part::Rest]);
    frame.render_widget(Paragraph::new(header_line(home, shared)), header);
    if !home.loaded {
        frame.render_widget(
            Paragraph::new(Line::styled("reading drafts…", theme.dim())),
            list,
        );
    } else if home.is_empty() {
        frame.render_widget(
            Paragraph::new(welcome(theme)).wrap(Wrap { trim: false }),
            list,
        );
    } else {
        let [list, detail] = split::rows(list, [Part::Rest, Part::Len(1)]);
        draw_list(home, shared, frame, list);
        frame.render_widget(
            Paragraph::new(detail_line(home, shared, detail.width)),
            detail,
        );
    }
}

/// One line about the selected draft: its id (for the command line), role and pack.
fn detail_line<'a>(home: &Home, shared: &Shared, width: u16) -> Line<'a> {
    let theme = &shared.theme;
    let Some(d) = home.selected_draft(shared) else {
        return Line::raw("");
    };
    let mut parts = vec![format!("id {}", d.id)];
    if let Some(role) = &d.role {
        parts.push(format!("role {role}"));
    }
    parts.push(format!("pack {}", d.pack));
    let copy = crate::tui::keys::key_for(
        crate::tui::keys::Scope::Home,
        crate::tui::keys::Action::CopyId,
    );
    parts.push(format!("{copy} copies the id"));
    let text = crate::tui::render::fit_parts(&parts, "  ·  ", usize::from(width));
    Line::styled(crate::safe_text::line(&text).into_owned(), theme.dim())
}

fn header_line<'a>(home: &Home, shared: &Shared) -> Line<'a> {
    let theme = &shared.theme;
    let count = match home.count() {
        _ if home.previewing().is_some() => "  ·  checking drafts…".to_string(),
        0 => String::new(),
        1 => "  ·  1 draft".to_string(),
        n => format!("  ·  {n} drafts"),
    };
    let mut spans = vec![
        Span::styled("rung", theme.title()),
        Span::styled("  your resume bullets", theme.dim()),
        Span::styled(count, theme.dim()),
    ];
    if home.filtering() || !home.filter.is_empty() {
        spans.push(Span::raw("   "));
        spans.push(Span::styled("filter: ", theme.key()));
        spans.push(Span::raw(home.filter.clone()));
        if home.filtering() {
            spans.push(Span::styled("_", theme.cursor()));
        }
    }
    Line::from(spans)
}

fn welcome<'a>(theme: &Theme) -> Vec<Line<'a>> {
    let rung = |n: &'a str, name: &'a str, what: &'a str| {
        Line::from(vec![
            Span::styled(format!("   {n} {name:<8}"), theme.key()),
            Span::raw(what),
        ])
    };
    vec![
        Line::styled("Welcome to rung.", theme.title()),
        Line::raw(""),
        Line::raw("rung turns a flat resume bullet into a strong one. You answer five short"),
        Line::raw("questions, one rung at a time, and watch the bullet grow:"),
        Line::raw(""),
        rung("1", "task", "what you built or changed"),
        rung("2", "tools", "the languages and frameworks you used"),
        rung("3", "stack", "the data stores and infrastructure around it"),
        rung("4", "method", "how you did it, and what it replaced"),
        rung("5", "metric", "what changed, measured before and after"),
        Line::raw(""),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled("n", theme.key()),
            Span::raw(" to start your first bullet. Everything is saved as you type."),
        ]),
        Line::from(vec![
            Span::styled("To look around first, quit with ", theme.dim()),
            Span::styled("q", theme.key()),
            Span::styled(" and run ", theme.dim()),
            Span::styled("rung --demo", theme.key()),
            Span::styled(".", theme.dim()),
        ]),
    ]
}

fn draw_list(home: &Home, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let groups = home.groups(shared);
    if groups.is_empty() {
        let text = format!(
            "nothing matches \"{}\" ({} clears the filter)",
            home.filter,
            crate::tui::keys::key_for(
                crate::tui::keys::Scope::Filter,
                crate::tui::keys::Action::FilterClear
            )
        );
        frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), area);
        return;
    }
    // Rows are: a blank line between groups, the group's label, its entries. Only the rows
    // that fit are built (and their bullets assembled), so a frame costs the same for 10 drafts
    // as for 10,000.
    let height = usize::from(area.height);
    let width = usize::from(area.width);
    let offset = first_line(home, &groups, height);
    let mut visible: Vec<Line> = Vec::with_capacity(height);
    let (mut line, mut index) = (0, 0);
    let mut push = |line: usize, make: &mut dyn FnMut() -> Line<'static>| {
        if (offset..offset + height).contains(&line) {
            visible.push(make());
        }
    };
    for (g, group) in groups.into_iter().enumerate() {
        if line >= offset + height {
            break;
        }
        if g > 0 {
            push(line, &mut || Line::raw(""));
            line += 1;
        }
        let label = group.label;
        push(line, &mut || Line::styled(label.clone(), theme.title()));
        line += 1;
        let skip = offset.saturating_sub(line).min(group.items.len());
        line += skip;
        index += skip;
        for item in group.items.into_iter().skip(skip) {
            if line >= offset + height {
                break;
            }
            let selected = index == home.selected;
            push(line, &mut || row(home, item, selected, shared, width));
            line += 1;
            index += 1;
        }
    }
    frame.render_widget(Paragraph::new(visible), area);
}

fn row<'a>(home: &Home, item: Item<'_>, selected: bool, shared: &Shared, width: usize) -> Line<'a> {
    let theme = &shared.theme;
    let marker = if selected { "▸ " } else { "  " };
    let mut spans = vec![Span::raw(marker)];
    match item {
        Item::Draft(d) => {
            let cells: String = d
                .cells()
                .iter()
                .map(|c| if *c { '■' } else { '·' })
                .collect();
            spans.push(Span::styled(cells, theme.done()));
            let status_style = match d.status {
                Status::Finished => theme.done(),
                Status::Draft => theme.dim(),
            };
            spans.push(Span::styled(
                format!("  {:<8}", d.status.name()),
                status_style,
            ));
            spans.push(Span::styled(
                format!("{:>4}  ", age(shared.wall, d.updated)),
                theme.dim(),
            ));
            let used = 2 + 5 + 10 + 6;
            let bullet = home.row_bullet(d, shared);
            let start = if bullet.trim().is_empty() {
                "(nothing written yet)"
            } else {
                &bullet
            };
            spans.push(Span::raw(short(start, width.saturating_sub(used).max(1))));
        }
        Item::Unreadable(u) => {
            let name = u.file.file_name().map_or_else(
                || u.file.display().to_string(),
                |n| n.to_string_lossy().into(),
            );
            let text = format!("! {name}: {}", u.reason);
            spans.push(Span::styled(
                short(&text, width.saturating_sub(2).max(1)),
                theme.warning(),
            ));
        }
    }
    let line = Line::from(spans);
    if selected {
        line.style(theme.selected())
    } else {
        line
    }
}

/// The first row of the list shown in `height` rows: the list scrolls just far enough for the
/// selected entry to show.
fn first_line(
    home: &Home,
    groups: &[crate::tui::screens::home::Group<'_>],
    height: usize,
) -> usize {
    let mut selected_line = 0;
    let (mut line, mut index) = (0, 0);
    for (g, group) in groups.iter().enumerate() {
        line += usize::from(g > 0) + 1;
        if (index..index + group.items.len()).contains(&home.selected) {
            selected_line = line + home.selected - index;
        }
        line += group.items.len();
        index += group.items.len();
    }
    (selected_line + 1).saturating_sub(height)
}

/// The index of the entry drawn on window row `y` when the home screen fills `area`, if an
/// entry is drawn there (not a group's label, a gap or the header).
pub fn entry_at(home: &Home, shared: &Shared, area: Rect, y: u16) -> Option<usize> {
    if !home.loaded || home.is_empty() {
        return None;
    }
    let [_, list] = split::rows(area, [Part::Len(2), Part::Rest]);
    if y < list.y || y >= list.bottom() {
        return None;
    }
    let groups = home.groups(shared);
    let target = first_line(home, &groups, usize::from(list.height)) + usize::from(y - list.y);
    let (mut line, mut index) = (0, 0);
    for (g, group) in groups.iter().enumerate() {
        line += usize::from(g > 0) + 1;
        if (line..line + group.items.len()).contains(&target) {
            return Some(index + target - line);
        }
        line += group.items.len();
        index += group.items.len();
    }
    None
}
