//! Drawing the overlays: the help sheet, the delete confirmation, the two "which copy?"
//! questions and the path prompt. Every key they name comes from the key table.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::keys;
use crate::tui::overlay::Overlay;
use crate::tui::overlay::new_draft::{NewDraft, Row};
use crate::tui::render::theme::Theme;

/// Draws an overlay centred in `area`.
pub fn draw(overlay: &Overlay, theme: &Theme, frame: &mut Frame, area: Rect) {
    match overlay {
        Overlay::Help { scopes, scroll, .. } => help(scopes, *scroll, theme, frame, area),
        Overlay::Confirm { what, .. } => confirm(what, theme, frame, area),
        Overlay::EmptyTrash { count } => question(
            " empty the trash ",
            vec![
                Line::styled(
                    format!(
                        "Delete the {count} draft{} in the trash for good?",
                        if *count == 1 { "" } else { "s" }
                    ),
                    theme.title(),
                ),
                Line::raw("This cannot be undone: the files are removed from the disk."),
            ],
            keys::Scope::Confirm,
            theme,
            frame,
            area,
        ),
        Overlay::Conflict { mine } => question(
            " changed on disk ",
            vec![
                Line::styled(
                    "This draft changed on disk while it was open here.",
                    theme.title(),
                ),
                Line::raw(
                    "Another program (git, a sync tool, an editor) wrote it. Nothing was written over it.",
                ),
                Line::raw(""),
                Line::styled(format!("draft {}", mine.id), theme.dim()),
            ],
            keys::Scope::Conflict,
            theme,
            frame,
            area,
        ),
        Overlay::Recover {
            id,
            recovered,
            saved,
        } => {
            let mut lines = vec![
                Line::styled(
                    "rung stopped last time before it could save this draft.",
                    theme.title(),
                ),
                Line::raw(""),
                Line::styled("recovered:", theme.dim()),
                Line::styled(recovered.clone(), theme.text()),
                Line::raw(""),
                Line::styled("saved:", theme.dim()),
            ];
            lines.push(match saved {
                Some(text) => Line::styled(text.clone(), theme.text()),
                None => Line::styled("(no saved copy)", theme.placeholder()),
            });
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                format!("draft {id}; the copy you do not keep goes to the trash"),
                theme.dim(),
            ));
            question(
                " recovered draft ",
                lines,
                keys::Scope::Recover,
                theme,
                frame,
                area,
            );
        }
        Overlay::Prompt { input } => prompt(input, theme, frame, area),
        Overlay::NewDraft(dialog) => new_draft(dialog, theme, frame, area),
    }
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

fn help(scopes: &[keys::Scope], scroll: u16, theme: &Theme, frame: &mut Frame, area: Rect) {
    let rows = keys::help(scopes);
    let width = area.width.saturating_sub(4).min(76);
    let inner = usize::from(width.saturating_sub(2));
    // Each description hangs under its own first word. The key column is as wide as the
    // widest keys that fit in two fifths of the line; longer keys get a line of their own,
    // with the description under them.
    let cap = inner * 2 / 5;
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .filter(|w| *w <= cap)
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = Vec::new();
    for (keys, what) in rows {
        if keys.chars().count() <= key_width {
            let indent = " ".repeat(key_width + 2);
            for (i, line) in textwrap::wrap(what, inner.saturating_sub(key_width + 2).max(8))
                .into_iter()
                .enumerate()
            {
                let lead = if i == 0 {
                    Span::styled(format!("{keys:<key_width$}  "), theme.key())
                } else {
                    Span::raw(indent.clone())
                };
                lines.push(Line::from(vec![
                    lead,
                    Span::styled(line.into_owned(), theme.text()),
                ]));
            }
        } else {
            let indent = " ".repeat(key_width + 2);
            lines.push(Line::styled(keys, theme.key()));
            lines.extend(crate::tui::render::wrap_hanging(
                what,
                inner,
                &indent,
                &indent,
                theme.text(),
            ));
        }
    }
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = centered(area, width, height);
    let scroll = scroll.min(crate::tui::render::last_top(
        lines.len(),
        rect.height.saturating_sub(2),
    ));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(" keys ", theme.title()))
        .title_bottom(Line::styled(
            format!(
                " {} close ",
                keys::key_for(keys::Scope::Help, keys::Action::CloseOverlay)
            ),
            theme.dim(),
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), rect);
}

