//! Drawing the ladder screen: the rail on the left; the question, the answer, the coach's
//! findings on it (at most four lines, "+N more" beyond), the metric helper (`form_view.rs`)
//! and the live preview (`preview.rs`) on the right. When the window is short the examples go
//! first, then the why-line and hint shrink, so the answer, the helper and a line of the
//! preview always show; the preview grows into whatever rows are left.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::ladder::{Draft, Rung};
use crate::tui::app::Shared;
use crate::tui::app::findings::mark;
use crate::tui::app::text::counts;
use crate::tui::render::painted;
use crate::tui::render::short;
use crate::tui::render::split::{self, Part};
use crate::tui::render::theme::Theme;
use crate::tui::render::{wrap_hanging, wrapped_height};
use crate::tui::screens::ladder::form_view::{draw_form, helper_alone, phrase_line};
use crate::tui::screens::ladder::{Focus, Ladder, preview};

/// The rail's width.
pub const RAIL_WIDTH: u16 = 16;

/// The rung drawn on the rail at window column `x`, row `y`, when the ladder fills `area`.
/// The rail lists the rungs from the top one down, under its title and a blank line.
pub fn rung_at(area: Rect, x: u16, y: u16) -> Option<Rung> {
    let top = area.y + 2;
    if x < area.x || x >= area.x + RAIL_WIDTH || y < top || y >= top + 5 {
        return None;
    }
    Rung::ALL.into_iter().rev().nth(usize::from(y - top))
}

/// Draws the ladder screen into `area`.
pub fn draw(ladder: &Ladder, shared: &Shared, frame: &mut Frame, area: Rect) {
    let [rail, _, main] = split::columns(area, [Part::Len(RAIL_WIDTH), Part::Len(1), Part::Rest]);
    draw_rail(&ladder.session.draft, shared, frame, rail);
    draw_main(ladder, shared, frame, main);
}

/// The rail: the five rungs (the current one marked, answered ones ticked), the step, the
/// level, the style and the role. Built only when one of those changes.
fn draw_rail(draft: &Draft, shared: &Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let answered = draft.cells();
    let role = draft.role.as_ref().map(|role| shared.role_label(role));
    let key = (draft.rung, answered, draft.style.name(), &role, theme);
    painted::reuse(frame, area, "rail", &key, |area, buf| {
        let mut lines = vec![Line::styled("the ladder", theme.title()), Line::raw("")];
        for (i, rung) in Rung::ALL.iter().enumerate().rev() {
            let (mark, style) = if *rung == draft.rung {
                ("▸", theme.selected())
            } else if answered[i] {
                ("✓", theme.done())
            } else {
                ("·", theme.dim())
            };
            lines.push(Line::styled(
                format!("{mark} {} {:<8}", rung.number(), rung.name()),
                style,
            ));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("step {} of 5", draft.rung.number()),
            theme.text(),
        ));
        lines.push(Line::styled(
            format!("level {}/5", draft.level()),
            theme.dim(),
        ));
        lines.push(Line::styled(draft.style.name(), theme.dim()));
        if let Some(role) = &role {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                short(role, usize::from(RAIL_WIDTH)),
                theme.dim(),
            ));
        }
        Paragraph::new(lines).render(area, buf);
    });
}

/// The heights of the right column's parts.
struct Heights {
    why: u16,
    hint: u16,
    examples: u16,
    answer: u16,
    notes: u16,
    form: u16,
    preview: u16,
}

impl Heights {
    fn total(&self) -> u16 {
        1 + self.why
            + self.hint
            + self.examples
            + self.answer
            + self.notes
            + self.form
            + self.preview
    }

    /// Shrinks the parts, least needed first, until they fit in `room`.
    /// Then the preview grows into the rows left over, up to `wanted` (the whole bullet).
    fn fit(mut self, room: u16, wanted: u16) -> Heights {
        let steps: [fn(&mut Heights); 10] = [
            |h| h.examples = 0,
            |h| h.why = h.why.min(1),
            |h| h.hint = h.hint.min(1),
            |h| h.why = 0,
            |h| h.notes = h.notes.min(1),
            |h| h.preview = h.preview.min(3),
            |h| h.form = h.form.min(6),
            |h| h.hint = 0,
            |h| h.answer = 3,
            |h| h.notes = 0,
        ];
        for step in steps {
            if self.total() <= room {
                break;
            }
            step(&mut self);
        }
        let free = room.saturating_sub(self.total());
        self.preview = wanted.min(self.preview + free);
        self
    }
}

