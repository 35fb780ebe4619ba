//! Reading one quantity (`1.2s`, `9k req/s`, `$40k/month`, `2,000 users`) and lining two up
//! for comparison.

use super::number::{NumberError, split_multiplier, split_number};
use super::units;
use super::{Dimension, MetricError, Quantity};

/// A unit read after a number: its dimension, base units per written unit, and the multiplier
/// suffix (`k`, `M`) that goes with the number.
struct Unit {
    dimension: Dimension,
    factor: f64,
    multiplier: f64,
}

impl Unit {
    fn new(dimension: Dimension, factor: f64) -> Unit {
        Unit {
            dimension,
            factor,
            multiplier: 1.0,
        }
    }

    fn times(mut self, multiplier: f64) -> Unit {
        self.multiplier *= multiplier;
        self
    }
}

/// Parses one quantity such as `1.2s`, `40 min`, `$1.2M`, `9k req/s` or `2,000`.
///
/// The text is trimmed, runs of whitespace are collapsed and a closing full stop is dropped;
/// that is what `written` holds and what a phrase shows. See the module docs for the units and spellings understood.
pub fn parse_quantity(text: &str) -> Result<Quantity, MetricError> {
    let written = written_form(text);
    if written.is_empty() {
        return Err(unreadable(&written, "it is empty"));
    }
    let body = match written.strip_prefix('~') {
        Some(rest) => rest.trim_start(),
        None => written.as_str(),
    };
    refuse_negative(body, &written)?;
    let (value, unit) = match units::strip_currency_prefix(body) {
        Some((code, rest)) => read_money(rest, code, &written)?,
        None => read_plain(body, &written)?,
    };
    let number = value * unit.multiplier;
    let base_value = number * unit.factor;
    if !base_value.is_finite() || !number.is_finite() {
        return Err(MetricError::TooLarge { value: written });
    }
    Ok(Quantity {
        base_value,
        dimension: unit.dimension,
        written,
        unit_factor: unit.factor,
    })
}

/// Trims and collapses runs of whitespace to one space.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value as it appears in the bullet: whitespace collapsed and a closing full stop dropped
/// (`1.2s.` -> `1.2s`), since the bullet sets its own punctuation.
fn written_form(text: &str) -> String {
    let text = collapse_whitespace(text);
    match text.strip_suffix('.') {
        Some(stem) => stem.trim_end().to_string(),
        None => text,
    }
}

fn unreadable(value: &str, reason: &str) -> MetricError {
    MetricError::Unreadable {
        value: value.to_string(),
        reason: reason.to_string(),
    }
}

fn refuse_negative(body: &str, written: &str) -> Result<(), MetricError> {
    if body.starts_with(['-', '\u{2212}', '\u{2013}']) {
        return Err(MetricError::Negative {
            value: written.to_string(),
        });
    }
    Ok(())
}

/// Reads the number at the start of `body`, returning its value, its digits as written and
/// what follows (trimmed).
fn read_number<'a>(body: &'a str, written: &str) -> Result<(f64, &'a str, &'a str), MetricError> {
    let number = split_number(body).map_err(|e| match e {
        NumberError::Comma => MetricError::Comma {
            value: written.to_string(),
        },
        NumberError::NoDigits => unreadable(written, "it does not start with a number"),
    })?;
    let tail = number.rest.trim();
    if looks_like_exponent(tail) {
        return Err(unreadable(
            written,
            "scientific notation is not read; write the number in full or with k, M or bn",
        ));
    }
    Ok((number.value, number.digits, tail))
}

/// `e9`, `E+06`, `e-3...`: the tail of a number in scientific notation.
fn looks_like_exponent(tail: &str) -> bool {
    let Some(rest) = tail.strip_prefix(['e', 'E']) else {
        return false;
    };
    let rest = rest.strip_prefix(['+', '-']).unwrap_or(rest);
    rest.starts_with(|c: char| c.is_ascii_digit())
}

