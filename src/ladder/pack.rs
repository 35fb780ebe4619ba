//! Question packs: per rung, the question, why it matters, a hint, examples, the connector the
//! answer follows in the bullet, and the placeholder shown while it is empty.
//!
//! Built-in packs are compiled in from `prompts/`; a user's `*.toml` files in the config folder
//! add packs or override a built-in one of the same name (the file stem is the pack's name).
//! A user's pack is refused, with its file and the reason, when it is a symbolic link (never
//! followed), not a plain file, over 1 MB, not UTF-8, not valid TOML, has wrong or unknown
//! fields, or holds a control character or bidi override in any text. rung never writes packs.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::rung::Rung;

mod file;
mod safe;

use file::read_pack_file;

/// The pack a draft uses when none is named.
pub const DEFAULT_PACK: &str = "general";

/// Built-in packs, as (name, TOML source).
const BUILTIN: &[(&str, &str)] = &[
    ("general", include_str!("../../prompts/general.toml")),
    ("backend", include_str!("../../prompts/backend.toml")),
    ("frontend", include_str!("../../prompts/frontend.toml")),
    ("data", include_str!("../../prompts/data.toml")),
    ("devops", include_str!("../../prompts/devops.toml")),
    ("management", include_str!("../../prompts/management.toml")),
];

/// What the coach asks on one rung, and how the answer joins the bullet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungPrompt {
    /// The question, e.g. "What did you work on?".
    pub question: String,
    /// One line on why a reader of the resume cares.
    pub why: String,
    /// A nudge on how to answer well.
    pub hint: String,
    /// Two to four example answers.
    pub examples: Vec<String>,
    /// The word(s) the answer follows in the bullet ("in", "backed by"); may be empty.
    #[serde(default)]
    pub connector: String,
    /// Shown in the preview while the rung is empty, e.g. `[metric?]`.
    pub placeholder: String,
}

/// The five prompts of a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungPrompts {
    /// The prompt for the task rung.
    pub task: RungPrompt,
    /// The prompt for the tools rung.
    pub tools: RungPrompt,
    /// The prompt for the stack rung.
    pub stack: RungPrompt,
    /// The prompt for the method rung.
    pub method: RungPrompt,
    /// The prompt for the metric rung.
    pub metric: RungPrompt,
}

/// A competency area of a role family, with keywords used to judge a role's coverage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetencyArea {
    /// The area's name as shown to the user, e.g. "API design and development".
    pub name: String,
    /// Techniques a bullet in this area names ("rate limiting", "pagination").
    #[serde(default)]
    pub techniques: Vec<String>,
    /// Technologies of the area; also matched through the taxonomy's aliases.
    #[serde(default)]
    pub tools: Vec<String>,
    /// Things a result in this area measures ("latency", "error rate").
    #[serde(default)]
    pub metrics: Vec<String>,
}

/// A question pack for one role family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// The pack's name, taken from its file name (not written in the file).
    #[serde(skip)]
    pub name: String,
    /// A short title, e.g. "Backend engineering".
    pub title: String,
    /// One sentence on who the pack is for.
    pub description: String,
    /// What the pack asks on each rung.
    pub rungs: RungPrompts,
    /// Competency areas of the role family (optional).
    #[serde(default)]
    pub areas: Vec<CompetencyArea>,
}

impl Pack {
    /// The prompt for one rung.
    pub fn prompt(&self, rung: Rung) -> &RungPrompt {
        match rung {
            Rung::Task => &self.rungs.task,
            Rung::Tools => &self.rungs.tools,
            Rung::Stack => &self.rungs.stack,
            Rung::Method => &self.rungs.method,
            Rung::Metric => &self.rungs.metric,
        }
    }

