//! Keys and tables a user adds by hand to a draft or to `rung.toml` that rung does not know
//! (`notes = "..."`, a `[custom]` table, a key inside `[answers]`): found when the file is read,
//! written back when rung writes the file again, and named when they look like a misspelt
//! known name (`[[roles]]` for `[[role]]`), since rung then ignores what they hold.
//!
//! Reading stays one parse for the usual file: a quick scan of the lines looks for any name
//! rung does not know, and only then is the file parsed again as a plain table. Writing adds the
//! extra items to what rung renders, with `toml_edit`, so rung's own keys keep their order and
//! the user's follow.

use crate::ladder::Extra;

/// The names rung knows in a file: each top-level key, with the keys it knows inside it when
/// it is a table whose keys rung reads (`None`: anything inside belongs to rung).
pub type Known = &'static [(&'static str, Option<&'static [&'static str]>)];

/// What rung knows in a draft file.
pub const DRAFT: Known = &[
    ("version", None),
    ("id", None),
    ("created", None),
    ("updated", None),
    ("pack", None),
    ("role", None),
    ("tags", None),
    ("status", None),
    ("rung", None),
    ("style", None),
    ("cursor", None),
    (
        "answers",
        Some(&["task", "tools", "stack", "method", "metric"]),
    ),
    (
        "metric",
        Some(&["what", "before", "after", "scope", "better"]),
    ),
    ("final", Some(&["text", "style"])),
    ("final_other", Some(&["text", "style"])),
    ("trim", Some(&["tools", "stack", "method"])),
    ("imported", Some(&["text", "file", "page", "line"])),
    ("ignored", None),
];

/// What rung knows in `rung.toml`.
pub const WORKSPACE: Known = &[
    ("version", None),
    ("name", None),
    ("settings", Some(&["pack", "style", "jd"])),
    (
        "role",
        Some(&["key", "company", "title", "start", "end", "current"]),
    ),
];

/// The items of `text` that rung does not know. Empty (and cheap) for a file holding only
/// known names.
pub fn find(text: &str, known: Known) -> Extra {
    if !may_have_extra(text, known) {
        return Extra::default();
    }
    let Ok(mut table) = text.parse::<toml::Table>() else {
        return Extra::default();
    };
    let mut extra = toml::Table::new();
    for (key, value) in std::mem::take(&mut table) {
        match known.iter().find(|(k, _)| *k == key) {
            None => {
                extra.insert(key, value);
            }
            Some((_, Some(inner))) => {
                let unknown_in = |t: toml::Table| -> toml::Table {
                    t.into_iter()
                        .filter(|(k, _)| !inner.contains(&k.as_str()))
                        .collect()
                };
                let unknown = match value {
                    toml::Value::Table(t) => unknown_in(t),
                    // An array of tables (`[[role]]`): each entry's own keys, by its `key`.
                    toml::Value::Array(items) => items
                        .into_iter()
                        .filter_map(|item| match item {
                            toml::Value::Table(t) => {
                                let by = t.get("key")?.as_str()?.to_string();
                                let unknown = unknown_in(t);
                                (!unknown.is_empty()).then_some((by, toml::Value::Table(unknown)))
                            }
                            _ => None,
                        })
                        .collect(),
                    _ => toml::Table::new(),
                };
                if !unknown.is_empty() {
                    extra.insert(key, toml::Value::Table(unknown));
                }
            }
            Some((_, None)) => {}
        }
    }
    Extra(extra)
}

