//! Draft files: reading one (with every check that keeps a bad or newer file untouched),
//! listing the `drafts/` folder, and writing one.
//!
//! Listing rules: only `*.toml` files are drafts; hidden files (temp files, editor locks such as
//! `.#x.toml`) and subfolders are ignored; a `.toml` file whose name is not a draft id is listed
//! as unreadable so the user knows rung sees it but will not touch it. A large folder is read on
//! a few threads at once (up to one per core, at most four), then sorted.

use std::fs;
use std::path::{Path, PathBuf};

use crate::ladder::draft::DRAFT_VERSION;
use crate::ladder::{Draft, DraftId};

use super::read::{ReadError, parse_versioned, read_text};
use super::{Listing, Unreadable};

/// Reads the draft at `path`, which must carry `id` inside.
pub fn read_draft(path: &Path, id: &DraftId) -> Result<Draft, ReadError> {
    let text = read_text(path)?;
    let mut draft: Draft =
        parse_versioned(&text, DRAFT_VERSION, |d: &Draft| d.version).map_err(ReadError::Bad)?;
    draft.extra = super::extra::find(&text, super::extra::DRAFT);
    if draft.id != *id {
        return Err(ReadError::Bad(format!(
            "the file says `id = \"{}\"` but its name says `{id}`; make them match by hand",
            draft.id
        )));
    }
    Ok(draft)
}

/// The text rung writes for a draft: always the current format version.
pub fn render(draft: &Draft) -> Result<String, String> {
    let mut current = draft.clone();
    current.version = DRAFT_VERSION;
    let text =
        toml::to_string(&current).map_err(|e| format!("cannot write this draft as TOML: {e}"))?;
    super::extra::merge(text, &draft.extra)
}

/// Every draft in `dir`, newest `updated` first (ties by id), and every unreadable file.
pub fn list(dir: &Path) -> Listing {
    let mut listing = Listing::default();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            listing.unreadable.push(Unreadable {
                file: dir.to_path_buf(),
                id: None,
                reason: format!("cannot read this folder ({e}); check its permissions"),
            });
            return listing;
        }
    };
    let paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    // Each reader's drafts move straight into the listing, which is sized once: a draft is
    // about 600 bytes, so every extra copy of 10,000 of them would cost about 6 MB at the peak.
    let parts = read_all(&paths);
    listing
        .drafts
        .reserve_exact(parts.iter().map(Vec::len).sum());
    for part in parts {
        for outcome in part {
            match outcome {
                Ok(draft) => listing.drafts.push(draft),
                Err(bad) => listing.unreadable.push(bad),
            }
        }
    }
    // Ids are unique, so the order is total and an unstable sort (no buffer of half the
    // listing) gives the same result.
    listing
        .drafts
        .sort_unstable_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    listing.unreadable.sort_by(|a, b| a.file.cmp(&b.file));
    listing
}

/// Reads every entry, on up to [`MAX_READERS`] threads when there are many, each returning
/// its part (the order does not matter: the listing is sorted afterwards).
fn read_all(paths: &[PathBuf]) -> Vec<Vec<Result<Draft, Unreadable>>> {
    let readers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_READERS)
        .min(paths.len() / PER_READER)
        .max(1);
    let read_part = |part: &[PathBuf]| {
        let mut out = Vec::with_capacity(part.len());
        out.extend(part.iter().filter_map(|p| read_entry(p)));
        out
    };
    if readers == 1 {
        return vec![read_part(paths)];
    }
    let chunk = paths.len().div_ceil(readers);
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|part| scope.spawn(move || read_part(part)))
            .collect();
        workers
            .into_iter()
            .map(|w| {
                // A reader that panicked would have panicked on one thread as well.
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// The most threads a listing reads with.
const MAX_READERS: usize = 4;
/// Fewer files than this per thread are read on one thread (starting threads costs more).
const PER_READER: usize = 200;

/// One folder entry: `None` when it is not a draft candidate at all.
fn read_entry(path: &Path) -> Option<Result<Draft, Unreadable>> {
    let name = path.file_name()?.to_str();
    let is_dir = fs::symlink_metadata(path).is_ok_and(|m| m.is_dir());
    if name.is_some_and(|n| n.starts_with('.')) || is_dir {
        return None;
    }
    if path.extension().and_then(|e| e.to_str()) != Some("toml") {
        return None;
    }
    let unreadable = |id: Option<DraftId>, reason: String| Unreadable {
        file: path.to_path_buf(),
        id,
        reason,
    };
    let stem = path.file_stem().and_then(|s| s.to_str());
    let Some(id) = stem.and_then(|s| DraftId::parse(s).ok()) else {
        return Some(Err(unreadable(
            None,
            "not a draft file name (rung names drafts like `20261122-k3x9q.toml`); rename or move it"
                .to_string(),
        )));
    };
    Some(match read_draft(path, &id) {
        Ok(draft) => Ok(draft),
        Err(ReadError::Bad(reason)) => Err(unreadable(Some(id), reason)),
        Err(ReadError::Io(e)) => Err(unreadable(
            Some(id),
            format!("cannot read it ({e}); check its permissions"),
        )),
        Err(ReadError::Missing) => return None,
    })
}

/// The file name rung gives a draft.
pub fn file_name(id: &DraftId) -> PathBuf {
    PathBuf::from(format!("{id}.toml"))
}
