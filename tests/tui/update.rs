//! `App::update` through every key path of every screen, without a terminal: an in-memory
//! store, a fixed clock, and time passed in as ticks.

use crate::support::app::*;
use crossterm::event::{KeyCode, KeyModifiers};
use rung::ladder::{Better, DraftId, Rung, Status, Style};
use rung::tui::Start;
use rung::tui::app::Screen;
use rung::tui::app::msg::{Effect, Msg};
use rung::tui::app::session::{DEBOUNCE, MAX_WAIT};
use rung::tui::overlay::Overlay;
use rung::tui::runtime::store::MemoryStore;

fn new_draft() -> Harness {
    Harness::start(
        MemoryStore::default(),
        Start::New {
            role: None,
            pack: Some("backend".into()),
        },
    )
}

fn open(d: rung::ladder::Draft) -> Harness {
    let id = d.id.clone();
    Harness::start(store_with(d), Start::Open(id))
}

fn rung_of(h: &Harness) -> Rung {
    h.draft().rung
}

fn is_home(h: &Harness) -> bool {
    matches!(h.app.screen, Screen::Home)
}

fn is_review(h: &Harness) -> bool {
    matches!(h.app.screen, Screen::Review(_))
}

// ----- a new draft's role and pack -----

#[test]
fn a_new_draft_of_a_role_uses_the_role_pack_and_is_remembered_for_next_time() {
    let mut store = busy_store();
    store.file.settings.pack = "general".into();
    store.file.roles[0].pack = Some("backend".into());
    let mut h = Harness::start(
        store,
        Start::New {
            role: Some("acme".into()),
            pack: None,
        },
    );
    assert_eq!(h.draft().pack, "backend", "acme's own pack");
    assert_eq!(h.draft().role.as_deref(), Some("acme"));
    assert_eq!(
        h.rt.store.last,
        Default::default(),
        "nothing kept before a save"
    );
    h.type_str("Rebuilt the export");
    h.wait_ms(DEBOUNCE.as_millis() as u64 + 10);
    assert_eq!(h.saves(), 1);
    assert_eq!(h.rt.store.last.role.as_deref(), Some("acme"));
    assert_eq!(h.rt.store.last.pack.as_deref(), Some("backend"));
}

#[test]
fn a_new_draft_of_a_role_without_a_pack_uses_the_workspace_pack() {
    let mut store = busy_store();
    store.file.settings.pack = "data".into();
    let h = Harness::start(
        store,
        Start::New {
            role: Some("initech".into()),
            pack: None,
        },
    );
    assert_eq!(h.draft().pack, "data");
}

// ----- home in step with the disk -----

/// A home screen over a store whose folder "changes" when a test says so.
fn watched_home() -> Harness {
    let mut store = busy_store();
    store.folder_time = Some(1);
    Harness::start(store, Start::Home)
}

/// Another process adds a draft: the store holds it and its folder time moves.
fn added_elsewhere(h: &mut Harness) {
    let d = draft(
        "20261122-other",
        0,
        Some("acme"),
        ["Migrated the billing jobs to Rust", "", "", "", ""],
    );
    h.rt.store.drafts.insert(d.id.clone(), d);
    h.rt.store.folder_time = Some(2);
}

#[test]
fn home_shows_a_draft_added_from_another_shell_within_a_second_or_two() {
    let mut h = watched_home();
    h.wait_ms(10);
    added_elsewhere(&mut h);
    assert!(!h.screen(100, 30).contains("Migrated the billing"));
    h.wait_ms(rung::tui::app::WATCH_EVERY.as_millis() as u64);
    let screen = h.screen(100, 30);
    assert!(screen.contains("Migrated the billing"), "{screen}");
}

#[test]
fn home_lists_again_when_the_window_gets_focus_back() {
    let mut h = watched_home();
    h.wait_ms(10);
    added_elsewhere(&mut h);
    h.app.event(crossterm::event::Event::FocusGained);
    h.run();
    let screen = h.screen(100, 30);
    assert!(screen.contains("Migrated the billing"), "{screen}");
}

#[test]
fn an_unchanged_folder_is_not_listed_again() {
    let mut h = watched_home();
    added_elsewhere(&mut h);
    h.rt.store.folder_time = Some(1);
    for _ in 0..3 {
        h.wait_ms(rung::tui::app::WATCH_EVERY.as_millis() as u64);
    }
    assert!(
        h.effects.contains(&Effect::Watch),
        "home looks at the folder"
    );
    let screen = h.screen(100, 30);
    assert!(
        !screen.contains("Migrated the billing"),
        "but lists nothing while its time stands still: {screen}"
    );
}

// ----- ladder: typing and autosave -----

#[test]
fn new_draft_starts_on_rung_one_and_is_not_written_while_empty() {
    let mut h = new_draft();
    assert_eq!(rung_of(&h), Rung::Task);
    h.key(KeyCode::Esc);
    assert!(is_home(&h));
    assert_eq!(h.saves(), 0, "an empty new draft leaves no file");
    assert!(h.rt.store.drafts.is_empty());
}

#[test]
fn typing_updates_the_draft_and_saves_after_the_debounce() {
    let mut h = new_draft();
    h.type_str("Rebuilt the export");
    assert_eq!(h.draft().answers.task, "Rebuilt the export");
    assert_eq!(h.saves(), 0, "no save while typing");
    h.wait_ms(100);
    assert_eq!(h.saves(), 0, "no save before the debounce");
    h.wait_ms(DEBOUNCE.as_millis() as u64);
    assert_eq!(h.saves(), 1);
    let id = h.draft().id;
    assert_eq!(h.rt.store.drafts[&id].answers.task, "Rebuilt the export");
    assert_eq!(h.rt.store.drafts[&id].updated, now());
    h.wait_ms(1000);
    assert_eq!(h.saves(), 1, "nothing new, nothing written");
}

#[test]
fn a_pause_in_typing_saves_soon_after_the_last_key() {
    let mut h = new_draft();
    h.type_str("a");
    h.wait_ms(150);
    h.type_str("b");
    h.wait_ms(100);
    assert_eq!(h.saves(), 0, "typed within the debounce: not yet");
    h.wait_ms(DEBOUNCE.as_millis() as u64);
    assert_eq!(h.saves(), 1);
    assert_eq!(h.last_saved().unwrap().answers.task, "ab");
}

