//! Concurrent and crash safety in the app, against the memory store: a draft open elsewhere is
//! read-only, a draft changed on disk is never written over, and a crash's recovered copy is
//! offered, never silently preferred.

use crate::support::app::{FULL, Harness, draft, now, store_with};
use crossterm::event::KeyCode;
use rung::ladder::DraftId;
use rung::tui::Start;
use rung::tui::app::msg::{Effect, Msg};
use rung::tui::app::session::MAX_WAIT;
use rung::tui::overlay::Overlay;
use rung::tui::runtime::store::MemoryStore;

fn id() -> DraftId {
    DraftId::parse("20261121-bbbbb").unwrap()
}

fn half_store() -> MemoryStore {
    store_with(draft(
        "20261121-bbbbb",
        30,
        None,
        ["Designed a public REST API", "", "", "", ""],
    ))
}

fn open(store: MemoryStore) -> Harness {
    Harness::start(store, Start::Open(id()))
}

#[test]
fn a_draft_open_in_another_window_is_read_only_with_a_banner() {
    let mut store = half_store();
    store.busy.insert(id(), Some(4242));
    let mut h = open(store);
    let screen = h.screen(100, 30);
    assert!(
        screen.contains("Read-only: this draft is open in another rung window (process 4242)"),
        "{screen}"
    );
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.ctrl('t');
    h.wait_ms(2000);
    assert_eq!(h.draft().answers.task, "Designed a public REST API");
    assert_eq!(h.saves(), 0, "a read-only draft is never written");
    assert!(
        h.screen(100, 30)
            .contains("not changed: this draft is open")
    );
    h.key(KeyCode::Esc);
    assert_eq!(h.saves(), 0);
    assert_eq!(
        h.rt.store.drafts[&id()].answers.task,
        "Designed a public REST API"
    );
}

#[test]
fn a_draft_free_elsewhere_is_editable_and_saved() {
    let mut h = open(half_store());
    assert!(!h.screen(100, 30).contains("Read-only"));
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.wait_ms(MAX_WAIT.as_millis() as u64);
    assert_eq!(
        h.rt.store.drafts[&id()].answers.task,
        "Designed a public REST API for partners"
    );
}

fn changed_on_disk(h: &mut Harness) {
    let mut theirs = h.rt.store.drafts[&id()].clone();
    theirs.answers.tools = "Go and gRPC (from git pull)".into();
    h.rt.store.drafts.insert(id(), theirs);
}

#[test]
fn a_draft_changed_on_disk_is_not_written_over_and_the_user_chooses_mine() {
    let mut h = open(half_store());
    changed_on_disk(&mut h);
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.wait_ms(1000);
    assert!(
        matches!(h.app.overlay, Some(Overlay::Conflict { .. })),
        "asks which version to keep"
    );
    assert_eq!(
        h.rt.store.drafts[&id()].answers.tools,
        "Go and gRPC (from git pull)",
        "the other program's version is untouched while rung asks"
    );
    assert!(h.screen(100, 30).contains("changed on disk"));
    let tried = h.saves();
    h.wait_ms(1000);
    assert_eq!(h.saves(), tried, "no autosave behind the question");
    h.key(KeyCode::Char('m'));
    let saved = &h.rt.store.drafts[&id()];
    assert_eq!(
        saved.answers.task,
        "Designed a public REST API for partners"
    );
    assert_eq!(saved.answers.tools, "");
    assert_eq!(
        h.rt.store.trash_copies.last().unwrap().answers.tools,
        "Go and gRPC (from git pull)",
        "the version not kept is in the trash"
    );
    // Later saves go through: the stamp follows what rung wrote.
    h.type_str("!");
    h.wait_ms(1000);
    assert!(h.app.overlay.is_none());
    assert!(h.rt.store.drafts[&id()].answers.task.ends_with("partners!"));
}

#[test]
fn choosing_theirs_loads_the_file_and_keeps_mine_in_the_trash() {
    let mut h = open(half_store());
    changed_on_disk(&mut h);
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.wait_ms(1000);
    h.key(KeyCode::Char('t'));
    assert_eq!(h.draft().answers.tools, "Go and gRPC (from git pull)");
    assert_eq!(h.draft().answers.task, "Designed a public REST API");
    assert_eq!(
        h.rt.store.trash_copies.last().unwrap().answers.task,
        "Designed a public REST API for partners"
    );
    assert!(h.screen(100, 30).contains("took the version on disk"));
}

#[test]
fn quitting_at_the_conflict_question_keeps_mine_for_recovery() {
    let mut h = open(half_store());
    changed_on_disk(&mut h);
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.ctrl('c');
    assert!(
        matches!(h.app.overlay, Some(Overlay::Conflict { .. })),
        "the quit save met the conflict and asks first"
    );
    assert!(!h.app.quitting());
    h.ctrl('c');
    assert!(h.app.quitting());
    assert_eq!(
        h.rt.store.recovery[&id()].answers.task,
        "Designed a public REST API for partners"
    );
    assert_eq!(
        h.rt.store.drafts[&id()].answers.tools,
        "Go and gRPC (from git pull)"
    );
}

#[test]
fn the_terminal_going_away_at_the_conflict_keeps_mine_for_recovery() {
    let mut h = open(half_store());
    changed_on_disk(&mut h);
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.send(Msg::TerminalGone);
    assert!(h.app.quitting());
    assert_eq!(
        h.rt.store.recovery[&id()].answers.task,
        "Designed a public REST API for partners"
    );
}

fn with_recovery() -> MemoryStore {
    let mut store = half_store();
    let mut recovered = store.drafts[&id()].clone();
    recovered.answers.task = "Designed a public REST API for 40 partners".into();
    store.recovery.insert(id(), recovered);
    store
}

