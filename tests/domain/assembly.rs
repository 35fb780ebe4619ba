//! Bullet assembly as a user sees it: both styles at every level, with the built-in packs.

use rung::ladder::assemble::{answer_text, ats_safe, clean_answer, notes, variants};
use rung::ladder::{
    Draft, DraftId, FinalText, Pack, PackSet, Rung, Segment, Style, Trim, assemble,
    assemble_segments, bullet,
};

use crate::support::app::LONG;

const TASK: &str = "Rebuilt the invoice export service";
const TOOLS: &str = "Rust and Axum";
const STACK: &str = "PostgreSQL, S3 and SQS";
const METHOD: &str = "streaming rows in batches instead of loading whole tables";
const METRIC: &str = "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts";

fn pack(name: &str) -> Pack {
    PackSet::builtin().get(name).expect("built-in pack").clone()
}

/// A draft with the given answers, in rung order (task, tools, stack, method, metric).
fn draft(answers: [&str; 5]) -> Draft {
    let mut d = Draft::new(
        DraftId::parse("test-1").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
        "backend",
    );
    for (rung, answer) in Rung::ALL.into_iter().zip(answers) {
        d.answers.set(rung, answer);
    }
    d
}

fn last(answers: [&str; 5], pack_name: &str) -> String {
    assemble(&draft(answers), &pack(pack_name), Style::ImpactLast)
}

fn first(answers: [&str; 5], pack_name: &str) -> String {
    assemble(&draft(answers), &pack(pack_name), Style::ImpactFirst)
}

#[test]
fn design_example_impact_last() {
    assert_eq!(
        last([TASK, TOOLS, STACK, METHOD, METRIC], "backend"),
        "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, \
         streaming rows in batches instead of loading whole tables. Cut export time from 40 min \
         to 6 min (-85%) for 2,000 accounts."
    );
}

#[test]
fn design_example_impact_first() {
    assert_eq!(
        first([TASK, TOOLS, STACK, METHOD, METRIC], "backend"),
        "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts by rebuilding the invoice \
         export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, streaming rows in \
         batches instead of loading whole tables."
    );
}

#[test]
fn every_level_with_the_backend_pack() {
    let cases: [(usize, &str, &str); 5] = [
        (
            1,
            "Rebuilt the invoice export service.",
            "Rebuilt the invoice export service.",
        ),
        (
            2,
            "Rebuilt the invoice export service in Rust and Axum.",
            "Rebuilt the invoice export service in Rust and Axum.",
        ),
        (
            3,
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS.",
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS.",
        ),
        (
            4,
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, \
             streaming rows in batches instead of loading whole tables.",
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, \
             streaming rows in batches instead of loading whole tables.",
        ),
        (
            5,
            "Rebuilt the invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, \
             streaming rows in batches instead of loading whole tables. Cut export time from 40 \
             min to 6 min (-85%) for 2,000 accounts.",
            "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts by rebuilding the \
             invoice export service in Rust and Axum, backed by PostgreSQL, S3 and SQS, streaming \
             rows in batches instead of loading whole tables.",
        ),
    ];
    let all = [TASK, TOOLS, STACK, METHOD, METRIC];
    for (level, want_last, want_first) in cases {
        let mut answers = [""; 5];
        answers[..level].copy_from_slice(&all[..level]);
        let d = draft(answers);
        assert_eq!(d.level() as usize, level);
        assert_eq!(last(answers, "backend"), want_last, "level {level}");
        assert_eq!(first(answers, "backend"), want_first, "level {level}");
    }
}

