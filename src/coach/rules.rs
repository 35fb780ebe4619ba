//! The rules as data: `assets/rules.toml` parsed once into a [`RuleSet`], plus the shared word
//! lists (verbs, quantity words, method markers) the checks and rung detection read.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::finding::Level;
use super::phrases::PhraseSet;
use super::quantity::Spotter;
use crate::ladder::Rung;

mod file;

use file::RuleFile;
pub use file::{ConceptDef, KindDef, MethodData, Opener, RuleDef, VerbData};

const SOURCE: &str = include_str!("../../assets/rules.toml");

/// Where a rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One rung's answer, and whole bullets.
    Rung(Rung),
    /// Every answer and whole bullets.
    Bullet,
    /// Whole bullets only (e.g. length).
    Whole,
    /// All bullets of one role together.
    Role,
}

impl Scope {
    fn parse(s: &str) -> Option<Scope> {
        match s {
            "bullet" => Some(Scope::Bullet),
            "whole" => Some(Scope::Whole),
            "role" => Some(Scope::Role),
            other => Rung::from_name(other).map(Scope::Rung),
        }
    }

    /// The rung a finding of this scope belongs to, if any.
    pub fn rung(self) -> Option<Rung> {
        match self {
            Scope::Rung(r) => Some(r),
            _ => None,
        }
    }
}

/// The concepts of `rung match`, compiled: one phrase set over every concept's phrases.
#[derive(Debug)]
pub struct Concepts {
    /// The concept names, in file order.
    pub names: Vec<String>,
    /// The concept index of each phrase of `phrases`.
    pub of_phrase: Vec<usize>,
    /// Every concept's phrases, found in one pass.
    pub phrases: PhraseSet,
}

/// A rule's kind, compiled for fast checking.
#[derive(Debug)]
pub enum Kind {
    /// The text starts with a duty phrase ("Responsible for").
    Opener {
        /// The duty phrases and their suggestions, in the order of `phrases`.
        openers: Vec<Opener>,
        /// The duty phrases, found in one pass; a match's index picks its entry in `openers`.
        phrases: PhraseSet,
    },
    /// The first word is not a past-tense action verb.
    VerbFirst {
        /// Message for a verb in the wrong tense; `{found}` is the word, `{suggest}` its past.
        tense_message: String,
    },
    /// Any of a list of phrases appears (acronym-like matches in capitals are skipped).
    Words {
        /// The phrases to find.
        phrases: PhraseSet,
        /// Stay quiet when the text holds a number.
        unless_quantity: bool,
    },
    /// An auxiliary followed by a past participle, maybe with one -ly adverb between.
    Passive {
        /// Lower-case words that start a passive: was, were, been...
        auxiliaries: HashSet<String>,
        /// Lower-case participles that never count ("based", "experienced").
        exempt: HashSet<String>,
    },
    /// The text has no number at all.
    Quantified,
    /// A percentage with nothing saying what it is a percentage of.
    PercentBase {
        /// Lower-case words that give a percentage its base: from, of, to, vs...
        bases: HashSet<String>,
        /// Words after a percentage that make it a rate of its own: uptime, coverage.
        standalone: HashSet<String>,
    },
    /// A claim too good to be believed.
    Implausible {
        /// A percentage above this is flagged.
        max_percent: f64,
        /// Phrases that are always flagged: "zero bugs", "100% uptime".
        phrases: PhraseSet,
    },
    /// A whole bullet over a word or character limit.
    Length {
        /// Most words a bullet may have.
        max_words: usize,
        /// Most characters (Unicode characters of the trimmed text) a bullet may have.
        max_chars: usize,
    },
    /// A known technology written with the wrong capitals ("Javascript").
    TechCasing,
    /// An all-capitals word a reader may not know, unless it is spelled out in place.
    Acronym {
        /// Acronyms everyone knows, as written (case matters); a plural with `s` counts too.
        allow: HashSet<String>,
        /// Shortest word, in bytes, that can count as an acronym.
        min_len: usize,
        /// Longest word, in bytes, that can count as an acronym.
        max_len: usize,
    },
    /// Several bullets of a list start with the same word (judged on a list, not one text).
    RepeatedOpener,
    /// A role with too few or too many bullets (judged on a role, not one text).
    BulletsPerRole {
        /// Fewest bullets a role should have.
        min: usize,
        /// Most bullets a role should have.
        max: usize,
    },
    /// The same word twice in a row: "Built Built", "the the".
    Doubled {
        /// Lower-case words that may be doubled ("had had").
        allow: HashSet<String>,
    },
    /// A lower-case first word.
    CapitalFirst,
}

