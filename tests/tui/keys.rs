//! The key table is the one source of keys: help opens from every scope, every key a footer
//! shows does what it says there, questions name the keys the table binds, and the key reference
//! in `docs/DESIGN.md` is the table's own.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rung::tui::Start;
use rung::tui::keys::{self, ALL_SCOPES, Action, Scope, TABLE};
use rung::tui::overlay::Overlay;
use rung::tui::runtime::store::Store;

use crate::support::app::{Harness, busy_store};

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn f1_opens_help_from_every_scope_and_closes_it_in_help() {
    for &scope in ALL_SCOPES {
        let found = keys::lookup(&[scope, Scope::Global], &press(KeyCode::F(1)));
        let want = if scope == Scope::Help {
            Action::CloseOverlay
        } else {
            Action::Help
        };
        assert_eq!(found, Some(want), "F1 in {scope:?}");
    }
}

#[test]
fn question_mark_opens_help_wherever_letters_are_not_text() {
    for scope in [
        Scope::Welcome,
        Scope::Home,
        Scope::Review,
        Scope::JobMatch,
        Scope::Coverage,
        Scope::ImportReading,
        Scope::ImportList,
        Scope::ImportDone,
        Scope::Confirm,
        Scope::Conflict,
        Scope::Recover,
    ] {
        let found = keys::lookup(&[scope, Scope::Global], &press(KeyCode::Char('?')));
        assert_eq!(found, Some(Action::Help), "? in {scope:?}");
    }
}

#[test]
fn every_key_a_footer_shows_does_what_the_footer_says() {
    for &scope in ALL_SCOPES {
        for binding in TABLE
            .iter()
            .filter(|b| b.scope == scope && !b.footer.is_empty())
        {
            for key in binding.keys {
                let event = KeyEvent::new(key.code, key.mods);
                assert_eq!(
                    keys::lookup(&[scope, Scope::Global], &event),
                    Some(binding.action),
                    "{} in {scope:?} shows \"{}\"",
                    key.label(),
                    binding.footer
                );
            }
        }
    }
}

#[test]
fn every_binding_has_help_text_and_every_scope_a_place_name() {
    for b in TABLE {
        assert!(!b.help.trim().is_empty(), "{:?} in {:?}", b.action, b.scope);
        assert!(!b.keys.is_empty(), "{:?} in {:?}", b.action, b.scope);
    }
    for &scope in ALL_SCOPES {
        assert!(!scope.place().is_empty());
    }
    let bound: std::collections::HashSet<String> =
        TABLE.iter().map(|b| format!("{:?}", b.scope)).collect();
    for scope in &bound {
        assert!(
            ALL_SCOPES.iter().any(|s| format!("{s:?}") == *scope),
            "{scope} is missing from ALL_SCOPES, so the reference leaves it out"
        );
    }
}

#[test]
fn help_over_a_question_returns_to_the_question() {
    let mut h = Harness::start(busy_store(), Start::Home);
    h.key(KeyCode::Char('d'));
    assert!(matches!(h.app.overlay, Some(Overlay::Confirm { .. })));
    let screen = h.screen(100, 30);
    let yes = keys::key_for(Scope::Confirm, Action::Confirm);
    assert!(screen.contains(&format!("{yes} yes")), "{screen}");
    h.key(KeyCode::F(1));
    assert!(matches!(h.app.overlay, Some(Overlay::Help { .. })));
    assert!(h.screen(100, 30).contains("yes, do it"));
    h.key(KeyCode::Esc);
    assert!(
        matches!(h.app.overlay, Some(Overlay::Confirm { .. })),
        "the question is asked again"
    );
    h.key(KeyCode::Char('n'));
    assert!(h.app.overlay.is_none());
    assert_eq!(
        h.rt.store
            .list(&rung::ladder::PackSet::builtin())
            .drafts
            .len(),
        busy_store()
            .list(&rung::ladder::PackSet::builtin())
            .drafts
            .len()
    );
}

#[test]
fn help_opens_while_typing_a_filter_and_on_the_ladder() {
    let mut h = Harness::start(busy_store(), Start::Home);
    h.key(KeyCode::Char('/'));
    h.key(KeyCode::F(1));
    assert!(matches!(h.app.overlay, Some(Overlay::Help { .. })));
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    let mut h = Harness::start(
        busy_store(),
        Start::New {
            role: None,
            pack: None,
        },
    );
    h.type_str("Rebuilt the export");
    h.key(KeyCode::F(1));
    assert!(matches!(h.app.overlay, Some(Overlay::Help { .. })));
}

#[test]
fn the_key_reference_in_the_design_doc_is_generated_from_the_table() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/DESIGN.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- keys:start -->\n", "<!-- keys:end -->");
    let from = doc.find(start).expect("the start marker") + start.len();
    let to = doc.find(end).expect("the end marker");
    let want = keys::reference_markdown();
    if std::env::var_os("RUNG_UPDATE_DOCS").is_some() {
        let updated = format!("{}{want}{}", &doc[..from], &doc[to..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert!(
        doc[from..to] == want,
        "docs/DESIGN.md's key reference is out of date with the key table; run \
         `RUNG_UPDATE_DOCS=1 cargo test --release --test tui keys` to write it again"
    );
}
