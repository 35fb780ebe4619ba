//! The one key table. It drives key handling, the footer and the help overlay, so the three
//! can never disagree.
//!
//! Choices: on the ladder the answer always has focus, so ladder commands use Enter, Tab,
//! PgUp/PgDn, Alt-arrows, Esc, F1 and Ctrl keys; plain letters (and `?`) are text there. Help is
//! `?` wherever letters are not text, and F1 everywhere. Ctrl-C saves and quits from anywhere.
//! On the metric rung, Ctrl-N/Ctrl-P and the arrows move through the helper form (Tab stays
//! rung navigation), and Enter in a helper field moves to the next field.
//! Review: `j`/`k` or the arrows select a finding and `i` ignores it (or brings it back). Home:
//! `m` opens the job-description match, `v` the competency areas ("d trash" is the footer's
//! name for delete, so all of home's keys fit in 80 columns; `i import` comes last and shows
//! from 90 columns, and in help). In the path prompt every key but Enter and Esc is text; on
//! the import screen's path line every key but Enter, Tab and Esc is text.
//! Lists take `g`/`G` and Home/End for their first and last entry. A rung is reached straight
//! away with Alt-1..Alt-5 on the ladder (digits are text there) and 1..5 on review.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies. The app says which scopes are active, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Everywhere.
    Global,
    /// The help overlay.
    Help,
    /// The delete confirmation.
    Confirm,
    /// "Changed on disk: which version?"
    Conflict,
    /// "Recovered after a crash: which copy?"
    Recover,
    /// The home screen of an empty workspace.
    Welcome,
    /// The home list.
    Home,
    /// Typing a filter on the home list.
    Filter,
    /// The ladder, with the answer (or a metric field) being typed in.
    Ladder,
    /// The metric rung's helper form.
    Metric,
    /// A text field of the metric helper.
    MetricField,
    /// The "lower/higher is better" choice of the metric helper.
    MetricBetter,
    /// The review screen.
    Review,
    /// Editing the bullet on the review screen.
    ReviewEdit,
    /// The job-description match panel.
    JobMatch,
    /// The role coverage view.
    Coverage,
    /// Typing a file path in the path prompt.
    Prompt,
    /// The import screen: typing the resume's path.
    ImportPath,
    /// The import screen: the resume is being read.
    ImportReading,
    /// The import screen: choosing the bullets to import.
    ImportList,
    /// The import screen: the bullets are in.
    ImportDone,
    /// Any text field (an answer, a helper field, the bullet being edited): editing keys.
    Text,
    /// The trash view.
    Trash,
    /// The "new draft" dialog: choosing a role and a pack.
    NewDraft,
    /// The "new draft" dialog: typing a new role.
    NewRole,
}

/// One key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl/Alt (Shift is ignored for characters, which already carry it).
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn ctrl_shift(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL.union(KeyModifiers::SHIFT),
    }
}
const fn ctrl_key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::ALT,
    }
}

impl Key {
    /// The key as a user reads it, e.g. `Ctrl-E`, `Shift-Tab`, `↑`.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c)
                if self
                    .mods
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str("Shift-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        out + &name
    }

    fn matches(&self, event: &KeyEvent) -> bool {
        let mut mods = event.modifiers;
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        // Shift counts with Ctrl and a letter (Ctrl-Shift-Z is not Ctrl-Z), when the terminal
        // reports it at all.
        if let KeyCode::Char(c) = event.code
            && mods.contains(KeyModifiers::CONTROL)
            && (c.is_ascii_uppercase() || event.modifiers.contains(KeyModifiers::SHIFT))
        {
            mods.insert(KeyModifiers::SHIFT);
        }
        let code = match event.code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        code == self.code && mods == self.mods
    }
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub scope: Scope,
    /// The keys, the first one shown in the footer.
    pub keys: &'static [Key],
    /// What it does.
    pub action: Action,
    /// Short label for the footer; empty keeps it out of the footer.
    pub footer: &'static str,
    /// One line for the help overlay.
    pub help: &'static str,
}

const fn bind(
    scope: Scope,
    keys: &'static [Key],
    action: Action,
    footer: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        scope,
        keys,
        action,
        footer,
        help,
    }
}

mod action;
mod footer;
mod reference;
mod table;

