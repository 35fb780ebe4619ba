//! Everything a key can ask for.

/// Everything a key can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Save and leave the app.
    Quit,
    /// Show the help overlay.
    Help,
    /// Close the help overlay.
    CloseOverlay,
    /// Scroll the help up.
    ScrollUp,
    /// Scroll the help down.
    ScrollDown,
    /// Say yes to the question asked.
    Confirm,
    /// Say no to the question asked.
    Cancel,
    /// Keep this window's copy (the one in memory, or the recovered one).
    ChooseMine,
    /// Keep the other copy (the file's version, or the saved one).
    ChooseOther,
    /// Select the previous entry.
    Up,
    /// Select the next entry.
    Down,
    /// Open the selected draft.
    Open,
    /// Start a new draft.
    New,
    /// Ask to move the selected draft to the trash.
    Delete,
    /// Start typing a filter.
    Filter,
    /// Keep the filter and return to the list.
    FilterDone,
    /// Clear the filter.
    FilterClear,
    /// Accept the answer and climb (on the metric rung: review).
    Accept,
    /// Go up a rung.
    NextRung,
    /// Go down a rung (from the review: back to the metric rung).
    PrevRung,
    /// Save and go home.
    GoHome,
    /// Edit the focused text in the external editor.
    Editor,
    /// Switch impact-last / impact-first.
    ToggleStyle,
    /// Show or hide the examples.
    ToggleExamples,
    /// Next field of the metric helper.
    NextField,
    /// Previous field of the metric helper.
    PrevField,
    /// Cycle guess / lower is better / higher is better.
    CycleBetter,
    /// Start editing the bullet by hand.
    Edit,
    /// Stop editing the bullet.
    DoneEdit,
    /// Drop hand edits and use the assembled bullet.
    Reset,
    /// Use the next shorter version of the bullet (back to the full one after the last).
    Shorter,
    /// Mark finished / unfinished.
    ToggleFinished,
    /// Copy the bullet.
    Copy,
    /// Ignore the selected finding, or stop ignoring it.
    Ignore,
    /// Put the selected finding's fix (a technology's own spelling) into its answer.
    ApplyFix,
    /// Open the job-description match panel.
    OpenJobMatch,
    /// Open the role coverage view.
    OpenCoverage,
    /// Ask for a job description file to load.
    LoadJobDescription,
    /// Show the next role.
    NextRole,
    /// Show the previous role.
    PrevRole,
    /// Open the import screen.
    OpenImport,
    /// Complete the path typed so far.
    Complete,
    /// Check or uncheck the selected entry.
    Toggle,
    /// Check every entry, or none.
    ToggleAll,
    /// Undo the last change to the text (on review: bring back a hand edit thrown away).
    Undo,
    /// Redo what undo took back.
    Redo,
    /// Delete from the cursor to the start of the text.
    DeleteToStart,
    /// Delete from the cursor to the end of the text.
    DeleteToEnd,
    /// Delete the word before the cursor.
    DeleteWord,
    /// Move the cursor to the start of the text.
    LineStart,
    /// Move the cursor to the end of the text.
    LineEnd,
    /// Move the cursor back a word.
    WordBack,
    /// Move the cursor forward a word.
    WordForward,
    /// Open the trash view.
    OpenTrash,
    /// Bring the selected draft back from the trash.
    Restore,
    /// Ask to empty the trash.
    EmptyTrash,
    /// Copy the draft's id.
    CopyId,
    /// Next choice of the focused row (role or pack).
    NextChoice,
    /// Previous choice of the focused row.
    PrevChoice,
    /// Select the first entry (or scroll to the top).
    First,
    /// Select the last entry (or scroll to the bottom).
    Last,
    /// Go straight to this rung.
    GoToRung(crate::ladder::Rung),
}

impl Action {
    /// True for the keys that edit text (undo, readline keys): they go to the focused field.
    pub fn edits_text(self) -> bool {
        matches!(
            self,
            Action::Undo
                | Action::Redo
                | Action::DeleteToStart
                | Action::DeleteToEnd
                | Action::DeleteWord
                | Action::LineStart
                | Action::LineEnd
                | Action::WordBack
                | Action::WordForward
        )
    }
}
