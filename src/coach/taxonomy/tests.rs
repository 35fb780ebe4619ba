//! The taxonomy's own checks: its size, and names told from ordinary words.

use super::*;

fn names(text: &str) -> Vec<&'static str> {
    let w = Words::new(text);
    taxonomy()
        .find_in(&w)
        .iter()
        .map(|m| taxonomy().tech(m.tech).name.as_str())
        .collect()
}

#[test]
fn taxonomy_has_several_hundred_unique_spellings() {
    let t = taxonomy();
    assert!(t.techs().len() >= 300, "only {} techs", t.techs().len());
    let mut seen = std::collections::HashMap::new();
    for p in &t.patterns {
        // The same spelling in two cases is fine for one tech ("Nginx", "nginx"), never across two.
        let owner = *seen.entry(p.text.to_ascii_lowercase()).or_insert(p.tech);
        assert!(
            owner == p.tech,
            "`{}` is listed twice in assets/keywords.toml",
            p.text
        );
    }
}

#[test]
fn go_the_language_versus_go_the_verb() {
    assert_eq!(
        names("Wrote the scheduler in Go and Redis."),
        ["Go", "Redis"]
    );
    assert!(names("Helped the product go live.").is_empty());
    assert!(names("Go-live of the new checkout").is_empty());
    assert!(names("Became the Go-to person for releases").is_empty());
    assert!(names("Go services were rewritten").is_empty());
    assert_eq!(names("Rewrote services in golang"), ["Go"]);
}

#[test]
fn aliases_map_to_canonical_names_on_word_boundaries() {
    assert_eq!(
        names("Ran k8s and postgres on GH Actions"),
        ["Kubernetes", "PostgreSQL", "GitHub Actions"]
    );
    assert!(names("Reactive forms and a Reactor pattern").is_empty());
    assert!(names("Met with R&D weekly").is_empty());
    assert_eq!(names("Built it in C++ and C#, then C."), ["C++", "C#", "C"]);
    assert_eq!(
        names("Used Apache Kafka and Apache"),
        ["Apache Kafka", "Apache HTTP Server"]
    );
}

#[test]
fn misspelled_case_is_reported_but_aliases_and_sentence_start_are_fine() {
    let check = |text: &str| -> Vec<bool> {
        taxonomy()
            .find_in(&Words::new(text))
            .iter()
            .map(|m| m.well_spelled)
            .collect()
    };
    assert_eq!(check("Wrote Javascript on postgres"), [false, false]);
    assert_eq!(
        check("Wrote JavaScript on Postgres and k8s"),
        [true, true, true]
    );
    assert_eq!(check("Pandas pipelines feeding pandas"), [true, true]);
}
