//! RenderCV (<https://rendercv.com>, 2.8) YAML: the `cv.sections.experience` entries (company,
//! position, start_date, end_date, highlights), and merging into a user's existing RenderCV file.
//!
//! Choices:
//! - RenderCV splits a highlight at every " - " into sub-bullets, reads it as Markdown and turns it
//!   into Typst, passing `#word(...)` through as a Typst command and `$$...$$` as math; Typst then
//!   turns `'`, `--`, `---` and `...` into typographic marks. Bullets are escaped so the PDF's text
//!   holds exactly what was typed, with nothing invisible added: Markdown's own characters get a
//!   backslash (` \- ` keeps a dash from starting a sub-bullet), and a character no Markdown
//!   escape protects is written as the Typst expression `#str.from-unicode(N);`, which prints that
//!   one character (RenderCV's Markdown and HTML side outputs show the expression as written).
//! - A current role gets `end_date: present`; `cv.name` is the user's name when one is known,
//!   so RenderCV names its files after it.
//! - Merging edits the file's text in place (see `yaml_lines`): only the highlights of matched
//!   jobs and the jobs added are written, every other byte stays as it was.

use serde_yaml_ng::{Mapping, Value};

use super::entries::WorkEntry;
mod merge;

pub use merge::merge_text;

/// A RenderCV file holding the user's name (when known) and the experience section.
pub fn document(work: &[WorkEntry], name: Option<&str>) -> Value {
    let mut sections = Mapping::new();
    sections.insert(
        "experience".into(),
        Value::Sequence(work.iter().map(entry_value).collect()),
    );
    let mut cv = Mapping::new();
    if let Some(name) = name {
        cv.insert("name".into(), name.into());
    }
    cv.insert("sections".into(), Value::Mapping(sections));
    let mut top = Mapping::new();
    top.insert("cv".into(), Value::Mapping(cv));
    Value::Mapping(top)
}

/// One experience entry.
fn entry_value(entry: &WorkEntry) -> Value {
    let mut m = Mapping::new();
    m.insert("company".into(), entry.company.as_str().into());
    m.insert("position".into(), entry.position.as_str().into());
    if let Some(start) = &entry.start {
        m.insert("start_date".into(), start.as_str().into());
    }
    if let Some(end) = end_date(entry) {
        m.insert("end_date".into(), end.into());
    }
    m.insert(
        "highlights".into(),
        Value::Sequence(
            entry
                .highlights
                .iter()
                .map(|h| Value::String(escape(h)))
                .collect(),
        ),
    );
    Value::Mapping(m)
}

fn end_date(entry: &WorkEntry) -> Option<&str> {
    if entry.current {
        Some("present")
    } else {
        entry.end.as_deref()
    }
}

/// Renders the YAML text of a document.
pub fn to_text(doc: &Value) -> String {
    serde_yaml_ng::to_string(doc).expect("YAML values always serialise")
}

/// Escapes a bullet so RenderCV's PDF shows it exactly as typed (see the module notes).
pub fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let first_then_space = i == 0 && next == Some(' ');
        let as_typst = match c {
            '`' | '*' | '\'' => true,
            '#' => next.is_some_and(|n| n.is_ascii_alphabetic()),
            '$' => next == Some('$'),
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || "/!?".contains(n)),
            '&' => starts_entity(&chars[i + 1..]),
            '-' => matches!(next, Some('-' | '?')) || first_then_space,
            '+' | '=' => first_then_space,
            '.' => next == Some('.'),
            _ => false,
        };
        if as_typst {
            out.push_str(&format!("#str.from-unicode({});", u32::from(c)));
            continue;
        }
        match c {
            '\\' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '-' if prev == Some(' ') && next == Some(' ') => out.push_str("\\-"),
            '!' if i == 0 && text.starts_with("!!!") => out.push_str("\\!"),
            _ => out.push(c),
        }
    }
    out
}

/// True when the characters after a `&` read as an HTML entity (`amp;`, `#35;`).
fn starts_entity(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && rest.get(name) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(company: &str, highlights: &[&str]) -> WorkEntry {
        WorkEntry {
            company: company.into(),
            position: "Engineer".into(),
            start: Some("2021-03".into()),
            end: None,
            current: true,
            highlights: highlights.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn typst(c: char) -> String {
        format!("#str.from-unicode({});", u32::from(c))
    }

    #[test]
    fn escapes_markup_but_not_plain_text() {
        for (typed, escaped) in [
            (
                "Cut costs by 50% in C#",
                "Cut costs by 50% in C#".to_string(),
            ),
            ("Tagged #billing", format!("Tagged {}billing", typst('#'))),
            ("Ranked #1", "Ranked #1".to_string()),
            ("p_99 and *ptr", format!("p\\_99 and {}ptr", typst('*'))),
            (
                "[x] `y` a\\b",
                format!("\\[x\\] {0}y{0} a\\\\b", typst('`')),
            ),
            ("Saved $5 and $$x", format!("Saved $5 and {}$x", typst('$'))),
            ("<1s and <b>", format!("<1s and {}b>", typst('<'))),
            ("R&D and &amp;", format!("R&D and {}amp;", typst('&'))),
            ("a - b -- c", format!("a \\- b {}- c", typst('-'))),
            (
                "team's ... done",
                format!("team{}s {1}{1}. done", typst('\''), typst('.')),
            ),
            ("!!! note", "\\!!! note".to_string()),
        ] {
            assert_eq!(escape(typed), escaped, "{typed}");
        }
    }

    #[test]
    fn escaped_bullets_have_no_invisible_characters() {
        let e = escape("Tagged #billing <b> $$ &amp; `x` 'y' -- ...");
        assert!(e.chars().all(|c| !c.is_control() && c != '\u{2060}'), "{e}");
    }

    #[test]
    fn fresh_document_is_the_experience_section_with_the_name() {
        let text = to_text(&document(
            &[entry("Acme", &["Shipped it."])],
            Some("Ada Lovelace"),
        ));
        let back: Value = serde_yaml_ng::from_str(&text).unwrap();
        assert_eq!(back["cv"]["name"], "Ada Lovelace");
        let e = &back["cv"]["sections"]["experience"][0];
        assert_eq!(e["company"], "Acme");
        assert_eq!(e["start_date"], "2021-03");
        assert_eq!(e["end_date"], "present");
        assert_eq!(e["highlights"][0], "Shipped it.");
        let nameless = to_text(&document(&[], None));
        assert!(!nameless.contains("name"), "{nameless}");
    }
}
