//! Benchmarks of the hot paths that do not need a real terminal: assembly in both styles,
//! metric parsing, rung detection and the full rule set (one bullet and 10,000, which is
//! `rung check`'s path), a workspace of 10,000 drafts (list, load, save; save also in a
//! workspace of 10 drafts, to show it does not grow), and every screen drawn into ratatui's
//! `TestBackend` at 120x40, the coach's work per key on the ladder and the review, and hostile
//! text (a 1 MB paste, the display sanitiser). Run with `cargo bench` (results in BENCHMARKS.md).
//!
//! The workspaces come from the same generator as `rung generate` and the tests. Sample sizes
//! and times are kept small so the whole run takes a few minutes on a shared 2-core machine.

#![allow(clippy::unwrap_used, clippy::string_slice)] // tests may unwrap and slice what they made

use std::hint::black_box;

/// The floor app's frame (examples/floor).
#[path = "../examples/floor/frame.rs"]
mod floor;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rung::cli::generate::generate;
use rung::coach::{self, CheckContext};
use rung::ladder::metric::parse_quantity;
use rung::ladder::{Draft, DraftId, MetricSpec, PackSet, Rung, Style, assemble, bullet};
use rung::tui::Start;
use rung::tui::app::App;
use rung::tui::app::msg::Msg;
use rung::tui::render;
use rung::tui::render::theme::Theme;
use rung::tui::runtime::Runtime;
use rung::tui::runtime::clock::FixedClock;
use rung::tui::runtime::store::{MemoryStore, Store};
use rung::workspace::Workspace;

fn full_draft() -> Draft {
    let mut d = Draft::new(
        DraftId::parse("bench-1").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
        "backend",
    );
    let answers = [
        "Rebuilt the invoice export service",
        "Rust, Axum and Tokio",
        "PostgreSQL, S3 and SQS",
        "streaming rows in batches instead of loading whole tables",
        "",
    ];
    for (rung, a) in Rung::ALL.into_iter().zip(answers) {
        d.answers.set(rung, a);
    }
    d.metric = Some(MetricSpec {
        what: "export time".into(),
        before: "40 min".into(),
        after: "6 min".into(),
        scope: "for 2,000 accounts".into(),
        better: None,
    });
    d
}

/// A generated workspace of `n` drafts in a temp folder (kept alive by the returned guard).
fn workspace_of(n: usize) -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    generate(&ws, n, 1, &PackSet::builtin()).unwrap();
    (dir, ws)
}

fn assembly(c: &mut Criterion) {
    let packs = PackSet::builtin();
    let pack = packs.get("backend").unwrap();
    let draft = full_draft();
    c.bench_function("assemble impact-last", |b| {
        b.iter(|| assemble(black_box(&draft), pack, Style::ImpactLast))
    });
    c.bench_function("assemble impact-first", |b| {
        b.iter(|| assemble(black_box(&draft), pack, Style::ImpactFirst))
    });
}

fn metric(c: &mut Criterion) {
    let values = [
        "1.2s",
        "180 ms",
        "$1.2M",
        "9k req/s",
        "2,000 users",
        "48%",
        "2 GiB",
    ];
    c.bench_function("parse 7 quantities", |b| {
        b.iter(|| {
            values
                .iter()
                .map(|v| parse_quantity(black_box(v)).is_ok() as u32)
                .sum::<u32>()
        })
    });
    let draft = full_draft();
    c.bench_function("metric phrase", |b| {
        b.iter(|| black_box(&draft).metric_spec().map(|m| m.phrase()))
    });
}

/// What `rung check` does for one bullet: analyse once, detect rungs, run every rule, sort.
fn check_one(text: &str, ctx: &CheckContext) -> usize {
    let a = coach::analyze(text);
    let mut findings = coach::check_analysis(&a, ctx);
    findings.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.level)));
    let detection = coach::detect_analysis(&a);
    findings.len() + usize::from(detection.metric)
}

/// 10,000 varied bullets: every generated draft assembled, with a few weak ones mixed in.
fn bullets() -> Vec<String> {
    let (_dir, ws) = workspace_of(10_000);
    let packs = PackSet::builtin();
    ws.list()
        .drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let text = bullet(d, packs.get_or_default(&d.pack), d.style);
            match i % 10 {
                0 => format!("Helped with {}", text.to_lowercase()),
                1 => format!("{text} Improved performance by 40%."),
                _ => text,
            }
        })
        .collect()
}

