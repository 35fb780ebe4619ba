//! Markdown: a `##` heading per role with its dates in italics, then the bullets as a list.
//! Characters Markdown would treat as formatting are escaped so bullets render as typed.

use super::group::{RoleGroup, role_dates, role_heading};

/// Renders the groups as Markdown.
pub fn render(groups: &[RoleGroup]) -> String {
    let mut out = String::new();
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match &g.role {
            Some(role) => {
                out.push_str(&format!("## {}\n\n", escape(&role_heading(role))));
                let dates = role_dates(role);
                if !dates.is_empty() {
                    out.push_str(&format!("*{}*\n\n", escape(&dates)));
                }
            }
            None if groups.len() > 1 => out.push_str("## Other\n\n"),
            None => {}
        }
        for b in &g.bullets {
            out.push_str(&format!("- {}\n", escape(b)));
        }
    }
    out
}

/// Escapes what Markdown would read as formatting with character references (`&lt;`, `&#42;`),
/// which CommonMark, GitHub, pandoc's own Markdown and python-markdown (MkDocs, Pelican) all
/// show as the character; a backslash escape shows its backslash in python-markdown for `<` and
/// `|`. A line that would start a list, a quote or a heading has its first mark escaped too.
pub fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let starts_list = |i: usize| {
        // `1. ` or `1) ` at the start: the digits, then the mark.
        let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        digits > 0 && i == digits && matches!(chars.get(i), Some('.' | ')'))
    };
    for (i, &c) in chars.iter().enumerate() {
        let at_start_then_space = i == 0 && chars.get(1).is_none_or(|n| *n == ' ');
        let reference = match c {
            '&' => Some("&amp;"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '\\' => Some("&#92;"),
            '*' => Some("&#42;"),
            '_' => Some("&#95;"),
            '`' => Some("&#96;"),
            '[' => Some("&#91;"),
            ']' => Some("&#93;"),
            '|' => Some("&#124;"),
            '~' => Some("&#126;"),
            // pandoc's own Markdown reads `$..$` as maths, `^..^` as a superscript and `@key`
            // as a citation.
            '$' => Some("&#36;"),
            '^' => Some("&#94;"),
            '@' => Some("&#64;"),
            '#' if i == 0 => Some("&#35;"),
            '-' | '+' | '=' if at_start_then_space => Some(match c {
                '-' => "&#45;",
                '+' => "&#43;",
                _ => "&#61;",
            }),
            '.' if starts_list(i) => Some("&#46;"),
            ')' if starts_list(i) => Some("&#41;"),
            _ => None,
        };
        match reference {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_formatting_but_keeps_words() {
        assert_eq!(
            escape("Cut p_99 by *half* [x] <b> | &amp;"),
            "Cut p&#95;99 by &#42;half&#42; &#91;x&#93; &lt;b&gt; &#124; &amp;amp;"
        );
        assert_eq!(escape("#1 in Go"), "&#35;1 in Go");
        assert_eq!(escape("C# and F#"), "C# and F#");
        assert_eq!(escape("1. Shipped"), "1&#46; Shipped");
        assert_eq!(escape("- Shipped"), "&#45; Shipped");
    }
}
