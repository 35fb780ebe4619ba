//! The app driven the way the loop drives it, without a terminal: keys and messages in, the
//! queued effects run by the runtime against a store (in memory, or a real workspace) with a
//! fixed clock, and the screen drawn on ratatui's `TestBackend`. Also the drafts and stores the
//! TUI tests start from.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rung::coach::Overrides;
use rung::export::clipboard::MemoryClipboard;
use rung::ladder::{Draft, DraftId, FinalText, MetricSpec, PackSet, Rung, Status, Style};
use rung::tui::Start;
use rung::tui::app::App;
use rung::tui::app::msg::{Effect, Msg};
use rung::tui::render;
use rung::tui::render::theme::Theme;
use rung::tui::runtime::Runtime;
use rung::tui::runtime::clock::FixedClock;
use rung::tui::runtime::store::{MemoryStore, Store};
use rung::workspace::{Role, Unreadable, WorkspaceFile};

/// How long a test waits for the home listing read on another thread.
const LISTING_TIMEOUT: Duration = Duration::from_secs(30);

/// The wall-clock time of every test.
pub fn now() -> jiff::Timestamp {
    "2026-11-22T10:00:00Z".parse().unwrap()
}

/// An app over a store (in memory unless said otherwise), with every effect it ran.
pub struct Harness<S: Store = MemoryStore> {
    pub app: App,
    pub rt: Runtime<S, FixedClock>,
    pub instant: Instant,
    /// Every effect run so far, in order.
    pub effects: Vec<Effect>,
    /// The texts handed to the editor.
    pub editor: Vec<String>,
    /// What the fake editor answers.
    pub editor_reply: String,
    /// What was copied (shares its store with the runtime's clipboard).
    pub clipboard: MemoryClipboard,
    /// The temp folder a real workspace lives in, removed with the harness.
    pub dir: Option<tempfile::TempDir>,
}

impl<S: Store> Harness<S> {
    /// Starts the app on `store` the way `rung` would with `start`.
    pub fn start(store: S, start: Start) -> Harness<S> {
        Harness::start_themed(store, start, Theme::color())
    }

    /// Starts the app with the given theme.
    pub fn start_themed(store: S, start: Start, theme: Theme) -> Harness<S> {
        Harness::start_with(store, start, theme, Overrides::default())
    }

    /// Starts the app with the given theme and rule levels.
    pub fn start_with(store: S, start: Start, theme: Theme, overrides: Overrides) -> Harness<S> {
        let rt = Runtime::new(store, FixedClock::new(now()));
        Harness::on_runtime(rt, start, theme, overrides)
    }

    /// Starts the app on a runtime made by the caller (one holding its listing, say).
    pub fn on_runtime(
        rt: Runtime<S, FixedClock>,
        start: Start,
        theme: Theme,
        overrides: Overrides,
    ) -> Harness<S> {
        let instant = Instant::now();
        let mut app = App::new(PackSet::builtin(), theme, instant).with_overrides(overrides);
        app.start(start);
        let clipboard = MemoryClipboard::new();
        let mut h = Harness {
            app,
            rt: rt.with_clipboard(Box::new(clipboard.clone())),
            clipboard,
            instant,
            effects: Vec::new(),
            editor: Vec::new(),
            editor_reply: String::new(),
            dir: None,
        };
        h.run();
        h
    }

    /// Runs queued effects until none are left, like the loop does; the editor is answered
    /// with [`Harness::editor_reply`].
    pub fn run(&mut self) {
        loop {
            let effects = self.app.take_effects();
            if effects.is_empty() {
                return;
            }
            for e in effects {
                self.effects.push(e.clone());
                let reply = match e {
                    Effect::OpenEditor(text) => {
                        self.editor.push(text);
                        Some(Msg::EditorClosed(self.editor_reply.clone()))
                    }
                    other => self.rt.run(other),
                };
                if let Some(msg) = reply {
                    self.app.send(msg);
                }
            }
        }
    }

    /// Polls like the loop does until the home listing read on another thread has arrived,
    /// running the effects it brings (the test fails after 30 s).
    pub fn wait_for_listing(&mut self) {
        let until = Instant::now() + LISTING_TIMEOUT;
        while self.rt.reading() {
            assert!(Instant::now() < until, "the listing never arrived");
            match self.rt.poll_listing() {
                Some(msg) => self.app.send(msg),
                None => std::thread::sleep(Duration::from_millis(2)),
            }
            self.run();
        }
    }

    /// Runs the effects, then waits for the listing they started, as a user sees it settle.
    pub fn run_until_listed(&mut self) {
        self.run();
        self.wait_for_listing();
    }

    /// Sends a message, then runs the effects.
    pub fn send(&mut self, msg: Msg) {
        self.app.send(msg);
        self.run();
    }

