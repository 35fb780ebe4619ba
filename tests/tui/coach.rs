//! The coach's judgment in the TUI, through its key paths: findings on the ladder (ticked off
//! when fixed), the review's grouped list, the ignore and fix keys, the job-description panel and
//! the competency-area view.

use crate::support::app::*;
use crossterm::event::KeyCode;
use rung::ladder::{Rung, Status};
use rung::tui::Start;
use rung::tui::app::Screen;
use rung::tui::app::msg::{Effect, Msg};
use rung::tui::app::session::DEBOUNCE;
use rung::tui::render::theme::Theme;
use rung::tui::runtime::store::MemoryStore;
use rung::tui::screens::review::Group;

fn open(d: rung::ladder::Draft) -> Harness {
    let id = d.id.clone();
    Harness::start(store_with(d), Start::Open(id))
}

fn active_rules(h: &Harness) -> Vec<&'static str> {
    let Screen::Ladder(l) = &h.app.screen else {
        panic!("not on the ladder")
    };
    l.findings.active().iter().map(|s| s.finding.rule).collect()
}

fn fixed_rules(h: &Harness) -> Vec<&'static str> {
    let Screen::Ladder(l) = &h.app.screen else {
        panic!("not on the ladder")
    };
    l.findings.fixed().iter().map(|s| s.finding.rule).collect()
}

fn to_review(h: &mut Harness) {
    while !matches!(h.app.screen, Screen::Review(_)) {
        h.key(KeyCode::Tab);
    }
}

fn review_items(h: &Harness) -> Vec<(Group, &'static str, bool)> {
    let Screen::Review(r) = &h.app.screen else {
        panic!("not on the review")
    };
    r.findings(&h.app.shared)
        .into_iter()
        .map(|i| (i.group, i.finding.rule, i.finding.ignored))
        .collect()
}

fn backspace(h: &mut Harness, n: usize) {
    for _ in 0..n {
        h.key(KeyCode::Backspace);
    }
}

// ----- ladder -----

#[test]
fn findings_appear_as_you_type_and_tick_off_when_fixed() {
    let mut h = open(draft("20261122-type", 1, None, ["", "", "", "", ""]));
    h.type_str("Helped with the billing rewrite");
    assert_eq!(active_rules(&h), ["weak-opener"]);
    assert!(
        h.screen(80, 24)
            .contains("! \"Helped with\" describes a duty")
    );

    backspace(&mut h, "Helped with the billing rewrite".len());
    h.type_str("Rebuilt the billing service");
    assert!(active_rules(&h).is_empty(), "{:?}", active_rules(&h));
    assert_eq!(
        fixed_rules(&h),
        ["weak-opener"],
        "half-typed words never count"
    );
    let screen = h.screen(80, 24);
    assert!(screen.contains("✓ fixed: \"Helped"), "{screen}");

    h.key(KeyCode::Tab);
    h.key(KeyCode::BackTab);
    assert!(fixed_rules(&h).is_empty(), "a new visit starts clean");
    assert!(!h.screen(80, 24).contains("fixed"));
}

#[test]
fn a_finding_that_comes_back_is_active_again() {
    let mut h = open(draft(
        "20261122-back",
        1,
        None,
        ["Built it with synergy", "", "", "", ""],
    ));
    assert_eq!(active_rules(&h), ["buzzwords"]);
    backspace(&mut h, " with synergy".len());
    assert_eq!(fixed_rules(&h), ["buzzwords"]);
    h.type_str(" with synergy ");
    assert_eq!(active_rules(&h), ["buzzwords"]);
    assert!(fixed_rules(&h).is_empty());
}

#[test]
fn the_metric_rung_checks_the_helper_phrase_and_never_blocks() {
    let mut d = draft("20261122-metric", 1, None, FULL);
    d.answers.metric = "Made exports much faster".into();
    d.rung = Rung::Metric;
    let mut h = open(d);
    assert!(active_rules(&h).contains(&"quantified"));
    h.key(KeyCode::Enter);
    assert!(
        matches!(h.app.screen, Screen::Review(_)),
        "a finding never blocks"
    );
}

