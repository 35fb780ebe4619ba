//! `rung doctor --fix`: the repairs, in a safe order (moves, then creation, then modes).

use std::fs;
use std::path::{Path, PathBuf};

use super::{Problem, QUARANTINE, Remedy, Repair};
use crate::workspace::WorkspaceFile;
use crate::workspace::atomic::{self, DIR_MODE, FILE_MODE, Mode, Replace};
use crate::workspace::trash::{exists, move_no_replace};
use crate::workspace::workspace_file::render_file;

/// Repairs every fixable problem; moves come first, then creation, then modes.
pub fn repair(root: &Path, problems: &[Problem]) -> Vec<Repair> {
    // `/`, the home folder and system folders are never touched (see `refused_root`).
    if crate::workspace::refused_root(root).is_some() {
        return Vec::new();
    }
    let order = |r: Remedy| match r {
        Remedy::Quarantine | Remedy::QuarantineAndRebuild => 0,
        Remedy::CreateFolder | Remedy::CreateWorkspaceFile => 1,
        Remedy::Tighten => 2,
        Remedy::ByHand => 3,
    };
    let mut todo: Vec<&Problem> = problems.iter().filter(|p| p.fixable()).collect();
    todo.sort_by_key(|p| order(p.remedy));
    let mut done = Vec::new();
    for p in todo {
        let result = match p.remedy {
            Remedy::Quarantine => quarantine(root, &p.file),
            Remedy::QuarantineAndRebuild => quarantine(root, &p.file).and_then(|moved| {
                fresh_workspace_file(&p.file).map(|()| format!("{moved}, and wrote a fresh one"))
            }),
            Remedy::CreateFolder => atomic::ensure_private_dir(&p.file)
                .map(|_| "created the folder".to_string())
                .map_err(|e| e.to_string()),
            Remedy::CreateWorkspaceFile if exists(&p.file) => continue,
            Remedy::CreateWorkspaceFile => {
                fresh_workspace_file(&p.file).map(|()| "wrote a fresh workspace file".into())
            }
            Remedy::Tighten => tighten(&p.file),
            Remedy::ByHand => continue,
        };
        done.push(match result {
            Ok(what) => Repair {
                file: p.file.clone(),
                done: what,
                ok: true,
            },
            Err(why) => Repair {
                file: p.file.clone(),
                done: format!("could not fix it: {why}"),
                ok: false,
            },
        });
    }
    // A folder that was moved away or never existed, and the workspace file, exist afterwards.
    let file = root.join("rung.toml");
    if root.is_dir() && !exists(&file) && fresh_workspace_file(&file).is_ok() {
        done.push(Repair {
            file,
            done: "wrote a fresh workspace file".into(),
            ok: true,
        });
    }
    for name in ["drafts", "trash"] {
        let dir = root.join(name);
        if root.is_dir() && !exists(&dir) && atomic::ensure_private_dir(&dir).is_ok() {
            done.push(Repair {
                file: dir,
                done: "created the folder".into(),
                ok: true,
            });
        }
    }
    done
}

fn fresh_workspace_file(file: &Path) -> Result<(), String> {
    let text = render_file(&WorkspaceFile::default(), file).map_err(|e| e.to_string())?;
    atomic::write_atomic(file, text.as_bytes(), Replace::Never, Mode::Private)
        .map_err(|e| e.to_string())
}

fn tighten(path: &Path) -> Result<String, String> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        atomic::tighten_dir(path).map_err(|e| e.to_string())?;
        Ok(format!("made the folder private ({DIR_MODE:o})"))
    } else {
        atomic::tighten_file(path).map_err(|e| e.to_string())?;
        Ok(format!("made the file private ({FILE_MODE:o})"))
    }
}

/// Moves `file` into `<root>/quarantine/` without replacing anything there.
fn quarantine(root: &Path, file: &Path) -> Result<String, String> {
    if fs::symlink_metadata(file).is_ok_and(|m| m.is_dir()) {
        return Err("it is a folder, and rung never moves folders".into());
    }
    let dir = root.join(QUARANTINE);
    atomic::ensure_private_dir(&dir).map_err(|e| e.to_string())?;
    let to = free_name(&dir, file).ok_or("no free name in the quarantine folder")?;
    move_no_replace(file, &to).map_err(|e| e.to_string())?;
    // A quarantined file is private, like everything rung keeps (a link stays a link).
    let _ = atomic::tighten_file(&to);
    for d in [file.parent(), Some(dir.as_path())].into_iter().flatten() {
        let _ = atomic::sync_dir(d);
    }
    Ok(format!("moved it to {}", to.display()))
}

/// `<dir>/<name>`, or `<stem>.<n>.<ext>` with the smallest free `n`.
fn free_name(dir: &Path, file: &Path) -> Option<PathBuf> {
    let name = file.file_name()?.to_string_lossy().into_owned();
    let first = dir.join(&name);
    if !exists(&first) {
        return Some(first);
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
        _ => (name.clone(), String::new()),
    };
    (1..10_000)
        .map(|n| dir.join(format!("{stem}.{n}{ext}")))
        .find(|p| !exists(p))
}