#[test]
fn a_recovered_draft_is_offered_at_start_and_kept_when_chosen() {
    let mut h = Harness::start(with_recovery(), Start::Home);
    let screen = h.screen(100, 30);
    assert!(screen.contains("recovered draft"), "{screen}");
    assert!(
        screen.contains("for 40 partners"),
        "shows the recovered copy"
    );
    assert!(
        screen.contains("Designed a public REST API."),
        "and the saved one"
    );
    h.key(KeyCode::Char('r'));
    assert!(h.app.overlay.is_none());
    assert_eq!(
        h.rt.store.drafts[&id()].answers.task,
        "Designed a public REST API for 40 partners"
    );
    assert_eq!(
        h.rt.store.trash_copies[0].answers.task,
        "Designed a public REST API"
    );
    assert!(h.rt.store.recovery.is_empty());
}

#[test]
fn a_recovered_draft_can_be_discarded_to_the_trash() {
    let mut h = Harness::start(with_recovery(), Start::Home);
    h.key(KeyCode::Char('s'));
    assert_eq!(
        h.rt.store.drafts[&id()].answers.task,
        "Designed a public REST API"
    );
    assert_eq!(
        h.rt.store.trash_copies[0].answers.task,
        "Designed a public REST API for 40 partners"
    );
}

#[test]
fn leaving_at_the_recovery_question_chooses_nothing() {
    let mut h = Harness::start(with_recovery(), Start::Home);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('q'));
    assert!(
        matches!(h.app.overlay, Some(Overlay::Recover { .. })),
        "only r or s answer it"
    );
    h.ctrl('c');
    assert!(h.app.quitting());
    assert_eq!(h.rt.store.recovery.len(), 1, "asked again next time");
    assert!(h.rt.store.trash_copies.is_empty());
}

#[test]
fn the_unsaved_draft_is_what_a_crash_would_lose() {
    let mut h = open(half_store());
    assert!(h.app.unsaved_draft().is_none(), "nothing typed yet");
    h.key(KeyCode::End);
    h.type_str("!");
    assert_eq!(
        h.app.unsaved_draft().unwrap().answers.task,
        "Designed a public REST API!"
    );
    h.wait_ms(1000);
    assert!(h.app.unsaved_draft().is_none(), "saved");
    let _ = now();
}

#[test]
fn leaving_a_draft_lets_other_windows_have_it() {
    let mut h = open(half_store());
    h.key(KeyCode::Esc);
    assert!(h.effects.contains(&Effect::Close(id())));
    let mut h = Harness::start(
        store_with(draft("20261121-bbbbb", 1, None, FULL)),
        Start::Home,
    );
    h.key(KeyCode::Enter);
    assert!(!h.effects.iter().any(|e| matches!(e, Effect::Close(_))));
}

#[test]
fn quitting_after_a_failed_save_keeps_the_draft_for_recovery_warns_and_leaves_when_asked_again() {
    let mut h = open(half_store());
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.send(Msg::SaveFailed("the disk is full".into()));
    assert!(h.screen(100, 30).contains("not saved: the disk is full"));
    h.ctrl('c');
    assert!(!h.app.quitting(), "the first Ctrl-C warns");
    assert!(h.screen(100, 30).contains("Ctrl-C again"));
    h.ctrl('c');
    assert!(h.app.quitting());
    assert!(
        h.app.farewell()[0].contains("recovery/"),
        "rung says where the copy is"
    );
    assert_eq!(
        h.rt.store.recovery[&id()].answers.task,
        "Designed a public REST API for partners"
    );
}

#[test]
fn opening_the_draft_that_was_recovered_asks_first_and_shows_the_copy_kept() {
    let mut h = open(with_recovery());
    assert!(matches!(h.app.overlay, Some(Overlay::Recover { .. })));
    h.key(KeyCode::Char('r'));
    assert!(h.app.overlay.is_none());
    assert_eq!(
        h.draft().answers.task,
        "Designed a public REST API for 40 partners",
        "the ladder shows the copy that was kept"
    );
    h.key(KeyCode::End);
    h.type_str("!");
    h.wait_ms(1000);
    assert_eq!(
        h.rt.store.drafts[&id()].answers.task,
        "Designed a public REST API for 40 partners!"
    );
}

#[test]
fn a_draft_left_while_its_save_fails_is_kept_aside_not_dropped() {
    let mut store = half_store();
    store.failing = Some("the disk is full".into());
    let mut h = open(store);
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.screen, rung::tui::app::Screen::Home));
    assert!(h.screen(100, 30).contains("could not be written anywhere"));
    // Nothing can be written at all: the draft stays in memory and in the guard.
    assert_eq!(
        h.app
            .unsaved_draft()
            .map(|d| d.answers.task.clone())
            .as_deref(),
        Some("Designed a public REST API for partners")
    );
    h.key(KeyCode::Char('q'));
    assert!(!h.app.quitting(), "quitting warns first");
    h.key(KeyCode::Char('q'));
    assert!(h.app.quitting());
    assert!(
        h.app.farewell()[0].contains("for partners"),
        "the draft is printed for the user to copy"
    );
}

#[test]
fn a_draft_saved_after_all_is_not_reported_as_unsaved_on_leaving() {
    let mut h = open(half_store());
    h.key(KeyCode::End);
    h.type_str(" for partners");
    h.send(Msg::SaveFailed("the disk is full".into()));
    h.ctrl('c');
    assert!(!h.app.quitting(), "the first Ctrl-C warns");
    assert!(!h.app.farewell().is_empty());
    // The disk has room again: the next save goes through.
    h.type_str(" and vendors");
    h.wait_ms(400);
    assert!(h.app.farewell().is_empty(), "{:?}", h.app.farewell());
    h.ctrl('c');
    assert!(h.app.quitting());
}
