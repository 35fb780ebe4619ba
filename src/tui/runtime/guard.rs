//! The safety net under the loop: whatever stops rung, what the user typed is kept.
//!
//! The loop keeps a [`Guard`] current after every event and every batch of effects with the
//! draft's unsaved changes (if any) and the stamp rung expects its file to have. Then:
//! - SIGTERM, SIGHUP (the terminal was closed), SIGINT and SIGQUIT are caught on a thread of
//!   their own, which saves the unsaved draft, gives the terminal back and exits with
//!   128 + the signal. It does not rely on the loop: with crossterm 0.29 a closed terminal can
//!   leave `event::poll` spinning forever (crossterm issue #793), so the loop may never see
//!   a flag. When the file changed on disk meanwhile, or the save fails, the draft goes to
//!   the recovery folder instead of over someone else's version.
//! - A panic gives the terminal back, writes the unsaved draft to the recovery folder (never
//!   over the saved copy: the state that panicked may be wrong), and says where; the next
//!   start asks which copy to keep.
//! - A save gate is held while the loop runs store effects; the signal thread takes it and
//!   never lets go, so the loop cannot write an older version after the signal's save.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::ladder::Draft;
use crate::workspace::{Stamp, Workspace, WorkspaceError};

/// How long a signal waits for the loop to finish a write before keeping the draft aside.
const GATE_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// True once a signal is being handled: the loop stops drawing.
static STOPPING: AtomicBool = AtomicBool::new(false);

/// Changes a crash would lose: the draft and what its file should still hold.
#[derive(Debug, Clone)]
pub struct Unsaved {
    /// The draft as it is in memory.
    pub draft: Draft,
    /// What rung expects the draft's file to hold.
    pub expected: Expected,
}

/// What rung expects a draft's file to hold, so a save never writes over another program's
/// change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// rung does not hold the draft open for editing: it is never saved in place.
    NotOpen,
    /// rung holds it open and has not written its file yet: there must be no file.
    NoFile,
    /// rung holds it open and last saw its file with this stamp.
    File(Stamp),
}

impl Expected {
    /// From the stamp a store reports for an open draft (`None`: no file yet).
    pub fn open(stamp: Option<Stamp>) -> Expected {
        stamp.map_or(Expected::NoFile, Expected::File)
    }
}

/// Shared between the loop, the signal thread and the panic hook.
#[derive(Debug, Clone, Default)]
pub struct Guard {
    unsaved: Arc<Mutex<Option<Unsaved>>>,
    gate: Arc<Mutex<()>>,
}

impl Guard {
    /// Records the current unsaved changes (`None`: everything is on disk).
    pub fn set(&self, unsaved: Option<Unsaved>) {
        *self.unsaved.lock().unwrap_or_else(PoisonError::into_inner) = unsaved;
    }

