//! LaTeX for Jake's resume template (`\resumeSubheading{Title}{Dates}{Company}{Location}` with
//! `\resumeItem{...}` lines between `\resumeItemListStart` and `\resumeItemListEnd`): fresh
//! blocks to paste, and merging into the user's `resume.tex`.
//!
//! Choices:
//! - Every character LaTeX reads as markup is escaped (`% $ & # _ { } ~ ^ \`), and so are the ones
//!   the template's default font (OT1) prints as something else (`< > | " '` and a backtick) or
//!   joins into another mark (`--`, `''`, ` `` `), so the PDF's text is the bullet as typed.
//!   `_ ~ ^ "` use the typewriter font's own characters, as OT1 has none that copy as typed.
//! - Merging edits the text in place: the items under the `\resumeSubheading` of the matching job
//!   (in the Experience section when there is one) are replaced or extended, a job the file lacks
//!   gets a block of its own where resume order puts it, and every other byte stays as it was.

use super::entries::{MergeError, MergeMode, MergeSummary, WorkEntry};
use super::merge::{self, FileJob};

/// Escapes a bullet for LaTeX (see the module notes).
pub fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '%' | '$' | '&' | '#' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            // The template's font (OT1) has no glyph for these: `\_` is a drawn rule that
            // leaves no text in the PDF, and `\textasciitilde` is a raised accent. The
            // typewriter font's own characters are the ones typed.
            '_' | '~' | '^' | '"' => out.push_str(&format!("\\texttt{{\\char{}}}", u32::from(c))),
            '<' => out.push_str("\\textless{}"),
            '>' => out.push_str("\\textgreater{}"),
            '|' => out.push_str("\\textbar{}"),
            '\'' => out.push_str("\\textquotesingle{}"),
            '`' => out.push_str("\\textasciigrave{}"),
            '-' if next == Some('-') => out.push_str("-{}"),
            '?' | '!' if next == Some('`') => {
                out.push(c);
                out.push_str("{}");
            }
            _ => out.push(c),
        }
    }
    out
}

/// The `\resumeSubheading` blocks for these entries, ready to paste into the Experience
/// section's `\resumeSubHeadingListStart` ... `\resumeSubHeadingListEnd`.
pub fn document(work: &[WorkEntry]) -> String {
    let mut out = String::from(
        "% Experience for Jake's resume template: paste between \\resumeSubHeadingListStart and \\resumeSubHeadingListEnd.\n",
    );
    for e in work {
        out.push_str(&block(e, &escaped(e), "    ", "\n"));
    }
    out
}

fn escaped(e: &WorkEntry) -> Vec<String> {
    e.highlights.iter().map(|h| escape(h)).collect()
}

/// One job's `\resumeSubheading` and its items, indented by `pad`.
fn block(e: &WorkEntry, items: &[String], pad: &str, nl: &str) -> String {
    let mut out = format!(
        "{pad}\\resumeSubheading{nl}{pad}  {{{}}}{{{}}}{nl}{pad}  {{{}}}{{}}{nl}{pad}  \\resumeItemListStart{nl}",
        escape(&e.position),
        dates(e),
        escape(&e.company)
    );
    for item in items {
        out.push_str(&format!("{pad}    \\resumeItem{{{item}}}{nl}"));
    }
    out.push_str(&format!("{pad}  \\resumeItemListEnd{nl}"));
    out
}

/// `Mar 2021 -- Present`, as Jake's template writes dates.
fn dates(e: &WorkEntry) -> String {
    let month = super::group::month_year;
    let start = e.start.as_deref().map(month);
    let end = if e.current {
        Some("Present".to_string())
    } else {
        e.end.as_deref().map(month)
    };
    match (start, end) {
        (Some(s), Some(e)) => format!("{s} -- {e}"),
        (Some(s), None) => s,
        (None, Some(e)) => e,
        (None, None) => String::new(),
    }
}

