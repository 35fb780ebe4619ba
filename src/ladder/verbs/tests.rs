use super::*;

/// The lexicon's source, as `build.rs` reads it.
const SOURCE: &str = include_str!("../../../assets/verbs.txt");

fn g(task: &str) -> String {
    gerund_phrase(task)
}

fn past(phrase: &str) -> Option<String> {
    convert_opening(phrase, Form::Past)
}

#[test]
fn lexicon_parses_and_is_large() {
    assert!(known_verbs() >= 1000, "only {} verbs", known_verbs());
}

#[test]
fn every_line_has_four_forms_in_lower_case() {
    for line in SOURCE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let fields: Vec<&str> = line.split(' ').collect();
        assert!(fields.len() >= 5, "{line}");
        assert!(fields[3].split('|').all(|f| f.ends_with("ing")), "{line}");
        assert_eq!(line, line.to_lowercase(), "{line}");
    }
}

#[test]
fn irregular_verbs() {
    for (task, want) in [
        ("Rebuilt the API", "rebuilding the API"),
        ("Led a team of 5", "leading a team of 5"),
        ("Ran the on-call rota", "running the on-call rota"),
        ("Cut cloud spend", "cutting cloud spend"),
        ("Wrote the style guide", "writing the style guide"),
        ("Built a CLI", "building a CLI"),
        ("Taught SQL to analysts", "teaching SQL to analysts"),
        ("Found and fixed a leak", "finding and fixing a leak"),
        ("Oversaw the rollout", "overseeing the rollout"),
        ("Sped up builds", "speeding up builds"),
    ] {
        assert_eq!(g(task), want, "{task}");
    }
}

#[test]
fn phrasal_verbs_change_only_the_verb() {
    assert_eq!(g("Set up CI for iOS"), "setting up CI for iOS");
    assert_eq!(
        g("Took over the Billing API"),
        "taking over the Billing API"
    );
    assert_eq!(g("Spun up Kafka"), "spinning up Kafka");
}

#[test]
fn doubling_and_silent_e() {
    assert_eq!(g("Stopped fraud"), "stopping fraud");
    assert_eq!(g("Stop the fraud"), "stopping the fraud");
    assert_eq!(g("Planned the move"), "planning the move");
    assert_eq!(g("Designed the schema"), "designing the schema");
    assert_eq!(g("Migrated sessions"), "migrating sessions");
    assert_eq!(g("Migrate sessions"), "migrating sessions");
    assert_eq!(g("Automate the tests"), "automating the tests");
    assert_eq!(g("Committed to SLOs"), "committing to SLOs");
    assert_eq!(g("Tie logs to traces"), "tying logs to traces");
    assert_eq!(g("Guaranteed delivery"), "guaranteeing delivery");
}

#[test]
fn present_tense_and_third_person() {
    assert_eq!(g("Lead the platform team"), "leading the platform team");
    assert_eq!(g("Leads the platform team"), "leading the platform team");
    assert_eq!(g("Applies fixes"), "applying fixes");
    assert_eq!(g("Manages vendors"), "managing vendors");
    assert_eq!(g("Building a CLI"), "building a CLI");
}

#[test]
fn unknown_regular_words_follow_the_rule() {
    assert_eq!(g("Productionised the model"), "productionising the model");
    assert_eq!(g("Dockerized the app"), "dockerizing the app");
    assert_eq!(g("Modelled churn"), "modelling churn");
    assert_eq!(g("Prettified logs"), "prettifying logs");
    assert_eq!(g("Re-architected billing"), "re-architecting billing");
    assert_eq!(g("Co-led the migration"), "co-leading the migration");
    assert_eq!(past("prettifying logs").unwrap(), "prettified logs");
    assert_eq!(
        past("productionising the model").unwrap(),
        "productionised the model"
    );
}

#[test]
fn words_that_are_not_verbs_stay_as_written() {
    assert_eq!(g("Hundred new stores"), "Hundred new stores");
    assert_eq!(g("Kubernetes migration"), "Kubernetes migration");
    assert_eq!(g("The new billing page"), "the new billing page");
    assert_eq!(g("API v2 for partners"), "API v2 for partners");
    assert_eq!(g(""), "");
}

#[test]
fn coordinated_verbs_in_the_same_form() {
    assert_eq!(
        g("Designed and built the API"),
        "designing and building the API"
    );
    assert_eq!(
        g("Designed, built and shipped X"),
        "designing, building and shipping X"
    );
    assert_eq!(g("Led design reviews"), "leading design reviews");
    assert_eq!(g("Led and design reviews"), "leading and design reviews");
}

#[test]
fn rest_of_the_phrase_keeps_its_case_and_punctuation() {
    assert_eq!(g("REBUILT the NATS bridge"), "rebuilding the NATS bridge");
    assert_eq!(g("Rebuilt, in one week, X"), "rebuilding, in one week, X");
}

#[test]
fn to_the_past_for_results() {
    assert_eq!(
        past("improving throughput 3x").unwrap(),
        "improved throughput 3x"
    );
    assert_eq!(
        past("serving 2M requests a day").unwrap(),
        "served 2M requests a day"
    );
    assert_eq!(
        past("cutting costs and tripling signups").unwrap(),
        "cut costs and tripled signups"
    );
    assert_eq!(past("reduce latency").unwrap(), "reduced latency");
    assert_eq!(past("modelling churn").unwrap(), "modelled churn");
    assert!(past("40% fewer tickets").is_none());
}

#[test]
fn forms_and_nouns() {
    assert_eq!(form_of("built"), Some(Form::Past));
    assert_eq!(form_of("written"), Some(Form::Participle));
    assert_eq!(form_of("builds"), Some(Form::Third));
    assert_eq!(form_of("improving"), Some(Form::Ing));
    assert_eq!(form_of("perform"), Some(Form::Base));
    assert_eq!(form_of("Kubernetes"), None);
    assert_eq!(form_of("throughput"), None);
    assert!(base_is_noun_too("order"));
    assert!(!base_is_noun_too("perform"));
}
