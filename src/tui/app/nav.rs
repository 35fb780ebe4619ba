//! Where the app is: the screens, where a screen asks to go next, and going there (which
//! saves and lets go of a draft when leaving it, and hands each screen what it needs).

use super::App;
use crate::ladder::Rung;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::session::Session;
use crate::tui::overlay::Overlay;
use crate::tui::screens::coverage::Coverage;
use crate::tui::screens::import::ImportScreen;
use crate::tui::screens::job_match::JobMatch;
use crate::tui::screens::ladder::Ladder;
use crate::tui::screens::review::Review;
use crate::tui::screens::trash::TrashView;

/// The screen being shown.
#[derive(Debug)]
pub enum Screen {
    /// The list of drafts.
    Home,
    /// Climbing one draft.
    Ladder(Box<Ladder>),
    /// The finished bullet.
    Review(Box<Review>),
    /// The job-description match.
    JobMatch(Box<JobMatch>),
    /// The competency areas of a role.
    Coverage(Box<Coverage>),
    /// Bringing bullets in from a resume.
    Import(Box<ImportScreen>),
    /// Deleted drafts.
    Trash(Box<TrashView>),
}

/// Where a screen wants to go next.
#[derive(Debug)]
pub enum Nav {
    /// The home list (reloaded).
    Home,
    /// The ladder for this draft, at its rung.
    Ladder(Session),
    /// The review screen for this draft.
    Review(Session),
    /// An overlay on top of the current screen.
    Overlay(Overlay),
    /// The job-description match panel.
    JobMatch,
    /// The coverage view, on the role of the draft selected on home.
    Coverage,
    /// The import screen, on its path line.
    Import,
    /// The trash view (read afresh).
    Trash,
}

impl App {
    pub(super) fn route(&mut self, msg: Msg) {
        let nav = match &mut self.screen {
            Screen::Home => self.home.update(msg, &mut self.shared),
            Screen::Ladder(l) => l.update(msg, &mut self.shared),
            Screen::Review(r) => r.update(msg, &mut self.shared),
            Screen::JobMatch(m) => m.update(msg, &mut self.shared),
            Screen::Coverage(c) => c.update(msg, &mut self.shared),
            Screen::Import(i) => i.update(msg, &mut self.shared),
            Screen::Trash(t) => t.update(msg, &mut self.shared),
        };
        if let Some(nav) = nav {
            self.go(nav);
        }
    }

    /// True when going to `nav` shows another screen: not an overlay, not the same draft's
    /// ladder opened again, and not the first screen after the blank home of start-up.
    fn leaves_screen(&self, nav: &Nav) -> bool {
        match (&self.screen, nav) {
            (_, Nav::Overlay(_)) => false,
            (Screen::Home, _) if !self.home.loaded => false,
            (Screen::Ladder(_), Nav::Ladder(_)) => false,
            (Screen::Home, Nav::Home) => false,
            _ => true,
        }
    }

    pub(super) fn go(&mut self, nav: Nav) {
        // A message belongs to the screen it was said on: leaving that screen takes it away
        // (one said on the way, such as why a draft did not open, stays).
        if !self.shared.said && self.leaves_screen(&nav) {
            self.shared.status = None;
        }
        match nav {
            Nav::Home => {
                self.leaving_draft();
                if let Some(s) = self.session() {
                    let (draft, on_disk) = (s.draft.clone(), s.on_disk());
                    self.home.follow(draft.id.clone());
                    self.shared.effect(Effect::Close(draft.id.clone()));
                    // Shown as just saved while the fresh listing is read.
                    if on_disk {
                        self.home.upsert(draft, &self.shared);
                    }
                }
                self.screen = Screen::Home;
                self.shared.effect(Effect::Reload);
            }
            Nav::Ladder(session) => {
                self.screen = Screen::Ladder(Box::new(Ladder::new(session, &self.shared)));
            }
            Nav::Review(mut session) => {
                session.draft.rung = Rung::Metric;
                if !self.home.loaded {
                    // Opened straight from the command line: the role's other bullets come
                    // with the listing (read on another thread).
                    self.shared.effect(Effect::Reload);
                }
                let role_drafts = self.home.drafts();
                self.screen =
                    Screen::Review(Box::new(Review::new(session, &self.shared, role_drafts)));
            }
            Nav::Overlay(o) => self.overlay = Some(o),
            Nav::JobMatch => {
                let panel = JobMatch::new(self.home.drafts(), &mut self.shared);
                self.screen = Screen::JobMatch(Box::new(panel));
            }
            Nav::Coverage => {
                let start = self
                    .home
                    .selected_draft(&self.shared)
                    .and_then(|d| d.role.clone());
                let view = Coverage::new(self.home.drafts(), start.as_deref(), &self.shared);
                self.screen = Screen::Coverage(Box::new(view));
            }
            Nav::Import => self.screen = Screen::Import(Box::default()),
            Nav::Trash => {
                self.screen = Screen::Trash(Box::default());
                self.shared.effect(Effect::ListTrash);
            }
        }
    }
}