/// A `\resumeSubheading` found in the file.
struct Heading {
    /// Byte offset of the start of its line.
    line_start: usize,
    /// Byte offset just after its fourth argument.
    args_end: usize,
    job: FileJob,
    /// `(start of the \resumeItemListStart line's end, start of the \resumeItemListEnd line)`.
    items: Option<(usize, usize)>,
    /// The end of the block: the end of the `\resumeItemListEnd` line, or of the arguments.
    end: usize,
    indent: String,
}

/// Merges the entries into the text of the user's `.tex` file and returns the new text.
pub fn merge_text(
    existing: &str,
    work: &[WorkEntry],
    mode: MergeMode,
) -> Result<(String, MergeSummary), MergeError> {
    let headings = find_headings(existing);
    if headings.is_empty() {
        return Err(MergeError::Shape(
            "there is no \\resumeSubheading after \\begin{document}, so rung cannot tell where your jobs are (this is for Jake's resume template)".into(),
        ));
    }
    let files: Vec<FileJob> = headings.iter().map(|h| h.job.clone()).collect();
    let ours: Vec<Vec<String>> = work.iter().map(escaped).collect();
    let plan = merge::plan(&files, work, &ours, mode);
    let nl = if existing.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut splices: Vec<(usize, usize, String)> = Vec::new();
    for (at, new) in &plan.updates {
        let h = &headings[*at];
        let old = &files[*at].highlights;
        if new == old {
            continue;
        }
        let pad = format!("{}    ", h.indent);
        let appending = new.starts_with(old);
        let lines: String = new[if appending { old.len() } else { 0 }..]
            .iter()
            .map(|i| format!("{pad}\\resumeItem{{{i}}}{nl}"))
            .collect();
        match h.items {
            Some((_, end)) if appending => splices.push((end, end, lines)),
            Some((start, end)) => splices.push((start, end, lines)),
            None => splices.push((
                h.args_end,
                h.args_end,
                format!(
                    "{nl}{}  \\resumeItemListStart{nl}{lines}{}  \\resumeItemListEnd",
                    h.indent, h.indent
                ),
            )),
        }
    }
    for (before, i) in &plan.inserts {
        let entry = &work[*i];
        match headings.get(*before) {
            Some(h) => splices.push((
                h.line_start,
                h.line_start,
                format!("{}{nl}", block(entry, &ours[*i], &h.indent, nl)),
            )),
            None => {
                let last = headings.last().expect("not empty");
                let body = block(entry, &ours[*i], &last.indent, nl);
                let at = last.end;
                let text = if existing[..at].ends_with('\n') {
                    format!("{nl}{body}")
                } else {
                    format!("{nl}{nl}{}", body.trim_end_matches(nl))
                };
                splices.push((at, at, text));
            }
        }
    }
    splices.sort_by_key(|s| s.0);
    let mut out = String::with_capacity(existing.len() + 512);
    let mut pos = 0;
    for (start, end, body) in splices {
        out.push_str(&existing[pos..start]);
        out.push_str(&body);
        pos = end.max(start);
    }
    out.push_str(&existing[pos..]);
    Ok((out, plan.summary))
}

/// The `\resumeSubheading`s after `\begin{document}`, in the Experience section when the file
/// has one; commented-out lines are skipped.
fn find_headings(text: &str) -> Vec<Heading> {
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
    let start = parts.first().and_then(|p| month(p, "01"));
    let end = if current || parts.len() < 2 {
        None
    } else {
        parts.last().and_then(|p| month(p, "12"))
    };
    (start, end, current)
}

fn month(text: &str, default: &str) -> Option<String> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = text.to_lowercase();
    let year = lower
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)?;
    let month = NAMES
        .iter()
        .position(|n| lower.contains(n))
        .map_or(default.to_string(), |m| format!("{:02}", m + 1));
    Some(format!("{year}-{month}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            escape(r"50% of $5 & #1 a_b {x} ~y ^z \w"),
            r"50\% of \$5 \& \#1 a\texttt{\char95}b \{x\} \texttt{\char126}y \texttt{\char94}z \textbackslash{}w"
        );
        assert_eq!(escape("a--b"), "a-{}-b");
    }

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
            plain(r"Texas A\&M {\bf University}"),
            "Texas A&M University"
        );
    }
}
