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
//! - faithfulness: for every rung whose cleaned text `answer_text(draft, rung)` is non-empty,
//!   exactly one segment carries that rung, and its text is that cleaned text, or (only at the
//!   start of a sentence) the same with its first letter capitalised by `capitalise_first`; in
//!   impact-first with a metric, the task's expected text is `gerund_phrase` of its cleaned
//!   text. So every answer's words appear in the bullet, in order, as typed;
//! - placeholders appear for exactly the rungs whose cleaned text is empty.

use proptest::prelude::*;
use rung::ladder::assemble::{answer_text, capitalise_first};
use rung::ladder::verbs::gerund_phrase;
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

        let has_metric = !answer_text(&d, Rung::Metric).is_empty();
        for rung in Rung::ALL {
            let cleaned = answer_text(&d, rung);
            let carried: Vec<&str> = segments
                .iter()
                .filter(|s| s.rung == Some(rung))
                .map(|s| s.text.as_str())
                .collect();
            if cleaned.is_empty() {
                prop_assert!(carried.is_empty(), "{} left a trace: {:?}", rung, out);
                continue;
            }
            let expected = if style == Style::ImpactFirst && rung == Rung::Task && has_metric {
                gerund_phrase(&cleaned)
            } else {
                cleaned
            };
            let capitalised = capitalise_first(&expected);
            prop_assert_eq!(carried.len(), 1, "{} in {:?}", rung, out);
            prop_assert!(
                carried[0] == expected || carried[0] == capitalised,
                "{} text {:?} is not {:?}", rung, carried[0], expected
            );
            prop_assert!(out.contains(&expected) || out.contains(&capitalised));
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
            prop_assert_eq!(placeholder, empty, "{} in {:?}", rung, preview);
            if placeholder {
                prop_assert!(preview.contains(pack.prompt(rung).placeholder.as_str()));
            }
        }
    }
}
