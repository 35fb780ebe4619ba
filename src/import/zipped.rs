//! ZIP archives (DOCX, LinkedIn's export) read with a cap on what they unpack to, so a zip bomb
//! is refused instead of filling memory: each entry's declared size is checked, and reading stops
//! at the cap whatever the header claimed.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::{Format, ImportError};

/// The most one entry may unpack to (32 MB; a resume's XML is well under 1 MB).
pub const MAX_UNPACKED: u64 = 32 * 1024 * 1024;

/// At most this many entries are looked at.
const MAX_ENTRIES: usize = 10_000;

fn open<'a>(file: &str, bytes: &'a [u8]) -> Result<ZipArchive<Cursor<&'a [u8]>>, ImportError> {
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::Damaged {
        file: file.into(),
        reason: format!("not a readable ZIP archive: {e}"),
    })?;
    if archive.len() > MAX_ENTRIES {
        return Err(ImportError::Damaged {
            file: file.into(),
            reason: format!("it holds {} files, far more than a resume", archive.len()),
        });
    }
    Ok(archive)
}

/// Which format a ZIP holds: a DOCX, or a LinkedIn export.
pub fn kind(file: &str, bytes: &[u8]) -> Result<Format, ImportError> {
    let archive = open(file, bytes)?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    if names.iter().any(|n| n == "word/document.xml") {
        Ok(Format::Docx)
    } else if names.iter().any(|n| is_positions(n)) {
        Ok(Format::Linkedin)
    } else {
        Err(ImportError::Unknown { file: file.into() })
    }
}

/// True for LinkedIn's positions file, wherever it sits in the archive.
pub fn is_positions(name: &str) -> bool {
    name.rsplit('/')
        .next()
        .is_some_and(|n| n.eq_ignore_ascii_case("Positions.csv"))
}

/// The bytes of the first entry whose name `wanted` accepts, or `None`.
pub fn entry(
    file: &str,
    bytes: &[u8],
    wanted: impl Fn(&str) -> bool,
) -> Result<Option<Vec<u8>>, ImportError> {
    let mut archive = open(file, bytes)?;
    let Some(index) = (0..archive.len()).find(|i| {
        archive
            .name_for_index(*i)
            .and_then(Result::ok)
            .is_some_and(|n| wanted(&n))
    }) else {
        return Ok(None);
    };
    let bomb = || ImportError::ZipBomb {
        file: file.into(),
        limit_mb: MAX_UNPACKED / (1024 * 1024),
    };
    let entry = archive.by_index(index).map_err(|e| ImportError::Damaged {
        file: file.into(),
        reason: format!("cannot unpack it: {e}"),
    })?;
    if entry.size() > MAX_UNPACKED {
        return Err(bomb());
    }
    let mut out = Vec::new();
    entry
        .take(MAX_UNPACKED + 1)
        .read_to_end(&mut out)
        .map_err(|e| ImportError::Damaged {
            file: file.into(),
            reason: format!("cannot unpack it: {e}"),
        })?;
    if out.len() as u64 > MAX_UNPACKED {
        return Err(bomb());
    }
    Ok(Some(out))
}