#[test]
fn rule_overrides_from_the_config_reach_the_ladder() {
    let mut overrides = rung::coach::Overrides::default();
    overrides.set("weak-opener", None);
    overrides.set("verb-first", Some(rung::coach::Level::Error));
    let start = |task: &str| {
        let d = draft("20261122-rules", 1, None, [task, "", "", "", ""]);
        let id = d.id.clone();
        Harness::start_with(
            store_with(d),
            Start::Open(id),
            Theme::color(),
            overrides.clone(),
        )
    };
    assert!(
        active_rules(&start("Helped with billing")).is_empty(),
        "switched off"
    );
    let h = start("Migration of the billing jobs");
    assert_eq!(active_rules(&h), ["verb-first"]);
    assert!(
        h.screen(80, 24)
            .contains("✗ \"Migration\": Open with an action verb"),
        "an error is marked ✗ and the words are quoted:\n{}",
        h.screen(80, 24)
    );
}

// ----- review -----

#[test]
fn the_review_groups_findings_by_rung_then_bullet_then_role() {
    let mut store = busy_store();
    let mut d = draft(
        "20261122-group",
        1,
        Some("initech"),
        [
            "Helped with the billing rewrite",
            "Rust",
            "",
            "",
            "Made exports faster",
        ],
    );
    d.rung = Rung::Metric;
    store.drafts.insert(d.id.clone(), d.clone());
    let mut h = Harness::start(store, Start::Open(d.id.clone()));
    to_review(&mut h);
    let items = review_items(&h);
    let groups: Vec<Group> = items.iter().map(|i| i.0).collect();
    assert_eq!(
        groups,
        [
            Group::Rung(Rung::Task),
            Group::Rung(Rung::Metric),
            Group::Role
        ],
        "{items:?}"
    );
    assert_eq!(items[0].1, "weak-opener");
    assert_eq!(items[2].1, "bullets-per-role");
    let screen = h.screen(120, 40);
    for heading in ["\ntask\n", "\nmetric\n", "\nthis role\n"] {
        assert!(screen.contains(heading), "{heading:?} in\n{screen}");
    }
    assert!(
        screen.contains("Readers skim the first words"),
        "each finding shows its why"
    );
}

#[test]
fn ignoring_saves_into_the_draft_and_unignoring_brings_it_back() {
    let mut h = open(draft(
        "20261122-ign",
        1,
        None,
        ["Helped with the billing rewrite", "", "", "", ""],
    ));
    to_review(&mut h);
    assert_eq!(
        review_items(&h)[0],
        (Group::Rung(Rung::Task), "weak-opener", false)
    );
    h.key(KeyCode::Char('i'));
    assert!(review_items(&h)[0].2, "still listed, as ignored");
    assert!(h.screen(80, 24).contains("- ignored"));
    assert!(h.status().contains("ignoring weak-opener"));
    let saves = h.saves();
    h.wait_ms(DEBOUNCE.as_millis() as u64);
    assert_eq!(h.saves(), saves + 1, "the autosave writes the ignore");
    let id = h.draft().id;
    let stored = &h.rt.store.drafts[&id];
    assert_eq!(stored.ignored.len(), 1);
    assert_eq!(stored.ignored[0].rule, "weak-opener");
    assert_eq!(stored.ignored[0].rung, Some(Rung::Task));

    // The ladder no longer shows it as active.
    while h.draft().rung != Rung::Task || matches!(h.app.screen, Screen::Review(_)) {
        h.key(KeyCode::BackTab);
    }
    assert!(active_rules(&h).is_empty());
    assert!(!h.screen(80, 24).contains("describes a duty"));

    to_review(&mut h);
    h.key(KeyCode::Char('i'));
    assert!(!review_items(&h)[0].2);
    h.wait_ms(DEBOUNCE.as_millis() as u64);
    assert!(h.rt.store.drafts[&id].ignored.is_empty());
}