    /// Presses a key with modifiers.
    pub fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.app.key(KeyEvent::new(code, mods));
        self.run();
    }

    /// Presses a key.
    pub fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    /// Presses Ctrl + a letter.
    pub fn ctrl(&mut self, c: char) {
        self.key_mod(KeyCode::Char(c), KeyModifiers::CONTROL);
    }

    /// Types text one key at a time.
    pub fn type_str(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// Lets `ms` milliseconds pass and ticks.
    pub fn wait_ms(&mut self, ms: u64) {
        self.instant += Duration::from_millis(ms);
        self.send(Msg::Tick(self.instant));
    }

    /// How many saves ran so far.
    pub fn saves(&self) -> usize {
        self.effects
            .iter()
            .filter(|e| matches!(e, Effect::Save(_)))
            .count()
    }

    /// The last draft saved.
    pub fn last_saved(&self) -> Option<Draft> {
        self.effects.iter().rev().find_map(|e| match e {
            Effect::Save(d) => Some((**d).clone()),
            _ => None,
        })
    }

    /// The draft being edited.
    pub fn draft(&self) -> Draft {
        self.app.session().expect("a draft is open").draft.clone()
    }

    /// The screen as text at `width` x `height`.
    pub fn screen(&self, width: u16, height: u16) -> String {
        render(&self.app, width, height)
    }

    /// The status line's text, or "" when there is none.
    pub fn status(&self) -> String {
        self.app
            .shared
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default()
    }
}

/// Draws `app` on a test terminal and returns the text, one line per row.
pub fn render(app: &App, width: u16, height: u16) -> String {
    buffer(app, width, height)
        .content
        .chunks(usize::from(width))
        .map(|row| {
            let line: String = row.iter().map(|c| c.symbol()).collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Draws `app` and returns the raw buffer.
pub fn buffer(app: &App, width: u16, height: u16) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| render::draw(app, f)).unwrap();
    terminal.backend().buffer().clone()
}

/// A draft with the given answers (empty strings stay unanswered).
pub fn draft(id: &str, minutes_ago: i64, role: Option<&str>, answers: [&str; 5]) -> Draft {
    let at = now() - jiff::SignedDuration::from_mins(minutes_ago);
    let mut d = Draft::new(DraftId::parse(id).unwrap(), at, "backend");
    d.role = role.map(str::to_string);
    for (rung, text) in Rung::ALL.into_iter().zip(answers) {
        d.answers.set(rung, text);
    }
    d
}

/// The five answers of the design example.
pub const FULL: [&str; 5] = [
    "Rebuilt the invoice export service",
    "Rust and Axum",
    "PostgreSQL, S3 and SQS",
    "streaming rows in batches instead of loading whole tables",
    "Cut export time from 40 min to 6 min for 2,000 accounts",
];

/// A workspace with two roles, drafts at different levels, and one unreadable file.
pub fn busy_store() -> MemoryStore {
    let mut store = MemoryStore {
        file: WorkspaceFile {
            roles: vec![
                Role {
                    key: "acme".into(),
                    company: "Acme".into(),
                    title: "Senior Engineer".into(),
                    start: None,
                    end: None,
                    current: true,
                    pack: None,
                },
                Role {
                    key: "initech".into(),
                    company: "Initech".into(),
                    title: "Engineer".into(),
                    start: None,
                    end: None,
                    current: false,
                    pack: None,
                },
            ],
            ..WorkspaceFile::default()
        },
        ..MemoryStore::default()
    };
    let mut finished = draft("20261120-aaaaa", 3 * 24 * 60, Some("acme"), FULL);
    finished.status = Status::Finished;
    let half = draft(
        "20261121-bbbbb",
        90,
        Some("acme"),
        [
            "Designed a public REST API for partner integrations",
            "Go and gRPC",
            "",
            "",
            "",
        ],
    );
    let old = draft(
        "20261001-ccccc",
        60 * 24 * 50,
        Some("initech"),
        ["Migrated user sessions out of the monolith", "", "", "", ""],
    );
    let loose = draft(
        "20261122-ddddd",
        5,
        None,
        ["Helped with the billing rewrite", "", "", "", ""],
    );
    for d in [finished, half, old, loose] {
        store.drafts.insert(d.id.clone(), d);
    }
    store.unreadable.push(Unreadable {
        file: "drafts/20261119-broke.toml".into(),
        id: Some(DraftId::parse("20261119-broke").unwrap()),
        reason: "line 3: expected `=` after a key".into(),
    });
    store
}

/// A store holding one draft.
pub fn store_with(d: Draft) -> MemoryStore {
    let mut store = MemoryStore::default();
    store.drafts.insert(d.id.clone(), d);
    store
}

/// A full draft with a metric helper whose values do not parse.
pub fn metric_error_draft() -> Draft {
    let mut d = draft("20261122-metric", 1, None, FULL);
    d.answers.metric.clear();
    d.rung = Rung::Metric;
    d.metric = Some(MetricSpec {
        what: "export time".into(),
        before: "forty minutes".into(),
        after: "6 min".into(),
        scope: "for 2,000 accounts".into(),
        better: None,
    });
    d
}

/// A full draft with a hand-edited final text.
pub fn edited_draft() -> Draft {
    let mut d = draft("20261122-edited", 1, None, FULL);
    d.rung = Rung::Metric;
    d.final_text = Some(FinalText {
        text: "Rebuilt invoice exports in Rust; cut export time from 40 min to 6 min.".into(),
        style: Style::ImpactLast,
    });
    d
}

/// Five answers that make a bullet well past 200 characters, for the shorter versions.
pub const LONG: [&str; 5] = [
    "Rebuilt the invoice export service for the finance and billing teams",
    "Rust, Axum, Tokio, SQLx and serde",
    "PostgreSQL, S3, SQS and Redis on AWS",
    "streaming rows in batches instead of loading whole tables into memory",
    "Cut export time from 40 min to 6 min for 2,000 accounts",
];
