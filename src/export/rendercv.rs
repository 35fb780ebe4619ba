//! RenderCV (<https://rendercv.com>, 2.8) YAML: the `cv.sections.experience` entries (company,
//! position, start_date, end_date, highlights), and merging into a user's existing RenderCV file.
//!
//! Choices:
//! - RenderCV reads each highlight as Markdown and turns it into Typst, passing `#word` through as a
//!   Typst command and `$$...$$` as math. Bullets are escaped so they render as typed: Markdown's
//!   own characters get a backslash, and where Markdown has no escape (`#word`, `$$`, `<tag`,
//!   `&name;`) an invisible WORD JOINER (U+2060) is put after the first character, which
//!   breaks the pattern without changing what the reader sees.
//! - A current role gets `end_date: present`.
//! - Merging goes through a parsed YAML tree that keeps key order and every field rung does not
//!   own; YAML comments are not kept (no maintained Rust YAML library keeps them while editing),
//!   so the previous file is always saved as `FILE.bak` first.
//! - The section is found by its name `experience`, in any case; a file without one gets one.

use serde_yaml_ng::{Mapping, Value};

use super::entries::{MergeError, MergeMode, MergeSummary, WorkEntry, merged_highlights, same_job};

/// The invisible character that breaks markup patterns without changing the text's look.
pub const WORD_JOINER: char = '\u{2060}';

/// A RenderCV file holding just the experience section.
pub fn document(work: &[WorkEntry]) -> Value {
    let mut sections = Mapping::new();
    sections.insert(
        "experience".into(),
        Value::Sequence(work.iter().map(entry_value).collect()),
    );
    let mut cv = Mapping::new();
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
    let end = if entry.current {
        Some("present")
    } else {
        entry.end.as_deref()
    };
    if let Some(end) = end {
        m.insert("end_date".into(), end.into());
    }
    m.insert("highlights".into(), highlights_value(&entry.highlights));
    Value::Mapping(m)
}

fn highlights_value(highlights: &[String]) -> Value {
    Value::Sequence(
        highlights
            .iter()
            .map(|h| Value::String(escape(h)))
            .collect(),
    )
}

/// Renders the YAML text of a document.
pub fn to_text(doc: &Value) -> String {
    serde_yaml_ng::to_string(doc).expect("YAML values always serialise")
}

/// Escapes a bullet so RenderCV shows it exactly as typed (see the module notes).
pub fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '!' if i == 0 && text.starts_with("!!!") => out.push_str("\\!"),
            '#' if next.is_some_and(|n| n.is_ascii_alphabetic()) => {
                out.push(c);
                out.push(WORD_JOINER);
            }
            '$' if next == Some('$') => {
                out.push(c);
                out.push(WORD_JOINER);
            }
            '<' if next.is_some_and(|n| n.is_ascii_alphabetic() || "/!?".contains(n)) => {
                out.push(c);
                out.push(WORD_JOINER);
            }
            '&' if starts_entity(&chars[i + 1..]) => {
                out.push(c);
                out.push(WORD_JOINER);
            }
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

/// Parses the user's file and merges the entries into its experience section.
pub fn merge_text(
    existing: &str,
    work: &[WorkEntry],
    mode: MergeMode,
) -> Result<(Value, MergeSummary), MergeError> {
    let mut doc: Value = serde_yaml_ng::from_str(existing).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        MergeError::Syntax {
            line,
            column,
            message: e.to_string(),
        }
    })?;
    let summary = merge(&mut doc, work, mode).map_err(MergeError::Shape)?;
    Ok((doc, summary))
}