#[test]
fn a_puts_the_spelling_into_the_answer_and_saves_it() {
    let mut h = open(draft(
        "20261122-fix",
        2,
        None,
        ["Built the billing API", "in python", "", "", ""],
    ));
    to_review(&mut h);
    assert_eq!(
        review_items(&h)[0],
        (Group::Rung(Rung::Tools), "tech-casing", false)
    );
    assert!(h.screen(100, 30).contains("a applies the fix"));
    let saves = h.saves();
    h.key(KeyCode::Char('a'));
    assert_eq!(h.draft().answers.get(Rung::Tools), "in Python");
    assert!(h.status().contains("wrote Python in the tools answer"));
    assert!(
        h.screen(100, 30).contains("in Python"),
        "the bullet shows it"
    );
    assert!(
        !review_items(&h).iter().any(|i| i.1 == "tech-casing"),
        "the finding is gone"
    );
    assert!(h.saves() > saves, "the fix is saved at once");
    let id = h.draft().id;
    assert_eq!(h.rt.store.drafts[&id].answers.get(Rung::Tools), "in Python");
    // A finding with no sure fix says so and changes nothing.
    let mut h = open(draft(
        "20261122-nofix",
        1,
        None,
        ["Helped with the billing rewrite", "", "", "", ""],
    ));
    to_review(&mut h);
    assert!(!h.screen(100, 30).contains("applies the fix"));
    h.key(KeyCode::Char('a'));
    assert!(h.status().contains("no sure fix"), "{}", h.status());
    assert_eq!(
        h.draft().answers.get(Rung::Task),
        "Helped with the billing rewrite"
    );
}

#[test]
fn j_and_k_move_the_selection_through_the_findings() {
    let mut h = open(draft(
        "20261122-sel",
        1,
        None,
        [
            "Helped with the billing rewrite",
            "",
            "",
            "",
            "Made exports faster",
        ],
    ));
    to_review(&mut h);
    let n = review_items(&h).len();
    assert!(n >= 2, "{:?}", review_items(&h));
    let selected = |h: &Harness| match &h.app.screen {
        Screen::Review(r) => r.selected,
        _ => panic!(),
    };
    h.key(KeyCode::Char('j'));
    assert_eq!(selected(&h), 1);
    for _ in 0..n + 3 {
        h.key(KeyCode::Down);
    }
    assert_eq!(selected(&h), n - 1, "the selection stops at the last one");
    h.key(KeyCode::Char('i'));
    assert!(review_items(&h)[n - 1].2, "i acts on the selected finding");
    assert!(!review_items(&h)[0].2);
    h.key(KeyCode::Char('k'));
    assert_eq!(selected(&h), n - 2);
}

// ----- job description -----

fn finished_store() -> MemoryStore {
    let mut store = busy_store();
    for d in store.drafts.values_mut() {
        if d.id.as_str() == "20261121-bbbbb" {
            d.status = Status::Finished;
        }
    }
    store
}

