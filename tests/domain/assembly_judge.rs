//! The bullet reads right however the answers are phrased: an automatic judge reads every bullet
//! rung assembles from a corpus of answer sets typed the way people type them, in both styles.
//!
//! The judge flags: a comma splice (`..., moved checks into a queue`), a sentence without a verb
//! at its head or one that opens with an -ing word, `By`, `Which`, `That`, `I`, `We` or a figure,
//! `by` followed by a finite verb or a pronoun, a verb put in front of a clause that has its own, the same technology named twice, a
//! doubled word, a pronoun mid-sentence, and untidy punctuation. It is independent of how
//! assembly works: it only reads the output. `judge_catches_every_bad_example_of_the_issue`
//! shows it catches what rung used to print.
//!
//! Two answer sets live in tests/fixtures/answers/: `corpus.toml` (223 sets, used while tuning)
//! and `holdout.toml` (100 sets written separately and not read while tuning). The corpus must
//! read right everywhere; the held-out set at least 90% in both styles.

use rung::coach::taxonomy::taxonomy;
use rung::coach::text::Words;
use rung::ladder::verbs::{Form, form_of};
use rung::ladder::{Draft, DraftId, MetricSpec, PackSet, Rung, Style, assemble};
use serde::Deserialize;

/// One answer set as a user typed it.
#[derive(Debug, Deserialize)]
struct Set {
    pack: String,
    #[serde(default)]
    task: String,
    #[serde(default)]
    tools: String,
    #[serde(default)]
    stack: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    metric: String,
    #[serde(default)]
    what: String,
    #[serde(default)]
    before: String,
    #[serde(default)]
    after: String,
    #[serde(default)]
    scope: String,
}

#[derive(Debug, Deserialize)]
struct SetFile {
    set: Vec<Set>,
}

/// One golden case: an answer set and the exact bullet in each style.
#[derive(Debug, Deserialize)]
struct Golden {
    #[serde(flatten)]
    set: Set,
    impact_last: String,
    impact_first: String,
}

#[derive(Debug, Deserialize)]
struct GoldenFile {
    case: Vec<Golden>,
}

fn read(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/answers/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).expect("answer set file")
}

fn load(name: &str) -> Vec<Set> {
    toml::from_str::<SetFile>(&read(name))
        .expect("answer sets parse")
        .set
}

fn draft(set: &Set) -> Draft {
    let mut d = Draft::new(
        DraftId::parse("judge-1").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
        set.pack.as_str(),
    );
    for (rung, answer) in
        Rung::ALL
            .into_iter()
            .zip([&set.task, &set.tools, &set.stack, &set.method, &set.metric])
    {
        d.answers.set(rung, answer.as_str());
    }
    let spec = MetricSpec {
        what: set.what.clone(),
        before: set.before.clone(),
        after: set.after.clone(),
        scope: set.scope.clone(),
        better: None,
    };
    if !spec.is_empty() {
        d.metric = Some(spec);
    }
    d
}

/// Pronouns and openers a bullet's sentence never starts with.
const BAD_OPENERS: &[&str] = &[
    "by",
    "which",
    "that",
    "i",
    "we",
    "my",
    "our",
    "responsible",
    "and",
    "to",
    "it",
    "this",
];

