//! `rung doctor`: every problem in a workspace, each with its file, the reason and what to do,
//! and the repairs `--fix` may make.
//!
//! Choices made here:
//! - Examining changes nothing: it does not even create missing folders (unlike
//!   [`Workspace::open`](super::Workspace::open)).
//! - A broken file (unreadable draft, badly named `.toml` in `drafts/`, damaged `rung.toml`, a
//!   symbolic link, a temp file left by a crash) is moved to `<workspace>/quarantine/` under its
//!   own name, with `.1`, `.2`, ... before the extension on a collision. Nothing is ever deleted
//!   or overwritten. A link is moved as a link; what it points to is not touched.
//! - A file written by a newer rung is not broken: it is reported ("update rung") and left alone.
//! - A damaged `rung.toml` is quarantined and a fresh one written (its roles are in the
//!   quarantined copy); a missing `rung.toml` or folder is created; loose modes are tightened.
//! - `drafts/` or `trash/` being a link, a trashed draft whose id is also a live draft, and the
//!   user's broken question packs (in the config folder, not the workspace) are reported for
//!   the user to sort out by hand.

mod leftovers;
mod repair;

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::atomic::{self, DIR_MODE, FILE_MODE};
use super::read::{ReadError, not_a_plain_file, parse_versioned, read_text};
use super::trash::exists;
use super::{WORKSPACE_VERSION, WorkspaceFile, drafts, roles};
use crate::ladder::PackSet;

use leftovers::{temp_files, waiting_recoveries};
pub use repair::repair;

/// The folder broken files are moved to.
pub const QUARANTINE: &str = "quarantine";

/// What `--fix` can do about a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Remedy {
    /// Move the file to the quarantine folder.
    Quarantine,
    /// Move `rung.toml` to the quarantine folder and write a fresh one.
    QuarantineAndRebuild,
    /// Create the missing folder.
    CreateFolder,
    /// Write a fresh `rung.toml`.
    CreateWorkspaceFile,
    /// Make the file 0600 or the folder 0700.
    Tighten,
    /// Only the user can sort this out.
    ByHand,
}

/// One problem: the file, what is wrong, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file or folder.
    pub file: PathBuf,
    /// What is wrong.
    pub problem: String,
    /// What to do about it.
    pub advice: String,
    /// What `--fix` does.
    pub remedy: Remedy,
}

impl Problem {
    /// True when `--fix` can repair it.
    pub fn fixable(&self) -> bool {
        self.remedy != Remedy::ByHand
    }
}

/// What `--fix` did about one problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Repair {
    /// The file or folder.
    pub file: PathBuf,
    /// What was done, or why it could not be.
    pub done: String,
    /// False when the repair failed.
    pub ok: bool,
}

/// Every problem in the workspace at `root` and in the packs of `packs_dir`.
pub fn examine(root: &Path, packs_dir: Option<&Path>) -> Vec<Problem> {
    let mut out = Vec::new();
    let problem = |file: &Path, problem: String, advice: &str, remedy| Problem {
        file: file.to_path_buf(),
        problem,
        advice: advice.to_string(),
        remedy,
    };
    if let Some(reason) = super::paths::refused_root(root) {
        out.push(problem(
            root,
            reason,
            "give rung a folder of its own with --workspace or RUNG_WORKSPACE, e.g. ~/resume",
            Remedy::ByHand,
        ));
        return out;
    }
    if !root.is_dir() {
        out.push(problem(
            root,
            "the workspace folder does not exist".into(),
            "`rung doctor --fix` (or any rung command) creates it",
            Remedy::CreateFolder,
        ));
        return out;
    }
    // Only a folder that is rung's own (it holds rung.toml) has its modes changed by --fix.
    let own = exists(&root.join("rung.toml"));
    loose(root, own, &mut out);
    examine_workspace_file(&root.join("rung.toml"), &mut out);
    for name in ["drafts", "trash"] {
        let dir = root.join(name);
        match fs::symlink_metadata(&dir) {
            Err(_) => out.push(problem(
                &dir,
                format!("the `{name}` folder is missing"),
                "`rung doctor --fix` creates it",
                Remedy::CreateFolder,
            )),
            Ok(m) if m.file_type().is_symlink() => out.push(problem(
                &dir,
                not_a_plain_file(&dir).unwrap_or_default(),
                "replace the link with the folder itself (move the files into a real folder)",
                Remedy::ByHand,
            )),
            Ok(m) if !m.is_dir() => out.push(problem(
                &dir,
                format!("`{name}` is a file, where rung keeps a folder"),
                "`rung doctor --fix` moves it to quarantine/ and creates the folder",
                Remedy::Quarantine,
            )),
            Ok(_) => {
                loose(&dir, own, &mut out);
                temp_files(&dir, &mut out);
            }
        }
    }
    // Folders rung makes when it needs them: a link (or a file, or someone else's folder)
    // there would send its writes outside the workspace, so rung refuses to write into it.
    for name in ["recovery", QUARANTINE, ".locks"] {
        let dir = root.join(name);
        if fs::symlink_metadata(&dir).is_ok()
            && let Err(e) = atomic::check_own_dir(&dir)
        {
            let link = not_a_plain_file(&dir).filter(|_| atomic::is_link(&dir));
            out.push(problem(
                &dir,
                link.unwrap_or_else(|| e.to_string()),
                "remove it (or move it out of the workspace); rung makes the folder itself when it needs it and never writes through a link",
                Remedy::ByHand,
            ));
        }
    }
    temp_files(root, &mut out);
    waiting_recoveries(root, &mut out);
    let drafts_dir = root.join("drafts");
    if fs::symlink_metadata(&drafts_dir).is_ok_and(|m| m.is_dir()) {
        examine_drafts(root, &mut out);
    }
    if let Some(dir) = packs_dir {
        for e in PackSet::load(Some(dir)).1 {
            let file = e.file.clone();
            out.push(problem(
                &file,
                e.to_string(),
                "fix the pack in a text editor, or move it out of the prompts folder; until then it is skipped",
                Remedy::ByHand,
            ));
        }
    }
    out
}

