//! Every screen drawn on ratatui's `TestBackend` and compared as text, at 80x24 and 120x40;
//! a no-colour check; and no panic at any size.

use crate::support::app::*;
use crossterm::event::KeyCode;
use ratatui::style::Color;
use rung::ladder::Rung;
use rung::tui::Start;
use rung::tui::render::theme::Theme;
use rung::tui::runtime::store::MemoryStore;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(name: &str, h: &Harness) {
    for (w, ht) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{ht}"), h.screen(w, ht));
    }
}

/// A draft answered up to (not including) `rung`, open on `rung`.
fn at_rung(rung: Rung) -> Harness {
    let answers: [&str; 5] = std::array::from_fn(|i| if i < rung.index() { FULL[i] } else { "" });
    let mut d = draft("20261122-climb", 1, None, answers);
    d.rung = rung;
    let id = d.id.clone();
    Harness::start(store_with(d), Start::Open(id))
}

#[test]
fn empty_home() {
    snap(
        "empty_home",
        &Harness::start(MemoryStore::default(), Start::Home),
    );
}

#[test]
fn home_with_drafts_and_an_unreadable_one() {
    snap("home_busy", &Harness::start(busy_store(), Start::Home));
}

#[test]
fn home_filtering() {
    let mut h = Harness::start(busy_store(), Start::Home);
    h.key(KeyCode::Char('/'));
    h.type_str("acme");
    snap("home_filter", &h);
}

#[test]
fn each_rung() {
    for rung in Rung::ALL {
        snap(
            &format!("rung_{}_{}", rung.number(), rung.name()),
            &at_rung(rung),
        );
    }
}

#[test]
fn a_weak_opener_shows_a_note() {
    let mut h = at_rung(Rung::Task);
    h.type_str("Helped with the billing rewrite");
    snap("rung_1_weak_opener", &h);
}

#[test]
fn findings_on_the_ladder_fixed_and_capped() {
    let mut h = at_rung(Rung::Task);
    h.type_str("Helped with the billing rewrite");
    h.key(KeyCode::Home);
    for _ in 0.."Helped with".len() {
        h.key(KeyCode::Delete);
    }
    h.type_str("Rebuilt");
    h.key(KeyCode::End);
    h.type_str(" using synergy");
    snap("rung_1_fixed", &h);
    let mut h = at_rung(Rung::Task);
    h.type_str("I basically helped leverage synergy and very robust paradigm shifts ");
    snap("rung_1_many_findings", &h);
    let mut h = at_rung(Rung::Metric);
    h.type_str("I significantly improved performance by 500% ");
    snap("rung_5_findings", &h);
}

fn findings_review(theme: Theme) -> Harness {
    let mut d = draft(
        "20261122-review",
        1,
        Some("acme"),
        [
            "Helped with the billing rewrite",
            "Rust and Javascript",
            "",
            "",
            "Made exports faster",
        ],
    );
    d.rung = Rung::Metric;
    let mut store = busy_store();
    store.drafts.insert(d.id.clone(), d.clone());
    let mut h = Harness::start_themed(store, Start::Open(d.id), theme);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Char('i'));
    h.key(KeyCode::Char('j'));
    h
}

#[test]
fn review_with_grouped_findings() {
    snap("review_findings", &findings_review(Theme::color()));
}

fn match_panel(theme: Theme) -> Harness {
    let mut store = busy_store();
    for d in store.drafts.values_mut() {
        d.status = rung::ladder::Status::Finished;
    }
    let mut h = Harness::start_themed(store, Start::Home, theme);
    h.key(KeyCode::Char('m'));
    h
}

fn loaded_match_panel(theme: Theme) -> Harness {
    let mut h = match_panel(theme);
    h.send(rung::tui::app::msg::Msg::JobDescriptionRead {
        path: "/home/sam/jobs/backend-engineer.md".into(),
        text: "# Senior Backend Engineer\nREQUIREMENTS\nYou know Rust or Go, PostgreSQL, \
               Kafka and Kubernetes.\nYou ship with canary releases and feature flags.\n"
            .into(),
        warning: None,
    });
    h
}

#[test]
fn job_description_panel() {
    let mut h = match_panel(Theme::color());
    snap("match_empty", &h);
    h.key(KeyCode::Char('l'));
    h.type_str("~/jobs/backend-engineer.md");
    snap("match_prompt", &h);
    snap("match_loaded", &loaded_match_panel(Theme::color()));
}

fn coverage(theme: Theme) -> Harness {
    let mut h = Harness::start_themed(busy_store(), Start::Home, theme);
    h.key(KeyCode::Char('v'));
    h
}

