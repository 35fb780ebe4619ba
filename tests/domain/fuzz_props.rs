//! Fuzzing for "nothing lost, nothing injected", as property tests that run in CI
//! with `cargo test --release`: arbitrary bytes and arbitrary TOML-ish text go into draft
//! parsing (through the real workspace reader), pack parsing, the metric parser and
//! `rung check`'s input parsing. None may panic; a file that is rejected must be rejected with
//! a reason and left byte for byte as it was; text the parsers hand on must be safe to print
//! once it passes the display sanitiser. Each property is bounded to a few hundred cases so CI
//! stays fast.

use std::path::Path;

use proptest::prelude::*;
use rung::coach::input::{self, InputFormat};
use rung::ladder::metric::parse_quantity;
use rung::ladder::{DraftId, MetricSpec, Pack};
use rung::safe_text;
use rung::workspace::Workspace;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces of rung's own files, control characters and escapes, glued at random: text that
/// gets past the TOML parser often enough to reach the typed read and the checks after it.
fn toml_ish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "version = 1\n",
        "version = 99\n",
        "version = -3\n",
        "version = \"1\"\n",
        "id = \"20260101-fuzz0\"\n",
        "id = \"../../etc/passwd\"\n",
        "created = \"2026-01-01T10:00:00Z\"\n",
        "updated = \"2026-01-01T10:00:00Z\"\n",
        "created = 2026-01-01T10:00:00Z\n",
        "pack = \"general\"\n",
        "pack = 3\n",
        "rung = \"metric\"\n",
        "rung = \"attic\"\n",
        "status = \"finished\"\n",
        "style = \"impact-first\"\n",
        "tags = [\"a\", 1]\n",
        "[answers]\n",
        "task = \"Rebuilt \\u001b[31mit\\u0007\"\n",
        "task = \"\u{202e}evil\"\n",
        "metric = \"\\u001b]52;c;aGk=\\u0007\"\n",
        "[metric]\n",
        "before = \"40 min\"\n",
        "after = \"6 min\"\n",
        "[final]\n",
        "text = \"x\"\n",
        "[[ignored]]\n",
        "rule = \"passive\"\n",
        "[[role]]\n",
        "key = \"acme\"\n",
        "[rungs.task]\n",
        "question = \"Q?\"\n",
        "placeholder = \"[x]\"\n",
        "examples = [\"a\", \"b\"]\n",
        "title = \"T\"\n",
        "description = \"D\"\n",
        "\"\"\"",
        "'''",
        "= =",
        "[",
        "]",
        "{",
        "\\",
        "\u{1b}",
        "\u{0}",
        "\r\n",
        "#",
        "\u{feff}",
        "\u{fffd}",
        "東京",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|p| p.concat())
}

fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        toml_ish().prop_map(String::into_bytes),
        (toml_ish(), prop::collection::vec(any::<u8>(), 0..16)).prop_map(|(t, tail)| {
            let mut b = t.into_bytes();
            b.extend(tail);
            b
        }),
    ]
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), toml_ish()]
}

/// A workspace with one planted draft file.
struct Planted {
    _dir: tempfile::TempDir,
    ws: Workspace,
    path: std::path::PathBuf,
}

fn plant(bytes: &[u8]) -> Planted {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    let path = ws.drafts_dir().join("20260101-fuzz0.toml");
    std::fs::write(&path, bytes).unwrap();
    Planted {
        _dir: dir,
        ws,
        path,
    }
}