/// One compiled rule.
#[derive(Debug)]
pub struct Rule {
    /// Kebab-case name, shown in output and used in the config file's `[rules]` table.
    pub id: String,
    /// The level a finding has unless the user changes it.
    pub level: Level,
    /// Where the rule applies.
    pub scope: Scope,
    /// The message template; placeholders such as `{found}` are filled in per finding.
    pub message: String,
    /// One line on why the rule matters.
    pub why: String,
    /// Ids of rules that, when they fire on the same text, keep this one quiet.
    pub unless: Vec<String>,
    /// How the rule is checked, with its compiled data.
    pub kind: Kind,
    /// The rule as written, with its examples.
    pub def: RuleDef,
}

/// Verb lists as sets.
#[derive(Debug)]
pub struct Verbs {
    /// Lower-case base forms of common action verbs (present tense when first).
    pub base: HashSet<String>,
    /// Lower-case past forms that do not end in -ed.
    pub irregular: HashSet<String>,
    /// Lower-case -ed words that describe a person, not an action ("motivated").
    pub not_verbs: HashSet<String>,
    /// Base form to past tense for irregular verbs ("build" -> "Built"), as written in the file.
    pub past_of: std::collections::HashMap<String, String>,
    /// Lower-case past participles that do not end in -ed, for the passive check.
    pub participles: HashSet<String>,
    /// Second words that make the first word a noun ("Lead developer").
    pub role_nouns: HashSet<String>,
    /// Second words that make a `not_verbs` word a verb ("Motivated the team").
    pub objects: HashSet<String>,
}

/// Method markers, compiled.
#[derive(Debug)]
pub struct Method {
    /// Named techniques ("cach*", "canary"), found in one pass.
    pub techniques: PhraseSet,
    /// The techniques as written in the file, by phrase index.
    pub technique_names: Vec<String>,
    /// Lower-case words that open a how-clause: by, through, via.
    pub how_words: HashSet<String>,
    /// Phrases that always say how: "instead of", "so that".
    pub how_phrases: PhraseSet,
    /// Lower-case -ing words after a comma that tell the result, not the method.
    pub result_gerunds: HashSet<String>,
    /// Lower-case -ing words that are nouns ("billing") and never open a how-clause.
    pub noun_gerunds: HashSet<String>,
    /// Words beginning with a move stem (migrat, switch...), matched in one pass.
    pub move_words: PhraseSet,
    /// Words beginning with a stem that turns one thing into another (convert, transition...).
    pub convert_words: PhraseSet,
    /// Words after "from" that make it no move between technologies: scratch, design, start.
    pub not_moves: HashSet<String>,
}

/// Every rule and word list, compiled.
#[derive(Debug)]
pub struct RuleSet {
    /// Every rule, in file order.
    pub rules: Vec<Rule>,
    /// The verb word lists, for tense and opener checks.
    pub verbs: Verbs,
    /// Finds numbers and amounts in text.
    pub spotter: Spotter,
    /// The word lists that find the method rung.
    pub method: Method,
    /// The concepts `rung match` looks for in a job description.
    pub concepts: Concepts,
}

/// The rules compiled into rung, parsed once.
pub static RULES: LazyLock<RuleSet> =
    LazyLock::new(|| RuleSet::parse(SOURCE).expect("assets/rules.toml is checked by tests"));

/// The built-in rules.
pub fn rules() -> &'static RuleSet {
    &RULES
}

/// Word beginnings as prefix phrases: "migrat" matches migrated, migration...
fn stems(list: &[String]) -> Vec<String> {
    list.iter().map(|s| format!("{s}*")).collect()
}

fn lower_set(list: &[String]) -> HashSet<String> {
    list.iter().map(|s| s.to_ascii_lowercase()).collect()
}

