//! The listing index: a copy of the last full listing kept in `.rung/listing`, so the home
//! screen can show the newest drafts of each role in its first frame, before the drafts
//! themselves have been read (10,000 files take about 100 ms; the index's first rows well
//! under one).
//!
//! The drafts are always the truth. The index is only ever a preview: the full listing is read
//! from the files right after and replaces it, and the index is rewritten from that listing
//! when the `drafts/` folder changed since it was written (its modification time is kept in
//! the index; every save renames a file into the folder, which moves it). A missing, damaged
//! or newer index is simply not used. It is written atomically, so a reader sees the old one
//! or the new one, never half of one.
//!
//! The newest drafts of each group also keep their bullet as the home screen shows it, so the
//! first frame need not assemble them (the first assembly builds the keyword matcher, a few
//! milliseconds). Those texts are used only when the packs and rung's version are the ones
//! they were written with ([`PackSet::fingerprint`]); otherwise the preview assembles them.
//!
//! Format: one line of JSON, the header (format version, the folder's modification time, the
//! packs' fingerprint, the number of drafts, and for each role group its place in the body),
//! then the body: one draft per line as a JSON array `[bullet or null, draft]`, grouped by
//! role (roles in order of their newest draft, drafts without a role last), newest first
//! inside a group, as in the listing. A preview reads the header and the first lines of the
//! groups it needs, nothing else.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::PathBuf;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::atomic::{Mode, Replace, write_atomic};
use super::error::io_error;
use super::{Listing, Workspace, WorkspaceError};
use crate::ladder::{Draft, DraftId, PackSet};

/// The index format this build writes and reads.
const INDEX_VERSION: u32 = 2;

/// How many drafts of each group keep their bullet: more than a tall terminal shows of one
/// group (rows past it are assembled when shown).
const BULLET_ROWS: usize = 60;

/// How many lines of each group the header says the byte length of: more than a terminal
/// shows.
pub const PREVIEW_ROWS: usize = 200;

/// The longest header line read: a few hundred bytes per role group.
const MAX_HEADER: u64 = 1 << 20;

/// The first rows of the last listing, read from the index.
#[derive(Debug, Default)]
pub struct Preview {
    /// The newest drafts of each role group, as many as fit in [`PREVIEW_ROWS`] rows.
    pub listing: Listing,
    /// How many drafts the whole listing held.
    pub total: usize,
    /// True when the `drafts/` folder has not changed since the index was written.
    pub fresh: bool,
    /// The bullets the index kept for these drafts, by id, when they were written with the
    /// same packs and rung version as now (empty otherwise).
    pub bullets: HashMap<DraftId, String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    version: u32,
    /// The `drafts/` folder's modification time (nanoseconds since the epoch) when read.
    folder_time: Option<u128>,
    /// The [`PackSet::fingerprint`] the kept bullets were written with.
    packs: u64,
    total: usize,
    groups: Vec<Group>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Group {
    role: Option<String>,
    /// Where its first line starts, in bytes after the header line.
    offset: u64,
    /// The bytes of its first [`PREVIEW_ROWS`] lines.
    head: u64,
    count: usize,
}

impl Workspace {
    fn index_path(&self) -> PathBuf {
        self.own_dir().join("listing")
    }

    /// The `drafts/` folder's modification time, in nanoseconds since the epoch.
    pub fn drafts_time(&self) -> Option<u128> {
        let modified = std::fs::symlink_metadata(self.drafts_dir())
            .ok()?
            .modified()
            .ok()?;
        Some(
            modified
                .duration_since(SystemTime::UNIX_EPOCH)
                .ok()?
                .as_nanos(),
        )
    }