proptest! {
    #![proptest_config(config(300))]

    /// Any bytes in a draft file: listing and loading never panic; a file that is not a draft
    /// is reported with a reason; a rejected file is never rewritten, not even by a save.
    #[test]
    fn draft_files_never_panic_and_rejected_ones_stay_untouched(bytes in any_bytes()) {
        let p = plant(&bytes);
        let id = DraftId::parse("20260101-fuzz0").unwrap();
        let listing = p.ws.list();
        prop_assert_eq!(listing.drafts.len() + listing.unreadable.len(), 1);
        match p.ws.load(&id) {
            Ok(draft) => prop_assert_eq!(listing.drafts.len(), 1, "{:?}", draft.id),
            Err(e) => {
                prop_assert_eq!(listing.unreadable.len(), 1);
                prop_assert!(!listing.unreadable[0].reason.is_empty());
                prop_assert!(e.to_string().contains("20260101-fuzz0.toml"), "{}", e);
                let fresh = rung::ladder::Draft::new(id, jiff::Timestamp::UNIX_EPOCH, "general");
                prop_assert!(p.ws.save(&fresh).is_err());
                prop_assert_eq!(std::fs::read(&p.path).unwrap(), bytes);
            }
        }
    }

    /// Any text as a question pack: parsing never panics, an error names the file, and a pack
    /// that parses holds nothing a terminal would act on.
    #[test]
    fn packs_never_panic_and_accepted_ones_are_clean(text in any_text()) {
        match Pack::parse("mine", &text, Path::new("/cfg/prompts/mine.toml")) {
            Ok(pack) => {
                prop_assert!(safe_text::is_clean(&pack.title));
                prop_assert!(safe_text::is_clean(&pack.description));
            }
            Err(e) => prop_assert!(e.to_string().starts_with("/cfg/prompts/mine.toml"), "{}", e),
        }
    }

    /// Any text as a quantity or a metric helper: no panic; a phrase, when there is one, keeps
    /// the figures as typed.
    #[test]
    fn the_metric_parser_never_panics(before in any_text(), after in any_text(), what in any_text()) {
        let _ = parse_quantity(&before);
        let spec = MetricSpec {
            what,
            before: before.clone(),
            after: after.clone(),
            scope: String::new(),
            better: None,
        };
        if let Ok(phrase) = spec.phrase() {
            prop_assert!(!phrase.text.trim().is_empty());
        }
    }

    /// Any text as `rung check` input, in every format and as detected: no panic, and no
    /// bullet found is blank.
    #[test]
    fn check_input_parsing_never_panics(text in any_text(), name in prop::option::of("[a-z]{1,8}\\.(txt|md|json|yaml|yml|toml)")) {
        let detected = InputFormat::detect(name.as_deref(), &text);
        for format in [detected, InputFormat::Text, InputFormat::Markdown, InputFormat::JsonResume, InputFormat::RenderCv] {
            if let Ok(groups) = input::read(&text, format) {
                for g in &groups {
                    for b in &g.bullets {
                        prop_assert!(!b.trim().is_empty(), "{:?}", g);
                    }
                }
            }
        }
    }

    /// The sanitiser itself: display output never holds a hostile character, stripped text
    /// neither, and clean text passes through unchanged.
    #[test]
    fn the_sanitiser_leaves_nothing_hostile(text in any_text()) {
        prop_assert!(safe_text::is_clean(&safe_text::line(&text)));
        prop_assert!(safe_text::is_clean(&safe_text::strip(&text)));
        let shown = safe_text::lines(&text);
        prop_assert!(shown.chars().all(|c| c == '\n' || c == '\t' || !safe_text::is_hostile(c)));
        if safe_text::is_clean(&text) {
            prop_assert_eq!(safe_text::line(&text), text.as_str());
        }
    }

    /// Truncation by display width never splits a character and never overflows.
    #[test]
    fn truncation_fits_the_columns(text in any::<String>(), max in 0usize..40) {
        let line = safe_text::line(&text);
        for ellipsis in ["…", "...", ""] {
            let cut = safe_text::truncate(&line, max, ellipsis);
            prop_assert!(safe_text::width(&cut) <= max, "{:?} -> {:?}", line, cut);
            prop_assert!(line.starts_with(cut.trim_end_matches(ellipsis)));
        }
    }
}
