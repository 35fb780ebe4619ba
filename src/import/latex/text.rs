//! LaTeX markup to plain text, and argument reading by brace matching. Nesting deeper than
//! [`MAX_DEPTH`] is refused (no resume needs it, and a file that does is broken or hostile).

/// The deepest brace nesting read.
pub const MAX_DEPTH: usize = 64;

/// Braces nested deeper than [`MAX_DEPTH`], at this byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooDeep(pub usize);

/// Commands whose arguments are all dropped (layout, not text).
const DROP_ARGS: &[&str] = &[
    "vspace",
    "hspace",
    "label",
    "includegraphics",
    "setlength",
    "addtolength",
    "color",
    "pagecolor",
    "definecolor",
    "fontsize",
    "phantom",
    "hypersetup",
    "ref",
    "pageref",
    "input",
    "include",
    "usepackage",
    "raisebox",
];

/// Commands whose first argument is dropped and the rest kept (`\href{url}{text}`).
const DROP_FIRST: &[&str] = &["href", "textcolor", "hyperlink", "hypertarget", "colorbox"];

/// Text commands without arguments.
fn symbol(name: &str) -> Option<&'static str> {
    Some(match name {
        "LaTeX" => "LaTeX",
        "TeX" => "TeX",
        "ldots" | "dots" | "textellipsis" => "...",
        "textbackslash" => "\\",
        "textbar" | "mid" | "vert" => "|",
        "textasciitilde" | "sim" => "~",
        "textendash" => "\u{2013}",
        "textemdash" => "\u{2014}",
        "textbullet" | "bullet" => "\u{2022}",
        "times" => "\u{d7}",
        "approx" => "\u{2248}",
        "rightarrow" | "to" | "textrightarrow" => "\u{2192}",
        "leftarrow" => "\u{2190}",
        "pm" => "\u{b1}",
        "cdot" => "\u{b7}",
        "geq" | "ge" => "\u{2265}",
        "leq" | "le" => "\u{2264}",
        "textdegree" => "\u{b0}",
        "euro" | "texteuro" => "\u{20ac}",
        "pounds" | "textsterling" => "\u{a3}",
        "textdollar" => "$",
        "textpercent" => "%",
        "textunderscore" => "_",
        "newline" | "linebreak" | "par" | "quad" | "qquad" | "hfill" => " ",
        _ => return None,
    })
}

fn accent(mark: char, letter: char) -> Option<char> {
    let table: &[(char, &str, &str)] = &[
        ('\'', "aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝćńĆŃ"),
        ('`', "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ('^', "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ('"', "aeiouyAEIOU", "äëïöüÿÄËÏÖÜ"),
        ('~', "anoANO", "ãñõÃÑÕ"),
        ('c', "cCsS", "çÇşŞ"),
        ('v', "csznrCSZNR", "čšžňřČŠŽŇŘ"),
    ];
    let (_, from, to) = table.iter().find(|(m, _, _)| *m == mark)?;
    let i = from.chars().position(|c| c == letter)?;
    to.chars().nth(i)
}

/// The command name starting at `i` (just after a backslash): its end.
pub fn command_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j == i && j < bytes.len() {
        // A one-character command such as `\%` or `\\`.
        j += s[j..].chars().next().map_or(1, char::len_utf8);
    }
    j
}

/// Skips spaces (and one line break) from `i`.
pub fn skip_space(s: &str, mut i: usize) -> usize {
    let bytes = s.as_bytes();
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// The argument delimited by `open`/`close` at `i` (after spaces): its inside and the offset after it.
pub fn delimited(
    s: &str,
    i: usize,
    open: u8,
    close: u8,
) -> Result<Option<(std::ops::Range<usize>, usize)>, TooDeep> {
    let bytes = s.as_bytes();
    let start = skip_space(s, i);
    if bytes.get(start) != Some(&open) {
        return Ok(None);
    }
    let mut depth = 0usize;
    let mut j = start;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 1,
            b if b == open => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(TooDeep(j));
                }
            }
            b if b == close => {
                depth -= 1;
                if depth == 0 {
                    return Ok(Some((start + 1..j, j + 1)));
                }
            }
            _ => {}
        }
        j += 1;
    }
    // An unclosed argument runs to the end of the text.
    Ok(Some((start + 1..bytes.len(), bytes.len())))
}

