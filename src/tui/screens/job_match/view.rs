//! Drawing the match panel: the file, the coverage with its verdict, the terms the bullets
//! show, and a question for each missing one.

use crate::tui::render::last_top;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::coach::job_match::{MatchResult, Verdict};
use crate::tui::app::Shared;
use crate::tui::render::{wrap_hanging, wrap_lines};
use crate::tui::screens::job_match::JobMatch;

/// Draws the match panel into `area`.
pub fn draw(panel: &JobMatch, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let width = usize::from(area.width.max(1));
    let mut lines = vec![Line::from(vec![
        Span::styled("Job description match", theme.title()),
        Span::styled(
            format!(
                "  ·  {} finished bullet{}",
                panel.bullets.len(),
                if panel.bullets.len() == 1 { "" } else { "s" }
            ),
            theme.dim(),
        ),
    ])];
    let para = |lines: &mut Vec<Line<'static>>, text: &str, style: Style, indent: &str| {
        lines.extend(wrap_hanging(text, width, indent, indent, style));
    };
    let (Some(loaded), Some(result)) = (&shared.job_description, panel.result(shared)) else {
        lines.push(Line::raw(""));
        para(
            &mut lines,
            "No job description loaded yet.",
            theme.text(),
            "",
        );
        para(
            &mut lines,
            "Press l and type the path of a job description file (plain text or Markdown). \
             rung finds its technologies and key terms, shows which ones your finished bullets \
             already name, and asks about the rest. Nothing is ever added to a bullet for you.",
            theme.dim(),
            "",
        );
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    para(
        &mut lines,
        &loaded.path.display().to_string(),
        theme.dim(),
        "",
    );
    lines.push(Line::raw(""));
    if panel.bullets.is_empty() {
        para(
            &mut lines,
            "No finished bullets yet: mark a draft finished on its review screen (f) to match it.",
            theme.warning(),
            "",
        );
        lines.push(Line::raw(""));
    }
    if result.verdict() == Verdict::Nothing {
        para(
            &mut lines,
            "rung found no technology or technique it knows in this job description.",
            theme.text(),
            "",
        );
    } else {
        coverage_lines(&result, shared, width, &mut lines);
    }
    let top = panel.scroll.min(last_top(lines.len(), area.height));
    frame.render_widget(Paragraph::new(lines).scroll((top, 0)), area);
}

fn coverage_lines(m: &MatchResult, shared: &Shared, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &shared.theme;
    let total = m.matched.len() + m.missing.len();
    let pct = (m.coverage * 100.0).round();
    let style = match m.verdict() {
        Verdict::Healthy | Verdict::High => theme.done(),
        Verdict::Stuffing => theme.warning(),
        Verdict::Low | Verdict::Nothing => theme.text(),
    };
    let summary = format!(
        "Coverage: {} of {total} key terms ({pct}%), {}.",
        m.matched.len(),
        m.verdict_text()
    );
    lines.extend(wrap_hanging(&summary, width, "", "", style));
    lines.push(Line::raw(""));
    if !m.matched.is_empty() {
        lines.push(Line::styled(
            format!("In your bullets ({})", m.matched.len()),
            theme.title(),
        ));
        let list = format!("✓ {}", m.matched.join(", "));
        lines.extend(wrap_lines(&list, width, "  ", theme.done()));
        lines.push(Line::raw(""));
    }
    if !m.missing.is_empty() {
        let title = format!("Missing ({})", m.missing.len());
        let room = width.saturating_sub(title.chars().count() + 2);
        let note = crate::tui::render::fit_lines(
            "asked about, never added: answer on a draft's ladder if it is true",
            room,
            1,
        )
        .join("");
        lines.push(Line::from(vec![
            Span::styled(title, theme.title()),
            Span::styled(format!("  {note}"), theme.dim()),
        ]));
        for term in &m.missing {
            let q = format!("? {}", MatchResult::question(term));
            lines.extend(wrap_lines(&q, width, "  ", theme.text()));
        }
    }
}
