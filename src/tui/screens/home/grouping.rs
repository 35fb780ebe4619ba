//! Drafts grouped by role and matched by the filter.
//!
//! Groups follow the order of the roles in `rung.toml`, then roles the file does not know,
//! then "no role", then files rung cannot read; inside a group the newest draft comes first.
//! The filter matches (case-insensitively) the role, the id, every answer and the final text.

use super::Entry;
use crate::ladder::{Draft, Rung};
use crate::tui::app::Shared;
use crate::workspace::Listing;

pub(super) fn haystack(d: &Draft, shared: &Shared) -> String {
    let mut s = d.id.to_string();
    if let Some(role) = &d.role {
        s.push(' ');
        s.push_str(role);
        s.push(' ');
        s.push_str(&shared.role_label(role));
    }
    for r in Rung::ALL {
        s.push(' ');
        s.push_str(d.answers.get(r));
    }
    for f in [&d.final_text, &d.final_other].into_iter().flatten() {
        s.push(' ');
        s.push_str(&f.text);
    }
    s.to_lowercase()
}

/// The `shown` drafts of `listing` and its unreadable files matching `needle`, grouped by role
/// (see the module docs).
pub(super) fn group(
    listing: &Listing,
    shown: &[usize],
    needle: &str,
    shared: &Shared,
) -> Vec<(String, Vec<Entry>)> {
    let drafts = &listing.drafts;
    let mut keys: Vec<Option<&str>> = shared.roles.iter().map(|r| Some(r.key.as_str())).collect();
    for &i in shown {
        let key = drafts[i].role.as_deref();
        if key.is_some() && !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys.push(None);
    let mut groups = Vec::new();
    for key in keys {
        let items: Vec<Entry> = shown
            .iter()
            .filter(|&&i| drafts[i].role.as_deref() == key)
            .map(|&i| Entry::Draft(i))
            .collect();
        if !items.is_empty() {
            let label = key.map_or_else(|| "no role".to_string(), |k| shared.role_label(k));
            groups.push((label, items));
        }
    }
    let bad: Vec<Entry> = (0..listing.unreadable.len())
        .filter(|&i| {
            let file = &listing.unreadable[i].file;
            needle.is_empty() || file.display().to_string().to_lowercase().contains(needle)
        })
        .map(Entry::Unreadable)
        .collect();
    if !bad.is_empty() {
        groups.push(("cannot read".to_string(), bad));
    }
    groups
}
