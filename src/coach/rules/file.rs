//! The rules file as written: the shapes `assets/rules.toml` is read into before
//! [`super::RuleSet`] compiles them.

use serde::Deserialize;

use crate::coach::finding::Level;
use crate::coach::quantity::QuantityData;

/// A duty phrase and the verbs suggested instead.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opener {
    /// The duty phrase as it opens a bullet, e.g. "responsible for".
    pub phrase: String,
    /// Action verbs offered in its place, best first.
    pub suggest: Vec<String>,
}

/// A rule's kind and its data, as written in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum KindDef {
    /// `opener`: the text starts with a duty phrase.
    Opener {
        /// The duty phrases and their suggested verbs.
        openers: Vec<Opener>,
    },
    /// `verb-first`: the first word is not a past-tense action verb.
    VerbFirst {
        /// Message used when the first word is a verb in the wrong tense; `{found}` is the word
        /// and `{suggest}` its past tense.
        tense_message: String,
    },
    /// `words`: any of a list of phrases appears.
    Words {
        /// The phrases to find; a trailing `*` matches any ending.
        phrases: Vec<String>,
        /// Stay quiet when the text holds a number (for claims a figure backs up).
        #[serde(default)]
        unless_quantity: bool,
    },
    /// `passive`: an auxiliary followed by a past participle ("was rewritten").
    Passive {
        /// Words that start a passive: was, were, been...
        auxiliaries: Vec<String>,
        /// Participles that read as adjectives and never count ("based", "experienced").
        exempt: Vec<String>,
    },
    /// `quantified`: the text has no number at all.
    Quantified {},
    /// `percent-base`: a percentage with nothing saying what it is a percentage of.
    PercentBase {
        /// Words that give a percentage its base: from, of, to, vs...
        bases: Vec<String>,
        /// Words after a percentage that make it a rate of its own: uptime, coverage.
        #[serde(default)]
        standalone: Vec<String>,
    },
    /// `implausible`: a claim too good to be believed.
    Implausible {
        /// A percentage above this (e.g. 1000.0) is flagged.
        max_percent: f64,
        /// Phrases that are always flagged: "zero bugs", "100% uptime".
        phrases: Vec<String>,
    },
    /// `length`: a whole bullet over a word or character limit.
    Length {
        /// Most words a bullet may have.
        max_words: usize,
        /// Most characters a bullet may have, counting Unicode characters of the trimmed text.
        max_chars: usize,
    },
    /// `tech-casing`: a known technology written with the wrong capitals.
    TechCasing {},
    /// `acronym`: an all-capitals word a reader may not know.
    Acronym {
        /// Acronyms everyone knows (API, SQL); a plural with `s` counts too.
        allow: Vec<String>,
        /// Shortest word, in bytes, that can count as an acronym.
        min_len: usize,
        /// Longest word, in bytes, that can count as an acronym.
        max_len: usize,
    },
    /// `repeated-opener`: several bullets of a list start with the same word.
    RepeatedOpener {},
    /// `bullets-per-role`: a role with too few or too many bullets.
    BulletsPerRole {
        /// Fewest bullets a role should have.
        min: usize,
        /// Most bullets a role should have.
        max: usize,
    },
    /// `doubled`: the same word twice in a row.
    Doubled {
        /// Words that may be doubled ("had had", "that that").
        allow: Vec<String>,
    },
    /// `capital-first`: the first word starts with a lower-case letter.
    CapitalFirst {},
}

/// One `[[rule]]` block as written.
#[derive(Debug, Clone, Deserialize)]
pub struct RuleDef {
    /// Kebab-case name, shown in output and used in the config file's `[rules]` table.
    pub id: String,
    /// How serious a finding is unless the user changes it.
    pub level: Level,
    /// Where the rule applies, as written: a rung name, `bullet`, `whole` or `role`.
    pub scope: String,
    /// The message template the user sees; `{found}`, `{suggest}` and others are filled in.
    pub message: String,
    /// One line on why the rule matters.
    pub why: String,
    /// Ids of rules that, when they fire, keep this one quiet.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Example texts that must not trigger the rule (checked by tests).
    #[serde(default)]
    pub pass: Vec<String>,
    /// Example texts that must trigger the rule (checked by tests).
    #[serde(default)]
    pub fail: Vec<String>,
    /// For role rules: example bullet lists that must not trigger the rule.
    #[serde(default)]
    pub pass_role: Vec<Vec<String>>,
    /// For role rules: example bullet lists that must trigger the rule.
    #[serde(default)]
    pub fail_role: Vec<Vec<String>>,
    /// The rule's kind and the data that kind needs.
    #[serde(flatten)]
    pub kind: KindDef,
}

/// The word lists about verbs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerbData {
    /// Base forms of common action verbs; a first word that is one (or its -s form) is present
    /// tense.
    pub base: Vec<String>,
    /// Past forms that do not end in -ed.
    pub irregular: Vec<String>,
    /// First words that end in -ed but describe a person, not an action ("Motivated").
    pub not_verbs: Vec<String>,
    /// Base form to past tense for irregular verbs, used to suggest one ("build" -> "Built").
    pub past_of: std::collections::HashMap<String, String>,
    /// Past participles that do not end in -ed, for the passive check.
    pub participles: Vec<String>,
    /// Second words that make the first word a noun ("Lead developer").
    pub role_nouns: Vec<String>,
    /// Second words that make a `not_verbs` word a verb after all ("Motivated the team").
    pub objects: Vec<String>,
}

/// The word lists rung detection uses to find the method rung.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodData {
    /// Named techniques; a trailing `*` matches any ending ("cach*").
    pub techniques: Vec<String>,
    /// Words that open a how-clause: by, through, via.
    pub how_words: Vec<String>,
    /// Phrases that always say how: "instead of", "so that".
    pub how_phrases: Vec<String>,
    /// -ing words after a comma that tell the result, not the method.
    pub result_gerunds: Vec<String>,
    /// -ing words that are nouns ("billing") and never open a how-clause.
    pub noun_gerunds: Vec<String>,
    /// Word beginnings that announce a move from one thing to another (migrat, switch).
    pub move_words: Vec<String>,
    /// Word beginnings that turn one thing into another (convert, rewr).
    pub convert_words: Vec<String>,
    /// Words right after "from" that make it no move between technologies: scratch, design.
    pub not_moves: Vec<String>,
}

/// A concept `rung match` looks for: its name and the phrases that show it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptDef {
    /// The name the question uses: "Did you use rate limiting?".
    pub name: String,
    /// Phrases that show the concept in a job description or a bullet; `*` matches any ending.
    pub phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct JdData {
    pub(super) concepts: Vec<ConceptDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleFile {
    pub(super) rule: Vec<RuleDef>,
    pub(super) verbs: VerbData,
    pub(super) quantity: QuantityData,
    pub(super) method: MethodData,
    pub(super) jd: JdData,
}