#[test]
fn steady_typing_still_reaches_the_store_within_max_wait() {
    let mut h = new_draft();
    let mut typed = String::new();
    // A key every 100 ms for three seconds never pauses long enough for the debounce.
    for i in 0..30 {
        let c = char::from(b'a' + (i % 26) as u8);
        h.type_str(&c.to_string());
        typed.push(c);
        h.wait_ms(100);
        let saved = h.last_saved().map(|d| d.answers.task).unwrap_or_default();
        // Everything typed more than MAX_WAIT ago is saved.
        let old_enough = typed
            .len()
            .saturating_sub(MAX_WAIT.as_millis() as usize / 100);
        assert!(
            saved.len() >= old_enough,
            "after {} keys only {saved:?} was saved",
            typed.len()
        );
    }
    assert!(h.saves() >= 8, "saved {} times in 3 s", h.saves());
}

#[test]
fn enter_accepts_and_climbs_saving_at_once() {
    let mut h = new_draft();
    h.type_str("Rebuilt the export");
    h.key(KeyCode::Enter);
    assert_eq!(rung_of(&h), Rung::Tools);
    assert_eq!(
        h.draft().answers.task,
        "Rebuilt the export",
        "Enter adds no newline"
    );
    let saved = h.last_saved().expect("saved on rung change");
    assert_eq!(saved.rung, Rung::Tools);
    assert_eq!(saved.answers.task, "Rebuilt the export");
}

#[test]
fn every_navigation_key_moves_between_rungs() {
    let forward = [
        (KeyCode::Tab, KeyModifiers::NONE),
        (KeyCode::PageDown, KeyModifiers::NONE),
        (KeyCode::Down, KeyModifiers::ALT),
        (KeyCode::Enter, KeyModifiers::NONE),
    ];
    let back = [
        (KeyCode::BackTab, KeyModifiers::SHIFT),
        (KeyCode::PageUp, KeyModifiers::NONE),
        (KeyCode::Up, KeyModifiers::ALT),
    ];
    for (code, mods) in forward {
        let mut h = open(draft("20261122-nav", 1, None, FULL));
        h.key_mod(code, mods);
        assert_eq!(rung_of(&h), Rung::Tools, "{code:?} {mods:?}");
        assert_eq!(h.last_saved().unwrap().rung, Rung::Tools);
    }
    for (code, mods) in back {
        let mut d = draft("20261122-nav", 1, None, FULL);
        d.rung = Rung::Stack;
        let mut h = open(d);
        h.key_mod(code, mods);
        assert_eq!(rung_of(&h), Rung::Tools, "{code:?} {mods:?}");
    }
}

