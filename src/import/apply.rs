//! Bringing what a reader found into the workspace: roles matched to existing ones (same company
//! and title, ignoring case and spacing) or added with a key made from the company; one draft per
//! chosen bullet, its answers pre-filled by the coach's rung detection, tagged `imported`, and
//! holding the original text and its place ([`ImportedFrom`]). A bullet whose text a draft of
//! the same role already holds as its original is skipped, so importing a file twice adds
//! nothing the second time.

use std::collections::HashSet;

use serde::Serialize;

use super::{FoundRole, Resume, Source, normalise};
use crate::ladder::draft::ImportedFrom;
use crate::ladder::{Draft, DraftId, Rung, Style};
use crate::workspace::{Role, Workspace, WorkspaceError, is_year_month};

/// What an import would do, before it does it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportPlan {
    /// One entry per role found, in the resume's order.
    pub roles: Vec<PlannedRole>,
    /// Every bullet found, in the resume's order.
    pub bullets: Vec<PlannedBullet>,
}

/// A role found, and the workspace role it goes to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedRole {
    /// The role as the workspace will have it (key, company, title, dates).
    pub role: Role,
    /// True when the workspace already has this role.
    pub existing: bool,
    /// "Title, Company".
    pub label: String,
}

/// A bullet found, with what the coach makes of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedBullet {
    /// Index into [`ImportPlan::roles`].
    pub role: usize,
    /// The bullet as found.
    pub text: String,
    /// Where it was found.
    pub source: Source,
    /// How many rungs it climbs already (0..=5).
    pub level: u8,
    /// Which rungs it has, bottom to top.
    pub cells: [bool; 5],
    /// The draft that already holds this bullet, from an earlier import.
    pub existing: Option<DraftId>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportReport {
    /// Keys of the roles added to `rung.toml`.
    pub roles_added: Vec<String>,
    /// The drafts made: (bullet index, draft id).
    pub drafts: Vec<(usize, DraftId)>,
    /// Bullets skipped because an earlier import brought them in.
    pub skipped: usize,
}

/// Matches the resume's roles and bullets against the workspace, changing nothing.
pub fn plan_for(workspace: &Workspace, resume: &Resume) -> Result<ImportPlan, WorkspaceError> {
    Ok(plan(&workspace.roles()?, &workspace.list().drafts, resume))
}

/// Matches the resume's roles and bullets against these roles and drafts.
pub fn plan(existing_roles: &[Role], drafts: &[Draft], resume: &Resume) -> ImportPlan {
    let already: HashSet<(Option<&str>, String)> = drafts
        .iter()
        .filter_map(|d| {
            d.imported
                .as_ref()
                .map(|i| (d.role.as_deref(), normalise(&i.text)))
        })
        .collect();
    let mut keys: HashSet<String> = existing_roles.iter().map(|r| r.key.clone()).collect();
    let mut roles = Vec::new();
    let mut bullets = Vec::new();
    for found in &resume.roles {
        let matched = existing_roles.iter().find(|r| same_role(r, found));
        let planned = match matched {
            Some(r) => PlannedRole {
                role: r.clone(),
                existing: true,
                label: found.label(),
            },
            None => {
                // Two found roles with the same company and title are one role.
                if let Some(i) = roles
                    .iter()
                    .position(|p: &PlannedRole| !p.existing && same_role(&p.role, found))
                {
                    let planned: &PlannedRole = &roles[i];
                    planned.clone()
                } else {
                    let role = new_role(found, &mut keys);
                    PlannedRole {
                        label: found.label(),
                        role,
                        existing: false,
                    }
                }
            }
        };
        let index = roles.len();
        let key = planned.role.key.clone();
        roles.push(planned);
        let mut seen_here: HashSet<String> = HashSet::new();
        for b in &found.bullets {
            let text = normalise(&b.text);
            let detection = crate::coach::detect(&text);
            let existing = drafts
                .iter()
                .find(|d| {
                    d.role.as_deref() == Some(key.as_str())
                        && d.imported
                            .as_ref()
                            .is_some_and(|i| normalise(&i.text) == text)
                })
                .map(|d| d.id.clone());
            let repeated = !seen_here.insert(text.clone())
                || (existing.is_none() && already.contains(&(Some(key.as_str()), text.clone())));
            if repeated && existing.is_none() {
                continue;
            }
            bullets.push(PlannedBullet {
                role: index,
                source: b.source.clone(),
                level: detection.level(),
                cells: detection.cells(),
                existing,
                text,
            });
        }
    }
    ImportPlan { roles, bullets }
}

fn same_role(role: &Role, found: &FoundRole) -> bool {
    let eq = |a: &str, b: &str| normalise(a).to_lowercase() == normalise(b).to_lowercase();
    eq(&role.company, or_unnamed(&found.company, COMPANY))
        && eq(&role.title, or_unnamed(&found.title, TITLE))
}

