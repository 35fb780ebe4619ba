//! The rules as data: `assets/rules.toml` parsed once into a [`RuleSet`], plus the shared word
//! lists (verbs, quantity words, method markers) the checks and rung detection read.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Deserialize;

use super::finding::Level;
use super::phrases::PhraseSet;
use super::quantity::{QuantityData, Spotter};
use crate::ladder::Rung;

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

/// A duty phrase and the verbs suggested instead.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opener {
    pub phrase: String,
    pub suggest: Vec<String>,
}

/// A rule's kind and its data, as written in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum KindDef {
    Opener {
        openers: Vec<Opener>,
    },
    VerbFirst {
        tense_message: String,
    },
    Words {
        phrases: Vec<String>,
        #[serde(default)]
        unless_quantity: bool,
    },
    Passive {
        auxiliaries: Vec<String>,
        exempt: Vec<String>,
    },
    Quantified {},
    PercentBase {
        bases: Vec<String>,
        #[serde(default)]
        standalone: Vec<String>,
    },
    Implausible {
        max_percent: f64,
        phrases: Vec<String>,
    },
    Length {
        max_words: usize,
        max_chars: usize,
    },
    TechCasing {},
    Acronym {
        allow: Vec<String>,
        min_len: usize,
        max_len: usize,
    },
    RepeatedOpener {},
    BulletsPerRole {
        min: usize,
        max: usize,
    },
    Doubled {
        allow: Vec<String>,
    },
    CapitalFirst {},
}

/// One `[[rule]]` block as written.
#[derive(Debug, Clone, Deserialize)]
pub struct RuleDef {
    pub id: String,
    pub level: Level,
    pub scope: String,
    pub message: String,
    pub why: String,
    #[serde(default)]
    pub unless: Vec<String>,
    #[serde(default)]
    pub pass: Vec<String>,
    #[serde(default)]
    pub fail: Vec<String>,
    #[serde(default)]
    pub pass_role: Vec<Vec<String>>,
    #[serde(default)]
    pub fail_role: Vec<Vec<String>>,
    #[serde(flatten)]
    pub kind: KindDef,
}

/// The word lists about verbs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerbData {
    pub base: Vec<String>,
    pub irregular: Vec<String>,
    pub not_verbs: Vec<String>,
    pub past_of: std::collections::HashMap<String, String>,
    pub participles: Vec<String>,
    pub role_nouns: Vec<String>,
    pub objects: Vec<String>,
}

/// The word lists rung detection uses to find the method rung.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodData {
    pub techniques: Vec<String>,
    pub how_words: Vec<String>,
    pub how_phrases: Vec<String>,
    pub result_gerunds: Vec<String>,
    pub noun_gerunds: Vec<String>,
    pub move_words: Vec<String>,
    pub convert_words: Vec<String>,
    pub not_moves: Vec<String>,
}

/// A concept `rung match` looks for: its name and the phrases that show it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptDef {
    pub name: String,
    pub phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JdData {
    concepts: Vec<ConceptDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    rule: Vec<RuleDef>,
    verbs: VerbData,
    quantity: QuantityData,
    method: MethodData,
    jd: JdData,
}

/// The concepts of `rung match`, compiled: one phrase set over every concept's phrases.
#[derive(Debug)]
pub struct Concepts {
    /// The concept names, in file order.
    pub names: Vec<String>,
    /// The concept index of each phrase of `phrases`.
    pub of_phrase: Vec<usize>,
    pub phrases: PhraseSet,
}

/// A rule's kind, compiled for fast checking.
#[derive(Debug)]
pub enum Kind {
    Opener {
        openers: Vec<Opener>,
        phrases: PhraseSet,
    },
    VerbFirst {
        tense_message: String,
    },
    Words {
        phrases: PhraseSet,
        unless_quantity: bool,
    },
    Passive {
        auxiliaries: HashSet<String>,
        exempt: HashSet<String>,
    },
    Quantified,
    PercentBase {
        bases: HashSet<String>,
        /// Words after a percentage that make it a rate of its own: uptime, coverage.
        standalone: HashSet<String>,
    },
    Implausible {
        max_percent: f64,
        phrases: PhraseSet,
    },
    Length {
        max_words: usize,
        max_chars: usize,
    },
    TechCasing,
    Acronym {
        allow: HashSet<String>,
        min_len: usize,
        max_len: usize,
    },
    RepeatedOpener,
    BulletsPerRole {
        min: usize,
        max: usize,
    },
    /// The same word twice in a row: "Built Built", "the the".
    Doubled {
        allow: HashSet<String>,
    },
    /// A lower-case first word.
    CapitalFirst,
}

/// One compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub level: Level,
    pub scope: Scope,
    pub message: String,
    pub why: String,
    pub unless: Vec<String>,
    pub kind: Kind,
    /// The rule as written, with its examples.
    pub def: RuleDef,
}

/// Verb lists as sets.
#[derive(Debug)]
pub struct Verbs {
    pub base: HashSet<String>,
    pub irregular: HashSet<String>,
    pub not_verbs: HashSet<String>,
    pub past_of: std::collections::HashMap<String, String>,
    pub participles: HashSet<String>,
    /// Second words that make the first word a noun ("Lead developer").
    pub role_nouns: HashSet<String>,
    /// Second words that make a `not_verbs` word a verb ("Motivated the team").
    pub objects: HashSet<String>,
}

/// Method markers, compiled.
#[derive(Debug)]
pub struct Method {
    pub techniques: PhraseSet,
    /// The techniques as written in the file, by phrase index.
    pub technique_names: Vec<String>,
    pub how_words: HashSet<String>,
    pub how_phrases: PhraseSet,
    pub result_gerunds: HashSet<String>,
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
    pub rules: Vec<Rule>,
    pub verbs: Verbs,
    pub spotter: Spotter,
    pub method: Method,
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
