//! Properties of the metric helper over open-ended input: it never panics, never changes a
//! figure the user typed, and always describes a reduction as one.

use proptest::prelude::*;
use rung::ladder::MetricSpec;
use rung::ladder::metric::{Better, Change, parse_quantity};

/// Text that looks a lot like a quantity, so the parser's deeper paths are exercised.
fn quantity_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "1", "0", "9", ",", ".", "000", "~", "-", "$", "\u{20ac}", "\u{a3}", "USD", "eur", "k",
        "K", "M", "m", "B", "bn", "mm", "e", "+", " ", "%", "ms", "s", "min", "h", "day", "GB",
        "KiB", "/", "per", "a", "req", "rps", "users", "\u{b5}s", "Mbps", "month", "daily", "x",
        "\u{3bc}", "\u{0663}", "\t", "\n",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|parts| parts.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), quantity_like()]
}

fn better() -> impl Strategy<Value = Option<Better>> {
    prop_oneof![
        Just(None),
        Just(Some(Better::Lower)),
        Just(Some(Better::Higher))
    ]
}

/// Units that read as one family, so a before and an after in the same unit always compare.
const UNITS: &[&str] = &[
    "",
    "ms",
    " ms",
    "s",
    " min",
    "h",
    " days",
    " MB",
    "GB",
    " KiB",
    " req/s",
    " rps",
    " msgs per second",
    "/min",
    " users",
    " incidents",
    "k",
    "M",
    " orders a day",
];

/// A positive number as a person would type it: `7`, `1,250`, `3.75`, `0.5`.
fn typed_number() -> impl Strategy<Value = String> {
    (1u32..2_000_000, 0u32..100, any::<bool>(), any::<bool>()).prop_map(
        |(whole, cents, decimals, commas)| {
            let mut text = whole.to_string();
            if commas {
                text = group(&text);
            }
            if decimals {
                text.push_str(&format!(".{cents:02}"));
            }
            text
        },
    )
}

fn group(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn value_pair() -> impl Strategy<Value = (String, String)> {
    (typed_number(), typed_number(), prop::sample::select(UNITS))
        .prop_map(|(b, a, unit)| (format!("{b}{unit}"), format!("{a}{unit}")))
}

fn base(text: &str) -> f64 {
    parse_quantity(text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .base_value
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.max(b)
}

proptest! {
    #[test]
    fn parse_quantity_never_panics(text in any_text()) {
        let _ = parse_quantity(&text);
    }

    #[test]
    fn phrase_never_panics(
        what in any_text(),
        before in any_text(),
        after in any_text(),
        scope in any_text(),
        better in better(),
    ) {
        let spec = MetricSpec { what, before, after, scope, better };
        if let Ok(phrase) = spec.phrase() {
            prop_assert!(!phrase.text.is_empty());
        }
    }

    #[test]
    fn phrase_shows_both_values_as_typed((before, after) in value_pair()) {
        let (b, a) = (base(&before), base(&after));
        prop_assume!(!same(b, a));
        let better = if a < b { Better::Lower } else { Better::Higher };
        let spec = MetricSpec {
            what: "the measure".into(),
            before: before.clone(),
            after: after.clone(),
            scope: String::new(),
            better: Some(better),
        };
        let phrase = spec.phrase().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let expected = format!(" from {} to {} (", before.trim(), after.trim());
        prop_assert!(phrase.text.contains(&expected), "{}", phrase.text);
    }

    #[test]
    fn reductions_read_as_reductions((before, after) in value_pair(), guessed in any::<bool>()) {
        let (b, a) = (base(&before), base(&after));
        prop_assume!(!same(b, a));
        let (before, after) = if a < b { (before, after) } else { (after, before) };
        let spec = MetricSpec {
            what: "p95 latency".into(),
            before,
            after,
            scope: "across 4 regions".into(),
            better: if guessed { None } else { Some(Better::Lower) },
        };
        let phrase = spec.phrase().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(matches!(phrase.change, Change::Percent(p) if p < 0.0), "{:?}", phrase.change);
        let label = phrase.change.label();
        prop_assert!(label.starts_with('-') && label.ends_with('%'), "{}", label);
        prop_assert!(["Cut", "Reduced"].contains(&phrase.verb), "{}", phrase.text);
        prop_assert!(phrase.text.starts_with(phrase.verb), "{}", phrase.text);
        prop_assert!(phrase.text.ends_with(") across 4 regions"), "{}", phrase.text);
        prop_assert!(phrase.text.is_ascii(), "{}", phrase.text);
    }
}
