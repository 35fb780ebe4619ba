//! Reading a `.tex` file written with Jake's resume template: its `\resumeSubheading`s (title,
//! dates, employer), where their `\resumeItem`s are, and the items' text.

use super::super::merge::FileJob;

/// A `\resumeSubheading` found in the file.
pub(super) struct Heading {
    /// Byte offset of the start of its line.
    pub(super) line_start: usize,
    /// Byte offset just after its fourth argument.
    pub(super) args_end: usize,
    pub(super) job: FileJob,
    /// `(start of the \resumeItemListStart line's end, start of the \resumeItemListEnd line)`.
    pub(super) items: Option<(usize, usize)>,
    /// The end of the block: the end of the `\resumeItemListEnd` line, or of the arguments.
    pub(super) end: usize,
    pub(super) indent: String,
}

/// The `\resumeSubheading`s after `\begin{document}`, in the Experience section when the file
/// has one; commented-out lines are skipped.
pub(super) fn find_headings(text: &str) -> Vec<Heading> {
    let body_start = text.find("\\begin{document}").unwrap_or(0);
    let (mut from, mut to) = (body_start, text.len());
    let mut sections = find_all(text, "\\section").filter(|&s| s > body_start);
    let experience = sections.clone().find(|&s| {
        let (arg, _) = brace_arg(text, s + "\\section".len()).unwrap_or_default();
        arg.to_lowercase().contains("experience")
    });
    if let Some(start) = experience {
        from = start;
        to = sections.find(|&s| s > start).unwrap_or(text.len());
    }
    let mut out = Vec::new();
    for at in find_all(text, "\\resumeSubheading") {
        if at < from || at >= to {
            continue;
        }
        let after = at + "\\resumeSubheading".len();
        if text[after..].starts_with(|c: char| c.is_ascii_alphabetic()) || commented(text, at) {
            continue;
        }
        let mut args = Vec::new();
        let mut pos = after;
        for _ in 0..4 {
            match brace_arg(text, pos) {
                Some((arg, end)) => {
                    args.push(arg);
                    pos = end;
                }
                None => break,
            }
        }
        if args.len() < 4 {
            continue;
        }
        let mut line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let indent: String = text[line_start..at]
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        // A comment right above the heading belongs to it: new jobs go above the comment.
        while line_start > 0 {
            let above = text[..line_start - 1].rfind('\n').map_or(0, |n| n + 1);
            if !text[above..line_start].trim_start().starts_with('%') {
                break;
            }
            line_start = above;
        }
        let next = find_all(text, "\\resumeSubheading")
            .find(|&n| n > pos)
            .unwrap_or(to)
            .min(to);
        let (items, highlights, end) = item_list(text, pos, next);
        let (start, end_date, current) = read_dates(&plain(&args[1]));
        out.push(Heading {
            line_start,
            args_end: pos,
            job: FileJob {
                company: Some(plain(&args[2])),
                position: Some(plain(&args[0])),
                start,
                end: end_date,
                current,
                highlights,
            },
            items,
            end,
            indent,
        });
    }
    out
}

/// The item list between `from` and `to`: where its items are, the items, and the block's end.
fn item_list(text: &str, from: usize, to: usize) -> (Option<(usize, usize)>, Vec<String>, usize) {
    let region = &text[from..to];
    let (Some(s), Some(e)) = (
        region.find("\\resumeItemListStart"),
        region.find("\\resumeItemListEnd"),
    ) else {
        return (None, Vec::new(), from);
    };
    if e < s {
        return (None, Vec::new(), from);
    }
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |n| at + n + 1);
    let items_start = line_end(from + s);
    let items_end = text[..from + e].rfind('\n').map_or(from + e, |n| n + 1);
    let mut highlights = Vec::new();
    for at in find_all(text, "\\resumeItem{") {
        if at >= items_start
            && at < items_end
            && !commented(text, at)
            && let Some((arg, _)) = brace_arg(text, at + "\\resumeItem".len())
        {
            highlights.push(arg);
        }
    }
    (
        Some((items_start, items_end)),
        highlights,
        line_end(from + e),
    )
}

fn find_all<'a>(text: &'a str, what: &'a str) -> impl Iterator<Item = usize> + Clone + 'a {
    text.match_indices(what).map(|(i, _)| i)
}

/// True when a `%` before `at` on its line comments it out.
fn commented(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let before = &text[line_start..at];
    before
        .char_indices()
        .any(|(i, c)| c == '%' && !before[..i].ends_with('\\'))
}

/// The `{...}` argument starting at `pos` (after spaces, newlines and comments), with balanced
/// braces, and the offset after it.
fn brace_arg(text: &str, mut pos: usize) -> Option<(String, usize)> {
    loop {
        let rest = &text[pos..];
        let trimmed = rest.trim_start();
        pos += rest.len() - trimmed.len();
        if trimmed.starts_with('%') {
            pos += trimmed.find('\n').map_or(trimmed.len(), |n| n + 1);
            continue;
        }
        break;
    }
    let rest = &text[pos..];
    if !rest.starts_with('{') {
        return None;
    }
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((rest[1..i].to_string(), pos + i + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// An argument's text without LaTeX's escapes and formatting braces, for matching.
fn plain(arg: &str) -> String {
    let mut out = String::new();
    let mut chars = arg.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek() {
                Some(n) if !n.is_ascii_alphabetic() => out.push(chars.next().unwrap_or(' ')),
                _ => {
                    while chars.peek().is_some_and(|n| n.is_ascii_alphabetic()) {
                        chars.next();
                    }
                }
            },
            '{' | '}' => {}
            '~' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `(start, end, current)` from dates such as `June 2020 -- Present` or `Jan. 2019 -- Feb. 2021`.
fn read_dates(text: &str) -> (Option<String>, Option<String>, bool) {
    let parts: Vec<&str> = text
        .split(['–', '—'])
        .flat_map(|p| p.split("--"))
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let current = parts.last().is_some_and(|p| {
        let p = p.to_lowercase();
        p.starts_with("present") || p.starts_with("current") || p.starts_with("now")
    });
    let start = parts.first().and_then(|p| month(p));
    let end = if current || parts.len() < 2 {
        None
    } else {
        parts.last().and_then(|p| month(p))
    };
    (start, end, current)
}

/// `YYYY-MM` from a date with a month name, `YYYY` from a year alone.
fn month(text: &str) -> Option<String> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = text.to_lowercase();
    let year = lower
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)?;
    Some(match NAMES.iter().position(|n| lower.contains(n)) {
        Some(m) => format!("{year}-{:02}", m + 1),
        None => year.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_like_jakes_template() {
        assert_eq!(
            read_dates("June 2020 -- Present"),
            (Some("2020-06".into()), None, true)
        );
        assert_eq!(
            read_dates("Jan. 2019 -- Feb. 2021"),
            (Some("2019-01".into()), Some("2021-02".into()), false)
        );
        assert_eq!(
            read_dates("2019 -- 2021"),
            (Some("2019".into()), Some("2021".into()), false)
        );
        assert_eq!(
            plain(r"Texas A\&M {\bf University}"),
            "Texas A&M University"
        );
    }
}
