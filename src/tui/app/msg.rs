//! Messages (what happened) and effects (what the loop must do). `App::update` turns the first
//! into state changes and queued effects; the loop runs the effects and feeds the results back
//! as messages, so `update` itself never touches a file, a clock or the terminal.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use ratatui_textarea::Input;

use crate::ladder::{Draft, DraftId};
use crate::tui::keys::Action;
use crate::workspace::Listing;

/// A role as shown on screen: its key and "Title, Company".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleLabel {
    /// The role's key, as stored in drafts.
    pub key: String,
    /// "Title, Company".
    pub label: String,
    /// The user still holds this role (present tense is fine in its bullets).
    pub current: bool,
}

/// Everything that can happen to the app.
#[derive(Debug, Clone)]
pub enum Msg {
    /// The loop's heartbeat: the current time, used for the autosave debounce.
    Tick(Instant),
    /// A key from the key table (or a click on a footer button).
    Action(Action),
    /// The window's size: at start, and whenever it is resized.
    Resize {
        /// Columns.
        width: u16,
        /// Rows.
        height: u16,
    },
    /// A mouse click or wheel turn, at this column and row of the window.
    Mouse(crossterm::event::MouseEvent),
    /// A key for the text field that has focus.
    Edit(Input),
    /// Bracketed paste, as the terminal sent it (cleaned before use).
    Paste(String),
    /// The workspace listing, the role names, and the wall-clock time for ages.
    Listed {
        /// Every draft in the workspace, and what could not be read.
        listing: Listing,
        /// The workspace's roles, for grouping and labels.
        roles: Vec<RoleLabel>,
        /// The time the listing was read, for "2 days ago".
        now: jiff::Timestamp,
    },
    /// The newest drafts of each role from the listing index, shown until the listing itself
    /// arrives; `total` is how many drafts the index holds.
    Previewed {
        /// The drafts the index lists first, per role.
        listing: Listing,
        /// The bullets the index kept for them, by id (see [`crate::workspace::Preview::bullets`]).
        bullets: HashMap<DraftId, String>,
        /// How many drafts the index holds in all.
        total: usize,
        /// The workspace's roles, for grouping and labels.
        roles: Vec<RoleLabel>,
        /// The time the index was read, for "2 days ago".
        now: jiff::Timestamp,
    },
    /// The role names alone (a ladder opened at start-up needs them, the listing not).
    Roles(Vec<RoleLabel>),
    /// What the "new draft" dialog offers.
    NewDraftChoices {
        /// The roles to choose from.
        roles: Vec<RoleLabel>,
        /// The pack a new draft gets unless its role names another.
        pack: String,
        /// Each role's own pack, as (role key, pack).
        role_packs: Vec<(String, String)>,
        /// The role and pack chosen the last time rung ran.
        last: crate::workspace::LastChoice,
    },
    /// A new draft, not yet written (it is written once it holds something).
    Created {
        /// The new, empty draft.
        draft: Draft,
        /// Why the role asked for was dropped, when it is not in the workspace.
        warning: Option<String>,
    },
    /// A draft read from the workspace.
    Opened(Draft),
    /// A draft that is open in another rung window: shown read-only, for this reason.
    OpenedReadOnly {
        /// The draft as read.
        draft: Draft,
        /// Why it cannot be edited here, for the status line.
        why: String,
    },
    /// The draft's file changed on disk since rung read it; this is the version in memory,
    /// not written.
    SaveConflict(Box<Draft>),
    /// A conflict was resolved: the draft to go on with, and what happened to the other copy.
    Settled {
        /// The version to edit when it is not the one in memory (the file's), else `None`.
        draft: Option<Box<Draft>>,
        /// What happened to the other version, for the status line.
        note: String,
    },
    /// A draft left in the recovery folder by a crash, and the saved copy if there is one.
    RecoveryFound {
        /// The copy in the recovery folder.
        recovered: Box<Draft>,
        /// The copy in the drafts folder, if there is one.
        saved: Option<Box<Draft>>,
    },
    /// A recovery question was answered: which draft, what happened, and whether the draft
    /// was open here (and must be read again).
    RecoveryDone {
        /// The draft the question was about.
        id: DraftId,
        /// What was done, for the status line.
        note: String,
        /// The draft was open here and must be read again.
        reopen: bool,
    },
    /// Something to say on the status line (`warning` for problems).
    Notice {
        /// What to say.
        text: String,
        /// Shown as a problem rather than as news.
        warning: bool,
    },
    /// A draft could not be opened.
    OpenFailed(String),
    /// A draft reached disk with this `updated` time.
    Saved {
        /// The draft written.
        id: DraftId,
        /// The time stamped on it.
        updated: jiff::Timestamp,
    },
    /// A save failed; the message says why and what to do.
    SaveFailed(String),
    /// Saving this draft failed (the message says why). The draft comes back with the
    /// message, so it is not lost when the user has already left it.
    NotSaved {
        /// The draft as it was to be written.
        draft: Box<Draft>,
        /// Why it was not, and what to do.
        why: String,
    },
    /// A draft that could not be saved in its place was kept aside in this file (in the
    /// workspace's `recovery/`, or the state folder when the workspace cannot be written).
    KeptAside {
        /// The draft kept aside.
        id: DraftId,
        /// The file it was written to, as shown to the user.
        path: String,
    },
    /// A draft could be written nowhere; it is only in memory now.
    NotKept {
        /// The draft, still in memory.
        draft: Box<Draft>,
        /// Why it could be written nowhere.
        why: String,
    },
    /// A draft was moved to the trash.
    Trashed(DraftId),
    /// Moving to the trash failed.
    TrashFailed(String),
    /// What the trash holds, newest first, or why it cannot be read.
    TrashListed(Result<Vec<crate::workspace::Trashed>, String>),
    /// A draft came back from the trash.
    Restored(DraftId),
    /// The trash was emptied: files deleted, and other entries left alone.
    TrashEmptied {
        /// Trashed drafts deleted.
        removed: usize,
        /// Other entries (not files named like rung's trashed drafts), left alone.
        left: usize,
    },
    /// The external editor closed; its text, as it was written.
    EditorClosed(String),
    /// The external editor could not run.
    EditorFailed(String),
    /// The copy key ran with this text.
    Copied(String),
    /// Nothing could reach a clipboard; the message holds the text to select by hand.
    CopyFailed(String),
    /// The terminal can no longer be read or drawn: save and leave.
    TerminalGone,
    /// A job description was read from this file (absolute path); `warning` when it could not
    /// be remembered in the workspace.
    JobDescriptionRead {
        /// The file read, made absolute.
        path: PathBuf,
        /// Its text.
        text: String,
        /// Why the path could not be remembered in the workspace, if it could not.
        warning: Option<String>,
    },
    /// A job description could not be read; the message names the file.
    JobDescriptionFailed(String),
    /// Reading a resume has come this far.
    ImportProgress(crate::import::Progress),
    /// A resume was read and matched against the workspace.
    ResumeRead(Box<Found>),
    /// A resume could not be read; the message names the file and says what to do.
    ResumeFailed(String),
    /// The chosen bullets are drafts now.
    Imported(crate::import::ImportReport),
    /// The import could not be written.
    ImportFailed(String),
    /// The path typed on the import screen, completed: the new text and the names that fit.
    PathCompleted {
        /// The text the completion was asked for (ignored when the field changed since).
        typed: String,
        /// That text, completed as far as the names in its folder agree.
        completed: String,
        /// The names in the folder that fit (empty when exactly one did and was completed).
        choices: Vec<String>,
    },
}

