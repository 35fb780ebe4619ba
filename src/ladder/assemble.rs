//! Assembly: five answers become one readable bullet, in either style.
//!
//! - impact-last (default): `<task> <tools>, <stack>, <method>. <metric>.`
//! - impact-first (XYZ): `<metric> by <task as gerund> <tools>, <stack>, <method>.`
//!
//! The rules assembly follows:
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
//!   becomes its -ing form ([`crate::ladder::verbs::gerund_phrase`]); a task that does not open with a verb follows
//!   "by" as written. A task that itself opens with "by" does not get another one.
//! - With placeholders, every empty rung shows its pack placeholder with its connector, in the
//!   place its answer would take, so the preview reads as the sentence it will become; the
//!   structure is the same as if every rung were answered. Placeholders are never capitalised.

mod clean;
pub(crate) mod groups;
mod notes;
mod phrases;
pub mod realise;
mod sentence;
mod variants;

pub use clean::{ats_safe, capitalise_first, clean_answer};
pub use groups::{Group, LeftOut, names_same};
pub use notes::{Note, notes};
pub use phrases::{CONNECTOR_WORDS, has_own_connector, natural_list, opens_with};
use sentence::{Piece, merge_glue, sentence};
pub use variants::{DEFAULT_TARGET_LENGTH, Variant, variants};

use super::draft::{Draft, Style};
use super::pack::Pack;
use super::rung::Rung;
use super::verbs::base_of;

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

/// The cleaned text one rung's answer holds, before it is read and placed: tools and stack as a
/// natural list, the metric from [`Draft::metric_text`]. Empty when the rung is not answered.
pub fn answer_text(draft: &Draft, rung: Rung) -> String {
    match rung {
        Rung::Task | Rung::Method => clean_answer(draft.answers.get(rung)),
        Rung::Tools | Rung::Stack => natural_list(&clean_answer(draft.answers.get(rung))),
        Rung::Metric => clean_answer(&draft.metric_text()),
    }
}

/// Parts left out of a bullet, and why; see [`notes`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Omissions {
    /// Tools or stack names another answer already names.
    pub names: Vec<(Rung, String)>,
    /// The method only restates the task.
    pub method_restates_task: bool,
    /// The metric is a figure with nothing it measures (`by 30%`).
    pub metric_needs_what: bool,
    /// Typed results placed after the helper's result.
    pub results_beside_helper: usize,
}

/// The bullet in pieces, so a preview can highlight the part one rung adds. With `placeholders`,
/// empty rungs show their pack placeholder (e.g. `[metric?]`); without, they leave no trace.
pub fn assemble_segments(
    draft: &Draft,
    pack: &Pack,
    style: Style,
    placeholders: bool,
) -> Vec<Segment> {
    build(draft, pack, style, placeholders).0
}

/// The segments and what was left out.
fn build(
    draft: &Draft,
    pack: &Pack,
    style: Style,
    placeholders: bool,
) -> (Vec<Segment>, Omissions) {
    let mut omissions = Omissions::default();
    let task_answer = clean_answer(draft.answers.get(Rung::Task));
    let method_answer = clean_answer(draft.answers.get(Rung::Method));
    let metric = metric_piece(draft, pack, placeholders, &mut omissions);
    let impact_first = style == Style::ImpactFirst && metric.is_some();
    let task = if task_answer.is_empty() {
        placeholder(pack, Rung::Task, placeholders)
    } else if impact_first {
        Some(Piece::new(Rung::Task, realise::task_gerund(&task_answer)))
    } else {
        Some(Piece::new(Rung::Task, realise::task_clause(&task_answer)))
    };
    let tools_answer = clean_answer(draft.answers.get(Rung::Tools));
    let elsewhere = [
        task_answer.as_str(),
        &method_answer,
        &clean_answer(draft.answers.get(Rung::Metric)),
    ]
    .join(" ; ");
    let trim = draft.trim;
    let tools = list_pieces(
        pack,
        Rung::Tools,
        &tools_answer,
        &elsewhere,
        placeholders,
        trim.tools.map(usize::from),
        &mut omissions,
    );
    let stack_elsewhere = format!("{elsewhere} ; {tools_answer}");
    let stack_answer = clean_answer(draft.answers.get(Rung::Stack));
    let stack = if trim.stack {
        Vec::new()
    } else {
        list_pieces(
            pack,
            Rung::Stack,
            &stack_answer,
            &stack_elsewhere,
            placeholders,
            None,
            &mut omissions,
        )
    };
    let method = if trim.method {
        None
    } else if method_answer.is_empty() {
        placeholder(pack, Rung::Method, placeholders)
    } else if restates(&method_answer, &task_answer) {
        omissions.method_restates_task = true;
        None
    } else {
        Some(Piece::new(
            Rung::Method,
            realise::method_phrase(&method_answer, impact_first),
        ))
    };
    let stack = share_connector(&tools, stack);
    let mut body: Vec<Piece> = task.into_iter().collect();
    body.extend(tools);
    body.extend(stack);
    body.extend(method);
    let sentences: Vec<Vec<Piece>> = match metric {
        Some(metric) if impact_first => {
            let mut sentence = vec![metric];
            sentence.extend(body);
            vec![sentence]
        }
        metric => vec![body, metric.into_iter().collect()],
    };
    let mut segments = Vec::new();
    for pieces in sentences.into_iter().filter(|s| !s.is_empty()) {
        if !segments.is_empty() {
            segments.push(Segment::glue(" "));
        }
        segments.extend(sentence(&pieces));
    }
    (merge_glue(segments), omissions)
}

