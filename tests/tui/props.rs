//! The coach under random input: random keys (control characters,
//! arrows, Enter, Esc, Tab, Ctrl keys, F1, `?`), pastes full of escape sequences, editor
//! replies, time passing and resizes through every size from 0x0 to 300x100, against drafts,
//! roles and unreadable files holding hostile text. After every step the app is drawn into a
//! `TestBackend`: it must never panic, and no cell may hold a control character or a bidi
//! override.

use crate::support::app::*;
use crossterm::event::{KeyCode, KeyModifiers};
use proptest::prelude::*;
use rung::ladder::{FinalText, MetricSpec, Style};
use rung::safe_text;
use rung::tui::Start;
use rung::tui::app::msg::Msg;
use rung::tui::runtime::store::MemoryStore;
use rung::workspace::{Role, Unreadable};

/// Text a hostile file, paste or terminal could hold.
const HOSTILE: &[&str] = &[
    "\u{1b}[31mred\u{1b}[0m",
    "\u{1b}]52;c;aGVsbG8=\u{7}",
    "\u{1b}]0;title\u{1b}\\",
    "\u{9b}2J",
    "\u{85}",
    "bell\u{7}",
    "back\u{8}\u{8}space",
    "del\u{7f}",
    "\u{202e}gnirts desrever\u{202c}",
    "\u{2066}isolate\u{2069}",
    "\r\ncarriage\rreturn",
    "\ttab",
    "東京の倉庫",
    "🚀🔥👩‍💻",
    "cafe\u{301} na\u{308}ive",
    "\u{0}nul",
    "\u{2028}line\u{2029}para",
    "wrote plain words",
];

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(HOSTILE.to_vec()), 0..6).prop_map(|p| p.join(" "))
}

/// A store whose drafts, roles and unreadable files all hold hostile text.
fn hostile_store() -> MemoryStore {
    let mut store = busy_store();
    store.file.roles.push(Role {
        key: "evil".into(),
        company: "Evil\u{1b}[2J Corp \u{202e}".into(),
        title: "東京 Engineer 🚀".into(),
        start: None,
        end: None,
        current: true,
        pack: None,
    });
    for (i, text) in HOSTILE.iter().enumerate() {
        let mut d = draft(
            &format!("20261122-hst{i:02}"),
            i as i64,
            [Some("evil"), Some("acme"), None, Some("\u{1b}[31mrole")][i % 4],
            [text, text, "", text, ""],
        );
        if i % 3 == 0 {
            d.metric = Some(MetricSpec {
                what: text.to_string(),
                before: format!("40 min{text}"),
                after: "6 min".into(),
                scope: text.to_string(),
                better: None,
            });
        }
        if i % 5 == 0 {
            d.final_text = Some(FinalText {
                text: format!("Hand edit {text}"),
                style: Style::ImpactLast,
            });
        }
        d.tags = vec![text.to_string()];
        store.drafts.insert(d.id.clone(), d);
    }
    store.unreadable.push(Unreadable {
        file: "drafts/\u{1b}[31mevil\u{7}.toml".into(),
        id: None,
        reason: "not valid TOML: \u{1b}]52;c;eA==\u{7} \u{202e}".into(),
    });
    store
}

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Editor(String),
    Wait(u64),
    Resize(u16, u16),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        4 => any::<char>().prop_map(KeyCode::Char),
        4 => prop::sample::select(vec![
            '\u{1b}', '\u{7}', '\u{8}', '\u{7f}', '\u{9b}', '\u{85}', '\u{202e}', '\u{2066}', '\r',
            '\n', '\t', '\u{0}', '東', '🚀', '\u{301}', '?', 'j', 'k', 'n', 'e', 'r', 'f', 's', 'c',
            'd', 'y', '/', 'x',
        ])
        .prop_map(KeyCode::Char),
        4 => prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::F(1),
        ]),
    ]
}

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
    ])
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => (key_code(), modifiers())
            // Ctrl-C quits; keep exploring instead (quitting is tested elsewhere).
            .prop_filter("no Ctrl-C", |(c, m)| !(*c == KeyCode::Char('c') && m.contains(KeyModifiers::CONTROL)))
            .prop_map(|(c, m)| Step::Key(c, m)),
        2 => hostile_text().prop_map(Step::Paste),
        1 => (hostile_text(), 1usize..3000).prop_map(|(t, n)| Step::Paste(t.repeat(n / t.len().max(1) + 1))),
        1 => hostile_text().prop_map(Step::Editor),
        1 => (0u64..1000).prop_map(Step::Wait),
        3 => (0u16..=300, 0u16..=100).prop_map(|(w, h)| Step::Resize(w, h)),
    ]
}

