//! The ladder screen's state and update: one rung at a time, the answer in a text field that
//! is a view over the draft.
//!
//! Enter accepts and climbs (on the metric rung it opens the review); Tab, PgDn and Alt-Down
//! climb, Shift-Tab, PgUp and Alt-Up step down; a finding never blocks moving. On the metric
//! rung Ctrl-N/Ctrl-P move between the answer and the helper's fields.
//!
//! The coach's findings for the rung are checked again after every message, from the draft
//! (on the metric rung, from the helper's phrase when it computes); see [`RungFindings`] for
//! how fixed ones are ticked off until the user leaves the rung. The live preview is assembled
//! at the same time. In the real loop both wait until the frame with the edit is drawn and
//! typing pauses for a millisecond ([`Shared::defer_checks`]), and follow in the next frame.

mod form_view;
pub mod metric_form;
mod preview;
pub(crate) mod view;

use ratatui_textarea::TextArea;

use crate::coach::{self, Finding};
use crate::ladder::assemble::notes;
use crate::ladder::{Rung, Segment, assemble_segments};
use crate::tui::app::findings::RungFindings;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::session::Session;
use crate::tui::app::text;
use crate::tui::app::{Nav, Shared};
use crate::tui::keys::{Action, Scope};
use metric_form::{Field, MetricForm};

/// Shown in an empty answer field.
fn placeholder() -> String {
    format!(
        "type your answer here; {} moves on",
        crate::tui::keys::key_for(
            crate::tui::keys::Scope::Ladder,
            crate::tui::keys::Action::Accept
        )
    )
}

/// Which field has the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The free-text answer.
    Answer,
    /// A field of the metric helper.
    Field(Field),
}

/// The state of the ladder screen.
#[derive(Debug)]
pub struct Ladder {
    /// The draft being climbed; `draft.rung` is the current rung.
    pub session: Session,
    /// The answer field of the current rung.
    pub answer: TextArea<'static>,
    /// The metric helper's fields.
    pub form: MetricForm,
    /// Where the cursor is.
    pub focus: Focus,
    /// Whether the examples are shown.
    pub examples: bool,
    /// The coach's findings on this rung, with the ones fixed during this visit.
    pub findings: RungFindings,
    /// The live preview: the draft assembled, with placeholders for the empty rungs.
    pub preview: Vec<Segment>,
    /// What assembly does with this rung's answer (`will read: "..."`, what it left out), so
    /// nothing is rewritten silently.
    pub assembly_notes: Vec<String>,
    /// True when the draft changed since the findings and the preview were worked out (only
    /// while they are deferred, see [`Shared::defer_checks`]).
    stale: bool,
}

impl Ladder {
    /// The ladder for a draft, at its saved rung.
    pub fn new(session: Session, shared: &Shared) -> Ladder {
        let form = MetricForm::new(&session.draft, &shared.theme);
        let mut ladder = Ladder {
            answer: TextArea::default(),
            form,
            focus: Focus::Answer,
            examples: true,
            findings: RungFindings::default(),
            preview: Vec::new(),
            assembly_notes: Vec::new(),
            stale: false,
            session,
        };
        ladder.load_answer(shared);
        ladder
    }

