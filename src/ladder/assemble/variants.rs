//! Variants: shorter versions of a bullet that leave parts out when the full one is longer than
//! the length target.

use super::{assemble, clean_answer, groups};
use crate::ladder::draft::{Draft, Style, Trim};
use crate::ladder::pack::Pack;
use crate::ladder::rung::Rung;

/// A shorter version of a bullet that leaves parts out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// What it leaves out.
    pub trim: Trim,
    /// The bullet it makes.
    pub text: String,
}

/// The bullet's length target when the workspace sets none: about two resume lines.
pub const DEFAULT_TARGET_LENGTH: usize = 200;

/// Shorter versions of the bullet in `style` when the full one is longer than `target`
/// characters: the full bullet first, then each distinct shorter one (two most specific tools,
/// no stack, both, and without the method too), longest first. Empty when the full bullet fits.
pub fn variants(draft: &Draft, pack: &Pack, style: Style, target: usize) -> Vec<Variant> {
    let mut full = draft.clone();
    full.trim = Trim::default();
    let text = assemble(&full, pack, style);
    if text.chars().count() <= target {
        return Vec::new();
    }
    let many_tools = groups::count_items(&clean_answer(draft.answers.get(Rung::Tools))) > 2;
    let has_stack = !clean_answer(draft.answers.get(Rung::Stack)).is_empty();
    let has_method = !clean_answer(draft.answers.get(Rung::Method)).is_empty();
    let two = many_tools.then_some(2);
    let mut out = vec![Variant {
        trim: Trim::default(),
        text,
    }];
    for trim in [
        Trim {
            tools: two,
            ..Trim::default()
        },
        Trim {
            stack: has_stack,
            ..Trim::default()
        },
        Trim {
            tools: two,
            stack: has_stack,
            method: false,
        },
        Trim {
            tools: two,
            stack: has_stack,
            method: has_method,
        },
    ] {
        if trim.is_full() {
            continue;
        }
        let mut d = draft.clone();
        d.trim = trim;
        let text = assemble(&d, pack, style);
        if !out.iter().any(|v| v.text == text) {
            out.push(Variant { trim, text });
        }
    }
    out[1..].sort_by_key(|v| std::cmp::Reverse(v.text.chars().count()));
    out
}