#[test]
fn moving_is_never_blocked_by_notes_or_empty_answers() {
    let mut h = new_draft();
    for want in [Rung::Tools, Rung::Stack, Rung::Method, Rung::Metric] {
        h.key(KeyCode::Tab);
        assert_eq!(rung_of(&h), want);
    }
    h.key_mod(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(rung_of(&h), Rung::Method);
}

#[test]
fn going_below_the_first_rung_stays_put() {
    let mut h = new_draft();
    h.key(KeyCode::PageUp);
    assert_eq!(rung_of(&h), Rung::Task);
}

#[test]
fn the_answer_field_shows_the_answer_of_the_rung_moved_to() {
    let mut d = draft("20261122-back", 1, None, FULL);
    d.rung = Rung::Metric;
    let mut h = open(d);
    h.key(KeyCode::PageUp);
    h.key(KeyCode::PageUp);
    assert_eq!(rung_of(&h), Rung::Stack);
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    h.type_str("Kafka");
    assert_eq!(h.draft().answers.stack, "PostgreSQL, S3 and Kafka");
}

#[test]
fn enter_on_the_metric_rung_opens_the_review_and_saves() {
    let mut d = draft("20261122-rev", 1, None, FULL);
    d.rung = Rung::Metric;
    let mut h = open(d);
    h.type_str("!");
    h.key(KeyCode::Enter);
    assert!(is_review(&h));
    assert!(h.last_saved().unwrap().answers.metric.ends_with('!'));
}

#[test]
fn esc_saves_and_goes_home() {
    let mut h = new_draft();
    h.type_str("Rebuilt it");
    h.key(KeyCode::Esc);
    assert!(is_home(&h));
    assert_eq!(h.saves(), 1);
    assert!(matches!(h.effects.last(), Some(Effect::Reload)));
    assert_eq!(h.rt.store.drafts.len(), 1);
}

#[test]
fn ctrl_c_saves_at_once_and_quits() {
    let mut h = new_draft();
    h.type_str("Rebuilt it");
    h.ctrl('c');
    let n = h.effects.len();
    assert!(matches!(h.effects[n - 2], Effect::Save(_)));
    assert_eq!(h.effects[n - 1], Effect::Quit);
    assert!(h.app.quitting());
}

#[test]
fn a_lost_terminal_saves_and_quits() {
    let mut h = new_draft();
    h.type_str("Rebuilt it");
    h.send(Msg::TerminalGone);
    assert_eq!(h.saves(), 1);
    assert!(h.app.quitting());
}

#[test]
fn ctrl_t_switches_the_style_and_it_is_saved() {
    let mut h = open(draft("20261122-style", 1, None, FULL));
    assert_eq!(h.draft().style, Style::ImpactLast);
    h.ctrl('t');
    assert_eq!(h.draft().style, Style::ImpactFirst);
    h.wait_ms(500);
    assert_eq!(h.last_saved().unwrap().style, Style::ImpactFirst);
}

#[test]
fn ctrl_x_toggles_the_examples() {
    let mut h = new_draft();
    let shown = |h: &Harness| match &h.app.screen {
        Screen::Ladder(l) => l.examples,
        _ => panic!("not on the ladder"),
    };
    assert!(shown(&h));
    assert!(h.screen(80, 24).contains("for example"));
    h.ctrl('x');
    assert!(!shown(&h));
    assert!(!h.screen(80, 24).contains("for example"));
    h.ctrl('x');
    assert!(shown(&h));
}

#[test]
fn a_multi_line_paste_becomes_one_clean_line() {
    let mut h = new_draft();
    h.send(Msg::Paste(
        "Rebuilt the\r\ninvoice\rexport\nservice\u{7}".into(),
    ));
    assert_eq!(h.draft().answers.task, "Rebuilt the invoice export service");
    h.wait_ms(500);
    assert_eq!(h.saves(), 1);
}

#[test]
fn newline_keys_never_split_an_answer() {
    let mut h = new_draft();
    h.type_str("one");
    h.ctrl('j');
    h.ctrl('m');
    h.type_str("two");
    assert_eq!(h.draft().answers.task, "onetwo");
}

#[test]
fn ctrl_o_edits_the_answer_in_the_editor() {
    let mut h = open(draft("20261122-edit", 1, None, FULL));
    h.editor_reply = "Rebuilt the whole\nexport service\n".into();
    h.ctrl('o');
    assert_eq!(h.editor, vec![FULL[0].to_string()]);
    assert_eq!(h.draft().answers.task, "Rebuilt the whole export service");
    h.wait_ms(500);
    assert_eq!(
        h.last_saved().unwrap().answers.task,
        "Rebuilt the whole export service"
    );
}

#[test]
fn an_editor_failure_keeps_the_answer_and_says_why() {
    let mut h = open(draft("20261122-edit", 1, None, FULL));
    h.send(Msg::EditorFailed("`nope` exited with 1".into()));
    assert_eq!(h.draft().answers.task, FULL[0]);
    assert!(h.status().contains("nope"));
}

// ----- metric helper -----

#[test]
fn the_metric_helper_fields_fill_the_draft() {
    let mut d = draft("20261122-met", 1, None, FULL);
    d.rung = Rung::Metric;
    let mut h = open(d);
    h.ctrl('n');
    h.type_str("export time");
    h.ctrl('n');
    h.type_str("40 min");
    h.ctrl('n');
    h.type_str("6 min");
    h.ctrl('n');
    h.type_str("for 2,000 accounts");
    let spec = h.draft().metric.expect("the helper is stored");
    assert_eq!(spec.what, "export time");
    assert_eq!(spec.before, "40 min");
    assert_eq!(spec.after, "6 min");
    assert_eq!(spec.scope, "for 2,000 accounts");
    assert_eq!(
        h.draft().answers.metric,
        FULL[4],
        "the free text is untouched"
    );
    h.ctrl('n');
    h.key(KeyCode::Char(' '));
    assert_eq!(h.draft().metric.unwrap().better, Some(Better::Lower));
    h.key(KeyCode::Right);
    assert_eq!(h.draft().metric.unwrap().better, Some(Better::Higher));
    h.key(KeyCode::Char('l'));
    assert_eq!(h.draft().metric.unwrap().better, None);
    h.ctrl('n');
    h.type_str("!");
    assert!(
        h.draft().answers.metric.ends_with('!'),
        "focus wrapped to the answer"
    );
    h.ctrl('p');
    h.ctrl('p');
    h.key(KeyCode::Backspace);
    assert_eq!(h.draft().metric.unwrap().scope, "for 2,000 account");
    h.wait_ms(500);
    assert_eq!(
        h.last_saved().unwrap().metric.unwrap().scope,
        "for 2,000 account"
    );
}

#[test]
fn helper_keys_do_nothing_below_the_metric_rung() {
    let mut h = new_draft();
    h.ctrl('n');
    h.type_str("x");
    assert_eq!(h.draft().answers.task, "x");
    assert!(h.draft().metric.is_none());
}

// ----- resume -----

#[test]
fn opening_a_draft_resumes_rung_style_and_answers() {
    let mut d = draft("20261122-res", 1, None, FULL);
    d.rung = Rung::Method;
    d.style = Style::ImpactFirst;
    let mut h = open(d);
    assert_eq!(rung_of(&h), Rung::Method);
    assert_eq!(h.draft().style, Style::ImpactFirst);
    let Screen::Ladder(l) = &h.app.screen else {
        panic!()
    };
    assert_eq!(l.answer.lines(), [FULL[3]]);
    h.key(KeyCode::Enter);
    assert_eq!(rung_of(&h), Rung::Metric);
}

#[test]
fn opening_a_missing_draft_goes_home_with_a_message() {
    let h = Harness::start(
        MemoryStore::default(),
        Start::Open(DraftId::parse("20261122-gone").unwrap()),
    );
    assert!(is_home(&h));
    assert!(h.status().contains("20261122-gone"));
}

// ----- home -----

fn home() -> Harness {
    Harness::start(busy_store(), Start::Home)
}

fn open_selected(h: &mut Harness) -> Option<DraftId> {
    h.key(KeyCode::Enter);
    h.app.session().map(|s| s.draft.id.clone())
}

#[test]
fn home_lists_newest_first_within_role_groups_and_opens_the_selection() {
    let mut h = home();
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261121-bbbbb");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('j'));
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261120-aaaaa");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Down);
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261001-ccccc");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Down);
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261122-ddddd");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('k'));
    h.key(KeyCode::Up);
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261120-aaaaa");
}

#[test]
fn an_unreadable_draft_cannot_be_opened() {
    let mut h = home();
    for _ in 0..10 {
        h.key(KeyCode::Down);
    }
    h.key(KeyCode::Enter);
    assert!(is_home(&h));
    assert!(h.status().contains("expected `=`"), "{}", h.status());
}

#[test]
fn n_asks_for_role_and_pack_then_starts_a_new_draft() {
    let mut h = home();
    h.key(KeyCode::Char('n'));
    assert!(matches!(h.app.overlay, Some(Overlay::NewDraft(_))));
    assert!(is_home(&h), "nothing starts before Enter");
    h.key(KeyCode::Enter);
    assert_eq!(rung_of(&h), Rung::Task);
    assert_eq!(h.draft().answers.task, "");
    assert_eq!(h.draft().role, None);
    assert_eq!(h.draft().pack, "general", "the workspace's pack");
}

#[test]
fn the_new_draft_dialog_picks_a_role_and_a_pack_and_remembers_them() {
    let mut store = busy_store();
    store.file.settings.pack = "backend".into();
    let mut h = Harness::start(store, Start::Home);
    h.key(KeyCode::Char('n'));
    assert!(
        h.screen(80, 24).contains("backend"),
        "the workspace's pack first"
    );
    h.key(KeyCode::Right);
    assert!(h.screen(80, 24).contains("Senior Engineer, Acme"));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    let Some(Overlay::NewDraft(dialog)) = &h.app.overlay else {
        panic!("the dialog is open");
    };
    let pack = dialog.pack_name().to_string();
    assert_ne!(pack, "backend");
    h.key(KeyCode::Enter);
    assert_eq!(h.draft().role.as_deref(), Some("acme"));
    assert_eq!(h.draft().pack, pack);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('n'));
    let Some(Overlay::NewDraft(dialog)) = &h.app.overlay else {
        panic!("the dialog is open");
    };
    assert_eq!(
        dialog.role_text(),
        "Senior Engineer, Acme",
        "last role preselected"
    );
    assert_eq!(dialog.pack_name(), pack, "last pack preselected");
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none() && is_home(&h), "Esc starts nothing");
}