/// What the judge finds wrong with one bullet; empty when it reads right.
pub fn judge(bullet: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if bullet.is_empty() {
        return problems;
    }
    for bad in [
        "  ", " ,", ",,", " . ", ",.", ".,", ". .", "( ", " )", "()", ";.",
    ] {
        if bullet.contains(bad) || bullet.ends_with(" .") {
            problems.push(format!("untidy punctuation {bad:?}"));
        }
    }
    if !bullet.ends_with('.') {
        problems.push("no full stop at the end".into());
    }
    for sentence in sentences(bullet) {
        let words: Vec<&str> = sentence.split(' ').collect();
        let first = words[0].trim_start_matches(['"', '\'', '(']);
        let lower = first.to_lowercase();
        if first.chars().next().is_some_and(char::is_lowercase) {
            problems.push(format!("sentence opens in lower case: {first:?}"));
        }
        if BAD_OPENERS.contains(&lower.as_str()) {
            problems.push(format!("sentence opens with {first:?}"));
        } else if first
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "$~+-".contains(c))
        {
            problems.push(format!("sentence opens with a figure: {first:?}"));
        } else {
            match form_of(first) {
                // `Marketing now publishes ...`: an -ing noun as the subject is fine.
                Some(Form::Ing) if has_clause_verb(&words) => {}
                Some(Form::Ing) => problems.push(format!("sentence opens with -ing: {first:?}")),
                Some(Form::Past | Form::Third | Form::Base) => {}
                _ if has_subject_verb(&words) || has_clause_verb(&words) => {}
                _ => problems.push(format!("no verb at the head: {first:?}")),
            }
            // A verb put in front of a clause that has its own (`Achieved teams use it now`),
            // or of nothing but a figure (`Delivered by 80%`).
            let added = ["achieved", "delivered"].contains(&lower.as_str());
            if added && words.len() > 2 && has_clause_verb(&words[1..]) {
                problems.push(format!("{first:?} in front of a whole clause"));
            }
            if added
                && words.get(1).is_some_and(|w| *w == "by")
                && words
                    .get(2)
                    .is_some_and(|w| !matches!(form_of(w), Some(Form::Ing)))
            {
                problems.push(format!("{first:?} with nothing it did"));
            }
        }
        for pair in words.windows(2) {
            // `the Coordinate discharge planning`: a capitalised verb after an article.
            let (a, b) = (pair[0], pair[1]);
            let capitalised = b.chars().next().is_some_and(char::is_uppercase)
                && b.chars().skip(1).all(char::is_lowercase);
            let tech = !taxonomy()
                .find_in(&Words::new(&format!("with {b}")))
                .is_empty();
            if ["the", "a"].contains(&a) && capitalised && form_of(b) == Some(Form::Base) && !tech {
                problems.push(format!("verb as a name: {:?}", format!("{a} {b}")));
            }
        }
        // `A, cut B and tripled C`: verbs in a list joined by a final `and` are not a splice.
        let coordinated_after = |i: usize| {
            (i + 2..words.len()).any(|j| {
                words[j] == "and"
                    && (words[j - 1].ends_with(',')
                        || words
                            .get(j + 1)
                            .is_some_and(|w| matches!(form_of(w), Some(Form::Past | Form::Third))))
            })
        };
        for (i, pair) in words.windows(2).enumerate() {
            let (a, b) = (pair[0], pair[1]);
            let next = words.get(i + 2).copied().unwrap_or_default().to_lowercase();
            let b_lower = b.trim_end_matches([',', '.']).to_lowercase();
            if a.ends_with(',') {
                let a_verb = matches!(
                    form_of(a.trim_end_matches(',')),
                    Some(Form::Past | Form::Third)
                );
                let past = form_of(b) == Some(Form::Past);
                let third = form_of(b) == Some(Form::Third)
                    && (next.chars().next().is_some_and(|c| c.is_ascii_digit())
                        || ["the", "a", "an", "our", "all"].contains(&next.as_str()));
                let participle = [
                    "by", "on", "with", "in", "from", "for", "to", "into", "as", "of", "and",
                ]
                .contains(&next.as_str());
                let pronoun = ["i", "we", "they", "he", "she"].contains(&b_lower.as_str());
                // `6s, cost roughly flat`: a noun that is also a past form, before an adverb.
                let noun_before_adverb = next.ends_with("ly") && next.len() > 3;
                let splice = ((past || third)
                    && !participle
                    && !a_verb
                    && !noun_before_adverb
                    && !coordinated_after(i))
                    || pronoun;
                if splice {
                    problems.push(format!("comma splice at {:?}", format!("{a} {b}")));
                }
            }
            let a_core = a.trim_end_matches([',', '.']).to_lowercase();
            if a_core == b_lower
                && !a.ends_with([',', '.'])
                && !a_core.chars().all(|c| c.is_ascii_digit())
            {
                problems.push(format!("doubled word {a:?}"));
            }
            if a.eq_ignore_ascii_case("by") {
                let finite = matches!(form_of(b), Some(Form::Past | Form::Third));
                let bad = finite
                    || ["i", "we", "my", "our", "responsible", "which", "that"]
                        .contains(&b_lower.as_str());
                if bad {
                    problems.push(format!("\"by\" followed by {b:?}"));
                }
            }
            if b == "i" {
                problems.push(format!("pronoun mid-sentence: {b:?}"));
            }
        }
    }
    let tax = taxonomy();
    let padded = format!("with {bullet}");
    let found = tax.find_in(&Words::new(&padded));
    let mut seen = Vec::new();
    for m in found {
        let before = padded[..m.span.start].trim_end();
        let after = padded[m.span.end..].chars().next();
        let listed = ["in", "with", "on", "using", "by", "behind"]
            .iter()
            .any(|c| before.to_lowercase().ends_with(&format!(" {c}")));
        let whole = after.is_none_or(|c| c != ' ')
            || padded[m.span.end..]
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
        if seen.contains(&m.tech) && listed && whole {
            problems.push(format!("{} named twice", tax.tech(m.tech).name));
        }
        seen.push(m.tech);
    }
    problems
}