/// A number followed by a unit, a rate, a noun or nothing.
fn read_plain(body: &str, written: &str) -> Result<(f64, Unit), MetricError> {
    let (value, digits, tail) = read_number(body, written)?;
    if tail.is_empty() {
        return Ok((value, Unit::new(Dimension::Count(String::new()), 1.0)));
    }
    if let Some(unit) = exact_unit(tail) {
        return Ok((value, unit));
    }
    if let Some(multiplier) = split_multiplier(tail) {
        if multiplier.rest.is_empty() {
            if multiplier.is_lone_m() {
                return Err(MetricError::AmbiguousM {
                    value: written.to_string(),
                    number: digits.to_string(),
                });
            }
            let unit = Unit::new(Dimension::Count(String::new()), 1.0);
            return Ok((value, unit.times(multiplier.factor)));
        }
        let rest = multiplier.rest;
        if let Some(unit) = exact_unit(rest)
            .or_else(|| rate(rest))
            .or_else(|| noun(rest))
        {
            return Ok((value, unit.times(multiplier.factor)));
        }
    }
    match rate(tail).or_else(|| noun(tail)) {
        Some(unit) => Ok((value, unit)),
        None => Err(unreadable(written, &format!("rung does not know `{tail}`"))),
    }
}

/// Money after a currency prefix: `1.2M`, `40k/month`, `40k per year`.
fn read_money(rest: &str, code: &'static str, written: &str) -> Result<(f64, Unit), MetricError> {
    refuse_negative(rest, written)?;
    let (value, _, mut tail) = read_number(rest, written)?;
    let mut multiplier = 1.0;
    if let Some(m) = split_multiplier(tail) {
        multiplier = m.factor;
        tail = m.rest;
    }
    if let Some((second, after)) = units::strip_currency_suffix(tail) {
        if second != code {
            return Err(unreadable(written, "it names two currencies"));
        }
        tail = after;
    }
    let unit = money_unit(code, tail).ok_or_else(|| {
        unreadable(
            written,
            "money is read as an amount, optionally per time like $40k/month; put other words in `what`",
        )
    })?;
    Ok((value, unit.times(multiplier)))
}

/// Money in `code`, per time when `tail` names a period.
fn money_unit(code: &str, tail: &str) -> Option<Unit> {
    if tail.is_empty() {
        return Some(Unit::new(Dimension::Money(code.to_string()), 1.0));
    }
    let seconds = period_seconds(tail)?;
    Some(Unit::new(Dimension::Rate(code.to_string()), 1.0 / seconds))
}

/// A unit that is one token: `%`, `ms`, `GiB`, `Mbps`, `rps`, `EUR`, `€/month`.
fn exact_unit(tail: &str) -> Option<Unit> {
    if matches!(tail.to_lowercase().as_str(), "%" | "percent" | "pct") {
        return Some(Unit::new(Dimension::Percent, 1.0));
    }
    if let Some(seconds) = units::duration_seconds(tail) {
        return Some(Unit::new(Dimension::Duration, seconds));
    }
    if let Some(bytes) = units::size_bytes(tail) {
        return Some(Unit::new(Dimension::Size, bytes));
    }
    if let Some(bits) = units::bit_rate(tail) {
        return Some(Unit::new(Dimension::Rate("bit".into()), bits));
    }
    if let Some(noun) = units::rate_token(tail) {
        return Some(Unit::new(Dimension::Rate(noun.into()), 1.0));
    }
    let (code, rest) = units::strip_currency_suffix(tail)?;
    money_unit(code, rest)
}

/// Seconds in the period named by `/month`, `per second`, `a day`, `daily`, ...
fn period_seconds(text: &str) -> Option<f64> {
    if let Some(unit) = text.strip_prefix('/') {
        return units::duration_seconds(unit.trim());
    }
    let words: Vec<&str> = text.split(' ').collect();
    match words.as_slice() {
        [adverb] => units::per_adverb_seconds(adverb),
        [per, unit] if units::PER_WORDS.contains(&per.to_lowercase().as_str()) => {
            units::duration_seconds(unit)
        }
        _ => None,
    }
}

/// A rate: `req/s`, `/min`, `messages per second`, `deploys a day`, `signups daily`, `MB/s`.
fn rate(tail: &str) -> Option<Unit> {
    let (noun, seconds) = split_rate(tail)?;
    let (noun, factor) = rate_noun(noun)?;
    Some(Unit::new(Dimension::Rate(noun), factor / seconds))
}