#[test]
fn a_new_role_typed_in_the_dialog_is_added_and_used() {
    let mut h = home();
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Left);
    assert!(h.screen(80, 24).contains("a new role"));
    h.key(KeyCode::Tab);
    h.type_str("Data Engineer");
    h.key(KeyCode::Enter);
    assert!(h.status().contains("Title, Company"), "{}", h.status());
    assert!(h.app.overlay.is_some(), "asks again");
    h.type_str(", Globex");
    h.key(KeyCode::Enter);
    assert_eq!(h.draft().role.as_deref(), Some("globex"));
    let role =
        h.rt.store
            .file
            .roles
            .iter()
            .find(|r| r.key == "globex")
            .unwrap();
    assert_eq!(
        (role.title.as_str(), role.company.as_str()),
        ("Data Engineer", "Globex")
    );
}

#[test]
fn delete_asks_and_yes_moves_to_the_trash() {
    for yes in [KeyCode::Char('y'), KeyCode::Enter] {
        let mut h = home();
        h.key(KeyCode::Char('d'));
        assert!(matches!(h.app.overlay, Some(Overlay::Confirm { .. })));
        assert!(h.screen(80, 24).contains("Move this draft to the trash?"));
        h.key(yes);
        assert!(h.app.overlay.is_none());
        let id = DraftId::parse("20261121-bbbbb").unwrap();
        assert!(h.rt.store.trash.contains_key(&id));
        assert!(!h.rt.store.drafts.contains_key(&id));
        assert!(h.status().contains("trash"));
    }
}

/// Home with two drafts already in the trash (the older first).
fn home_with_trash() -> Harness {
    let mut store = busy_store();
    for (id, ago, task) in [
        ("20261101-trsha", 600, "Wrote the old onboarding guide"),
        ("20261102-trshb", 30, "Rebuilt the search indexer"),
    ] {
        let d = draft(id, ago, None, [task, "", "", "", ""]);
        store.trash.insert(d.id.clone(), d);
    }
    Harness::start(store, Start::Home)
}

#[test]
fn t_shows_the_trash_newest_first_and_restore_brings_a_draft_home() {
    let mut h = home_with_trash();
    h.key(KeyCode::Char('t'));
    assert!(matches!(h.app.screen, Screen::Trash(_)));
    let screen = h.screen(80, 24);
    let newer = screen.find("Rebuilt the search indexer").expect("listed");
    let older = screen
        .find("Wrote the old onboarding guide")
        .expect("listed");
    assert!(newer < older, "newest first:\n{screen}");
    h.key(KeyCode::Enter);
    let id = DraftId::parse("20261102-trshb").unwrap();
    assert!(h.rt.store.drafts.contains_key(&id));
    assert!(!h.rt.store.trash.contains_key(&id));
    assert!(h.status().contains("back"), "{}", h.status());
    let screen = h.screen(80, 24);
    assert!(
        !screen.contains("Rebuilt the search indexer"),
        "gone from the trash"
    );
    h.key(KeyCode::Esc);
    assert!(is_home(&h));
    assert!(h.screen(80, 24).contains("Rebuilt the search indexer"));
    assert_eq!(
        h.app
            .home
            .selected_draft(&h.app.shared)
            .map(|d| d.id.clone()),
        Some(id),
        "the restored draft is selected"
    );
}

#[test]
fn the_trash_restores_with_r_even_while_home_is_shown_later() {
    let mut h = home_with_trash();
    h.key(KeyCode::Char('t'));
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Char('r'));
    let id = DraftId::parse("20261101-trsha").unwrap();
    assert!(h.rt.store.drafts.contains_key(&id));
    // Home was listed again while the trash was shown.
    assert!(h.app.home.drafts().iter().any(|d| d.id == id));
}

#[test]
fn emptying_the_trash_asks_first() {
    let mut h = home_with_trash();
    h.key(KeyCode::Char('t'));
    h.key(KeyCode::Char('E'));
    assert!(matches!(
        h.app.overlay,
        Some(Overlay::EmptyTrash { count: 2 })
    ));
    assert!(h.screen(80, 24).contains("for good"));
    h.key(KeyCode::Char('n'));
    assert_eq!(h.rt.store.trash.len(), 2, "no keeps the trash");
    h.key(KeyCode::Char('E'));
    h.key(KeyCode::Char('y'));
    assert!(h.rt.store.trash.is_empty());
    assert!(
        h.status().contains("deleted 2 drafts for good"),
        "{}",
        h.status()
    );
    assert!(h.screen(80, 24).contains("The trash is empty."));
    h.key(KeyCode::Char('E'));
    assert!(h.app.overlay.is_none(), "nothing to ask about");
    assert_eq!(h.rt.store.drafts.len(), 4, "drafts are untouched");
}

#[test]
fn the_id_shows_on_home_and_review_and_copies_with_capital_i() {
    let mut h = home();
    let id = h.app.home.selected_draft(&h.app.shared).unwrap().id.clone();
    assert!(h.screen(80, 24).contains(&format!("id {id}")));
    h.key(KeyCode::Char('I'));
    assert_eq!(h.clipboard.last().as_deref(), Some(id.as_str()));
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    assert!(h.screen(100, 30).contains("id 20261122-rv"));
    h.key(KeyCode::Char('I'));
    assert_eq!(h.clipboard.last().as_deref(), Some("20261122-rv"));
}

#[test]
fn delete_cancelled_keeps_the_draft() {
    for no in [KeyCode::Char('n'), KeyCode::Esc] {
        let mut h = home();
        h.key(KeyCode::Delete);
        h.key(no);
        assert!(h.app.overlay.is_none());
        assert!(h.rt.store.trash.is_empty());
        assert_eq!(h.rt.store.drafts.len(), 4);
    }
}

#[test]
fn the_filter_narrows_as_you_type_and_esc_clears_it() {
    let mut h = home();
    h.key(KeyCode::Char('/'));
    h.type_str("sessions");
    assert_eq!(h.app.home.filter, "sessions");
    assert!(h.screen(80, 24).contains("Migrated user sessions"));
    assert!(!h.screen(80, 24).contains("partner integrations"));
    h.key(KeyCode::Enter);
    assert!(!h.app.home.filtering());
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261001-ccccc");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert_eq!(h.app.home.filter, "");
    assert!(h.screen(80, 24).contains("partner integrations"));
}