    /// Parses a pack from TOML. `file` is only used to name the file in errors.
    pub fn parse(name: &str, source: &str, file: &Path) -> Result<Pack, PackError> {
        // One parse when the pack is good (every start parses one); a second only to tell a
        // syntax error from a wrong field when it is not.
        let mut pack: Pack = toml::from_str(source).map_err(|shape| {
            let Err(e) = source.parse::<toml::Table>() else {
                return PackError::from_toml(file, source, &shape);
            };
            let line = e
                .span()
                .map(|s| source.bytes().take(s.start).filter(|b| *b == b'\n').count() + 1);
            PackError {
                file: file.to_path_buf(),
                line,
                message: format!(
                    "not valid TOML: {}; fix it in a text editor",
                    e.message().trim()
                ),
            }
        })?;
        pack.name = name.to_string();
        pack.validate(file)?;
        Ok(pack)
    }

    fn validate(&self, file: &Path) -> Result<(), PackError> {
        if let Some(field) = self.hostile_field() {
            return Err(PackError {
                file: file.to_path_buf(),
                line: None,
                message: format!(
                    "`{field}` holds a control character, escape sequence or bidi override; remove it"
                ),
            });
        }
        for rung in Rung::ALL {
            let p = self.prompt(rung);
            let missing = [("question", &p.question), ("placeholder", &p.placeholder)]
                .into_iter()
                .find(|(_, v)| v.trim().is_empty());
            if let Some((field, _)) = missing {
                return Err(PackError {
                    file: file.to_path_buf(),
                    line: None,
                    message: format!("`rungs.{rung}.{field}` is empty; every rung needs one"),
                });
            }
        }
        Ok(())
    }
}

/// Where a pack came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    /// Compiled into rung.
    Builtin,
    /// A user's file; `overrides` is true when it replaces a built-in pack of the same name.
    File {
        /// The pack file in the config folder.
        path: PathBuf,
        /// True when it replaces a built-in pack of the same name.
        overrides: bool,
    },
}

/// A pack that could not be read, with the file, the line when known, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {message}", file.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct PackError {
    /// The pack file that was read.
    pub file: PathBuf,
    /// The 1-based line of the problem, when it can be found.
    pub line: Option<usize>,
    /// What is wrong, naming the field when it can.
    pub message: String,
}

impl PackError {
    fn from_toml(file: &Path, source: &str, e: &toml::de::Error) -> PackError {
        let start = e.span().map(|s| s.start.min(source.len()));
        let line = start.map(|s| source.bytes().take(s).filter(|b| *b == b'\n').count() + 1);
        let message = e.message().trim().to_string();
        // Name the field: the key on the offending line, when it has one.
        let key = line.and_then(|n| {
            let (key, _) = source.lines().nth(n - 1)?.split_once('=')?;
            Some(key.trim().to_string())
        });
        let message = match key {
            Some(k) if !message.contains(&format!("`{k}`")) => format!("field `{k}`: {message}"),
            _ => message,
        };
        let message = if message.contains("unknown field") {
            format!("{message} (if this pack was written for a newer rung, update rung)")
        } else {
            message
        };
        PackError {
            file: file.to_path_buf(),
            line,
            message,
        }
    }
}

/// Every pack rung knows about: built-ins first, then the user's, by name.
#[derive(Debug, Clone)]
pub struct PackSet {
    packs: Vec<(Entry, PackSource)>,
}

/// A pack in the set: a built-in one, parsed the first time it is asked for (parsing all six
/// costs about 0.7 ms, which start-up should not pay for packs it does not show), or the user's.
#[derive(Debug, Clone)]
enum Entry {
    /// Index into [`BUILTIN`].
    Builtin(usize),
    /// A pack read from the user's config folder.
    Own(Box<Pack>),
}

/// The built-in packs, each parsed once per process on first use.
static PARSED: [std::sync::OnceLock<Pack>; BUILTIN.len()] =
    [const { std::sync::OnceLock::new() }; BUILTIN.len()];