#[test]
fn coverage_view() {
    snap("coverage", &coverage(Theme::color()));
}

#[test]
fn metric_helper_with_a_parse_error() {
    let d = metric_error_draft();
    let id = d.id.clone();
    let mut h = Harness::start(store_with(d), Start::Open(id));
    h.ctrl('n');
    h.ctrl('n');
    snap("metric_parse_error", &h);
}

#[test]
fn review() {
    let d = draft("20261122-review", 1, None, FULL);
    let id = d.id.clone();
    let mut h = Harness::start(store_with(d), Start::Open(id));
    while !matches!(h.app.screen, rung::tui::app::Screen::Review(_)) {
        h.key(KeyCode::Enter);
    }
    snap("review", &h);
    h.key(KeyCode::Char('e'));
    h.type_str(" Twice.");
    snap("review_edited", &h);
}

#[test]
fn review_offers_shorter_versions() {
    let d = draft("20261122-long", 1, None, LONG);
    let id = d.id.clone();
    let mut h = Harness::start(store_with(d), Start::Open(id));
    while !matches!(h.app.screen, rung::tui::app::Screen::Review(_)) {
        h.key(KeyCode::Enter);
    }
    h.key(KeyCode::Char('t'));
    snap("review_shorter", &h);
}

#[test]
fn help_overlay() {
    let mut h = at_rung(Rung::Metric);
    h.key(KeyCode::F(1));
    snap("help_ladder", &h);
    let mut h = Harness::start(busy_store(), Start::Home);
    h.key(KeyCode::Char('?'));
    snap("help_home", &h);
}

#[test]
fn delete_confirmation() {
    let mut h = Harness::start(busy_store(), Start::Home);
    h.key(KeyCode::Char('d'));
    snap("confirm_delete", &h);
}

fn trash_view(theme: Theme) -> Harness {
    let mut store = busy_store();
    for (id, ago, task) in [
        ("20261101-trsha", 600, "Wrote the old onboarding guide"),
        (
            "20261102-trshb",
            30,
            "Rebuilt the search indexer for the help centre",
        ),
    ] {
        let d = draft(id, ago, None, [task, "Rust", "", "", ""]);
        store.trash.insert(d.id.clone(), d);
    }
    let mut h = Harness::start_themed(store, Start::Home, theme);
    h.key(KeyCode::Char('t'));
    h
}

#[test]
fn trash() {
    snap("trash", &trash_view(Theme::color()));
    let mut h = trash_view(Theme::color());
    h.key(KeyCode::Char('E'));
    snap("confirm_empty_trash", &h);
    h.key(KeyCode::Char('y'));
    snap("trash_empty", &h);
}

fn new_draft_dialog(theme: Theme) -> Harness {
    let mut h = Harness::start_themed(busy_store(), Start::Home, theme);
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Right);
    h
}

#[test]
fn new_draft() {
    snap("new_draft", &new_draft_dialog(Theme::color()));
    let mut h = new_draft_dialog(Theme::color());
    h.key(KeyCode::Left);
    h.key(KeyCode::Left);
    h.key(KeyCode::Tab);
    h.type_str("Data Engineer, Globex");
    snap("new_draft_new_role", &h);
}

#[test]
fn read_only_banner() {
    let mut store = store_with(draft("20261122-climb", 1, None, FULL));
    store.busy.insert(
        rung::ladder::DraftId::parse("20261122-climb").unwrap(),
        Some(4242),
    );
    let id = store.drafts.keys().next().unwrap().clone();
    snap("read_only", &Harness::start(store, Start::Open(id)));
}

#[test]
fn changed_on_disk_question() {
    let d = draft("20261122-climb", 1, None, FULL);
    let id = d.id.clone();
    let mut h = Harness::start(store_with(d), Start::Open(id.clone()));
    let mut theirs = h.rt.store.drafts[&id].clone();
    theirs.answers.tools = "Go".into();
    h.rt.store.drafts.insert(id, theirs);
    h.type_str("!");
    h.wait_ms(1000);
    snap("changed_on_disk", &h);
}

#[test]
fn recovered_draft_question() {
    let d = draft("20261122-climb", 1, None, FULL);
    let mut store = store_with(d.clone());
    let mut recovered = d.clone();
    recovered.answers.metric = "Cut export time from 40 min to 4 min for 2,000 accounts".into();
    store.recovery.insert(d.id.clone(), recovered);
    snap("recovered", &Harness::start(store, Start::Home));
}

