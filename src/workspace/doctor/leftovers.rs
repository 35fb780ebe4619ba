//! What a crash leaves behind: temp files of an interrupted save, and drafts in `recovery/`
//! not yet compared with the saved copy.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Problem, Remedy};
use crate::workspace::atomic::{self, TEMP_PREFIX, TEMP_SUFFIX};
use crate::workspace::drafts;
use crate::workspace::read::ReadError;

/// Temp files a crash left in `dir`.
pub(super) fn temp_files(dir: &Path, out: &mut Vec<Problem>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(TEMP_PREFIX) && n.ends_with(TEMP_SUFFIX))
        })
        .collect();
    found.sort();
    for file in found {
        out.push(Problem {
            file,
            problem: "a temp file left by an interrupted save".into(),
            advice: "the real file is intact; `rung doctor --fix` moves this one to quarantine/"
                .into(),
            remedy: Remedy::Quarantine,
        });
    }
}

/// Drafts a crash left in `recovery/`: only the user can say which copy to keep.
pub(super) fn waiting_recoveries(root: &Path, out: &mut Vec<Problem>) {
    // A link there is reported on its own; what it points to is not the workspace's.
    let dir = root.join("recovery");
    if atomic::check_own_dir(&dir).is_err() {
        return;
    }
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    for file in files
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "toml"))
    {
        // One the coach cannot read it never asks about: left alone, it would stay forever.
        let id = file
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| crate::ladder::DraftId::parse(s).ok());
        let unreadable = match &id {
            None => Some("its name is not a draft id".to_string()),
            Some(id) => match drafts::read_draft(&file, id) {
                Ok(_) => None,
                Err(ReadError::Bad(reason)) => Some(reason),
                Err(ReadError::Io(e)) => Some(format!("cannot read it ({e})")),
                Err(ReadError::Missing) => continue,
            },
        };
        if let Some(reason) = unreadable {
            out.push(Problem {
                file,
                problem: format!("a recovered draft rung cannot read: {reason}"),
                advice: "`rung doctor --fix` moves it to quarantine/ (nothing is deleted); open it in a text editor to take what you need".into(),
                remedy: Remedy::Quarantine,
            });
            continue;
        }
        out.push(Problem {
            file,
            problem: "a draft kept after rung stopped unexpectedly, not yet compared with the saved copy".into(),
            advice: "start `rung`: it shows both copies and asks which to keep (the other goes to the trash)".into(),
            remedy: Remedy::ByHand,
        });
    }
}
