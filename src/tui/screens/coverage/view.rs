//! Drawing the coverage view: the role, then each competency area with `[x]` and the bullets
//! that cover it, or `[ ]` and a question; a kind word for packs without areas.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::Shared;
use crate::tui::render::short;
use crate::tui::render::wrap_hanging;
use crate::tui::screens::coverage::Coverage;

/// Draws the coverage view into `area`.
pub fn draw(view: &Coverage, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let width = usize::from(area.width.max(1));
    let mut lines = vec![Line::styled("Competency areas", theme.title())];
    let Some(role) = view.role() else {
        lines.push(Line::raw(""));
        lines.extend(wrap_hanging(
            "No roles yet. Add one with `rung role add KEY --company C --title T`, give drafts \
             that role, and this view shows which areas of the job they cover.",
            width,
            "",
            "",
            theme.text(),
        ));
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    let mut header = vec![Span::styled(role.label.clone(), theme.text())];
    if view.roles.len() > 1 {
        header.push(Span::styled(
            format!(
                "  ·  role {} of {} ({} switches)",
                view.at + 1,
                view.roles.len(),
                crate::tui::keys::key_for(
                    crate::tui::keys::Scope::Coverage,
                    crate::tui::keys::Action::NextRole
                )
            ),
            theme.dim(),
        ));
    }
    if let Some(pack) = &role.pack {
        header.push(Span::styled(format!("  ·  {pack} pack"), theme.dim()));
    }
    // A part of the header that does not fit whole is left out, never cut mid-word.
    let mut used = 0;
    header.retain(|s| {
        used += s.width();
        used <= width || s.content == role.label
    });
    lines.push(Line::from(header));
    lines.push(Line::raw(""));
    let kind = |text: &str| wrap_hanging(text, width, "", "", theme.text());
    match &role.pack {
        None => lines.extend(kind(
            "No drafts for this role yet. Start one with n on home and give it this role.",
        )),
        Some(pack) if role.areas.is_empty() => lines.extend(kind(&format!(
            "The {pack} pack has no competency areas, so there is nothing to cover here. \
             Drafts that use a role pack such as backend, frontend, data or devops get this view."
        ))),
        Some(_) => {
            let covered = role.areas.iter().filter(|a| a.is_covered()).count();
            lines.push(Line::styled(
                format!(
                    "{covered} of {} areas covered by {} bullet{}",
                    role.areas.len(),
                    role.bullets.len(),
                    if role.bullets.len() == 1 { "" } else { "s" }
                ),
                theme.text(),
            ));
            for a in &role.areas {
                if a.is_covered() {
                    lines.push(Line::from(vec![
                        Span::styled("[x] ", theme.done()),
                        Span::styled(a.name.clone(), theme.done()),
                        Span::styled(format!("  {}", a.keywords.join(", ")), theme.dim()),
                    ]));
                    for i in &a.bullets {
                        let text = short(&role.bullets[*i], width.saturating_sub(6));
                        lines.push(Line::styled(format!("    ↳ {text}"), theme.dim()));
                    }
                } else {
                    let ask = "no bullet yet: what did you do here?";
                    let mut row = vec![
                        Span::styled("[ ] ", theme.text()),
                        Span::styled(a.name.clone(), theme.text()),
                    ];
                    if 4 + a.name.chars().count() + 2 + ask.len() <= width {
                        row.push(Span::styled(format!("  {ask}"), theme.dim()));
                        lines.push(Line::from(row));
                    } else {
                        lines.push(Line::from(row));
                        lines.push(Line::styled(format!("    {ask}"), theme.dim()));
                    }
                }
            }
        }
    }
    let top = view
        .scroll
        .min(crate::tui::render::last_top(lines.len(), area.height));
    frame.render_widget(Paragraph::new(lines).scroll((top, 0)), area);
}
