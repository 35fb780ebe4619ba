//! The effects of the trash view and of the "new draft" dialog, against the store.

use super::Runtime;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::runtime::clock::Clock;
use crate::tui::runtime::store::Store;
use crate::tui::screens::home::listing;

impl<S: Store, C: Clock> Runtime<S, C> {
    /// Lists, restores from or empties the trash; reads the dialog's choices or adds a role.
    pub(super) fn draft_effect(&mut self, effect: Effect) -> Option<Msg> {
        let warn = |text: String| Msg::Notice {
            text,
            warning: true,
        };
        Some(match effect {
            Effect::ListTrash => {
                Msg::TrashListed(self.store.list_trash().map_err(|e| e.to_string()))
            }
            Effect::Restore(name) => match self.store.restore_trashed(&name) {
                Ok(id) => Msg::Restored(id),
                Err(e) => warn(format!("not restored: {e}")),
            },
            Effect::EmptyTrash => match self.store.empty_trash() {
                Ok((removed, left)) => Msg::TrashEmptied { removed, left },
                Err(e) => warn(format!("the trash was not emptied: {e}")),
            },
            Effect::AddRole(role) => match self.store.add_role(role) {
                Ok(()) => Msg::Roles(listing::role_labels(self.store.file())),
                Err(e) => warn(format!("the new role was not added: {e}")),
            },
            Effect::NewDraftChoices => {
                let file = self.store.file();
                let pack = file.settings.pack.clone();
                let role_packs = file
                    .roles
                    .iter()
                    .map(|r| (r.key.clone(), file.pack_for(Some(&r.key), |_| true)))
                    .collect();
                Msg::NewDraftChoices {
                    role_packs,
                    last: self.store.last_choice(),
                    roles: listing::role_labels(file),
                    pack,
                }
            }
            _ => return None,
        })
    }
}