#[test]
fn the_filter_takes_letters_that_are_keys_elsewhere() {
    let mut h = home();
    h.key(KeyCode::Char('/'));
    h.type_str("qnd");
    h.key(KeyCode::Backspace);
    assert_eq!(h.app.home.filter, "qn");
    assert!(!h.app.quitting());
    assert!(h.screen(80, 24).contains("nothing matches"));
    h.key(KeyCode::Esc);
    assert_eq!(h.app.home.filter, "");
}

#[test]
fn q_quits_from_home() {
    let mut h = home();
    h.key(KeyCode::Char('q'));
    assert!(h.app.quitting());
    assert_eq!(h.effects.last(), Some(&Effect::Quit));
}

#[test]
fn an_empty_workspace_welcomes_and_n_starts() {
    let mut h = Harness::start(MemoryStore::default(), Start::Home);
    assert!(h.screen(80, 24).contains("Welcome to rung"));
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Enter);
    assert_eq!(rung_of(&h), Rung::Task);
}

// ----- help overlay -----

#[test]
fn help_opens_and_closes_and_keys_go_to_it_first() {
    let mut h = home();
    h.key(KeyCode::Char('?'));
    assert!(matches!(h.app.overlay, Some(Overlay::Help { .. })));
    h.key(KeyCode::Char('n'));
    assert!(is_home(&h), "n does not start a draft under the help");
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());

    let mut h = new_draft();
    h.key(KeyCode::F(1));
    assert!(h.screen(80, 24).contains("go up a rung"));
    h.type_str("j");
    assert_eq!(
        h.draft().answers.task,
        "",
        "typing does not reach the answer"
    );
    h.key(KeyCode::Char('q'));
    assert!(h.app.overlay.is_none());
    assert!(!h.app.quitting());
    h.type_str("?");
    assert_eq!(h.draft().answers.task, "?", "? is text in an answer");
}

// ----- review -----

fn review(d: rung::ladder::Draft) -> Harness {
    let mut h = open(d);
    while !is_review(&h) {
        h.key(KeyCode::Enter);
    }
    h
}

#[test]
fn review_edit_is_saved_as_final_text_and_reset_drops_it() {
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    h.key(KeyCode::Char('e'));
    h.type_str(" Twice.");
    let f = h.draft().final_text.expect("a hand edit");
    assert!(f.text.ends_with(" Twice."));
    assert_eq!(f.style, Style::ImpactLast);
    h.key(KeyCode::Esc);
    assert!(is_review(&h), "Esc ends the edit, it does not leave");
    assert!(h.last_saved().unwrap().final_text.is_some());
    h.key(KeyCode::Char('r'));
    assert!(h.draft().final_text.is_none());
    assert!(h.last_saved().unwrap().final_text.is_none());
}

#[test]
fn a_hand_edit_thrown_away_with_r_comes_back_with_u() {
    for undo in [
        (KeyCode::Char('u'), KeyModifiers::NONE),
        (KeyCode::Char('z'), KeyModifiers::CONTROL),
    ] {
        let mut h = review(draft("20261122-rv", 1, None, FULL));
        h.key(KeyCode::Char('e'));
        h.type_str(" Twice.");
        h.key(KeyCode::Esc);
        h.key(KeyCode::Char('r'));
        assert!(h.draft().final_text.is_none());
        assert!(
            h.status().contains("u brings your edit back"),
            "{}",
            h.status()
        );
        h.key_mod(undo.0, undo.1);
        let back = h.draft().final_text.expect("the edit is back");
        assert!(back.text.ends_with(" Twice."));
        assert!(h.screen(100, 30).contains("Twice."));
        assert!(h.last_saved().unwrap().final_text.is_some(), "and saved");
        h.key(KeyCode::Char('u'));
        assert_eq!(h.status(), "nothing to bring back");
    }
}

#[test]
fn ctrl_z_and_ctrl_y_undo_and_redo_an_answer() {
    let mut h = new_draft();
    h.type_str("Built the exporter");
    h.ctrl('w');
    assert_eq!(h.draft().answers.task, "Built the ");
    h.ctrl('z');
    assert_eq!(h.draft().answers.task, "Built the exporter");
    h.ctrl('y');
    assert_eq!(h.draft().answers.task, "Built the ");
    h.ctrl('z');
    h.key_mod(
        KeyCode::Char('Z'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    );
    assert_eq!(
        h.draft().answers.task,
        "Built the ",
        "Ctrl-Shift-Z redoes too"
    );
    h.wait_ms(500);
    assert_eq!(h.last_saved().unwrap().answers.task, "Built the ");
}

#[test]
fn readline_keys_move_and_delete_in_an_answer() {
    let mut h = new_draft();
    h.type_str("one two three");
    h.ctrl('a');
    h.type_str(">");
    h.ctrl('e');
    h.type_str("<");
    assert_eq!(h.draft().answers.task, ">one two three<");
    h.key_mod(KeyCode::Char('b'), KeyModifiers::ALT);
    h.key_mod(KeyCode::Char('b'), KeyModifiers::ALT);
    h.ctrl('k');
    assert_eq!(h.draft().answers.task, ">one two ");
    h.key_mod(KeyCode::Char('b'), KeyModifiers::ALT);
    h.ctrl('u');
    assert_eq!(h.draft().answers.task, "two ");
    h.key_mod(KeyCode::Char('f'), KeyModifiers::ALT);
    h.type_str("!");
    assert_eq!(h.draft().answers.task, "two !");
    h.ctrl('z');
    h.ctrl('z');
    assert_eq!(h.draft().answers.task, ">one two ");
}

#[test]
fn editing_keys_work_in_the_review_edit_and_the_metric_helper() {
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    h.key(KeyCode::Char('e'));
    h.ctrl('u');
    assert_eq!(h.draft().final_text.unwrap().text, "");
    h.ctrl('z');
    assert!(
        h.draft().final_text.is_none(),
        "undo gives the assembled bullet back"
    );
    let mut h = open(draft("20261122-m", 1, None, FULL));
    while rung_of(&h) != Rung::Metric {
        h.key(KeyCode::Tab);
    }
    h.ctrl('n');
    h.type_str("p95 latency");
    h.ctrl('w');
    assert_eq!(h.draft().metric.unwrap().what, "p95 ");
    h.ctrl('z');
    assert_eq!(h.draft().metric.unwrap().what, "p95 latency");
}

#[test]
fn every_editing_key_is_in_the_help_of_a_text_field() {
    let mut h = new_draft();
    h.key(KeyCode::F(1));
    let help = h.screen(100, 50);
    for key in [
        "Ctrl-Z",
        "Ctrl-Y",
        "Ctrl-Shift-Z",
        "Ctrl-A",
        "Ctrl-E",
        "Ctrl-U",
        "Ctrl-K",
        "Ctrl-W",
        "Alt-B",
        "Alt-F",
        "Ctrl-O",
    ] {
        assert!(help.contains(key), "{key} missing from help:\n{help}");
    }
}

#[test]
fn review_keys_are_text_while_editing() {
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    h.key(KeyCode::Enter);
    h.type_str("frsc");
    assert_eq!(h.draft().status, Status::Draft);
    assert!(h.draft().final_text.unwrap().text.ends_with("frsc"));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('f'));
    assert_eq!(h.draft().status, Status::Finished);
}

