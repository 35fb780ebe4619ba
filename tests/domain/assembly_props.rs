//! Property tests: assembly stays readable and faithful for any answers a user can type.
//!
//! For every combination of answered and empty rungs, with arbitrary unicode or resume-like
//! answers, in both styles and with both built-in packs:
//! - assembly never panics, and joining the segments gives exactly `assemble`;
//! - the bullet never has two spaces in a row, a space before a comma, two commas in a row, or a
//!   run of full stops other than a single one or an ellipsis (`...`, only where the user typed
//!   one); it has no leading or trailing whitespace, no control characters, no whitespace other
//!   than the plain space, and none of the typographic characters ATS-safe output replaces;
//!   a non-empty bullet ends with a full stop;
//! - faithfulness: every answered rung is in the bullet, or a note on that rung says why it was
//!   left out; and every figure in the bullet (outside the computed change in brackets) is one
//!   the user typed;
//! - placeholders appear for every rung whose cleaned text is empty, and for no other rung but a
//!   metric that is only a figure (`by 30%`) with nothing it measures.

use proptest::prelude::*;
use rung::ladder::assemble::{answer_text, clean_answer, notes};
use rung::ladder::{Draft, DraftId, PackSet, Rung, Style, assemble, assemble_segments};

/// Words and marks that exercise the rules: verbs, connectors, lists, punctuation, typography.
const PARTS: &[&str] = &[
    "Rebuilt",
    "led",
    "Set up",
    "stopped",
    "Designed and built",
    "the",
    "API",
    "iOS",
    "Go",
    "Redis",
    "in",
    "using",
    "backed by",
    "via",
    "on-prem",
    "and",
    "or",
    ",",
    ", and",
    ";",
    ".",
    "..",
    "...",
    "!",
    "?",
    ":",
    "-",
    "- ",
    "\u{2022} ",
    " ",
    "  ",
    "\n",
    "\t",
    "\u{00A0}",
    "\u{200B}",
    "\u{2014}",
    "\u{2013}",
    "\u{201C}",
    "\u{201D}",
    "\u{2019}",
    "\u{00D7}",
    "\u{2026}",
    "40%",
    "2,000",
    "(-85%)",
    "[x]",
    "\u{1F680}",
    "Z\u{00FC}rich",
    "\u{6771}\u{4EAC}",
    "\u{0000}",
    "\u{007F}",
    "\u{FEFF}",
    "\u{202E}",
];

fn resume_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PARTS), 0..12).prop_map(|parts| parts.join(" "))
}

fn answer() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => resume_like(),
        3 => prop::collection::vec(prop::sample::select(PARTS), 0..8).prop_map(|p| p.concat()),
        2 => any::<String>(),
    ]
}

fn draft(answers: &[String]) -> Draft {
    let mut d = Draft::new(
        DraftId::parse("prop-1").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
        "backend",
    );
    for (rung, answer) in Rung::ALL.into_iter().zip(answers) {
        d.answers.set(rung, answer.clone());
    }
    d
}

/// Every run of full stops is one stop or an ellipsis.
fn dot_runs_ok(text: &str) -> bool {
    text.split(|c| c != '.')
        .all(|run| run.is_empty() || run.len() == 1 || run.len() == 3)
}

const NOT_ATS_SAFE: &[char] = &[
    '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2013}', '\u{2014}', '\u{2212}', '\u{00D7}',
    '\u{2026}', '\u{00A0}', '\u{200B}', '\u{200D}', '\u{FEFF}', '\u{202E}',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn bullets_are_tidy_and_faithful(
        answers in prop::collection::vec(answer(), 5),
        first in any::<bool>(),
        general in any::<bool>(),
    ) {
        let packs = PackSet::builtin();
        let pack = packs.get(if general { "general" } else { "backend" }).unwrap();
        let style = if first { Style::ImpactFirst } else { Style::ImpactLast };
        let d = draft(&answers);
        let out = assemble(&d, pack, style);
        let segments = assemble_segments(&d, pack, style, false);

        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        prop_assert_eq!(&joined, &out);
        prop_assert!(!out.contains("  "), "double space: {:?}", out);
        prop_assert!(!out.contains(" ,"), "space before comma: {:?}", out);
        prop_assert!(!out.contains(",,"), "double comma: {:?}", out);
        prop_assert!(dot_runs_ok(&out), "stray full stops: {:?}", out);
        prop_assert_eq!(out.trim(), out.as_str());
        prop_assert!(out.is_empty() || out.ends_with('.'), "no full stop: {:?}", out);
        prop_assert!(
            out.chars().all(|c| !c.is_control() && (c == ' ' || !c.is_whitespace())),
            "invisible characters: {:?}", out
        );
        prop_assert!(!out.contains(NOT_ATS_SAFE), "not ATS-safe: {:?}", out);

        // Every answered rung is in the bullet, or a note says why it is not.
        let notes = notes(&d, pack, style);
        for rung in Rung::ALL {
            let cleaned = answer_text(&d, rung);
            let carried = segments.iter().filter(|s| s.rung == Some(rung)).count();
            if cleaned.is_empty() {
                prop_assert_eq!(carried, 0, "{} left a trace: {:?}", rung, out);
            } else if carried == 0 {
                prop_assert!(
                    notes.iter().any(|n| n.rung == rung),
                    "{} dropped without a note: {:?}", rung, out
                );
            }
        }
        // Never a figure the user did not type (the computed change in brackets aside).
        let typed: String = answers.iter().map(|a| clean_answer(a)).collect::<Vec<_>>().join(" ");
        for figure in figures(&strip_brackets(&out)) {
            prop_assert!(typed.contains(&figure), "{:?} not typed, in {:?}", figure, out);
        }
    }

    #[test]
    fn placeholders_mark_exactly_the_empty_rungs(
        answers in prop::collection::vec(answer(), 5),
        first in any::<bool>(),
    ) {
        let packs = PackSet::builtin();
        let pack = packs.get("backend").unwrap();
        let style = if first { Style::ImpactFirst } else { Style::ImpactLast };
        let d = draft(&answers);
        let segments = assemble_segments(&d, pack, style, true);
        let preview: String = segments.iter().map(|s| s.text.as_str()).collect();
        prop_assert!(!preview.contains("  ") && !preview.contains(" ,") && !preview.contains(",,"));
        for rung in Rung::ALL {
            let empty = answer_text(&d, rung).is_empty();
            let placeholder = segments.iter().any(|s| s.placeholder && s.rung == Some(rung));
            if empty {
                prop_assert!(placeholder, "{} in {:?}", rung, preview);
            } else if placeholder {
                // Only a figure with nothing it measures keeps a placeholder once answered.
                prop_assert_eq!(rung, Rung::Metric, "{:?}", preview);
            }
            if placeholder && empty {
                prop_assert!(preview.contains(pack.prompt(rung).placeholder.as_str()));
            }
        }
    }
}

/// Runs of digits in a text (`2,000` and `1.5` as one figure each).
fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = (c == ',' || c == '.')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || inner {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    out.extend((!current.is_empty()).then_some(current));
    out
}

/// The text without its bracketed parts, where the computed change sits (`(-85%)`).
fn strip_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => return c,
                _ => {}
            }
            ' '
        })
        .collect()
}
