//! LaTeX sources: comments stripped, then the body walked command by command. `\section` names
//! a section; `\resumeSubheading{company}{dates}{title}{place}` (Jake's template; which of the
//! first and third is the title is decided by title words, so the original order works too),
//! `\resumeSubSubheading`, `\resumeProjectHeading` and moderncv's `\cventry` are role lines;
//! `\resumeItem{...}` and `\item ...` are bullets. Other text becomes lines split at `\\`,
//! blank lines and list boundaries, with `\hfill` splitting a line into pieces. Arguments are
//! read by brace matching, never by pattern, and markup becomes plain text ([`text::plain`]).

mod text;

use super::layout::{self, Line};
use super::{Format, ImportError, Resume, Source};
use text::{TooDeep, arg, command_end, delimited, plain, skip_space};

/// Reads a LaTeX source.
pub fn read(file: &str, source: &str) -> Result<Resume, ImportError> {
    let stripped = strip_comments(source);
    let body_start = stripped
        .find("\\begin{document}")
        .map_or(0, |i| i + "\\begin{document}".len());
    let mut walker = Walker {
        file,
        s: &stripped,
        line_starts: stripped.match_indices('\n').map(|(i, _)| i + 1).collect(),
        lines: Vec::new(),
        raw: String::new(),
        raw_at: body_start,
    };
    walker
        .walk(body_start)
        .map_err(|TooDeep(at)| ImportError::TooDeep {
            file: file.into(),
            line: walker.line_of(at),
            limit: text::MAX_DEPTH,
        })?;
    let (roles, unplaced) = layout::structure(&walker.lines);
    Ok(Resume {
        file: file.into(),
        format: Format::Latex,
        roles,
        unplaced,
        notices: Vec::new(),
    })
}

