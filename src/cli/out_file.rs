//! Writing `-o FILE`: a regular file (or a new one) is replaced atomically, keeping its mode; a
//! symbolic link is followed, so the file it points to is updated and the link stays.
//!
//! Choices: a device, pipe or socket at the path (`-o /dev/stdout` in a pipeline, `-o >(cmd)`)
//! is written straight into, never replaced by a file; renaming over it would swap a system
//! device for a document. It is opened without waiting, so a pipe nobody reads is an error at
//! once rather than a hang. A folder is refused with a message saying what to give instead.

use std::io::{self, Write};
use std::path::Path;

use super::Failure;
use super::output::path_safe;

/// Writes `contents` to `path` (see the module notes).
pub fn write_file(path: &Path, contents: &[u8]) -> Result<(), Failure> {
    use crate::atomic_write::{Mode, Replace, write_atomic};
    let fail = |e: io::Error| {
        let advice = crate::atomic_write::advice(&e);
        Failure::input(format!("{}: cannot write: {e}{advice}", path_safe(path)))
    };
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(Failure::input(format!(
            "{}: is a folder; give the name of a file inside it to write",
            path_safe(path)
        ))),
        Ok(m) if !m.is_file() => write_stream(path, contents).map_err(|e| match e.raw_os_error() {
            #[cfg(unix)]
            Some(libc::ENXIO) => Failure::input(format!(
                "{}: nothing is reading from it (a pipe or socket needs a reader first)",
                path_safe(path)
            )),
            _ => fail(e),
        }),
        _ => {
            let real = match std::fs::canonicalize(path) {
                Ok(real) if crate::atomic_write::is_link(path) => real,
                _ => path.to_path_buf(),
            };
            write_atomic(&real, contents, Replace::Yes, Mode::KeepExisting).map_err(fail)
        }
    }
}

/// Writes into a device, pipe or socket as it is.
fn write_stream(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = options.open(path)?;
    #[cfg(unix)]
    {
        // Opened: from here a full pipe waits for its reader instead of failing half-way.
        use std::os::fd::AsRawFd;
        let fd = file.as_raw_fd();
        // SAFETY: fcntl on a descriptor this function owns, with flags it just read.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags < 0 || libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) < 0 {
                return Err(io::Error::last_os_error());
            }
        }
    }
    file.write_all(contents)?;
    file.flush()
}
