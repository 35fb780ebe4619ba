//! Careful reading of TOML files written by rung and possibly edited by hand: a real file (not a
//! symbolic link, which is never followed, nor a pipe or device), size limit, UTF-8,
//! syntax, format version (checked before the full read, so a newer file with new fields is
//! reported as newer rather than as a type error), then the typed read. Every failure becomes a
//! plain reason that names the line and field where the TOML error gives them. A well-formed
//! file of a known version is parsed once (listing 10,000 drafts is dominated by parsing).

use std::io::{self, Read};
use std::path::Path;

use serde::de::DeserializeOwned;

/// Files larger than this are refused: rung's files are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// There is no file.
    Missing,
    /// The file system refused (permissions, a folder in the way, ...).
    Io(io::Error),
    /// The file is there but its contents are not usable; the reason is for the user.
    Bad(String),
}

/// Why `path` is not a plain file rung may read, or `None` when it is one (or is missing).
pub fn not_a_plain_file(path: &Path) -> Option<String> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let kind = meta.file_type();
    if kind.is_symlink() {
        let target = std::fs::read_link(path)
            .map(|t| format!(" (to {})", t.display()))
            .unwrap_or_default();
        return Some(format!(
            "a symbolic link{target}; rung never follows links in the workspace, so put the file itself here"
        ));
    }
    if !kind.is_file() && !kind.is_dir() {
        return Some(
            "not a plain file (a pipe, socket or device); move it out of the folder".into(),
        );
    }
    None
}

/// Reads a small UTF-8 text file; a link is refused, never followed.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    if let Some(reason) = not_a_plain_file(path) {
        return Err(ReadError::Bad(reason));
    }
    let file = crate::plain_file::open(path, false).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => ReadError::Missing,
        io::ErrorKind::InvalidInput => ReadError::Bad(format!("{e}; move it out of the folder")),
        _ => ReadError::Io(e),
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::Bad(
            "larger than 1 MB, which is far too big for a rung file; move it out of the folder"
                .to_string(),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let line = line_of(e.as_bytes(), e.utf8_error().valid_up_to());
        ReadError::Bad(format!(
            "not UTF-8 text (line {line}); save it as UTF-8 or move it out of the folder"
        ))
    })
}

/// Parses `text` as a rung file of format `max_version` or older; `version_of` reads the
/// version field of a typed read.
///
/// The common case costs one parse: a typed read whose version is in range is the answer. Only
/// when that fails does the careful path below run (version first, then the typed read for its
/// error), and it decides exactly as if the fast path did not exist.
pub fn parse_versioned<T: DeserializeOwned>(
    text: &str,
    max_version: u32,
    version_of: impl Fn(&T) -> u32,
) -> Result<T, String> {
    if let Ok(value) = toml::from_str::<T>(text)
        && (1..=max_version).contains(&version_of(&value))
    {
        return Ok(value);
    }
    careful::<T>(text, max_version)
}

/// The slow path of [`parse_versioned`]: syntax, then the version, then the typed read.
fn careful<T: DeserializeOwned>(text: &str, max_version: u32) -> Result<T, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let place = e
            .span()
            .map(|s| format!(" at line {}", line_of(text.as_bytes(), s.start)))
            .unwrap_or_default();
        format!(
            "not valid TOML{place}: {}; fix it in a text editor",
            e.message().trim_end()
        )
    })?;
    if let Some(toml::Value::Integer(version)) = table.get("version") {
        if *version > i64::from(max_version) {
            return Err(format!(
                "written by a newer version of rung (version {version}); update rung to open it"
            ));
        }
        if *version < 1 {
            return Err(format!(
                "unknown format version {version}; set `version = {max_version}` or move the file out of the folder"
            ));
        }
    }
    toml::from_str(text).map_err(|e| describe(&e, text))
}

/// Turns a typed-read error into `line N, field `x`: message; what to do`.
fn describe(error: &toml::de::Error, text: &str) -> String {
    let mut place = Vec::new();
    if let Some(span) = error.span() {
        place.push(format!("line {}", line_of(text.as_bytes(), span.start)));
    }
    let field = field_path(error);
    let message = error.message().trim_end();
    if let Some(field) = field.filter(|f| !message.contains(&format!("`{f}`"))) {
        place.push(format!("field `{field}`"));
    }
    let place = if place.is_empty() {
        String::new()
    } else {
        format!("{}: ", place.join(", "))
    };
    format!("{place}{message}; fix it in a text editor")
}

/// The dotted key the error is about, when toml knows it. toml only prints the key path when it
/// has no input to quote, so ask for exactly that rendering.
fn field_path(error: &toml::de::Error) -> Option<String> {
    let mut bare = error.clone();
    bare.set_input(None);
    let rendered = bare.to_string();
    rendered
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix("in `")?.strip_suffix('`'))
        .map(str::to_string)
}

/// The 1-based line of byte `offset`.
pub fn line_of(bytes: &[u8], offset: usize) -> usize {
    let end = offset.min(bytes.len());
    bytes[..end].iter().filter(|b| **b == b'\n').count() + 1
}