#[test]
fn every_level_with_the_general_pack() {
    let all = [
        "Rebuilt the monthly reporting process",
        "Excel, Power Query, and SQL",
        "the finance team's ERP and a shared data warehouse",
        "replacing weekly spreadsheets with a live dashboard",
        "cut month-end close from 6 days to 2 days",
    ];
    let want_last = [
        "Rebuilt the monthly reporting process.",
        "Rebuilt the monthly reporting process using Excel, Power Query and SQL.",
        "Rebuilt the monthly reporting process using Excel, Power Query and SQL, across the \
         finance team's ERP and a shared data warehouse.",
        "Rebuilt the monthly reporting process using Excel, Power Query and SQL, across the \
         finance team's ERP and a shared data warehouse, replacing weekly spreadsheets with a \
         live dashboard.",
        "Rebuilt the monthly reporting process using Excel, Power Query and SQL, across the \
         finance team's ERP and a shared data warehouse, replacing weekly spreadsheets with a \
         live dashboard. Cut month-end close from 6 days to 2 days.",
    ];
    for level in 1..=5 {
        let mut answers = [""; 5];
        answers[..level].copy_from_slice(&all[..level]);
        assert_eq!(
            last(answers, "general"),
            want_last[level - 1],
            "level {level}"
        );
        if level < 5 {
            // No metric to lead with: impact-first falls back to impact-last.
            assert_eq!(
                first(answers, "general"),
                want_last[level - 1],
                "level {level}"
            );
        }
    }
    assert_eq!(
        first(all, "general"),
        "Cut month-end close from 6 days to 2 days by rebuilding the monthly reporting process \
         using Excel, Power Query and SQL, across the finance team's ERP and a shared data \
         warehouse, replacing weekly spreadsheets with a live dashboard."
    );
}

#[test]
fn partial_combinations_read_as_sentences() {
    let cases = [
        // (answers, impact-last, impact-first)
        (
            [TASK, "", "", "", METRIC],
            "Rebuilt the invoice export service. Cut export time from 40 min to 6 min (-85%) for 2,000 accounts.",
            "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts by rebuilding the invoice export service.",
        ),
        (
            ["", TOOLS, STACK, "", ""],
            "In Rust and Axum, backed by PostgreSQL, S3 and SQS.",
            "In Rust and Axum, backed by PostgreSQL, S3 and SQS.",
        ),
        (
            ["", TOOLS, "", METHOD, METRIC],
            "In Rust and Axum, streaming rows in batches instead of loading whole tables. Cut export time from 40 min to 6 min (-85%) for 2,000 accounts.",
            "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts in Rust and Axum, streaming rows in batches instead of loading whole tables.",
        ),
        (
            ["", "", STACK, METHOD, METRIC],
            "Backed by PostgreSQL, S3 and SQS, streaming rows in batches instead of loading whole tables. Cut export time from 40 min to 6 min (-85%) for 2,000 accounts.",
            "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts, backed by PostgreSQL, S3 and SQS, streaming rows in batches instead of loading whole tables.",
        ),
        (
            [TASK, "", STACK, "", ""],
            "Rebuilt the invoice export service, backed by PostgreSQL, S3 and SQS.",
            "Rebuilt the invoice export service, backed by PostgreSQL, S3 and SQS.",
        ),
        (
            [TASK, "", "", METHOD, ""],
            "Rebuilt the invoice export service, streaming rows in batches instead of loading whole tables.",
            "Rebuilt the invoice export service, streaming rows in batches instead of loading whole tables.",
        ),
        (
            ["", "", "", METHOD, ""],
            "Streaming rows in batches instead of loading whole tables.",
            "Streaming rows in batches instead of loading whole tables.",
        ),
        (
            ["", "", "", "", METRIC],
            "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts.",
            "Cut export time from 40 min to 6 min (-85%) for 2,000 accounts.",
        ),
        (["", "", "", "", ""], "", ""),
    ];
    for (answers, want_last, want_first) in cases {
        assert_eq!(last(answers, "backend"), want_last, "{answers:?}");
        assert_eq!(first(answers, "backend"), want_first, "{answers:?}");
    }
}

#[test]
fn out_of_order_answers_keep_rung_order() {
    // A user who answered metric and tools first, then went back for the task.
    let mut d = draft(["", "", "", "", ""]);
    d.answers.set(Rung::Metric, METRIC);
    d.answers.set(Rung::Tools, TOOLS);
    d.answers.set(Rung::Task, TASK);
    assert_eq!(d.level(), 2);
    assert_eq!(
        assemble(&d, &pack("backend"), Style::ImpactLast),
        "Rebuilt the invoice export service in Rust and Axum. Cut export time from 40 min to 6 min \
         (-85%) for 2,000 accounts."
    );
}