/// True when the words hold a clause of their own: a subject, then a verb followed by what a
/// verb takes (`teams actually use it`, `runtime went from`, `screens develop 2 times faster`).
fn has_clause_verb(words: &[&str]) -> bool {
    const TAKES: &[&str] = &[
        "it", "them", "the", "a", "an", "their", "from", "to", "in", "within", "up", "down",
        "around", "about", "over", "on", "at", "for", "with", "again", "now", "off",
    ];
    let head: Vec<&str> = words
        .iter()
        .take(12)
        .take_while(|w| **w != "and")
        .copied()
        .collect();
    let head: Vec<&str> = match head.iter().position(|w| w.ends_with(',')) {
        Some(i) => head[..=i].to_vec(),
        None => head,
    };
    (1..head.len()).any(|i| {
        let w = head[i].trim_end_matches(',');
        let prev = head[i - 1].to_lowercase();
        let next = head
            .get(i + 1)
            .map(|n| n.to_lowercase())
            .unwrap_or_default();
        let takes = next.is_empty()
            || TAKES.contains(&next.as_str())
            || next.chars().next().is_some_and(|c| c.is_ascii_digit())
            || (next.ends_with("ly") && next.len() > 3);
        let after_subject = (prev.ends_with('s')
            && !["less", "this", "its", "was", "has"].contains(&prev.as_str()))
            || prev.ends_with("ly")
            || prev == "now";
        let after_adverb = (prev == "now" || prev.ends_with("ly")) && !next.is_empty();
        let takes_object = (!next.is_empty() && takes) || after_adverb;
        ["is", "are", "was", "were"].contains(&w)
            || (matches!(form_of(w), Some(Form::Past)) && takes)
            || (matches!(form_of(w), Some(Form::Base | Form::Third))
                && after_subject
                && takes_object)
    })
}

/// True when a finite verb follows a short subject: `Job runtime went from ...`.
fn has_subject_verb(words: &[&str]) -> bool {
    let head: Vec<&str> = words.iter().take(11).copied().collect();
    head.iter()
        .enumerate()
        .skip(1)
        .take_while(|(_, w)| !w.ends_with(','))
        .any(|(i, w)| {
            ["is", "are", "was", "were", "has", "have", "had"].contains(&w.to_lowercase().as_str())
                || matches!(form_of(w), Some(Form::Past))
                || (form_of(w) == Some(Form::Base) && head[i - 1].ends_with('s'))
        })
}

/// The sentences of a bullet: split at a full stop followed by a space and a capital.
fn sentences(bullet: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = bullet.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let ends = c == '.'
            && chars.get(i + 1) == Some(&' ')
            && chars.get(i + 2).is_some_and(|n| n.is_uppercase());
        if ends {
            out.push(current.trim().trim_end_matches('.').to_string());
            current.clear();
        }
    }
    let last = current.trim().trim_end_matches('.').to_string();
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// Assembles every set in both styles and returns the failures, one line each.
fn failures(sets: &[Set]) -> (usize, Vec<String>) {
    let packs = PackSet::builtin();
    let mut bad = Vec::new();
    let mut sets_ok = 0;
    for (n, set) in sets.iter().enumerate() {
        let pack = packs.get(&set.pack).expect("known pack");
        let d = draft(set);
        let mut ok = true;
        for style in [Style::ImpactLast, Style::ImpactFirst] {
            let bullet = assemble(&d, pack, style);
            let problems = judge(&bullet);
            if !problems.is_empty() {
                ok = false;
                bad.push(format!(
                    "#{n} {}: {bullet}\n    {}",
                    style.name(),
                    problems.join("; ")
                ));
            }
        }
        sets_ok += usize::from(ok);
    }
    (sets_ok, bad)
}