pub use action::Action;
pub use footer::{Button, FOOTER_GAP, footer, footer_buttons, help};
pub use reference::{ALL_SCOPES, choices, find_key, key_for, reference_markdown};
pub use table::TABLE;

/// The text-editing action a key typed into a field asks for, if any.
pub fn text_action(input: &ratatui_textarea::Input) -> Option<Action> {
    use ratatui_textarea::Key as T;
    let code = match input.key {
        T::Char(c) => KeyCode::Char(c),
        T::Backspace => KeyCode::Backspace,
        T::Left => KeyCode::Left,
        T::Right => KeyCode::Right,
        T::Home => KeyCode::Home,
        T::End => KeyCode::End,
        _ => return None,
    };
    let mut mods = KeyModifiers::NONE;
    mods.set(KeyModifiers::CONTROL, input.ctrl);
    mods.set(KeyModifiers::ALT, input.alt);
    mods.set(KeyModifiers::SHIFT, input.shift);
    lookup(&[Scope::Text], &KeyEvent::new(code, mods))
}

/// The action bound to `event` in the first of `scopes` that binds it.
pub fn lookup(scopes: &[Scope], event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    scopes.iter().find_map(|scope| {
        of_scope(*scope)
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| b.action)
    })
}

/// The bindings of one scope, in table order. Indexed once, so a typed key looks at the dozen
/// bindings of its scopes instead of the whole table.
fn of_scope(scope: Scope) -> &'static [&'static Binding] {
    static BY_SCOPE: std::sync::OnceLock<Vec<Vec<&'static Binding>>> = std::sync::OnceLock::new();
    let by_scope = BY_SCOPE.get_or_init(|| {
        let mut by_scope: Vec<Vec<&'static Binding>> = Vec::new();
        for b in TABLE {
            let i = b.scope as usize;
            if by_scope.len() <= i {
                by_scope.resize_with(i + 1, Vec::new);
            }
            by_scope[i].push(b);
        }
        by_scope
    });
    by_scope.get(scope as usize).map_or(&[], Vec::as_slice)
}

/// The bindings of `scopes`, in table order, skipping ones shadowed by an earlier scope.
pub fn bindings(scopes: &[Scope]) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for scope in scopes {
        for &b in of_scope(*scope) {
            let shadowed = out
                .iter()
                .any(|o| o.keys.iter().any(|k| b.keys.contains(k)));
            if !shadowed {
                out.push(b);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn first_scope_wins_and_shift_is_ignored_for_characters() {
        let q = ev(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(
            lookup(&[Scope::Home, Scope::Global], &q),
            Some(Action::Help)
        );
        let esc = ev(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Scope::Help, Scope::Home], &esc),
            Some(Action::CloseOverlay)
        );
        let back = ev(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(lookup(&[Scope::Ladder], &back), Some(Action::PrevRung));
        let ctrl_c = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            lookup(&[Scope::Ladder, Scope::Global], &ctrl_c),
            Some(Action::Quit)
        );
        assert_eq!(
            lookup(
                &[Scope::Ladder],
                &ev(KeyCode::Char('q'), KeyModifiers::NONE)
            ),
            None
        );
    }

    #[test]
    fn every_scope_has_a_way_out_in_its_footer() {
        for scope in [
            Scope::Home,
            Scope::Ladder,
            Scope::Review,
            Scope::Help,
            Scope::Confirm,
            Scope::JobMatch,
            Scope::Coverage,
            Scope::Prompt,
            Scope::ImportPath,
            Scope::ImportReading,
            Scope::ImportList,
            Scope::ImportDone,
        ] {
            assert!(!footer(&[scope], 80).is_empty(), "{scope:?}");
        }
    }

    #[test]
    fn a_narrow_footer_drops_entries_but_keeps_help() {
        let wide = footer(&[Scope::Ladder], 500);
        let narrow = footer(&[Scope::Ladder], 30);
        assert!(narrow.len() < wide.len());
        assert!(narrow.iter().any(|(_, l)| *l == "help"));
        let used: usize = narrow
            .iter()
            .map(|(k, l)| k.chars().count() + l.chars().count() + 3)
            .sum();
        assert!(used <= 32, "{narrow:?}");
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for a in TABLE {
            for b in TABLE {
                if std::ptr::eq(a, b) || a.scope != b.scope {
                    continue;
                }
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{:?} bound twice in {:?}", k, a.scope);
                }
            }
        }
    }
}