#[test]
fn connectors_are_never_doubled() {
    let cases = [
        ("in Go and Redis", "Shipped X in Go and Redis."),
        ("In Go and Redis", "Shipped X In Go and Redis."),
        ("using Go", "Shipped X using Go."),
        ("with Go", "Shipped X with Go."),
        ("via gRPC", "Shipped X via gRPC."),
        ("on Kubernetes", "Shipped X on Kubernetes."),
        ("through a Go rewrite", "Shipped X through a Go rewrite."),
        ("Ingres and Go", "Shipped X in Ingres and Go."),
        ("on-prem Go", "Shipped X in on-prem Go."),
    ];
    for (tools, want) in cases {
        assert_eq!(
            last(["Shipped X", tools, "", "", ""], "backend"),
            want,
            "{tools}"
        );
    }
    assert_eq!(
        last(["Shipped X", "", "backed by Postgres", "", ""], "backend"),
        "Shipped X, backed by Postgres."
    );
    assert_eq!(
        last(["Shipped X", "", "BACKED BY Postgres", "", ""], "backend"),
        "Shipped X, BACKED BY Postgres."
    );
    assert_eq!(
        last(["Shipped X", "", "on top of Postgres", "", ""], "backend"),
        "Shipped X, on top of Postgres."
    );
    assert_eq!(
        last(
            ["Launched Y", "using Figma", "alongside Jira", "", ""],
            "general"
        ),
        "Launched Y using Figma, alongside Jira."
    );
    assert_eq!(
        last(
            [
                "Launched Y",
                "Figma",
                "Jira",
                "by interviewing 12 customers",
                ""
            ],
            "general"
        ),
        "Launched Y using Figma, with Jira, by interviewing 12 customers."
    );
    // A task that opens with "by" in impact-first does not get a second one.
    assert_eq!(
        first(
            ["by rewriting the cron jobs", "", "", "", "Cut costs 30%"],
            "backend"
        ),
        "Cut costs 30% by rewriting the cron jobs."
    );
    // Nor does a metric that already ends with "by".
    assert_eq!(
        first(
            ["Rewrote the cron jobs", "", "", "", "Cut costs 30% by"],
            "backend"
        ),
        "Cut costs 30% by rewriting the cron jobs."
    );
}

#[test]
fn lists_read_naturally() {
    let cases = [
        ("Go", "in Go."),
        ("Go and Gin", "in Go and Gin."),
        ("Go, Gin", "in Go and Gin."),
        ("Go, Gin, Echo", "in Go, Gin and Echo."),
        ("Go, Gin, and Echo", "in Go, Gin and Echo."),
        ("Go,Gin,Echo", "in Go, Gin and Echo."),
        (
            "Python, FastAPI and SQLAlchemy",
            "in Python, FastAPI and SQLAlchemy.",
        ),
    ];
    for (tools, want) in cases {
        let out = last(["Shipped X", tools, "", "", ""], "backend");
        assert_eq!(out, format!("Shipped X {want}"), "{tools}");
    }
    // Method and metric are not lists: their commas stay as typed.
    assert_eq!(
        last(
            [
                "",
                "",
                "",
                "batching reads, caching writes, and retrying",
                ""
            ],
            "backend"
        ),
        "Batching reads, caching writes, and retrying."
    );
}

#[test]
fn punctuation_and_whitespace_are_tidied() {
    assert_eq!(
        last(
            [
                "  rebuilt   the\nexport service.  ",
                " Rust ,  Axum, ",
                ";PostgreSQL;",
                "streaming rows,",
                "cut export time by 85%.",
            ],
            "backend"
        ),
        "Rebuilt the export service in Rust and Axum, backed by PostgreSQL, streaming rows. Cut \
         export time by 85%."
    );
    assert_eq!(
        last(
            ["- Shipped the iOS app!!", "", "", "", "Doubled sign-ups?"],
            "backend"
        ),
        "Shipped the iOS app. Doubled sign-ups."
    );
    assert_eq!(
        last(["iOS app for field teams", "Swift", "", "", ""], "backend"),
        "Delivered iOS app for field teams in Swift."
    );
    assert_eq!(
        last(
            ["Shipped X", "Go..", "", "", "more than doubled... revenue"],
            "backend"
        ),
        "Shipped X in Go. More than doubled... revenue."
    );
    // Answers of only punctuation or spaces leave no trace.
    assert_eq!(
        last(["Shipped X", " , ", "...", "\n\t", ". "], "backend"),
        "Shipped X."
    );
}