/// Splits a rate into its noun and the seconds in its period.
fn split_rate(tail: &str) -> Option<(&str, f64)> {
    if let Some((noun, unit)) = tail.split_once('/') {
        return Some((noun.trim(), units::duration_seconds(unit.trim())?));
    }
    let words: Vec<&str> = tail.split(' ').collect();
    let n = words.len();
    if n >= 2
        && units::PER_WORDS.contains(&words[n - 2].to_lowercase().as_str())
        && let Some(seconds) = units::duration_seconds(words[n - 1])
    {
        let noun_end = tail.len() - words[n - 1].len() - words[n - 2].len() - 1;
        return Some((tail.get(..noun_end)?.trim(), seconds));
    }
    let seconds = units::per_adverb_seconds(words[n - 1])?;
    let noun_end = tail.len() - words[n - 1].len();
    Some((tail.get(..noun_end)?.trim(), seconds))
}

/// The noun of a rate in comparable form, with base units per written unit (`MB` -> bytes).
fn rate_noun(noun: &str) -> Option<(String, f64)> {
    if noun.is_empty() {
        return Some((String::new(), 1.0));
    }
    if let Some(bytes) = units::size_bytes(noun) {
        return Some(("byte".into(), bytes));
    }
    if let Some((code, "")) = units::strip_currency_suffix(noun) {
        return Some((code.to_string(), 1.0));
    }
    is_noun(noun).then(|| (units::normalize_noun(noun), 1.0))
}

/// A count of something: `users`, `active users`, `on-call pages`.
fn noun(tail: &str) -> Option<Unit> {
    is_noun(tail).then(|| Unit::new(Dimension::Count(units::normalize_noun(tail)), 1.0))
}

/// Words that each start with a letter and hold only letters, digits, `-` and `'`.
fn is_noun(text: &str) -> bool {
    !text.is_empty()
        && text.split(' ').all(|word| {
            word.chars().next().is_some_and(char::is_alphabetic)
                && word
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
        })
}

/// Lines two quantities up for comparison: a bare number takes the other side's unit
/// (`40` next to `6 min` is 40 minutes). Fails when they measure different things.
pub fn align(before: Quantity, after: Quantity) -> Result<(Quantity, Quantity), MetricError> {
    let before = borrow_unit(before, &after);
    let after = borrow_unit(after, &before);
    if compatible(&before.dimension, &after.dimension) {
        return Ok((before, after));
    }
    Err(MetricError::Incompatible {
        hint: incompatible_hint(&before.dimension, &after.dimension),
        before_kind: before.dimension.describe(),
        after_kind: after.dimension.describe(),
        before: before.written,
        after: after.written,
    })
}

fn is_bare(q: &Quantity) -> bool {
    q.dimension == Dimension::Count(String::new())
}

fn borrow_unit(q: Quantity, other: &Quantity) -> Quantity {
    if !is_bare(&q) || matches!(other.dimension, Dimension::Count(_)) {
        return q;
    }
    let base_value = q.base_value * other.unit_factor;
    if !base_value.is_finite() {
        return q;
    }
    Quantity {
        base_value,
        dimension: other.dimension.clone(),
        unit_factor: other.unit_factor,
        written: q.written,
    }
}

fn compatible(a: &Dimension, b: &Dimension) -> bool {
    match (a, b) {
        (Dimension::Rate(x), Dimension::Rate(y)) | (Dimension::Count(x), Dimension::Count(y)) => {
            x == y || x.is_empty() || y.is_empty()
        }
        _ => a == b,
    }
}

fn is_money(d: &Dimension) -> bool {
    match d {
        Dimension::Money(_) => true,
        Dimension::Rate(noun) => units::is_currency_code(noun),
        _ => false,
    }
}

fn incompatible_hint(a: &Dimension, b: &Dimension) -> &'static str {
    match (a, b) {
        (Dimension::Money(_), Dimension::Money(_)) | (Dimension::Rate(_), Dimension::Rate(_))
            if is_money(a) && is_money(b) =>
        {
            ": rung does not convert currencies, so write both in the same currency"
        }
        _ if is_money(a) && is_money(b) => {
            ": one is a total and the other is per time, so write both the same way (e.g. both per month)"
        }
        (Dimension::Rate(_), Dimension::Rate(_)) | (Dimension::Count(_), Dimension::Count(_)) => {
            ": use the same noun for both, or leave it off one of them"
        }
        _ => ": write both in the same kind of unit",
    }
}