fn coach_checks(c: &mut Criterion) {
    let one = "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and \
               SQS, streaming rows in batches instead of loading whole tables. Cut export time \
               from 40 min to 6 min (-85%) for 2,000 accounts.";
    let ctx = CheckContext::default();
    // Build the rule set and the taxonomy outside the measurement.
    let _ = check_one(one, &ctx);
    let mut group = c.benchmark_group("coach");
    group.bench_function("detect rungs, one bullet", |b| {
        b.iter(|| coach::detect(black_box(one)))
    });
    group.bench_function("full rule set, one bullet", |b| {
        b.iter(|| coach::check_bullet(black_box(one), &ctx).len())
    });
    group.bench_function("rung check path, one bullet", |b| {
        b.iter(|| check_one(black_box(one), &ctx))
    });
    let many = bullets();
    group.throughput(Throughput::Elements(many.len() as u64));
    group.sample_size(10);
    group.bench_function("detect rungs, 10,000 bullets", |b| {
        b.iter(|| many.iter().filter(|t| coach::detect(t).metric).count())
    });
    group.bench_function("rung check path, 10,000 bullets", |b| {
        b.iter(|| many.iter().map(|t| check_one(t, &ctx)).sum::<usize>())
    });
    group.finish();
}

fn workspace(c: &mut Criterion) {
    let (_dir, ws) = workspace_of(10_000);
    let listing = ws.list();
    assert_eq!(listing.drafts.len(), 10_000);
    let one = listing.drafts[5_000].clone();
    let (_small_dir, small) = workspace_of(10);
    let small_one = small.list().drafts[5].clone();
    let mut group = c.benchmark_group("workspace");
    group.sample_size(10);
    group.bench_function("list 10,000 drafts (read and parse every file)", |b| {
        b.iter(|| ws.list().drafts.len())
    });
    group.bench_function("load one draft of 10,000", |b| {
        b.iter(|| ws.load(black_box(&one.id)).unwrap())
    });
    group.sample_size(30);
    group.bench_function("save one draft of 10,000", |b| {
        b.iter(|| ws.save(black_box(&one)).unwrap())
    });
    group.bench_function("save one draft of 10", |b| {
        b.iter(|| small.save(black_box(&small_one)).unwrap())
    });
    group.bench_function("new id in 10,000", |b| {
        b.iter(|| ws.new_id(jiff::Timestamp::UNIX_EPOCH))
    });
    group.finish();
    paired_saves(&small, &small_one, &ws, &one);
}

/// Saving is dominated by fsync, whose time swings with whatever else the disk does, so two
/// separate measurements cannot show that a save does not grow with the workspace. This one
/// alternates saves in the small and the large workspace and prints the median of each and of
/// their paired ratios.
fn paired_saves(small: &Workspace, small_one: &Draft, big: &Workspace, big_one: &Draft) {
    const PAIRS: usize = 200;
    let time = |ws: &Workspace, d: &Draft| {
        let t = Instant::now();
        ws.save(d).unwrap();
        t.elapsed().as_secs_f64() * 1e6
    };
    let (mut a, mut b, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..PAIRS {
        // Alternate which goes first, so neither always follows the other's fsync.
        let (x, y) = if i % 2 == 0 {
            let x = time(small, small_one);
            (x, time(big, big_one))
        } else {
            let y = time(big, big_one);
            (time(small, small_one), y)
        };
        a.push(x);
        b.push(y);
        ratios.push(y / x);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "workspace/save, {PAIRS} interleaved pairs: 10 drafts {:.0} µs, 10,000 drafts {:.0} µs, \
         paired median ratio 10,000/10 = {:.2}x",
        median(&mut a),
        median(&mut b),
        median(&mut ratios)
    );
}

/// The app started like `rung` would, over `store`, with every effect run.
fn app_on(store: MemoryStore, start: Start) -> App {
    let mut app = App::new(PackSet::builtin(), Theme::color(), Instant::now());
    app.start(start);
    let mut rt = Runtime::new(store, FixedClock::new(jiff::Timestamp::UNIX_EPOCH));
    run_effects(&mut app, &mut rt);
    app
}

fn run_effects(app: &mut App, rt: &mut Runtime<MemoryStore, FixedClock>) {
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return;
        }
        for e in effects {
            if let Some(msg) = rt.run(e) {
                app.send(msg);
            }
        }
    }
}

fn key(app: &mut App, code: KeyCode) {
    app.key(KeyEvent::new(code, KeyModifiers::NONE));
    let _ = app.take_effects();
}

/// A memory store holding the drafts of a generated workspace of `n`.
fn memory_store(n: usize) -> MemoryStore {
    let (_dir, ws) = workspace_of(n);
    let mut store = MemoryStore {
        file: Store::file(&ws),
        ..MemoryStore::default()
    };
    for d in ws.list().drafts {
        store.drafts.insert(d.id.clone(), d);
    }
    store
}

