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

mod read;

use read::find_headings;

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
}