#[test]
fn review_finish_toggles_and_saves() {
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    h.key(KeyCode::Char('f'));
    assert_eq!(h.last_saved().unwrap().status, Status::Finished);
    h.key(KeyCode::Char('f'));
    assert_eq!(h.last_saved().unwrap().status, Status::Draft);
}

#[test]
fn review_copy_puts_the_bullet_on_the_clipboard_and_says_how() {
    let mut h = review(edited_draft());
    h.key(KeyCode::Char('c'));
    assert!(matches!(h.effects.last(), Some(Effect::Copy(_))));
    assert_eq!(
        h.clipboard.last().as_deref(),
        Some("Rebuilt invoice exports in Rust; cut export time from 40 min to 6 min.")
    );
    assert_eq!(h.status(), "Copied to memory.");
}

#[test]
fn review_style_toggle_shows_the_other_bullet() {
    let mut h = review(edited_draft());
    h.key(KeyCode::Char('s'));
    assert_eq!(h.draft().style, Style::ImpactFirst);
    let Screen::Review(r) = &h.app.screen else {
        panic!()
    };
    assert!(!r.editor.lines()[0].starts_with("Rebuilt invoice exports in Rust;"));
    assert!(
        h.draft().final_text.is_some(),
        "the hand edit of the other style is kept"
    );
    h.key(KeyCode::Char('s'));
    let Screen::Review(r) = &h.app.screen else {
        panic!()
    };
    assert!(r.editor.lines()[0].starts_with("Rebuilt invoice exports in Rust;"));
}

#[test]
fn review_back_goes_to_the_metric_rung_and_esc_home() {
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    h.key_mod(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(rung_of(&h), Rung::Metric);
    assert!(!is_review(&h));
    h.key(KeyCode::Enter);
    assert!(is_review(&h));
    h.key(KeyCode::Esc);
    assert!(is_home(&h));
}

#[test]
fn help_scrolls_with_j_k_and_arrows() {
    let mut h = home();
    h.key(KeyCode::Char('?'));
    let scroll = |h: &Harness| match &h.app.overlay {
        Some(Overlay::Help { scroll, .. }) => *scroll,
        _ => panic!("help is closed"),
    };
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Down);
    assert_eq!(scroll(&h), 2);
    h.key(KeyCode::Char('k'));
    assert_eq!(scroll(&h), 1);
    h.key(KeyCode::Up);
    h.key(KeyCode::Up);
    assert_eq!(scroll(&h), 0);
    h.key(KeyCode::F(1));
    assert!(h.app.overlay.is_none());
}

#[test]
fn arrows_move_the_selection_while_filtering() {
    let mut h = home();
    h.key(KeyCode::Char('/'));
    h.type_str("acme");
    h.key(KeyCode::Down);
    assert!(h.app.home.filtering(), "arrows do not end the filter");
    h.key(KeyCode::Enter);
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261120-aaaaa");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('/'));
    h.key(KeyCode::Up);
    h.key(KeyCode::Enter);
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261121-bbbbb");
}

#[test]
fn every_back_key_leaves_the_review_for_the_metric_rung() {
    for (code, mods) in [
        (KeyCode::BackTab, KeyModifiers::SHIFT),
        (KeyCode::PageUp, KeyModifiers::NONE),
        (KeyCode::Up, KeyModifiers::ALT),
        (KeyCode::Backspace, KeyModifiers::NONE),
    ] {
        let mut h = review(draft("20261122-rv", 1, None, FULL));
        h.key_mod(code, mods);
        assert!(!is_review(&h), "{code:?}");
        assert_eq!(rung_of(&h), Rung::Metric);
    }
}

#[test]
fn review_y_copies_and_q_goes_home() {
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    h.key(KeyCode::Char('y'));
    assert!(
        h.clipboard
            .last()
            .unwrap()
            .starts_with("Rebuilt the invoice export service")
    );
    h.key(KeyCode::Char('q'));
    assert!(is_home(&h));
    assert!(!h.app.quitting());
}

#[test]
fn a_paste_in_the_review_edit_is_one_line() {
    let mut h = review(draft("20261122-rv", 1, None, FULL));
    h.key(KeyCode::Char('e'));
    h.send(Msg::Paste(" Also\r\nmore.".into()));
    assert!(h.draft().final_text.unwrap().text.ends_with(" Also more."));
}

#[test]
fn a_paste_goes_into_the_home_filter() {
    let mut h = home();
    h.key(KeyCode::Char('/'));
    h.send(Msg::Paste("user\nsessions".into()));
    assert_eq!(h.app.home.filter, "user sessions");
}

#[test]
fn a_failed_save_is_reported() {
    let mut h = new_draft();
    h.send(Msg::SaveFailed(
        "drafts/x.toml: written by a newer rung".into(),
    ));
    assert!(h.status().contains("not saved"));
    assert!(h.app.shared.status.as_ref().unwrap().warning);
}

#[test]
fn quitting_stays_when_the_last_save_failed_until_asked_again() {
    let mut h = new_draft();
    h.type_str("Rebuilt it");
    h.app.key(crossterm::event::KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    ));
    // The loop runs the save, which fails.
    let effects = h.app.take_effects();
    assert!(matches!(effects[0], Effect::Save(_)));
    h.send(Msg::SaveFailed("disk full".into()));
    assert!(!h.app.quitting(), "unsaved work keeps the app open");
    assert!(h.status().contains("Ctrl-C again"));
    h.ctrl('c');
    assert!(h.app.quitting());
}