#[test]
fn a_job_description_loads_from_a_typed_path_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jd.md");
    std::fs::write(
        &file,
        "# Backend Engineer\nREQUIREMENTS\nWe use Rust, Go, Kafka and Terraform.\n",
    )
    .unwrap();
    let mut h = Harness::start(finished_store(), Start::Home);
    h.key(KeyCode::Char('m'));
    assert!(matches!(h.app.screen, Screen::JobMatch(_)));
    assert!(h.screen(80, 24).contains("No job description loaded yet."));
    h.key(KeyCode::Char('l'));
    h.type_str(&file.display().to_string());
    h.key(KeyCode::Enter);
    assert!(h.app.overlay.is_none());
    assert!(
        h.effects
            .contains(&Effect::ReadJobDescription(file.clone())),
        "the file is read by the runtime"
    );
    let loaded = h.app.shared.job_description.as_ref().expect("loaded");
    assert_eq!(loaded.path, file);
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("Coverage: 2 of 4 key terms (50%)"),
        "{screen}"
    );
    assert!(screen.contains("below the healthy 75-85%"));
    assert!(screen.contains("✓ Rust, Go"));
    assert!(screen.contains("? Did you use Apache Kafka? Which bullet?"));
    assert!(screen.contains("? Did you use Terraform? Which bullet?"));
    assert_eq!(h.rt.store.file.settings.jd.as_deref(), Some(file.as_path()));

    // A new start reads the remembered file again.
    let store = h.rt.store.clone();
    let mut again = Harness::start(store, Start::Home);
    again.key(KeyCode::Char('m'));
    assert!(again.effects.contains(&Effect::RecallJobDescription));
    assert!(again.screen(80, 24).contains("Coverage: 2 of 4 key terms"));
}

#[test]
fn a_missing_job_description_file_is_named_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nope.txt");
    let mut h = Harness::start(finished_store(), Start::Home);
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Char('l'));
    h.type_str(&file.display().to_string());
    h.key(KeyCode::Enter);
    let said = h.status();
    assert!(said.contains(&file.display().to_string()), "{said}");
    assert!(
        said.starts_with(&file.display().to_string()),
        "the file comes first: {said}"
    );
    assert!(said.contains("no such file; check the path"), "{said}");
    assert!(h.app.shared.job_description.is_none());
    assert!(h.rt.store.file.settings.jd.is_none(), "nothing remembered");
}

#[test]
fn the_path_prompt_takes_letters_and_esc_closes_it() {
    let mut h = Harness::start(finished_store(), Start::Home);
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Char('l'));
    h.type_str("q?jk");
    assert!(!h.app.quitting());
    assert_eq!(
        h.app.overlay,
        Some(rung::tui::overlay::Overlay::Prompt {
            input: "q?jk".into()
        })
    );
    h.key(KeyCode::Enter);
    assert!(h.app.overlay.is_none());
    h.key(KeyCode::Char('l'));
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    assert!(
        matches!(h.app.screen, Screen::JobMatch(_)),
        "Esc closes only the prompt"
    );
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.screen, Screen::Home));
}

#[test]
fn stuffing_is_called_out() {
    let mut h = Harness::start(finished_store(), Start::Home);
    h.key(KeyCode::Char('m'));
    h.send(Msg::JobDescriptionRead {
        path: "/jobs/all.md".into(),
        text: "Rust, PostgreSQL and SQS.".into(),
        warning: None,
    });
    let screen = h.screen(120, 40);
    assert!(screen.contains("(100%)"), "{screen}");
    assert!(screen.contains("keyword stuffing"), "{screen}");
}

// ----- coverage -----

#[test]
fn the_coverage_view_shows_areas_per_role_and_cycles_roles() {
    let mut h = Harness::start(busy_store(), Start::Home);
    h.key(KeyCode::Char('v'));
    let Screen::Coverage(c) = &h.app.screen else {
        panic!("not the coverage view")
    };
    assert_eq!(
        c.role().unwrap().key,
        "acme",
        "opens on the selected draft's role"
    );
    let acme = c.role().unwrap();
    assert_eq!(acme.pack.as_deref(), Some("backend"));
    assert!(acme.areas.iter().any(|a| a.is_covered()));
    assert!(acme.areas.iter().any(|a| !a.is_covered()));
    let screen = h.screen(80, 24);
    assert!(screen.contains("Senior Engineer, Acme"), "{screen}");
    assert!(screen.contains("[x] "));
    assert!(screen.contains("[ ] "));
    assert!(screen.contains("no bullet yet: what did you do here?"));
    h.key(KeyCode::Tab);
    assert!(h.screen(80, 24).contains("Engineer, Initech"));
    h.key(KeyCode::Char('h'));
    assert!(h.screen(80, 24).contains("Senior Engineer, Acme"));
    h.key(KeyCode::Char('q'));
    assert!(matches!(h.app.screen, Screen::Home));
}