/// A quick look for any name rung does not know: table headers and `key =` lines, checked
/// against `known`. May say yes for a file that has none (a line inside a multi-line string);
/// never says no for one that has some.
fn may_have_extra(text: &str, known: Known) -> bool {
    // The keys known in the current table; `None` inside a table whose keys are rung's.
    let mut current: Option<&[&str]> = Some(&[]);
    let top: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
    for line in text.lines() {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[') {
            let name = header
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or_default()
                .trim();
            match known.iter().find(|(k, _)| *k == name) {
                Some((_, inner)) => current = *inner,
                None => return true,
            }
            continue;
        }
        let Some((key, _)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim();
        let fine = match current {
            Some([]) => top.contains(&key),
            Some(inner) => inner.contains(&key),
            None => true,
        };
        if !fine {
            return true;
        }
    }
    false
}

/// `rendered` (rung's text for the file) with the `extra` items added back: new top-level
/// keys and tables at the end, unknown keys of a known table inside that table.
pub fn merge(rendered: String, extra: &Extra) -> Result<String, String> {
    if extra.0.is_empty() {
        return Ok(rendered);
    }
    let mut doc: toml_edit::DocumentMut = rendered
        .parse()
        .map_err(|e| format!("cannot add back the keys written by hand: {e}"))?;
    // Entries of an array of tables (`[[role]]`) get their own keys back, found by `key`.
    for (name, value) in &extra.0 {
        let (Some(entries), toml::Value::Table(by_key)) = (
            doc.get_mut(name)
                .and_then(toml_edit::Item::as_array_of_tables_mut),
            value,
        ) else {
            continue;
        };
        for entry in entries.iter_mut() {
            let Some(toml::Value::Table(theirs)) = entry
                .get("key")
                .and_then(|k| k.as_str())
                .and_then(|k| by_key.get(k))
            else {
                continue;
            };
            for (k, v) in theirs {
                if entry.get(k).is_none()
                    && let Ok(v) = v.to_string().parse::<toml_edit::Value>()
                {
                    entry.insert(k, toml_edit::Item::Value(v));
                }
            }
        }
    }
    let theirs: toml_edit::DocumentMut = toml::to_string(&extra.0)
        .map_err(|e| format!("cannot write back the keys written by hand: {e}"))?
        .parse()
        .map_err(|e| format!("cannot add back the keys written by hand: {e}"))?;
    // Plain keys first, then tables, so a key never lands inside the table before it.
    let (keys, tables): (Vec<_>, Vec<_>) = theirs
        .iter()
        .partition(|(_, item)| item.is_value() && !item.is_inline_table());
    for (key, item) in keys.into_iter().chain(tables) {
        if doc
            .get(key)
            .is_some_and(toml_edit::Item::is_array_of_tables)
        {
            continue;
        }
        match (
            doc.get_mut(key).and_then(|i| i.as_table_like_mut()),
            item.as_table_like(),
        ) {
            (Some(ours), Some(inner)) => {
                for (k, v) in inner.iter() {
                    if ours.get(k).is_none() {
                        ours.insert(k, v.clone());
                    }
                }
            }
            _ => {
                if doc.get(key).is_none() {
                    doc.insert(key, item.clone());
                }
            }
        }
    }
    Ok(doc.to_string())
}

/// What looks like a misspelt known name among `extra`'s top-level items, one sentence each:
/// rung ignores what such an item holds.
pub fn misspelt(extra: &Extra, known: Known) -> Vec<String> {
    let mut out = Vec::new();
    for key in extra.0.keys() {
        let near = known.iter().map(|(k, _)| *k).find(|k| close(key, k));
        if let Some(meant) = near {
            out.push(format!(
                "`{}` is not a name rung knows (did you mean `{meant}`?); rung ignores what it holds and keeps it as it is",
                crate::safe_text::line(key)
            ));
        }
    }
    out
}

/// True when `a` is `b` with a plural `s`, a different case, or one letter changed, added or
/// taken away.
fn close(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b || a.strip_suffix('s') == Some(&b) || b.strip_suffix('s') == Some(&a) {
        return true;
    }
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if x.len().abs_diff(y.len()) > 1 || x.len().min(y.len()) < 3 {
        return false;
    }
    // One edit: skip the common start and end, and see what is left.
    let start = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let end = x[start..]
        .iter()
        .rev()
        .zip(y[start..].iter().rev())
        .take_while(|(p, q)| p == q)
        .count();
    x.len() - start - end <= 1 && y.len() - start - end <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_file_has_no_extra_and_extras_come_back_in_place() {
        assert!(
            find("version = 1\n[answers]\ntask = \"x\"\n", DRAFT)
                .0
                .is_empty()
        );
        let text = "version = 1\nnotes = \"mine\"\n[answers]\ntask = \"x\"\nwhy = \"because\"\n[custom]\na = 1\n";
        let extra = find(text, DRAFT);
        assert_eq!(extra.0.len(), 3);
        let merged = merge("version = 1\n\n[answers]\ntask = \"y\"\n".into(), &extra).unwrap();
        let back: toml::Table = merged.parse().unwrap();
        assert_eq!(back["notes"].as_str(), Some("mine"));
        assert_eq!(back["answers"]["why"].as_str(), Some("because"));
        assert_eq!(back["answers"]["task"].as_str(), Some("y"));
        assert_eq!(back["custom"]["a"].as_integer(), Some(1));
    }

    #[test]
    fn a_roles_own_keys_come_back_with_that_role() {
        let text = "version = 1\n[[role]]\nkey = \"a\"\ncompany = \"A\"\ntitle = \"T\"\nlocation = \"Berlin\"\n";
        let extra = find(text, WORKSPACE);
        let rendered = "version = 1\n\n[[role]]\nkey = \"b\"\ncompany = \"B\"\ntitle = \"T\"\n\n[[role]]\nkey = \"a\"\ncompany = \"A\"\ntitle = \"T\"\n";
        let back: toml::Table = merge(rendered.into(), &extra).unwrap().parse().unwrap();
        let roles = back["role"].as_array().unwrap();
        assert!(roles[0].get("location").is_none());
        assert_eq!(roles[1]["location"].as_str(), Some("Berlin"));
    }

    #[test]
    fn misspelt_tables_are_named() {
        let extra = find("version = 1\n[[roles]]\nkey = \"a\"\n", WORKSPACE);
        let said = misspelt(&extra, WORKSPACE);
        assert!(said[0].contains("did you mean `role`"), "{said:?}");
        assert!(close("answer", "answers") && close("setings", "settings"));
        assert!(!close("custom", "role"));
    }
}
