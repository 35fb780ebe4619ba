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

/// Escapes Markdown's inline formatting characters, and a `#` that would start a heading.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|') || (i == 0 && c == '#')
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_formatting_but_keeps_words() {
        assert_eq!(
            escape("Cut p_99 by *half* [x]"),
            "Cut p\\_99 by \\*half\\* \\[x\\]"
        );
        assert_eq!(escape("#1 in Go"), "\\#1 in Go");
        assert_eq!(escape("C# and F#"), "C# and F#");
    }
}
