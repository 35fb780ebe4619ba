//! Drawing the import screen: the path line with what Tab offered, the reading progress, the
//! list of bullets with a check box, level cells and role (weakest first, scrolled to the
//! selection), a line for text that could not be placed, and the outcome.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::safe_text;
use crate::tui::app::Shared;
use crate::tui::render::wrap_hanging;
use crate::tui::screens::import::{Choosing, ImportScreen, Phase};

/// Draws the import screen into `area`.
pub fn draw(screen: &ImportScreen, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let width = usize::from(area.width.max(1));
    let mut lines = vec![Line::styled("Import your resume", theme.title())];
    match &screen.phase {
        Phase::Path { input, choices } => {
            lines.extend(wrap_hanging(
                "A PDF, a DOCX, a LaTeX source (.tex) or LinkedIn's data export (the ZIP or \
                 Positions.csv). Tab completes the path; ~ is your home folder.",
                width,
                "",
                "",
                theme.dim(),
            ));
            lines.push(Line::raw(""));
            let shown = safe_text::line(input);
            lines.push(Line::from(vec![
                Span::styled("File: ", theme.key()),
                Span::raw(tail(&shown, width.saturating_sub(7))),
                Span::styled(" ", theme.cursor()),
            ]));
            let room = usize::from(area.height).saturating_sub(lines.len() + 1);
            for name in choices.iter().take(room) {
                lines.push(Line::styled(
                    format!(
                        "  {}",
                        safe_text::truncate(&safe_text::line(name), width.saturating_sub(2), "…")
                    ),
                    theme.dim(),
                ));
            }
            if choices.len() > room && room > 0 {
                lines.pop();
                lines.push(Line::styled(
                    format!("  … {} names in all", choices.len()),
                    theme.dim(),
                ));
            }
        }
        Phase::Reading { path, progress } => {
            lines.push(Line::raw(""));
            let what = match progress {
                Some(p) if p.total > 1 => format!("reading page {} of {}…", p.done, p.total),
                _ => "reading…".to_string(),
            };
            lines.push(Line::styled(
                safe_text::truncate(&safe_text::line(path), width, "…"),
                theme.dim(),
            ));
            lines.push(Line::styled(what, theme.text()));
        }
        Phase::List(c) => {
            list(c, shared, width, usize::from(area.height), &mut lines);
        }
        Phase::Done { report, weakest } => {
            lines.push(Line::raw(""));
            let n = report.drafts.len();
            let roles = report.roles_added.len();
            let mut said = format!("Imported {n} draft{}", if n == 1 { "" } else { "s" });
            if roles > 0 {
                said.push_str(&format!(
                    " and added {roles} role{}",
                    if roles == 1 { "" } else { "s" }
                ));
            }
            if report.skipped > 0 {
                said.push_str(&format!("; {} imported before", report.skipped));
            }
            said.push('.');
            lines.extend(wrap_hanging(&said, width, "", "", theme.done()));
            if let Some((_, text)) = weakest {
                lines.push(Line::raw(""));
                lines.push(Line::styled("The weakest one:", theme.text()));
                lines.extend(wrap_hanging(
                    &safe_text::line(text),
                    width,
                    "  ",
                    "  ",
                    theme.hint(),
                ));
                lines.push(Line::raw(""));
                lines.push(Line::styled(
                    format!(
                        "Press {} to start climbing it, or {} to go home.",
                        crate::tui::keys::key_for(
                            crate::tui::keys::Scope::ImportDone,
                            crate::tui::keys::Action::Open
                        ),
                        crate::tui::keys::key_for(
                            crate::tui::keys::Scope::ImportDone,
                            crate::tui::keys::Action::GoHome
                        )
                    ),
                    theme.text(),
                ));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The file's name without its folders.
fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// The last `max` columns of `text` (the end of a long path is the part that matters).
fn tail(text: &str, max: usize) -> String {
    if safe_text::width(text) <= max {
        return text.to_string();
    }
    let mut out: Vec<char> = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        used += safe_text::width(&c.to_string());
        if used > max {
            break;
        }
        out.push(c);
    }
    out.reverse();
    format!("…{}", out.into_iter().collect::<String>())
}

fn list(
    c: &Choosing,
    shared: &Shared,
    width: usize,
    height: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let theme = &shared.theme;
    let plan = &c.found.plan;
    let resume = &c.found.resume;
    let roles = plan.roles.len();
    lines.push(Line::styled(
        safe_text::truncate(
            &format!(
                "{} ({}) · {} bullet{} in {roles} role{} · {} checked · weakest first",
                safe_text::line(&file_name(&resume.file)),
                resume.format.name(),
                plan.bullets.len(),
                if plan.bullets.len() == 1 { "" } else { "s" },
                if roles == 1 { "" } else { "s" },
                c.checked_count()
            ),
            width,
            "…",
        ),
        theme.dim(),
    ));
    let mut below: Vec<Line<'static>> = Vec::new();
    if !resume.unplaced.is_empty() {
        let first = safe_text::line(&resume.unplaced[0].text).into_owned();
        below.push(Line::styled(
            safe_text::truncate(
                &format!(
                    "Could not place {} piece{} of text: \"{first}\"",
                    resume.unplaced.len(),
                    if resume.unplaced.len() == 1 { "" } else { "s" },
                ),
                width,
                "…",
            ),
            theme.warning(),
        ));
    }
    for notice in &resume.notices {
        below.push(Line::styled(
            safe_text::truncate(&safe_text::line(notice), width, "…"),
            theme.warning(),
        ));
    }
    let room = height.saturating_sub(lines.len() + below.len()).max(1);
    let first = c.selected.saturating_sub(room.saturating_sub(1));
    for (row, &i) in c.order.iter().enumerate().skip(first).take(room) {
        let b = &plan.bullets[i];
        let selected = row == c.selected;
        let box_ = match (b.existing.is_some(), c.checked[i]) {
            (true, _) => "[=]",
            (false, true) => "[x]",
            (false, false) => "[ ]",
        };
        let cells: String = b
            .cells
            .iter()
            .map(|on| if *on { '■' } else { '·' })
            .collect();
        let role = &plan.roles[b.role].role.company;
        let text = if b.existing.is_some() {
            format!("{} (imported before)", b.text)
        } else {
            b.text.clone()
        };
        let fixed = 2 + 4 + 6;
        let role_room = (width / 5).min(24);
        let text_room = width.saturating_sub(fixed + role_room + 3).max(8);
        let mut spans = vec![
            Span::raw(if selected { "▸ " } else { "  " }),
            Span::styled(format!("{box_} "), theme.key()),
            Span::styled(format!("{cells} "), theme.done()),
            Span::raw(safe_text::pad(
                &safe_text::truncate(&safe_text::line(&text), text_room, "…"),
                text_room,
            )),
            Span::styled(
                format!(
                    "  {}",
                    safe_text::truncate(&safe_text::line(role), role_room, "…")
                ),
                theme.dim(),
            ),
        ];
        if b.existing.is_some() {
            spans[3] = Span::styled(spans[3].content.clone().into_owned(), theme.dim());
        }
        let line = Line::from(spans);
        lines.push(if selected {
            line.style(theme.selected())
        } else {
            line
        });
    }
    if plan.bullets.is_empty() {
        lines.push(Line::styled("No bullets found in this file.", theme.text()));
    }
    lines.extend(below);
}
