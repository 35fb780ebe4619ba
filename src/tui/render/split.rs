//! Splitting a rectangle into rows or columns of known sizes, one part taking what is left.
//!
//! Every screen's layout is a stack of fixed sizes and one remainder, so this is all they
//! need. It replaces ratatui's `Layout`, whose constraint solver cost about 0.37 ms of the
//! first frame on its first use, before anything showed.

use ratatui::layout::Rect;

/// The size of one part of a split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Exactly this many rows (or columns), or what is left when the area runs out.
    Len(u16),
    /// Whatever the fixed parts leave.
    Rest,
}

/// `area` cut into rows from the top, in order.
pub fn rows<const N: usize>(area: Rect, parts: [Part; N]) -> [Rect; N] {
    along(area.y, area.height, parts, |y, h| {
        Rect::new(area.x, y, area.width, h)
    })
}

/// `area` cut into columns from the left, in order.
pub fn columns<const N: usize>(area: Rect, parts: [Part; N]) -> [Rect; N] {
    along(area.x, area.width, parts, |x, w| {
        Rect::new(x, area.y, w, area.height)
    })
}

/// The parts laid end to end from `start` along one axis of length `total`; `rect` makes the
/// rectangle of a part from its start and length.
fn along<const N: usize>(
    start: u16,
    total: u16,
    parts: [Part; N],
    rect: impl Fn(u16, u16) -> Rect,
) -> [Rect; N] {
    let mut lengths = cut(total, &parts);
    let mut at = start;
    std::array::from_fn(|_| {
        let n = lengths.next().unwrap_or(0);
        at += n;
        rect(at - n, n)
    })
}

/// The length of each part: fixed parts in order while room lasts, the rest to `Rest`.
fn cut(total: u16, parts: &[Part]) -> impl Iterator<Item = u16> + '_ {
    let fixed = parts
        .iter()
        .map(|p| match p {
            Part::Len(n) => *n,
            Part::Rest => 0,
        })
        .fold(0, u16::saturating_add);
    let mut rest = total.saturating_sub(fixed);
    let mut left = total;
    parts.iter().map(move |p| {
        let want = match p {
            Part::Len(n) => *n,
            Part::Rest => std::mem::take(&mut rest),
        };
        let got = want.min(left);
        left -= got;
        got
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::layout::{Constraint, Layout};

    fn constraint(p: Part) -> Constraint {
        match p {
            Part::Len(n) => Constraint::Length(n),
            Part::Rest => Constraint::Min(0),
        }
    }

    #[test]
    fn the_rest_goes_to_the_part_that_takes_it() {
        let area = Rect::new(2, 3, 40, 10);
        let [body, status, footer] = rows(area, [Part::Rest, Part::Len(1), Part::Len(1)]);
        assert_eq!(body, Rect::new(2, 3, 40, 8));
        assert_eq!(status, Rect::new(2, 11, 40, 1));
        assert_eq!(footer, Rect::new(2, 12, 40, 1));
    }

    #[test]
    fn fixed_parts_that_do_not_fit_are_cut_at_the_edge() {
        let area = Rect::new(0, 0, 10, 5);
        let [a, b, c] = columns(area, [Part::Len(4), Part::Len(4), Part::Len(4)]);
        assert_eq!((a.width, b.width, c.width), (4, 4, 2));
        assert_eq!(c.x, 8);
    }

    proptest! {
        /// Wherever the fixed parts fit, the split is the one ratatui's solver gives.
        #[test]
        fn matches_ratatui_when_the_fixed_parts_fit(
            lens in proptest::collection::vec(0u16..12, 1..8),
            rest_at in 0usize..8,
            extra in 0u16..20,
        ) {
            let mut parts: Vec<Part> = lens.iter().map(|&n| Part::Len(n)).collect();
            let at = rest_at.min(parts.len());
            parts.insert(at, Part::Rest);
            let height = lens.iter().sum::<u16>() + extra;
            let area = Rect::new(1, 2, 30, height);
            let theirs: Vec<u16> = Layout::vertical(parts.iter().map(|&p| constraint(p)))
                .split(area)
                .iter()
                .map(|r| r.height)
                .collect();
            let ours: Vec<u16> = cut(height, &parts).collect();
            prop_assert_eq!(ours, theirs);
        }
    }
}
