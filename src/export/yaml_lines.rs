//! The experience entries of a RenderCV YAML file found by their lines, so a merge rewrites only
//! the highlights it changes (and adds entries), and every other byte stays as it was: comments,
//! the editor's schema line, blank lines, quoting and indentation.
//!
//! Choices: this reads block-style YAML (`key: value` lines and `- ` items), the style RenderCV's
//! own examples use. The caller checks that it found as many entries as the real YAML parser did
//! and refuses a file the two read differently, so a layout this does not understand is never
//! edited. New lines copy the file's indentation and line endings.

/// A line of the file: byte offsets of its start, the end of its text, and its indentation
/// (`None` for a blank or comment-only line).
#[derive(Debug, Clone)]
struct Line {
    start: usize,
    end: usize,
    indent: Option<usize>,
    comment: bool,
}

/// Where the experience entries are in the file.
#[derive(Debug, Clone)]
pub struct Layout {
    lines: Vec<Line>,
    newline: &'static str,
    /// The entries, in file order.
    pub items: Vec<Item>,
    anchor: Anchor,
}

/// One `- company: ...` entry.
#[derive(Debug, Clone)]
pub struct Item {
    first: usize,
    last: usize,
    dash: usize,
    key: usize,
    highlights: Option<Highlights>,
}

#[derive(Debug, Clone)]
struct Highlights {
    key_line: usize,
    /// Byte offset just after `highlights:` when a value follows on the same line.
    inline: Option<usize>,
    last: Option<usize>,
    dash: Option<usize>,
}

/// Where entries go when the file has none.
#[derive(Debug, Clone)]
enum Anchor {
    /// `experience:` is there with no entries.
    Empty {
        key_line: usize,
        inline: Option<usize>,
        indent: usize,
    },
    /// There is no `experience:` (or no `sections:`): open them after this line.
    Missing {
        after: usize,
        indent: usize,
        open_sections: bool,
    },
}

/// A field of a new entry.
#[derive(Debug, Clone)]
pub enum Field {
    /// `key: value`
    Scalar(&'static str, String),
    /// `key:` and a `- ` line per value.
    List(&'static str, Vec<String>),
}

mod apply;

pub use apply::apply;

impl Layout {
    /// Finds `cv.sections.experience` and its entries in the file's text.
    pub fn read(text: &str) -> Result<Layout, String> {
        let lines = split_lines(text);
        let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let at = |i: usize| &text[lines[i].start..lines[i].end];
        let top: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].indent == Some(0))
            .collect();
        let cv = top
            .iter()
            .copied()
            .find(|&i| key_at(at(i), 0).is_some_and(|(k, _)| k == "cv"))
            .ok_or(
                "rung could not find the line `cv:`; it edits block-style RenderCV files only",
            )?;
        let cv_block = block(&lines, text, cv, 0);
        let child = |block: &[usize], default: usize| {
            block
                .iter()
                .find_map(|&i| lines[i].indent)
                .unwrap_or(default)
        };
        let cv_indent = child(&cv_block, 2);
        let sections = find_key(&lines, text, &cv_block, cv_indent, |k| k == "sections");
        let Some(sections) = sections else {
            return Ok(Layout {
                anchor: Anchor::Missing {
                    after: last_content(&lines, &cv_block).unwrap_or(cv),
                    indent: cv_indent,
                    open_sections: true,
                },
                lines,
                newline,
                items: Vec::new(),
            });
        };
        let sections_block = block(&lines, text, sections, cv_indent);
        let s_indent = child(&sections_block, cv_indent + 2);
        let experience = find_key(&lines, text, &sections_block, s_indent, |k| {
            k.eq_ignore_ascii_case("experience")
        });
        let Some(experience) = experience else {
            return Ok(Layout {
                anchor: Anchor::Missing {
                    after: last_content(&lines, &sections_block).unwrap_or(sections),
                    indent: s_indent,
                    open_sections: false,
                },
                lines,
                newline,
                items: Vec::new(),
            });
        };
        let list = block(&lines, text, experience, s_indent);
        let items = read_items(&lines, text, &list);
        Ok(Layout {
            anchor: Anchor::Empty {
                key_line: experience,
                inline: inline_value(at(experience)).map(|o| lines[experience].start + o),
                indent: s_indent,
            },
            lines,
            newline,
            items,
        })
    }
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.trim_end_matches('\n').trim_end_matches('\r');
        let trimmed = body.trim_start_matches(' ');
        let blank = trimmed.is_empty();
        let comment = trimmed.starts_with('#');
        out.push(Line {
            start,
            end: start + body.len(),
            indent: (!blank && !comment).then(|| body.len() - trimmed.len()),
            comment,
        });
        start += piece.len();
    }
    out
}

