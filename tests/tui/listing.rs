//! The home listing against a real workspace made by the generator: read on another thread so
//! the first frame never waits for the files, arriving without a key press, and never showing a
//! draft older than its file. A ladder opened at start-up does not list the workspace at all.

use std::time::Duration;

use crossterm::event::KeyCode;
use rung::cli::generate::generate;
use rung::coach::Overrides;
use rung::ladder::{Draft, DraftId, Rung};
use rung::tui::Start;
use rung::tui::app::Screen;
use rung::tui::app::msg::{Effect, Msg};
use rung::tui::render::theme::Theme;
use rung::tui::runtime::Runtime;
use rung::tui::runtime::clock::FixedClock;
use rung::workspace::Workspace;

use crate::support::app::{FULL, Harness, now};

/// The app over a real workspace, run the way the loop runs it (effects, then the listing poll).
type Live = Harness<Workspace>;

/// A workspace of `drafts` generated drafts, and the app started on it.
fn generated(drafts: usize, start: Start) -> Live {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    generate(&ws, drafts, 3).unwrap();
    on(ws, dir, start)
}

/// The app started on `ws`, which lives in `dir`.
fn on(ws: Workspace, dir: tempfile::TempDir, start: Start) -> Live {
    let mut live = Harness::start_themed(ws, start, Theme::no_color());
    live.dir = Some(dir);
    live
}

fn shown(live: &Live) -> String {
    live.screen(100, 30)
}

#[test]
fn home_draws_before_the_drafts_are_read_and_shows_them_without_a_key() {
    let mut live = generated(1500, Start::Home);
    assert!(live.rt.reading(), "the listing is read on another thread");
    assert!(shown(&live).contains("reading drafts"), "{}", shown(&live));
    live.wait_for_listing();
    let screen = shown(&live);
    assert!(screen.contains("1500 drafts"), "{screen}");
    assert!(screen.contains("Software Engineer, Acme"), "{screen}");
    assert!(!screen.contains("reading drafts"), "{screen}");
}

#[test]
fn a_new_draft_at_start_up_never_lists_the_workspace() {
    let mut live = generated(
        200,
        Start::New {
            role: Some("acme".into()),
            pack: None,
        },
    );
    assert!(
        !live.effects.contains(&Effect::Reload),
        "{:?}",
        live.effects
    );
    assert!(!live.rt.reading());
    let screen = shown(&live);
    assert!(screen.contains("What did you work on"), "{screen}");
    assert!(
        screen.contains("Software Engine"),
        "the role label is there: {screen}"
    );
    // Leaving for home lists it then.
    live.key(KeyCode::Esc);
    live.wait_for_listing();
    assert!(shown(&live).contains("200 drafts"), "{}", shown(&live));
}

#[test]
fn the_draft_just_left_shows_as_saved_before_the_fresh_listing_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    generate(&ws, 300, 5).unwrap();
    let mut d = Draft::new(DraftId::parse("20261122-mine").unwrap(), now(), "backend");
    d.answers.task = FULL[0].into();
    d.role = Some("acme".into());
    ws.save(&d).unwrap();
    let mut live = on(ws, dir, Start::Home);
    live.wait_for_listing();
    // Opened the way Enter opens it: the runtime reads (and locks) the draft.
    let opened = live.rt.run(rung::tui::app::msg::Effect::Load(d.id.clone()));
    live.app.send(opened.expect("the draft opens"));
    assert!(matches!(live.app.screen, Screen::Ladder(_)));
    live.app
        .send(Msg::Action(rung::tui::keys::Action::NextRung));
    live.run();
    for c in "Kafka and Flink".chars() {
        live.key(KeyCode::Char(c));
    }
    live.key(KeyCode::Esc);
    assert!(live.rt.reading(), "a fresh listing is on its way");
    let screen = shown(&live);
    assert!(screen.contains("Kafka and Flink"), "{screen}");
    assert!(screen.contains("301 drafts"), "{screen}");
    live.wait_for_listing();
    let on_disk = live.rt.store.load(&d.id).unwrap();
    assert_eq!(on_disk.answers.get(Rung::Tools), "Kafka and Flink");
    assert!(shown(&live).contains("Kafka and Flink"));
}

#[test]
fn a_trashed_draft_leaves_the_list_at_once() {
    let mut live = generated(40, Start::Home);
    live.wait_for_listing();
    let first = match live.app.home.groups(&live.app.shared)[0].items[0] {
        rung::tui::screens::home::Item::Draft(d) => d.id.clone(),
        _ => panic!("a draft comes first"),
    };
    live.rt.store.trash(&first).unwrap();
    live.app.send(Msg::Trashed(first.clone()));
    live.run();
    assert!(shown(&live).contains("39 drafts"), "{}", shown(&live));
    let still_listed = |live: &Live| {
        live.app.home.groups(&live.app.shared).iter().any(|g| {
            g.items
                .iter()
                .any(|i| matches!(i, rung::tui::screens::home::Item::Draft(d) if d.id == first))
        })
    };
    assert!(!still_listed(&live));
    live.wait_for_listing();
    assert!(shown(&live).contains("39 drafts"));
    assert!(!still_listed(&live));
}

#[test]
fn the_selection_stays_on_screen_far_down_a_long_list() {
    let mut live = generated(400, Start::Home);
    live.wait_for_listing();
    for _ in 0..150 {
        live.key(KeyCode::Char('j'));
    }
    let items: Vec<_> = live
        .app
        .home
        .groups(&live.app.shared)
        .into_iter()
        .flat_map(|g| g.items)
        .collect();
    let rung::tui::screens::home::Item::Draft(selected) = items[150] else {
        panic!("a draft is selected")
    };
    let pack = live.app.shared.pack(&selected.pack);
    let start: String = rung::ladder::bullet(selected, pack, selected.style)
        .chars()
        .take(40)
        .collect();
    let screen = shown(&live);
    let marked: Vec<&str> = screen.lines().filter(|l| l.contains('▸')).collect();
    assert_eq!(marked.len(), 1, "{screen}");
    assert!(marked[0].contains(&start), "{start:?} not in {screen}");
}

#[test]
fn a_held_listing_starts_reading_only_once_the_first_frame_is_out() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    generate(&ws, 400, 7).unwrap();
    let mut rt = Runtime::new(ws, FixedClock::new(now()));
    rt.hold_listing();
    let mut live = Harness::on_runtime(rt, Start::Home, Theme::no_color(), Overrides::default());
    live.dir = Some(dir);
    assert!(live.rt.reading(), "the listing is waiting, not forgotten");
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        live.rt.poll_listing().is_none(),
        "nothing is read before the first frame"
    );
    assert!(shown(&live).contains("reading drafts"));
    assert!(live.rt.first_frame_out().is_none(), "its thread started");
    live.wait_for_listing();
    assert!(shown(&live).contains("400 drafts"), "{}", shown(&live));
}
