//! Turning a [`MetricSpec`] into `<Verb> <what> from <before> to <after> (<change>)<scope>`.

use super::change::Change;
use super::direction::guess_better;
use super::quantity::{align, collapse_whitespace, parse_quantity};
use super::{Better, Dimension, Field, MetricError, MetricPhrase, Quantity};
use crate::ladder::draft::MetricSpec;

/// Ratios beyond this are refused as a multiplier: almost surely a typo.
const LARGEST_MULTIPLIER: f64 = 1e12;

impl MetricSpec {
    /// Computes the phrase for this measured change, or says what is missing or wrong.
    ///
    /// Checks run in the order a user would fix things: missing fields, unreadable values,
    /// values that cannot be compared, no change, unknown or wrong direction, a start at zero.
    pub fn phrase(&self) -> Result<MetricPhrase, MetricError> {
        let what = collapse_whitespace(&self.what);
        let missing: Vec<Field> = [
            (Field::What, what.is_empty()),
            (Field::Before, self.before.trim().is_empty()),
            (Field::After, self.after.trim().is_empty()),
        ]
        .into_iter()
        .filter_map(|(field, empty)| empty.then_some(field))
        .collect();
        if !missing.is_empty() {
            return Err(MetricError::Missing(missing));
        }
        let before = parse_field(&self.before, Field::Before)?;
        let after = parse_field(&self.after, Field::After)?;
        let (before, after) = align(before, after)?;
        let (b, a) = (before.base_value, after.base_value);
        if same_amount(b, a) {
            return Err(MetricError::Equal {
                before: before.written,
                after: after.written,
            });
        }
        let (better, better_guessed) = match self.better {
            Some(better) => (better, false),
            None => match guess_better(&what) {
                Some(better) => (better, true),
                None => return Err(MetricError::UnknownDirection { what }),
            },
        };
        let went_down = a < b;
        if went_down != (better == Better::Lower) {
            return Err(wrong_direction(
                what,
                &before,
                &after,
                better,
                better_guessed,
            ));
        }
        let change = compute_change(&before, &after)?;
        let verb = choose_verb(better, &before.dimension, b, a);
        let scope = collapse_whitespace(&self.scope);
        let mut text = format!(
            "{verb} {what} from {} to {} ({change})",
            before.written, after.written
        );
        if !scope.is_empty() {
            text.push(' ');
            text.push_str(&scope);
        }
        Ok(MetricPhrase {
            text,
            verb,
            change,
            better,
            better_guessed,
        })
    }
}

/// True when two base values are equal up to rounding in unit conversion (`1.2s` and `1200ms`).
fn same_amount(b: f64, a: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

fn parse_field(text: &str, field: Field) -> Result<Quantity, MetricError> {
    parse_quantity(text).map_err(|source| MetricError::InField {
        field,
        source: Box::new(source),
    })
}

fn wrong_direction(
    what: String,
    before: &Quantity,
    after: &Quantity,
    better: Better,
    guessed: bool,
) -> MetricError {
    MetricError::WrongDirection {
        what,
        before: before.written.clone(),
        after: after.written.clone(),
        better,
        guessed,
    }
}

/// Points between two percentages; otherwise a relative change, refused from zero.
fn compute_change(before: &Quantity, after: &Quantity) -> Result<Change, MetricError> {
    let (b, a) = (before.base_value, after.base_value);
    if before.dimension == Dimension::Percent {
        return Ok(Change::points(b, a));
    }
    if b == 0.0 {
        return Err(MetricError::ZeroBefore {
            before: before.written.clone(),
            after: after.written.clone(),
        });
    }
    let change = Change::relative(b, a);
    match change {
        Change::Multiplier(r) if !(r.is_finite() && r <= LARGEST_MULTIPLIER) => {
            Err(MetricError::ChangeTooLarge {
                before: before.written.clone(),
                after: after.written.clone(),
            })
        }
        _ => Ok(change),
    }
}

/// The opening verb. Lower is better: `Cut` for a drop of half or more, else `Reduced`.
/// Higher is better: `Grew` for counts and money, else `Raised` from 2x and `Increased` below.
fn choose_verb(better: Better, dimension: &Dimension, before: f64, after: f64) -> &'static str {
    match better {
        Better::Lower if after <= before * 0.5 => "Cut",
        Better::Lower => "Reduced",
        Better::Higher if matches!(dimension, Dimension::Count(_) | Dimension::Money(_)) => "Grew",
        Better::Higher if after >= before * 2.0 => "Raised",
        Better::Higher => "Increased",
    }
}
