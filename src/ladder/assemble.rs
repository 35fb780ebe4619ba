//! Assembly: five answers become one readable bullet, in either style.
//!
//! SKELETON: the real rules (connectors, lists, capitals, punctuation) are being written; the
//! signatures are fixed.

use super::draft::{Draft, Style};
use super::pack::Pack;
use super::rung::Rung;

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

/// The bullet in pieces, so a preview can highlight the part one rung adds. With `placeholders`,
/// empty rungs show their pack placeholder (e.g. `[metric?]`); without, they leave no trace.
pub fn assemble_segments(
    draft: &Draft,
    pack: &Pack,
    style: Style,
    placeholders: bool,
) -> Vec<Segment> {
    let _ = (pack, style, placeholders);
    Rung::ALL
        .iter()
        .filter(|r| !draft.answers.get(**r).trim().is_empty())
        .map(|r| Segment {
            rung: Some(*r),
            text: draft.answers.get(*r).trim().to_string(),
            placeholder: false,
        })
        .collect()
}

/// The bullet assembled from the answers in `style` (ignores any hand-edited final text).
pub fn assemble(draft: &Draft, pack: &Pack, style: Style) -> String {
    assemble_segments(draft, pack, style, false)
        .into_iter()
        .map(|s| s.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The bullet a user means: their hand-edited final text when it was written for `style`,
/// otherwise the assembled bullet.
pub fn bullet(draft: &Draft, pack: &Pack, style: Style) -> String {
    match &draft.final_text {
        Some(f) if f.style == style && !f.text.trim().is_empty() => f.text.clone(),
        _ => assemble(draft, pack, style),
    }
}
