//! The import screen driven through the app as the loop drives it (keys in, effects run by the
//! runtime): open it from home, complete a path with Tab, read a resume, check bullets weakest
//! first, import, and start climbing the weakest. Snapshots at 80x24 and 120x40.

use crate::support::app::*;
use crate::support::fixtures::long_pdf;
use crossterm::event::KeyCode;
use rung::tui::Start;
use rung::tui::app::Screen;
use rung::tui::runtime::store::MemoryStore;
use rung::tui::screens::import::Phase;

const JAKE: &str = "tests/fixtures/import/jake.pdf";

fn snap(name: &str, h: &Harness) {
    for (w, ht) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("{name}_{w}x{ht}"), h.screen(w, ht));
    }
}

fn phase(h: &Harness) -> &Phase {
    match &h.app.screen {
        Screen::Import(i) => &i.phase,
        other => panic!("not on the import screen: {other:?}"),
    }
}

/// Home, `i`, the path typed, Enter: the list of bullets.
fn listed(store: MemoryStore) -> Harness {
    let mut h = Harness::start(store, Start::Home);
    h.key(KeyCode::Char('i'));
    h.type_str(JAKE);
    h.key(KeyCode::Enter);
    assert!(
        matches!(phase(&h), Phase::List(_)),
        "{:?}",
        h.app.shared.status
    );
    h
}

#[test]
fn i_on_home_opens_the_path_line_and_tab_completes() {
    let mut h = Harness::start(MemoryStore::default(), Start::Home);
    h.key(KeyCode::Char('i'));
    snap("import_path", &h);
    h.type_str("tests/fixtures/import/ja");
    h.key(KeyCode::Tab);
    match phase(&h) {
        Phase::Path { input, choices } => {
            assert_eq!(input, "tests/fixtures/import/jake.");
            assert_eq!(choices, &["jake.pdf", "jake.tex"]);
        }
        other => panic!("{other:?}"),
    }
    snap("import_path_completed", &h);
    // Letters are text here: q does not quit, ? does not open help.
    h.type_str("q?");
    assert!(!h.app.quitting());
    assert!(h.app.overlay.is_none());
}

#[test]
fn the_list_is_weakest_first_with_every_new_bullet_checked() {
    let h = listed(MemoryStore::default());
    let Phase::List(c) = phase(&h) else {
        unreachable!()
    };
    assert_eq!(c.order.len(), 15);
    assert_eq!(c.checked_count(), 15);
    let levels: Vec<u8> = c
        .order
        .iter()
        .map(|&i| c.found.plan.bullets[i].level)
        .collect();
    assert!(levels.windows(2).all(|w| w[0] <= w[1]), "{levels:?}");
    snap("import_list", &h);
}

#[test]
fn enter_imports_the_checked_bullets_and_offers_the_weakest() {
    let mut h = listed(MemoryStore::default());
    // Uncheck the first two, check nothing, then everything again but the first.
    h.key(KeyCode::Char(' '));
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Char(' '));
    h.key(KeyCode::Char('a'));
    h.key(KeyCode::Char('a'));
    h.key(KeyCode::Char('k'));
    h.key(KeyCode::Char(' '));
    let Phase::List(c) = phase(&h) else {
        unreachable!()
    };
    assert_eq!(c.checked_count(), 14);
    let skipped = c.found.plan.bullets[c.order[0]].text.clone();
    h.key(KeyCode::Enter);
    assert!(matches!(phase(&h), Phase::Done { .. }));
    snap("import_done", &h);
    let store = &h.rt.store;
    assert_eq!(store.drafts.len(), 14);
    assert_eq!(store.file.roles.len(), 4);
    assert!(store.drafts.values().all(|d| {
        let from = d.imported.as_ref().unwrap();
        from.text != skipped && from.file.ends_with("jake.pdf") && from.page == Some(1)
    }));
    // Enter: the weakest new draft opens on the ladder, at its first missing rung.
    let Phase::Done { weakest, .. } = phase(&h) else {
        unreachable!()
    };
    let (id, _) = weakest.clone().unwrap();
    h.key(KeyCode::Enter);
    let Screen::Ladder(l) = &h.app.screen else {
        panic!("not on the ladder")
    };
    assert_eq!(l.session.draft.id, id);
    assert_eq!(l.session.draft.level(), h.rt.store.drafts[&id].level());
}

#[test]
fn a_second_import_shows_what_came_in_before_and_adds_nothing() {
    let mut h = listed(MemoryStore::default());
    h.key(KeyCode::Enter);
    let store = h.rt.store.clone();
    let mut again = listed(store);
    let Phase::List(c) = phase(&again) else {
        unreachable!()
    };
    assert_eq!(c.checked_count(), 0);
    assert!(c.found.plan.bullets.iter().all(|b| b.existing.is_some()));
    again.key(KeyCode::Char(' '));
    again.key(KeyCode::Enter);
    assert!(matches!(phase(&again), Phase::List(_)));
    let status = again.app.shared.status.as_ref().unwrap().text.clone();
    assert!(status.contains("no bullet is checked"), "{status}");
    assert_eq!(again.rt.store.drafts.len(), 15);
}

#[test]
fn a_file_that_cannot_be_read_is_said_and_the_path_kept() {
    let mut h = Harness::start(MemoryStore::default(), Start::Home);
    h.key(KeyCode::Char('i'));
    h.type_str("tests/fixtures/import/resume.json");
    h.key(KeyCode::Enter);
    match phase(&h) {
        Phase::Path { input, .. } => assert_eq!(input, "tests/fixtures/import/resume.json"),
        other => panic!("{other:?}"),
    }
    let status = h.app.shared.status.as_ref().unwrap().text.clone();
    assert!(
        status.contains("resume.json: not a format rung imports"),
        "{status}"
    );
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.screen, Screen::Home));
}

#[test]
fn the_image_only_pdf_says_why_the_list_is_empty() {
    let mut h = Harness::start(MemoryStore::default(), Start::Home);
    h.key(KeyCode::Char('i'));
    h.type_str("tests/fixtures/import/scan.pdf");
    h.key(KeyCode::Enter);
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("No bullets found in this file."),
        "{screen}"
    );
    assert!(screen.contains("no page has a text layer"), "{screen}");
}

#[test]
fn a_long_pdf_is_read_on_another_thread_with_page_progress() {
    use rung::tui::app::msg::Msg;
    use rung::tui::runtime::store::Store;
    use rung::tui::screens::import::job::Job;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.pdf");
    std::fs::write(&file, long_pdf(50, 6)).unwrap();
    let ws = rung::workspace::Workspace::open(dir.path().join("ws")).unwrap();
    let mut job = Job::default();
    assert!(
        job.start(
            file,
            ws.background(std::sync::Arc::new(rung::ladder::PackSet::builtin()))
                .unwrap()
        )
    );
    let started = std::time::Instant::now();
    let mut pages = Vec::new();
    let found = loop {
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
        match job.poll() {
            Some(Msg::ImportProgress(p)) => pages.push((p.done, p.total)),
            Some(Msg::ResumeRead(found)) => break found,
            Some(other) => panic!("{other:?}"),
            None => std::thread::sleep(std::time::Duration::from_millis(1)),
        }
    };
    assert!(!job.busy());
    assert_eq!(found.plan.bullets.len(), 300);
    assert!(pages.iter().all(|(_, total)| *total == 50), "{pages:?}");
    assert!(pages.windows(2).all(|w| w[0].0 < w[1].0), "{pages:?}");
}
