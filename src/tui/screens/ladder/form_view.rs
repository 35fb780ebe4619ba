//! Drawing the metric helper on the ladder: its five fields, then one line saying what the
//! bullet's result is made of (the helper's phrase, its error, or the free-text answer).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::render::fit_lines;
use crate::tui::render::split::{self, Part};
use crate::tui::render::theme::Theme;
use crate::tui::screens::ladder::metric_form::{Field, better_label};
use crate::tui::screens::ladder::{Focus, Ladder};

pub(super) fn draw_form(ladder: &Ladder, theme: &Theme, frame: &mut Frame, area: Rect) {
    let draft = &ladder.session.draft;
    let rows = split::rows(area, [Part::Len(1); 5]);
    let label_style = |f: Field| {
        if ladder.focus == Focus::Field(f) {
            theme.selected()
        } else {
            theme.key()
        }
    };
    for (i, field) in Field::ALL.into_iter().enumerate() {
        let [label, value] = split::columns(rows[i], [Part::Len(9), Part::Rest]);
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{:>7} ", field.label()),
                label_style(field),
            )),
            label,
        );
        match ladder.form.area(field) {
            Some(textarea) => frame.render_widget(textarea, value),
            None => {
                let better = draft.metric.as_ref().and_then(|m| m.better);
                let text = format!("< {} >", better_label(better));
                frame.render_widget(Paragraph::new(Span::styled(text, theme.text())), value);
            }
        }
    }
    let (phrase, style) = phrase_line(ladder, theme);
    let [_, phrase_area] = split::rows(area, [Part::Len(5), Part::Rest]);
    let lines: Vec<Line> = fit_lines(
        &phrase,
        usize::from(phrase_area.width),
        usize::from(phrase_area.height),
    )
    .into_iter()
    .map(|l| Line::styled(l, style))
    .collect();
    frame.render_widget(Paragraph::new(lines), phrase_area);
}

/// True when the helper's phrase is in the bullet and the free-text answer is not (assembly
/// adds a typed result beside the helper's only when it has figures of its own, and says so).
pub(super) fn helper_alone(ladder: &Ladder) -> bool {
    let draft = &ladder.session.draft;
    draft.metric_spec().is_some_and(|m| m.phrase().is_ok())
        && !draft.answers.metric.trim().is_empty()
        && !answer_joins(ladder)
}

/// True when a typed result goes into the bullet beside the helper's.
fn answer_joins(ladder: &Ladder) -> bool {
    ladder
        .assembly_notes
        .iter()
        .any(|n| n.contains("then the results typed above"))
}

/// The helper's computed phrase, its error, or how to start, with its style; each says which
/// of the two (the answer or the helper) the bullet uses.
pub(super) fn phrase_line(ladder: &Ladder, theme: &Theme) -> (String, Style) {
    let draft = &ladder.session.draft;
    let answered = !draft.answers.metric.trim().is_empty();
    match draft.metric_spec().map(|m| m.phrase()) {
        None if answered => (
            format!(
                "the bullet uses your answer ({} for the helper)",
                crate::tui::keys::key_for(
                    crate::tui::keys::Scope::Metric,
                    crate::tui::keys::Action::NextField
                )
            ),
            theme.dim(),
        ),
        None => (
            format!(
                "helper: fill in what, before and after ({} moves here)",
                crate::tui::keys::key_for(
                    crate::tui::keys::Scope::Metric,
                    crate::tui::keys::Action::NextField
                )
            ),
            theme.dim(),
        ),
        Some(Ok(p)) if answer_joins(ladder) => (
            format!("→ the bullet uses: {}, then your answer", p.text),
            theme.done(),
        ),
        Some(Ok(p)) => (format!("→ the bullet uses: {}", p.text), theme.done()),
        Some(Err(e)) if answered => (
            format!("! {e} (the bullet uses your answer meanwhile)"),
            theme.warning(),
        ),
        Some(Err(e)) => (format!("! {e}"), theme.warning()),
    }
}
