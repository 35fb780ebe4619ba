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

use super::entries::{MergeError, MergeMode, MergeSummary, WorkEntry};
use super::merge::{self, FileJob};
use super::yaml_lines::{self, Layout};

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

/// Merges the entries into the text of the user's file and returns the new text.
pub fn merge_text(
    existing: &str,
    work: &[WorkEntry],
    mode: MergeMode,
) -> Result<(String, MergeSummary), MergeError> {
    let doc: Value = serde_yaml_ng::from_str(existing).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        MergeError::Syntax {
            line,
            column,
            message: e.to_string(),
        }
    })?;
    if doc.is_null() {
        let summary = MergeSummary {
            updated: 0,
            added: work.len(),
        };
        return Ok((to_text(&document(work, None)), summary));
    }
    let shape = MergeError::Shape;
    let top = doc.as_mapping().ok_or_else(|| {
        shape("the top level is not a mapping, so this is not a RenderCV file".into())
    })?;
    let cv = match top.get("cv") {
        None => {
            return Err(shape(
                "there is no `cv:` section, so this does not look like a RenderCV file".into(),
            ));
        }
        Some(Value::Null) => None,
        Some(Value::Mapping(m)) => Some(m),
        Some(_) => return Err(shape("`cv` is not a mapping".into())),
    };
    let sections = match cv.and_then(|cv| cv.get("sections")) {
        None | Some(Value::Null) => None,
        Some(Value::Mapping(m)) => Some(m),
        Some(_) => return Err(shape("`cv.sections` is not a mapping".into())),
    };
    let experience = sections.and_then(|s| {
        s.iter()
            .find(|(k, _)| {
                k.as_str()
                    .is_some_and(|k| k.eq_ignore_ascii_case("experience"))
            })
            .map(|(_, v)| v)
    });
    let items: &[Value] = match experience {
        None | Some(Value::Null) => &[],
        Some(Value::Sequence(s)) => s,
        Some(_) => return Err(shape("`cv.sections.experience` is not a list".into())),
    };
    let files: Vec<FileJob> = items.iter().map(file_job).collect();
    let ours: Vec<Vec<String>> = work
        .iter()
        .map(|w| w.highlights.iter().map(|h| escape(h)).collect())
        .collect();
    let plan = merge::plan(&files, work, &ours, mode);
    let layout = Layout::read(existing).map_err(shape)?;
    if layout.items.len() != items.len() {
        return Err(shape(format!(
            "rung found {} experience entries by their lines but the file holds {}; rung edits \
             block-style lists (`- company: ...` on its own line) only",
            layout.items.len(),
            items.len()
        )));
    }
    let new_items: Vec<(usize, Vec<yaml_lines::Field>)> = plan
        .inserts
        .iter()
        .map(|&(before, i)| (before, new_item_fields(&work[i], &ours[i])))
        .collect();
    let text = yaml_lines::apply(existing, &layout, &files, &plan.updates, &new_items);
    Ok((text, plan.summary))
}

/// A new entry's keys and values, in the order RenderCV's examples use.
fn new_item_fields(entry: &WorkEntry, highlights: &[String]) -> Vec<yaml_lines::Field> {
    let mut fields = vec![
        yaml_lines::Field::Scalar("company", entry.company.clone()),
        yaml_lines::Field::Scalar("position", entry.position.clone()),
    ];
    if let Some(start) = &entry.start {
        fields.push(yaml_lines::Field::Scalar("start_date", start.clone()));
    }
    if let Some(end) = end_date(entry) {
        fields.push(yaml_lines::Field::Scalar("end_date", end.to_string()));
    }
    fields.push(yaml_lines::Field::List("highlights", highlights.to_vec()));
    fields
}

