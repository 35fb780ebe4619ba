//! Locks between rung processes, so two windows on one workspace never write over each other.
//!
//! - A draft being edited holds `.locks/<id>.lock` with an exclusive `flock` (std's
//!   `File::try_lock`). The kernel drops the lock when the holder dies, even by `kill -9`, so a
//!   crash never leaves a draft locked. The file holds the holder's process id, for the banner
//!   "open in another rung (process N)". The holder removes the file when it lets go; a taker
//!   checks after locking that the path still names the file it locked, so a removal racing a
//!   new open can never give two holders.
//! - Changes to `rung.toml` (read, change, write back) hold `.locks/rung.toml.lock` for their
//!   whole length (a blocking lock, never removed), so two processes adding roles at the same
//!   time both keep their role.
//! - A draft locked by another process can still be read (and is shown read-only by the coach);
//!   `rung set` and `rung delete` refuse it with a message saying where it is open.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::ladder::DraftId;

use super::atomic::ensure_private_dir;
use super::{Workspace, WorkspaceError, io_error};

/// A draft lock held by this process; released (and its file removed) when dropped.
#[derive(Debug)]
pub struct DraftLock {
    file: File,
    path: PathBuf,
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        // Remove while still holding the lock: a taker that opened the old file finds that
        // the path no longer names it, and tries again.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// The `rung.toml` lock, held while the workspace file is read, changed and written back.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl Workspace {
    /// `<root>/.locks`.
    pub fn locks_dir(&self) -> PathBuf {
        self.root().join(".locks")
    }

    /// Takes the lock on one draft, or says which process holds it
    /// ([`WorkspaceError::Locked`]).
    pub fn lock_draft(&self, id: &DraftId) -> Result<DraftLock, WorkspaceError> {
        let dir = self.locks_dir();
        ensure_private_dir(&dir).map_err(io_error(&dir, "create the lock folder"))?;
        let path = dir.join(format!("{id}.lock"));
        loop {
            let mut file = open_lock_file(&path).map_err(io_error(&path, "open the lock"))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Err(WorkspaceError::Locked {
                        id: id.clone(),
                        pid: read_pid(&mut file),
                    });
                }
                Err(TryLockError::Error(e)) => return Err(io_error(&path, "lock the draft")(e)),
            }
            if !same_file(&file, &path) {
                continue;
            }
            write_pid(&mut file).map_err(io_error(&path, "write the lock"))?;
            return Ok(DraftLock { file, path });
        }
    }

    /// Waits for and takes the `rung.toml` lock.
    pub fn lock_file(&self) -> Result<FileLock, WorkspaceError> {
        let dir = self.locks_dir();
        ensure_private_dir(&dir).map_err(io_error(&dir, "create the lock folder"))?;
        let path = dir.join("rung.toml.lock");
        let file = open_lock_file(&path).map_err(io_error(&path, "open the lock"))?;
        file.lock()
            .map_err(io_error(&path, "lock the workspace file"))?;
        Ok(FileLock { _file: file })
    }
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(super::atomic::FILE_MODE);
        // Never follow a link planted where a lock file should be, nor wait on a pipe.
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::plain_file::NOT_REGULAR,
        ));
    }
    Ok(file)
}

/// True when `path` still names the open `file` (it was not removed and made anew meanwhile).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

fn write_pid(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    file.rewind()?;
    writeln!(file, "{}", std::process::id())?;
    file.flush()
}

fn read_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(64).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}
