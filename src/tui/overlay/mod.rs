//! Overlays: the help sheet, the delete confirmation, the path prompt, and the two "which
//! copy?" questions (a draft changed on disk while open; a draft recovered after a crash). They
//! get keys before the screen and are drawn after it. The path prompt is the one overlay that
//! takes typing: it starts with the last job description's path, Enter loads, Esc closes. A
//! question about copies never picks one by itself: leaving with Ctrl-C keeps both (the
//! conflict keeps yours in the recovery folder; a recovery question is asked again next time).

pub mod new_draft;
pub(crate) mod view;

use std::path::PathBuf;

use ratatui_textarea::Key;

use crate::ladder::{Draft, DraftId};
use crate::tui::app::Shared;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::text::clean_paste;
use crate::tui::keys::{Action, Scope};

/// An overlay on top of the current screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Every key of the screen below.
    Help {
        /// The scopes of the screen below, whose keys are listed.
        scopes: Vec<Scope>,
        /// Lines scrolled away at the top.
        scroll: u16,
        /// The question help was opened over, shown again when help closes.
        under: Option<Box<Overlay>>,
    },
    /// "Move this draft to the trash?"
    Confirm {
        /// The draft to trash.
        id: DraftId,
        /// How the draft is named in the question.
        what: String,
    },
    /// "Delete everything in the trash for good?"
    EmptyTrash {
        /// How many drafts the trash holds.
        count: usize,
    },
    /// "This draft changed on disk: keep yours or take the file's?"
    Conflict {
        /// The version in memory, not written.
        mine: Box<Draft>,
    },
    /// "rung stopped while this draft had unsaved changes: keep which copy?"
    Recover {
        /// The draft.
        id: DraftId,
        /// The recovered copy's bullet.
        recovered: String,
        /// The saved copy's bullet (`None`: there is no saved copy).
        saved: Option<String>,
    },
    /// "New draft: which role, which pack?"
    NewDraft(Box<new_draft::NewDraft>),
    /// "Which job description?": a path being typed.
    Prompt {
        /// The path typed so far.
        input: String,
    },
}

impl Overlay {
    /// The help sheet for the keys of `scopes`, over `under` (a question to return to).
    pub fn help(scopes: Vec<Scope>, under: Option<Overlay>) -> Overlay {
        Overlay::Help {
            scopes,
            scroll: 0,
            under: under.map(Box::new),
        }
    }

    /// The recovery question for a recovered draft and its saved copy.
    pub fn recover(recovered: &Draft, saved: Option<&Draft>, shared: &Shared) -> Overlay {
        let text = |d: &Draft| shared.packs.bullet(d);
        Overlay::Recover {
            id: recovered.id.clone(),
            recovered: text(recovered),
            saved: saved.map(text),
        }
    }

    /// The key scope of this overlay.
    pub fn scope(&self) -> Scope {
        match self {
            Overlay::Help { .. } => Scope::Help,
            Overlay::Confirm { .. } | Overlay::EmptyTrash { .. } => Scope::Confirm,
            Overlay::Conflict { .. } => Scope::Conflict,
            Overlay::Recover { .. } => Scope::Recover,
            Overlay::Prompt { .. } => Scope::Prompt,
            Overlay::NewDraft(d) if d.row == new_draft::Row::NewRole => Scope::NewRole,
            Overlay::NewDraft(_) => Scope::NewDraft,
        }
    }

    /// True when typing goes into the overlay.
    pub fn takes_text(&self) -> bool {
        match self {
            Overlay::Prompt { .. } => true,
            Overlay::NewDraft(d) => d.row == new_draft::Row::NewRole,
            _ => false,
        }
    }

    /// Typing and pasting into the path prompt; other overlays ignore them.
    pub fn edit(&mut self, msg: &Msg) {
        let input = match self {
            Overlay::Prompt { input } => input,
            Overlay::NewDraft(d) if d.row == new_draft::Row::NewRole => &mut d.new_role,
            _ => return,
        };
        match msg {
            Msg::Edit(key) => match key.key {
                Key::Char(c) if !key.ctrl && !key.alt => input.push(c),
                Key::Backspace => {
                    input.pop();
                }
                Key::Char('u') if key.ctrl => input.clear(),
                _ => {}
            },
            Msg::Paste(text) => input.push_str(&clean_paste(text)),
            _ => {}
        }
    }

