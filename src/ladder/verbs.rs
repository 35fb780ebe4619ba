//! The verb table: past tense and -ing forms of common resume verbs (irregular ones included),
//! read from `assets/verbs.toml`. Used to turn a task into its gerund for the impact-first style.
//!
//! Choices made here:
//! - Only the opening verb changes, so phrasal verbs just work: `Set up CI` -> `setting up CI`.
//!   Verbs joined to it by `and`, `or`, `&` or a comma change too, when they are in the same tense:
//!   `Designed and built the API` -> `designing and building the API`.
//! - A word is looked up case-insensitively as a base (`build`), a past form (`built`), a third
//!   person (`builds`) or an -ing form (`building`). When two verbs share a form, the past tense
//!   wins (`found` -> `finding`), because bullets are mostly written in the past tense.
//! - An unknown word of five letters or more ending in `ed` is taken as a regular past tense:
//!   `ied` -> `ying` (`unified` -> `unifying`), otherwise `ed` -> `ing`, which also handles silent
//!   e (`migrated` -> `migrating`) and doubled consonants (`modelled` -> `modelling`). Words ending
//!   in `eed` (`speed`, `need`) and the table's `not_verbs` are left alone.
//! - Hyphenated words are looked up whole, then by their last part: `Co-led` -> `co-leading`.
//! - The gerund is lower case; the rest of the task stays as typed. When the task does not open
//!   with a verb it stays as written, except that a leading article or possessive (`The`, `A`,
//!   `Our`, ...) is lower-cased, since it now sits mid-sentence after "by".

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

use serde::Deserialize;

/// The table's source, compiled in.
const SOURCE: &str = include_str!("../../assets/verbs.toml");

/// Determiners that are never proper nouns, so they can be lower-cased mid-sentence.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "our", "my", "their", "his", "her", "its", "this", "that", "these", "those",
];

/// Words that join coordinated verbs: `Designed and built`.
const COORDINATORS: &[&str] = &["and", "or", "&"];

/// How a verb form was written, so coordinated verbs only convert when the tense matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
    Gerund,
}

/// One known verb form: its -ing form and its tense.
#[derive(Debug, Clone)]
struct Form {
    ing: String,
    tense: Tense,
}

/// The file format of `assets/verbs.toml`.
#[derive(Debug, Deserialize)]
struct VerbFile {
    not_verbs: NotVerbs,
    verbs: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct NotVerbs {
    words: Vec<String>,
}

/// Every known verb form, lower case, mapped to its -ing form.
#[derive(Debug, Default)]
struct VerbTable {
    forms: HashMap<String, Form>,
    not_verbs: HashSet<String>,
    verbs: usize,
}

impl VerbTable {
    /// Parses the table; entries whose last form does not end in "ing" are skipped.
    fn parse(source: &str) -> Result<VerbTable, toml::de::Error> {
        let file: VerbFile = toml::from_str(source)?;
        let mut table = VerbTable {
            not_verbs: file.not_verbs.words.into_iter().collect(),
            ..VerbTable::default()
        };
        let mut pasts = Vec::new();
        for (base, forms) in &file.verbs {
            let Some((ing, past)) = forms.split_last() else {
                continue;
            };
            if !ing.ends_with("ing") {
                continue;
            }
            table.verbs += 1;
            table.insert(base, ing, Tense::Present);
            table.insert(&third_person(base), ing, Tense::Present);
            table.insert(ing, ing, Tense::Gerund);
            pasts.extend(past.iter().map(|p| (p.clone(), ing.clone())));
        }
        // Past forms last, so they win over a base spelled the same way (`found`).
        for (past, ing) in pasts {
            table.forms.insert(
                past,
                Form {
                    ing,
                    tense: Tense::Past,
                },
            );
        }
        Ok(table)
    }

    fn insert(&mut self, form: &str, ing: &str, tense: Tense) {
        self.forms.insert(
            form.to_string(),
            Form {
                ing: ing.to_string(),
                tense,
            },
        );
    }

    /// The -ing form and tense of one word, by table, by the -ed rule, or through its hyphen.
    fn lookup(&self, word: &str) -> Option<Form> {
        let lower = word.to_lowercase();
        if let Some(form) = self.forms.get(&lower) {
            return Some(form.clone());
        }
        if let Some(ing) = self.regular_past(&lower) {
            return Some(Form {
                ing,
                tense: Tense::Past,
            });
        }
        let (prefix, last) = lower.rsplit_once('-')?;
        if prefix.is_empty() || last.is_empty() {
            return None;
        }
        self.lookup(last).map(|form| Form {
            ing: format!("{prefix}-{}", form.ing),
            tense: form.tense,
        })
    }

