//! The home listing against a real workspace made by the generator: read on another thread so
//! the first frame never waits for the files, arriving without a key press, and never showing a
//! draft older than its file. A ladder opened at start-up does not list the workspace at all.

use std::time::Duration;

use crossterm::event::KeyCode;
use rung::cli::generate::generate;
use rung::coach::Overrides;
use rung::ladder::{Draft, DraftId, PackSet, Rung};
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
    generate(&ws, drafts, 3, &PackSet::builtin()).unwrap();
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
    generate(&ws, 300, 5, &PackSet::builtin()).unwrap();
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
    generate(&ws, 400, 7, &PackSet::builtin()).unwrap();
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
    assert!(shown(&live).contains("checking drafts"));
    assert!(live.rt.first_frame_out().is_none(), "its thread started");
    live.wait_for_listing();
    assert!(shown(&live).contains("400 drafts"), "{}", shown(&live));
}

/// An app over `ws` started the way `rung` starts it: the listing held for the first frame.
fn held(ws: Workspace, dir: tempfile::TempDir) -> Live {
    let mut rt = Runtime::new(ws, FixedClock::new(now()));
    rt.hold_listing();
    let mut live = Harness::on_runtime(rt, Start::Home, Theme::no_color(), Overrides::default());
    live.dir = Some(dir);
    live
}

/// The first frame drawn, then the listing read in full.
fn list_fully(live: &mut Live) {
    if let Some(msg) = live.rt.first_frame_out() {
        live.app.send(msg);
    }
    live.wait_for_listing();
}

/// The id of the draft selected on home.
fn selected(live: &Live) -> DraftId {
    live.app
        .home
        .selected_draft(&live.app.shared)
        .unwrap()
        .id
        .clone()
}

/// The screen below the header line.
fn rows(live: &Live) -> Vec<String> {
    shown(live).lines().skip(1).map(str::to_string).collect()
}

fn generated_ws(drafts: usize) -> (Workspace, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    generate(&ws, drafts, 11, &PackSet::builtin()).unwrap();
    (ws, dir)
}

#[test]
fn the_first_frame_shows_the_newest_drafts_as_the_full_listing_will() {
    let (ws, dir) = generated_ws(1500);
    let mut live = held(ws, dir);
    let first = shown(&live);
    assert!(first.contains("checking drafts"), "{first}");
    assert!(first.contains("Software Engineer, Acme"), "{first}");
    assert!(first.matches('■').count() > 20, "draft rows: {first}");
    let before = rows(&live);
    for _ in 0..5 {
        live.key(KeyCode::Char('j'));
    }
    let chosen = selected(&live);
    for _ in 0..5 {
        live.key(KeyCode::Char('k'));
    }
    list_fully(&mut live);
    assert!(shown(&live).contains("1500 drafts"), "{}", shown(&live));
    assert_eq!(
        before,
        rows(&live),
        "the preview is the listing's first screen"
    );
    for _ in 0..5 {
        live.key(KeyCode::Char('j'));
    }
    assert_eq!(selected(&live), chosen);
}

#[test]
fn the_selection_stays_on_its_draft_when_the_listing_replaces_the_preview() {
    let (ws, dir) = generated_ws(600);
    let mut live = held(ws, dir);
    for _ in 0..40 {
        live.key(KeyCode::Char('j'));
    }
    let chosen = selected(&live);
    list_fully(&mut live);
    assert_eq!(selected(&live), chosen);
}

#[test]
fn a_draft_trashed_elsewhere_leaves_with_the_listing_and_the_index_is_rewritten() {
    let (ws, dir) = generated_ws(60);
    let newest = ws.list().drafts[0].id.clone();
    ws.trash(&newest).unwrap();
    let preview = ws
        .preview(&["acme", "globex", "initech"], 100, &PackSet::builtin())
        .unwrap();
    assert!(
        !preview.fresh,
        "the folder changed since the index was written"
    );
    let mut live = held(ws, dir);
    list_fully(&mut live);
    assert!(shown(&live).contains("59 drafts"), "{}", shown(&live));
    let listed = |live: &Live| live.app.home.drafts().iter().any(|d| d.id == newest);
    assert!(!listed(&live));
    let again = live
        .rt
        .store
        .preview(&["acme"], 100, &PackSet::builtin())
        .unwrap();
    assert!(again.fresh);
    assert_eq!(again.total, 59);
    assert!(again.listing.drafts.iter().all(|d| d.id != newest));
}

