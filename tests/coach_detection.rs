//! Rung-detection quality on the hand-labelled set in `tests/fixtures/bullets.toml`: precision,
//! recall and F1 per rung. Fails below 0.85 F1 for tools, stack and metric, 0.75 for method.

use rung::coach::detect;
use rung::ladder::Rung;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    bullet: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    rungs: String,
    text: String,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
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

const THRESHOLDS: [(Rung, f64); 4] = [
    (Rung::Tools, 0.85),
    (Rung::Stack, 0.85),
    (Rung::Method, 0.75),
    (Rung::Metric, 0.85),
];

/// Detects every bullet of a labelled file; returns the counts per rung and the report.
fn evaluate(path: &str) -> ([Counts; 5], String) {
    let source = std::fs::read_to_string(path).unwrap();
    let fixture: Fixture = toml::from_str(&source).unwrap();
    let mut counts = [Counts::default(); 5];
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
            let c = &mut counts[rung.index()];
            match (want, have) {
                (true, true) => c.tp += 1,
                (false, true) => c.fp += 1,
                (true, false) => c.fn_ += 1,
                (false, false) => {}
            }
            if want != have {
                let sign = if want { "missed" } else { "extra " };
                misses.push(format!("  {sign} {:<6} {}", rung.name(), b.text));
            }
        }
    }
    let mut report = format!(
        "rung detection on {} labelled bullets of {}\n  rung    precision  recall  F1     (tp fp fn)\n",
        fixture.bullet.len(),
        path
    );
    for rung in Rung::ALL {
        let c = counts[rung.index()];
        report.push_str(&format!(
            "  {:<7} {:>9.3}  {:>6.3}  {:.3}  ({} {} {})\n",
            rung.name(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        ));
    }
    report.push_str("disagreements:\n");
    report.push_str(&misses.join("\n"));
    eprintln!("{report}");
    (counts, report)
}

#[test]
fn detection_meets_quality_thresholds_on_labelled_bullets() {
    let (counts, report) = evaluate("tests/fixtures/bullets.toml");
    let source = std::fs::read_to_string("tests/fixtures/bullets.toml").unwrap();
    let n = toml::from_str::<Fixture>(&source).unwrap().bullet.len();
    assert!(
        n >= 150,
        "the labelled set needs at least 150 bullets, has {n}"
    );
    for (rung, min) in THRESHOLDS {
        let f1 = counts[rung.index()].f1();
        assert!(
            f1 >= min,
            "{} F1 {f1:.3} is below {min}\n{report}",
            rung.name()
        );
    }
}

/// The held-out set was not used to tune the word lists; it must clear the same bar.
#[test]
fn detection_generalises_to_held_out_bullets() {
    let (counts, report) = evaluate("tests/fixtures/bullets_holdout.toml");
    for (rung, min) in THRESHOLDS {
        let f1 = counts[rung.index()].f1();
        assert!(
            f1 >= min,
            "held-out {} F1 {f1:.3} is below {min}\n{report}",
            rung.name()
        );
    }
}