    /// Handles an action; returns the overlay to keep (if any) and a follow-up message.
    pub fn update(self, action: Action, shared: &mut Shared) -> (Option<Overlay>, Option<Msg>) {
        match (self, action) {
            (Overlay::Help { under, .. }, Action::CloseOverlay) => (under.map(|o| *o), None),
            (
                Overlay::Help {
                    scopes,
                    scroll,
                    under,
                },
                Action::ScrollDown,
            ) => (
                Some(Overlay::Help {
                    scopes,
                    scroll: scroll.saturating_add(1).min(200),
                    under,
                }),
                None,
            ),
            (
                Overlay::Help {
                    scopes,
                    scroll,
                    under,
                },
                Action::ScrollUp,
            ) => (
                Some(Overlay::Help {
                    scopes,
                    scroll: scroll.saturating_sub(1),
                    under,
                }),
                None,
            ),
            (Overlay::Help { scopes, under, .. }, Action::First) => (
                Some(Overlay::Help {
                    scopes,
                    scroll: 0,
                    under,
                }),
                None,
            ),
            (Overlay::Help { scopes, under, .. }, Action::Last) => (
                Some(Overlay::Help {
                    scopes,
                    scroll: 200,
                    under,
                }),
                None,
            ),
            (Overlay::Confirm { id, .. }, Action::Confirm) => {
                shared.effect(Effect::Trash(id));
                (None, None)
            }
            (Overlay::Confirm { .. }, Action::Cancel) => {
                shared.say("kept it");
                (None, None)
            }
            (Overlay::EmptyTrash { .. }, Action::Confirm) => {
                shared.effect(Effect::EmptyTrash);
                (None, None)
            }
            (Overlay::EmptyTrash { .. }, Action::Cancel) => {
                shared.say("the trash is as it was");
                (None, None)
            }
            (Overlay::Conflict { mine }, Action::ChooseMine) => {
                shared.effect(Effect::KeepMine(mine));
                (None, None)
            }
            (Overlay::Conflict { mine }, Action::ChooseOther) => {
                shared.effect(Effect::TakeTheirs(mine));
                (None, None)
            }
            (Overlay::Conflict { mine }, Action::Quit) => {
                shared.effect(Effect::Recover(mine));
                (None, Some(Msg::Action(Action::Quit)))
            }
            (Overlay::Recover { id, .. }, Action::ChooseMine) => {
                shared.effect(Effect::ResolveRecovery { id, keep: true });
                (None, None)
            }
            (Overlay::Recover { id, .. }, Action::ChooseOther) => {
                shared.effect(Effect::ResolveRecovery { id, keep: false });
                (None, None)
            }
            (Overlay::Prompt { input }, Action::Confirm) => {
                let path = input.trim();
                if path.is_empty() {
                    shared.warn(format!(
                        "type the path of a job description file, or {} to close",
                        crate::tui::keys::key_for(Scope::Prompt, Action::Cancel)
                    ));
                    return (Some(Overlay::Prompt { input }), None);
                }
                shared.effect(Effect::ReadJobDescription(PathBuf::from(path)));
                (None, None)
            }
            (Overlay::Prompt { .. }, Action::Cancel) => (None, None),
            (Overlay::NewDraft(d), action) => new_draft_action(d, action, shared),
            (_, Action::Quit) => (None, Some(Msg::Action(Action::Quit))),
            (keep, _) => (Some(keep), None),
        }
    }
}

/// The "new draft" dialog's keys: move between rows, change a choice, start or cancel.
fn new_draft_action(
    mut dialog: Box<new_draft::NewDraft>,
    action: Action,
    shared: &mut Shared,
) -> (Option<Overlay>, Option<Msg>) {
    match action {
        Action::NextField => dialog.next_row(),
        Action::NextChoice => dialog.cycle(true),
        Action::PrevChoice => dialog.cycle(false),
        Action::Cancel => return (None, None),
        Action::Quit => return (None, Some(Msg::Action(Action::Quit))),
        Action::Confirm => match dialog.start() {
            Ok(start) => {
                shared.last_new = Some(new_draft::LastChoice {
                    role: start.role.clone(),
                    pack: start.pack.clone(),
                });
                if let Some(role) = start.add {
                    shared.effect(Effect::AddRole(role));
                }
                shared.effect(Effect::Create {
                    role: start.role,
                    pack: Some(start.pack),
                });
                return (None, None);
            }
            Err(why) => {
                dialog.row = new_draft::Row::NewRole;
                shared.warn(why);
            }
        },
        _ => {}
    }
    (Some(Overlay::NewDraft(dialog)), None)
}
