//! Role coverage: which competency areas of a pack (e.g. the eight of backend engineering) a
//! role's bullets show, and which have none yet.
//!
//! An area is covered by a bullet that names one of its techniques, tools or metrics, matched
//! case-insensitively on word boundaries. A tool is also matched through the taxonomy, so
//! "postgres" in a bullet covers an area that lists "PostgreSQL".

use std::collections::BTreeSet;

use serde::Serialize;

use super::phrases::PhraseSet;
use super::taxonomy::taxonomy;
use super::text::Words;
use crate::ladder::pack::CompetencyArea;

/// How one area is covered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AreaCoverage {
    /// The area's name.
    pub name: String,
    /// Indexes of the bullets that cover it.
    pub bullets: Vec<usize>,
    /// The area's keywords found in those bullets, as the area spells them.
    pub keywords: Vec<String>,
}

impl AreaCoverage {
    /// True when at least one bullet covers the area.
    pub fn is_covered(&self) -> bool {
        !self.bullets.is_empty()
    }
}

/// The pack most of a role's drafts use (on a tie, the one met last), `None` without drafts.
pub fn most_used_pack<'a>(packs: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for p in packs {
        match counts.iter_mut().find(|(q, _)| *q == p) {
            Some((_, n)) => *n += 1,
            None => counts.push((p, 1)),
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(p, _)| p.to_string())
}

/// The coverage of every area by `bullets`, in the pack's order.
pub fn role_coverage(areas: &[CompetencyArea], bullets: &[String]) -> Vec<AreaCoverage> {
    let tax = taxonomy();
    let bullet_techs: Vec<BTreeSet<usize>> = bullets
        .iter()
        .map(|b| tax.find_in(&Words::new(b)).iter().map(|m| m.tech).collect())
        .collect();
    areas
        .iter()
        .map(|area| {
            let keywords: Vec<String> = area
                .techniques
                .iter()
                .chain(&area.tools)
                .chain(&area.metrics)
                .cloned()
                .collect();
            let phrases = PhraseSet::new(&keywords)
                .unwrap_or_else(|_| PhraseSet::new(&[]).expect("empty set"));
            let tech_of: Vec<Option<usize>> = keywords.iter().map(|k| tax.find(k)).collect();
            let mut covered = Vec::new();
            let mut found = BTreeSet::new();
            for (i, b) in bullets.iter().enumerate() {
                let mut hit = false;
                for m in phrases.find_iter(b) {
                    found.insert(m.phrase);
                    hit = true;
                }
                for (k, tech) in tech_of.iter().enumerate() {
                    if tech.is_some_and(|t| bullet_techs[i].contains(&t)) {
                        found.insert(k);
                        hit = true;
                    }
                }
                if hit {
                    covered.push(i);
                }
            }
            AreaCoverage {
                name: area.name.clone(),
                bullets: covered,
                keywords: found.into_iter().map(|k| keywords[k].clone()).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(name: &str, techniques: &[&str], tools: &[&str]) -> CompetencyArea {
        CompetencyArea {
            name: name.into(),
            techniques: techniques.iter().map(|s| s.to_string()).collect(),
            tools: tools.iter().map(|s| s.to_string()).collect(),
            metrics: Vec::new(),
        }
    }

    #[test]
    fn areas_are_covered_by_keywords_and_tool_aliases() {
        let areas = [
            area("Data", &["indexing"], &["PostgreSQL"]),
            area("Messaging", &["queues"], &["Kafka"]),
            area("Caching", &["caching"], &["Redis"]),
        ];
        let bullets = [
            "Tuned postgres indexing.".to_string(),
            "Added caching to the API.".to_string(),
        ];
        let c = role_coverage(&areas, &bullets);
        assert_eq!(c[0].bullets, [0]);
        assert_eq!(c[0].keywords, ["indexing", "PostgreSQL"]);
        assert!(!c[1].is_covered());
        assert_eq!(c[2].bullets, [1]);
    }
}