fn confirm(what: &str, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::styled("Move this draft to the trash?", theme.title()),
        Line::raw(""),
        Line::styled(what.to_string(), theme.text()),
        Line::raw(""),
        choice_row(keys::Scope::Confirm, theme),
    ];
    let rect = centered(area, area.width.saturating_sub(4).min(60), 7);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.warning())
        .title(Span::styled(" delete ", theme.warning()));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}

/// The answers of the question in `scope` as one row: each key, then what it does.
fn choice_row(scope: keys::Scope, theme: &Theme) -> Line<'static> {
    let mut row = Vec::new();
    for (i, (key, label)) in keys::choices(scope).into_iter().enumerate() {
        if i > 0 {
            row.push(Span::raw("   "));
        }
        row.push(Span::styled(key, theme.key()));
        row.push(Span::raw(format!(" {label}")));
    }
    Line::from(row)
}

/// A boxed question: its lines, then one row with the answers of `scope`.
fn question(
    title: &str,
    mut lines: Vec<Line<'static>>,
    scope: keys::Scope,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    lines.push(Line::raw(""));
    lines.push(choice_row(scope, theme));
    let width = area.width.saturating_sub(4).min(72);
    let inner = width.saturating_sub(2);
    let height: u16 = lines
        .iter()
        .map(|l| crate::tui::render::wrapped_height(&l.to_string(), inner))
        .sum::<u16>()
        .saturating_add(2);
    let rect = centered(area, width, height);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.warning())
        .title(Span::styled(title.to_string(), theme.warning()));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}

fn prompt(input: &str, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(4).min(76);
    // Show the end of a long path: that is where the typing happens.
    let room = usize::from(width.saturating_sub(5));
    let chars: Vec<char> = input.chars().collect();
    let shown: String = chars[chars.len().saturating_sub(room)..].iter().collect();
    let lines = vec![
        Line::styled(
            "Which job description? Type the path of its file.",
            theme.title(),
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled("> ", theme.key()),
            Span::raw(shown),
            Span::styled(" ", theme.cursor()),
        ]),
        Line::raw(""),
        {
            let mut row = choice_row(keys::Scope::Prompt, theme);
            row.push_span(Span::raw(
                "   plain text or Markdown; ~ is your home folder",
            ));
            row
        },
    ];
    let rect = centered(area, width, 7);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(" load a job description ", theme.title()));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}

/// The "new draft" dialog: one row per choice, the focused one marked; its keys are in the
/// footer.
fn new_draft(dialog: &NewDraft, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(4).min(64);
    let room = usize::from(width.saturating_sub(16));
    let row = |focus: bool, name: &str, value: Vec<Span<'static>>| {
        let mut spans = vec![
            Span::styled(if focus { "▸ " } else { "  " }, theme.key()),
            Span::styled(format!("{name:<6}"), theme.dim()),
        ];
        spans.extend(value);
        let line = Line::from(spans);
        if focus {
            line.style(theme.selected())
        } else {
            line
        }
    };
    let choice = |text: String| {
        vec![
            Span::styled("◂ ", theme.dim()),
            Span::styled(crate::tui::render::short(&text, room), theme.text()),
            Span::styled(" ▸", theme.dim()),
        ]
    };
    let mut lines = vec![
        Line::styled("Start a new draft", theme.title()),
        Line::raw(""),
        row(dialog.row == Row::Role, "role", choice(dialog.role_text())),
    ];
    if dialog.adding_role() {
        let typing = dialog.row == Row::NewRole;
        let chars: Vec<char> = dialog.new_role.chars().collect();
        let shown: String = chars[chars.len().saturating_sub(room)..].iter().collect();
        let mut value = vec![Span::styled(shown, theme.text())];
        if typing {
            value.push(Span::styled("_", theme.cursor()));
        }
        if dialog.new_role.is_empty() {
            value.push(Span::styled("Title, Company", theme.placeholder()));
        }
        lines.push(row(typing, "named", value));
    }
    lines.push(row(
        dialog.row == Row::Pack,
        "pack",
        choice(dialog.pack_name().to_string()),
    ));
    let height = u16::try_from(lines.len()).unwrap_or(6).saturating_add(2);
    let rect = centered(area, width, height);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(" new draft ", theme.title()));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