#[test]
fn judge_catches_every_bad_example_of_the_issue() {
    for bad in [
        "Rebuilt the checkout service in Go, backed by PostgreSQL and Redis, moved fraud checks off the request path into a queue.",
        "Cut costs 30% by rebuilding the checkout service in Go, moved fraud checks off the request path.",
        "Improving throughput 3x.",
        "Which cut build times from 25 to 8 minutes.",
        "By 30%.",
        "A 95% drop in manual reconciliation work.",
        "AUC from 0.71 to 0.84.",
        "By 30% by building the ingestion service.",
        "Serving 2M requests a day by developing the API.",
        "Built a Go service that generates invoices in Go.",
        "Cut errors 20% by i built the runbook.",
        "Cut latency 40% by Responsible for the order history API.",
        "Responsible for the order history API in Go.",
        "Built the API in Go, backed by Redis, , token bucket per API key..",
        "Shipped the app in in Swift.",
        "Participated in the redesign. Achieved other teams actually use it now.",
        "Fixed the picker. Achieved new screens develop 2 times faster.",
        "Fixed the reports endpoint. Delivered by like 80%.",
        "Delivered the Coordinate discharge planning using Epic.",
    ] {
        assert!(!judge(bad).is_empty(), "the judge let this through: {bad}");
    }
    for good in [
        "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, streaming rows in batches instead of loading whole tables. Cut export time from 40 min to 6 min (-85%) for 2,000 accounts.",
        "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts by rebuilding the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS.",
        "Raised AUC from 0.71 to 0.84 (+18%) by retraining the model on cleaned labels.",
    ] {
        assert_eq!(judge(good), Vec::<String>::new(), "{good}");
    }
}

#[test]
fn the_corpus_reads_right_in_both_styles() {
    let sets = load("corpus.toml");
    assert!(sets.len() >= 200, "only {} sets", sets.len());
    let (ok, bad) = failures(&sets);
    assert!(
        bad.is_empty(),
        "{ok} of {} sets read right in both styles; these did not:\n{}",
        sets.len(),
        bad.join("\n")
    );
}

#[test]
fn the_held_out_sets_read_right_in_at_least_nine_of_ten() {
    let sets = load("holdout.toml");
    let (ok, bad) = failures(&sets);
    let share = ok as f64 / sets.len() as f64;
    println!(
        "held-out: {ok} of {} sets read right in both styles ({:.0}%)",
        sets.len(),
        share * 100.0
    );
    assert!(
        share >= 0.9,
        "{ok} of {} held-out sets read right in both styles; {} bullets did not",
        sets.len(),
        bad.len()
    );
}

#[test]
fn golden_bullets_read_exactly_as_reviewed() {
    let cases = toml::from_str::<GoldenFile>(&read("golden.toml"))
        .expect("golden table parses")
        .case;
    assert!(cases.len() >= 40, "only {} golden cases", cases.len());
    let packs = PackSet::builtin();
    let mut wrong = Vec::new();
    for case in &cases {
        let pack = packs.get(&case.set.pack).expect("known pack");
        let d = draft(&case.set);
        for (style, want) in [
            (Style::ImpactLast, &case.impact_last),
            (Style::ImpactFirst, &case.impact_first),
        ] {
            let got = assemble(&d, pack, style);
            if &got != want {
                wrong.push(format!(
                    "{}: {:?}\n  want {want}\n  got  {got}",
                    style.name(),
                    case.set.task
                ));
            }
            assert_eq!(
                judge(want),
                Vec::<String>::new(),
                "a golden bullet the judge rejects: {want}"
            );
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