/// A resume read for the import screen, with what importing it would do.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// What the reader found.
    pub resume: crate::import::Resume,
    /// Its roles and bullets matched against the workspace.
    pub plan: crate::import::ImportPlan,
}

/// Side effects requested by `update`, run by the loop in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write the draft (the loop stamps `updated` from the clock).
    Save(Box<Draft>),
    /// Read a draft.
    Load(DraftId),
    /// Start a new draft.
    Create {
        /// The role's key, if the draft has one (an unknown one is dropped with a warning).
        role: Option<String>,
        /// The question pack, or `None` for the one the role or workspace names.
        pack: Option<String>,
    },
    /// Move a draft to the trash.
    Trash(DraftId),
    /// List the workspace again (on another thread when the store allows it).
    Reload,
    /// Reads the listing again if the drafts folder changed since it was last read (a cheap
    /// look at the folder; another shell may have added or removed a draft).
    Watch,
    /// Read what the trash holds.
    ListTrash,
    /// Bring this trashed file (its name in the trash) back.
    Restore(String),
    /// Delete what the trash holds, for good.
    EmptyTrash,
    /// Read the role names only.
    Roles,
    /// Read what the "new draft" dialog offers: the roles and the workspace's pack.
    NewDraftChoices,
    /// Add a role to the workspace (typed in the "new draft" dialog).
    AddRole(crate::workspace::Role),
    /// Edit this text in `$VISUAL`/`$EDITOR`.
    OpenEditor(String),
    /// Put this text on the clipboard.
    Copy(String),
    /// The draft is no longer being edited: let other processes have it.
    Close(DraftId),
    /// Conflict: keep the version in memory (the file's version goes to the trash first).
    KeepMine(Box<Draft>),
    /// Conflict: take the file's version (the one in memory goes to the trash first).
    TakeTheirs(Box<Draft>),
    /// Look for drafts left in the recovery folder.
    CheckRecovery,
    /// Keep the recovered copy of a draft (`keep`), or the saved one.
    ResolveRecovery {
        /// The draft the question is about.
        id: DraftId,
        /// Keep the recovered copy (`false` keeps the saved one).
        keep: bool,
    },
    /// Keep this draft in the recovery folder (leaving without choosing in a conflict).
    Recover(Box<Draft>),
    /// Read a job description the user typed the path of, and remember it in the workspace.
    ReadJobDescription(PathBuf),
    /// Read the job description the workspace remembers, if it remembers one.
    RecallJobDescription,
    /// Read a resume (on another thread when the store allows it) and plan its import.
    ReadResume(PathBuf),
    /// Complete a path typed on the import screen.
    CompletePath(String),
    /// Import the chosen bullets of a plan as drafts.
    Import {
        /// What the resume holds, matched against the workspace.
        plan: Box<crate::import::ImportPlan>,
        /// Indexes into `plan.bullets` of the bullets to import, in the order shown.
        chosen: Vec<usize>,
    },
    /// Leave the app.
    Quit,
}