#[test]
fn a_damaged_index_is_passed_over_and_written_anew() {
    let (ws, dir) = generated_ws(80);
    let index = ws.root().join(".rung").join("listing");
    assert!(index.exists(), "the generator leaves an index");
    std::fs::write(&index, "{\"version\": 1, \"total\": 3\n{not json\n").unwrap();
    assert!(ws.preview(&[], 100, &PackSet::builtin()).is_none());
    let mut live = held(ws, dir);
    assert!(shown(&live).contains("reading drafts"), "{}", shown(&live));
    list_fully(&mut live);
    assert!(shown(&live).contains("80 drafts"), "{}", shown(&live));
    let preview = live
        .rt
        .store
        .preview(&[], 100, &PackSet::builtin())
        .expect("written anew");
    assert_eq!(preview.total, 80);
}

#[test]
fn a_preview_never_shows_more_than_the_rows_asked_and_keeps_each_role_newest_first() {
    let (ws, _dir) = generated_ws(300);
    let full = ws.list();
    let preview = ws.preview(&["globex"], 30, &PackSet::builtin()).unwrap();
    assert!(preview.fresh);
    assert_eq!(preview.total, 300);
    assert_eq!(
        preview.listing.drafts.len(),
        28,
        "30 rows less label and gap"
    );
    let globex: Vec<_> = full
        .drafts
        .iter()
        .filter(|d| d.role.as_deref() == Some("globex"))
        .take(28)
        .collect();
    let shown: Vec<_> = preview.listing.drafts.iter().collect();
    assert_eq!(
        shown, globex,
        "the role asked for first, newest first, as read"
    );
}

#[test]
fn an_index_whose_header_points_past_its_end_is_passed_over() {
    let (ws, _dir) = generated_ws(30);
    let index = ws.root().join(".rung").join("listing");
    let text = std::fs::read_to_string(&index).unwrap();
    let (header, body) = text.split_once('\n').unwrap();
    let mut header: serde_json::Value = serde_json::from_str(header).unwrap();
    header["groups"][0]["head"] = serde_json::json!(u64::MAX / 2);
    std::fs::write(&index, format!("{header}\n{body}")).unwrap();
    assert!(ws.preview(&[], 100, &PackSet::builtin()).is_none());
}