    /// Held by the loop while it runs store effects.
    pub fn gate(&self) -> MutexGuard<'_, ()> {
        self.gate.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The gate, when the loop lets go of it within `wait`: a loop stuck in a store effect
    /// (a file system that does not answer) must not keep a signal from leaving.
    fn gate_within(&self, wait: std::time::Duration) -> Option<MutexGuard<'_, ()>> {
        let until = std::time::Instant::now() + wait;
        loop {
            match self.gate.try_lock() {
                Ok(g) => return Some(g),
                Err(std::sync::TryLockError::Poisoned(p)) => return Some(p.into_inner()),
                Err(std::sync::TryLockError::WouldBlock) => {}
            }
            if std::time::Instant::now() >= until {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    /// Takes what is unsaved, waiting at most `wait` for the loop to finish recording it.
    fn take_within(&self, wait: std::time::Duration) -> Option<Unsaved> {
        let until = std::time::Instant::now() + wait;
        loop {
            match self.unsaved.try_lock() {
                Ok(mut u) => return u.take(),
                Err(std::sync::TryLockError::Poisoned(p)) => return p.into_inner().take(),
                Err(std::sync::TryLockError::WouldBlock) => {}
            }
            if std::time::Instant::now() >= until {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    /// Takes what is unsaved without waiting: the panicking thread may hold the lock itself.
    fn take_now(&self) -> Option<Unsaved> {
        match self.unsaved.try_lock() {
            Ok(mut u) => u.take(),
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner().take(),
            Err(std::sync::TryLockError::WouldBlock) => None,
        }
    }
}

/// The process id of the external editor while it runs (0: none).
static EDITOR: AtomicU32 = AtomicU32::new(0);

/// Folders to remove when a signal ends rung (the `--demo` workspace).
static THROWAWAY: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Records the external editor's process (`None` once it has ended), so a signal that ends
/// rung ends the editor too instead of leaving it running without its terminal.
pub fn editor(pid: Option<u32>) {
    EDITOR.store(pid.unwrap_or(0), Ordering::SeqCst);
}

fn editor_running() -> bool {
    EDITOR.load(Ordering::SeqCst) != 0
}

/// Ends the external editor, if one runs.
fn stop_editor() {
    let pid = EDITOR.swap(0, Ordering::SeqCst);
    if let Ok(pid) = libc::pid_t::try_from(pid)
        && pid > 0
    {
        // SAFETY: kill(2) on the editor rung started; it shares no memory with rung.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
    }
}

/// Removes `dir` when a signal ends rung (a normal exit removes it by its own guard).
pub fn remove_on_signal(dir: &Path) {
    THROWAWAY
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(dir.to_path_buf());
}

fn remove_throwaway_folders() {
    for dir in THROWAWAY
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .drain(..)
    {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// True once a signal is being handled.
pub fn stopping() -> bool {
    STOPPING.load(Ordering::SeqCst)
}

/// Saves `unsaved` where it belongs: over its file when that still holds what rung expects,
/// else in the recovery folder. Returns a line for the user.
pub fn keep(workspace: &Workspace, unsaved: &Unsaved) -> Result<String, WorkspaceError> {
    let mut draft = unsaved.draft.clone();
    draft.updated = jiff::Timestamp::now().max(draft.created);
    let saved = match unsaved.expected {
        Expected::File(stamp) => workspace.save_if_unchanged(&draft, Some(stamp)).map(|_| ()),
        Expected::NoFile => workspace.save_if_unchanged(&draft, None).map(|_| ()),
        Expected::NotOpen => Err(WorkspaceError::Invalid("not open for editing".into())),
    };
    match saved {
        Ok(()) => Ok(format!("rung saved draft {}.", draft.id)),
        Err(_) => workspace.keep_aside(&draft).map(|path| kept_in(&path)),
    }
}

/// What to say about a draft kept aside in `path`.
fn kept_in(path: &std::path::Path) -> String {
    format!(
        "rung kept your unsaved draft in {}; start rung again to choose which copy to keep (or copy it back into the workspace's drafts folder).",
        crate::safe_text::line(&path.display().to_string())
    )
}

/// Says on stderr that `draft` could be written nowhere, and prints it so the user can copy it.
fn print_lost(draft: &Draft, why: &WorkspaceError) {
    let text = crate::workspace::draft_text(draft).unwrap_or_else(|_| format!("{draft:#?}"));
    eprintln!(
        "{}",
        crate::safe_text::lines(&format!(
            "rung could not save your draft anywhere ({why}). Here it is; save it as {}.toml in the workspace's drafts folder:\n{text}",
            draft.id
        ))
    );
}

/// Starts the signal thread and the panic hook for `workspace`; `restore` gives the terminal
/// back.
pub fn install(guard: &Guard, workspace: Workspace, restore: fn()) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    let on_signal = guard.clone();
    let signal_workspace = workspace.clone();
    std::thread::Builder::new()
        .name("rung-signals".into())
        .spawn(move || {
            // Ctrl-C and Ctrl-\ typed in the editor reach rung too (one process group): they
            // are the editor's business. SIGTERM and SIGHUP end both.
            let Some(signal) = signals
                .forever()
                .find(|s| !(editor_running() && matches!(*s, SIGINT | SIGQUIT)))
            else {
                return;
            };
            stop_editor();
            // A stuck loop keeps the gate: then the draft goes to the recovery folder, never
            // over its file (the loop may still be writing it).
            let gate = on_signal.gate_within(GATE_WAIT);
            STOPPING.store(true, Ordering::SeqCst);
            let unsaved = on_signal.take_within(GATE_WAIT);
            let said = unsaved.as_ref().map(|u| match &gate {
                Some(_) => keep(&signal_workspace, u),
                None => signal_workspace.keep_aside(&u.draft).map(|p| kept_in(&p)),
            });
            restore();
            if let (Some(u), Some(Err(e))) = (&unsaved, &said) {
                print_lost(&u.draft, e);
            }
            remove_throwaway_folders();
            std::process::exit(128 + signal);
        })?;
    let on_panic = guard.clone();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        if let Some(unsaved) = on_panic.take_now() {
            match workspace.keep_aside(&unsaved.draft) {
                Ok(path) => eprintln!("rung hit a bug and stopped. {}", kept_in(&path)),
                Err(e) => print_lost(&unsaved.draft, &e),
            }
        }
        previous(info);
    }));
    Ok(())
}
