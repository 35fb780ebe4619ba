//! Benchmarks of the hot paths that do not need a terminal: assembly in both styles, metric
//! parsing, a workspace of 10,000 drafts (list, load, save), the coach's checks per key, and
//! hostile text (a 1 MB paste, the display sanitiser). Run with `cargo bench`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rung::cli::generate::generate;
use rung::ladder::metric::parse_quantity;
use rung::ladder::{Draft, DraftId, MetricSpec, PackSet, Rung, Style, assemble};
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

fn workspace(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    generate(&ws, 10_000, 1).unwrap();
    let listing = ws.list();
    assert_eq!(listing.drafts.len(), 10_000);
    let one = listing.drafts[5_000].clone();
    let mut group = c.benchmark_group("workspace of 10,000 drafts");
    group.sample_size(10);
    group.bench_function("list (read and parse every draft)", |b| {
        b.iter(|| ws.list().drafts.len())
    });
    group.bench_function("load one draft", |b| {
        b.iter(|| ws.load(black_box(&one.id)).unwrap())
    });
    group.bench_function("save one draft", |b| {
        b.iter(|| ws.save(black_box(&one)).unwrap())
    });
    group.finish();
}

/// What the ladder does on every keystroke (check the rung, tick off fixed findings) and what
/// the review does on every key (every finding of the draft).
fn coach(c: &mut Criterion) {
    use rung::coach::{CheckContext, check_draft, check_rung};
    use rung::tui::findings::RungFindings;
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
        b.iter(|| rung::tui::text::clean_paste_within(black_box(&paste), 2_000))
    });
    group.bench_function("1 MB shown through the sanitiser", |b| {
        b.iter(|| rung::safe_text::line(black_box(&paste)).len())
    });
    group.finish();
}

criterion_group!(benches, assembly, metric, workspace, coach, hostile_text);
criterion_main!(benches);
