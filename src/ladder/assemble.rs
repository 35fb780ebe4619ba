//! Assembly: five answers become one readable bullet, in either style.
//!
//! - impact-last (default): `<task> <tools>, <stack>, <method>. <metric>.`
//! - impact-first (XYZ): `<metric> by <task as gerund> <tools>, <stack>, <method>.`
//!
//! Rules, and the choices made where the issue was silent:
//! - Every answer is cleaned first ([`clean_answer`]): ATS-safe ASCII punctuation, one space
//!   between words, no stray commas, no trailing `.,;:!?`. An answer that cleans to nothing counts
//!   as empty and leaves no trace.
//! - Tools and stack are lists and read naturally ([`natural_list`]); task, method and metric are
//!   kept as typed.
//! - The pack's connector (`in`, `using`, `backed by`, ...) goes in front of an answer unless the
//!   answer already opens with a connector or preposition ([`CONNECTOR_WORDS`], or the pack's own).
//! - Glue: the tools follow the task (or, in impact-first without a task, the metric) after a
//!   space (`Rebuilt X in Rust`); every other part follows after a comma. When the sentence opens
//!   with a connector, the connector gets the capital (`In Rust and Axum, backed by ...`).
//! - One capital at the start of each sentence ([`capitalise_first`]): only the first letter
//!   changes, and a first word with a capital inside (`iOS`) is left alone. One full stop ends
//!   each sentence.
//! - Impact-first needs a metric to lead with: without one it falls back to impact-last. Without
//!   a task, the metric leads and the rest follows it directly, with no "by":
//!   `Cut export time from 40 min to 6 min in Rust, backed by PostgreSQL.` The task's opening verb
//!   becomes its -ing form ([`gerund_phrase`]); a task that does not open with a verb follows
//!   "by" as written. A task that itself opens with "by" does not get another one.
//! - With placeholders, every empty rung shows its pack placeholder with its connector, in the
//!   place its answer would take, so the preview reads as the sentence it will become; the
//!   structure is the same as if every rung were answered. Placeholders are never capitalised.

mod clean;
mod phrases;

pub use clean::{ats_safe, capitalise_first, clean_answer};
pub use phrases::{CONNECTOR_WORDS, has_own_connector, natural_list, opens_with};

use super::draft::{Draft, Style};
use super::pack::Pack;
use super::rung::Rung;
use super::verbs::gerund_phrase;

/// One piece of an assembled bullet. Joining every segment's `text` gives the bullet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The rung this text came from; `None` for glue (spaces, commas, connectors, full stops).
    pub rung: Option<Rung>,
    /// The text of this piece.
    pub text: String,
    /// True when this is a placeholder for an empty rung (only with `placeholders = true`).
    pub placeholder: bool,
}

impl Segment {
    fn glue(text: impl Into<String>) -> Segment {
        Segment {
            rung: None,
            text: text.into(),
            placeholder: false,
        }
    }
}

/// The cleaned text one rung contributes to the bullet, before the sentence capital or the
/// impact-first gerund: tools and stack as a natural list, the metric from
/// [`Draft::metric_text`]. Empty when the rung is not answered.
pub fn answer_text(draft: &Draft, rung: Rung) -> String {
    match rung {
        Rung::Task | Rung::Method => clean_answer(draft.answers.get(rung)),
        Rung::Tools | Rung::Stack => natural_list(&clean_answer(draft.answers.get(rung))),
        Rung::Metric => clean_answer(&draft.metric_text()),
    }
}

/// One rung's part before it is placed in a sentence.
#[derive(Debug, Clone)]
struct Piece {
    rung: Rung,
    /// The connector to put in front, when the answer does not carry its own.
    connector: Option<String>,
    text: String,
    placeholder: bool,
}