#[test]
fn a_pack_without_areas_and_a_workspace_without_roles_are_said_kindly() {
    let mut store = busy_store();
    for d in store.drafts.values_mut() {
        d.pack = "general".into();
    }
    let mut h = Harness::start(store, Start::Home);
    h.key(KeyCode::Char('v'));
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("The general pack has no competency areas"),
        "{screen}"
    );
    let mut h = Harness::start(store_with(draft("20261122-x", 1, None, FULL)), Start::Home);
    h.key(KeyCode::Char('v'));
    assert!(h.screen(80, 24).contains("No roles yet."));
}

#[test]
fn deferred_checks_and_preview_land_after_the_frame_and_match_the_update() {
    let d = draft("20261122-defer", 1, None, ["", "", "", "", ""]);
    let mut now = open(d.clone());
    let mut later = open(d);
    later.app.shared.defer_checks = true;
    let typed = "Helped with the billing rewrite";
    let mut keys: Vec<KeyCode> = typed.chars().map(KeyCode::Char).collect();
    keys.extend(std::iter::repeat_n(KeyCode::Backspace, typed.len()));
    keys.extend("Rebuilt the billing service".chars().map(KeyCode::Char));
    let last = keys.len() - 1;
    for (i, key) in keys.into_iter().enumerate() {
        now.key(key);
        later.key(key);
        if i == last {
            // Drawn before it settles: the answer has the edit, the preview not yet.
            let screen = later.screen(100, 30);
            assert!(screen.contains("│Rebuilt the billing service "), "{screen}");
            assert!(screen.contains("billing servic in [tools?]"), "{screen}");
            let before = later.app.version();
            assert!(later.app.run_deferred_checks(), "the preview changed");
            assert!(later.app.version() > before, "so the screen is drawn again");
        } else {
            later.app.run_deferred_checks();
        }
        assert_eq!(active_rules(&later), active_rules(&now), "after key {i}");
    }
    assert_eq!(fixed_rules(&later), ["weak-opener"]);
    assert_eq!(
        later.screen(100, 30),
        now.screen(100, 30),
        "settled, it is the screen of the checks in the update"
    );
    assert!(!later.app.run_deferred_checks(), "nothing left to work out");
}

#[test]
fn t_on_review_cycles_through_shorter_versions_and_saves_the_choice() {
    let mut h = open(draft("20261122-long", 1, None, LONG));
    to_review(&mut h);
    let full = h.draft().clone();
    assert!(full.trim.is_full());
    let mut seen = Vec::new();
    for _ in 0..6 {
        h.key(KeyCode::Char('t'));
        seen.push(h.draft().trim);
        assert!(h.status().contains("characters"), "{}", h.status());
    }
    assert!(seen.iter().any(|t| t.stack), "{seen:?}");
    assert!(seen.iter().any(|t| t.tools == Some(2)), "{seen:?}");
    assert!(
        seen.iter().any(|t| t.is_full()),
        "cycles back to the full bullet: {seen:?}"
    );
    // The choice is saved with the draft.
    while !h.draft().trim.stack {
        h.key(KeyCode::Char('t'));
    }
    h.wait_ms(DEBOUNCE.as_millis() as u64 * 2);
    let saved = h.last_saved().expect("saved");
    assert!(saved.trim.stack, "{:?}", saved.trim);
}

#[test]
fn t_on_a_short_bullet_says_there_is_nothing_to_shorten() {
    let mut h = open(draft(
        "20261122-short",
        1,
        None,
        ["Built a CLI", "Rust", "", "", "Saved 2 hours a week"],
    ));
    to_review(&mut h);
    h.key(KeyCode::Char('t'));
    assert!(h.status().contains("nothing to shorten"), "{}", h.status());
    assert!(h.draft().trim.is_full());
}
