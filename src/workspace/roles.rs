//! Checks on `rung.toml`: role keys are unique simple tokens, dates are `YYYY-MM`, a role is
//! either current or has an end, and never ends before it starts. Company and title must not be
//! blank: a role without them cannot be shown on a resume, and no text may hold a control
//! character, escape sequence or bidi override (they would reach terminals and resumes).

use std::collections::HashSet;

use super::{Role, WorkspaceFile};

/// The first problem with `file`, in words for the user, or `None` when it is fine.
pub fn problem(file: &WorkspaceFile) -> Option<String> {
    let mut seen = HashSet::new();
    for role in &file.roles {
        if let Some(problem) = role_problem(role) {
            return Some(problem);
        }
        if !seen.insert(role.key.as_str()) {
            return Some(format!(
                "role key `{}` is used twice; give each role its own key",
                role.key
            ));
        }
    }
    None
}

/// The first problem with one role, or `None`.
pub fn role_problem(role: &Role) -> Option<String> {
    let key = &role.key;
    if !is_simple_key(key) {
        return Some(format!(
            "role key `{key}` should use only a-z, 0-9, '-' and '_' (for example `acme`)"
        ));
    }
    if role.company.trim().is_empty() {
        return Some(format!("role `{key}` needs a company"));
    }
    if role.title.trim().is_empty() {
        return Some(format!("role `{key}` needs a title"));
    }
    let texts = [
        ("company", Some(&role.company)),
        ("title", Some(&role.title)),
        ("start", role.start.as_ref()),
        ("end", role.end.as_ref()),
        ("pack", role.pack.as_ref()),
    ];
    if let Some((name, _)) = texts
        .iter()
        .find(|(_, t)| t.is_some_and(|t| !crate::safe_text::is_clean(t)))
    {
        return Some(format!(
            "role `{key}` has a control character or bidi override in its {name}; remove it"
        ));
    }
    for (name, date) in [("start", &role.start), ("end", &role.end)] {
        if let Some(date) = date.as_deref().filter(|d| !is_year_month(d)) {
            return Some(format!(
                "role `{key}` has {name} date `{date}`; write it as YYYY-MM with a year from 1900 on, for example 2024-03"
            ));
        }
    }
    if role.current && role.end.is_some() {
        return Some(format!(
            "role `{key}` is marked current but also has an end date; keep only one"
        ));
    }
    if let (Some(start), Some(end)) = (&role.start, &role.end)
        && end < start
    {
        return Some(format!(
            "role `{key}` ends ({end}) before it starts ({start}); check the dates"
        ));
    }
    None
}

/// `[a-z0-9_-]+`.
pub fn is_simple_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// `YYYY-MM` with a year from 1900 to 2199 and a month from 01 to 12.
pub fn is_year_month(date: &str) -> bool {
    let bytes = date.as_bytes();
    if bytes.len() != 7 || bytes[4] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if !digits(0..4) || !digits(5..7) {
        return false;
    }
    if !matches!(date.get(..2), Some("19" | "20" | "21")) {
        return false;
    }
    matches!(
        date.get(5..7).unwrap_or_default(),
        "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"
    )
}
