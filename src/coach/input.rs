//! Reading bullets people already have, for `rung check`: plain text, Markdown, JSON Resume
//! (`work[].highlights`, also `projects` and `volunteer`) and RenderCV YAML
//! (`cv.sections.*[].highlights`).
//!
//! Choices: in plain text each non-empty line is a bullet and a blank line starts a new group;
//! in Markdown only list items are bullets, a heading starts a new group and continuation lines
//! join their item. JSON Resume and RenderCV entries are roles, so the role rules (repeated
//! openers, bullets per role) run on them; plain text and Markdown groups are not roles and
//! skip those rules.

use serde_json::Value;

/// The formats `rung check` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text: each non-empty line is a bullet, a blank line starts a new group.
    Text,
    /// Markdown: list items are bullets, a heading starts a new group.
    Markdown,
    /// JSON Resume: the highlights of `work`, `projects` and `volunteer` entries.
    JsonResume,
    /// RenderCV YAML: the highlights of `cv.sections` entries.
    RenderCv,
}

impl InputFormat {
    /// Guesses the format from a file name (when known) and the content.
    pub fn detect(file_name: Option<&str>, content: &str) -> InputFormat {
        let ext = file_name
            .and_then(|n| n.rsplit_once('.'))
            .map(|(_, e)| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("json") => return InputFormat::JsonResume,
            Some("yaml" | "yml") => return InputFormat::RenderCv,
            Some("md" | "markdown") => return InputFormat::Markdown,
            _ => {}
        }
        let trimmed = content.trim_start();
        if trimmed.starts_with('{') {
            InputFormat::JsonResume
        } else if content.lines().any(|l| l.trim_end() == "cv:") {
            InputFormat::RenderCv
        } else if content.lines().any(|l| l.trim_start().starts_with('#')) {
            InputFormat::Markdown
        } else {
            InputFormat::Text
        }
    }
}

/// Bullets that belong together: one role of a resume, or one block of a text file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    /// The role's name ("Engineer, Acme"), when the input says.
    pub title: Option<String>,
    /// True when the group is a role of a structured resume (role rules apply).
    pub is_role: bool,
    /// The bullets' texts, in input order.
    pub bullets: Vec<String>,
}

/// Input that cannot be read as the format it claims to be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct InputError {
    /// What is wrong with the input, in words for the user.
    pub message: String,
}

/// Reads the bullets of `content` in `format`.
pub fn read(content: &str, format: InputFormat) -> Result<Vec<Group>, InputError> {
    let groups = match format {
        InputFormat::Text => Ok(read_text(content)),
        InputFormat::Markdown => Ok(read_markdown(content)),
        InputFormat::JsonResume => read_json_resume(content),
        InputFormat::RenderCv => read_rendercv(content),
    }?;
    Ok(groups
        .into_iter()
        .filter(|g| !g.bullets.is_empty())
        .collect())
}

