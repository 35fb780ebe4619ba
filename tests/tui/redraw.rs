//! The loop draws only when the app's version moved: an idle tick leaves it alone (so an idle
//! coach writes nothing to the terminal), while keys, a fading status line and an autosave move it.

use crate::support::app::*;
use crossterm::event::KeyCode;
use rung::tui::Start;
use rung::tui::runtime::store::MemoryStore;

fn new_draft() -> Harness {
    Harness::start(
        MemoryStore::default(),
        Start::New {
            role: None,
            pack: None,
        },
    )
}

#[test]
fn an_idle_tick_does_not_ask_for_a_frame() {
    let mut h = new_draft();
    let v = h.app.version();
    h.wait_ms(50);
    h.wait_ms(50);
    assert_eq!(h.app.version(), v);
}

#[test]
fn a_key_asks_for_a_frame() {
    let mut h = new_draft();
    let v = h.app.version();
    h.key(KeyCode::Char('B'));
    assert!(h.app.version() > v);
}

#[test]
fn an_autosave_and_a_fading_status_ask_for_a_frame() {
    let mut h = new_draft();
    h.type_str("Rebuilt the export");
    let before_save = h.app.version();
    h.wait_ms(500);
    assert_eq!(h.saves(), 1);
    assert!(h.app.version() > before_save, "the autosave moved it");
    h.ctrl('t');
    assert!(h.app.shared.status.is_some(), "switching style says so");
    let v = h.app.version();
    h.wait_ms(100);
    assert_eq!(h.app.version(), v, "the status is still shown");
    h.wait_ms(6_000);
    assert!(h.app.shared.status.is_none());
    assert!(h.app.version() > v, "the status faded: a new frame");
}
