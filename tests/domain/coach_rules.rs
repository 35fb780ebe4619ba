//! Every rule in `assets/rules.toml` is tried on its own pass and fail examples, and a few
//! behaviours a user would notice are pinned down: spans, rungs, overrides, ignoring.

use rung::coach::{
    CheckContext, Level, Overrides, Scope, check_bullet, check_role, check_rung, rules,
};
use rung::ladder::Rung;
use rung::ladder::draft::IgnoredFinding;

fn fired(text: &str, rule: &str) -> bool {
    check_bullet(text, &CheckContext::default())
        .iter()
        .any(|f| f.rule == rule)
}

fn role_fired(bullets: &[String], rule: &str) -> bool {
    let refs: Vec<&str> = bullets.iter().map(String::as_str).collect();
    check_role(&refs, &CheckContext::default())
        .iter()
        .any(|f| f.finding.rule == rule)
}

#[test]
fn every_rule_passes_and_fails_its_own_examples() {
    let mut problems = Vec::new();
    for rule in &rules().rules {
        let d = &rule.def;
        if rule.scope == Scope::Role {
            if d.pass_role.is_empty() || d.fail_role.is_empty() {
                problems.push(format!(
                    "{}: needs pass_role and fail_role examples",
                    rule.id
                ));
            }
            for ex in &d.pass_role {
                if role_fired(ex, &rule.id) {
                    problems.push(format!("{}: fired on pass example {ex:?}", rule.id));
                }
            }
            for ex in &d.fail_role {
                if !role_fired(ex, &rule.id) {
                    problems.push(format!("{}: silent on fail example {ex:?}", rule.id));
                }
            }
            continue;
        }
        if d.pass.is_empty() || d.fail.is_empty() {
            problems.push(format!("{}: needs pass and fail examples", rule.id));
        }
        for ex in &d.pass {
            if fired(ex, &rule.id) {
                problems.push(format!("{}: fired on pass example {ex:?}", rule.id));
            }
        }
        for ex in &d.fail {
            if !fired(ex, &rule.id) {
                problems.push(format!("{}: silent on fail example {ex:?}", rule.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_built_in_rules_cover_the_required_ids() {
    for id in [
        "weak-opener",
        "verb-first",
        "pronouns",
        "filler",
        "buzzwords",
        "passive",
        "quantified",
        "percent-base",
        "implausible",
        "length",
        "tech-casing",
        "acronym",
        "repeated-opener",
        "bullets-per-role",
    ] {
        assert!(rules().get(id).is_some(), "missing rule {id}");
    }
}

#[test]
fn weak_opener_points_at_the_phrase_and_suggests_verbs() {
    let text = "Responsible for the billing system.";
    let f = check_bullet(text, &CheckContext::default());
    let weak = f.iter().find(|f| f.rule == "weak-opener").unwrap();
    assert_eq!(&text[weak.span.clone()], "Responsible for");
    assert_eq!(weak.rung, Some(Rung::Task));
    assert!(weak.message.contains("Owned"), "{}", weak.message);
    assert!(
        !f.iter().any(|f| f.rule == "verb-first"),
        "a duty opener is not told twice"
    );
}

#[test]
fn present_tense_is_fine_for_a_current_role_only() {
    let past = CheckContext::default();
    let current = CheckContext {
        current_role: true,
        ..CheckContext::default()
    };
    let text = "Builds the export service.";
    let f = check_rung(Rung::Task, text, &past);
    let tense = f
        .iter()
        .find(|f| f.rule == "verb-first")
        .expect("present tense flagged");
    assert!(tense.message.contains("Built"), "{}", tense.message);
    assert!(
        !check_rung(Rung::Task, text, &current)
            .iter()
            .any(|f| f.rule == "verb-first")
    );
}

#[test]
fn check_rung_runs_only_that_rungs_rules_and_bullet_wide_ones() {
    let ctx = CheckContext::default();
    // The quantified rule belongs to the metric rung: a task answer without a number is fine.
    assert!(
        !check_rung(Rung::Task, "Rebuilt the export", &ctx)
            .iter()
            .any(|f| f.rule == "quantified")
    );
    let m = check_rung(Rung::Metric, "Made it faster", &ctx);
    assert!(
        m.iter()
            .any(|f| f.rule == "quantified" && f.rung == Some(Rung::Metric))
    );
    // Pronouns apply everywhere and carry the rung they were found on.
    let p = check_rung(Rung::Method, "by caching our queries", &ctx);
    assert!(
        p.iter()
            .any(|f| f.rule == "pronouns" && f.rung == Some(Rung::Method))
    );
    assert!(check_rung(Rung::Metric, "   ", &ctx).is_empty());
}

#[test]
fn length_counts_words_live() {
    let long = "Built ".to_string() + &"very long things ".repeat(13);
    let f = check_bullet(&long, &CheckContext::default());
    let l = f.iter().find(|f| f.rule == "length").unwrap();
    assert!(l.message.starts_with("40 words"), "{}", l.message);
}

#[test]
fn overrides_switch_rules_off_and_change_levels() {
    let mut o = Overrides::default();
    o.set("pronouns", None);
    o.set("weak-opener", Some(Level::Error));
    let ctx = CheckContext {
        overrides: &o,
        ..CheckContext::default()
    };
    let f = check_bullet("Worked on our API.", &ctx);
    assert!(!f.iter().any(|f| f.rule == "pronouns"));
    assert_eq!(
        f.iter().find(|f| f.rule == "weak-opener").unwrap().level,
        Level::Error
    );
}

#[test]
fn ignored_findings_stay_listed_as_ignored() {
    let ignored = [IgnoredFinding {
        rule: "passive".into(),
        rung: Some(Rung::Task),
    }];
    let ctx = CheckContext {
        ignored: &ignored,
        ..CheckContext::default()
    };
    let f = check_rung(Rung::Task, "The API was rewritten in Go", &ctx);
    let passive = f
        .iter()
        .find(|f| f.rule == "passive")
        .expect("still listed");
    assert!(passive.ignored);
    let other = check_rung(Rung::Method, "was rewritten", &ctx);
    assert!(other.iter().all(|f| !f.ignored), "ignored on one rung only");
}

#[test]
fn quantities_that_are_not_results_do_not_count() {
    let ctx = CheckContext::default();
    for text in [
        "Joined in 2019",
        "Upgraded to Python 3.11",
        "Ported to 64-bit",
        "Call 555-123-4567",
        "Offered 24/7 support",
        "Ran weekly 1:1s",
        "Moved files to S3",
        "Watched p99 closely",
        "Shipped v2 of the API",
        "Ranked 1st in the team",
    ] {
        assert!(
            check_rung(Rung::Metric, text, &ctx)
                .iter()
                .any(|f| f.rule == "quantified"),
            "{text} should not count as a quantity"
        );
    }
    for text in [
        "Cut p99 from 1.2s to 180ms",
        "Raised signups 40%",
        "Saved $18k a month",
        "Served 2,000 accounts",
        "Sped up builds 3x",
        "Doubled throughput",
        "Grew to 2000 users",
        "Managed a 200-node cluster",
        "Held 99.95% uptime over 18 months",
        "Hired two engineers",
    ] {
        assert!(
            !check_rung(Rung::Metric, text, &ctx)
                .iter()
                .any(|f| f.rule == "quantified"),
            "{text} should count as a quantity"
        );
    }
}

#[test]
fn a_drafts_findings_come_per_rung_and_ignoring_one_is_saved_in_the_draft() {
    use rung::coach::{check_draft, ignore, unignore};
    use rung::ladder::{Draft, DraftId, PackSet};
    let packs = PackSet::builtin();
    let pack = packs.get("general").unwrap();
    let now: jiff::Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
    let mut draft = Draft::new(DraftId::parse("d1").unwrap(), now, "general");
    draft.answers.task = "Worked on our billing system".into();
    draft.answers.metric = "made it faster".into();
    let ctx = CheckContext::default();
    let f = check_draft(&draft, pack, &ctx);
    let weak = f.iter().find(|f| f.rule == "weak-opener").unwrap().clone();
    assert_eq!(weak.rung, Some(Rung::Task));
    assert!(
        f.iter()
            .any(|f| f.rule == "quantified" && f.rung == Some(Rung::Metric))
    );
    ignore(&mut draft, &weak);
    ignore(&mut draft, &weak);
    assert_eq!(draft.ignored.len(), 1);
    let text = toml::to_string(&draft).unwrap();
    assert!(
        text.contains("[[ignored]]") && text.contains("rule = \"weak-opener\""),
        "{text}"
    );
    let back: Draft = toml::from_str(&text).unwrap();
    let again = check_draft(&back, pack, &ctx);
    assert!(
        again
            .iter()
            .find(|f| f.rule == "weak-opener")
            .unwrap()
            .ignored
    );
    assert!(
        !again
            .iter()
            .find(|f| f.rule == "quantified")
            .unwrap()
            .ignored
    );
    unignore(&mut draft, &weak);
    assert!(draft.ignored.is_empty());
}

/// A technology written with the wrong capitals carries its own spelling as a fix; applying it
/// changes only those letters of the answer, and the finding is gone. Whole-bullet findings and
/// the metric rung's helper text are never rewritten.
#[test]
fn a_tech_spelling_fix_changes_only_those_letters() {
    use rung::coach::{apply_fix, check_draft};
    use rung::ladder::{Draft, DraftId, PackSet};
    let mut d = Draft::new(
        DraftId::parse("test-1").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
        "backend",
    );
    d.answers.set(Rung::Task, "Built the billing API");
    d.answers
        .set(Rung::Tools, "in python and pagerduty's api, café-style");
    let pack = PackSet::builtin().get("backend").unwrap().clone();
    let ctx = CheckContext::default();
    let casing: Vec<_> = check_draft(&d, &pack, &ctx)
        .into_iter()
        .filter(|f| f.rule == "tech-casing")
        .collect();
    let fixes: Vec<Option<&str>> = casing.iter().map(|f| f.fix.as_deref()).collect();
    assert_eq!(fixes, [Some("Python"), Some("PagerDuty")], "{casing:?}");
    // Applied last to first, so the earlier span still points at its words.
    for f in casing.iter().rev() {
        assert!(apply_fix(&mut d, f));
    }
    assert_eq!(
        d.answers.get(Rung::Tools),
        "in Python and PagerDuty's api, café-style"
    );
    assert!(
        !check_draft(&d, &pack, &ctx)
            .iter()
            .any(|f| f.rule == "tech-casing")
    );
    // A finding without a fix changes nothing.
    let other = check_rung(Rung::Metric, "Made it faster", &ctx);
    let before = d.clone();
    assert!(other.iter().all(|f| !apply_fix(&mut d, f)));
    assert_eq!(d, before);

    // The metric rung is checked trimmed: a typed answer with spaces around it is fixed in
    // place, spaces kept.
    d.answers.set(Rung::Metric, "  cut postgres load by 30% ");
    let metric_fix = |d: &Draft| {
        check_draft(d, &pack, &ctx)
            .into_iter()
            .find(|f| f.rung == Some(Rung::Metric) && f.fix.is_some())
    };
    let f = metric_fix(&d).expect("postgres is flagged on the metric rung");
    assert!(apply_fix(&mut d, &f));
    assert_eq!(d.answers.get(Rung::Metric), "  cut PostgreSQL load by 30% ");
    // Text the metric helper writes is not the answer, so it is never rewritten.
    d.answers.set(Rung::Metric, "");
    d.metric = Some(rung::ladder::draft::MetricSpec {
        what: "postgres query time".into(),
        before: "800ms".into(),
        after: "120ms".into(),
        ..Default::default()
    });
    let f = metric_fix(&d).expect("postgres is flagged in the helper's text");
    let before = d.clone();
    assert!(!apply_fix(&mut d, &f));
    assert_eq!(d, before);
}