/// A line without its list marker: `-`, `*`, `+`, `•`, `1.`, `1)`.
pub fn strip_marker(line: &str) -> Option<&str> {
    let t = line.trim();
    for m in ["- ", "* ", "+ ", "\u{2022} ", "\u{2022}", "\u{2013} "] {
        if let Some(rest) = t.strip_prefix(m) {
            return Some(rest.trim());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < 4 {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(r.trim());
        }
    }
    None
}

fn read_text(content: &str) -> Vec<Group> {
    let mut groups = vec![Group::default()];
    for line in content.lines() {
        if line.trim().is_empty() {
            if !groups.last().is_some_and(|g| g.bullets.is_empty()) {
                groups.push(Group::default());
            }
            continue;
        }
        let text = strip_marker(line).unwrap_or(line.trim());
        if !text.is_empty() {
            groups
                .last_mut()
                .expect("one group")
                .bullets
                .push(text.to_string());
        }
    }
    groups
}

fn read_markdown(content: &str) -> Vec<Group> {
    let mut groups = vec![Group::default()];
    let mut in_item = false;
    for line in content.lines() {
        let t = line.trim();
        if let Some(h) = t.strip_prefix('#') {
            groups.push(Group {
                title: Some(h.trim_start_matches('#').trim().to_string()),
                ..Group::default()
            });
            in_item = false;
        } else if let Some(item) = strip_marker(line) {
            let item = item.replace("**", "").replace('`', "");
            groups.last_mut().expect("one group").bullets.push(item);
            in_item = true;
        } else if t.is_empty() {
            in_item = false;
        } else if in_item && line.starts_with([' ', '\t']) {
            let last = groups
                .last_mut()
                .expect("one group")
                .bullets
                .last_mut()
                .expect("in an item");
            last.push(' ');
            last.push_str(t);
        }
    }
    groups
}

fn highlights_of(entry: &Value) -> Vec<String> {
    entry
        .get("highlights")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(|s| s.trim().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn title_of(entry: &Value, keys: &[&str]) -> Option<String> {
    let parts: Vec<&str> = keys
        .iter()
        .filter_map(|k| entry.get(*k).and_then(Value::as_str))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn read_json_resume(content: &str) -> Result<Vec<Group>, InputError> {
    let doc: Value = serde_json::from_str(content).map_err(|e| InputError {
        message: format!(
            "not valid JSON (line {}, column {}): {e}",
            e.line(),
            e.column()
        ),
    })?;
    let mut groups = Vec::new();
    let mut found_section = false;
    for section in ["work", "volunteer", "projects"] {
        let Some(entries) = doc.get(section).and_then(Value::as_array) else {
            continue;
        };
        found_section = true;
        for e in entries {
            groups.push(Group {
                title: title_of(e, &["position", "name", "organization"]),
                is_role: true,
                bullets: highlights_of(e),
            });
        }
    }
    if !found_section {
        return Err(InputError {
            message: "no `work`, `projects` or `volunteer` list: is this a JSON Resume file? \
                      (pass --input-format to choose another format)"
                .into(),
        });
    }
    Ok(groups)
}

fn read_rendercv(content: &str) -> Result<Vec<Group>, InputError> {
    let doc: Value = serde_yaml_ng::from_str(content).map_err(|e| InputError {
        message: match e.location() {
            Some(l) => format!(
                "not valid YAML (line {}, column {}): {e}",
                l.line(),
                l.column()
            ),
            None => format!("not valid YAML: {e}"),
        },
    })?;
    let Some(sections) = doc
        .get("cv")
        .and_then(|cv| cv.get("sections"))
        .and_then(Value::as_object)
    else {
        return Err(InputError {
            message: "no `cv.sections`: is this a RenderCV file? (pass --input-format to choose another format)"
                .into(),
        });
    };
    let mut groups = Vec::new();
    for entries in sections.values().filter_map(Value::as_array) {
        for e in entries.iter().filter(|e| e.get("highlights").is_some()) {
            groups.push(Group {
                title: title_of(e, &["position", "company", "name", "institution"]),
                is_role: true,
                bullets: highlights_of(e),
            });
        }
    }
    Ok(groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_stripped() {
        for (line, want) in [
            ("- Built it", Some("Built it")),
            ("* Built it", Some("Built it")),
            ("\u{2022} Built it", Some("Built it")),
            ("12. Built it", Some("Built it")),
            ("3) Built it", Some("Built it")),
            ("Built it", None),
            ("2024. A year", None),
        ] {
            assert_eq!(strip_marker(line), want, "{line}");
        }
    }

    #[test]
    fn format_is_guessed_from_name_then_content() {
        assert_eq!(
            InputFormat::detect(Some("cv.yaml"), ""),
            InputFormat::RenderCv
        );
        assert_eq!(
            InputFormat::detect(None, "  {\"work\": []}"),
            InputFormat::JsonResume
        );
        assert_eq!(
            InputFormat::detect(None, "cv:\n  name: A\n"),
            InputFormat::RenderCv
        );
        assert_eq!(
            InputFormat::detect(None, "# Acme\n- Built it\n"),
            InputFormat::Markdown
        );
        assert_eq!(InputFormat::detect(None, "Built it\n"), InputFormat::Text);
    }
}