/// The lines under the key on line `key` (indented deeper, or `- ` items at its own indent).
fn block(lines: &[Line], text: &str, key: usize, indent: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(key + 1) {
        match line.indent {
            None => out.push(i),
            Some(n) if n > indent => out.push(i),
            Some(_) => break,
        }
    }
    // A `- ` list may sit at the key's own indent.
    if out.iter().all(|&i| lines[i].indent.is_none()) {
        let same: Vec<usize> = lines
            .iter()
            .enumerate()
            .skip(key + 1)
            .take_while(|(_, l)| match l.indent {
                None => true,
                Some(n) if n == indent => text[l.start + indent..l.end].starts_with('-'),
                Some(n) => n > indent,
            })
            .map(|(i, _)| i)
            .collect();
        return same;
    }
    out
}

fn last_content(lines: &[Line], block: &[usize]) -> Option<usize> {
    block
        .iter()
        .rev()
        .copied()
        .find(|&i| lines[i].indent.is_some())
}

fn find_key(
    lines: &[Line],
    text: &str,
    block: &[usize],
    indent: usize,
    wanted: impl Fn(&str) -> bool,
) -> Option<usize> {
    block.iter().copied().find(|&i| {
        lines[i].indent == Some(indent)
            && key_at(&text[lines[i].start..lines[i].end], indent).is_some_and(|(k, _)| wanted(k))
    })
}

/// `key` of a `key: value` line whose key starts at `column`, and the offset after the colon.
fn key_at(line: &str, column: usize) -> Option<(&str, usize)> {
    let rest = line.get(column..)?;
    let (key, after) = if let Some(q) = rest.strip_prefix(['"', '\'']) {
        let quote = rest.as_bytes()[0] as char;
        let close = q.find(quote)?;
        (&q[..close], column + close + 2)
    } else {
        let colon = rest.find(':')?;
        (rest[..colon].trim_end(), column + colon)
    };
    let tail = line.get(after..)?;
    let after_colon = tail.strip_prefix(':')?;
    (after_colon.is_empty() || after_colon.starts_with(' ')).then_some((key, after + 1))
}

/// The offset after the colon of a `key: value` line when a value (not a comment) follows it.
fn inline_value(line: &str) -> Option<usize> {
    let column = line.len() - line.trim_start_matches([' ', '-']).len();
    let (_, after) = key_at(line, column)?;
    let value = line[after..].trim();
    (!value.is_empty() && !value.starts_with('#')).then_some(after)
}

fn read_items(lines: &[Line], text: &str, list: &[usize]) -> Vec<Item> {
    let body = |i: usize| &text[lines[i].start..lines[i].end];
    let Some(dash) = list.iter().find_map(|&i| lines[i].indent) else {
        return Vec::new();
    };
    let is_dash = |i: usize| {
        lines[i].indent == Some(dash) && {
            let rest = &body(i)[dash..];
            rest == "-" || rest.starts_with("- ")
        }
    };
    let starts: Vec<usize> = list.iter().copied().filter(|&i| is_dash(i)).collect();
    let mut items = Vec::new();
    for (n, &first) in starts.iter().enumerate() {
        let stop = starts.get(n + 1).copied().unwrap_or(usize::MAX);
        let range: Vec<usize> = list
            .iter()
            .copied()
            .filter(|&i| i >= first && i < stop)
            .collect();
        let last = last_content(lines, &range).unwrap_or(first);
        let after_dash = &body(first)[dash + 1..];
        let key = if after_dash.trim().is_empty() {
            range[1..]
                .iter()
                .find_map(|&i| lines[i].indent)
                .unwrap_or(dash + 2)
        } else {
            dash + 1 + (after_dash.len() - after_dash.trim_start().len())
        };
        let highlights = range.iter().copied().find_map(|i| {
            let on_key = lines[i].indent == Some(key) || (i == first && key > dash);
            let (name, after) = key_at(body(i), key).filter(|_| on_key)?;
            (name == "highlights").then(|| {
                let value: Vec<usize> = block(lines, text, i, key)
                    .into_iter()
                    .filter(|&j| j <= last)
                    .collect();
                let inner = last_content(lines, &value);
                let value_text = body(i)[after..].trim();
                Highlights {
                    key_line: i,
                    inline: (!value_text.is_empty() && !value_text.starts_with('#'))
                        .then_some(lines[i].start + after),
                    last: inner,
                    dash: value
                        .iter()
                        .find_map(|&j| lines[j].indent.filter(|&d| body(j)[d..].starts_with('-'))),
                }
            })
        });
        items.push(Item {
            first,
            last,
            dash,
            key,
            highlights,
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_entries_and_their_highlights() {
        let text = "# yaml-language-server: $schema=x\ncv:\n  name: A\n  sections:\n    experience:\n      # newest\n      - company: A\n        highlights:\n          - a\n          # kept\n          - b\n\n      -\n        company: B\n";
        let l = Layout::read(text).unwrap();
        assert_eq!(l.items.len(), 2);
        let h = l.items[0].highlights.as_ref().unwrap();
        assert_eq!((h.key_line, h.last, h.dash), (7, Some(10), Some(10)));
        assert_eq!(l.items[1].key, 8);
        assert!(l.items[1].highlights.is_none());
    }

    #[test]
    fn a_file_without_cv_is_refused() {
        assert!(Layout::read("design:\n  theme: x\n").is_err());
    }
}
