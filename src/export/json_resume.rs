//! JSON Resume (<https://jsonresume.org>, schema 1.0.0): a complete document whose `work[]`
//! entries come from roles, and merging into a user's existing `resume.json`.
//!
//! Choices: a fresh document holds `$schema`, `work` and `meta.version` only; everything else
//! (basics, education, ...) is the user's to write. `endDate` is left out for a current role, as the
//! schema has no "present". Merging edits the parsed document in place with key order preserved,
//! so every field rung does not own survives exactly; only the whitespace is re-indented (two
//! spaces), as JSON has no comments to lose.

use serde_json::{Map, Value, json};

use super::entries::{MergeError, MergeMode, MergeSummary, WorkEntry};
use super::merge::{self, FileJob};

/// The schema a fresh document points at.
pub const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// The top-level keys the JSON Resume schema allows.
const TOP_LEVEL_KEYS: [&str; 14] = [
    "$schema",
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
];

/// A complete JSON Resume document with these work entries, and `basics.name` when the name
/// is known.
pub fn document(work: &[WorkEntry], name: Option<&str>) -> Value {
    let mut doc = Map::new();
    doc.insert("$schema".into(), SCHEMA_URL.into());
    if let Some(name) = name {
        doc.insert("basics".into(), json!({ "name": name }));
    }
    doc.insert(
        "work".into(),
        work.iter().map(work_item).collect::<Vec<_>>().into(),
    );
    doc.insert("meta".into(), json!({ "version": "v1.0.0" }));
    Value::Object(doc)
}

/// One `work[]` item.
fn work_item(entry: &WorkEntry) -> Value {
    let mut item = Map::new();
    item.insert("name".into(), entry.company.clone().into());
    item.insert("position".into(), entry.position.clone().into());
    if let Some(start) = &entry.start {
        item.insert("startDate".into(), start.clone().into());
    }
    if let Some(end) = &entry.end {
        item.insert("endDate".into(), end.clone().into());
    }
    item.insert("highlights".into(), entry.highlights.clone().into());
    Value::Object(item)
}

/// Renders a document as the file's text: two-space indents and a final newline.
pub fn to_text(doc: &Value) -> String {
    let mut text = serde_json::to_string_pretty(doc).expect("JSON values always serialise");
    text.push('\n');
    text
}