/// Removes `%` comments (not `\%`), keeping every line break so line numbers hold.
fn strip_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.split_inclusive('\n') {
        let bytes = line.as_bytes();
        let mut cut = None;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 1,
                b'%' => {
                    cut = Some(i);
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        match cut {
            Some(c) => {
                out.push_str(&line[..c]);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Commands that end an `\item`'s text.
const ITEM_ENDS: &[&str] = &[
    "\\item",
    "\\end",
    "\\begin",
    "\\resumeItem",
    "\\resumeItemListEnd",
    "\\resumeItemListStart",
    "\\resumeSubHeadingListEnd",
    "\\resumeSubheading",
    "\\resumeSubSubheading",
    "\\resumeProjectHeading",
    "\\section",
    "\\cventry",
];

struct Walker<'a> {
    file: &'a str,
    s: &'a str,
    line_starts: Vec<usize>,
    lines: Vec<Line>,
    /// Plain text since the last line break, raw, and where it began.
    raw: String,
    raw_at: usize,
}

impl Walker<'_> {
    fn line_of(&self, at: usize) -> u32 {
        self.line_starts.partition_point(|&s| s <= at) as u32 + 1
    }

    fn push(&mut self, at: usize, segments: Vec<String>, bullet: bool) {
        let segments: Vec<String> = segments.into_iter().filter(|s| !s.is_empty()).collect();
        if segments.is_empty() {
            return;
        }
        let line = self.line_of(at);
        self.lines.push(Line {
            segments,
            bullet,
            x: 0.0,
            y: 0.0,
            size: 0.0,
            heading: false,
            wraps: false,
            hyphenates: false,
            source: Source {
                file: self.file.into(),
                page: None,
                line,
            },
        });
    }

    /// Ends the plain line being gathered.
    fn flush(&mut self) -> Result<(), TooDeep> {
        let raw = std::mem::take(&mut self.raw);
        let mut segments = Vec::new();
        for piece in raw.split("\\hfill") {
            segments.push(plain(piece)?);
        }
        let at = self.raw_at;
        self.push(at, segments, false);
        Ok(())
    }

    /// The next `n` arguments at `i`, as plain text, and the offset after them.
    fn args(&self, mut i: usize, n: usize) -> Result<(Vec<String>, usize), TooDeep> {
        let mut out = Vec::new();
        for _ in 0..n {
            match arg(self.s, i)? {
                Some((r, next)) => {
                    out.push(plain(&self.s[r])?);
                    i = next;
                }
                None => break,
            }
        }
        Ok((out, i))
    }

    fn walk(&mut self, mut i: usize) -> Result<(), TooDeep> {
        let s = self.s;
        let bytes = s.as_bytes();
        while i < bytes.len() {
            if s[i..].starts_with("\n\n") || s[i..].starts_with("\n\r\n") {
                self.flush()?;
                i = skip_space(s, i);
                self.raw_at = i;
                continue;
            }
            if bytes[i] != b'\\' {
                let c = s[i..].chars().next().expect("in bounds");
                if self.raw.trim().is_empty() && !c.is_whitespace() {
                    self.raw_at = i;
                }
                self.raw.push(c);
                i += c.len_utf8();
                continue;
            }
            let end = command_end(s, i + 1);
            let name = &s[i + 1..end];
            let at = i;
            let mut next = end;
            if bytes.get(next) == Some(&b'*') {
                next += 1;
            }
            match name {
                "end" if s[next..].starts_with("{document}") => {
                    self.flush()?;
                    return Ok(());
                }
                "section" | "subsection" | "cvsection" => {
                    self.flush()?;
                    let (a, after) = self.args(next, 1)?;
                    self.push(at, a, false);
                    next = after;
                }
                "resumeSubheading"
                | "resumeSubSubheading"
                | "resumeProjectHeading"
                | "resumeSubheadingContinue" => {
                    self.flush()?;
                    let n = if name == "resumeSubheading" { 4 } else { 2 };
                    let (a, after) = self.args(next, n)?;
                    let mut it = a.into_iter();
                    let first: Vec<String> = it.by_ref().take(2).collect();
                    let second: Vec<String> = it.collect();
                    self.push(at, first, false);
                    self.push(at, second, false);
                    next = after;
                }
                "cventry" => {
                    // moderncv: {dates}{title}{employer}{city}{grade}{description}
                    self.flush()?;
                    let (a, after) = self.args(next, 6)?;
                    let get = |k: usize| a.get(k).cloned().unwrap_or_default();
                    self.push(at, vec![get(2), get(0)], false);
                    self.push(at, vec![get(1), get(3)], false);
                    next = after;
                }
                "resumeItem" | "resumeItemWithTitle" => {
                    self.flush()?;
                    let (a, after) = self.args(next, 2)?;
                    // The old two-argument form printed "Title: description".
                    let text = match a.as_slice() {
                        [title, desc] if !desc.is_empty() => format!("{title}: {desc}"),
                        [one, ..] => one.clone(),
                        [] => String::new(),
                    };
                    self.push(at, vec![text], true);
                    next = after;
                }
                "item" => {
                    self.flush()?;
                    if let Some((_, after)) = delimited(s, next, b'[', b']')? {
                        next = after;
                    }
                    let stop = item_end(s, next)?;
                    let text = plain(&s[next..stop])?;
                    self.push(at, vec![text], true);
                    next = stop;
                }
                "\\"
                | "newline"
                | "par"
                | "begin"
                | "end"
                | "resumeItemListStart"
                | "resumeItemListEnd"
                | "resumeSubHeadingListStart"
                | "resumeSubHeadingListEnd" => {
                    self.flush()?;
                    if name == "begin" || name == "end" {
                        if let Some((_, after)) = arg(s, next)? {
                            next = after;
                        }
                        if let Some((_, after)) = delimited(s, next, b'[', b']')? {
                            next = after;
                        }
                    }
                    if name == "\\"
                        && let Some((_, after)) = delimited(s, next, b'[', b']')?
                    {
                        next = after;
                    }
                    self.raw_at = skip_space(s, next);
                }
                _ => {
                    if self.raw.trim().is_empty() {
                        self.raw_at = at;
                    }
                    self.raw.push_str(&s[i..end]);
                    next = end;
                }
            }
            i = next;
        }
        self.flush()
    }
}

/// Where the text of an `\item` starting at `i` ends: at the next command that ends it, at
/// brace depth zero.
fn item_end(s: &str, i: usize) -> Result<usize, TooDeep> {
    let bytes = s.as_bytes();
    let mut depth = 0usize;
    let mut j = i;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => {
                if depth == 0 {
                    let end = command_end(s, j + 1);
                    let word = &s[j..end];
                    if ITEM_ENDS.contains(&word) {
                        return Ok(j);
                    }
                    j = end;
                    continue;
                }
                j += 1;
            }
            b'{' => {
                depth += 1;
                if depth > text::MAX_DEPTH {
                    return Err(TooDeep(j));
                }
            }
            b'}' => {
                if depth == 0 {
                    // The group the item sits in closes.
                    return Ok(j);
                }
                depth -= 1;
            }
            _ => {}
        }
        j += 1;
    }
    Ok(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const JAKE: &str = r"\documentclass{article}
% \resumeItem{commented out}
\begin{document}
\section{Experience}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Acme Corp}{June 2020 -- Present}
      {Backend Engineer}{Austin, TX}
      \resumeItemListStart
        \resumeItem{Cut p99 latency by 40\% using \textbf{Redis} caching}
        \resumeItem{Led 3 engineers % a comment
          through a migration}
      \resumeItemListEnd
  \resumeSubHeadingListEnd
\section{Education}
  \begin{itemize}
    \item A course
  \end{itemize}
\end{document}
";

    #[test]
    fn jakes_template_reads_roles_and_items() {
        let r = read("resume.tex", JAKE).unwrap();
        assert_eq!(r.roles.len(), 1);
        let role = &r.roles[0];
        assert_eq!(role.company, "Acme Corp");
        assert_eq!(role.title, "Backend Engineer");
        assert_eq!(
            role.dates.as_ref().unwrap().start.as_deref(),
            Some("2020-06")
        );
        let texts: Vec<&str> = role.bullets.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Cut p99 latency by 40% using Redis caching",
                "Led 3 engineers through a migration"
            ]
        );
        assert_eq!(role.bullets[0].source.line, 10);
        assert_eq!(r.unplaced.len(), 1, "{:?}", r.unplaced);
    }

    #[test]
    fn original_jake_order_is_recognised_by_title_words() {
        let src = r"\section{Experience}
\resumeSubheading{Software Engineer Intern}{May 2019 -- Aug 2019}{Initech}{Remote}
\resumeItemListStart \resumeItem{Wrote tests} \resumeItemListEnd";
        let r = read("r.tex", src).unwrap();
        assert_eq!(r.roles[0].company, "Initech");
        assert_eq!(r.roles[0].title, "Software Engineer Intern");
    }

    #[test]
    fn deep_braces_are_a_clear_error() {
        let src = format!(
            "\\section{{Experience}}\n\\resumeItem{{{}}}",
            "{".repeat(5000)
        );
        let err = read("deep.tex", &src).unwrap_err().to_string();
        assert!(err.contains("deep.tex line 2"), "{err}");
        assert!(err.contains("nest deeper"), "{err}");
    }
}