fn draw_main<'a>(ladder: &'a Ladder, shared: &'a Shared, frame: &mut Frame, area: Rect) {
    let theme = &shared.theme;
    let draft = &ladder.session.draft;
    let rung = draft.rung;
    let pack = shared.pack(&draft.pack);
    let prompt = pack.prompt(rung);
    let width = area.width;
    let text_width = usize::from(width.max(1));
    let preview_rows = preview::wanted_rows(&ladder.preview, rung, theme, width);
    let notes = finding_lines(ladder, theme, text_width, MAX_FINDING_LINES);
    let examples = if ladder.examples {
        1 + u16::try_from(prompt.examples.len()).unwrap_or(0)
    } else {
        0
    };
    let heights = Heights {
        why: wrapped_height(&prompt.why, width),
        hint: wrapped_height(&prompt.hint, width),
        examples,
        answer: 4,
        notes: u16::try_from(notes.len()).unwrap_or(0),
        form: if rung == Rung::Metric {
            5 + wrapped_height(&phrase_line(ladder, theme).0, width).min(3)
        } else {
            0
        },
        preview: preview_rows.min(6),
    }
    .fit(area.height, preview_rows);
    let [
        question,
        why,
        hint,
        examples_area,
        answer,
        notes_area,
        form,
        preview,
        _,
    ] = split::rows(
        area,
        [
            Part::Len(1),
            Part::Len(heights.why),
            Part::Len(heights.hint),
            Part::Len(heights.examples),
            Part::Len(heights.answer),
            Part::Len(heights.notes),
            Part::Len(heights.form),
            Part::Len(heights.preview),
            Part::Rest,
        ],
    );

    // Everything above the answer stays the same while it is typed: painted once, then reused.
    let styled = |text: &'a str, style| [Line::styled(text, style)];
    painted::paragraph(
        frame,
        question,
        &styled(&prompt.question, theme.title()),
        false,
    );
    painted::paragraph(frame, why, &styled(&prompt.why, theme.dim()), true);
    painted::paragraph(frame, hint, &styled(&prompt.hint, theme.hint()), true);
    if examples_area.height > 0 {
        let mut example_lines = vec![Line::styled(
            format!(
                "for example ({} hides):",
                crate::tui::keys::key_for(
                    crate::tui::keys::Scope::Ladder,
                    crate::tui::keys::Action::ToggleExamples
                )
            ),
            theme.dim(),
        )];
        example_lines.extend(
            prompt
                .examples
                .iter()
                .map(|e| Line::styled(format!("  {e}"), theme.example())),
        );
        painted::paragraph(frame, examples_area, &example_lines, false);
    }

    draw_answer(ladder, theme, frame, answer);

    let budget = usize::from(heights.notes);
    if budget > 0 {
        // A short window may leave room for fewer lines than the notes took.
        let notes = if budget < notes.len() {
            finding_lines(ladder, theme, text_width, budget)
        } else {
            notes
        };
        painted::paragraph(frame, notes_area, &notes, false);
    }

    if rung == Rung::Metric {
        draw_form(ladder, theme, frame, form);
    }

    let title = format!(
        " preview · {} ({} switches) ",
        draft.style.name(),
        crate::tui::keys::key_for(
            crate::tui::keys::Scope::Ladder,
            crate::tui::keys::Action::ToggleStyle
        )
    );
    let title = short(&title, usize::from(width.saturating_sub(2)));
    preview::draw(&ladder.preview, rung, &title, theme, frame, preview);
}

/// The most lines the findings take on the ladder, so the preview always shows.
const MAX_FINDING_LINES: usize = 4;

/// The rung's findings as lines, at most `budget` of them: active ones first, then the ones
/// fixed during this visit; "+N more" when they do not all fit.
fn finding_lines(
    ladder: &Ladder,
    theme: &Theme,
    width: usize,
    budget: usize,
) -> Vec<Line<'static>> {
    let f = &ladder.findings;
    let notes = ladder
        .assembly_notes
        .iter()
        .map(|n| wrap_hanging(&format!("→ {n}"), width, "", "  ", theme.hint()));
    let blocks: Vec<Vec<Line<'static>>> = notes
        .chain(f.active().iter().map(|s| {
            let level = s.finding.level;
            let text = format!("{} {}", mark(level), s.text);
            wrap_hanging(&text, width, "", "  ", theme.level(level))
        }))
        .chain(f.fixed().iter().map(|s| {
            wrap_hanging(
                &format!("✓ fixed: {}", s.text),
                width,
                "",
                "  ",
                theme.fixed(),
            )
        }))
        .collect();
    let total: usize = blocks.iter().map(Vec::len).sum();
    if total <= budget {
        return blocks.into_iter().flatten().collect();
    }
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut shown = 0;
    for b in &blocks {
        if out.len() + b.len() < budget {
            out.extend(b.iter().cloned());
            shown += 1;
        } else {
            break;
        }
    }
    if shown == 0 {
        out.extend(blocks[0].iter().take(budget.max(1)).cloned());
        shown = 1;
        // The first note is cut: its last line shown ends after a whole word, marked.
        if blocks[0].len() > out.len()
            && let Some(last) = out.last_mut()
        {
            let text: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
            let style = last.spans.first().map(|s| s.style).unwrap_or_default();
            let lead: String = text.chars().take_while(|c| *c == ' ').collect();
            let mut words: Vec<&str> = text.split_whitespace().collect();
            while !words.is_empty()
                && lead.len() + textwrap::core::display_width(&words.join(" ")) + 2 > width
            {
                words.pop();
            }
            *last = Line::styled(format!("{lead}{} …", words.join(" ")), style);
        }
    }
    if out.len() < budget && blocks.len() > shown {
        out.push(Line::styled(
            format!("+{} more: the review lists them all", blocks.len() - shown),
            theme.dim(),
        ));
    }
    out
}

fn draw_answer(ladder: &Ladder, theme: &Theme, frame: &mut Frame, area: Rect) {
    let focused = ladder.focus == Focus::Answer;
    let draft = &ladder.session.draft;
    let (words, chars) = counts(draft.answers.get(draft.rung));
    // On the metric rung a working helper wins: the box says its text is not in the bullet.
    let title = if helper_alone(ladder) {
        " your answer · not in the bullet "
    } else {
        " your answer "
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme.focus_border()
        } else {
            theme.border()
        })
        .title(Span::styled(title, theme.title()));
    let inner = block.inner(area);
    // The box is reused; the count on its bottom edge changes with every key, drawn over it
    // where the block would put a bottom title.
    painted::block(frame, area, &(focused, title, theme), block);
    if area.height >= 2 && area.width > 2 {
        let count = Line::styled(
            format!(" {} · {} ", plural(words, "word"), plural(chars, "char")),
            theme.dim(),
        );
        let bottom = Rect::new(area.x + 1, area.bottom() - 1, area.width - 2, 1);
        frame.render_widget(count, bottom);
    }
    frame.render_widget(&ladder.answer, inner);
}

/// "1 word", "3 words".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
