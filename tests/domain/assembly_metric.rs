//! Assembly with the structured metric helper: at every level, in both styles, the helper's phrase
//! is the metric sentence when it computes, and the free-text answer is used when it does not.

use rung::ladder::{Better, Draft, DraftId, MetricSpec, PackSet, Rung, Style, assemble};

const ANSWERS: [&str; 4] = [
    "Rebuilt the invoice export service",
    "Rust and Axum",
    "PostgreSQL, S3 and SQS",
    "streaming rows in batches instead of loading whole tables",
];

fn helper(before: &str, after: &str) -> MetricSpec {
    MetricSpec {
        what: "export time".into(),
        before: before.into(),
        after: after.into(),
        scope: "for 2,000 accounts".into(),
        better: None,
    }
}

/// A draft with the first `level - 1` answers and the metric helper filled in.
fn draft(level: usize, spec: MetricSpec, free_text: &str) -> Draft {
    let mut d = Draft::new(
        DraftId::parse("t-1").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
        "backend",
    );
    for (rung, answer) in Rung::ALL.into_iter().zip(ANSWERS).take(level - 1) {
        d.answers.set(rung, answer);
    }
    d.answers.metric = free_text.into();
    d.metric = Some(spec);
    d
}

fn both(d: &Draft) -> (String, String) {
    let packs = PackSet::builtin();
    let pack = packs.get("backend").unwrap();
    (
        assemble(d, pack, Style::ImpactLast),
        assemble(d, pack, Style::ImpactFirst),
    )
}

#[test]
fn the_helper_phrase_is_the_metric_sentence_at_every_level() {
    let phrase = "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts";
    let table: [(usize, &str, &str); 4] = [
        (
            2,
            "Rebuilt the invoice export service. ",
            "by rebuilding the invoice export service.",
        ),
        (
            3,
            "Rebuilt the invoice export service in Rust and Axum. ",
            "by rebuilding the invoice export service in Rust and Axum.",
        ),
        (
            4,
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS. ",
            "by rebuilding the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS.",
        ),
        (
            5,
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, \
             streaming rows in batches instead of loading whole tables. ",
            "by rebuilding the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and \
             SQS, streaming rows in batches instead of loading whole tables.",
        ),
    ];
    for (level, last_prefix, first_suffix) in table {
        let d = draft(level, helper("40 min", "6 min"), "");
        let (last, first) = both(&d);
        assert_eq!(last, format!("{last_prefix}{phrase}."), "level {level}");
        assert_eq!(first, format!("{phrase} {first_suffix}"), "level {level}");
    }
}

#[test]
fn the_metric_alone_is_a_bullet_in_both_styles() {
    let d = draft(1, helper("40 min", "6 min"), "");
    let (last, first) = both(&d);
    assert_eq!(
        last,
        "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts."
    );
    assert_eq!(first, last);
}

#[test]
fn the_helper_wins_over_free_text_only_when_it_computes() {
    let good = draft(2, helper("1.2s", "180ms"), "Made exports faster");
    assert_eq!(
        both(&good).0,
        "Rebuilt the invoice export service. Cut export time from 1.2s to 180ms (-85%) for 2,000 accounts."
    );
    let incompatible = draft(2, helper("40 min", "3 GB"), "Made exports much faster");
    assert_eq!(
        both(&incompatible).0,
        "Rebuilt the invoice export service. Made exports much faster."
    );
}

#[test]
fn an_explicit_direction_picks_the_verb_and_a_big_gain_is_a_multiplier() {
    let mut spec = helper("1.2k req/s", "9k req/s");
    spec.what = "peak throughput".into();
    spec.scope = String::new();
    spec.better = Some(Better::Higher);
    let (last, first) = both(&draft(2, spec, ""));
    assert_eq!(
        last,
        "Rebuilt the invoice export service. Raised peak throughput from 1.2k req/s to 9k req/s (7.5x)."
    );
    assert_eq!(
        first,
        "Raised peak throughput from 1.2k req/s to 9k req/s (7.5x) by rebuilding the invoice export service."
    );
}

#[test]
fn a_helper_that_cannot_compute_and_no_free_text_leaves_the_metric_empty() {
    let d = draft(3, helper("40 min", ""), "");
    assert_eq!(d.level(), 2);
    assert_eq!(
        both(&d).0,
        "Rebuilt the invoice export service in Rust and Axum."
    );
}

#[test]
fn typed_results_with_figures_of_their_own_join_the_helpers_result() {
    let backend = PackSet::builtin().get("backend").unwrap().clone();
    let mut d = draft(
        1,
        helper("1.2s", "180ms"),
        "tripled throughput to 4,500 req/s; dropped DB load 40%",
    );
    d.metric.as_mut().unwrap().what = "p99 latency".into();
    d.metric.as_mut().unwrap().scope = String::new();
    let out = assemble(&d, &backend, Style::ImpactLast);
    assert!(
        out.ends_with("Cut p99 latency from 1.2s to 180ms (-85%), tripled throughput to 4,500 req/s and dropped DB load 40%."),
        "{out}"
    );
    let first = assemble(&d, &backend, Style::ImpactFirst);
    assert!(
        first.starts_with("Cut p99 latency from 1.2s to 180ms (-85%), tripled throughput"),
        "{first}"
    );
    // A typed result that repeats the helper's figures, or has none, is the same result again.
    d.answers.metric = "cut p99 from 1.2s to 180ms; made it much faster".into();
    let out = assemble(&d, &backend, Style::ImpactLast);
    assert!(
        out.ends_with("Cut p99 latency from 1.2s to 180ms (-85%)."),
        "{out}"
    );
    let notes = rung::ladder::assemble::notes(&d, &backend, Style::ImpactLast);
    assert!(
        notes.iter().any(|n| n.text.contains("figures of its own")),
        "{notes:?}"
    );
    // At most three results in all: the helper's and two typed ones.
    d.answers.metric = "a 1x; b 2x; c 3x; d 4x".into();
    let out = assemble(&d, &backend, Style::ImpactLast);
    assert!(out.contains("2x") && !out.contains("3x"), "{out}");
}
