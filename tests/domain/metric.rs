//! The metric helper as a user meets it: values they type, the phrase they get, the messages
//! they read when something is off.

use rung::ladder::metric::{Better, Change, Dimension, guess_better, parse_quantity};
use rung::ladder::{MetricError, MetricSpec};

fn count(noun: &str) -> Dimension {
    Dimension::Count(noun.into())
}

fn rate(noun: &str) -> Dimension {
    Dimension::Rate(noun.into())
}

fn money(code: &str) -> Dimension {
    Dimension::Money(code.into())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12)
}

#[test]
fn quantities_read_into_dimension_and_base_value() {
    let day = 86_400.0;
    let table: &[(&str, Dimension, f64)] = &[
        // durations
        ("250ns", Dimension::Duration, 250e-9),
        ("40us", Dimension::Duration, 40e-6),
        ("40\u{b5}s", Dimension::Duration, 40e-6),
        ("40 \u{3bc}s", Dimension::Duration, 40e-6),
        ("180ms", Dimension::Duration, 0.18),
        ("180 ms", Dimension::Duration, 0.18),
        ("1.2s", Dimension::Duration, 1.2),
        ("3 sec", Dimension::Duration, 3.0),
        ("3 secs", Dimension::Duration, 3.0),
        ("1 second", Dimension::Duration, 1.0),
        ("90 seconds", Dimension::Duration, 90.0),
        ("40 min", Dimension::Duration, 2_400.0),
        ("40min", Dimension::Duration, 2_400.0),
        ("6 mins", Dimension::Duration, 360.0),
        ("1 minute", Dimension::Duration, 60.0),
        ("15 minutes", Dimension::Duration, 900.0),
        ("2h", Dimension::Duration, 7_200.0),
        ("2 hr", Dimension::Duration, 7_200.0),
        ("2 hrs", Dimension::Duration, 7_200.0),
        ("1 hour", Dimension::Duration, 3_600.0),
        ("4 hours", Dimension::Duration, 14_400.0),
        ("1 day", Dimension::Duration, day),
        ("3 days", Dimension::Duration, 3.0 * day),
        ("2 weeks", Dimension::Duration, 14.0 * day),
        ("1 wk", Dimension::Duration, 7.0 * day),
        ("6 months", Dimension::Duration, 180.0 * day),
        ("1 year", Dimension::Duration, 365.0 * day),
        // sizes: KB is 1000, KiB is 1024
        ("512B", Dimension::Size, 512.0),
        ("512 bytes", Dimension::Size, 512.0),
        ("2 KB", Dimension::Size, 2e3),
        ("2kB", Dimension::Size, 2e3),
        ("500 MB", Dimension::Size, 500e6),
        ("500mb", Dimension::Size, 500e6),
        ("2 GB", Dimension::Size, 2e9),
        ("1.5TB", Dimension::Size, 1.5e12),
        ("2 KiB", Dimension::Size, 2_048.0),
        ("1 MiB", Dimension::Size, 1_048_576.0),
        ("1 GiB", Dimension::Size, 1_073_741_824.0),
        ("1 TiB", Dimension::Size, 1_099_511_627_776.0),
        // rates
        ("1,200 req/s", rate("request"), 1_200.0),
        ("9k req/s", rate("request"), 9_000.0),
        ("9k rps", rate("request"), 9_000.0),
        ("9k requests per second", rate("request"), 9_000.0),
        ("500 qps", rate("query"), 500.0),
        ("300 msgs/s", rate("message"), 300.0),
        ("300 events/s", rate("event"), 300.0),
        ("40 tx/s", rate("transaction"), 40.0),
        ("40 tps", rate("transaction"), 40.0),
        ("2M ops/s", rate("operation"), 2e6),
        ("1.2k/s", rate(""), 1_200.0),
        ("600/min", rate(""), 10.0),
        ("8,640 orders/day", rate("order"), 0.1),
        ("8,640 orders a day", rate("order"), 0.1),
        ("3 deploys per week", rate("deploy"), 3.0 / (7.0 * day)),
        ("864 signups daily", rate("signup"), 0.01),
        ("120 MB/s", rate("byte"), 120e6),
        ("1 Gbps", rate("bit"), 1e9),
        // percentages
        ("48%", Dimension::Percent, 48.0),
        ("48 %", Dimension::Percent, 48.0),
        ("99.95%", Dimension::Percent, 99.95),
        ("12 percent", Dimension::Percent, 12.0),
        // money
        ("$1.2M", money("USD"), 1.2e6),
        ("$1.2m", money("USD"), 1.2e6),
        ("$2B", money("USD"), 2e9),
        ("$40k", money("USD"), 40e3),
        ("$ 40,000", money("USD"), 40e3),
        ("\u{20ac}40k", money("EUR"), 40e3),
        ("40k\u{20ac}", money("EUR"), 40e3),
        ("40 \u{20ac}", money("EUR"), 40.0),
        ("\u{a3}3.5k", money("GBP"), 3_500.0),
        ("USD 40k", money("USD"), 40e3),
        ("40k USD", money("USD"), 40e3),
        ("2.5M eur", money("EUR"), 2.5e6),
        ("1.5bn GBP", money("GBP"), 1.5e9),
        ("$30k/month", rate("USD"), 30e3 / (30.0 * day)),
        ("$365k per year", rate("USD"), 365e3 / (365.0 * day)),
        // counts
        ("2,000", count(""), 2_000.0),
        ("1,200,000", count(""), 1_200_000.0),
        ("9k", count(""), 9_000.0),
        ("9K", count(""), 9_000.0),
        ("1.5M", count(""), 1.5e6),
        ("2 million", count(""), 2e6),
        ("2,000 users", count("user"), 2_000.0),
        ("14 incidents", count("incident"), 14.0),
        ("1.5B events", count("event"), 1.5e9),
        ("1.2m users", count("user"), 1.2e6),
        ("3 on-call pages", count("on-call page"), 3.0),
        ("~40", count(""), 40.0),
        (".5", count(""), 0.5),
    ];
    for (text, dimension, base) in table {
        let q = parse_quantity(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(&q.dimension, dimension, "{text}");
        assert!(
            close(q.base_value, *base),
            "{text}: {} != {base}",
            q.base_value
        );
    }
}

#[test]
fn written_text_is_trimmed_and_collapsed() {
    let q = parse_quantity("  40   min ").unwrap();
    assert_eq!(q.written, "40 min");
    let q = parse_quantity("6 min.").unwrap();
    assert_eq!(q.written, "6 min");
}

#[test]
fn unreadable_quantities_say_why() {
    let table: &[(&str, &str)] = &[
        ("", "empty"),
        ("fast", "does not start with a number"),
        ("1,5s", "use a dot for decimals"),
        ("12,34", "commas only between groups of three"),
        ("5m", "`5 min` for minutes or `5M` for millions"),
        ("-40 min", "negative"),
        ("$-5", "negative"),
        ("40 min!?", "rung does not know"),
        ("$1.2M ARR", "put other words in `what`"),
        ("$40 EUR", "two currencies"),
        ("1e9", "scientific notation"),
    ];
    for (text, fragment) in table {
        let message = parse_quantity(text).unwrap_err().to_string();
        assert!(message.contains(fragment), "{text}: {message}");
    }
}

#[test]
fn huge_numbers_are_refused_not_infinite() {
    let huge = format!("1{}", "0".repeat(400));
    let message = parse_quantity(&huge).unwrap_err().to_string();
    assert!(message.contains("too large"), "{message}");
}

fn spec(what: &str, before: &str, after: &str, scope: &str) -> MetricSpec {
    MetricSpec {
        what: what.into(),
        before: before.into(),
        after: after.into(),
        scope: scope.into(),
        better: None,
    }
}

fn with_better(mut spec: MetricSpec, better: Better) -> MetricSpec {
    spec.better = Some(better);
    spec
}

#[test]
fn specs_render_as_phrases() {
    let table: Vec<(MetricSpec, &str)> = vec![
        // reductions: percentages, Cut from half, Reduced below
        (
            spec("p99 latency", "1.2s", "180ms", "across 3 services"),
            "Cut p99 latency from 1.2s to 180ms (-85%) across 3 services",
        ),
        (
            spec("export time", "40 min", "6 min", "for 2,000 accounts"),
            "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts",
        ),
        (
            spec("build time", "10 min", "8 min", ""),
            "Reduced build time from 10 min to 8 min (-20%)",
        ),
        (
            spec("incidents", "14", "0", "per quarter"),
            "Cut incidents from 14 to 0 (-100%) per quarter",
        ),
        // gains below 2x: percentages
        (
            spec("throughput", "1,000 req/s", "1,400 req/s", ""),
            "Increased throughput from 1,000 req/s to 1,400 req/s (+40%)",
        ),
        // gains of 2x and more: multipliers
        (
            spec("peak throughput", "1.2k", "9k req/s", ""),
            "Raised peak throughput from 1.2k to 9k req/s (7.5x)",
        ),
        (
            spec("throughput", "1,200 req/s", "9k rps", ""),
            "Raised throughput from 1,200 req/s to 9k rps (7.5x)",
        ),
        (
            spec("signups", "100", "1,200", "a week"),
            "Grew signups from 100 to 1,200 (12x) a week",
        ),
        // unit conversion
        (
            spec("memory use", "2 GB", "500 MB", ""),
            "Cut memory use from 2 GB to 500 MB (-75%)",
        ),
        (
            spec("queue lag", "2 hours", "90 min", ""),
            "Reduced queue lag from 2 hours to 90 min (-25%)",
        ),
        (
            spec("cloud spend", "$30k/month", "$240k/year", ""),
            "Reduced cloud spend from $30k/month to $240k/year (-34%)",
        ),
        // percentage to percentage: points
        (
            spec("test coverage", "48%", "71%", ""),
            "Increased test coverage from 48% to 71% (+23 pts)",
        ),
        (
            spec("error rate", "12.5%", "3.2%", ""),
            "Cut error rate from 12.5% to 3.2% (-9.3 pts)",
        ),
        (
            spec("uptime", "99.9%", "99.99%", ""),
            "Increased uptime from 99.9% to 99.99% (+0.09 pts)",
        ),
        // money
        (
            spec("ARR", "$1.2M", "$3M", "in 18 months"),
            "Grew ARR from $1.2M to $3M (2.5x) in 18 months",
        ),
        (
            spec("AWS costs", "\u{20ac}40k", "\u{20ac}12k", "a month"),
            "Cut AWS costs from \u{20ac}40k to \u{20ac}12k (-70%) a month",
        ),
        // counts with separators and suffixes
        (
            spec("active users", "2,000", "9k", ""),
            "Grew active users from 2,000 to 9k (4.5x)",
        ),
        (
            spec("customers", "1.5M", "1.8M customers", ""),
            "Grew customers from 1.5M to 1.8M customers (+20%)",
        ),
        // an explicit better wins over the guess
        (
            with_better(spec("session length", "2 min", "5 min", ""), Better::Higher),
            "Raised session length from 2 min to 5 min (2.5x)",
        ),
        (
            with_better(spec("deploy size", "800", "200", ""), Better::Lower),
            "Cut deploy size from 800 to 200 (-75%)",
        ),
        // figures and what exactly as typed, whitespace collapsed
        (
            spec(
                "  P99   latency ",
                " 1.2 s ",
                "180  ms",
                "  across  3 services ",
            ),
            "Cut P99 latency from 1.2 s to 180 ms (-85%) across 3 services",
        ),
    ];
    for (spec, text) in table {
        let phrase = spec.phrase().unwrap_or_else(|e| panic!("{spec:?}: {e}"));
        assert_eq!(phrase.text, text);
    }
}

#[test]
fn phrase_reports_change_and_direction() {
    let phrase = spec("p99 latency", "1.2s", "180ms", "").phrase().unwrap();
    assert_eq!(phrase.verb, "Cut");
    assert_eq!(phrase.better, Better::Lower);
    assert!(phrase.better_guessed);
    assert!(matches!(phrase.change, Change::Percent(p) if (p + 85.0).abs() < 1e-9));

    let explicit = with_better(spec("p99 latency", "1.2s", "180ms", ""), Better::Lower);
    assert!(!explicit.phrase().unwrap().better_guessed);
}

#[test]
fn problems_get_clear_messages() {
    let table: Vec<(MetricSpec, &[&str])> = vec![
        (
            spec("p99 latency", "1.2s", "500 MB", ""),
            &[
                "`1.2s` is a duration",
                "`500 MB` is a size",
                "cannot be compared",
            ],
        ),
        (
            spec("cloud spend", "$40k", "\u{20ac}30k", ""),
            &["`$40k`", "`\u{20ac}30k`", "does not convert currencies"],
        ),
        (
            spec("cloud spend", "$40k/month", "$300k", ""),
            &["per time", "one is a total"],
        ),
        (
            spec("users", "2,000 users", "14 incidents", ""),
            &["a count of users", "a count of incidents", "same noun"],
        ),
        (
            spec("latency", "fast", "180ms", ""),
            &["The before value", "`fast`", "does not start with a number"],
        ),
        (
            spec("latency", "1.2s", "1,5s", ""),
            &["The after value", "use a dot for decimals"],
        ),
        (
            spec("widgets", "10", "20", ""),
            &[
                "lower or higher is better for `widgets`",
                "better = \"lower\" | \"higher\"",
                "--metric-better lower|higher",
            ],
        ),
        (
            spec("p99 latency", "180ms", "1.2s", ""),
            &["went up", "lower is better", "--metric-better higher"],
        ),
        (
            with_better(spec("widgets", "20", "10", ""), Better::Higher),
            &["went down", "higher is better", "as the metric says"],
        ),
        (
            spec("latency", "1.2s", "1200ms", ""),
            &["same amount", "no change"],
        ),
        (
            spec("", "", "", ""),
            &["needs `what`, `before` and `after`"],
        ),
        (spec("latency", "1.2s", "", ""), &["needs `after`"]),
        (
            spec("signups", "0", "400", ""),
            &["starts at zero", "free-text answer"],
        ),
        (spec("latency", "-2s", "1s", ""), &["negative"]),
    ];
    for (spec, fragments) in table {
        let message = spec.phrase().unwrap_err().to_string();
        for fragment in fragments {
            assert!(
                message.contains(fragment),
                "{spec:?}\n{message}\nmissing {fragment}"
            );
        }
    }
}

#[test]
fn missing_fields_are_listed() {
    let err = spec("latency", "", "", "").phrase().unwrap_err();
    assert!(
        matches!(err, MetricError::Missing(ref f) if f.len() == 2),
        "{err:?}"
    );
}

#[test]
fn direction_is_guessed_from_the_measure() {
    let table: &[(&str, Option<Better>)] = &[
        ("p99 latency", Some(Better::Lower)),
        ("build time", Some(Better::Lower)),
        ("AWS spend", Some(Better::Lower)),
        ("error rate", Some(Better::Lower)),
        ("incidents", Some(Better::Lower)),
        ("MTTR", Some(Better::Lower)),
        ("downtime", Some(Better::Lower)),
        ("memory usage", Some(Better::Lower)),
        ("CPU", Some(Better::Lower)),
        ("customer churn", Some(Better::Lower)),
        ("support tickets", Some(Better::Lower)),
        ("throughput", Some(Better::Higher)),
        ("req/s", Some(Better::Higher)),
        ("users", Some(Better::Higher)),
        ("revenue", Some(Better::Higher)),
        ("conversion rate", Some(Better::Higher)),
        ("test coverage", Some(Better::Higher)),
        ("cache hit rate", Some(Better::Higher)),
        ("uptime", Some(Better::Higher)),
        ("availability", Some(Better::Higher)),
        ("retention", Some(Better::Higher)),
        ("NPS", Some(Better::Higher)),
        ("cost savings", Some(Better::Higher)),
        ("hours saved per week", Some(Better::Higher)),
        ("cost per request", Some(Better::Lower)),
        ("widgets", None),
    ];
    for (what, better) in table {
        assert_eq!(guess_better(what), *better, "{what}");
    }
}

#[test]
fn better_is_lowercase_in_files() {
    let spec = with_better(spec("latency", "1s", "2s", ""), Better::Higher);
    let text = toml::to_string(&spec).unwrap();
    assert!(text.contains("better = \"higher\""), "{text}");
    let back: MetricSpec = toml::from_str("better = \"lower\"").unwrap();
    assert_eq!(back.better, Some(Better::Lower));
}

#[test]
fn added_text_is_ascii() {
    let phrase = spec("latency", "1.2 \u{b5}s", "180ns", "")
        .phrase()
        .unwrap();
    let added = phrase.text.replace("1.2 \u{b5}s", "").replace("180ns", "");
    assert!(added.is_ascii(), "{}", phrase.text);
}