impl RuleSet {
    /// Parses and compiles a rules file; the error says which rule is wrong.
    pub fn parse(source: &str) -> Result<RuleSet, String> {
        let file: RuleFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut rules = Vec::new();
        let mut ids = HashSet::new();
        for def in file.rule {
            let bad = |m: String| format!("rule `{}`: {m}", def.id);
            if !ids.insert(def.id.clone()) {
                return Err(bad("listed twice".into()));
            }
            if def.id.is_empty() || !def.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                return Err(bad("ids are kebab-case (a-z and -)".into()));
            }
            let scope = Scope::parse(&def.scope)
                .ok_or_else(|| bad(format!("unknown scope `{}`", def.scope)))?;
            let kind = compile_kind(&def.kind).map_err(bad)?;
            let is_role_kind = matches!(kind, Kind::RepeatedOpener | Kind::BulletsPerRole { .. });
            if is_role_kind != (scope == Scope::Role) {
                return Err(bad(
                    "role kinds go with scope = \"role\", and only they do".into()
                ));
            }
            rules.push(Rule {
                id: def.id.clone(),
                level: def.level,
                scope,
                message: def.message.clone(),
                why: def.why.clone(),
                unless: def.unless.clone(),
                kind,
                def,
            });
        }
        for r in &rules {
            if let Some(u) = r.unless.iter().find(|u| !ids.contains(*u)) {
                return Err(format!(
                    "rule `{}`: `unless` names unknown rule `{u}`",
                    r.id
                ));
            }
        }
        let m = &file.method;
        let mut of_phrase = Vec::new();
        let mut all_phrases = Vec::new();
        for (i, c) in file.jd.concepts.iter().enumerate() {
            for p in &c.phrases {
                of_phrase.push(i);
                all_phrases.push(p.clone());
            }
        }
        let concepts = Concepts {
            names: file.jd.concepts.iter().map(|c| c.name.clone()).collect(),
            of_phrase,
            phrases: PhraseSet::new(&all_phrases)?,
        };
        Ok(RuleSet {
            concepts,
            rules,
            verbs: Verbs {
                base: lower_set(&file.verbs.base),
                irregular: lower_set(&file.verbs.irregular),
                not_verbs: lower_set(&file.verbs.not_verbs),
                past_of: file.verbs.past_of.clone(),
                participles: lower_set(&file.verbs.participles),
                role_nouns: lower_set(&file.verbs.role_nouns),
                objects: lower_set(&file.verbs.objects),
            },
            spotter: Spotter::new(&file.quantity),
            method: Method {
                techniques: PhraseSet::new(&m.techniques)?,
                technique_names: m.techniques.clone(),
                how_words: lower_set(&m.how_words),
                how_phrases: PhraseSet::new(&m.how_phrases)?,
                result_gerunds: lower_set(&m.result_gerunds),
                noun_gerunds: lower_set(&m.noun_gerunds),
                move_words: PhraseSet::new(&stems(&m.move_words))?,
                convert_words: PhraseSet::new(&stems(&m.convert_words))?,
                not_moves: lower_set(&m.not_moves),
            },
        })
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

fn compile_kind(def: &KindDef) -> Result<Kind, String> {
    Ok(match def {
        KindDef::Opener { openers } => {
            let list: Vec<String> = openers.iter().map(|o| o.phrase.clone()).collect();
            Kind::Opener {
                openers: openers.clone(),
                phrases: PhraseSet::new(&list)?,
            }
        }
        KindDef::VerbFirst { tense_message } => Kind::VerbFirst {
            tense_message: tense_message.clone(),
        },
        KindDef::Words {
            phrases,
            unless_quantity,
        } => Kind::Words {
            phrases: PhraseSet::new(phrases)?,
            unless_quantity: *unless_quantity,
        },
        KindDef::Passive {
            auxiliaries,
            exempt,
        } => Kind::Passive {
            auxiliaries: lower_set(auxiliaries),
            exempt: lower_set(exempt),
        },
        KindDef::Quantified {} => Kind::Quantified,
        KindDef::PercentBase { bases, standalone } => Kind::PercentBase {
            bases: lower_set(bases),
            standalone: lower_set(standalone),
        },
        KindDef::Implausible {
            max_percent,
            phrases,
        } => Kind::Implausible {
            max_percent: *max_percent,
            phrases: PhraseSet::new(phrases)?,
        },
        KindDef::Length {
            max_words,
            max_chars,
        } => Kind::Length {
            max_words: *max_words,
            max_chars: *max_chars,
        },
        KindDef::TechCasing {} => Kind::TechCasing,
        KindDef::Acronym {
            allow,
            min_len,
            max_len,
        } => Kind::Acronym {
            allow: allow.iter().cloned().collect(),
            min_len: *min_len,
            max_len: *max_len,
        },
        KindDef::RepeatedOpener {} => Kind::RepeatedOpener,
        KindDef::Doubled { allow } => Kind::Doubled {
            allow: lower_set(allow),
        },
        KindDef::CapitalFirst {} => Kind::CapitalFirst,
        KindDef::BulletsPerRole { min, max } => {
            if min > max {
                return Err(format!("min {min} is above max {max}"));
            }
            Kind::BulletsPerRole {
                min: *min,
                max: *max,
            }
        }
    })
}
