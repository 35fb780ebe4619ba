//! A draft: the answers to the five rungs plus everything needed to resume it.

use serde::{Deserialize, Serialize};

use super::rung::Rung;

mod answers;
mod id;

pub use answers::{Answers, MetricSpec};
pub use id::{BadId, DraftId};

/// The draft file format this build writes. Files with a higher version are left untouched.
pub const DRAFT_VERSION: u32 = 1;

/// Whether a draft is still being worked on or ready for the resume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Still being climbed or edited (the default).
    #[default]
    Draft,
    /// Ready for the resume: exports (unless asked for all) and `rung match` use only these.
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

/// Text the user edited by hand on the review screen; when present it is the bullet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinalText {
    /// The bullet exactly as the user wrote it.
    pub text: String,
    /// The style the user was editing; the other style is still assembled from the answers.
    #[serde(default)]
    pub style: Style,
}

/// What a shorter variant leaves out of the assembled bullet, in both styles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Trim {
    /// Keep only this many tools (the most specific ones).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<u8>,
    /// Leave the stack out.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stack: bool,
    /// Leave the method out.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub method: bool,
}

impl Trim {
    /// True when nothing is left out.
    pub fn is_full(&self) -> bool {
        *self == Trim::default()
    }

    /// A short description for the review screen, e.g. `two tools, no stack`.
    pub fn label(&self) -> String {
        let mut parts = Vec::new();
        if let Some(n) = self.tools {
            parts.push(match n {
                1 => "one tool".to_string(),
                2 => "two tools".to_string(),
                n => format!("{n} tools"),
            });
        }
        if self.stack {
            parts.push("no stack".to_string());
        }
        if self.method {
            parts.push("no method".to_string());
        }
        if parts.is_empty() {
            "everything".to_string()
        } else {
            parts.join(", ")
        }
    }
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

/// The longest answer (and metric field, and hand-edited bullet), in characters: a bullet is
/// a line or two, and a file rung writes must stay one rung can read back.
pub const MAX_ANSWER_CHARS: usize = 2_000;

/// `n` with thousands separated by commas (`120006` -> `120,006`).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Keys and tables a user added by hand to a file that rung does not know (`notes = ...`,
/// `[custom]`, a key inside `[answers]`), kept so that rung writing the file again does not
/// drop them. The workspace fills it in when it reads the file and writes it back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extra(pub toml::Table);

// TOML values hold floats, but a table read from a file never holds NaN.
impl Eq for Extra {}

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
    /// The file format version it was written in (see [`DRAFT_VERSION`]).
    pub version: u32,
    /// The draft's id, also its file name.
    pub id: DraftId,
    /// When the draft was made.
    pub created: jiff::Timestamp,
    /// When it was last changed.
    pub updated: jiff::Timestamp,
    /// The name of the question pack it is climbed with.
    pub pack: String,
    /// The key of the role in `rung.toml` it belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Free labels the user gave it, used to pick drafts for export.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Whether it is still a draft or finished.
    #[serde(default)]
    pub status: Status,
    /// The rung the user was on when they left.
    pub rung: Rung,
    /// How the answers are put together into a bullet.
    #[serde(default)]
    pub style: Style,
    /// The metric helper's field last typed in (`what`, `before`, `after`, `scope`, `better`),
    /// so the metric rung opens there again; absent when it was the free-text answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The free-text answer of each rung.
    #[serde(default)]
    pub answers: Answers,
    /// The structured metric helper, when the user filled it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<MetricSpec>,
    /// The bullet as edited by hand on the review screen (stored as `[final]`); when present it
    /// is the bullet for its style.
    #[serde(default, rename = "final", skip_serializing_if = "Option::is_none")]
    pub final_text: Option<FinalText>,
    /// A second hand edit, for the other style: each style keeps its own.
    #[serde(
        default,
        rename = "final_other",
        skip_serializing_if = "Option::is_none"
    )]
    pub final_other: Option<FinalText>,
    /// Parts left out to make the bullet shorter (a variant chosen on review).
    #[serde(default, skip_serializing_if = "Trim::is_full")]
    pub trim: Trim,
    /// Coach findings the user chose to ignore.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignored: Vec<IgnoredFinding>,
    /// What the file held beyond what rung knows (never written by serde; see [`Extra`]).
    #[serde(skip)]
    pub extra: Extra,
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
            cursor: None,
            answers: Answers::default(),
            metric: None,
            final_text: None,
            final_other: None,
            trim: Trim::default(),
            ignored: Vec::new(),
            extra: Extra::default(),
            imported: None,
        }
    }

    /// Why this draft holds more than rung keeps: the first text longer than
    /// [`MAX_ANSWER_CHARS`], named with its length. `None` when every text fits. The one limit
    /// every way in (command line, coach, editor, import, a file written by hand) is held to.
    pub fn too_long(&self) -> Option<String> {
        let mut texts: Vec<(String, &str)> = Rung::ALL
            .iter()
            .map(|r| (format!("the {} answer", r.name()), self.answers.get(*r)))
            .collect();
        if let Some(m) = &self.metric {
            for (name, text) in [
                ("what", &m.what),
                ("before", &m.before),
                ("after", &m.after),
                ("scope", &m.scope),
            ] {
                texts.push((format!("the metric's `{name}`"), text));
            }
        }
        if let Some(f) = &self.final_text {
            texts.push(("the hand-edited bullet".into(), &f.text));
        }
        texts.into_iter().find_map(|(name, text)| {
            let n = text.chars().count();
            (n > MAX_ANSWER_CHARS).then(|| {
                format!(
                    "{name} is {} characters long; an answer holds at most {} characters",
                    thousands(n),
                    thousands(MAX_ANSWER_CHARS)
                )
            })
        })
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

    /// The hand edit written for `style`, if any.
    pub fn hand_edit(&self, style: Style) -> Option<&FinalText> {
        [&self.final_text, &self.final_other]
            .into_iter()
            .flatten()
            .find(|f| f.style == style && !f.text.trim().is_empty())
    }

    /// Sets (or with `None` removes) the hand edit for `style`, leaving the other style's alone.
    pub fn set_hand_edit(&mut self, style: Style, text: Option<String>) {
        for slot in [&mut self.final_text, &mut self.final_other] {
            if slot.as_ref().is_some_and(|f| f.style == style) {
                *slot = None;
            }
        }
        let Some(text) = text else {
            if self.final_text.is_none() {
                self.final_text = self.final_other.take();
            }
            return;
        };
        let edit = Some(FinalText { text, style });
        if self.final_text.is_none() {
            self.final_text = edit;
        } else {
            self.final_other = edit;
        }
    }

    /// Every hand edit, for cleaning and searching.
    pub fn hand_edits_mut(&mut self) -> impl Iterator<Item = &mut FinalText> {
        [&mut self.final_text, &mut self.final_other]
            .into_iter()
            .flatten()
    }

    /// True when the other style has a hand edit and `style` has none: the bullet in `style` is
    /// assembled from the answers and may not say what the edit says.
    pub fn hand_edit_only_in_other(&self, style: Style) -> bool {
        self.hand_edit(style).is_none() && self.hand_edit(style.toggled()).is_some()
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
