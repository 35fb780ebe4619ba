//! Guessing from `what` whether lower or higher is better.
//!
//! The words of `what` are matched against two keyword lists (plurals and case ignored, longest
//! phrase first, so `lead time` beats `lead` and `cache hit` beats nothing). The head of the
//! phrase decides: only words before the first `of`, `per`, `to`, ... count when they hold a
//! keyword (`cost per request` is a cost), and within them the last keyword wins, because English
//! puts the head noun last (`cost savings` are savings, `customer churn` is churn). When the head
//! holds no keyword the whole phrase is searched the same way (`number of incidents`).

use std::sync::LazyLock;

use super::Better;
use super::units::singular;

/// Measures where a lower value is the better outcome.
const LOWER: &[&str] = &[
    "latency",
    "lag",
    "time",
    "duration",
    "delay",
    "wait",
    "waiting",
    "hour",
    "minute",
    "day",
    "cost",
    "spend",
    "spending",
    "spent",
    "expense",
    "bill",
    "price",
    "error",
    "failure",
    "fail",
    "incident",
    "bug",
    "defect",
    "downtime",
    "outage",
    "mttr",
    "mttd",
    "mtta",
    "memory",
    "ram",
    "cpu",
    "churn",
    "attrition",
    "ticket",
    "support request",
    "p50",
    "p75",
    "p90",
    "p95",
    "p99",
    "p999",
    "tp99",
    "crash",
    "toil",
    "backlog",
    "turnaround",
    "bounce",
    "complaint",
    "escalation",
    "on call page",
    "page load",
    "alert",
    "regression",
    "flakiness",
    "flaky",
    "flaky test",
    "vulnerability",
    "cve",
    "overhead",
    "debt",
    "cold start",
    "ttfb",
    "tti",
    "lcp",
    "fcp",
    "rework",
    "false positive",
    "queue",
    "rollback",
    "abandonment",
    "lead time",
    "manual",
    "step",
    "handoff",
    "coupling",
    "disk",
    "storage",
    "footprint",
    "bundle",
    "payload",
    "binary size",
    "image size",
    "miss",
    "cache miss",
    "retry",
    "timeout",
    "drop",
    "loss",
    "leak",
    "noise",
    "spam",
    "fraud",
    "chargeback",
    "risk",
    "jitter",
    "slowness",
    "friction",
    "slow query",
    "effort",
    "waste",
    "burn",
    "dependency",
];

/// Measures where a higher value is the better outcome.
const HIGHER: &[&str] = &[
    "throughput",
    "req/s",
    "rps",
    "qps",
    "tps",
    "iops",
    "request",
    "query",
    "user",
    "customer",
    "client",
    "revenue",
    "sale",
    "conversion",
    "coverage",
    "hit",
    "hit rate",
    "cache hit",
    "uptime",
    "availability",
    "retention",
    "nps",
    "csat",
    "satisfaction",
    "saving",
    "saved",
    "save",
    "signup",
    "sign up",
    "registration",
    "adoption",
    "engagement",
    "dau",
    "mau",
    "wau",
    "arr",
    "mrr",
    "gmv",
    "profit",
    "margin",
    "booking",
    "deployment",
    "deploy",
    "release",
    "velocity",
    "accuracy",
    "precision",
    "recall",
    "auc",
    "f1",
    "ndcg",
    "map@",
    "score",
    "ctr",
    "click through",
    "click",
    "order",
    "transaction",
    "traffic",
    "subscriber",
    "download",
    "install",
    "lead",
    "pipeline",
    "yield",
    "efficiency",
    "capacity",
    "reliability",
    "success",
    "open rate",
    "activation",
    "growth",
    "member",
    "visitor",
    "session",
    "endpoint",
    "integration",
    "partner",
    "independence",
    "speed",
    "speedup",
    "performance",
    "message",
    "event",
    "processed",
    "handled",
    "resolved",
    "shipped",
    "feature",
    "automation",
    "automated",
    "test",
    "rating",
    "star",
    "follower",
    "view",
    "page view",
    "impression",
    "reach",
    "contributor",
    "hire",
    "output",
    "productivity",
    "bandwidth",
    "win",
    "win rate",
    "attainment",
    "compression",
    "resilience",
    "observability",
    "freshness",
    "ops/s",
];

/// Words that end the head of a noun phrase.
const PREPOSITIONS: &[&str] = &[
    "of", "per", "to", "for", "in", "on", "across", "at", "by", "with", "from", "over", "under",
];

/// Both keyword lists as word sequences, tagged with their direction.
static KEYWORDS: LazyLock<Vec<(Vec<String>, Better)>> = LazyLock::new(|| {
    let lower = LOWER.iter().map(|k| (words(k), Better::Lower));
    let higher = HIGHER.iter().map(|k| (words(k), Better::Higher));
    lower.chain(higher).collect()
});

/// Guesses from `what` (e.g. `p99 latency`, `cache hit rate`) whether lower or higher is
/// better; `None` when no known measure is named.
pub fn guess_better(what: &str) -> Option<Better> {
    let words = words(what);
    let head_len = words
        .iter()
        .position(|w| PREPOSITIONS.contains(&w.as_str()))
        .unwrap_or(words.len());
    last_keyword(&words[..head_len]).or_else(|| last_keyword(&words))
}

/// Lower-case singular words; `-` and `_` split words, other punctuation at the ends is dropped.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['-', '_'], " ")
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))
        .filter(|w| !w.is_empty())
        .map(singular)
        .collect()
}

/// The direction of the last keyword in `words`, matching the longest keyword at each place.
fn last_keyword(words: &[String]) -> Option<Better> {
    let mut found = None;
    let mut i = 0;
    while i < words.len() {
        match longest_at(&words[i..]) {
            Some((len, better)) => {
                found = Some(better);
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// The longest keyword that `words` starts with, with its length in words.
fn longest_at(words: &[String]) -> Option<(usize, Better)> {
    KEYWORDS
        .iter()
        .filter(|(keyword, _)| words.starts_with(keyword))
        .max_by_key(|(keyword, _)| keyword.len())
        .map(|(keyword, better)| (keyword.len(), *better))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_noun_decides() {
        let cases = [
            ("p99 latency", Some(Better::Lower)),
            ("cost savings", Some(Better::Higher)),
            ("customer churn", Some(Better::Lower)),
            ("cache hit rate", Some(Better::Higher)),
            ("lead time", Some(Better::Lower)),
            ("cost per request", Some(Better::Lower)),
            ("number of incidents", Some(Better::Lower)),
            ("hours saved per week", Some(Better::Higher)),
            ("Deploy frequency", Some(Better::Higher)),
            ("time-to-market", Some(Better::Lower)),
            ("req/s", Some(Better::Higher)),
            ("widgets", None),
            ("", None),
        ];
        for (what, better) in cases {
            assert_eq!(guess_better(what), better, "{what}");
        }
    }
}