#[test]
fn proper_nouns_keep_their_case() {
    assert_eq!(
        first(
            ["Migrated NATS to JetStream", "Go", "", "", "cut lag 90%"],
            "backend"
        ),
        "Cut lag 90% by migrating NATS to JetStream in Go."
    );
    assert_eq!(
        first(
            ["Kubernetes migration", "", "", "", "saved $40k a year"],
            "backend"
        ),
        "Saved $40k a year by delivering the Kubernetes migration."
    );
}

#[test]
fn typography_becomes_ats_safe() {
    assert_eq!(
        last(
            [
                "Rebuilt the \u{201C}legacy\u{201D} export \u{2014} end\u{2013}to\u{2013}end",
                "Rust\u{00A0}and\u{200B} Axum",
                "",
                "",
                "3\u{00D7} faster page loads, and more\u{2026}",
            ],
            "backend"
        ),
        "Rebuilt the \"legacy\" export - end-to-end in Rust and Axum. Achieved 3x faster page loads, and more."
    );
    assert_eq!(ats_safe("it\u{2019}s"), "it's");
    assert_eq!(
        clean_answer("M\u{00FC}ller \u{1F680}"),
        "M\u{00FC}ller \u{1F680}"
    );
}

#[test]
fn gerunds_in_impact_first() {
    let cases = [
        ("Led the platform team", "by leading the platform team."),
        ("Ran the incident review", "by running the incident review."),
        ("Set up CI for iOS", "by setting up CI for iOS."),
        ("Wrote the runbooks", "by writing the runbooks."),
        ("Designed the schema", "by designing the schema."),
        (
            "Stopped duplicate charges",
            "by stopping duplicate charges.",
        ),
        (
            "The new billing page",
            "by delivering the new billing page.",
        ),
        ("I built the runbook", "by building the runbook."),
        (
            "Responsible for the order history API",
            "by owning the order history API.",
        ),
    ];
    for (task, want) in cases {
        assert_eq!(
            first([task, "", "", "", "Cut churn 10%"], "backend"),
            format!("Cut churn 10% {want}"),
            "{task}"
        );
    }
}

