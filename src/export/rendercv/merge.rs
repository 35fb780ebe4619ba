//! Merging into the user's RenderCV file: the real YAML parser reads the jobs, the shared merge
//! routine plans the change, and `yaml_lines` writes it into the file's text in place.

use serde_yaml_ng::Value;

use super::super::entries::{MergeError, MergeMode, MergeSummary, WorkEntry};
use super::super::merge::{self, FileJob};
use super::super::yaml_lines::{self, Layout};
use super::{document, end_date, escape, to_text};

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

    #[test]
    fn flow_style_highlights_and_windows_line_endings_are_handled() {
        let text = "cv:\r\n  sections:\r\n    experience:\r\n    - company: Acme   # now\r\n      position: Engineer\r\n      highlights: [Old one, Old two]\r\n      location: Remote\r\ndesign: {theme: classic}\r\n";
        let (new, summary) =
            merge_text(text, &[entry("Acme", &["New."])], MergeMode::Replace).unwrap();
        assert_eq!(summary.updated, 1);
        assert_eq!(
            new,
            "cv:\r\n  sections:\r\n    experience:\r\n    - company: Acme   # now\r\n      position: Engineer\r\n      highlights:\r\n      - New.\r\n      location: Remote\r\ndesign: {theme: classic}\r\n"
        );
        let back: Value = serde_yaml_ng::from_str(&new).unwrap();
        assert_eq!(
            back["cv"]["sections"]["experience"][0]["location"],
            "Remote"
        );
    }

    #[test]
    fn an_empty_experience_list_gets_the_entries() {
        let text = "cv:\n  sections:\n    experience: []  # none yet\n  name: Ada\n";
        let (new, _) = merge_text(text, &[entry("Acme", &["N."])], MergeMode::Replace).unwrap();
        let back: Value = serde_yaml_ng::from_str(&new).unwrap();
        assert_eq!(back["cv"]["sections"]["experience"][0]["company"], "Acme");
        assert_eq!(back["cv"]["name"], "Ada");
    }
}