    /// The newest drafts of each role, from the index: the groups of `roles` first (in that
    /// order), then the others as the listing had them, until `rows` rows are filled (a group
    /// takes its drafts plus two rows for its label and the gap), with the bullets kept for
    /// them when they were written with `packs`. `None` when there is no usable index.
    pub fn preview(&self, roles: &[&str], rows: usize, packs: &PackSet) -> Option<Preview> {
        let file = crate::plain_file::open(&self.index_path(), false).ok()?;
        let size = file.metadata().ok()?.len();
        let mut reader = BufReader::new(file);
        let mut line = String::new();
        (&mut reader).take(MAX_HEADER).read_line(&mut line).ok()?;
        let header: Header = serde_json::from_str(&line).ok()?;
        if header.version != INDEX_VERSION {
            return None;
        }
        let body = line.len() as u64;
        let mut order: Vec<&Group> = roles
            .iter()
            .filter_map(|k| header.groups.iter().find(|g| g.role.as_deref() == Some(*k)))
            .collect();
        for g in &header.groups {
            if !order.iter().any(|o| std::ptr::eq(*o, g)) {
                order.push(g);
            }
        }
        let mut listing = Listing::default();
        let mut bullets = HashMap::new();
        let same_packs = header.packs == packs.fingerprint();
        let mut left = rows;
        let mut file = reader.into_inner();
        for g in order {
            if left == 0 {
                break;
            }
            let want = g.count.min(left.saturating_sub(2)).min(PREVIEW_ROWS);
            left = left.saturating_sub(want + 2);
            // A damaged header must not make rung read past the file (or allocate for it).
            let start = body.checked_add(g.offset)?;
            if start.checked_add(g.head)? > size {
                return None;
            }
            file.seek(SeekFrom::Start(start)).ok()?;
            let mut bytes = vec![0; usize::try_from(g.head).ok()?];
            file.read_exact(&mut bytes).ok()?;
            let text = std::str::from_utf8(&bytes).ok()?;
            for line in text.lines().take(want) {
                let (bullet, draft): (Option<String>, Draft) = serde_json::from_str(line).ok()?;
                if draft.role != g.role {
                    return None;
                }
                // Written clean, but the file is outside rung's hands between runs.
                if let Some(bullet) = bullet.filter(|_| same_packs) {
                    let clean = crate::safe_text::strip(&bullet).into_owned();
                    bullets.insert(draft.id.clone(), clean);
                }
                listing.drafts.push(draft);
            }
        }
        listing
            .drafts
            .sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        Some(Preview {
            listing,
            total: header.total,
            fresh: header.folder_time.is_some() && header.folder_time == self.drafts_time(),
            bullets,
        })
    }

    /// Whether the index was written for the `drafts/` folder as it was at `folder_time`, with
    /// bullets written by `packs`.
    pub fn index_matches(&self, folder_time: Option<u128>, packs: &PackSet) -> bool {
        let Ok(file) = crate::plain_file::open(&self.index_path(), false) else {
            return false;
        };
        let mut line = String::new();
        if BufReader::new(file)
            .take(MAX_HEADER)
            .read_line(&mut line)
            .is_err()
        {
            return false;
        }
        serde_json::from_str::<Header>(&line).is_ok_and(|h| {
            h.version == INDEX_VERSION
                && h.folder_time.is_some()
                && h.folder_time == folder_time
                && h.packs == packs.fingerprint()
        })
    }

    /// Writes the index for `listing`, read from the `drafts/` folder as it was at
    /// `folder_time` (taken before the listing was read, so a change made meanwhile leaves
    /// the index stale, never wrong for good), keeping the newest drafts' bullets as `packs`
    /// write them.
    pub fn write_index(
        &self,
        listing: &Listing,
        folder_time: Option<u128>,
        packs: &PackSet,
    ) -> Result<(), WorkspaceError> {
        let path = self.index_path();
        let render = |e: serde_json::Error| {
            WorkspaceError::Invalid(format!("{}: cannot write the index: {e}", path.display()))
        };
        let mut keys: Vec<Option<&str>> = Vec::new();
        for d in &listing.drafts {
            let key = d.role.as_deref();
            if key.is_some() && !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys.push(None);
        let mut body = String::new();
        let mut groups = Vec::new();
        for key in keys {
            let offset = body.len() as u64;
            let mut head = 0;
            let mut count = 0;
            for d in listing.drafts.iter().filter(|d| d.role.as_deref() == key) {
                let bullet = (count < BULLET_ROWS).then(|| packs.bullet(d));
                body.push_str(&serde_json::to_string(&(bullet, d)).map_err(render)?);
                body.push('\n');
                count += 1;
                if count == PREVIEW_ROWS {
                    head = body.len() as u64 - offset;
                }
            }
            if count == 0 {
                continue;
            }
            if count < PREVIEW_ROWS {
                head = body.len() as u64 - offset;
            }
            groups.push(Group {
                role: key.map(str::to_string),
                offset,
                head,
                count,
            });
        }
        let header = Header {
            version: INDEX_VERSION,
            folder_time,
            packs: packs.fingerprint(),
            total: listing.drafts.len(),
            groups,
        };
        let mut text = serde_json::to_string(&header).map_err(render)?;
        text.push('\n');
        text.push_str(&body);
        match self.own_dir_ready() {
            None => return Ok(()),
            Some(ready) => ready?,
        };
        write_atomic(&path, text.as_bytes(), Replace::Yes, Mode::Private)
            .map_err(io_error(&path, "write the listing index"))
    }

    /// The full listing, and the index brought up to date with it when the folder or the
    /// packs changed since the index was written (a failure to write it only costs the next
    /// start its preview).
    pub fn list_and_index(&self, packs: &PackSet) -> Listing {
        let before = self.drafts_time();
        let listing = self.list();
        if self.remembers && !self.index_matches(before, packs) {
            let _ = self.write_index(&listing, before, packs);
        }
        listing
    }
}
