//! The job-description match panel's state: the finished bullets, the loaded job description
//! (kept in [`Shared`] so it survives leaving the panel) and the scroll.
//!
//! Choices: every finished bullet of the workspace counts, whatever its role (a job description
//! is matched against the whole resume). On first opening, the job description the workspace
//! remembers (`jd` in the `[settings]` of `rung.toml`, an absolute path) is read again; only
//! its path is kept, never a copy of the text, so editing the file and opening the panel again
//! shows the new text. A missing term is only ever asked about, never added to a bullet.

pub(crate) mod job_description;
pub(crate) mod view;

use std::path::PathBuf;

use crate::coach::job_match::{self as matching, MatchResult};
use crate::ladder::{Draft, Status};
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::{Nav, Shared};
use crate::tui::keys::{Action, Scope};
use crate::tui::overlay::Overlay;

/// A job description read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedJobDescription {
    /// Where it was read from (absolute).
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

/// The state of the match panel.
#[derive(Debug)]
pub struct JobMatch {
    /// The finished bullets, as they read.
    pub bullets: Vec<String>,
    /// Lines scrolled away at the top.
    pub scroll: u16,
}

impl JobMatch {
    /// The panel over the finished drafts among `drafts`; asks for the remembered job
    /// description when none is loaded yet.
    pub fn new(drafts: &[Draft], shared: &mut Shared) -> JobMatch {
        let bullets = drafts
            .iter()
            .filter(|d| d.status == Status::Finished)
            .map(|d| shared.packs.bullet(d))
            .collect();
        if shared.job_description.is_none() {
            shared.effect(Effect::RecallJobDescription);
        }
        JobMatch { bullets, scroll: 0 }
    }

    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        vec![Scope::JobMatch]
    }

    /// How the bullets cover the loaded job description.
    pub fn result(&self, shared: &Shared) -> Option<MatchResult> {
        let loaded = shared.job_description.as_ref()?;
        Some(matching::match_bullets(&loaded.text, &self.bullets))
    }

    /// Handles a message for the panel.
    pub fn update(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        let Msg::Action(action) = msg else {
            return None;
        };
        match action {
            Action::LoadJobDescription => {
                let input = shared
                    .job_description
                    .as_ref()
                    .map(|j| j.path.display().to_string())
                    .unwrap_or_default();
                return Some(Nav::Overlay(Overlay::Prompt { input }));
            }
            Action::ScrollDown => self.scroll = self.scroll.saturating_add(1).min(500),
            Action::ScrollUp => self.scroll = self.scroll.saturating_sub(1),
            Action::First => self.scroll = 0,
            Action::Last => self.scroll = 500,
            Action::GoHome => return Some(Nav::Home),
            _ => {}
        }
        None
    }
}

/// Takes the result of reading a job description, whatever screen is showing.
pub fn received(msg: Msg, shared: &mut Shared) {
    match msg {
        Msg::JobDescriptionRead {
            path,
            text,
            warning,
        } => {
            let terms = matching::terms(&text).len();
            match warning {
                Some(w) => shared.warn(w),
                None => shared.say(format!(
                    "read {}: {terms} key term{}",
                    path.display(),
                    if terms == 1 { "" } else { "s" }
                )),
            }
            shared.job_description = Some(LoadedJobDescription { path, text });
        }
        Msg::JobDescriptionFailed(why) => shared.warn(why),
        _ => {}
    }
}
