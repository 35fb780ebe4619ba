//! The import screen: type the path of a resume (Tab completes, `~` is the home folder), watch
//! it being read, check the bullets to bring in, and start climbing the weakest.
//!
//! Choices: the list puts the weakest bullets first (fewest rungs, then the resume's order),
//! each with its role, and every bullet starts checked except those an earlier import brought
//! in (shown as already imported; they cannot be checked). Text the reader could not place gets
//! one line under the list, with the count and the first piece. After the import, Enter opens
//! the weakest new draft on its first missing rung; Esc goes home. Nothing here touches a file:
//! reading, completing and importing are effects run by the runtime.

pub mod job;
pub(crate) mod view;

use std::path::PathBuf;

use ratatui_textarea::Key;

use crate::import::{ImportReport, Progress};
use crate::ladder::DraftId;
use crate::tui::app::msg::{Effect, Found, Msg};
use crate::tui::app::text::clean_paste;
use crate::tui::app::{Nav, Shared};
use crate::tui::keys::{Action, Scope};

/// Where the import screen is.
#[derive(Debug)]
pub enum Phase {
    /// Typing the path.
    Path {
        /// What is typed so far.
        input: String,
        /// Names the last Tab offered.
        choices: Vec<String>,
    },
    /// The file is being read.
    Reading {
        /// The path as typed.
        path: String,
        /// Pages read so far, when the reader says.
        progress: Option<Progress>,
    },
    /// Choosing the bullets.
    List(Box<Choosing>),
    /// The bullets are in.
    Done {
        /// What was made.
        report: ImportReport,
        /// The weakest new draft and its bullet.
        weakest: Option<(DraftId, String)>,
    },
}

/// The bullets found, and which are checked.
#[derive(Debug)]
pub struct Choosing {
    /// What was read and what importing it would do.
    pub found: Found,
    /// Bullet indices in the order shown: weakest first.
    pub order: Vec<usize>,
    /// Checked, by bullet index.
    pub checked: Vec<bool>,
    /// The selected row (a position in `order`).
    pub selected: usize,
    /// The path as typed, to go back to.
    pub path: String,
}

impl Choosing {
    fn new(found: Found, path: String) -> Choosing {
        let mut order: Vec<usize> = (0..found.plan.bullets.len()).collect();
        order.sort_by_key(|&i| (found.plan.bullets[i].level, i));
        let checked = found
            .plan
            .bullets
            .iter()
            .map(|b| b.existing.is_none())
            .collect();
        Choosing {
            found,
            order,
            checked,
            selected: 0,
            path,
        }
    }

    /// How many bullets are checked.
    pub fn checked_count(&self) -> usize {
        self.checked.iter().filter(|c| **c).count()
    }
}

/// The import screen.
#[derive(Debug)]
pub struct ImportScreen {
    /// Where it is.
    pub phase: Phase,
}

impl Default for ImportScreen {
    fn default() -> Self {
        ImportScreen {
            phase: Phase::Path {
                input: String::new(),
                choices: Vec::new(),
            },
        }
    }
}

