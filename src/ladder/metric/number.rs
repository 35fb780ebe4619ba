//! Numbers as people type them in a resume: `2,000`, `1.2`, `.5`, then an optional `k`/`M`/`bn`.

/// A number read from the start of a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number<'a> {
    /// The value, without any multiplier suffix.
    pub value: f64,
    /// The digits as written, e.g. `2,000`.
    pub digits: &'a str,
    /// What follows the number.
    pub rest: &'a str,
}

/// Why the digits could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// No digits at the start.
    NoDigits,
    /// A comma that does not separate groups of three digits.
    Comma,
}

/// Reads a number from the start of `text`: digits with optional `,` between groups of three,
/// then an optional `.` and more digits.
pub fn split_number(text: &str) -> Result<Number<'_>, NumberError> {
    let bytes = text.as_bytes();
    let mut end = 0;
    let mut groups = Vec::new();
    let mut group_start = 0;
    while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b',') {
        if bytes[end] == b',' {
            groups.push(end - group_start);
            group_start = end + 1;
        }
        end += 1;
    }
    groups.push(end - group_start);
    let integer_digits = groups.iter().sum::<usize>();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0]);
        let rest_ok = groups[1..].iter().all(|g| *g == 3);
        if !first_ok || !rest_ok {
            return Err(NumberError::Comma);
        }
    }
    let mut fraction_digits = 0;
    if end < bytes.len() && bytes[end] == b'.' {
        let mut j = end + 1;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        fraction_digits = j - end - 1;
        if fraction_digits > 0 {
            end = j;
        }
    }
    if integer_digits == 0 && fraction_digits == 0 {
        return Err(NumberError::NoDigits);
    }
    // A comma straight after the digits (`1,5` handled above; `15,` here) is also refused.
    if bytes.get(end) == Some(&b',') {
        return Err(NumberError::Comma);
    }
    let (digits, rest) = text.split_at_checked(end).ok_or(NumberError::NoDigits)?;
    let plain: String = digits.chars().filter(|c| *c != ',').collect();
    let value = plain.parse::<f64>().map_err(|_| NumberError::NoDigits)?;
    Ok(Number {
        value,
        digits,
        rest,
    })
}

/// A multiplier suffix such as `k` or `bn`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Multiplier<'a> {
    /// How much it multiplies by.
    pub factor: f64,
    /// The suffix as written.
    pub written: &'a str,
    /// What follows the suffix, with leading whitespace removed.
    pub rest: &'a str,
}

impl Multiplier<'_> {
    /// True for a lower-case `m`, which alone could mean minutes.
    pub fn is_lone_m(&self) -> bool {
        self.written == "m"
    }
}

/// Case-sensitive suffixes, longest first.
const SUFFIXES: &[(&str, f64)] = &[
    ("mm", 1e6),
    ("MM", 1e6),
    ("bn", 1e9),
    ("Bn", 1e9),
    ("BN", 1e9),
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("m", 1e6),
    ("B", 1e9),
];

/// Spelled-out suffixes, compared without case.
const WORDS: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9)];

/// Splits a multiplier suffix off the start of `text` (already trimmed): `k req/s` -> 1000 and
/// `req/s`. The suffix must end the text or be followed by a space, `/` or a symbol, so `ms`,
/// `MB` and `min` are never mistaken for one.
pub fn split_multiplier(text: &str) -> Option<Multiplier<'_>> {
    let word_end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    let (word, rest) = text.split_at_checked(word_end)?;
    let factor = SUFFIXES
        .iter()
        .find(|(s, _)| *s == word)
        .or_else(|| WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)))
        .map(|(_, f)| *f)?;
    Some(Multiplier {
        factor,
        written: word,
        rest: rest.trim_start(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_separators_and_decimals() {
        let n = split_number("1,200,000.5 users").unwrap();
        assert_eq!(n.value, 1_200_000.5);
        assert_eq!(n.digits, "1,200,000.5");
        assert_eq!(n.rest, " users");
        assert_eq!(split_number(".5s").unwrap().value, 0.5);
    }

    #[test]
    fn refuses_bad_commas_and_missing_digits() {
        assert_eq!(split_number("1,5"), Err(NumberError::Comma));
        assert_eq!(split_number("1,2345"), Err(NumberError::Comma));
        assert_eq!(split_number("1234,567"), Err(NumberError::Comma));
        assert_eq!(split_number("abc"), Err(NumberError::NoDigits));
        assert_eq!(split_number("."), Err(NumberError::NoDigits));
    }

    #[test]
    fn multiplier_needs_a_boundary() {
        assert_eq!(split_multiplier("k req/s").unwrap().rest, "req/s");
        assert_eq!(split_multiplier("k/s").unwrap().rest, "/s");
        assert!(split_multiplier("ms").is_none());
        assert!(split_multiplier("MB").is_none());
        assert!(split_multiplier("min").is_none());
        assert_eq!(split_multiplier("Million users").unwrap().factor, 1e6);
    }
}
