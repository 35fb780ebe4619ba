//! Date ranges on role lines: "Jan 2020 – Present", "June 2019 -- Aug. 2021", "03/2018 - 05/2020",
//! "2017-04 to 2019-11", "2016 – 2018". A tokenizer and a tiny grammar, no regular expressions.
//!
//! A month and year become `YYYY-MM`; a year alone is kept as written only (rung stores months,
//! and inventing January would be a guess).

use std::ops::Range;

use serde::Serialize;

/// A role's dates as found on its line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateRange {
    /// The dates exactly as written.
    pub text: String,
    /// The start month, `YYYY-MM`, when the month was written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// The end month, `YYYY-MM`, when written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// "Present", "Current", "Now".
    pub current: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Word,
    Num(u32, usize),
    Punct(char),
}

const MONTHS: [&[&str]; 12] = [
    &["jan", "january"],
    &["feb", "february"],
    &["mar", "march"],
    &["apr", "april"],
    &["may"],
    &["jun", "june"],
    &["jul", "july"],
    &["aug", "august"],
    &["sep", "sept", "september"],
    &["oct", "october"],
    &["nov", "november"],
    &["dec", "december"],
];

fn month_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .map(|i| i as u32 + 1)
}

fn is_present(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "present" | "current" | "now" | "today" | "ongoing"
    )
}

fn tokens(text: &str) -> Vec<(Range<usize>, Tok)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let digits = &text[i..end];
            let value = digits.parse().unwrap_or(u32::MAX);
            out.push((i..end, Tok::Num(value, digits.len())));
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            out.push((i..end, Tok::Word));
        } else {
            out.push((i..i + c.len_utf8(), Tok::Punct(c)));
        }
    }
    out
}

/// One date: (year, month) or present.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Point {
    Date(u32, Option<u32>),
    Present,
}

fn year(t: Tok) -> Option<u32> {
    match t {
        Tok::Num(y, 4) if (1950..=2099).contains(&y) => Some(y),
        _ => None,
    }
}

/// A date starting at token `i`: the point and the index after it.
fn point(text: &str, toks: &[(Range<usize>, Tok)], i: usize) -> Option<(Point, usize)> {
    let (span, t) = toks.get(i)?.clone();
    let next = |k: usize| toks.get(i + k).map(|t| t.1);
    match t {
        Tok::Word if is_present(&text[span.clone()]) => Some((Point::Present, i + 1)),
        Tok::Word => {
            let m = month_of(&text[span])?;
            let mut j = i + 1;
            if matches!(next(1), Some(Tok::Punct('.' | ','))) {
                j += 1;
            }
            let y = year(toks.get(j)?.1)?;
            Some((Point::Date(y, Some(m)), j + 1))
        }
        Tok::Num(m, 1 | 2) if (1..=12).contains(&m) => {
            if matches!(next(1), Some(Tok::Punct('/' | '.'))) {
                let y = year(next(2)?)?;
                return Some((Point::Date(y, Some(m)), i + 3));
            }
            None
        }
        Tok::Num(..) => {
            let y = year(t)?;
            // 2020-03 or 2020/03 (a two-digit month after a separator).
            if let (Some(Tok::Punct('-' | '/' | '.')), Some(Tok::Num(m, 2))) = (next(1), next(2))
                && (1..=12).contains(&m)
            {
                return Some((Point::Date(y, Some(m)), i + 3));
            }
            Some((Point::Date(y, None), i + 1))
        }
        Tok::Punct(_) => None,
    }
}

/// The separator between two dates starting at token `i`: the index after it.
fn separator(text: &str, toks: &[(Range<usize>, Tok)], i: usize) -> Option<usize> {
    let (span, t) = toks.get(i)?.clone();
    match t {
        Tok::Punct('-') if matches!(toks.get(i + 1), Some((_, Tok::Punct('-')))) => {
            if matches!(toks.get(i + 2), Some((_, Tok::Punct('-')))) {
                Some(i + 3)
            } else {
                Some(i + 2)
            }
        }
        Tok::Punct('-' | '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}' | '~' | '|') => {
            Some(i + 1)
        }
        Tok::Word
            if matches!(
                text[span].to_ascii_lowercase().as_str(),
                "to" | "until" | "through" | "till"
            ) =>
        {
            Some(i + 1)
        }
        _ => None,
    }
}

fn month_text(p: Point) -> Option<String> {
    match p {
        Point::Date(y, Some(m)) => Some(format!("{y:04}-{m:02}")),
        _ => None,
    }
}

/// The first date range in `text` and its byte span. A single month and year (a start with no
/// end) counts too; a lone year does not, since numbers like that appear in company names.
pub fn find(text: &str) -> Option<(DateRange, Range<usize>)> {
    let toks = tokens(text);
    for i in 0..toks.len() {
        let Some((first, after)) = point(text, &toks, i) else {
            continue;
        };
        if first == Point::Present {
            continue;
        }
        let range = separator(text, &toks, after)
            .and_then(|s| point(text, &toks, s))
            .filter(|(p, _)| matches!(p, Point::Present | Point::Date(..)));
        let (end_point, end_tok) = match range {
            Some((p, j)) => (Some(p), j),
            None if matches!(first, Point::Date(_, Some(_))) => (None, after),
            None => continue,
        };
        let span = toks[i].0.start..toks[end_tok - 1].0.end;
        let current = end_point == Some(Point::Present);
        return Some((
            DateRange {
                text: text[span.clone()].to_string(),
                start: month_text(first),
                end: end_point.and_then(month_text),
                current,
            },
            span,
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(s: &str) -> (String, Option<String>, Option<String>, bool) {
        let (d, _) = find(s).unwrap_or_else(|| panic!("no date in {s}"));
        (d.text, d.start, d.end, d.current)
    }

    #[test]
    fn common_shapes_are_read() {
        assert_eq!(
            parsed("Acme Corp   Jan 2020 \u{2013} Present"),
            (
                "Jan 2020 \u{2013} Present".into(),
                Some("2020-01".into()),
                None,
                true
            )
        );
        assert_eq!(
            parsed("June 2019 -- Aug. 2021").1.as_deref(),
            Some("2019-06")
        );
        assert_eq!(
            parsed("June 2019 -- Aug. 2021").2.as_deref(),
            Some("2021-08")
        );
        assert_eq!(parsed("03/2018 - 05/2020").2.as_deref(), Some("2020-05"));
        assert_eq!(parsed("2017-04 to 2019-11").1.as_deref(), Some("2017-04"));
        let (text, start, end, current) = parsed("2016 \u{2013} 2018");
        assert_eq!(
            (text.as_str(), start, end, current),
            ("2016 \u{2013} 2018", None, None, false)
        );
        assert_eq!(parsed("Sept. 2015 - Present").1.as_deref(), Some("2015-09"));
    }

    #[test]
    fn text_without_dates_has_none() {
        assert!(find("Senior Software Engineer").is_none());
        assert!(find("Cut costs by 2000 dollars").is_none());
        assert!(find("May the best team win").is_none());
    }
}