#[test]
fn status_messages_fade_and_problems_stay_longer() {
    let mut h = open(draft("20261122-style", 1, None, FULL));
    h.ctrl('t');
    assert!(h.status().starts_with("style"));
    h.wait_ms(4000);
    assert!(!h.status().is_empty());
    h.wait_ms(1500);
    assert_eq!(h.status(), "");
    h.send(Msg::SaveFailed("disk full".into()));
    h.wait_ms(6000);
    assert!(h.status().contains("disk full"), "a problem stays longer");
    h.wait_ms(10_000);
    assert_eq!(h.status(), "");
}

#[test]
fn coming_home_selects_the_draft_just_left() {
    let mut h = home();
    h.key(KeyCode::Down);
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261120-aaaaa");
    h.type_str(" now");
    h.key(KeyCode::Esc);
    // Saved just now, it moved to the top of its group; the selection moved with it.
    assert_eq!(h.app.home.selected, 0);
    assert_eq!(open_selected(&mut h).unwrap().as_str(), "20261120-aaaaa");
}

#[test]
fn enter_and_arrows_walk_the_metric_helper() {
    let mut d = draft("20261122-met", 1, None, FULL);
    d.rung = Rung::Metric;
    let mut h = open(d);
    h.key(KeyCode::Down);
    h.type_str("latency");
    h.key(KeyCode::Enter);
    h.type_str("1.2s");
    h.key(KeyCode::Up);
    h.type_str("!");
    let spec = h.draft().metric.unwrap();
    assert_eq!(
        (spec.what.as_str(), spec.before.as_str()),
        ("latency!", "1.2s")
    );
    assert!(
        !is_review(&h),
        "Enter in a helper field does not leave the rung"
    );
    h.key(KeyCode::Up);
    h.key(KeyCode::Enter);
    assert!(is_review(&h), "Enter in the answer opens the review");
}

#[test]
fn a_paste_under_the_help_reaches_nothing() {
    let mut h = new_draft();
    h.key(KeyCode::F(1));
    h.send(Msg::Paste("hidden".into()));
    h.key(KeyCode::Esc);
    assert_eq!(h.draft().answers.task, "");
}

#[test]
fn home_copy_puts_the_selected_bullet_on_the_clipboard() {
    let mut h = Harness::start(store_with(draft("20261122-hc", 1, None, FULL)), Start::Home);
    h.key(KeyCode::Char('c'));
    assert!(
        h.clipboard
            .last()
            .unwrap()
            .starts_with("Rebuilt the invoice export service")
    );
    assert_eq!(h.status(), "Copied to memory.");
}

// ----- small windows, the status line, the metric rung, navigation -----

fn resize(h: &mut Harness, width: u16, height: u16) {
    h.send(Msg::Resize { width, height });
}

