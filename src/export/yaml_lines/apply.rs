//! Writing the merge into the file's text: each change is a splice at offsets the layout found,
//! so the bytes between them are copied as they were.

use super::{Anchor, Field, Layout};

/// The file's text with the splices made.
pub fn apply(
    text: &str,
    layout: &Layout,
    existing: &[crate::export::merge::FileJob],
    updates: &[(usize, Vec<String>)],
    inserts: &[(usize, Vec<Field>)],
) -> String {
    let nl = layout.newline;
    let lines = &layout.lines;
    let mut splices: Vec<(usize, usize, String)> = Vec::new();
    let dash = layout.items.first().map_or(
        match &layout.anchor {
            Anchor::Empty { indent, .. } => *indent,
            Anchor::Missing {
                indent,
                open_sections,
                ..
            } => indent + if *open_sections { 4 } else { 2 },
        },
        |i| i.dash,
    );
    let offset = layout
        .items
        .iter()
        .find_map(|i| {
            let h = i.highlights.as_ref()?;
            Some(h.dash? - i.key)
        })
        .unwrap_or(0);
    let list_lines = |indent: usize, values: &[String]| -> String {
        values
            .iter()
            .map(|v| format!("{nl}{}- {}", " ".repeat(indent), scalar(v)))
            .collect()
    };
    for (at, new) in updates {
        let item = &layout.items[*at];
        let old = &existing[*at].highlights;
        if new == old {
            continue;
        }
        match &item.highlights {
            Some(h) => {
                let indent = h.dash.unwrap_or(item.key + offset);
                let end_line = h.last.unwrap_or(h.key_line);
                if h.inline.is_none() && h.last.is_some() && new.starts_with(old) {
                    let end = lines[end_line].end;
                    splices.push((end, end, list_lines(indent, &new[old.len()..])));
                } else {
                    let start = h.inline.unwrap_or(lines[h.key_line].end);
                    let body = if new.is_empty() {
                        " []".to_string()
                    } else {
                        list_lines(indent, new)
                    };
                    splices.push((start, lines[end_line].end, body));
                }
            }
            None => {
                let end = lines[item.last].end;
                let body = format!(
                    "{nl}{}highlights:{}",
                    " ".repeat(item.key),
                    list_lines(item.key + offset, new)
                );
                splices.push((end, end, body));
            }
        }
    }
    let entry = |fields: &[Field]| -> Vec<String> {
        let key = " ".repeat(dash + 2);
        let mut out = Vec::new();
        for (n, field) in fields.iter().enumerate() {
            let lead = if n == 0 {
                format!("{}- ", " ".repeat(dash))
            } else {
                key.clone()
            };
            match field {
                Field::Scalar(k, v) => out.push(format!("{lead}{k}: {}", scalar(v))),
                Field::List(k, vs) if vs.is_empty() => out.push(format!("{lead}{k}: []")),
                Field::List(k, vs) => {
                    out.push(format!("{lead}{k}:"));
                    let pad = " ".repeat(dash + 2 + offset);
                    out.extend(vs.iter().map(|v| format!("{pad}- {}", scalar(v))));
                }
            }
        }
        out
    };
    let mut i = 0;
    while i < inserts.len() {
        let before = inserts[i].0;
        let mut block: Vec<String> = Vec::new();
        while i < inserts.len() && inserts[i].0 == before {
            block.extend(entry(&inserts[i].1));
            i += 1;
        }
        if let Some(item) = layout.items.get(before) {
            let mut first = item.first;
            while first > 0 && lines[first - 1].comment {
                first -= 1;
            }
            let at = lines[first].start;
            let body: String = block.iter().map(|l| format!("{l}{nl}")).collect();
            splices.push((at, at, body));
            continue;
        }
        let joined: String = block.iter().map(|l| format!("{nl}{l}")).collect();
        match (layout.items.last(), &layout.anchor) {
            (Some(last), _) => {
                let end = lines[last.last].end;
                splices.push((end, end, joined));
            }
            (
                None,
                Anchor::Empty {
                    key_line, inline, ..
                },
            ) => {
                let end = lines[*key_line].end;
                splices.push((inline.unwrap_or(end), end, joined));
            }
            (
                None,
                Anchor::Missing {
                    after,
                    indent,
                    open_sections,
                },
            ) => {
                let pad = " ".repeat(*indent);
                let open = if *open_sections {
                    format!("{nl}{pad}sections:{nl}{pad}  experience:")
                } else {
                    format!("{nl}{pad}experience:")
                };
                let end = lines[*after].end;
                splices.push((end, end, format!("{open}{joined}")));
            }
        }
    }
    splices.sort_by_key(|s| s.0);
    let mut out = String::with_capacity(text.len() + 256);
    let mut pos = 0;
    for (start, end, body) in splices {
        out.push_str(&text[pos..start]);
        out.push_str(&body);
        pos = end.max(start);
    }
    out.push_str(&text[pos..]);
    out
}

/// A string as one YAML scalar, quoted as YAML needs.
fn scalar(value: &str) -> String {
    let text = serde_yaml_ng::to_string(&serde_yaml_ng::Value::String(value.to_string()))
        .expect("strings always serialise");
    text.trim_end_matches('\n').to_string()
}
