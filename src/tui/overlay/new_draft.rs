//! The "new draft" dialog: which role (one of the workspace's, none, or a new one typed as
//! "Title, Company") and which question pack. It opens on the choices made last in this
//! session, else on no role and the workspace's pack (`[settings] pack` in `rung.toml`).
//! Changing the role sets the pack to [`NewDraft::pack_for_role`].

use crate::tui::app::msg::RoleLabel;
use crate::workspace::Role;

/// The rows of the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Which role.
    Role,
    /// The new role's "Title, Company", being typed.
    NewRole,
    /// Which pack.
    Pack,
}

/// What was chosen last in this session, preselected next time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastChoice {
    /// The role key (`None`: no role).
    pub role: Option<String>,
    /// The pack's name.
    pub pack: String,
}

/// The dialog's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDraft {
    /// The workspace's roles.
    pub roles: Vec<RoleLabel>,
    /// Every pack's name.
    pub packs: Vec<String>,
    /// The workspace's pack for new drafts.
    pub default_pack: String,
    /// Each role's own pack, by role key (a role without one takes `default_pack`).
    pub role_packs: Vec<(String, String)>,
    /// 0: no role; 1..=roles.len(): that role; roles.len() + 1: a new role.
    pub role: usize,
    /// The chosen pack, an index into `packs`.
    pub pack: usize,
    /// The new role as typed ("Title, Company").
    pub new_role: String,
    /// The row with focus.
    pub row: Row,
}

/// What the dialog starts: a draft in this role (added first when `add` holds it) and pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    /// The role key, if any.
    pub role: Option<String>,
    /// A role to add to the workspace first.
    pub add: Option<Role>,
    /// The pack.
    pub pack: String,
}

impl NewDraft {
    /// The dialog over `roles` and `packs`, on `last` when it still fits, else on no role and
    /// `default_pack`.
    pub fn new(
        roles: Vec<RoleLabel>,
        mut packs: Vec<String>,
        default_pack: String,
        role_packs: Vec<(String, String)>,
        last: Option<&LastChoice>,
    ) -> NewDraft {
        if !packs.contains(&default_pack) {
            packs.push(default_pack.clone());
        }
        let role = last
            .and_then(|l| l.role.as_ref())
            .and_then(|k| roles.iter().position(|r| &r.key == k))
            .map_or(0, |i| i + 1);
        let mut dialog = NewDraft {
            roles,
            packs,
            default_pack,
            role_packs,
            role,
            pack: 0,
            new_role: String::new(),
            row: Row::Role,
        };
        let pack = match last {
            Some(l) => l.pack.clone(),
            None => dialog.pack_for_role(dialog.role_key().as_deref()),
        };
        dialog.select_pack(&pack);
        dialog
    }

    /// The pack a draft of `role` starts with: the role's own pack (`pack` in its `[[role]]`),
    /// else the workspace's, as `rung new --role` picks it (`WorkspaceFile::pack_for`).
    pub fn pack_for_role(&self, role: Option<&str>) -> String {
        role.and_then(|key| self.role_packs.iter().find(|(k, _)| k == key))
            .map(|(_, pack)| pack.clone())
            .filter(|pack| self.packs.contains(pack))
            .unwrap_or_else(|| self.default_pack.clone())
    }

    /// True when "a new role" is chosen.
    pub fn adding_role(&self) -> bool {
        self.role == self.roles.len() + 1
    }

    /// The chosen role as shown.
    pub fn role_text(&self) -> String {
        match self.role {
            0 => "no role".to_string(),
            i if i <= self.roles.len() => self.roles[i - 1].label.clone(),
            _ => "a new role…".to_string(),
        }
    }

    /// The chosen pack's name.
    pub fn pack_name(&self) -> &str {
        self.packs.get(self.pack).map_or("", String::as_str)
    }

    fn role_key(&self) -> Option<String> {
        (1..=self.roles.len())
            .contains(&self.role)
            .then(|| self.roles[self.role - 1].key.clone())
    }

    fn select_pack(&mut self, name: &str) {
        self.pack = self.packs.iter().position(|p| p == name).unwrap_or(0);
    }

    /// The next row (the new role's row only while adding one).
    pub fn next_row(&mut self) {
        self.row = match self.row {
            Row::Role if self.adding_role() => Row::NewRole,
            Row::Role | Row::NewRole => Row::Pack,
            Row::Pack => Row::Role,
        };
    }

    /// The next (or previous) choice on the focused row.
    pub fn cycle(&mut self, forward: bool) {
        let step = |at: usize, n: usize| {
            if forward {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            }
        };
        match self.row {
            Row::Role => {
                self.role = step(self.role, self.roles.len() + 2);
                let pack = self.pack_for_role(self.role_key().as_deref());
                self.select_pack(&pack);
            }
            Row::Pack => self.pack = step(self.pack, self.packs.len().max(1)),
            Row::NewRole => {}
        }
    }

    /// What to start, or what is missing.
    pub fn start(&self) -> Result<Start, String> {
        let pack = self.pack_name().to_string();
        if !self.adding_role() {
            return Ok(Start {
                role: self.role_key(),
                add: None,
                pack,
            });
        }
        let typed = crate::safe_text::strip(self.new_role.trim()).into_owned();
        let Some((title, company)) = typed
            .rsplit_once(',')
            .map(|(t, c)| (t.trim(), c.trim()))
            .filter(|(t, c)| !t.is_empty() && !c.is_empty())
        else {
            return Err(
                "type the new role as Title, Company (for example: Backend Engineer, Acme)".into(),
            );
        };
        let base = crate::import::apply::slug(company);
        let taken = |k: &str| self.roles.iter().any(|r| r.key == k);
        let key = (1..)
            .map(|n| match n {
                1 => base.clone(),
                n => format!("{base}-{n}"),
            })
            .find(|k| !taken(k))
            .unwrap_or(base);
        let role = Role {
            key: key.clone(),
            company: company.to_string(),
            title: title.to_string(),
            start: None,
            end: None,
            current: false,
            pack: None,
        };
        Ok(Start {
            role: Some(key),
            add: Some(role),
            pack,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles() -> Vec<RoleLabel> {
        vec![RoleLabel {
            key: "acme".into(),
            label: "Engineer, Acme".into(),
            current: true,
        }]
    }

    #[test]
    fn a_new_role_needs_a_title_and_a_company_and_gets_a_free_key() {
        let packs = vec!["general".to_string(), "backend".to_string()];
        let mut d = NewDraft::new(roles(), packs, "general".into(), Vec::new(), None);
        d.cycle(false);
        assert!(d.adding_role());
        d.new_role = "Engineer".into();
        assert!(d.start().is_err());
        d.new_role = "Staff Engineer, ACME!".into();
        let start = d.start().unwrap();
        assert_eq!(start.role.as_deref(), Some("acme-2"));
        assert_eq!(start.add.unwrap().title, "Staff Engineer");
    }

    #[test]
    fn choosing_a_role_picks_its_own_pack_and_no_role_the_workspace_pack() {
        let packs = vec!["general".to_string(), "backend".to_string()];
        let role_packs = vec![("acme".to_string(), "backend".to_string())];
        let mut d = NewDraft::new(roles(), packs, "general".into(), role_packs, None);
        assert_eq!(d.pack_for_role(Some("acme")), "backend");
        assert_eq!(d.pack_for_role(None), "general");
        assert_eq!(d.pack_for_role(Some("gone")), "general");
        d.cycle(true);
        assert_eq!(d.role_key().as_deref(), Some("acme"));
        assert_eq!(d.pack_name(), "backend");
    }
}
