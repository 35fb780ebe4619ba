//! The role coverage view's state: for each role, the competency areas of its pack and which
//! of the role's bullets cover them. Tab / `l` / Right and Shift-Tab / `h` / Left switch role.
//!
//! Choices (as `rung coverage`): every draft of the role counts, finished or not (coverage is
//! for planning); the pack is the one most of the role's drafts use. The view opens on the role
//! of the draft selected on home, else on the first role. Drafts without a role are not shown
//! (coverage is about a role).

pub(crate) mod view;

use crate::coach::coverage::{AreaCoverage, most_used_pack, role_coverage};
use crate::ladder::Draft;
use crate::tui::app::msg::Msg;
use crate::tui::app::{Nav, Shared};
use crate::tui::keys::{Action, Scope};

/// One role's coverage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleCoverage {
    /// The role's key.
    pub key: String,
    /// "Title, Company".
    pub label: String,
    /// The pack whose areas are shown; `None` when the role has no drafts.
    pub pack: Option<String>,
    /// The role's bullets, as they read.
    pub bullets: Vec<String>,
    /// Every area of the pack (empty when the pack has none).
    pub areas: Vec<AreaCoverage>,
}

/// The state of the coverage view.
#[derive(Debug)]
pub struct Coverage {
    /// Every role, in the order of `rung.toml`.
    pub roles: Vec<RoleCoverage>,
    /// The role shown.
    pub at: usize,
    /// Lines scrolled away at the top.
    pub scroll: u16,
}

impl Coverage {
    /// The coverage of every role by `drafts`, showing `start` (a role key) first if given.
    pub fn new(drafts: &[Draft], start: Option<&str>, shared: &Shared) -> Coverage {
        let roles: Vec<RoleCoverage> = shared
            .roles
            .iter()
            .map(|role| {
                let mine: Vec<&Draft> = drafts
                    .iter()
                    .filter(|d| d.role.as_deref() == Some(&role.key))
                    .collect();
                let pack = most_used_pack(mine.iter().map(|d| d.pack.as_str()));
                let bullets: Vec<String> = mine.iter().map(|d| shared.packs.bullet(d)).collect();
                let areas = pack
                    .as_deref()
                    .map(|p| role_coverage(&shared.pack(p).areas, &bullets))
                    .unwrap_or_default();
                RoleCoverage {
                    key: role.key.clone(),
                    label: role.label.clone(),
                    pack: pack.map(|p| shared.pack(&p).name.clone()),
                    bullets,
                    areas,
                }
            })
            .collect();
        let at = start
            .and_then(|k| roles.iter().position(|r| r.key == k))
            .unwrap_or(0);
        Coverage {
            roles,
            at,
            scroll: 0,
        }
    }

    /// The role shown, if the workspace has roles.
    pub fn role(&self) -> Option<&RoleCoverage> {
        self.roles.get(self.at)
    }

    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        vec![Scope::Coverage]
    }

    /// Handles a message for the view.
    pub fn update(&mut self, msg: Msg, _shared: &mut Shared) -> Option<Nav> {
        let Msg::Action(action) = msg else {
            return None;
        };
        let n = self.roles.len().max(1);
        match action {
            Action::NextRole => {
                self.at = (self.at + 1) % n;
                self.scroll = 0;
            }
            Action::PrevRole => {
                self.at = (self.at + n - 1) % n;
                self.scroll = 0;
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
