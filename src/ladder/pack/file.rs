//! Reading a user's pack file: a plain file (a symbolic link is never followed), at most 1 MB,
//! UTF-8.

use std::path::Path;

use super::PackError;

/// Largest pack file read; anything bigger is surely not a pack.
const MAX_PACK_BYTES: u64 = 1024 * 1024;

pub(super) fn read_pack_file(path: &Path) -> Result<String, PackError> {
    let err = |message: String| PackError {
        file: path.to_path_buf(),
        line: None,
        message,
    };
    let meta = std::fs::symlink_metadata(path).map_err(|e| err(format!("cannot read it: {e}")))?;
    if meta.file_type().is_symlink() {
        return Err(err(
            "a symbolic link; rung reads only real files in the prompts folder, so copy the pack here"
                .into(),
        ));
    }
    if !meta.is_file() {
        return Err(err("not a plain file; a pack is a small TOML file".into()));
    }
    if meta.len() > MAX_PACK_BYTES {
        return Err(err("larger than 1 MB; a pack is a small TOML file".into()));
    }
    let bytes = crate::plain_file::read(path, false, MAX_PACK_BYTES)
        .map_err(|e| err(format!("cannot read it: {e}")))?;
    String::from_utf8(bytes).map_err(|_| err("not UTF-8 text; save it as UTF-8".into()))
}