/// Parses the user's file and merges the entries into it.
pub fn merge_text(
    existing: &str,
    work: &[WorkEntry],
    mode: MergeMode,
) -> Result<(Value, MergeSummary), MergeError> {
    let mut doc: Value = serde_json::from_str(existing).map_err(|e| MergeError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let summary = merge(&mut doc, work, mode).map_err(MergeError::Shape)?;
    Ok((doc, summary))
}

/// Merges work entries into a parsed document: a `work[]` item naming the same job (employer in
/// `name`, or in the older `company` key) gets its highlights replaced or extended in place;
/// other roles are inserted where resume order puts them (see `merge`). Nothing else changes.
pub fn merge(doc: &mut Value, work: &[WorkEntry], mode: MergeMode) -> Result<MergeSummary, String> {
    let Value::Object(top) = doc else {
        return Err("the top level is not a JSON object, so this is not a JSON Resume file".into());
    };
    if !top.is_empty() && !TOP_LEVEL_KEYS.iter().any(|k| top.contains_key(*k)) {
        return Err(
            "none of JSON Resume's sections (basics, work, education, ...) is here, so this does not look like a JSON Resume file"
                .into(),
        );
    }
    let list = top
        .entry("work")
        .or_insert_with(|| Value::Array(Vec::new()));
    let Value::Array(items) = list else {
        return Err("`work` is not a list".into());
    };
    let (readable, well_formed): (Vec<FileJob>, Vec<bool>) = items.iter().map(file_job).unzip();
    let ours: Vec<Vec<String>> = work.iter().map(|w| w.highlights.clone()).collect();
    let plan = merge::plan(&readable, work, &ours, mode);
    for (at, highlights) in &plan.updates {
        let Some(Value::Object(obj)) = items.get_mut(*at) else {
            continue;
        };
        if !well_formed[*at] {
            return Err(highlights_problem(&readable[*at]));
        }
        obj.insert("highlights".into(), highlights.clone().into());
    }
    for (before, i) in plan.inserts.iter().rev() {
        items.insert(*before, work_item(&work[*i]));
    }
    Ok(plan.summary)
}

/// A `work[]` item as the merge sees it, and whether its highlights are a list of strings.
fn file_job(item: &Value) -> (FileJob, bool) {
    let Some(obj) = item.as_object() else {
        return (FileJob::default(), true);
    };
    let text = |key: &str| obj.get(key).and_then(Value::as_str).map(str::to_string);
    let highlights = match obj.get("highlights") {
        None => Some(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>(),
        Some(_) => None,
    };
    let well_formed = highlights.is_some();
    let end = text("endDate");
    let job = FileJob {
        company: text("name").or_else(|| text("company")),
        position: text("position"),
        start: text("startDate"),
        current: end.is_none() && text("startDate").is_some(),
        end,
        highlights: highlights.unwrap_or_default(),
    };
    (job, well_formed)
}

fn highlights_problem(job: &FileJob) -> String {
    format!(
        "the `highlights` of {} at {} is not a list of strings",
        job.position.as_deref().unwrap_or("a job"),
        job.company.as_deref().unwrap_or("an employer")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(company: &str, current: bool, highlights: &[&str]) -> WorkEntry {
        WorkEntry {
            company: company.into(),
            position: "Engineer".into(),
            start: Some("2021-03".into()),
            end: (!current).then(|| "2022-01".into()),
            current,
            highlights: highlights.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn fresh_document_has_work_and_no_end_date_for_a_current_role() {
        let doc = document(&[entry("Acme", true, &["Did a thing."])], None);
        assert_eq!(
            doc["work"][0],
            json!({"name": "Acme", "position": "Engineer", "startDate": "2021-03",
                   "highlights": ["Did a thing."]})
        );
        assert_eq!(doc["$schema"], SCHEMA_URL);
    }

    #[test]
    fn merge_keeps_other_fields_and_their_order() {
        let existing = r#"{"zeta": 1, "basics": {"name": "Ada", "x-custom": true},
            "work": [{"position": "Engineer", "name": "acme", "summary": "S", "highlights": ["Old."]}],
            "alpha": [1, 2]}"#;
        let (doc, summary) = merge_text(
            existing,
            &[
                entry("Acme", true, &["New."]),
                entry("Beta", false, &["B."]),
            ],
            MergeMode::Append,
        )
        .unwrap();
        assert_eq!(
            summary,
            MergeSummary {
                updated: 1,
                added: 1
            }
        );
        let keys: Vec<_> = doc.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["zeta", "basics", "work", "alpha"]);
        assert_eq!(doc["basics"], json!({"name": "Ada", "x-custom": true}));
        let first: Vec<_> = doc["work"][0]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(first, ["position", "name", "summary", "highlights"]);
        assert_eq!(doc["work"][0]["highlights"], json!(["Old.", "New."]));
        assert_eq!(doc["work"][1]["name"], "Beta");
        assert_eq!(doc["work"][1]["endDate"], "2022-01");
    }

    #[test]
    fn replace_drops_the_old_highlights() {
        let existing =
            r#"{"work": [{"name": "Acme", "position": "Engineer", "highlights": ["Old."]}]}"#;
        let (doc, _) = merge_text(
            existing,
            &[entry("Acme", true, &["New."])],
            MergeMode::Replace,
        )
        .unwrap();
        assert_eq!(doc["work"][0]["highlights"], json!(["New."]));
    }

    #[test]
    fn bad_files_say_where_and_what() {
        let err = merge_text("{\n  \"work\": [,]\n}", &[], MergeMode::Replace).unwrap_err();
        assert!(matches!(err, MergeError::Syntax { line: 2, .. }), "{err:?}");
        for (text, says) in [
            ("[1]", "not a JSON object"),
            (
                r#"{"name": "my-package", "version": "1.0.0"}"#,
                "does not look like a JSON Resume",
            ),
            (r#"{"work": {}}"#, "`work` is not a list"),
            (
                r#"{"work": [{"name": "Acme", "position": "Engineer", "highlights": "x"}]}"#,
                "not a list of strings",
            ),
        ] {
            let err =
                merge_text(text, &[entry("Acme", true, &["N."])], MergeMode::Replace).unwrap_err();
            assert!(
                matches!(&err, MergeError::Shape(m) if m.contains(says)),
                "{err:?}"
            );
        }
    }
}
