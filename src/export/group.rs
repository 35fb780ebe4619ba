//! Choosing which drafts to export and grouping their bullets by role.

use super::merge::{OrderKey, newest_first};
use crate::ladder::{Draft, PackSet, Status, Style, bullet};
use crate::workspace::Role;

/// Which drafts to export.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only drafts of this role key.
    pub role: Option<String>,
    /// Only drafts carrying this tag.
    pub tag: Option<String>,
    /// Include unfinished drafts too (default: finished only).
    pub all: bool,
    /// Assemble in this style instead of each draft's own.
    pub style: Option<Style>,
}

impl Filter {
    /// True when the draft passes the filter.
    pub fn accepts(&self, draft: &Draft) -> bool {
        (self.all || draft.status == Status::Finished)
            && self
                .role
                .as_ref()
                .is_none_or(|r| draft.role.as_deref() == Some(r.as_str()))
            && self
                .tag
                .as_ref()
                .is_none_or(|t| draft.tags.iter().any(|x| x == t))
    }
}

/// The bullets of one role, in resume order (oldest draft first, as they were written).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleGroup {
    /// The role, or `None` for drafts without one (or whose role is not in `rung.toml`).
    pub role: Option<Role>,
    /// The text of each chosen draft of this role, blank ones left out.
    pub bullets: Vec<String>,
}

/// Groups the bullets of the drafts that pass `filter` by role, in resume order: the current role
/// first, then by end date, newest first (roles without dates keep their `rung.toml` order, after
/// the dated ones); drafts without a known role last. Empty bullets are skipped.
pub fn group_by_role(
    drafts: &[Draft],
    roles: &[Role],
    packs: &PackSet,
    filter: &Filter,
) -> Vec<RoleGroup> {
    let mut chosen: Vec<&Draft> = drafts.iter().filter(|d| filter.accepts(d)).collect();
    chosen.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    // Exports carry no invisible characters (a zero-width space or a byte order mark pasted
    // into an answer would split a keyword for an applicant tracking system).
    let text = |d: &Draft| {
        let b = bullet(
            d,
            packs.get_or_default(&d.pack),
            filter.style.unwrap_or(d.style),
        );
        crate::safe_text::drop_invisible(&b).into_owned()
    };
    let known = |key: &str| roles.iter().any(|r| r.key == key);

    let mut ordered: Vec<&Role> = roles.iter().collect();
    ordered.sort_by(|a, b| newest_first(&order_key(a), &order_key(b)));
    let mut groups: Vec<RoleGroup> = ordered
        .into_iter()
        .map(|role| RoleGroup {
            role: Some(visible_role(role)),
            bullets: chosen
                .iter()
                .filter(|d| d.role.as_deref() == Some(&role.key))
                .map(|d| text(d))
                .collect(),
        })
        .collect();
    groups.push(RoleGroup {
        role: None,
        bullets: chosen
            .iter()
            .filter(|d| !d.role.as_deref().is_some_and(known))
            .map(|d| text(d))
            .collect(),
    });
    for g in &mut groups {
        g.bullets.retain(|b| !b.trim().is_empty());
    }
    groups.retain(|g| !g.bullets.is_empty());
    groups
}

/// Where a role sorts in resume order.
pub fn order_key(role: &Role) -> OrderKey {
    OrderKey::new(role.current, role.start.as_deref(), role.end.as_deref())
}

/// The role with invisible characters taken out of what an export prints.
fn visible_role(role: &Role) -> Role {
    let clean = |s: &str| crate::safe_text::drop_invisible(s).into_owned();
    Role {
        company: clean(&role.company),
        title: clean(&role.title),
        ..role.clone()
    }
}

/// A role's heading: `Title, Company`.
pub fn role_heading(role: &Role) -> String {
    format!("{}, {}", role.title, role.company)
}

/// A role's dates for a resume: `Mar 2021 - present`, `Jan 2019 - Feb 2021`, or empty.
pub fn role_dates(role: &Role) -> String {
    let start = role.start.as_deref().map(month_year);
    let end = if role.current {
        Some("present".to_string())
    } else {
        role.end.as_deref().map(month_year)
    };
    match (start, end) {
        (Some(s), Some(e)) => format!("{s} - {e}"),
        (Some(s), None) => s,
        (None, Some(e)) => format!("until {e}"),
        (None, None) => String::new(),
    }
}

/// `2021-03` -> `Mar 2021`; anything else is returned as written.
pub fn month_year(ym: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parsed = ym.split_once('-').and_then(|(y, m)| {
        let month: usize = m.parse().ok()?;
        let name = MONTHS.get(month.checked_sub(1)?)?;
        (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())).then(|| format!("{name} {y}"))
    });
    parsed.unwrap_or_else(|| ym.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(start: Option<&str>, end: Option<&str>, current: bool) -> Role {
        Role {
            key: "acme".into(),
            company: "Acme".into(),
            title: "Engineer".into(),
            start: start.map(Into::into),
            end: end.map(Into::into),
            current,
            pack: None,
        }
    }

    #[test]
    fn dates_read_like_a_resume() {
        assert_eq!(
            role_dates(&role(Some("2021-03"), None, true)),
            "Mar 2021 - present"
        );
        assert_eq!(
            role_dates(&role(Some("2019-01"), Some("2021-02"), false)),
            "Jan 2019 - Feb 2021"
        );
        assert_eq!(role_dates(&role(None, None, false)), "");
        assert_eq!(role_dates(&role(Some("2019-13"), None, false)), "2019-13");
    }
}
