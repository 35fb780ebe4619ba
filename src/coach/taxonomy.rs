//! The keyword taxonomy from `assets/keywords.toml`: technologies with a canonical name,
//! aliases and a category, matched in free text with one Aho-Corasick pass.
//!
//! Matching is case-insensitive and word-boundary aware. Names that are ordinary English words
//! in lower case ("Go", "Spring", "Linear") are listed as `exact` and only match in exactly that
//! spelling; an exact name is also never taken from the first word of a text (where "Go" or
//! "Excel" would be a verb) nor when glued to a hyphen or ampersand ("go-live", "R&D").

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::text::{Words, on_word_boundary};
use crate::ladder::Rung;

const SOURCE: &str = include_str!("../../assets/keywords.toml");

/// What kind of technology a keyword is; decides the rung it makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// A programming language (Rust, Python): tools rung.
    Language,
    /// A framework or library (Spring, React, FFmpeg): tools rung.
    Framework,
    /// An application people work in (Excel, Jira, Figma): tools rung.
    Application,
    /// A database or store (PostgreSQL, Redis): stack rung.
    DataStore,
    /// A queue or event stream (Apache Kafka, RabbitMQ): stack rung.
    Messaging,
    /// A cloud provider or one of its services (AWS, AWS Lambda): stack rung.
    Cloud,
    /// A data pipeline or warehouse platform (Apache Airflow, Databricks): stack rung.
    DataPlatform,
    /// Containers and their orchestration (Docker, Kubernetes): stack rung.
    Container,
    /// Infrastructure as code (Terraform, Ansible): stack rung.
    InfraAsCode,
    /// Continuous integration and delivery (Jenkins, GitHub Actions): stack rung.
    CiCd,
    /// Monitoring, logs and tracing (Prometheus, Grafana): stack rung.
    Observability,
    /// An operating system or server platform (Linux, Ubuntu): stack rung.
    Platform,
    /// A client platform the work targets (iOS, Android, Windows desktops): no rung.
    Client,
}

impl Category {
    /// Every category with its name in `keywords.toml`.
    pub const ALL: [(Category, &'static str); 13] = [
        (Category::Language, "language"),
        (Category::Framework, "framework"),
        (Category::Application, "application"),
        (Category::DataStore, "datastore"),
        (Category::Messaging, "messaging"),
        (Category::Cloud, "cloud"),
        (Category::DataPlatform, "data-platform"),
        (Category::Container, "container"),
        (Category::InfraAsCode, "iac"),
        (Category::CiCd, "cicd"),
        (Category::Observability, "observability"),
        (Category::Platform, "platform"),
        (Category::Client, "client"),
    ];

    /// The category's name as written in `keywords.toml`.
    pub fn name(self) -> &'static str {
        Category::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, n)| *n)
            .unwrap_or("")
    }

    /// The rung a technology of this category belongs to: tools or stack, or none for a
    /// client platform (what the work was built for, not what it was built with).
    pub fn rung(self) -> Option<Rung> {
        match self {
            Category::Language | Category::Framework | Category::Application => Some(Rung::Tools),
            Category::Client => None,
            _ => Some(Rung::Stack),
        }
    }
}

/// One technology.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tech {
    /// The canonical spelling, e.g. `PostgreSQL`.
    pub name: String,
    /// Other accepted spellings, e.g. `Postgres`.
    pub aliases: Vec<String>,
    /// What kind of technology it is; decides its rung.
    pub category: Category,
}

/// One technology found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechMatch {
    /// Index into [`Taxonomy::techs`].
    pub tech: usize,
    /// Byte span of the match in the text.
    pub span: Range<usize>,
    /// True when the text spells it exactly as the canonical name or one of the aliases.
    pub well_spelled: bool,
}

/// A spelling that can be matched: which tech, the spelling, and whether case must match.
#[derive(Debug)]
struct Pattern {
    tech: usize,
    text: String,
    exact: bool,
}

/// The whole taxonomy with its matcher.
#[derive(Debug)]
pub struct Taxonomy {
    techs: Vec<Tech>,
    patterns: Vec<Pattern>,
    matcher: AhoCorasick,
}

/// The taxonomy compiled into rung, parsed once.
pub static TAXONOMY: LazyLock<Taxonomy> =
    LazyLock::new(|| Taxonomy::parse(SOURCE).expect("assets/keywords.toml is checked by tests"));

/// The built-in taxonomy.
pub fn taxonomy() -> &'static Taxonomy {
    &TAXONOMY
}

impl Taxonomy {
    /// Parses a taxonomy file; the error names the problem.
    pub fn parse(source: &str) -> Result<Taxonomy, String> {
        let mut table: toml::Table = toml::from_str(source).map_err(|e| e.to_string())?;
        let exact: HashSet<String> = match table.remove("exact") {
            Some(v) => v
                .try_into::<Vec<String>>()
                .map_err(|e| format!("`exact`: {e}"))?
                .into_iter()
                .collect(),
            None => HashSet::new(),
        };
        let mut techs = Vec::new();
        for (key, value) in table {
            let category = Category::ALL
                .iter()
                .find(|(_, n)| *n == key)
                .map(|(c, _)| *c)
                .ok_or_else(|| format!("unknown category `{key}`"))?;
            let entries: BTreeMap<String, Vec<String>> = value
                .try_into()
                .map_err(|e| format!("category `{key}`: {e}"))?;
            for (name, aliases) in entries {
                techs.push(Tech {
                    name,
                    aliases,
                    category,
                });
            }
        }
        let mut patterns = Vec::new();
        for (i, t) in techs.iter().enumerate() {
            for text in std::iter::once(&t.name).chain(&t.aliases) {
                patterns.push(Pattern {
                    tech: i,
                    text: text.clone(),
                    exact: exact.contains(text),
                });
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|p| &p.text))
            .map_err(|e| e.to_string())?;
        Ok(Taxonomy {
            techs,
            patterns,
            matcher,
        })
    }

