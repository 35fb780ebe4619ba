//! The metric rung's structured helper: what, before, after, scope and which way is better.
//! The fields are views over `draft.metric`; the phrase is computed from the draft.

use ratatui_textarea::{Input, TextArea};

use crate::ladder::{Better, Draft, MetricSpec};
use crate::tui::app::text;
use crate::tui::render::theme::Theme;

/// A field of the helper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// What was measured.
    What,
    /// The value before.
    Before,
    /// The value after.
    After,
    /// The scope, with its preposition.
    Scope,
    /// Whether lower or higher is better.
    Better,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 5] = [
        Field::What,
        Field::Before,
        Field::After,
        Field::Scope,
        Field::Better,
    ];

    /// The label shown beside the field.
    pub fn label(self) -> &'static str {
        match self {
            Field::What => "what",
            Field::Before => "before",
            Field::After => "after",
            Field::Scope => "scope",
            Field::Better => "better",
        }
    }

    fn placeholder(self) -> &'static str {
        match self {
            Field::What => "e.g. export time",
            Field::Before => "e.g. 40 min",
            Field::After => "e.g. 6 min",
            Field::Scope => "e.g. for 2,000 accounts",
            Field::Better => "",
        }
    }
}

/// The text fields of the helper.
#[derive(Debug)]
pub struct MetricForm {
    fields: [TextArea<'static>; 4],
}

impl MetricForm {
    /// Fields filled from the draft's helper.
    pub fn new(draft: &Draft, theme: &Theme) -> MetricForm {
        let spec = draft.metric.clone().unwrap_or_default();
        let make = |f: Field, v: &str| {
            let mut area = text::field(v, f.placeholder(), theme);
            text::set_focus(&mut area, false, theme);
            area
        };
        MetricForm {
            fields: [
                make(Field::What, &spec.what),
                make(Field::Before, &spec.before),
                make(Field::After, &spec.after),
                make(Field::Scope, &spec.scope),
            ],
        }
    }

    /// The text area of a text field (`None` for the better choice).
    pub fn area(&self, field: Field) -> Option<&TextArea<'static>> {
        self.fields.get(field as usize)
    }

    fn area_mut(&mut self, field: Field) -> Option<&mut TextArea<'static>> {
        self.fields.get_mut(field as usize)
    }

    /// Shows the cursor in `focus` only.
    pub fn focus(&mut self, focus: Option<Field>, theme: &Theme) {
        for f in Field::ALL {
            if let Some(area) = self.area_mut(f) {
                text::set_focus(area, Some(f) == focus, theme);
            }
        }
    }

    /// Types into a field; copies the text into the draft when it changed.
    pub fn input(&mut self, field: Field, input: Input, draft: &mut Draft) -> bool {
        let Some(area) = self.area_mut(field) else {
            return false;
        };
        let changed = crate::tui::app::text::input(area, input);
        if changed {
            let value = text::text_of(area);
            store(draft, field, value);
        }
        changed
    }

    /// Inserts (clean, one-line) text into a field.
    pub fn insert(&mut self, field: Field, text: &str, draft: &mut Draft) -> bool {
        let Some(area) = self.area_mut(field) else {
            return false;
        };
        let changed = area.insert_str(text);
        let value = text::text_of(area);
        store(draft, field, value);
        changed
    }

    /// Replaces a field's text.
    pub fn replace(&mut self, field: Field, value: &str, draft: &mut Draft, theme: &Theme) {
        if let Some(area) = self.area_mut(field) {
            *area = text::field(value, field.placeholder(), theme);
            store(draft, field, value.to_string());
        }
    }

    /// The text of a field.
    pub fn value(&self, field: Field) -> String {
        self.area(field).map(text::text_of).unwrap_or_default()
    }
}

/// Guess, lower, higher, guess, ...
pub fn cycle_better(draft: &mut Draft) {
    let spec = draft.metric.get_or_insert_with(MetricSpec::default);
    spec.better = match spec.better {
        None => Some(Better::Lower),
        Some(Better::Lower) => Some(Better::Higher),
        Some(Better::Higher) => None,
    };
    tidy(draft);
}

/// How the better choice reads on screen.
pub fn better_label(better: Option<Better>) -> &'static str {
    match better {
        None => "guess from what",
        Some(Better::Lower) => "lower is better",
        Some(Better::Higher) => "higher is better",
    }
}

fn store(draft: &mut Draft, field: Field, value: String) {
    let spec = draft.metric.get_or_insert_with(MetricSpec::default);
    match field {
        Field::What => spec.what = value,
        Field::Before => spec.before = value,
        Field::After => spec.after = value,
        Field::Scope => spec.scope = value,
        Field::Better => {}
    }
    tidy(draft);
}

fn tidy(draft: &mut Draft) {
    if draft.metric.as_ref().is_some_and(MetricSpec::is_empty) {
        draft.metric = None;
    }
}
