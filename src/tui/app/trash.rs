//! News from the trash and the start of a new draft: the trash view's listing, a draft brought
//! back (home lists it again and selects it), the trash emptied, and the "new draft" dialog
//! opened on what the workspace offers.

use super::{App, Screen};
use crate::tui::app::msg::{Effect, Msg, RoleLabel};
use crate::tui::overlay::Overlay;
use crate::tui::overlay::new_draft::NewDraft;

impl App {
    /// Handles what came back from the trash.
    pub(super) fn trash_news(&mut self, msg: Msg) {
        let in_view = matches!(self.screen, Screen::Trash(_));
        match msg {
            Msg::TrashListed(Ok(entries)) => {
                if let Screen::Trash(t) = &mut self.screen {
                    t.set_entries(entries);
                }
            }
            Msg::TrashListed(Err(why)) => self.shared.warn(format!("cannot read the trash: {why}")),
            Msg::Restored(id) => {
                self.shared
                    .say(format!("brought {id} back; it is on home again"));
                self.home.follow(id);
                self.shared.effect(Effect::Reload);
                if in_view {
                    self.shared.effect(Effect::ListTrash);
                }
            }
            Msg::TrashEmptied { removed, left } => {
                let drafts = if removed == 1 { "draft" } else { "drafts" };
                let mut text = format!("deleted {removed} {drafts} for good");
                if left > 0 {
                    text.push_str(&format!(
                        "; {left} other file(s) in the trash folder are not rung's and were left alone"
                    ));
                }
                self.shared.say(text);
                if in_view {
                    self.shared.effect(Effect::ListTrash);
                }
            }
            _ => {}
        }
    }

    /// Opens the "new draft" dialog on the workspace's roles and pack (on home only, and not
    /// over another question).
    pub(super) fn ask_new_draft(
        &mut self,
        roles: Vec<RoleLabel>,
        pack: String,
        role_packs: Vec<(String, String)>,
        last: crate::workspace::LastChoice,
    ) {
        if self.overlay.is_some() || !matches!(self.screen, Screen::Home) {
            return;
        }
        let packs = self
            .shared
            .packs
            .names()
            .iter()
            .map(|p| p.to_string())
            .collect();
        // This session's last choice first, else the one remembered from the last run.
        let remembered = last
            .pack
            .map(|pack| crate::tui::overlay::new_draft::LastChoice {
                role: last.role,
                pack,
            });
        let last = self.shared.last_new.clone().or(remembered);
        let dialog = NewDraft::new(roles, packs, pack, role_packs, last.as_ref());
        self.overlay = Some(Overlay::NewDraft(Box::new(dialog)));
    }
}