/// The bullet in pieces, so a preview can highlight the part one rung adds. With `placeholders`,
/// empty rungs show their pack placeholder (e.g. `[metric?]`); without, they leave no trace.
pub fn assemble_segments(
    draft: &Draft,
    pack: &Pack,
    style: Style,
    placeholders: bool,
) -> Vec<Segment> {
    let [task, tools, stack, method, metric] =
        Rung::ALL.map(|rung| piece(draft, pack, rung, placeholders));
    let body = [task, tools, stack, method];
    let sentences: Vec<Vec<Piece>> = match (style, metric) {
        (Style::ImpactFirst, Some(metric)) => {
            let [task, tools, stack, method] = body;
            let task = task.map(|mut t| {
                if !t.placeholder {
                    t.text = gerund_phrase(&t.text);
                }
                t
            });
            let mut sentence = vec![metric];
            sentence.extend([task, tools, stack, method].into_iter().flatten());
            vec![sentence]
        }
        (_, metric) => vec![
            body.into_iter().flatten().collect(),
            metric.into_iter().collect(),
        ],
    };
    let mut segments = Vec::new();
    for pieces in sentences.into_iter().filter(|s| !s.is_empty()) {
        if !segments.is_empty() {
            segments.push(Segment::glue(" "));
        }
        segments.extend(sentence(&pieces));
    }
    merge_glue(segments)
}

/// The part one rung adds, or `None` when it leaves no trace.
fn piece(draft: &Draft, pack: &Pack, rung: Rung, placeholders: bool) -> Option<Piece> {
    let connector = clean_answer(&pack.prompt(rung).connector);
    let text = answer_text(draft, rung);
    if !text.is_empty() {
        let own = connector.is_empty() || has_own_connector(&text, &connector);
        return Some(Piece {
            rung,
            connector: (!own).then_some(connector),
            text,
            placeholder: false,
        });
    }
    if !placeholders {
        return None;
    }
    let placeholder = ats_safe(&pack.prompt(rung).placeholder);
    Some(Piece {
        rung,
        connector: (!connector.is_empty()).then_some(connector),
        text: if placeholder.is_empty() {
            format!("[{rung}?]")
        } else {
            placeholder
        },
        placeholder: true,
    })
}

/// One sentence: the pieces with their glue, a capital at the start and a full stop at the end.
fn sentence(pieces: &[Piece]) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut previous: Option<&Piece> = None;
    for piece in pieces {
        let mut glue = match previous {
            None => String::new(),
            Some(prev) => glue_between(prev, piece).to_string(),
        };
        if let Some(connector) = &piece.connector {
            glue.push_str(connector);
            glue.push(' ');
        }
        if !glue.is_empty() {
            segments.push(Segment::glue(glue));
        }
        segments.push(Segment {
            rung: Some(piece.rung),
            text: piece.text.clone(),
            placeholder: piece.placeholder,
        });
        previous = Some(piece);
    }
    if let Some(first) = segments.first_mut().filter(|s| !s.placeholder) {
        first.text = capitalise_first(&first.text);
    }
    segments.push(Segment::glue("."));
    segments
}

/// What goes between two parts of one sentence.
fn glue_between(prev: &Piece, next: &Piece) -> &'static str {
    let prev_is_head = matches!(prev.rung, Rung::Task | Rung::Metric);
    match next.rung {
        Rung::Tools if prev_is_head => " ",
        Rung::Task if prev.rung == Rung::Metric => {
            let prev_ends_with_by = prev
                .text
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("by"));
            if prev_ends_with_by || (!next.placeholder && opens_with(&next.text, "by")) {
                " "
            } else {
                " by "
            }
        }
        _ => ", ",
    }
}

/// Joins neighbouring glue segments into one.
fn merge_glue(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for segment in segments {
        match out.last_mut() {
            Some(last) if last.rung.is_none() && segment.rung.is_none() => {
                last.text.push_str(&segment.text);
            }
            _ => out.push(segment),
        }
    }
    out
}

/// The bullet assembled from the answers in `style` (ignores any hand-edited final text).
pub fn assemble(draft: &Draft, pack: &Pack, style: Style) -> String {
    assemble_segments(draft, pack, style, false)
        .into_iter()
        .map(|s| s.text)
        .collect()
}

/// The bullet a user means: their hand-edited final text when it was written for `style`,
/// otherwise the assembled bullet. Either way it is clean text: control characters, escape
/// sequences and bidi overrides a hand-edited file may hold are left out.
pub fn bullet(draft: &Draft, pack: &Pack, style: Style) -> String {
    match &draft.final_text {
        Some(f) if f.style == style && !f.text.trim().is_empty() => {
            crate::safe_text::strip(&f.text).into_owned()
        }
        _ => assemble(draft, pack, style),
    }
}
