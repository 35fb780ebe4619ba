//! Lists every coach finding except "add a number" (`quantified`) on a labelled bullet set, one
//! line each (rule, the words it points at, the bullet), for a reviewer to judge by hand:
//!
//! `cargo run --release --example coach_findings [FILE]`
//!
//! FILE is a set in the format of `tests/fixtures/bullets*.toml`; the default is
//! `tests/fixtures/bullets_tuning.toml`. See `docs/COACH_QUALITY.md` for how the listing is used.

use std::process::ExitCode;

use rung::coach::{CheckContext, check_bullet};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    bullet: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    text: String,
}

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/fixtures/bullets_tuning.toml".into());
    let fixture: Fixture = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| toml::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(fixture) => fixture,
        Err(e) => {
            eprintln!("{path}: cannot read it as a bullet set: {e}");
            return ExitCode::FAILURE;
        }
    };
    for b in &fixture.bullet {
        for f in check_bullet(&b.text, &CheckContext::default()) {
            if f.rule != "quantified" {
                let words = b.text.get(f.span.clone()).unwrap_or_default();
                println!("{:<16} {:<24} | {}", f.rule, words, b.text);
            }
        }
    }
    ExitCode::SUCCESS
}
