//! The interactive coach: a ratatui app in the shape of The Elm Architecture.
//!
//! One synchronous loop: a crossterm event goes through the key table ([`keys`]) to a
//! [`app::msg::Msg`]; [`app::App::update`] changes the state and queues [`app::msg::Effect`]s, which the
//! loop runs (store, clock, editor, quit) and answers with more messages; [`render::draw`] draws.
//! `update` does no I/O at all, so every key path is tested without a terminal.
//!
//! Choices made here (details in each module's docs):
//! - The answer always has focus on the ladder, so its commands are Enter, Tab/Shift-Tab,
//!   PgUp/PgDn, Alt-Up/Alt-Down, Esc, F1 and Ctrl keys (Ctrl-T style, Ctrl-X examples, Ctrl-O
//!   editor). Text fields take Ctrl-Z/Ctrl-Y undo and redo and the readline keys (Ctrl-A/E,
//!   Ctrl-U/K/W, Alt-B/F), so the editor moved from Ctrl-E to Ctrl-O. `?` opens help wherever letters are not text; F1 works everywhere.
//! - The metric helper is walked with Ctrl-N/Ctrl-P or the arrows; Enter in a helper field goes
//!   to the next field, Enter in the answer opens the review. Tab stays rung navigation.
//! - Review: `e`/Enter edit, Enter/Esc stop editing, `r` reset, `s` style, `f` finish, `c`/`y`
//!   copy, Shift-Tab/PgUp/Backspace back to the metric rung, Esc/`q` home.
//! - Autosave 200 ms after the last change and never later than 300 ms after the first unsaved
//!   one (the loop wakes every 50 ms); at once on rung and screen changes and on quit.
//! - Signals (TERM, HUP, INT, QUIT) and panics are handled by `guard.rs`: save (or keep in
//!   `recovery/`), give the terminal back, leave.
//! - A draft open in another rung window opens read-only, with a banner; a draft changed on
//!   disk by another program while open is never written over: rung asks which version to
//!   keep, and the other goes to the trash. A new draft is written only once it holds something.
//! - If a save fails, nothing is dropped (`app/unsaved.rs`): leaving the draft keeps it aside
//!   in `recovery/` (or the state folder when the workspace cannot be written); quitting warns
//!   once and stays, Ctrl-C again leaves, and rung says where each copy is (or prints a draft
//!   that could be written nowhere) and exits with status 1.
//! - Paste: each run of line breaks becomes one space; tabs become spaces; control characters,
//!   escape sequences and bidi overrides go (typed ones too). An answer holds at most 2,000
//!   characters; a longer paste is cut, with a message (see [`app::text`]).
//! - Text from files (drafts, roles, unreadable files' names and reasons) and the status line
//!   are shown through `safe_text`: anything a terminal would act on appears as `�`.
//! - A draft rung cannot read (broken, a symbolic link, or written by a newer rung) is listed
//!   under "cannot read" with the reason and is not opened at all, not even read-only: Enter
//!   says why on the status line, and the file is never written.
//! - Notices from the workspace (a file or folder made private) and packs that cannot be read
//!   appear on the status line.
//! - Smallest usable window 60x16; below it only "make the window larger" is drawn.
//! - Status messages fade after 5 s (problems after 15 s).
//! - The coach's findings use the `[rules]` levels of `config.toml`, as `rung check` does; a
//!   mistake in that table is said on the status line when the app opens, and the built-in
//!   levels are used until it is fixed (the coach should not stop anyone writing).
//! - Home: `m` opens the job-description match panel, `v` the competency areas of a role.
//!   Review: `j`/`k` select a finding, `i` ignores it or brings it back (see `review`,
//!   `findings`, `match_panel` and `coverage` for the details). `i` opens the import screen
//!   (`import_screen`): the resume is read on another thread (`import_job`), as the listing is.
//! - Speed (see BENCHMARKS.md): `rung new` and `rung open` never list the workspace before their
//!   first frame; home draws at once and reads the listing on another thread ([`screens::home::listing`]); the
//!   coach's rules and taxonomy are built on another thread once the first frame is out; the
//!   loop draws only when something changed, so an idle coach writes nothing. A typed key is
//!   drawn first, alone; the coach's notes and the live preview for it follow in the next
//!   frame, once typing pauses for 1 ms (about 1.6 ms after the key in all).

pub mod app;
pub mod keys;
pub mod overlay;
pub mod render;
pub mod runtime;
pub mod screens;

use crate::ladder::{DraftId, PackSet};
use crate::workspace::Workspace;

/// How the app starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// On the home screen.
    Home,
    /// With a new draft at rung 1.
    New {
        /// The role's key (`--role`), if any.
        role: Option<String>,
        /// The question pack (`--pack`), or `None` for the one the role or workspace names.
        pack: Option<String>,
    },
    /// With a draft resumed at its saved rung.
    Open(DraftId),
}

/// Everything `run` needs.
pub struct TuiOptions {
    /// The workspace to read and write.
    pub workspace: Workspace,
    /// Every question pack.
    pub packs: PackSet,
    /// Where to start.
    pub start: Start,
    /// Where copied bullets go (chosen from `--clipboard`, the config and the environment).
    pub clipboard: Box<dyn crate::export::clipboard::Clipboard>,
    /// The user's rule levels (`[rules]` in `config.toml`).
    pub overrides: crate::coach::Overrides,
    /// A problem with the config to show on the status line when the app opens.
    pub warning: Option<String>,
    /// Problems found before the coach started (packs that cannot be read), for the status line.
    pub warnings: Vec<String>,
    /// The bullet length past which review offers shorter versions (`bullet_length`).
    pub bullet_length: usize,
}

/// Runs the interactive app until the user quits. The terminal is restored on every exit path.
/// Returns false when a draft could not be saved in its place (what happened to it is said on
/// stderr): the caller exits with status 1.
pub fn run(opts: TuiOptions) -> anyhow::Result<bool> {
    let guard = runtime::guard::Guard::default();
    runtime::guard::install(&guard, opts.workspace.clone(), runtime::terminal::restore)?;
    let runtime = runtime::Runtime::new(opts.workspace, runtime::clock::SystemClock)
        .with_clipboard(opts.clipboard)
        .with_packs(opts.packs.clone());
    let mut app = app::App::new(
        opts.packs,
        render::theme::Theme::from_env(),
        std::time::Instant::now(),
    )
    .with_overrides(opts.overrides);
    app.shared.defer_checks = true;
    app.shared.bullet_length = opts.bullet_length;
    if let Some(w) = opts.warning {
        app.shared.warn(w);
    }
    app.start(opts.start);
    if let Some(first) = opts.warnings.first() {
        let more = match opts.warnings.len() {
            1 => String::new(),
            n => format!(" (and {} more; see `rung packs`)", n - 1),
        };
        app.shared.warn(format!("{first}{more}"));
    }
    let farewell = runtime::event_loop::run(app, runtime, &guard)?;
    for line in &farewell {
        eprintln!("rung: {}", crate::safe_text::lines(line));
    }
    Ok(farewell.is_empty())
}

/// Builds the coach's rule set and keyword taxonomy (about 4 ms) on another thread, so the
/// first key does not wait for them. The loop calls it once the first frame is out, so the
/// build does not compete with that frame for a core.
pub(crate) fn warm_up_the_coach() {
    let _ = std::thread::Builder::new()
        .name("rung-coach".into())
        .spawn(|| {
            crate::coach::rules();
            crate::coach::taxonomy();
        });
}