impl Entry {
    fn name(&self) -> &str {
        match self {
            Entry::Builtin(i) => BUILTIN[*i].0,
            Entry::Own(p) => &p.name,
        }
    }

    fn pack(&self) -> &Pack {
        match self {
            Entry::Builtin(i) => PARSED[*i].get_or_init(|| {
                let (name, src) = BUILTIN[*i];
                let file = PathBuf::from(format!("prompts/{name}.toml"));
                Pack::parse(name, src, &file).expect("built-in packs are tested")
            }),
            Entry::Own(p) => p,
        }
    }
}

impl PackSet {
    /// Only the packs compiled into rung.
    pub fn builtin() -> PackSet {
        let packs = (0..BUILTIN.len())
            .map(|i| (Entry::Builtin(i), PackSource::Builtin))
            .collect();
        PackSet { packs }
    }

    /// Built-in packs plus every `*.toml` in `dir` (when it exists). Packs that cannot be read
    /// are returned as errors beside the set, which still holds every good pack.
    pub fn load(dir: Option<&Path>) -> (PackSet, Vec<PackError>) {
        let mut set = PackSet::builtin();
        let mut errors = Vec::new();
        let Some(dir) = dir else { return (set, errors) };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return (set, errors);
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for path in files {
            let Some(name) = path
                .file_stem()
                .and_then(|s| s.to_str())
                .map(str::to_string)
            else {
                continue;
            };
            let source = match read_pack_file(&path) {
                Ok(s) => s,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            match Pack::parse(&name, &source, &path) {
                Ok(pack) => set.insert(pack, path),
                Err(e) => errors.push(e),
            }
        }
        (set, errors)
    }

    fn insert(&mut self, pack: Pack, path: PathBuf) {
        if let Some(slot) = self.packs.iter_mut().find(|(e, _)| e.name() == pack.name) {
            *slot = (
                Entry::Own(Box::new(pack)),
                PackSource::File {
                    path,
                    overrides: true,
                },
            );
        } else {
            self.packs.push((
                Entry::Own(Box::new(pack)),
                PackSource::File {
                    path,
                    overrides: false,
                },
            ));
        }
    }

    /// The pack of that name, if known.
    pub fn get(&self, name: &str) -> Option<&Pack> {
        self.packs
            .iter()
            .find(|(e, _)| e.name() == name)
            .map(|(e, _)| e.pack())
    }

    /// The pack of that name, or the default pack when it is unknown.
    pub fn get_or_default(&self, name: &str) -> &Pack {
        self.get(name)
            .or_else(|| self.get(DEFAULT_PACK))
            .unwrap_or_else(|| self.packs[0].0.pack())
    }

    /// Every pack with where it came from, in listing order.
    pub fn iter(&self) -> impl Iterator<Item = (&Pack, &PackSource)> {
        self.packs.iter().map(|(e, s)| (e.pack(), s))
    }

    /// The names of every pack.
    pub fn names(&self) -> Vec<&str> {
        self.packs.iter().map(|(e, _)| e.name()).collect()
    }

    /// A number that changes when a bullet written with these packs could read differently:
    /// another rung version or another set of packs (a user's pack counts by its content, a
    /// built-in one by its name, since it comes with the version). Parses no built-in pack.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        env!("CARGO_PKG_VERSION").hash(&mut hasher);
        for (entry, _) in &self.packs {
            match entry {
                Entry::Builtin(i) => ("builtin", *i).hash(&mut hasher),
                Entry::Own(pack) => format!("{pack:?}").hash(&mut hasher),
            }
        }
        hasher.finish()
    }

    /// The draft's bullet as its own pack writes it (the default pack when its pack is
    /// unknown): a hand edit when it has one for its style, otherwise the assembled answers.
    pub fn bullet(&self, draft: &crate::ladder::Draft) -> String {
        crate::ladder::bullet(draft, self.get_or_default(&draft.pack), draft.style)
    }
}

#[cfg(test)]
mod tests;
