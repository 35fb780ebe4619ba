//! The computed change between two values, and how it is written: `-85%`, `+40%`, `7.5x`,
//! `+23 pts`.

/// A change between a before and an after value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// A relative change in percent: -85.0 for a reduction to 15%, +40.0 for a gain to 1.4x.
    Percent(f64),
    /// A gain of 2x or more: 7.5 for a value 7.5 times larger.
    Multiplier(f64),
    /// The difference between two percentages, in percentage points: +23.0 for 48% -> 71%.
    Points(f64),
}

impl Change {
    /// The change between two positive base values: a percentage for reductions and gains below
    /// 2x, a multiplier from 2x. `before` must be above zero.
    pub fn relative(before: f64, after: f64) -> Change {
        let ratio = after / before;
        if ratio >= 2.0 {
            Change::Multiplier(ratio)
        } else {
            Change::Percent((ratio - 1.0) * 100.0)
        }
    }

    /// The difference between two percentages, in points.
    pub fn points(before: f64, after: f64) -> Change {
        Change::Points(after - before)
    }

    /// The change as written in a bullet, ASCII only: `-85%`, `+40%`, `7.5x`, `12x`, `+23 pts`.
    pub fn label(&self) -> String {
        match *self {
            Change::Percent(p) => format!("{}{}%", sign(p), percent_magnitude(p.abs())),
            Change::Multiplier(r) => format!("{}x", multiplier(r)),
            Change::Points(d) => {
                let magnitude = points_magnitude(d.abs());
                let unit = if magnitude == "1" { "pt" } else { "pts" };
                format!("{}{magnitude} {unit}", sign(d))
            }
        }
    }
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

fn sign(value: f64) -> &'static str {
    if value < 0.0 { "-" } else { "+" }
}

/// Rounds `value` to `decimals` places and drops trailing zeros: `9.30` -> `9.3`, `23.0` -> `23`.
fn rounded(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Shows `value` with `start` decimals, adding decimals while rounding would tell an untruth:
/// show zero for a real change, or reach `ceiling` when the value is below it.
fn honest(value: f64, start: usize, ceiling: Option<f64>) -> String {
    let mut decimals = start;
    loop {
        let text = rounded(value, decimals);
        let shown: f64 = text.parse().unwrap_or(value);
        let hides_change = shown == 0.0 && value > 0.0;
        let reaches_ceiling = ceiling.is_some_and(|c| shown >= c && value < c);
        if !(hides_change || reaches_ceiling) || decimals >= 12 {
            return text;
        }
        decimals += 1;
    }
}

/// A percentage magnitude: whole percents from 1%, one decimal below; never a false 0% or 100%.
fn percent_magnitude(p: f64) -> String {
    honest(p, if p >= 1.0 { 0 } else { 1 }, Some(100.0))
}

/// A points magnitude: up to one decimal (`23`, `9.3`), two below one point (`0.09`), more only
/// to avoid a false 0.
fn points_magnitude(d: f64) -> String {
    honest(d, if d >= 1.0 { 1 } else { 2 }, None)
}

/// A multiplier: one decimal below 10 (`2.5`, `3`), whole from 10 with separators (`1,200`).
fn multiplier(r: f64) -> String {
    if r < 9.95 {
        rounded(r, 1)
    } else {
        group_thousands(&format!("{:.0}", r))
    }
}

/// Puts commas between groups of three digits of a whole number.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let cases = [
            (Change::relative(40.0, 6.0), "-85%"),
            (Change::relative(10.0, 14.0), "+40%"),
            (Change::relative(1200.0, 9000.0), "7.5x"),
            (Change::relative(1.0, 3.0), "3x"),
            (Change::relative(1.0, 12.0), "12x"),
            (Change::relative(1.0, 1200.0), "1,200x"),
            (Change::relative(1000.0, 997.0), "-0.3%"),
            (Change::relative(10000.0, 9999.0), "-0.01%"),
            (Change::relative(1000.0, 1.0), "-99.9%"),
            (Change::relative(100.0, 0.0), "-100%"),
            (Change::relative(1000.0, 1996.0), "+99.6%"),
            (Change::points(48.0, 71.0), "+23 pts"),
            (Change::points(12.5, 3.2), "-9.3 pts"),
            (Change::points(99.9, 99.99), "+0.09 pts"),
            (Change::points(2.0, 3.0), "+1 pt"),
        ];
        for (change, label) in cases {
            assert_eq!(change.label(), label, "{change:?}");
        }
    }
}