fn screens(c: &mut Criterion) {
    let big = memory_store(10_000);
    let mut full = full_draft();
    full.rung = Rung::Metric;
    let id = full.id.clone();
    let mut one = MemoryStore::default();
    one.drafts.insert(id.clone(), full);

    let home = app_on(big, Start::Home);
    let mut filtered = app_on(memory_store(10_000), Start::Home);
    key(&mut filtered, KeyCode::Char('/'));
    for ch in "search".chars() {
        key(&mut filtered, KeyCode::Char(ch));
    }
    let empty_home = app_on(MemoryStore::default(), Start::Home);
    let new = app_on(
        MemoryStore::default(),
        Start::New {
            role: None,
            pack: None,
        },
    );
    let metric = app_on(one.clone(), Start::Open(id.clone()));
    let mut review = app_on(one, Start::Open(id));
    key(&mut review, KeyCode::Enter);
    let mut help = app_on(MemoryStore::default(), Start::Home);
    help.send(Msg::Action(rung::tui::keys::Action::Help));

    let mut group = c.benchmark_group("draw 120x40");
    for (name, app) in [
        ("home, 10,000 drafts", &home),
        ("home, 10,000 drafts, filtered", &filtered),
        ("home, empty (welcome)", &empty_home),
        ("ladder, new draft", &new),
        ("ladder, metric rung with helper", &metric),
        ("review", &review),
        ("help overlay", &help),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        group.bench_function(name, |b| {
            b.iter(|| {
                // Forget the last frame, so the whole screen is drawn, not a diff.
                terminal.clear().unwrap();
                terminal.draw(|f| render::draw(black_box(app), f)).unwrap();
            })
        });
    }
    group.finish();
}

/// One key typed into an answer and the frame drawn (as a diff, like the real loop): the work
/// behind every key press on the ladder, with the live preview and the coach's notes.
fn typing(c: &mut Criterion) {
    let mut app = app_on(
        MemoryStore::default(),
        Start::New {
            role: None,
            pack: None,
        },
    );
    for ch in "Shipped the invoice export in Rust and Axum".chars() {
        key(&mut app, KeyCode::Char(ch));
    }
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|f| render::draw(&app, f)).unwrap();
    let mut n = 0u32;
    c.bench_function("ladder: type a key and draw 100x30", |b| {
        b.iter(|| {
            n += 1;
            // Type and rub out in turn, so the answer keeps its length.
            let code = if n.is_multiple_of(2) {
                KeyCode::Backspace
            } else {
                KeyCode::Char('x')
            };
            key(&mut app, code);
            terminal.draw(|f| render::draw(black_box(&app), f)).unwrap();
        })
    });
    // The same on the floor (examples/floor), for the ratio of rung's work per key to the
    // smallest ratatui app's.
    let mut answer = String::from("Shipped the invoice export in Rust and Axum");
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    c.bench_function("floor: type a key and draw 100x30", |b| {
        b.iter(|| {
            n += 1;
            if n.is_multiple_of(2) {
                answer.pop();
            } else {
                answer.push('x');
            }
            terminal
                .draw(|f| floor::draw(f, black_box(&answer)))
                .unwrap();
        })
    });
}

/// What the ladder does on every keystroke (check the rung, tick off fixed findings) and what
/// the review does on every key (every finding of the draft).
fn coach_keys(c: &mut Criterion) {
    use rung::coach::{check_draft, check_rung};
    use rung::tui::app::findings::RungFindings;
    let packs = PackSet::builtin();
    let pack = packs.get("backend").unwrap();
    let draft = full_draft();
    let ctx = CheckContext::default();
    let answer = "I basically helped leverage synergy and rebuilt the invoice export service";
    let mut found = RungFindings::arrive(answer, check_rung(Rung::Task, answer, &ctx));
    c.bench_function("coach: one keystroke on the ladder", |b| {
        b.iter(|| {
            let f = check_rung(Rung::Task, black_box(answer), &ctx);
            found.update(answer, f, Some(answer.len()));
        })
    });
    c.bench_function("coach: every finding of a draft (review)", |b| {
        b.iter(|| check_draft(black_box(&draft), pack, &ctx))
    });
}

fn hostile_text(c: &mut Criterion) {
    let paste = "Rebuilt the export \u{1b}[31m service \u{202e}".repeat(40_000);
    assert!(paste.len() > 1_000_000);
    let mut group = c.benchmark_group("hostile text");
    group.bench_function("1 MB paste cleaned and cut to an answer", |b| {
        b.iter(|| rung::tui::app::text::clean_paste_within(black_box(&paste), 2_000))
    });
    group.bench_function("1 MB shown through the sanitiser", |b| {
        b.iter(|| rung::safe_text::line(black_box(&paste)).len())
    });
    group.finish();
}

fn quick() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = quick();
    targets = assembly, metric, coach_checks, coach_keys, workspace, screens, typing, hostile_text
}
criterion_main!(benches);
