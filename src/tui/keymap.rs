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
//! name for delete, so all of home's keys fit in 80 columns). In the path prompt every key but
//! Enter and Esc is text.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies. The app says which scopes are active, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    Match,
    /// The role coverage view.
    Coverage,
    /// Typing a file path in the path prompt.
    Prompt,
}

/// Everything a key can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Save and leave the app.
    Quit,
    /// Show the help overlay.
    Help,
    /// Close the help overlay.
    CloseOverlay,
    /// Scroll the help up.
    ScrollUp,
    /// Scroll the help down.
    ScrollDown,
    /// Say yes to the question asked.
    Confirm,
    /// Say no to the question asked.
    Cancel,
    /// Keep this window's copy (the one in memory, or the recovered one).
    ChooseMine,
    /// Keep the other copy (the file's version, or the saved one).
    ChooseOther,
    /// Select the previous entry.
    Up,
    /// Select the next entry.
    Down,
    /// Open the selected draft.
    Open,
    /// Start a new draft.
    New,
    /// Ask to move the selected draft to the trash.
    Delete,
    /// Start typing a filter.
    Filter,
    /// Keep the filter and return to the list.
    FilterDone,
    /// Clear the filter.
    FilterClear,
    /// Accept the answer and climb (on the metric rung: review).
    Accept,
    /// Go up a rung.
    NextRung,
    /// Go down a rung (from the review: back to the metric rung).
    PrevRung,
    /// Save and go home.
    GoHome,
    /// Edit the focused text in the external editor.
    Editor,
    /// Switch impact-last / impact-first.
    ToggleStyle,
    /// Show or hide the examples.
    ToggleExamples,
    /// Next field of the metric helper.
    NextField,
    /// Previous field of the metric helper.
    PrevField,
    /// Cycle guess / lower is better / higher is better.
    CycleBetter,
    /// Start editing the bullet by hand.
    Edit,
    /// Stop editing the bullet.
    DoneEdit,
    /// Drop hand edits and use the assembled bullet.
    Reset,
    /// Mark finished / unfinished.
    ToggleFinished,
    /// Copy the bullet.
    Copy,
    /// Ignore the selected finding, or stop ignoring it.
    Ignore,
    /// Open the job-description match panel.
    OpenMatch,
    /// Open the role coverage view.
    OpenCoverage,
    /// Ask for a job description file to load.
    LoadJd,
    /// Show the next role.
    NextRole,
    /// Show the previous role.
    PrevRole,
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
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
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
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
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

use Action as A;
use KeyCode as K;
use Scope as S;

