//! Reading a file only when it is a regular file. Opening a named pipe (FIFO) for reading waits
//! for a writer, and reading a device may never end, so a path that points at one would freeze
//! rung. Every file rung reads is opened without waiting (`O_NONBLOCK`), checked with `fstat`
//! on the open descriptor (so a swap after a check cannot slip through), and read only when it
//! is a regular file, at most `max` bytes.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The message of the error for a path that is not a regular file.
pub const NOT_REGULAR: &str =
    "not a regular file (a pipe, socket, device or folder); rung reads only regular files";

/// Opens `path` for reading without waiting, and only when it is a regular file. With
/// `follow` false a symbolic link is refused instead of followed.
pub fn open(path: &Path, follow: bool) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let nofollow = if follow { 0 } else { libc::O_NOFOLLOW };
        options.custom_flags(libc::O_NONBLOCK | nofollow);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, NOT_REGULAR));
    }
    Ok(file)
}

/// The bytes of the regular file at `path`; `max + 1` bytes at most are read, so the caller
/// can tell a file larger than `max`.
pub fn read(path: &Path, follow: bool, max: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    open(path, follow)?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Sets the modified time of the regular file at `path` to now, without following a link or
/// waiting on a pipe (either is left alone with an error).
pub fn touch(path: &Path) -> io::Result<()> {
    open(path, false)?.set_modified(std::time::SystemTime::now())
}

/// [`read`] as UTF-8 text; a file larger than `max` or not UTF-8 is an `InvalidData` error.
pub fn read_text(path: &Path, follow: bool, max: u64) -> io::Result<String> {
    let bytes = read(path, follow, max)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {} KB", max / 1024),
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: mkfifo on a path we own, with a valid C string.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = read(&fifo, true, 10).unwrap_err();
        assert!(err.to_string().contains("not a regular file"));
        assert!(touch(&fifo).is_err(), "touching a pipe returns at once");
    }
}
