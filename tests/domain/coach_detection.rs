//! Rung-detection quality on the hand-labelled sets in `tests/fixtures/`: precision, recall and
//! F1 per rung, and the precision and recall of the weak-opener finding where a set labels it
//! (`weak = true`). Each set has floors a little under what the coach reaches, so a change that
//! makes the coach worse fails here.
//!
//! - `bullets.toml`: the first labelled set (tuned on);
//! - `bullets_holdout.toml`: a second set written after the first detector;
//! - `bullets_tuning.toml`: the error kinds reviewers found on public resumes, tuned on;
//! - `bullets_unseen.toml`: written before the coach was tuned for those and never tuned on. Its test
//!   prints totals only, never the bullets it gets wrong, so that nobody tunes on it by accident.
//!
//! `cargo test --release --test domain coach_detection -- --nocapture` prints every report.

use rung::coach::{CheckContext, check_bullet, detect};
use rung::ladder::Rung;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    bullet: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    rungs: String,
    #[serde(default)]
    weak: bool,
    text: String,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn add(&mut self, want: bool, have: bool) {
        match (want, have) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        f64::from(a) / f64::from(b)
    }
}

/// The scores of one set.
struct Scores {
    rungs: [Counts; 5],
    /// The weak-opener finding against `weak = true` (only for sets that label it).
    weak: Counts,
    labels_weak: bool,
    report: String,
}

impl Scores {
    fn f1(&self, rung: Rung) -> f64 {
        self.rungs[rung.index()].f1()
    }
}

/// Detects every bullet of a labelled file. `show_misses` adds the bullets it gets wrong to the
/// report (never for the unseen set).
fn evaluate(path: &str, show_misses: bool) -> Scores {
    let source = std::fs::read_to_string(path).unwrap();
    let fixture: Fixture = toml::from_str(&source).unwrap();
    let mut rungs = [Counts::default(); 5];
    let mut weak = Counts::default();
    let labels_weak = fixture.bullet.iter().any(|b| b.weak);
    let mut misses = Vec::new();
    for b in &fixture.bullet {
        let expected: Vec<Rung> = b
            .rungs
            .split_whitespace()
            .map(|n| Rung::from_name(n).unwrap_or_else(|| panic!("unknown rung `{n}` in fixture")))
            .collect();
        let got = detect(&b.text);
        for rung in Rung::ALL {
            let (want, have) = (expected.contains(&rung), got.has(rung));
            rungs[rung.index()].add(want, have);
            if want != have {
                let sign = if want { "missed" } else { "extra " };
                misses.push(format!("  {sign} {:<6} {}", rung.name(), b.text));
            }
        }
        if labels_weak {
            let flagged = check_bullet(&b.text, &CheckContext::default())
                .iter()
                .any(|f| f.rule == "weak-opener");
            weak.add(b.weak, flagged);
            if b.weak != flagged {
                let sign = if b.weak { "missed" } else { "extra " };
                misses.push(format!("  {sign} weak   {}", b.text));
            }
        }
    }
    let mut report = format!(
        "rung detection on {} labelled bullets of {}\n  rung    precision  recall  F1     (tp fp fn)\n",
        fixture.bullet.len(),
        path
    );
    let line = |name: &str, c: Counts| {
        format!(
            "  {:<7} {:>9.3}  {:>6.3}  {:.3}  ({} {} {})\n",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        )
    };
    for rung in Rung::ALL {
        report.push_str(&line(rung.name(), rungs[rung.index()]));
    }
    if labels_weak {
        report.push_str(&line("weak", weak));
    }
    if show_misses {
        report.push_str("disagreements:\n");
        report.push_str(&misses.join("\n"));
    } else {
        report.push_str(&format!(
            "({} disagreements, not listed: this set is not tuned on)",
            misses.len()
        ));
    }
    eprintln!("{report}");
    Scores {
        rungs,
        weak,
        labels_weak,
        report,
    }
}

/// Asserts F1 floors per rung and, where labelled, weak-opener precision and recall floors.
fn assert_floors(s: &Scores, f1: &[(Rung, f64)], weak: Option<(f64, f64)>) {
    for &(rung, min) in f1 {
        let got = s.f1(rung);
        assert!(
            got >= min,
            "{} F1 {got:.3} is below {min}\n{}",
            rung.name(),
            s.report
        );
    }
    if let Some((min_p, min_r)) = weak {
        assert!(s.labels_weak, "this set labels no weak openers");
        let (p, r) = (s.weak.precision(), s.weak.recall());
        assert!(
            p >= min_p && r >= min_r,
            "weak-opener precision {p:.3} / recall {r:.3} below {min_p} / {min_r}\n{}",
            s.report
        );
    }
}

#[test]
fn detection_meets_quality_thresholds_on_labelled_bullets() {
    let s = evaluate("tests/fixtures/bullets.toml", true);
    let n: u32 = s.rungs[0].tp + s.rungs[0].fn_;
    assert!(n >= 150, "the labelled set needs at least 150 task bullets");
    assert_floors(
        &s,
        &[
            (Rung::Task, 0.97),
            (Rung::Tools, 0.97),
            (Rung::Stack, 0.97),
            (Rung::Method, 0.95),
            (Rung::Metric, 0.97),
        ],
        None,
    );
}

/// The held-out set was not used to tune the word lists; it must clear the same bar.
#[test]
fn detection_generalises_to_held_out_bullets() {
    let s = evaluate("tests/fixtures/bullets_holdout.toml", true);
    assert_floors(
        &s,
        &[
            (Rung::Task, 0.95),
            (Rung::Tools, 0.95),
            (Rung::Stack, 0.93),
            (Rung::Method, 0.93),
            (Rung::Metric, 0.95),
        ],
        None,
    );
}

/// The error kinds reviewers found on public resumes, each with contrasting bullets, tuned on.
#[test]
fn detection_handles_the_error_kinds_reviewers_found() {
    let s = evaluate("tests/fixtures/bullets_tuning.toml", true);
    assert_floors(
        &s,
        &[
            (Rung::Task, 0.97),
            (Rung::Tools, 0.97),
            (Rung::Stack, 0.96),
            (Rung::Method, 0.95),
            (Rung::Metric, 0.97),
        ],
        Some((0.95, 0.95)),
    );
}

/// Bullets never tuned on: totals only.
#[test]
fn detection_holds_on_the_unseen_set() {
    let s = evaluate("tests/fixtures/bullets_unseen.toml", false);
    // Measured 1.000 / 0.979 / 0.979 / 0.897 / 0.984 and weak openers 1.000 / 1.000 (see
    // docs/COACH_QUALITY.md); the floors sit a little under, and at or above the targets
    // (F1 0.90 for tools, stack and metric, 0.80 for method).
    assert_floors(
        &s,
        &[
            (Rung::Task, 0.97),
            (Rung::Tools, 0.95),
            (Rung::Stack, 0.95),
            (Rung::Method, 0.85),
            (Rung::Metric, 0.95),
        ],
        Some((0.95, 0.90)),
    );
}
