//! The import screen's file work, run by the runtime and never by `update`: reading a resume on
//! another thread (a 50-page PDF takes a moment; the coach keeps drawing and shows the pages as
//! they are read), planning its import against the workspace on that same thread, and
//! completing a typed path.
//!
//! Choices: a newer read replaces a pending one (its result is dropped); a thread that dies
//! without an answer is said as a failure naming the file. Completion lists at most
//! [`MAX_CHOICES`] names, hides dot files unless the typed name starts with a dot, and adds a
//! `/` to a folder; `~` stays as typed.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::import::{self, Progress};
use crate::tui::app::msg::{Found, Msg};
use crate::tui::runtime::store::BackgroundList;
use crate::tui::screens::job_match::job_description;
use crate::workspace::{Listing, WorkspaceFile};

/// At most this many names are offered by a completion.
pub const MAX_CHOICES: usize = 200;

enum Report {
    Progress(Progress),
    Done(Result<Found, String>),
}

/// A resume being read on another thread, if any.
#[derive(Default)]
pub struct Job {
    rx: Option<Receiver<Report>>,
    file: String,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("reading", &self.rx.is_some())
            .finish()
    }
}

/// Reads the resume at `path` and plans its import against the listing and workspace file.
pub fn read_and_plan(
    path: &Path,
    progress: &mut dyn FnMut(Progress),
    workspace: (Listing, WorkspaceFile),
) -> Result<Found, String> {
    let resume = import::read_file_with_progress(path, progress).map_err(|e| e.to_string())?;
    let (listing, file) = workspace;
    let plan = import::plan(&file.roles, &listing.drafts, &resume);
    Ok(Found { resume, plan })
}

impl Job {
    /// Starts reading `path` on another thread; false when the thread could not start.
    pub fn start(&mut self, path: PathBuf, workspace: BackgroundList) -> bool {
        let (tx, rx) = mpsc::channel();
        let progress_tx = tx.clone();
        let started = std::thread::Builder::new()
            .name("rung-import".into())
            .spawn(move || {
                let mut progress = |p: Progress| {
                    let _ = progress_tx.send(Report::Progress(p));
                };
                let done = read_and_plan(&path, &mut progress, workspace());
                let _ = tx.send(Report::Done(done));
            });
        match started {
            Ok(_) => {
                self.rx = Some(rx);
                true
            }
            Err(_) => false,
        }
    }

    /// Remembers the file's name for a failure message.
    pub fn naming(&mut self, file: &Path) {
        self.file = file.display().to_string();
    }

    /// True while a resume is being read.
    pub fn busy(&self) -> bool {
        self.rx.is_some()
    }

    /// The latest news from the thread: the result when it is there, else the last progress.
    pub fn poll(&mut self) -> Option<Msg> {
        let rx = self.rx.as_ref()?;
        let mut last = None;
        loop {
            match rx.try_recv() {
                Ok(Report::Progress(p)) => last = Some(Msg::ImportProgress(p)),
                Ok(Report::Done(done)) => {
                    self.rx = None;
                    return Some(match done {
                        Ok(found) => Msg::ResumeRead(Box::new(found)),
                        Err(why) => Msg::ResumeFailed(why),
                    });
                }
                Err(TryRecvError::Empty) => return last,
                Err(TryRecvError::Disconnected) => {
                    self.rx = None;
                    return Some(Msg::ResumeFailed(format!(
                        "{}: the reader stopped without an answer; try the file again, or import it with `rung import`",
                        self.file
                    )));
                }
            }
        }
    }
}

/// The path typed so far, completed as far as the names in its folder agree, and those names.
pub fn complete(typed: &str) -> (String, Vec<String>) {
    let (dir_part, prefix) = match typed.rfind('/') {
        Some(i) => typed.split_at(i + 1),
        None if typed == "~" => return ("~/".into(), Vec::new()),
        None => ("", typed),
    };
    let dir = if dir_part.is_empty() {
        PathBuf::from(".")
    } else {
        job_description::resolve(Path::new(dir_part))
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (typed.to_string(), Vec::new());
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let wanted =
                name.starts_with(prefix) && (prefix.starts_with('.') || !name.starts_with('.'));
            wanted.then(|| {
                if e.path().is_dir() {
                    format!("{name}/")
                } else {
                    name
                }
            })
        })
        .take(MAX_CHOICES * 10)
        .collect();
    names.sort();
    names.truncate(MAX_CHOICES);
    let common = names.iter().skip(1).fold(names.first().cloned(), |acc, n| {
        acc.map(|a| {
            let len = a
                .char_indices()
                .zip(n.chars())
                .take_while(|((_, x), y)| x == y)
                .last()
                .map_or(0, |((i, c), _)| i + c.len_utf8());
            a.get(..len).unwrap_or_default().to_string()
        })
    });
    match common {
        Some(c) if c.len() > prefix.len() => (
            format!("{dir_part}{c}"),
            if names.len() == 1 { Vec::new() } else { names },
        ),
        _ => (typed.to_string(), names),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completion_fills_in_what_the_names_share() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("resume-2024.pdf"), b"").unwrap();
        std::fs::write(dir.path().join("resume-2025.pdf"), b"").unwrap();
        std::fs::create_dir(dir.path().join("old")).unwrap();
        let base = format!("{}/", dir.path().display());
        let (done, choices) = complete(&format!("{base}res"));
        assert_eq!(done, format!("{base}resume-202"));
        assert_eq!(choices, ["resume-2024.pdf", "resume-2025.pdf"]);
        let (done, choices) = complete(&format!("{base}o"));
        assert_eq!(done, format!("{base}old/"));
        assert!(choices.is_empty());
        let (done, _) = complete(&format!("{base}zzz"));
        assert_eq!(done, format!("{base}zzz"));
    }
}