fn mouse(h: &mut Harness, kind: crossterm::event::MouseEventKind, column: u16, row: u16) {
    h.send(Msg::Mouse(crossterm::event::MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

fn click(h: &mut Harness, column: u16, row: u16) {
    use crossterm::event::{MouseButton, MouseEventKind};
    mouse(h, MouseEventKind::Down(MouseButton::Left), column, row);
}

#[test]
fn behind_the_too_small_message_only_quitting_acts() {
    let mut h = Harness::start(busy_store(), Start::Home);
    let selected = h.app.home.selected;
    resize(&mut h, 50, 12);
    assert!(h.screen(50, 12).contains("make the window larger"));
    for c in ['d', 'y', 'j', 'n', 'v', 'm', 'i', '/'] {
        h.key(KeyCode::Char(c));
    }
    h.key(KeyCode::Enter);
    h.key(KeyCode::Delete);
    assert!(is_home(&h));
    assert!(h.app.overlay.is_none());
    assert_eq!(h.app.home.selected, selected);
    assert!(!h.effects.iter().any(|e| matches!(
        e,
        Effect::Trash(_) | Effect::Load(_) | Effect::Create { .. }
    )));
    // Grown back, the same keys act again.
    resize(&mut h, 80, 24);
    h.key(KeyCode::Char('d'));
    assert!(matches!(h.app.overlay, Some(Overlay::Confirm { .. })));
    resize(&mut h, 59, 30);
    h.key(KeyCode::Char('y'));
    assert!(
        h.app.overlay.is_some(),
        "y acted behind the small-window message"
    );
    assert!(!h.effects.iter().any(|e| matches!(e, Effect::Trash(_))));
}

#[test]
fn behind_the_too_small_message_the_ladder_keeps_its_answer_and_quits_on_ctrl_c() {
    let mut h = new_draft();
    h.type_str("Built");
    resize(&mut h, 80, 15);
    h.type_str(" more");
    h.ctrl('t');
    h.key(KeyCode::Esc);
    h.key(KeyCode::Enter);
    h.send(Msg::Paste("pasted".into()));
    assert_eq!(h.draft().answers.task, "Built");
    assert_eq!(h.draft().style, Style::default());
    assert_eq!(rung_of(&h), Rung::Task);
    h.ctrl('c');
    assert!(h.app.quitting());
    assert_eq!(h.last_saved().unwrap().answers.task, "Built");
}

#[test]
fn q_quits_from_home_behind_the_too_small_message() {
    let mut h = Harness::start(busy_store(), Start::Home);
    resize(&mut h, 40, 10);
    h.key(KeyCode::Char('q'));
    assert!(h.app.quitting());
}

#[test]
fn a_status_message_stays_with_the_screen_it_was_said_on() {
    let mut h = new_draft();
    h.type_str("Built a thing");
    h.ctrl('t');
    assert!(h.status().contains("style"));
    h.key(KeyCode::Enter);
    assert_eq!(rung_of(&h), Rung::Tools);
    assert!(h.status().contains("style"), "a rung is the same screen");
    h.key(KeyCode::Esc);
    assert!(is_home(&h));
    assert_eq!(
        h.status(),
        "",
        "the ladder's message followed the user home"
    );
}

#[test]
fn a_long_status_message_wraps_at_words_and_lasts_longer() {
    let mut h = new_draft();
    let long = "this folder is shared with others on this machine; rung leaves its mode as it is, \
                and `rung doctor --fix` makes it private whenever you want";
    h.send(Msg::Notice {
        text: long.into(),
        warning: false,
    });
    let screen = h.screen(80, 24);
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[21].starts_with("this folder is shared"), "{screen}");
    assert!(
        rows[22].trim_end().ends_with("private whenever you want"),
        "{screen}"
    );
    // A short window shortens it after a whole word, marked.
    let small = h.screen(60, 16);
    let rows: Vec<&str> = small.lines().collect();
    assert!(rows[14].trim_end().ends_with(" …"), "{small}");
    for word in rows[13]
        .split_whitespace()
        .chain(rows[14].split_whitespace())
    {
        assert!(
            word == "…" || long.split_whitespace().any(|w| w == word),
            "cut: {word}"
        );
    }
    // Read for longer than a short message would be.
    h.wait_ms(6_000);
    assert!(h.status().starts_with("this folder"));
    h.wait_ms(4_000);
    assert_eq!(h.status(), "");
}

fn metric_rung() -> Harness {
    let mut d = draft("20261122-metric", 1, None, FULL);
    d.rung = Rung::Metric;
    open(d)
}

fn ladder_focus(h: &Harness) -> rung::tui::screens::ladder::Focus {
    match &h.app.screen {
        Screen::Ladder(l) => l.focus,
        other => panic!("not the ladder: {other:?}"),
    }
}

#[test]
fn the_metric_rung_says_which_text_the_bullet_uses() {
    let mut d = draft("20261122-metric", 1, None, FULL);
    d.answers.metric = "Made exports much faster".into();
    d.rung = Rung::Metric;
    let mut h = open(d);
    let screen = h.screen(100, 30);
    assert!(screen.contains("the bullet uses your answer"), "{screen}");
    h.ctrl('n');
    h.type_str("export time");
    h.ctrl('n');
    h.type_str("40 min");
    h.ctrl('n');
    h.type_str("6 min");
    let screen = h.screen(100, 30);
    assert!(
        screen.contains("your answer · not in the bullet"),
        "{screen}"
    );
    assert!(
        screen.contains("the bullet uses: Cut export time"),
        "{screen}"
    );
    // A typed result with figures of its own joins the helper's, and the screen says so.
    for _ in 0..3 {
        h.ctrl('p');
    }
    assert_eq!(ladder_focus(&h), rung::tui::screens::ladder::Focus::Answer);
    h.type_str(", 3x fewer tickets");
    let screen = h.screen(100, 30);
    assert!(!screen.contains("not in the bullet"), "{screen}");
    assert!(screen.contains("then your answer"), "{screen}");
}

#[test]
fn the_metric_rung_reopens_in_the_field_last_typed_in() {
    use rung::tui::screens::ladder::Focus;
    use rung::tui::screens::ladder::metric_form::Field;
    let mut h = metric_rung();
    h.ctrl('n');
    h.ctrl('n');
    h.type_str("45 min");
    h.ctrl('n');
    h.key(KeyCode::Esc);
    let saved = h.last_saved().unwrap();
    assert_eq!(saved.cursor.as_deref(), Some("before"));
    let text = toml::to_string(&saved).unwrap();
    assert!(text.contains("cursor = \"before\""), "{text}");
    let again = open(saved);
    assert_eq!(ladder_focus(&again), Focus::Field(Field::Before));
    // Typing in the answer again makes the answer the place to come back to.
    let mut h = again;
    h.ctrl('p');
    h.ctrl('p');
    assert_eq!(ladder_focus(&h), Focus::Answer);
    h.type_str(" x");
    h.key(KeyCode::Esc);
    let saved = h.last_saved().unwrap();
    assert_eq!(saved.cursor, None);
    assert_eq!(ladder_focus(&open(saved)), Focus::Answer);
}

#[test]
fn alt_digits_on_the_ladder_and_digits_on_review_go_straight_to_a_rung() {
    let mut h = metric_rung();
    h.key_mod(KeyCode::Char('2'), KeyModifiers::ALT);
    assert_eq!(rung_of(&h), Rung::Tools);
    assert_eq!(
        h.draft().answers.tools,
        FULL[1],
        "a digit with Alt is not text"
    );
    h.key_mod(KeyCode::Char('5'), KeyModifiers::ALT);
    h.key(KeyCode::Enter);
    assert!(is_review(&h));
    h.key(KeyCode::Char('3'));
    assert_eq!(rung_of(&h), Rung::Stack);
    assert!(matches!(h.app.screen, Screen::Ladder(_)));
}

#[test]
fn g_and_shift_g_and_home_and_end_jump_to_the_ends_of_lists() {
    let mut h = Harness::start(busy_store(), Start::Home);
    h.key(KeyCode::Char('G'));
    let last = h.app.home.selected;
    assert!(last > 1);
    h.key(KeyCode::Char('g'));
    assert_eq!(h.app.home.selected, 0);
    h.key(KeyCode::End);
    assert_eq!(h.app.home.selected, last);
    h.key(KeyCode::Home);
    assert_eq!(h.app.home.selected, 0);
}

#[test]
fn the_mouse_wheel_moves_through_the_list_and_a_click_selects_then_opens() {
    use crossterm::event::MouseEventKind;
    let mut h = Harness::start(busy_store(), Start::Home);
    resize(&mut h, 80, 24);
    mouse(&mut h, MouseEventKind::ScrollDown, 10, 5);
    assert_eq!(h.app.home.selected, 1);
    mouse(&mut h, MouseEventKind::ScrollUp, 10, 5);
    assert_eq!(h.app.home.selected, 0);
    // The screen's rows: find the second draft's row and click it.
    let screen = h.screen(80, 24);
    let rows: Vec<&str> = screen.lines().collect();
    let drafts: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].contains('■') || rows[i].contains("·····"))
        .collect();
    let row = u16::try_from(drafts[1]).unwrap();
    click(&mut h, 20, row);
    assert_eq!(h.app.home.selected, 1);
    assert!(is_home(&h));
    click(&mut h, 20, row);
    assert!(
        matches!(h.app.screen, Screen::Ladder(_)),
        "a second click opens"
    );
}

#[test]
fn a_click_on_a_rung_goes_there_and_a_click_on_a_footer_key_does_what_it_does() {
    let mut h = metric_rung();
    resize(&mut h, 100, 30);
    let screen = h.screen(100, 30);
    let row = screen.lines().position(|l| l.contains("2 tools")).unwrap();
    click(&mut h, 3, u16::try_from(row).unwrap());
    assert_eq!(rung_of(&h), Rung::Tools);
    let home = rung::tui::keys::footer_buttons(&h.app.scopes(), 100)
        .into_iter()
        .find(|b| b.label == "home")
        .unwrap();
    click(&mut h, home.x + 1, 29);
    assert!(is_home(&h));
}
