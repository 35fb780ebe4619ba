//! A draft: the answers to the five rungs plus everything needed to resume it.

use serde::{Deserialize, Serialize};

use super::metric::Better;
use super::rung::Rung;

/// The draft file format this build writes. Files with a higher version are left untouched.
pub const DRAFT_VERSION: u32 = 1;

/// A draft id: a safe file name made by the program (`[a-z0-9-]`, 1..=64 chars, starting with a
/// letter or digit). Every id that comes from outside is checked with [`DraftId::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DraftId(String);

/// Why a string is not a valid draft id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a draft id: ids are made by rung and use only a-z, 0-9 and '-' (see `rung list`)"
)]
pub struct BadId(pub String);

impl DraftId {
    /// Checks that `s` is a well-formed id; never trusts it as a path otherwise.
    pub fn parse(s: &str) -> Result<DraftId, BadId> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && s.as_bytes()[0] != b'-';
        if ok {
            Ok(DraftId(s.to_string()))
        } else {
            Err(BadId(s.to_string()))
        }
    }

    /// Makes a new id from a UTC date and a random suffix, e.g. `20261122-k3x9q`.
    pub fn generate(now: jiff::Timestamp) -> DraftId {
        const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
        let date = now.strftime("%Y%m%d").to_string();
        let suffix: String = (0..5)
            .map(|_| ALPHABET[fastrand::usize(..ALPHABET.len())] as char)
            .collect();
        DraftId(format!("{date}-{suffix}"))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DraftId {
    type Error = BadId;
    fn try_from(s: String) -> Result<Self, BadId> {
        DraftId::parse(&s)
    }
}

impl From<DraftId> for String {
    fn from(id: DraftId) -> String {
        id.0
    }
}

impl std::fmt::Display for DraftId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether a draft is still being worked on or ready for the resume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Draft,
    Finished,
}

impl Status {
    /// The status as written in files and on screen.
    pub fn name(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Finished => "finished",
        }
    }
}

/// How the answers are put together into a bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    /// `<task> <tools>, <stack>, <method>. <metric>.`
    #[default]
    ImpactLast,
    /// The XYZ shape: `<metric> by <task as gerund> <tools>, <stack>, <method>.`
    ImpactFirst,
}

impl Style {
    /// The style as written in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Style::ImpactLast => "impact-last",
            Style::ImpactFirst => "impact-first",
        }
    }

    /// The other style.
    pub fn toggled(self) -> Style {
        match self {
            Style::ImpactLast => Style::ImpactFirst,
            Style::ImpactFirst => Style::ImpactLast,
        }
    }
}

/// The free-text answer of each rung. Empty means not answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub task: String,
    pub tools: String,
    pub stack: String,
    pub method: String,
    pub metric: String,
}

impl Answers {
    /// The answer to one rung.
    pub fn get(&self, rung: Rung) -> &str {
        match rung {
            Rung::Task => &self.task,
            Rung::Tools => &self.tools,
            Rung::Stack => &self.stack,
            Rung::Method => &self.method,
            Rung::Metric => &self.metric,
        }
    }

    /// Mutable access to the answer of one rung.
    pub fn get_mut(&mut self, rung: Rung) -> &mut String {
        match rung {
            Rung::Task => &mut self.task,
            Rung::Tools => &mut self.tools,
            Rung::Stack => &mut self.stack,
            Rung::Method => &mut self.method,
            Rung::Metric => &mut self.metric,
        }
    }

    /// Replaces the answer of one rung.
    pub fn set(&mut self, rung: Rung, text: impl Into<String>) {
        *self.get_mut(rung) = text.into();
    }
}

/// The structured metric helper: a measured change, rendered as `from X to Y (-85%)`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricSpec {
    /// What was measured, e.g. `p99 latency`.
    pub what: String,
    /// The value before, with its unit, e.g. `1.2s`.
    pub before: String,
    /// The value after, e.g. `180ms`.
    pub after: String,
    /// Optional scope, typed with its own preposition, e.g. `across 3 services`.
    pub scope: String,
    /// Whether lower or higher is better; guessed from `what` when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
}