fn text(segments: &[Segment]) -> String {
    segments.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn segments_concatenate_to_the_bullet() {
    let backend = pack("backend");
    for answers in [
        [TASK, TOOLS, STACK, METHOD, METRIC],
        [TASK, "", STACK, "", METRIC],
        ["", TOOLS, "", "", ""],
        ["", "", "", "", ""],
    ] {
        let d = draft(answers);
        for style in [Style::ImpactLast, Style::ImpactFirst] {
            let segments = assemble_segments(&d, &backend, style, false);
            assert_eq!(text(&segments), assemble(&d, &backend, style));
            assert!(segments.iter().all(|s| !s.placeholder));
            for rung in Rung::ALL {
                let carried = segments.iter().filter(|s| s.rung == Some(rung)).count();
                let answered = !answer_text(&d, rung).is_empty();
                assert_eq!(carried, usize::from(answered), "{rung} in {answers:?}");
            }
        }
    }
}

#[test]
fn each_answered_rung_segment_carries_its_words() {
    let d = draft([TASK, TOOLS, STACK, METHOD, METRIC]);
    let segments = assemble_segments(&d, &pack("backend"), Style::ImpactLast, false);
    let of = |rung| {
        segments
            .iter()
            .find(|s| s.rung == Some(rung))
            .map(|s| s.text.clone())
            .unwrap()
    };
    assert_eq!(of(Rung::Task), TASK);
    assert_eq!(of(Rung::Tools), TOOLS);
    assert_eq!(of(Rung::Stack), STACK);
    assert_eq!(of(Rung::Method), METHOD);
    assert_eq!(of(Rung::Metric), METRIC);
    let glue: Vec<&str> = segments
        .iter()
        .filter(|s| s.rung.is_none())
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(glue, [" in ", ", backed by ", ", ", ". ", "."]);
}

#[test]
fn placeholders_only_for_empty_rungs_and_read_as_a_sentence() {
    let backend = pack("backend");
    let d = draft([TASK, "", STACK, "", ""]);
    let last = assemble_segments(&d, &backend, Style::ImpactLast, true);
    assert_eq!(
        text(&last),
        "Rebuilt the invoice export service in [tools?], backed by PostgreSQL, S3 and SQS, \
         [method?]. [metric?]."
    );
    let placeholders: Vec<Rung> = last
        .iter()
        .filter(|s| s.placeholder)
        .map(|s| s.rung.unwrap())
        .collect();
    assert_eq!(placeholders, [Rung::Tools, Rung::Method, Rung::Metric]);
    let first = assemble_segments(&d, &backend, Style::ImpactFirst, true);
    assert_eq!(
        text(&first),
        "[metric?] by rebuilding the invoice export service in [tools?], backed by PostgreSQL, S3 \
         and SQS, [method?]."
    );
    let empty = draft(["", "", "", "", ""]);
    assert_eq!(
        text(&assemble_segments(
            &empty,
            &pack("general"),
            Style::ImpactLast,
            true
        )),
        "[what you did?] using [tools?], across [setting?], [how?]. [result?]."
    );
    // A fully answered draft shows no placeholder at all.
    let full = draft([TASK, TOOLS, STACK, METHOD, METRIC]);
    let segments = assemble_segments(&full, &backend, Style::ImpactLast, true);
    assert!(segments.iter().all(|s| !s.placeholder));
    assert_eq!(
        text(&segments),
        assemble(&full, &backend, Style::ImpactLast)
    );
}

#[test]
fn hand_edited_text_wins_only_for_its_style() {
    let mut d = draft([TASK, TOOLS, "", "", METRIC]);
    d.final_text = Some(FinalText {
        text: "My own words.".into(),
        style: Style::ImpactLast,
    });
    let backend = pack("backend");
    assert_eq!(bullet(&d, &backend, Style::ImpactLast), "My own words.");
    assert_eq!(
        bullet(&d, &backend, Style::ImpactFirst),
        assemble(&d, &backend, Style::ImpactFirst)
    );
}

#[test]
fn each_style_keeps_its_own_hand_edit() {
    let backend = pack("backend");
    let mut d = draft([TASK, TOOLS, "", "", METRIC]);
    d.set_hand_edit(Style::ImpactLast, Some("Last, in my words.".into()));
    assert!(d.hand_edit_only_in_other(Style::ImpactFirst));
    d.set_hand_edit(Style::ImpactFirst, Some("First, in my words.".into()));
    assert_eq!(
        bullet(&d, &backend, Style::ImpactLast),
        "Last, in my words."
    );
    assert_eq!(
        bullet(&d, &backend, Style::ImpactFirst),
        "First, in my words."
    );
    assert!(!d.hand_edit_only_in_other(Style::ImpactFirst));
    // Editing one style again leaves the other's edit alone.
    d.set_hand_edit(Style::ImpactLast, Some("Last, again.".into()));
    assert_eq!(
        bullet(&d, &backend, Style::ImpactFirst),
        "First, in my words."
    );
    // Throwing one away keeps the other.
    d.set_hand_edit(Style::ImpactLast, None);
    assert_eq!(
        bullet(&d, &backend, Style::ImpactLast),
        assemble(&d, &backend, Style::ImpactLast)
    );
    assert_eq!(
        bullet(&d, &backend, Style::ImpactFirst),
        "First, in my words."
    );
    // Both survive a round trip through the draft file.
    d.set_hand_edit(Style::ImpactLast, Some("Last, kept.".into()));
    let back: Draft = toml::from_str(&toml::to_string(&d).unwrap()).unwrap();
    assert_eq!(bullet(&back, &backend, Style::ImpactLast), "Last, kept.");
    assert_eq!(
        bullet(&back, &backend, Style::ImpactFirst),
        "First, in my words."
    );
}

#[test]
fn a_long_bullet_offers_shorter_versions_that_keep_the_specific_tools() {
    let backend = pack("backend");
    let d = draft(LONG);
    let full = assemble(&d, &backend, Style::ImpactLast);
    assert!(full.chars().count() > 200, "{full}");
    let offered = variants(&d, &backend, Style::ImpactLast, 200);
    assert!(offered.len() >= 3, "{offered:#?}");
    assert_eq!(offered[0].text, full, "the full bullet comes first");
    let lengths: Vec<usize> = offered[1..]
        .iter()
        .map(|v| v.text.chars().count())
        .collect();
    assert!(
        lengths.windows(2).all(|w| w[0] >= w[1]),
        "longest first: {lengths:?}"
    );
    assert!(lengths.iter().all(|l| *l < full.chars().count()));
    let two = offered
        .iter()
        .find(|v| {
            v.trim
                == Trim {
                    tools: Some(2),
                    ..Trim::default()
                }
        })
        .expect("a two-tools version");
    // Frameworks and libraries say more than the language they are written in.
    assert!(two.text.contains("in Axum and Tokio"), "{}", two.text);
    assert!(!two.text.contains("Rust,"), "{}", two.text);
    // Every version still reads right and keeps the result.
    for v in &offered {
        assert!(
            v.text.contains("Cut export time from 40 min to 6 min"),
            "{}",
            v.text
        );
    }
    // A short bullet is offered nothing.
    assert!(
        variants(
            &draft([TASK, TOOLS, "", "", METRIC]),
            &backend,
            Style::ImpactLast,
            200
        )
        .is_empty()
    );
}

#[test]
fn a_chosen_trim_applies_to_both_styles_and_says_so_on_the_rung() {
    let backend = pack("backend");
    let mut d = draft(LONG);
    d.trim = Trim {
        tools: None,
        stack: true,
        method: false,
    };
    for style in [Style::ImpactLast, Style::ImpactFirst] {
        let text = assemble(&d, &backend, style);
        assert!(!text.contains("PostgreSQL"), "{text}");
        assert!(text.contains("streaming rows"), "{text}");
    }
    let notes = notes(&d, &backend, Style::ImpactLast);
    assert!(
        notes
            .iter()
            .any(|n| n.rung == Rung::Stack && n.text.contains("keep the bullet short")),
        "{notes:?}"
    );
}

#[test]
fn connectors_follow_what_each_name_is() {
    let cases = [
        (
            "PostgreSQL, SQS and AWS",
            "Shipped X in Go on AWS with SQS, backed by PostgreSQL.",
        ),
        ("Kubernetes", "Shipped X in Go on Kubernetes."),
        (
            "Keycloak and PagerDuty",
            "Shipped X in Go, with Keycloak and PagerDuty.",
        ),
        (
            "GitHub Actions on AWS",
            "Shipped X in Go on GitHub Actions and AWS.",
        ),
        ("NGINX", "Shipped X in Go, behind NGINX."),
        (
            "airflow, postgres and s3 on aws",
            "Shipped X in Go on aws with airflow, backed by postgres and s3.",
        ),
        (
            "PostgreSQL, S3 and SQS",
            "Shipped X in Go, backed by PostgreSQL, S3 and SQS.",
        ),
        (
            "the billing ledger",
            "Shipped X in Go, backed by the billing ledger.",
        ),
    ];
    for (stack, want) in cases {
        assert_eq!(
            last(["Shipped X", "Go", stack, "", ""], "backend"),
            want,
            "{stack}"
        );
    }
    // The general pack's connector for names rung does not know reads as a setting.
    assert_eq!(
        last(
            [
                "Ran the spring campaign",
                "Mailchimp",
                "45k subscribers",
                "",
                ""
            ],
            "general"
        ),
        "Ran the spring campaign using Mailchimp, across 45k subscribers."
    );
}

#[test]
fn names_already_said_are_not_said_again_and_the_rung_says_why() {
    let backend = pack("backend");
    let d = draft([
        "Built a Go service that generates invoices",
        "Go and gRPC",
        "Postgres",
        "",
        "",
    ]);
    assert_eq!(
        assemble(&d, &backend, Style::ImpactLast),
        "Built a Go service that generates invoices in gRPC, backed by Postgres."
    );
    let said = notes(&d, &backend, Style::ImpactLast);
    assert!(
        said.iter()
            .any(|n| n.rung == Rung::Tools && n.text.contains("left out Go")),
        "{said:?}"
    );
    // The same technology under another spelling counts too.
    let d = draft([
        "Tuned PostgreSQL queries",
        "Python",
        "postgres and Redis",
        "",
        "",
    ]);
    assert_eq!(
        assemble(&d, &backend, Style::ImpactLast),
        "Tuned PostgreSQL queries in Python, backed by Redis."
    );
    // A method that only restates the task is left out, with a note.
    let d = draft([
        "Migrated billing to Stripe",
        "",
        "",
        "migrating billing to stripe",
        "",
    ]);
    assert_eq!(
        assemble(&d, &backend, Style::ImpactLast),
        "Migrated billing to Stripe."
    );
    assert!(
        notes(&d, &backend, Style::ImpactLast)
            .iter()
            .any(|n| n.rung == Rung::Method && n.text.contains("says what the task already says"))
    );
}