const COMPANY: &str = "(company not found)";
const TITLE: &str = "(title not found)";

fn or_unnamed<'a>(text: &'a str, unnamed: &'a str) -> &'a str {
    if text.trim().is_empty() {
        unnamed
    } else {
        text
    }
}

/// A new role for `found`, with a key not yet in `keys` (which it joins).
fn new_role(found: &FoundRole, keys: &mut HashSet<String>) -> Role {
    let base = slug(if found.company.trim().is_empty() {
        &found.title
    } else {
        &found.company
    });
    let mut key = base.clone();
    let mut n = 2;
    while keys.contains(&key) {
        key = format!("{base}-{n}");
        n += 1;
    }
    keys.insert(key.clone());
    let clean = |s: &str| crate::safe_text::strip(s).into_owned();
    let mut role = Role {
        key,
        company: clean(or_unnamed(&found.company, COMPANY)),
        title: clean(or_unnamed(&found.title, TITLE)),
        start: None,
        end: None,
        current: false,
        pack: None,
    };
    if let Some(d) = &found.dates {
        role.start = d.start.clone().filter(|s| is_year_month(s));
        role.end = d.end.clone().filter(|s| is_year_month(s));
        role.current = d.current;
        if crate::workspace::role_problem(&role).is_some() {
            role.start = None;
            role.end = None;
            role.current = false;
        }
    }
    role
}

/// A role key from a name: lower case letters and digits joined by `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 24 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "imported".into()
    } else {
        out
    }
}

/// What carrying out a plan makes: the roles to add and the drafts (with the index of their
/// bullet), and how many chosen bullets were imported before.
#[derive(Debug, Clone, Default)]
pub struct Made {
    /// Roles the workspace does not have yet.
    pub roles: Vec<Role>,
    /// (bullet index, draft).
    pub drafts: Vec<(usize, Draft)>,
    /// Chosen bullets skipped because an earlier import brought them in.
    pub skipped: usize,
}

/// The roles and drafts that importing the `chosen` bullets of `plan` makes; `new_id` gives each
/// draft its id. Writes nothing.
pub fn make(
    plan: &ImportPlan,
    chosen: &[usize],
    pack: &str,
    style: Style,
    now: jiff::Timestamp,
    new_id: &mut dyn FnMut() -> DraftId,
) -> Made {
    let mut made = Made::default();
    let mut added: HashSet<String> = HashSet::new();
    for &i in chosen {
        let Some(b) = plan.bullets.get(i) else {
            continue;
        };
        if b.existing.is_some() {
            made.skipped += 1;
            continue;
        }
        let planned = &plan.roles[b.role];
        if !planned.existing && added.insert(planned.role.key.clone()) {
            made.roles.push(planned.role.clone());
        }
        let mut draft = Draft::new(new_id(), now, pack);
        draft.style = style;
        draft.role = Some(planned.role.key.clone());
        draft.tags.push("imported".into());
        draft.answers = crate::coach::import::answers_from(&crate::safe_text::strip(&b.text));
        draft.rung = Rung::ALL
            .into_iter()
            .find(|r| !draft.is_answered(*r))
            .unwrap_or(Rung::Metric);
        draft.imported = Some(ImportedFrom {
            text: b.text.clone(),
            file: b.source.file.clone(),
            page: b.source.page,
            line: b.source.line,
        });
        made.drafts.push((i, draft));
    }
    made
}

/// Carries out `plan` for the bullets whose indices are in `chosen`: adds the roles they need
/// and writes one draft each (bullets an earlier import brought in are skipped).
pub fn run_plan(
    workspace: &Workspace,
    plan: &ImportPlan,
    chosen: &[usize],
    pack: &str,
    style: Style,
) -> Result<ImportReport, WorkspaceError> {
    let now = jiff::Timestamp::now();
    let made = make(plan, chosen, pack, style, now, &mut || {
        workspace.new_id(now)
    });
    let mut report = ImportReport {
        skipped: made.skipped,
        ..ImportReport::default()
    };
    for role in made.roles {
        let key = role.key.clone();
        match workspace.add_role(role) {
            Ok(()) => report.roles_added.push(key),
            // Another rung added it meanwhile: the drafts go to it all the same.
            Err(WorkspaceError::RoleExists(_)) => {}
            Err(e) => return Err(e),
        }
    }
    for (i, draft) in made.drafts {
        workspace.save(&draft)?;
        report.drafts.push((i, draft.id));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_slugs() {
        assert_eq!(slug("Acme Corp, Inc."), "acme-corp-inc");
        assert_eq!(slug("  "), "imported");
        assert_eq!(slug("Zürich Labs"), "z-rich-labs");
    }
}