    /// The -ed rule for past forms missing from the table.
    fn regular_past(&self, lower: &str) -> Option<String> {
        let plain = lower.chars().all(|c| c.is_ascii_lowercase());
        if !plain || lower.len() < 5 || lower.ends_with("eed") || self.not_verbs.contains(lower) {
            return None;
        }
        if let Some(stem) = lower.strip_suffix("ied") {
            return Some(format!("{stem}ying"));
        }
        lower.strip_suffix("ed").map(|stem| format!("{stem}ing"))
    }
}

/// `lead` -> `leads`, `fix` -> `fixes`, `apply` -> `applies`, `go` -> `goes`.
fn third_person(base: &str) -> String {
    let consonant_y = base.ends_with('y')
        && base
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| !"aeiou".contains(c));
    if consonant_y {
        format!("{}ies", &base[..base.len() - 1])
    } else if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|end| base.ends_with(end))
    {
        format!("{base}es")
    } else {
        format!("{base}s")
    }
}

static TABLE: LazyLock<VerbTable> = LazyLock::new(|| VerbTable::parse(SOURCE).unwrap_or_default());

/// How many verbs the built-in table holds.
pub fn known_verbs() -> usize {
    TABLE.verbs
}

/// Turns a task's opening verb into its -ing form: `Rebuilt the API` -> `rebuilding the API`,
/// `Set up CI` -> `setting up CI`. Text that does not open with a known verb is returned as
/// written, except that a leading article or possessive is lower-cased (`The new API` ->
/// `the new API`). Whitespace is kept as given; pass cleaned text.
pub fn gerund_phrase(task: &str) -> String {
    let words: Vec<&str> = task.split(' ').collect();
    let Some((first, rest)) = words.split_first() else {
        return task.to_string();
    };
    let (core, tail) = split_trailing_punct(first);
    let Some(opening) = TABLE.lookup(core) else {
        if DETERMINERS.contains(&core.to_lowercase().as_str()) {
            return format!("{}{tail}", core.to_lowercase())
                + &rest.iter().map(|w| format!(" {w}")).collect::<String>();
        }
        return task.to_string();
    };
    let mut out = vec![format!("{}{tail}", opening.ing)];
    let mut joined = tail.ends_with(',');
    let mut converting = true;
    for word in rest {
        if !converting {
            out.push(word.to_string());
            continue;
        }
        let (core, tail) = split_trailing_punct(word);
        if COORDINATORS.contains(&core.to_lowercase().as_str()) && tail.is_empty() {
            joined = true;
            out.push(word.to_string());
            continue;
        }
        match TABLE
            .lookup(core)
            .filter(|f| joined && f.tense == opening.tense)
        {
            Some(form) => {
                out.push(format!("{}{tail}", form.ing));
                joined = tail.ends_with(',');
            }
            None => {
                converting = false;
                out.push(word.to_string());
            }
        }
    }
    out.join(" ")
}

/// Splits `built,` into (`built`, `,`): trailing non-alphanumeric characters are kept aside.
fn split_trailing_punct(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    word.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(task: &str) -> String {
        gerund_phrase(task)
    }

    #[test]
    fn table_parses_and_is_large() {
        let table = VerbTable::parse(SOURCE).expect("assets/verbs.toml parses");
        assert!(table.verbs >= 250, "only {} verbs", table.verbs);
        assert_eq!(known_verbs(), table.verbs);
    }

    #[test]
    fn table_entries_end_in_ing_and_are_lower_case() {
        let file: VerbFile = toml::from_str(SOURCE).unwrap();
        for (base, forms) in &file.verbs {
            assert!(forms.len() >= 2, "{base} needs a past and an -ing form");
            assert!(forms.last().unwrap().ends_with("ing"), "{base}");
            for f in forms.iter().chain([base]) {
                assert_eq!(f, &f.to_lowercase(), "{base}: {f}");
            }
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
        assert_eq!(g("Stop fraud"), "stopping fraud");
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
    fn unknown_ed_words_follow_the_rule() {
        assert_eq!(g("Productionised the model"), "productionising the model");
        assert_eq!(g("Dockerized the app"), "dockerizing the app");
        assert_eq!(g("Modelled churn"), "modelling churn");
        assert_eq!(g("Prettified logs"), "prettifying logs");
        assert_eq!(g("Re-architected billing"), "re-architecting billing");
        assert_eq!(g("Co-led the migration"), "co-leading the migration");
    }

    #[test]
    fn words_that_are_not_verbs_stay_as_written() {
        assert_eq!(g("Hundred new stores"), "Hundred new stores");
        assert_eq!(g("Kubernetes migration"), "Kubernetes migration");
        assert_eq!(g("Seed round tooling"), "Seed round tooling");
        assert_eq!(g("The new billing page"), "the new billing page");
        assert_eq!(g("API v2 for partners"), "API v2 for partners");
        assert_eq!(g(""), "");
    }

    #[test]
    fn coordinated_verbs_in_the_same_tense() {
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
    fn rest_of_the_task_keeps_its_case_and_punctuation() {
        assert_eq!(g("REBUILT the NATS bridge"), "rebuilding the NATS bridge");
        assert_eq!(g("Rebuilt, in one week, X"), "rebuilding, in one week, X");
    }
}
