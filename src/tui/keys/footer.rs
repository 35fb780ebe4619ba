//! What the key table shows: the footer's entries (with where each is drawn, for clicks) and
//! the help overlay's rows.

use super::{Action, Key, Scope, bindings};

/// Footer entries `(key, label)` for `scopes` that fit in `width` columns. The help key is
/// always kept (it is the way to every other key); others are dropped from the end.
pub fn footer(scopes: &[Scope], width: usize) -> Vec<(String, &'static str)> {
    footer_buttons(scopes, width)
        .into_iter()
        .map(|b| (b.key, b.label))
        .collect()
}

/// One entry of the footer as drawn: `key label`, starting `x` columns from the left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// The key, as the user reads it.
    pub key: String,
    /// What it does, in a word or two.
    pub label: &'static str,
    /// The action a click on it asks for.
    pub action: Action,
    /// Its first column.
    pub x: u16,
    /// How many columns it takes.
    pub width: u16,
}

/// The separator drawn between footer entries.
pub const FOOTER_GAP: &str = "  ";

/// The footer's entries for `scopes` at `width` columns, with where each one is drawn, so a
/// click can be matched to the entry under it.
pub fn footer_buttons(scopes: &[Scope], width: usize) -> Vec<Button> {
    let mut x = 0u16;
    footer_actions(scopes, width)
        .into_iter()
        .map(|(key, label, action)| {
            let w = u16::try_from(key.chars().count() + 1 + label.chars().count()).unwrap_or(0);
            let button = Button {
                key,
                label,
                action,
                x,
                width: w,
            };
            x = x.saturating_add(w + 2);
            button
        })
        .collect()
}

fn footer_actions(scopes: &[Scope], width: usize) -> Vec<(String, &'static str, Action)> {
    let mut seen: Vec<Action> = Vec::new();
    let entries: Vec<(String, &'static str, Action)> = bindings(scopes)
        .into_iter()
        .filter(|b| !b.footer.is_empty())
        .filter(|b| {
            let first = !seen.contains(&b.action);
            seen.push(b.action);
            first
        })
        .map(|b| (b.keys[0].label(), b.footer, b.action))
        .collect();
    let len = |(k, l, _): &(String, &str, Action)| k.chars().count() + 1 + l.chars().count() + 2;
    let help = |e: &(String, &str, Action)| e.2 == Action::Help;
    let mut room = width.saturating_sub(entries.iter().filter(|e| help(e)).map(len).sum());
    entries
        .into_iter()
        .filter(|e| {
            if help(e) {
                return true;
            }
            let fits = len(e) <= room;
            room = if fits { room - len(e) } else { 0 };
            fits
        })
        .collect()
}

/// Help rows `(keys, what it does)` for `scopes`.
pub fn help(scopes: &[Scope]) -> Vec<(String, &'static str)> {
    bindings(scopes)
        .into_iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(Key::label).collect();
            (keys.join(" "), b.help)
        })
        .collect()
}