/// Merges entries into `cv.sections.experience`: an entry with the same company and position gets
/// its highlights replaced or extended; other roles are added at the end of the section.
pub fn merge(doc: &mut Value, work: &[WorkEntry], mode: MergeMode) -> Result<MergeSummary, String> {
    if doc.is_null() {
        *doc = Value::Mapping(Mapping::new());
    }
    let top = doc
        .as_mapping_mut()
        .ok_or("the top level is not a mapping, so this is not a RenderCV file")?;
    if !top.is_empty() && !top.contains_key("cv") {
        return Err("there is no `cv:` section, so this does not look like a RenderCV file".into());
    }
    let cv = child_mapping(top, "cv")?;
    let sections = child_mapping(cv, "sections")?;
    let key = sections
        .keys()
        .find(|k| {
            k.as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case("experience"))
        })
        .cloned()
        .unwrap_or_else(|| "experience".into());
    let list = sections
        .entry(key)
        .or_insert_with(|| Value::Sequence(Vec::new()));
    if list.is_null() {
        *list = Value::Sequence(Vec::new());
    }
    let items = list
        .as_sequence_mut()
        .ok_or("`cv.sections.experience` is not a list")?;
    let mut summary = MergeSummary::default();
    for entry in work {
        let found = items.iter_mut().find_map(|item| {
            let m = item.as_mapping_mut()?;
            let company = m.get("company").and_then(Value::as_str);
            let position = m.get("position").and_then(Value::as_str);
            same_job(entry, company, position).then_some(m)
        });
        match found {
            Some(m) => {
                let existing = match m.get("highlights") {
                    None | Some(Value::Null) => Vec::new(),
                    Some(Value::Sequence(s)) => s
                        .iter()
                        .map(|v| v.as_str().map(str::to_string))
                        .collect::<Option<Vec<_>>>()
                        .ok_or_else(|| highlights_problem(entry))?,
                    Some(_) => return Err(highlights_problem(entry)),
                };
                let ours: Vec<String> = entry.highlights.iter().map(|h| escape(h)).collect();
                let merged = merged_highlights(existing, &ours, mode);
                m.insert(
                    "highlights".into(),
                    Value::Sequence(merged.into_iter().map(Value::String).collect()),
                );
                summary.updated += 1;
            }
            None => {
                items.push(entry_value(entry));
                summary.added += 1;
            }
        }
    }
    Ok(summary)
}

/// The mapping under `key`, created when missing (or empty).
fn child_mapping<'a>(parent: &'a mut Mapping, key: &str) -> Result<&'a mut Mapping, String> {
    let value = parent
        .entry(key.into())
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if value.is_null() {
        *value = Value::Mapping(Mapping::new());
    }
    value
        .as_mapping_mut()
        .ok_or_else(|| format!("`{key}` is not a mapping"))
}

fn highlights_problem(entry: &WorkEntry) -> String {
    format!(
        "the `highlights` of {} at {} is not a list of strings",
        entry.position, entry.company
    )
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

    #[test]
    fn escapes_markup_but_not_plain_text() {
        let wj = WORD_JOINER;
        for (typed, escaped) in [
            (
                "Cut costs by 50% in C#",
                "Cut costs by 50% in C#".to_string(),
            ),
            ("Tagged #billing", format!("Tagged #{wj}billing")),
            ("Ranked #1", "Ranked #1".to_string()),
            ("p_99 and *ptr", "p\\_99 and \\*ptr".to_string()),
            ("[x] `y` a\\b", "\\[x\\] \\`y\\` a\\\\b".to_string()),
            ("Saved $5 and $$x$$", format!("Saved $5 and ${wj}$x${wj}$")),
            ("<1s and <b>", format!("<1s and <{wj}b>")),
            ("R&D and &amp;", format!("R&D and &{wj}amp;")),
            ("!!! note", "\\!!! note".to_string()),
        ] {
            assert_eq!(escape(typed), escaped, "{typed}");
        }
    }

    #[test]
    fn fresh_document_is_the_experience_section() {
        let text = to_text(&document(&[entry("Acme", &["Tagged #billing."])]));
        let back: Value = serde_yaml_ng::from_str(&text).unwrap();
        let e = &back["cv"]["sections"]["experience"][0];
        assert_eq!(e["company"], "Acme");
        assert_eq!(e["start_date"], "2021-03");
        assert_eq!(e["end_date"], "present");
        assert_eq!(e["highlights"][0], format!("Tagged #{WORD_JOINER}billing."));
    }

    #[test]
    fn merge_keeps_other_keys_in_order() {
        let existing = "cv:\n  name: Ada\n  sections:\n    Education:\n    - institution: MIT\n    Experience:\n    - company: acme\n      position: Engineer\n      location: Remote\n      highlights:\n      - Old.\ndesign:\n  theme: sb2nov\n";
        let (doc, summary) = merge_text(
            existing,
            &[entry("Acme", &["New."]), entry("Beta", &["B."])],
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
        let text = to_text(&doc);
        assert!(
            text.starts_with("cv:\n  name: Ada\n  sections:\n    Education:\n    - institution: MIT\n    Experience:\n    - company: acme\n      position: Engineer\n      location: Remote\n      highlights:\n      - New.\n"),
            "{text}"
        );
        assert!(text.ends_with("design:\n  theme: sb2nov\n"), "{text}");
        assert_eq!(doc["cv"]["sections"]["Experience"][1]["company"], "Beta");
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
        ] {
            let err = merge_text(text, &[entry("Acme", &["N."])], MergeMode::Replace).unwrap_err();
            assert!(
                matches!(&err, MergeError::Shape(m) if m.contains(says)),
                "{err:?}"
            );
        }
    }
}