/// Puts a marker (`mark` then "zzz...", as long as what it replaces in JSON, so the index's
/// byte counts hold) in place of the bullets the index kept for the drafts `pick` chooses.
fn mark_kept_bullets(ws: &Workspace, mark: &str, pick: impl Fn(&DraftId) -> bool) {
    let index = ws.root().join(".rung").join("listing");
    let written = std::fs::read_to_string(&index).unwrap();
    let mut out = String::new();
    let mut marked = 0;
    for (n, line) in written.lines().enumerate() {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = row[1]["id"].as_str().map(|id| DraftId::parse(id).unwrap());
        match (n, &row[0], id) {
            (1.., serde_json::Value::String(kept), Some(id))
                if pick(&id)
                    && serde_json::to_string(kept).unwrap().len()
                        >= serde_json::to_string(mark).unwrap().len() =>
            {
                let old = serde_json::to_string(kept).unwrap();
                let room = old.len() - serde_json::to_string(mark).unwrap().len();
                let mark = format!("{mark}{}", "z".repeat(room));
                let new = serde_json::to_string(&mark).unwrap();
                assert_eq!(new.len(), old.len());
                out.push_str(&format!("[{new}{}", &line[1 + old.len()..]));
                marked += 1;
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    assert!(marked > 0, "no kept bullet to mark");
    std::fs::write(&index, out).unwrap();
}

/// The newest draft of the first role: the first row home shows.
fn first_row(ws: &Workspace) -> Draft {
    ws.list()
        .drafts
        .into_iter()
        .find(|d| d.role.as_deref() == Some("acme"))
        .unwrap()
}

#[test]
fn the_first_frame_shows_the_kept_bullets_and_the_listing_brings_the_drafts_own() {
    let (ws, dir) = generated_ws(300);
    let draft = first_row(&ws);
    let own = PackSet::builtin().bullet(&draft);
    mark_kept_bullets(&ws, "Kept line ", |_| true);
    let mut live = held(ws, dir);
    let first = shown(&live);
    assert!(first.matches("Kept line zz").count() > 20, "{first}");
    list_fully(&mut live);
    let listed = shown(&live);
    assert!(!listed.contains("Kept line"), "{listed}");
    assert!(listed.contains(own.get(..20).unwrap()), "{own} in {listed}");
}

#[test]
fn a_draft_saved_while_the_preview_shows_drops_its_kept_bullet() {
    let (ws, dir) = generated_ws(120);
    let mut draft = first_row(&ws);
    let id = draft.id.clone();
    mark_kept_bullets(&ws, "Kept line ", |d| *d == id);
    let mut live = held(ws, dir);
    assert!(shown(&live).contains("Kept line zz"), "{}", shown(&live));
    draft.answers.task = "Rebuilt the invoice exporter".into();
    draft.final_text = None;
    draft.final_other = None;
    live.app.home.upsert(draft, &live.app.shared);
    let screen = shown(&live);
    assert!(!screen.contains("Kept line"), "{screen}");
    assert!(screen.contains("Rebuilt the invoice exporter"), "{screen}");
}

#[test]
fn bullets_kept_with_other_packs_are_not_shown_and_the_index_is_written_again() {
    let (ws, _dir) = generated_ws(50);
    let builtin = PackSet::builtin();
    let kept = ws.preview(&[], 100, &builtin).unwrap();
    assert!(!kept.bullets.is_empty());
    for d in &kept.listing.drafts {
        if let Some(b) = kept.bullets.get(&d.id) {
            assert_eq!(*b, builtin.bullet(d), "kept as the packs write it");
        }
    }
    let own = tempfile::tempdir().unwrap();
    std::fs::copy("prompts/backend.toml", own.path().join("mine.toml")).unwrap();
    let (theirs, problems) = PackSet::load(Some(own.path()));
    assert!(problems.is_empty(), "{problems:?}");
    assert_ne!(theirs.fingerprint(), builtin.fingerprint());
    let stale = ws.preview(&[], 100, &theirs).unwrap();
    assert_eq!(stale.listing.drafts.len(), kept.listing.drafts.len());
    assert!(stale.bullets.is_empty(), "written with other packs");
    assert!(!ws.index_matches(ws.drafts_time(), &theirs));
    ws.list_and_index(&theirs);
    assert!(!ws.preview(&[], 100, &theirs).unwrap().bullets.is_empty());
}

#[test]
fn a_kept_bullet_with_escape_sequences_is_shown_clean() {
    let (ws, dir) = generated_ws(40);
    mark_kept_bullets(
        &ws,
        "Kept \u{1b}]52;c;aGk=\u{7}\u{1b}[31mred\u{202e}line ",
        |_| true,
    );
    let preview = ws.preview(&[], 100, &PackSet::builtin()).unwrap();
    assert!(!preview.bullets.is_empty());
    let marked = preview.bullets.values().filter(|b| b.starts_with("Kept "));
    assert!(marked.count() > 10);
    for kept in preview.bullets.values() {
        assert!(rung::safe_text::is_clean(kept), "{kept:?}");
    }
    let live = held(ws, dir);
    let first = shown(&live);
    assert!(first.contains("Kept "), "{first}");
    assert!(
        !first.contains('\u{1b}') && !first.contains('\u{202e}'),
        "{first:?}"
    );
}