    /// The current rung.
    pub fn rung(&self) -> Rung {
        self.session.draft.rung
    }

    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        match self.focus {
            Focus::Field(Field::Better) => vec![Scope::MetricBetter, Scope::Metric, Scope::Ladder],
            Focus::Field(_) => vec![
                Scope::MetricField,
                Scope::Metric,
                Scope::Ladder,
                Scope::Text,
            ],
            _ if self.rung() == Rung::Metric => vec![Scope::Metric, Scope::Ladder, Scope::Text],
            _ => vec![Scope::Ladder, Scope::Text],
        }
    }

    /// True when typing goes into a field.
    pub fn text_focus(&self) -> bool {
        self.focus != Focus::Field(Field::Better)
    }

    fn load_answer(&mut self, shared: &Shared) {
        let draft = &self.session.draft;
        self.answer = text::field(draft.answers.get(draft.rung), &placeholder(), &shared.theme);
        // The metric rung opens in the field the user last typed in.
        let field = match draft.rung {
            Rung::Metric => Field::ALL
                .into_iter()
                .find(|f| draft.cursor.as_deref() == Some(f.label())),
            _ => None,
        };
        self.focus = field.map_or(Focus::Answer, Focus::Field);
        text::set_focus(&mut self.answer, field.is_none(), &shared.theme);
        self.form.focus(field, &shared.theme);
        let (text, found) = self.check(shared);
        self.findings = RungFindings::arrive(&text, found);
        self.preview = self.assemble(shared);
        self.assembly_notes = self.notes(shared);
        self.stale = false;
    }

    /// The draft as the preview shows it.
    fn assemble(&self, shared: &Shared) -> Vec<Segment> {
        let draft = &self.session.draft;
        assemble_segments(draft, shared.pack(&draft.pack), draft.style, true)
    }

    /// Assembly's notes on this rung's answer.
    fn notes(&self, shared: &Shared) -> Vec<String> {
        let draft = &self.session.draft;
        notes(draft, shared.pack(&draft.pack), draft.style)
            .into_iter()
            .filter(|n| n.rung == draft.rung)
            .map(|n| n.text)
            .collect()
    }

    /// This rung's text and its findings.
    fn check(&self, shared: &Shared) -> (String, Vec<Finding>) {
        let draft = &self.session.draft;
        let text = coach::checked_text(draft, draft.rung);
        let found = coach::check_rung(draft.rung, &text, &shared.check_context(draft));
        (text, found)
    }

    /// Handles a message for the ladder screen, then checks the rung again and assembles the
    /// preview (or leaves both for [`Ladder::run_checks`] while they are deferred).
    pub fn update(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        let rung = self.rung();
        let nav = self.handle(msg, shared);
        if nav.is_none() && self.rung() == rung {
            self.stale = true;
            if !shared.defer_checks {
                self.run_checks(shared);
            }
        }
        nav
    }

    /// True when the draft changed since the findings and the preview were worked out.
    pub fn stale(&self) -> bool {
        self.stale
    }

    /// Checks the rung again and assembles the preview if the draft changed since they were
    /// last worked out; true when either changes what is on screen.
    pub fn run_checks(&mut self, shared: &Shared) -> bool {
        if !std::mem::take(&mut self.stale) {
            return false;
        }
        let (text, found) = self.check(shared);
        let cursor = self.cursor_in(&text);
        let before = self.findings.clone();
        self.findings.update(&text, found, cursor);
        let preview = self.assemble(shared);
        let notes = self.notes(shared);
        let moved = preview != self.preview || notes != self.assembly_notes;
        self.preview = preview;
        self.assembly_notes = notes;
        moved || self.findings != before
    }

    /// The cursor's byte offset in `text` when the answer being typed is the checked text.
    fn cursor_in(&self, text: &str) -> Option<usize> {
        let answer = text::text_of(&self.answer);
        if self.focus != Focus::Answer || answer != text {
            return None;
        }
        let ratatui_textarea::DataCursor(row, col) = self.answer.cursor();
        let lines = self.answer.lines();
        let before: usize = lines.iter().take(row).map(|l| l.len() + 1).sum();
        let line = lines.get(row).map_or("", String::as_str);
        let within = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
        Some(before + within)
    }

    fn handle(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        match msg {
            Msg::Action(action) => return self.action(action, shared),
            Msg::Edit(input) => {
                if text::inserts_char(&input)
                    && self.focused_text().chars().count() >= text::MAX_ANSWER_CHARS
                {
                    shared.warn(text::too_long_message());
                    return None;
                }
                let draft = &mut self.session.draft;
                let changed = match self.focus {
                    Focus::Answer => {
                        let changed = text::input(&mut self.answer, input);
                        if changed {
                            draft.answers.set(draft.rung, text::text_of(&self.answer));
                        }
                        changed
                    }
                    Focus::Field(f) => self.form.input(f, input, draft),
                };
                if changed {
                    self.remember_field();
                    self.session.touch(shared.now);
                }
            }
            Msg::Paste(raw) => {
                let room =
                    text::MAX_ANSWER_CHARS.saturating_sub(self.focused_text().chars().count());
                let (clean, cut) = text::clean_paste_within(&raw, room);
                if cut {
                    shared.warn(text::too_long_message());
                }
                self.insert(&clean, shared);
            }
            Msg::EditorClosed(raw) => {
                let (clean, cut) = text::clean_editor_text(&raw);
                if cut {
                    shared.warn(text::too_long_message());
                }
                self.replace(&clean, shared);
            }
            _ => {}
        }
        None
    }

    /// Notes in the draft which metric field was typed in last (nothing below the metric rung).
    fn remember_field(&mut self) {
        let draft = &mut self.session.draft;
        if draft.rung == Rung::Metric {
            draft.cursor = match self.focus {
                Focus::Field(f) => Some(f.label().to_string()),
                Focus::Answer => None,
            };
        }
    }

    fn insert(&mut self, clean: &str, shared: &mut Shared) {
        self.remember_field();
        let draft = &mut self.session.draft;
        match self.focus {
            Focus::Answer => {
                self.answer.insert_str(clean);
                draft.answers.set(draft.rung, text::text_of(&self.answer));
            }
            Focus::Field(f) => {
                self.form.insert(f, clean, draft);
            }
        }
        self.session.touch(shared.now);
    }

    fn replace(&mut self, clean: &str, shared: &mut Shared) {
        self.remember_field();
        let draft = &mut self.session.draft;
        match self.focus {
            Focus::Answer => {
                draft.answers.set(draft.rung, clean);
                self.load_answer(shared);
            }
            Focus::Field(f) => {
                self.form.replace(f, clean, draft, &shared.theme);
                self.form.focus(Some(f), &shared.theme);
            }
        }
        self.session.touch(shared.now);
    }

    fn focused_text(&self) -> String {
        match self.focus {
            Focus::Answer => text::text_of(&self.answer),
            Focus::Field(f) => self.form.value(f),
        }
    }

    fn action(&mut self, action: Action, shared: &mut Shared) -> Option<Nav> {
        match action {
            Action::Accept | Action::NextRung => match self.rung().next() {
                Some(next) => self.climb(next, shared),
                None => return Some(Nav::Review(self.leave(shared))),
            },
            Action::PrevRung => {
                if let Some(prev) = self.rung().prev() {
                    self.climb(prev, shared);
                }
            }
            Action::GoToRung(to) if to != self.rung() => self.climb(to, shared),
            Action::GoHome => {
                self.leave(shared);
                return Some(Nav::Home);
            }
            Action::ToggleStyle => {
                let draft = &mut self.session.draft;
                draft.style = draft.style.toggled();
                shared.say(format!("style: {}", draft.style.name()));
                self.session.touch(shared.now);
            }
            Action::ToggleExamples => self.examples = !self.examples,
            Action::Editor if self.text_focus() => {
                shared.effect(Effect::OpenEditor(self.focused_text()));
            }
            Action::NextField | Action::PrevField if self.rung() == Rung::Metric => {
                self.move_focus(action == Action::NextField, shared);
            }
            Action::CycleBetter => {
                self.remember_field();
                metric_form::cycle_better(&mut self.session.draft);
                self.session.touch(shared.now);
            }
            _ => {}
        }
        None
    }

    /// Saves now and hands the session over to another screen.
    fn leave(&mut self, shared: &mut Shared) -> Session {
        let save = self.session.flush();
        shared.maybe(save);
        self.session.clone()
    }

    fn climb(&mut self, to: Rung, shared: &mut Shared) {
        self.session.draft.rung = to;
        self.session.touch(shared.now);
        let save = self.session.flush();
        shared.maybe(save);
        self.load_answer(shared);
    }

    fn move_focus(&mut self, forward: bool, shared: &Shared) {
        let order: Vec<Focus> = std::iter::once(Focus::Answer)
            .chain(Field::ALL.into_iter().map(Focus::Field))
            .collect();
        let at = order.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = order.len();
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        self.focus = order[next];
        text::set_focus(&mut self.answer, self.focus == Focus::Answer, &shared.theme);
        let field = match self.focus {
            Focus::Field(f) => Some(f),
            Focus::Answer => None,
        };
        self.form.focus(field, &shared.theme);
    }
}