#[test]
fn too_small_window() {
    let h = at_rung(Rung::Task);
    insta::assert_snapshot!("too_small_59x24", h.screen(59, 24));
    insta::assert_snapshot!("too_small_80x15", h.screen(80, 15));
}

fn every_screen(theme: Theme) -> Vec<Harness> {
    let start = |store, start| Harness::start_themed(store, start, theme);
    let open_at = |rung: Rung| {
        let mut d = draft("20261122-climb", 1, None, FULL);
        d.rung = rung;
        let id = d.id.clone();
        Harness::start_themed(store_with(d), Start::Open(id), theme)
    };
    let mut screens = vec![
        start(MemoryStore::default(), Start::Home),
        start(busy_store(), Start::Home),
    ];
    for rung in Rung::ALL {
        screens.push(open_at(rung));
    }
    let mut metric = open_at(Rung::Metric);
    metric.ctrl('n');
    metric.type_str("latency");
    screens.push(metric);
    let mut review = open_at(Rung::Metric);
    review.key(KeyCode::Enter);
    review.key(KeyCode::Char('e'));
    screens.push(review);
    let mut help = start(busy_store(), Start::Home);
    help.key(KeyCode::Char('?'));
    screens.push(help);
    let mut confirm = start(busy_store(), Start::Home);
    confirm.key(KeyCode::Char('d'));
    screens.push(confirm);
    let mut filter = start(busy_store(), Start::Home);
    filter.key(KeyCode::Char('/'));
    filter.type_str("zzz");
    screens.push(filter);
    screens.push(findings_review(theme));
    let mut ladder = open_at(Rung::Task);
    ladder.type_str(" basically using synergy");
    screens.push(ladder);
    screens.push(match_panel(theme));
    screens.push(loaded_match_panel(theme));
    let mut prompt = match_panel(theme);
    prompt.key(KeyCode::Char('l'));
    screens.push(prompt);
    screens.push(coverage(theme));
    screens.push(trash_view(theme));
    screens.push(new_draft_dialog(theme));
    screens
}

#[test]
fn no_colour_at_all_without_colour() {
    for h in every_screen(Theme::no_color()) {
        let buf = buffer(&h.app, 120, 40);
        for cell in buf.content.iter() {
            assert_eq!(cell.fg, Color::Reset, "coloured text: {:?}", cell.symbol());
            assert_eq!(
                cell.bg,
                Color::Reset,
                "coloured background: {:?}",
                cell.symbol()
            );
        }
    }
}

#[test]
fn the_colour_theme_does_use_colour() {
    let h = Harness::start(busy_store(), Start::Home);
    let buf = buffer(&h.app, 80, 24);
    assert!(buf.content.iter().any(|c| c.fg != Color::Reset));
}

#[test]
fn no_panic_at_any_size() {
    for h in every_screen(Theme::color()) {
        for w in (1..=130).step_by(7).chain([1, 2, 59, 60, 61]) {
            for ht in (1..=45).step_by(4).chain([1, 2, 15, 16, 17]) {
                let _ = h.screen(w, ht);
            }
        }
    }
}

/// The small sizes the coach must still work at.
const SMALL: [(u16, u16); 2] = [(60, 16), (80, 24)];

fn snap_small(name: &str, h: &Harness) {
    for (w, ht) in SMALL {
        insta::assert_snapshot!(format!("small_{name}_{w}x{ht}"), h.screen(w, ht));
    }
}

#[test]
fn small_windows() {
    // The metric rung with the helper filled in: the preview scrolls to the result it adds.
    let mut metric = at_rung(Rung::Metric);
    metric.type_str("Cut export time");
    for value in ["export time", "40 min", "6 min", "for 2,000 accounts"] {
        metric.ctrl('n');
        metric.type_str(value);
    }
    snap_small("metric_helper", &metric);
    snap_small("rung_3", &at_rung(Rung::Stack));
    snap_small("review_findings", &findings_review(Theme::no_color()));
    let mut help = at_rung(Rung::Metric);
    help.key(KeyCode::F(1));
    snap_small("help_ladder", &help);
    let mut home = Harness::start(busy_store(), Start::Home);
    home.send(rung::tui::app::msg::Msg::Notice {
        text: "/home/sam/resume-bullets: others may use this folder (mode 755); rung leaves \
               its mode as it is; `rung doctor --fix` makes it private (700)"
            .into(),
        warning: true,
    });
    snap_small("home_notice", &home);
    snap_small("coverage", &coverage(Theme::no_color()));
    snap_small("match", &loaded_match_panel(Theme::no_color()));
}