/// The first cell that holds a hostile character, with where it is.
fn hostile_cell(buffer: &ratatui::buffer::Buffer) -> Option<String> {
    let width = buffer.area.width.max(1);
    buffer.content.iter().enumerate().find_map(|(i, cell)| {
        let symbol = cell.symbol();
        symbol.chars().any(safe_text::is_hostile).then(|| {
            format!(
                "cell ({}, {}) holds {:?}",
                i as u16 % width,
                i as u16 / width,
                symbol
            )
        })
    })
}

fn start() -> impl Strategy<Value = Start> {
    prop_oneof![
        Just(Start::Home),
        Just(Start::New {
            role: Some("evil".into()),
            pack: None
        }),
        (0usize..HOSTILE.len()).prop_map(|i| Start::Open(
            rung::ladder::DraftId::parse(&format!("20261122-hst{i:02}")).unwrap()
        )),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_input_and_resizes_never_panic_or_draw_a_control_character(
        start in start(),
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let mut h = Harness::start(hostile_store(), start);
        let (mut width, mut height) = (80u16, 24u16);
        for step in steps {
            match step {
                Step::Key(code, mods) => h.key_mod(code, mods),
                Step::Paste(text) => h.send(Msg::Paste(text)),
                Step::Editor(text) => h.send(Msg::EditorClosed(text)),
                Step::Wait(ms) => h.wait_ms(ms),
                Step::Resize(w, hgt) => (width, height) = (w, hgt),
            }
            let buffer = buffer(&h.app, width, height);
            prop_assert_eq!(hostile_cell(&buffer), None, "at {}x{}", width, height);
            if let Some(s) = h.app.session() {
                for rung in rung::ladder::Rung::ALL {
                    let answer = s.draft.answers.get(rung);
                    prop_assert!(answer.chars().count() <= rung::tui::app::text::MAX_ANSWER_CHARS);
                }
            }
        }
        // Whatever was typed or pasted reaches the store without a hostile character.
        for effect in &h.effects {
            if let rung::tui::app::msg::Effect::Save(d) = effect {
                for rung in rung::ladder::Rung::ALL {
                    prop_assert!(safe_text::is_clean(d.answers.get(rung)), "{:?}", d.answers);
                }
            }
        }
    }
}

#[test]
fn a_resize_storm_through_every_small_size_never_panics() {
    let mut h = Harness::start(hostile_store(), Start::Home);
    for screen in 0..3 {
        for w in 0..=70u16 {
            for ht in [0u16, 1, 2, 3, 5, 8, 15, 16, 17, 24] {
                let b = buffer(&h.app, w, ht);
                assert_eq!(hostile_cell(&b), None, "{w}x{ht} on screen {screen}");
            }
        }
        h.key(KeyCode::Enter);
        h.key(KeyCode::Tab);
    }
}

#[test]
fn hostile_drafts_show_placeholders_not_escape_codes_and_keep_columns_aligned() {
    let h = Harness::start(hostile_store(), Start::Home);
    let screen = wide_aware_text(&buffer(&h.app, 120, 60));
    assert!(!screen.contains('\u{1b}'), "{screen}");
    assert!(
        screen.contains("Evil� Corp �"),
        "role label shown safely:\n{screen}"
    );
    assert!(
        screen.contains("evil�.toml"),
        "file name shown safely:\n{screen}"
    );
    // Rows of wide text end inside the window: every row is at most 120 columns wide.
    for line in screen.lines() {
        assert!(safe_text::width(line) <= 120, "{line:?}");
    }
    let cjk = screen
        .lines()
        .find(|l| l.contains("東京の倉庫"))
        .unwrap_or_else(|| panic!("the CJK draft is listed:\n{screen}"));
    let plain = screen
        .lines()
        .find(|l| l.contains("Wrote plain words"))
        .expect("the plain draft is listed");
    let column = |line: &str, needle: &str| safe_text::width(&line[..line.find(needle).unwrap()]);
    assert_eq!(
        column(cjk, "東京の倉庫"),
        column(plain, "Wrote plain words"),
        "the bullet column lines up:\n{cjk}\n{plain}"
    );
}

/// The buffer as text, one line per row, with the filler cell after a wide character left out
/// (so `東京` reads as written and a row's width is its display width).
fn wide_aware_text(buffer: &ratatui::buffer::Buffer) -> String {
    let width = usize::from(buffer.area.width);
    buffer
        .content
        .chunks(width)
        .map(|row| {
            let mut line = String::new();
            let mut skip = 0;
            for cell in row {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                line.push_str(cell.symbol());
                skip = safe_text::width(cell.symbol()).saturating_sub(1);
            }
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_megabyte_paste_is_cut_to_the_answer_limit_with_a_message() {
    let mut h = Harness::start(
        MemoryStore::default(),
        Start::New {
            role: None,
            pack: None,
        },
    );
    let huge = "Rebuilt the export \u{1b}[31m service ".repeat(40_000);
    assert!(huge.len() > 1_000_000);
    h.send(Msg::Paste(huge));
    let answer = h.draft().answers.task;
    assert_eq!(
        answer.chars().count(),
        rung::tui::app::text::MAX_ANSWER_CHARS
    );
    assert!(safe_text::is_clean(&answer));
    let status = h.app.shared.status.clone().unwrap().text;
    assert!(status.contains("at most 2,000 characters"), "{status}");
    // Typing at the limit is refused, with the same message.
    h.type_str("more");
    assert_eq!(
        h.draft().answers.task.chars().count(),
        rung::tui::app::text::MAX_ANSWER_CHARS
    );
}

#[test]
fn typed_control_characters_never_reach_the_draft() {
    let mut h = Harness::start(
        MemoryStore::default(),
        Start::New {
            role: None,
            pack: None,
        },
    );
    for c in [
        'R', '\u{1b}', 'e', '\u{7}', 'b', '\u{202e}', 'u', '\u{9b}', 'i', 'l', 't',
    ] {
        h.key(KeyCode::Char(c));
    }
    assert_eq!(h.draft().answers.task, "Rebuilt");
}

#[test]
fn opening_a_draft_with_escape_codes_shows_it_clean_and_says_so() {
    let mut store = MemoryStore::default();
    let d = draft(
        "20261122-esc00",
        1,
        None,
        ["Rebuilt \u{1b}[31mthe API\u{1b}[0m", "", "", "", ""],
    );
    store.drafts.insert(d.id.clone(), d.clone());
    let h = Harness::start(store, Start::Open(d.id.clone()));
    assert_eq!(h.draft().answers.task, "Rebuilt the API");
    let status = h.app.shared.status.clone().unwrap().text;
    assert!(status.contains("control characters"), "{status}");
    assert_eq!(h.saves(), 0, "opening alone never rewrites the file");
}

/// Home with hostile and wide text, drawn the way a terminal shows it (a wide character takes
/// its two columns, no filler): placeholders for escape codes, the bullet column aligned.
#[test]
fn home_with_hostile_and_wide_text_snapshot() {
    let mut store = MemoryStore::default();
    let rows = [
        (
            "20261122-aaaaa",
            "Rebuilt the \u{1b}[31mexport\u{1b}[0m service",
        ),
        ("20261122-bbbbb", "東京の倉庫システムを再構築した"),
        ("20261122-ccccc", "Launched 🚀 the rocket dashboard"),
        (
            "20261122-ddddd",
            "Cafe\u{301} ordering rebuilt for na\u{308}ive users",
        ),
        (
            "20261122-eeeee",
            "Fixed \u{202e}txet desrever\u{202c} in the invoices",
        ),
    ];
    for (i, (id, task)) in rows.iter().enumerate() {
        let mut d = draft(id, i as i64 * 10, None, [task, "", "", "", ""]);
        d.final_text = (i == 0).then(|| FinalText {
            text: format!("Hand edit: {task}"),
            style: Style::ImpactLast,
        });
        store.drafts.insert(d.id.clone(), d);
    }
    store.unreadable.push(Unreadable {
        file: "drafts/\u{1b}]52;c;eA==\u{7}.toml".into(),
        id: None,
        reason: "not a draft file name".into(),
    });
    let h = Harness::start(store, Start::Home);
    insta::assert_snapshot!(
        "home_hostile_80x16",
        wide_aware_text(&buffer(&h.app, 80, 16))
    );
}