/// Every key rung knows, by scope.
#[rustfmt::skip]
pub const TABLE: &[Binding] = &[
    bind(S::Help, &[plain(K::Esc), ch('?'), ch('q'), plain(K::F(1))], A::CloseOverlay, "close", "close this help"),
    bind(S::Help, &[ch('j'), plain(K::Down)], A::ScrollDown, "", "scroll down"),
    bind(S::Help, &[ch('k'), plain(K::Up)], A::ScrollUp, "", "scroll up"),
    bind(S::Confirm, &[ch('y'), plain(K::Enter)], A::Confirm, "yes", "yes, do it"),
    bind(S::Confirm, &[ch('n'), plain(K::Esc)], A::Cancel, "no", "no, keep it"),
    bind(S::Conflict, &[ch('m')], A::ChooseMine, "keep mine", "keep the version in this window (the one on disk goes to the trash)"),
    bind(S::Conflict, &[ch('t')], A::ChooseOther, "take theirs", "take the version on disk (yours goes to the trash)"),
    bind(S::Recover, &[ch('r')], A::ChooseMine, "keep recovered", "keep the recovered copy (the saved one goes to the trash)"),
    bind(S::Recover, &[ch('s')], A::ChooseOther, "keep saved", "keep the saved copy (the recovered one goes to the trash)"),
    bind(S::Welcome, &[ch('n')], A::New, "new draft", "start your first draft"),
    bind(S::Welcome, &[ch('?'), plain(K::F(1))], A::Help, "help", "show every key"),
    bind(S::Welcome, &[ch('q')], A::Quit, "quit", "quit"),
    bind(S::Home, &[plain(K::Enter)], A::Open, "open", "open the selected draft"),
    bind(S::Home, &[ch('n')], A::New, "new", "start a new draft"),
    bind(S::Home, &[ch('j'), plain(K::Down)], A::Down, "", "select the next draft"),
    bind(S::Home, &[ch('k'), plain(K::Up)], A::Up, "", "select the previous draft"),
    bind(S::Home, &[ch('d'), plain(K::Delete)], A::Delete, "trash", "move the selected draft to the trash (asks first)"),
    bind(S::Home, &[ch('c'), ch('y')], A::Copy, "copy", "copy the selected bullet"),
    bind(S::Home, &[ch('/')], A::Filter, "filter", "filter drafts as you type"),
    bind(S::Home, &[ch('m')], A::OpenMatch, "match", "match your finished bullets against a job description"),
    bind(S::Home, &[ch('v')], A::OpenCoverage, "areas", "which competency areas each role's bullets cover"),
    bind(S::Home, &[plain(K::Esc)], A::FilterClear, "", "clear the filter"),
    bind(S::Home, &[ch('?'), plain(K::F(1))], A::Help, "help", "show every key"),
    bind(S::Home, &[ch('q')], A::Quit, "quit", "quit"),
    bind(S::Filter, &[plain(K::Enter)], A::FilterDone, "keep", "keep the filter and go back to the list"),
    bind(S::Filter, &[plain(K::Esc)], A::FilterClear, "clear", "clear the filter"),
    bind(S::Filter, &[plain(K::Down)], A::Down, "", "select the next draft"),
    bind(S::Filter, &[plain(K::Up)], A::Up, "", "select the previous draft"),
    bind(S::MetricBetter, &[ch(' '), plain(K::Left), plain(K::Right), ch('h'), ch('l')], A::CycleBetter, "change", "switch between guess, lower and higher is better"),
    bind(S::MetricField, &[plain(K::Enter)], A::NextField, "next field", "next field of the metric helper"),
    bind(S::Metric, &[plain(K::Enter)], A::Accept, "review", "accept the answer and review the bullet"),
    bind(S::Metric, &[ctrl('n'), plain(K::Down)], A::NextField, "field", "next field of the metric helper"),
    bind(S::Metric, &[ctrl('p'), plain(K::Up)], A::PrevField, "", "previous field of the metric helper"),
    bind(S::Ladder, &[plain(K::Enter)], A::Accept, "next", "accept the answer and go to the next rung"),
    bind(S::Ladder, &[plain(K::Tab), alt(K::Down), plain(K::PageDown)], A::NextRung, "", "go up a rung"),
    bind(S::Ladder, &[plain(K::BackTab), alt(K::Up), plain(K::PageUp)], A::PrevRung, "back", "go down a rung"),
    bind(S::Ladder, &[plain(K::Esc)], A::GoHome, "home", "save and go home"),
    bind(S::Ladder, &[ctrl('t')], A::ToggleStyle, "style", "switch impact-last / impact-first"),
    bind(S::Ladder, &[ctrl('e')], A::Editor, "editor", "edit the answer in $VISUAL or $EDITOR"),
    bind(S::Ladder, &[ctrl('x')], A::ToggleExamples, "", "show or hide the examples"),
    bind(S::Ladder, &[plain(K::F(1))], A::Help, "help", "show every key"),
    bind(S::ReviewEdit, &[plain(K::Enter), plain(K::Esc)], A::DoneEdit, "done", "stop editing (the edit is kept)"),
    bind(S::ReviewEdit, &[plain(K::F(1))], A::Help, "help", "show every key"),
    bind(S::Review, &[ch('e'), plain(K::Enter)], A::Edit, "edit", "edit the bullet by hand"),
    bind(S::Review, &[ch('r')], A::Reset, "reset", "throw away hand edits and use the assembled bullet"),
    bind(S::Review, &[ch('s')], A::ToggleStyle, "style", "switch impact-last / impact-first"),
    bind(S::Review, &[ch('f')], A::ToggleFinished, "finish", "mark finished / unfinished"),
    bind(S::Review, &[ch('c'), ch('y')], A::Copy, "copy", "copy the bullet"),
    bind(S::Review, &[ch('j'), plain(K::Down)], A::Down, "", "select the next finding"),
    bind(S::Review, &[ch('k'), plain(K::Up)], A::Up, "", "select the previous finding"),
    bind(S::Review, &[plain(K::BackTab), plain(K::PageUp), alt(K::Up), plain(K::Backspace)], A::PrevRung, "back", "back to the metric rung"),
    bind(S::Review, &[plain(K::Esc), ch('q')], A::GoHome, "home", "save and go home"),
    bind(S::Review, &[ch('i')], A::Ignore, "ignore", "ignore the selected finding, or bring an ignored one back"),
    bind(S::Review, &[ch('?'), plain(K::F(1))], A::Help, "help", "show every key"),
    bind(S::Match, &[ch('l')], A::LoadJd, "load", "load a job description from a file"),
    bind(S::Match, &[ch('j'), plain(K::Down)], A::ScrollDown, "", "scroll down"),
    bind(S::Match, &[ch('k'), plain(K::Up)], A::ScrollUp, "", "scroll up"),
    bind(S::Match, &[plain(K::Esc), ch('q')], A::GoHome, "home", "go home"),
    bind(S::Match, &[ch('?'), plain(K::F(1))], A::Help, "help", "show every key"),
    bind(S::Coverage, &[plain(K::Tab), ch('l'), plain(K::Right)], A::NextRole, "next role", "show the next role"),
    bind(S::Coverage, &[plain(K::BackTab), ch('h'), plain(K::Left)], A::PrevRole, "", "show the previous role"),
    bind(S::Coverage, &[ch('j'), plain(K::Down)], A::ScrollDown, "", "scroll down"),
    bind(S::Coverage, &[ch('k'), plain(K::Up)], A::ScrollUp, "", "scroll up"),
    bind(S::Coverage, &[plain(K::Esc), ch('q')], A::GoHome, "home", "go home"),
    bind(S::Coverage, &[ch('?'), plain(K::F(1))], A::Help, "help", "show every key"),
    bind(S::Prompt, &[plain(K::Enter)], A::Confirm, "load", "load this file"),
    bind(S::Prompt, &[plain(K::Esc)], A::Cancel, "cancel", "close without loading"),
    bind(S::Global, &[ctrl('c')], A::Quit, "", "save and quit"),
];