fn examine_workspace_file(file: &Path, out: &mut Vec<Problem>) {
    let problem = |problem: String, advice: &str, remedy| Problem {
        file: file.to_path_buf(),
        problem,
        advice: advice.to_string(),
        remedy,
    };
    let parsed = read_text(file).and_then(|text| {
        let mut f: WorkspaceFile =
            parse_versioned(&text, WORKSPACE_VERSION, |f: &WorkspaceFile| f.version)
                .map_err(ReadError::Bad)?;
        f.extra = super::extra::find(&text, super::extra::WORKSPACE);
        match roles::problem(&f) {
            Some(p) => Err(ReadError::Bad(p)),
            None => Ok(f),
        }
    });
    match parsed {
        Ok(f) => {
            misspelt(file, &f.extra, super::extra::WORKSPACE, out);
            loose(file, true, out);
        }
        Err(ReadError::Missing) => out.push(problem(
            "the workspace file is missing".into(),
            "`rung doctor --fix` writes a fresh one (no roles)",
            Remedy::CreateWorkspaceFile,
        )),
        Err(ReadError::Bad(reason)) if reason.contains("newer version") => out.push(problem(
            reason,
            "update rung; this file is fine and is left alone",
            Remedy::ByHand,
        )),
        Err(ReadError::Bad(reason)) => out.push(problem(
            reason,
            "fix it in a text editor, or `rung doctor --fix` moves it to quarantine/ and writes a fresh one (copy your roles back from the quarantined file)",
            Remedy::QuarantineAndRebuild,
        )),
        Err(ReadError::Io(e)) => out.push(problem(
            format!("cannot read it ({e})"),
            "check its permissions",
            Remedy::ByHand,
        )),
    }
}

fn examine_drafts(root: &Path, out: &mut Vec<Problem>) {
    let drafts_dir = root.join("drafts");
    let listing = drafts::list(&drafts_dir);
    for u in &listing.unreadable {
        if u.file == drafts_dir || u.reason.starts_with("cannot read it") {
            out.push(Problem {
                file: u.file.clone(),
                problem: u.reason.clone(),
                advice: "check its permissions; rung only moves files it can read".into(),
                remedy: Remedy::ByHand,
            });
            continue;
        }
        let newer = u.reason.contains("newer version");
        let link = atomic::is_link(&u.file);
        out.push(Problem {
            file: u.file.clone(),
            problem: u.reason.clone(),
            advice: if newer {
                "update rung; this draft is fine and is left alone".into()
            } else if link {
                "put the file itself here, or `rung doctor --fix` moves the link to quarantine/ (what it points to is not touched)".into()
            } else {
                "fix it in a text editor, or `rung doctor --fix` moves it to quarantine/".into()
            },
            remedy: if newer {
                Remedy::ByHand
            } else {
                Remedy::Quarantine
            },
        });
    }
    for d in &listing.drafts {
        let file = drafts_dir.join(drafts::file_name(&d.id));
        misspelt(&file, &d.extra, super::extra::DRAFT, out);
        loose(&file, true, out);
    }
    let trash_dir = root.join("trash");
    for d in &listing.drafts {
        let trashed = trash_dir.join(drafts::file_name(&d.id));
        if exists(&trashed) {
            out.push(Problem {
                file: trashed,
                problem: format!("the trash holds a draft `{}` that is also a live draft", d.id),
                advice: format!(
                    "`rung restore {}` will refuse; rename one of the two files by hand if you want both",
                    d.id
                ),
                remedy: Remedy::ByHand,
            });
        }
    }
    if let Ok(entries) = fs::read_dir(&trash_dir) {
        for e in entries.flatten() {
            let path = e.path();
            if fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
                loose(&path, true, out);
            }
        }
    }
}

/// A problem for each item of `extra` that looks like a misspelt known name.
fn misspelt(
    file: &Path,
    extra: &crate::ladder::Extra,
    known: super::extra::Known,
    out: &mut Vec<Problem>,
) {
    for said in super::extra::misspelt(extra, known) {
        out.push(Problem {
            file: file.to_path_buf(),
            problem: said,
            advice: "rename it in a text editor so rung reads it".into(),
            remedy: Remedy::ByHand,
        });
    }
}

/// A problem when a regular file or folder is readable by others. `own`: the workspace holds
/// a `rung.toml`, so `--fix` may make it private; otherwise only the user may change it.
fn loose(path: &Path, own: bool, out: &mut Vec<Problem>) {
    if let Some(mode) = atomic::loose_mode(path) {
        let want = if path.is_dir() { DIR_MODE } else { FILE_MODE };
        let (advice, remedy) = if own {
            (
                format!("`rung doctor --fix` (or `chmod {want:o}`) makes it private"),
                Remedy::Tighten,
            )
        } else {
            (
                format!(
                    "this folder holds no rung.toml, so rung leaves its mode alone; `chmod {want:o}` it yourself if it is meant for rung only"
                ),
                Remedy::ByHand,
            )
        };
        out.push(Problem {
            file: path.to_path_buf(),
            problem: format!("others may read it (mode {mode:o}; rung keeps {want:o})"),
            advice,
            remedy,
        });
    }
}