/// A `{...}` argument at `i`.
pub fn arg(s: &str, i: usize) -> Result<Option<(std::ops::Range<usize>, usize)>, TooDeep> {
    delimited(s, i, b'{', b'}')
}

/// LaTeX markup as plain text: escapes, accents, dashes and quotes turned into characters,
/// formatting commands dropped with their text kept, whitespace normalised.
pub fn plain(s: &str) -> Result<String, TooDeep> {
    let mut out = String::new();
    let bytes = s.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let c = s[i..].chars().next().expect("in bounds");
        match c {
            '\\' => {
                let end = command_end(s, i + 1);
                let name = &s[i + 1..end];
                i = end;
                match name {
                    "%" | "$" | "&" | "#" | "_" | "{" | "}" => out.push_str(name),
                    "\\" | " " | "," | ";" | ":" | "!" | "/" => out.push(' '),
                    "-" => {}
                    n if n.len() == 1 && "'`^\"~cv".contains(n) => {
                        // An accent: `\'e` or `\'{e}`.
                        let mark = n.chars().next().expect("one char");
                        let (letter, next) = match arg(s, i)? {
                            Some((r, next)) => (s[r].chars().next(), next),
                            None => {
                                let at = if mark.is_alphabetic() {
                                    skip_space(s, i)
                                } else {
                                    i
                                };
                                (
                                    s[at..].chars().next(),
                                    at + s[at..].chars().next().map_or(0, char::len_utf8),
                                )
                            }
                        };
                        if let Some(ch) = letter.and_then(|l| accent(mark, l).or(Some(l))) {
                            out.push(ch);
                        }
                        i = next;
                    }
                    n if DROP_ARGS.contains(&n) => {
                        if let Some((_, next)) = delimited(s, i, b'[', b']')? {
                            i = next;
                        }
                        while let Some((_, next)) = arg(s, i)? {
                            i = next;
                            if n != "setlength" && n != "addtolength" && n != "definecolor" {
                                break;
                            }
                        }
                    }
                    n if DROP_FIRST.contains(&n) => {
                        if let Some((_, next)) = arg(s, i)? {
                            i = next;
                        }
                    }
                    n => {
                        if let Some(sym) = symbol(n) {
                            out.push_str(sym);
                        }
                        // A command word swallows the spaces after it, as in TeX.
                        if n.bytes().all(|b| b.is_ascii_alphabetic()) {
                            let after = skip_space(s, i);
                            if symbol(n).is_none() || bytes.get(after) == Some(&b'{') {
                                i = after;
                            } else if after > i {
                                out.push(' ');
                                i = after;
                            }
                            if bytes.get(i) == Some(&b'*') {
                                i += 1;
                            }
                        }
                    }
                }
                continue;
            }
            '{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(TooDeep(i));
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '$' => {}
            '~' => out.push(' '),
            '-' if s[i..].starts_with("---") => {
                out.push('\u{2014}');
                i += 3;
                continue;
            }
            '-' if s[i..].starts_with("--") => {
                out.push('\u{2013}');
                i += 2;
                continue;
            }
            '`' if s[i..].starts_with("``") => {
                out.push('\u{201c}');
                i += 2;
                continue;
            }
            '\'' if s[i..].starts_with("''") => {
                out.push('\u{201d}');
                i += 2;
                continue;
            }
            '`' => out.push('\u{2018}'),
            c => out.push(c),
        }
        i += c.len_utf8();
    }
    Ok(super::super::normalise(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_plain_text() {
        assert_eq!(
            plain(r"Cut costs by 30\% (\$2M) with \textbf{C++} \& \emph{Rust} -- fast").unwrap(),
            "Cut costs by 30% ($2M) with C++ & Rust \u{2013} fast"
        );
        assert_eq!(
            plain(r"Built \href{https://x.io}{\underline{x.io}} for Jos\'e in C\#").unwrap(),
            "Built x.io for José in C#"
        );
        assert_eq!(
            plain(r"Raised uptime to 99.9\%\vspace{-2pt}").unwrap(),
            "Raised uptime to 99.9%"
        );
        assert_eq!(
            plain(r"Served 10k~users $\sim$3x faster").unwrap(),
            "Served 10k users ~3x faster"
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = format!("{}x{}", "{".repeat(100), "}".repeat(100));
        assert!(plain(&deep).is_err());
        assert!(arg(&deep, 0).is_err());
    }
}