/// The action bound to `event` in the first of `scopes` that binds it.
pub fn lookup(scopes: &[Scope], event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    scopes.iter().find_map(|scope| {
        TABLE
            .iter()
            .filter(|b| b.scope == *scope)
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| b.action)
    })
}

/// The bindings of `scopes`, in table order, skipping ones shadowed by an earlier scope.
pub fn bindings(scopes: &[Scope]) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for scope in scopes {
        for b in TABLE.iter().filter(|b| b.scope == *scope) {
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

/// Footer entries `(key, label)` for `scopes` that fit in `width` columns. The help key is
/// always kept (it is the way to every other key); others are dropped from the end.
pub fn footer(scopes: &[Scope], width: usize) -> Vec<(String, &'static str)> {
    let mut seen: Vec<Action> = Vec::new();
    let entries: Vec<(String, &'static str, bool)> = bindings(scopes)
        .into_iter()
        .filter(|b| !b.footer.is_empty())
        .filter(|b| {
            let first = !seen.contains(&b.action);
            seen.push(b.action);
            first
        })
        .map(|b| (b.keys[0].label(), b.footer, b.action == Action::Help))
        .collect();
    let len = |(k, l, _): &(String, &str, bool)| k.chars().count() + 1 + l.chars().count() + 2;
    let mut room = width.saturating_sub(entries.iter().filter(|e| e.2).map(len).sum());
    entries
        .into_iter()
        .filter(|e| {
            if e.2 {
                return true;
            }
            let fits = len(e) <= room;
            room = if fits { room - len(e) } else { 0 };
            fits
        })
        .map(|(k, l, _)| (k, l))
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
            Scope::Match,
            Scope::Coverage,
            Scope::Prompt,
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
