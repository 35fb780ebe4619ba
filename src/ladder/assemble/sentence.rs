//! Sentences: the placed parts of a bullet joined with their glue (a space, a comma, `by`,
//! `and`), one capital at the start and one full stop at the end (the glue rules are listed in
//! [`super`]'s notes).

use super::{Segment, capitalise_first, opens_with};
use crate::ladder::rung::Rung;

/// One part of a sentence before it is placed.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) rung: Rung,
    /// The connector to put in front, when the text does not carry its own.
    pub(super) connector: Option<String>,
    pub(super) text: String,
    pub(super) placeholder: bool,
    /// A later group of the same rung (`with SQS` after `on AWS`).
    pub(super) follows_group: bool,
    /// A stack group that continues the tools' last list with `and` (`on GitHub Actions and
    /// Kubernetes`).
    pub(super) and_joined: bool,
}

impl Piece {
    pub(super) fn new(rung: Rung, text: String) -> Piece {
        Piece {
            rung,
            connector: None,
            text,
            placeholder: false,
            follows_group: false,
            and_joined: false,
        }
    }
}

/// One sentence: the pieces with their glue, a capital at the start and a full stop at the end.
pub(super) fn sentence(pieces: &[Piece]) -> Vec<Segment> {
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
    let short = |c: &Option<String>| {
        c.as_deref()
            .is_some_and(|c| ["on", "with", "in", "using", "behind"].contains(&c))
    };
    if next.and_joined {
        return " and ";
    }
    let participle = next.connector.as_deref().is_some_and(|c| c.contains(' '));
    match next.rung {
        Rung::Tools if prev_is_head && !participle => " ",
        Rung::Tools | Rung::Stack if next.follows_group && short(&next.connector) => " ",
        // `in Go on AWS`: the platform after the task or the tools needs no comma.
        Rung::Stack
            if matches!(prev.rung, Rung::Tools | Rung::Task)
                && next.connector.as_deref() == Some("on")
                && !prev.connector.as_deref().is_some_and(|c| c.contains(' ')) =>
        {
            " "
        }
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
pub(super) fn merge_glue(segments: Vec<Segment>) -> Vec<Segment> {
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
