//! Plain text: each role's heading and dates on a line, then its bullets as `- ` lines.
//! Drafts without a role come last, under no heading.

use super::group::{RoleGroup, role_dates, role_heading};

/// Renders the groups as plain text, one bullet per line.
pub fn render(groups: &[RoleGroup]) -> String {
    let mut out = String::new();
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(role) = &g.role {
            out.push_str(&role_heading(role));
            let dates = role_dates(role);
            if !dates.is_empty() {
                out.push_str(" (");
                out.push_str(&dates);
                out.push(')');
            }
            out.push('\n');
        }
        for b in &g.bullets {
            out.push_str("- ");
            out.push_str(b);
            out.push('\n');
        }
    }
    out
}