/// An experience entry as the merge sees it.
fn file_job(item: &Value) -> FileJob {
    let text = |key: &str| match item.get(key) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let end = text("end_date");
    let current = end
        .as_deref()
        .is_some_and(|e| e.trim().eq_ignore_ascii_case("present"));
    let highlights = match item.get("highlights") {
        Some(Value::Sequence(s)) => s
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    FileJob {
        company: text("company"),
        position: text("position"),
        start: text("start_date"),
        end: if current { None } else { end },
        current,
        highlights,
    }
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

    const USERS: &str = "# yaml-language-server: $schema=https://example.com/schema.json\ncv:\n  name: Ada   # me\n  sections:\n    Education:\n      - institution: MIT\n    Experience:\n      # the job I have\n      - company: acme\n        position: Engineer\n        location: Remote\n        start_date: 2021-03\n        end_date: present\n        highlights:\n          - Old.\n          - \"Quoted: old.\"\n      - company: First\n        position: Intern\n        start_date: 2016-06\n        end_date: 2016-09\n        summary: ~\ndesign:\n  theme: sb2nov\n";

    #[test]
    fn merge_edits_only_the_highlights_and_keeps_every_other_byte() {
        let (text, summary) = merge_text(
            USERS,
            &[
                entry("Acme", &["New."]),
                WorkEntry {
                    end: Some("2020-01".into()),
                    current: false,
                    start: Some("2018-01".into()),
                    ..entry("Beta", &["B."])
                },
            ],
            MergeMode::Replace,
        )
        .unwrap();
        assert_eq!(
            summary,
            MergeSummary {
                updated: 1,
                added: 1
            }
        );
        let expected = USERS
            .replace(
                "          - Old.\n          - \"Quoted: old.\"\n",
                "          - New.\n",
            )
            .replace(
                "      - company: First\n",
                "      - company: Beta\n        position: Engineer\n        start_date: 2018-01\n        end_date: 2020-01\n        highlights:\n          - B.\n      - company: First\n",
            );
        assert_eq!(text, expected);
    }

    #[test]
    fn append_adds_lines_after_the_old_ones_and_a_missing_list_is_opened() {
        let first = WorkEntry {
            position: "Intern".into(),
            start: Some("2016-06".into()),
            end: Some("2016-09".into()),
            current: false,
            ..entry("First", &["Filed."])
        };
        let (text, _) = merge_text(
            USERS,
            &[entry("acme", &["Old.", "Added."]), first],
            MergeMode::Append,
        )
        .unwrap();
        assert!(
            text.contains(
                "          - \"Quoted: old.\"\n          - Added.\n      - company: First"
            ),
            "{text}"
        );
        assert!(
            text.contains("        summary: ~\n        highlights:\n          - Filed.\ndesign:"),
            "{text}"
        );
    }

    #[test]
    fn a_file_without_experience_gets_the_section() {
        let (text, _) = merge_text(
            "cv:\n  name: Ada\ndesign:\n  theme: x\n",
            &[entry("Acme", &["N."])],
            MergeMode::Replace,
        )
        .unwrap();
        assert!(
            text.starts_with(
                "cv:\n  name: Ada\n  sections:\n    experience:\n      - company: Acme\n"
            ),
            "{text}"
        );
        let back: Value = serde_yaml_ng::from_str(&text).unwrap();
        assert_eq!(
            back["cv"]["sections"]["experience"][0]["highlights"][0],
            "N."
        );
        assert_eq!(back["design"]["theme"], "x");
    }

    #[test]
    fn bad_files_say_where_and_what() {
        let err = merge_text("cv:\n  name: [\n", &[], MergeMode::Replace).unwrap_err();
        assert!(
            matches!(err, MergeError::Syntax { line, .. } if line >= 2),
            "{err:?}"
        );
        for (text, says) in [
            ("- a\n", "not a mapping"),
            ("{\"work\": []}\n", "no `cv:` section"),
            ("cv: 3\n", "`cv` is not a mapping"),
            ("cv:\n  sections:\n    experience: x\n", "is not a list"),
            (
                "cv: {sections: {experience: [{company: Acme, position: Engineer}]}}\n",
                "block-style",
            ),
        ] {
            let err = merge_text(text, &[entry("Acme", &["N."])], MergeMode::Replace).unwrap_err();
            assert!(
                matches!(&err, MergeError::Shape(m) if m.contains(says)),
                "{text}: {err:?}"
            );
        }
    }
}
