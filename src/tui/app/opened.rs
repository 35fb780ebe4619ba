//! Drafts that arrive to be worked on: a new one created, or one read from the workspace (shown
//! read-only when it holds more than rung keeps). Either goes to the ladder.

use super::{App, Nav, text};
use crate::ladder::Draft;
use crate::tui::app::session::Session;

impl App {
    /// Goes to the ladder with a new draft, on a pack that exists.
    pub(super) fn created(&mut self, mut draft: Draft, warning: Option<String>) {
        text::clean_draft(&mut draft);
        if self.shared.packs.get(&draft.pack).is_none() {
            self.shared.warn(format!(
                "no question pack `{}`; using `{}` (see the packs in your config folder)",
                draft.pack,
                crate::ladder::pack::DEFAULT_PACK
            ));
            draft.pack = crate::ladder::pack::DEFAULT_PACK.to_string();
        }
        if let Some(w) = warning {
            self.shared.warn(w);
        }
        self.go(Nav::Ladder(Session::created(draft)));
    }

    /// Goes to the ladder with a draft read from the workspace.
    pub(super) fn opened(&mut self, mut draft: Draft) {
        if text::clean_draft(&mut draft) {
            self.shared.warn(
                "this draft holds control characters; shown without them, saved so once you change it",
            );
        }
        // Never cut: a draft holding more than rung keeps is shown, not changed here.
        let session = match draft.too_long() {
            Some(why) => {
                let id = draft.id.clone();
                Session::read_only(
                    draft,
                    format!(
                        "{why}; rung does not cut it: shorten it in a text editor or with `rung set {id}`"
                    ),
                )
            }
            None => Session::opened(draft),
        };
        self.go(Nav::Ladder(session));
    }
}