/// The pack's placeholder for an empty rung, when placeholders are shown.
fn placeholder(pack: &Pack, rung: Rung, placeholders: bool) -> Option<Piece> {
    if !placeholders {
        return None;
    }
    let connector = clean_answer(&pack.prompt(rung).connector);
    let text = ats_safe(&pack.prompt(rung).placeholder);
    Some(Piece {
        rung,
        connector: (!connector.is_empty()).then_some(connector),
        text: if text.is_empty() {
            format!("[{rung}?]")
        } else {
            text
        },
        placeholder: true,
        follows_group: false,
        and_joined: false,
    })
}

/// The tools or stack rung as groups of names, each with its connector.
fn list_pieces(
    pack: &Pack,
    rung: Rung,
    answer: &str,
    elsewhere: &str,
    placeholders: bool,
    keep: Option<usize>,
    omissions: &mut Omissions,
) -> Vec<Piece> {
    if natural_list(answer).is_empty() {
        return placeholder(pack, rung, placeholders).into_iter().collect();
    }
    let connector = clean_answer(&pack.prompt(rung).connector);
    let (groups, left_out) =
        groups::groups(answer, &connector, rung == Rung::Tools, elsewhere, keep);
    omissions
        .names
        .extend(left_out.into_iter().map(|l| (rung, l.name)));
    groups
        .into_iter()
        .enumerate()
        .map(|(i, g)| Piece {
            rung,
            connector: (!g.connector.is_empty()).then_some(g.connector),
            text: g.text,
            placeholder: false,
            follows_group: i > 0,
            and_joined: false,
        })
        .collect()
}

/// A stack group whose connector the last tools group already used (`backed by PostgreSQL`)
/// moves to the front of the stack and continues that list without repeating the connector:
/// `backed by PostgreSQL, SQS and DynamoDB`.
fn share_connector(tools: &[Piece], mut stack: Vec<Piece>) -> Vec<Piece> {
    let Some(last) = tools.last().and_then(|t| t.connector.clone()) else {
        return stack;
    };
    if let Some(i) = stack
        .iter()
        .position(|p| !p.placeholder && p.connector.as_deref() == Some(last.as_str()))
    {
        let mut shared = stack.remove(i);
        shared.connector = None;
        let tools_text = tools.last().map_or("", |t| t.text.as_str());
        shared.and_joined = !shared.text.contains(" and ") && !tools_text.contains(" and ");
        for piece in &mut stack {
            piece.follows_group = true;
        }
        shared.follows_group = false;
        stack.insert(0, shared);
    }
    stack
}

/// The metric as one past-tense clause (several results joined as a list).
fn metric_piece(
    draft: &Draft,
    pack: &Pack,
    placeholders: bool,
    omissions: &mut Omissions,
) -> Option<Piece> {
    let helper = draft
        .metric_spec()
        .and_then(|m| m.phrase().ok().map(|p| (m, p)));
    // What the whole answer cleans to decides whether there is one (`- ;` is nothing).
    let typed = if clean_answer(&draft.answers.metric).is_empty() {
        ""
    } else {
        draft.answers.metric.as_str()
    };
    let results: Vec<String> = typed
        .split([';', '\n'])
        .map(clean_answer)
        .filter(|r| !r.is_empty())
        // Beside a helper result, a typed one counts only as another result: it has figures of
        // its own (`tripled throughput to 4,500 req/s`). One without figures, or with the
        // helper's, is the same result said again.
        .filter(|r| {
            helper.as_ref().is_none_or(|(m, _)| {
                r.chars().any(|c| c.is_ascii_digit())
                    && !mentions(r, &m.before)
                    && !mentions(r, &m.after)
            })
        })
        .collect();
    let mut clauses: Vec<String> = helper
        .as_ref()
        .map(|(_, phrase)| realise::lower_first_verb(&clean_answer(&phrase.text)))
        .into_iter()
        .collect();
    if results.is_empty() && clauses.is_empty() {
        return placeholder(pack, Rung::Metric, placeholders);
    }
    if helper.is_some() {
        omissions.results_beside_helper = results.len().min(MAX_RESULTS - 1);
    }
    for result in results.iter().take(MAX_RESULTS - clauses.len()) {
        match realise::metric_clause(result, draft.metric_spec()) {
            Some(clause) => clauses.push(clause),
            None => omissions.metric_needs_what = true,
        }
    }
    if clauses.is_empty() {
        if !placeholders {
            return None;
        }
        return Some(Piece {
            placeholder: true,
            ..Piece::new(
                Rung::Metric,
                format!("[what changed {}?]", results.join(", ")),
            )
        });
    }
    let last = clauses.pop().unwrap_or_default();
    let text = if clauses.is_empty() {
        last
    } else {
        format!("{} and {last}", clauses.join(", "))
    };
    Some(Piece::new(Rung::Metric, text))
}

/// The most results one bullet carries (the helper's and typed ones together).
pub const MAX_RESULTS: usize = 3;

/// True when `text` contains the figure `value` (ignoring spaces): `1.2s` in `from 1.2 s to ...`.
fn mentions(text: &str, value: &str) -> bool {
    let squeeze = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let value = squeeze(value);
    !value.is_empty() && squeeze(text).contains(&value)
}

/// True when the method says nothing the task does not: every word of it is in the task.
fn restates(method: &str, task: &str) -> bool {
    const SMALL: &[&str] = &[
        "the", "a", "an", "and", "of", "to", "for", "in", "on", "with", "by", "our", "my", "it",
        "we", "i",
    ];
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !SMALL.contains(&w.to_lowercase().as_str()))
            .map(base_of)
            .collect()
    };
    let task_words = words(task);
    let method_words = words(method);
    !method_words.is_empty() && method_words.iter().all(|w| task_words.contains(w))
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
    match draft.hand_edit(style) {
        Some(f) => crate::safe_text::strip(&f.text).into_owned(),
        None => assemble(draft, pack, style),
    }
}