impl ImportScreen {
    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        vec![match self.phase {
            Phase::Path { .. } => Scope::ImportPath,
            Phase::Reading { .. } => Scope::ImportReading,
            Phase::List(_) => Scope::ImportList,
            Phase::Done { .. } => Scope::ImportDone,
        }]
    }

    /// True while the path is being typed.
    pub fn text_focus(&self) -> bool {
        matches!(self.phase, Phase::Path { .. })
    }

    /// Handles a key or typing.
    pub fn update(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        match (&mut self.phase, msg) {
            (Phase::Path { input, choices }, Msg::Edit(key)) => {
                match key.key {
                    Key::Char('u') if key.ctrl => input.clear(),
                    Key::Char(c) if !key.ctrl && !key.alt => input.push(c),
                    Key::Backspace => {
                        input.pop();
                    }
                    _ => {}
                }
                choices.clear();
            }
            (Phase::Path { input, .. }, Msg::Paste(text)) => input.push_str(&clean_paste(&text)),
            (_, Msg::Action(action)) => return self.action(action, shared),
            _ => {}
        }
        None
    }

    fn action(&mut self, action: Action, shared: &mut Shared) -> Option<Nav> {
        if action == Action::GoHome {
            return Some(Nav::Home);
        }
        match &mut self.phase {
            Phase::Path { input, .. } => match action {
                Action::Complete => shared.effect(Effect::CompletePath(input.clone())),
                Action::Confirm => {
                    let path = input.trim().to_string();
                    if path.is_empty() {
                        shared.warn(format!("type the path of your resume (PDF, DOCX, .tex, LinkedIn ZIP or Positions.csv), or {} to go home", crate::tui::keys::key_for(crate::tui::keys::Scope::ImportPath, crate::tui::keys::Action::GoHome)));
                    } else {
                        shared.effect(Effect::ReadResume(PathBuf::from(&path)));
                        self.phase = Phase::Reading {
                            path,
                            progress: None,
                        };
                    }
                }
                _ => {}
            },
            Phase::List(c) => {
                let rows = c.order.len();
                match action {
                    Action::Down if rows > 0 => c.selected = (c.selected + 1).min(rows - 1),
                    Action::Up => c.selected = c.selected.saturating_sub(1),
                    Action::First => c.selected = 0,
                    Action::Last => c.selected = rows.saturating_sub(1),
                    Action::Toggle => {
                        if let Some(&i) = c.order.get(c.selected) {
                            if c.found.plan.bullets[i].existing.is_some() {
                                shared
                                    .say("this bullet was imported before; it is a draft already");
                            } else {
                                c.checked[i] = !c.checked[i];
                            }
                        }
                    }
                    Action::ToggleAll => {
                        let all = c.checked_count() == 0;
                        for (i, b) in c.found.plan.bullets.iter().enumerate() {
                            c.checked[i] = all && b.existing.is_none();
                        }
                    }
                    Action::Confirm => {
                        let chosen: Vec<usize> =
                            c.order.iter().copied().filter(|&i| c.checked[i]).collect();
                        if chosen.is_empty() {
                            shared.warn(format!(
                                "no bullet is checked: check some with {}, or {} to go home",
                                crate::tui::keys::key_for(
                                    crate::tui::keys::Scope::ImportList,
                                    crate::tui::keys::Action::Toggle
                                ),
                                crate::tui::keys::key_for(
                                    crate::tui::keys::Scope::ImportList,
                                    crate::tui::keys::Action::GoHome
                                )
                            ));
                        } else {
                            shared.effect(Effect::Import {
                                plan: Box::new(c.found.plan.clone()),
                                chosen,
                            });
                        }
                    }
                    _ => {}
                }
            }
            Phase::Done { weakest, .. } => {
                if action == Action::Open
                    && let Some((id, _)) = weakest
                {
                    shared.effect(Effect::Load(id.clone()));
                }
            }
            Phase::Reading { .. } => {}
        }
        None
    }

    /// Takes the runtime's news: progress, the resume read, the import done, a completion.
    pub fn received(&mut self, msg: Msg, shared: &mut Shared) {
        match (&mut self.phase, msg) {
            (Phase::Reading { progress, .. }, Msg::ImportProgress(p)) => *progress = Some(p),
            (Phase::Reading { path, .. }, Msg::ResumeRead(found)) => {
                let path = std::mem::take(path);
                if found.plan.bullets.is_empty() {
                    shared.warn(match found.resume.notices.first() {
                        Some(n) => n.clone(),
                        None => format!("{path}: no bullets found"),
                    });
                }
                self.phase = Phase::List(Box::new(Choosing::new(*found, path)));
            }
            (Phase::Reading { path, .. }, Msg::ResumeFailed(why)) => {
                shared.warn(why);
                let input = std::mem::take(path);
                self.phase = Phase::Path {
                    input,
                    choices: Vec::new(),
                };
            }
            (Phase::List(c), Msg::Imported(report)) => {
                let plan = &c.found.plan;
                let weakest = report
                    .drafts
                    .iter()
                    .min_by_key(|(i, _)| (plan.bullets[*i].level, *i))
                    .map(|(i, id)| (id.clone(), plan.bullets[*i].text.clone()));
                let n = report.drafts.len();
                shared.say(format!(
                    "imported {n} draft{}",
                    if n == 1 { "" } else { "s" }
                ));
                self.phase = Phase::Done { report, weakest };
            }
            (Phase::List(_), Msg::ImportFailed(why)) => shared.warn(why),
            (
                Phase::Path { input, choices },
                Msg::PathCompleted {
                    typed,
                    completed,
                    choices: found,
                },
            ) if *input == typed => {
                if found.is_empty() && completed == typed {
                    shared.say("no file or folder starts like that");
                }
                *input = completed;
                *choices = found;
            }
            _ => {}
        }
    }
}