    /// Every technology.
    pub fn techs(&self) -> &[Tech] {
        &self.techs
    }

    /// The technology at `index`.
    pub fn tech(&self, index: usize) -> &Tech {
        &self.techs[index]
    }

    /// Looks a technology up by its canonical name or an alias, ignoring case.
    pub fn find(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        self.techs.iter().position(|t| {
            t.name.eq_ignore_ascii_case(name)
                || t.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    }

    /// Every technology named in `words.raw`, in text order.
    pub fn find_in(&self, words: &Words) -> Vec<TechMatch> {
        let text = words.raw.as_bytes();
        let first_word = words.spans.first().map(|s| s.start);
        let mut out = Vec::new();
        for m in self.matcher.find_iter(text) {
            let mut span = m.start()..m.end();
            let pattern = &self.patterns[m.pattern().as_usize()];
            let written = &words.raw[span.clone()];
            // A version glued to the name is part of it: Vue3, Symfony2, C++11, ES2015.
            let version = version_suffix(text, span.end, written);
            if !on_word_boundary(text, &(span.start..span.end + version))
                || part_of_dotted_name(text, span.start)
                || negated(&words.lower[span.end..])
            {
                continue;
            }
            // "rust-proof", "Go-to": a name glued by a hyphen to an ordinary word is that word.
            let hyphen_glued = text.get(span.end + version) == Some(&b'-')
                && text
                    .get(span.end + version + 1)
                    .is_some_and(u8::is_ascii_alphanumeric)
                && !compound_suffix(&words.lower[span.end + version..]);
            if hyphen_glued {
                continue;
            }
            if pattern.exact {
                let glued = matches!(text.get(span.end), Some(b'&' | b'\''));
                let starts_sentence =
                    Some(span.start) == first_word || sentence_start(words.raw, span.start);
                if written != pattern.text || starts_sentence || glued {
                    continue;
                }
            }
            let tech = &self.techs[pattern.tech];
            let well_spelled = written == tech.name
                || tech.aliases.iter().any(|a| a == written)
                || (Some(span.start) == first_word && capital_only_difference(written, tech));
            span.end += version;
            out.push(TechMatch {
                tech: pattern.tech,
                span,
                well_spelled,
            });
        }
        out
    }
}

/// How many bytes of a version are glued after a name ending at `end` ("3" in "Vue3", "11" in
/// "C++11", "2+" in "Angular2+"), or 0. One-letter names ("C", "R") take none: "C4" is not C.
fn version_suffix(text: &[u8], end: usize, name: &str) -> usize {
    if name.len() < 2 || !text.get(end).is_some_and(u8::is_ascii_digit) {
        return 0;
    }
    let mut n = 0;
    while let Some(&b) = text.get(end + n) {
        let dot_digit = b == b'.' && text.get(end + n + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || dot_digit {
            n += 1;
        } else {
            break;
        }
    }
    if text.get(end + n) == Some(&b'+') {
        n += 1;
    }
    n
}

/// True when a match starts right after `word.`, as "js" in "turf.js": a part of another name.
fn part_of_dotted_name(text: &[u8], start: usize) -> bool {
    start >= 2 && text[start - 1] == b'.' && super::text::is_word_byte(text[start - 2])
}

/// True for a compound a name makes with a hyphen: "Rails-based", "Kafka-backed",
/// "Kafka-to-S3".
fn compound_suffix(after: &str) -> bool {
    [
        "-based",
        "-backed",
        "-powered",
        "-driven",
        "-native",
        "-compatible",
        "-hosted",
        "-managed",
        "-centric",
        "-enabled",
        "-first",
        "-only",
        "-heavy",
        "-focused",
        "-specific",
        "-friendly",
        "-style",
        "-to-",
        "-and-",
        "-on-",
    ]
    .iter()
    .any(|s| {
        after.strip_prefix(s).is_some_and(|rest| {
            s.ends_with('-') || !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    })
}

/// True when `start` opens a sentence or a list item: only spaces and list markers since the
/// last `.`, `!`, `?`, `:` or `;` (an everyday word there is capitalised for the sentence).
fn sentence_start(text: &str, start: usize) -> bool {
    let before =
        text[..start].trim_end_matches([' ', '\t', '\n', '\r', '-', '*', '\u{2022}', '(', '"']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';'])
}

/// True when the name is said to be absent: "Terraform-free", "Docker-less".
fn negated(after: &str) -> bool {
    ["-free", "-less"].iter().any(|s| {
        after
            .strip_prefix(s)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// True when `written` differs from a spelling of `tech` only by a capital first letter, as a
/// lowercase name ("pandas") is written at the start of a sentence.
fn capital_only_difference(written: &str, tech: &Tech) -> bool {
    std::iter::once(&tech.name).chain(&tech.aliases).any(|s| {
        let mut a = written.chars();
        let mut b = s.chars();
        match (a.next(), b.next()) {
            (Some(x), Some(y)) => x.to_lowercase().eq(y.to_lowercase()) && a.as_str() == b.as_str(),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests;