impl MetricSpec {
    /// True when no field of the helper has been filled in.
    pub fn is_empty(&self) -> bool {
        self.what.trim().is_empty()
            && self.before.trim().is_empty()
            && self.after.trim().is_empty()
            && self.scope.trim().is_empty()
            && self.better.is_none()
    }
}

/// Text the user edited by hand on the review screen; when present it is the bullet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinalText {
    /// The bullet exactly as the user wrote it.
    pub text: String,
    /// The style the user was editing; the other style is still assembled from the answers.
    #[serde(default)]
    pub style: Style,
}

/// A coach finding the user chose to ignore for this draft: matched by rule id and rung, so it
/// stays ignored while the answer is edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IgnoredFinding {
    /// The rule's kebab-case id, e.g. `passive`.
    pub rule: String,
    /// The rung it was found on; absent for findings about the whole bullet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rung: Option<Rung>,
}

impl IgnoredFinding {
    /// True when a finding of `rule` on `rung` is the one ignored. A finding about the whole
    /// bullet (no rung) matches an ignore made on any rung, and the other way round.
    pub fn matches(&self, rule: &str, rung: Option<Rung>) -> bool {
        self.rule == rule && (self.rung.is_none() || rung.is_none() || self.rung == rung)
    }
}

/// Where an imported draft came from (`rung import`): the bullet as it read in the file, and
/// where. A second import of the same file skips bullets whose text is already here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedFrom {
    /// The bullet exactly as it was found (whitespace normalised).
    pub text: String,
    /// The file's name as it was given.
    pub file: String,
    /// The page, for PDFs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The line (PDF: on its page; DOCX: paragraph), from 1.
    #[serde(default)]
    pub line: u32,
}

/// One bullet being climbed, exactly as stored in `drafts/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    pub id: DraftId,
    pub created: jiff::Timestamp,
    pub updated: jiff::Timestamp,
    pub pack: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub status: Status,
    /// The rung the user was on when they left.
    pub rung: Rung,
    #[serde(default)]
    pub style: Style,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<MetricSpec>,
    #[serde(default, rename = "final", skip_serializing_if = "Option::is_none")]
    pub final_text: Option<FinalText>,
    /// Coach findings the user chose to ignore.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignored: Vec<IgnoredFinding>,
    /// The original bullet and its place, for a draft made by `rung import`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<ImportedFrom>,
}

impl Draft {
    /// A fresh draft at rung 1.
    pub fn new(id: DraftId, now: jiff::Timestamp, pack: impl Into<String>) -> Draft {
        Draft {
            version: DRAFT_VERSION,
            id,
            created: now,
            updated: now,
            pack: pack.into(),
            role: None,
            tags: Vec::new(),
            status: Status::Draft,
            rung: Rung::Task,
            style: Style::default(),
            answers: Answers::default(),
            metric: None,
            final_text: None,
            ignored: Vec::new(),
            imported: None,
        }
    }

    /// The metric helper, when it holds anything.
    pub fn metric_spec(&self) -> Option<&MetricSpec> {
        self.metric.as_ref().filter(|m| !m.is_empty())
    }

    /// True when the rung has an answer (for the metric rung, a free-text answer or a helper
    /// whose phrase can be computed).
    pub fn is_answered(&self, rung: Rung) -> bool {
        if !self.answers.get(rung).trim().is_empty() {
            return true;
        }
        rung == Rung::Metric && self.metric_spec().is_some_and(|m| m.phrase().is_ok())
    }

    /// The level: how many rungs are answered in order, from the bottom (0..=5).
    pub fn level(&self) -> u8 {
        Rung::ALL
            .iter()
            .take_while(|r| self.is_answered(**r))
            .count() as u8
    }

    /// Which rungs are answered, bottom to top (for the five level cells).
    pub fn cells(&self) -> [bool; 5] {
        Rung::ALL.map(|r| self.is_answered(r))
    }

    /// The text of the metric sentence: the helper's phrase when it is complete and parses,
    /// otherwise the free-text answer.
    pub fn metric_text(&self) -> String {
        match self.metric_spec().map(|m| m.phrase()) {
            Some(Ok(phrase)) => phrase.text,
            _ => self.answers.metric.trim().to_string(),
        }
    }
}
