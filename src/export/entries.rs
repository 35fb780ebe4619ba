//! The resume entries that structured formats (JSON Resume, RenderCV) are built from: one per
//! role that has bullets, with its dates, and how to merge them into entries already in a file.
//!
//! Choices: drafts without a role cannot become a job entry (there is no company or title to
//! put on it), so they are counted and left out, and the command says how to give them a role.
//! Entries come in resume order (see `group`); how they merge into a file is in `merge`.

use super::group::RoleGroup;

/// One job on the resume, built from a role and its bullets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkEntry {
    /// The employer (JSON Resume `name`, RenderCV `company`).
    pub company: String,
    /// The job title.
    pub position: String,
    /// `YYYY-MM`, when the role has a well-formed start month.
    pub start: Option<String>,
    /// `YYYY-MM`, when the role ended and has a well-formed end month.
    pub end: Option<String>,
    /// The user still holds this role.
    pub current: bool,
    /// The bullets, as plain text.
    pub highlights: Vec<String>,
}

/// The entries of the groups that have a role, and how many bullets had none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entries {
    /// One entry per role with bullets, current first, then by end date, newest first.
    pub work: Vec<WorkEntry>,
    /// Bullets left out because their draft has no role.
    pub without_role: usize,
}

/// Turns role groups into work entries. Months that are not `YYYY-MM` are left out rather than
/// written in a shape the target format would reject.
pub fn work_entries(groups: &[RoleGroup]) -> Entries {
    let mut out = Entries::default();
    for g in groups {
        match &g.role {
            Some(role) => out.work.push(WorkEntry {
                company: role.company.clone(),
                position: role.title.clone(),
                start: role.start.clone().filter(|m| is_year_month(m)),
                end: if role.current {
                    None
                } else {
                    role.end.clone().filter(|m| is_year_month(m))
                },
                current: role.current,
                highlights: g.bullets.clone(),
            }),
            None => out.without_role += g.bullets.len(),
        }
    }
    out
}

/// `YYYY-MM` with a month from 01 to 12 and a year from 1000 to 2999.
pub fn is_year_month(text: &str) -> bool {
    let Some((y, m)) = text.split_once('-') else {
        return false;
    };
    y.len() == 4
        && y.bytes().all(|b| b.is_ascii_digit())
        && matches!(y.as_bytes()[0], b'1' | b'2')
        && m.len() == 2
        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
}

/// How bullets go into an entry that already exists in the file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MergeMode {
    /// The entry's highlights become exactly the exported bullets.
    #[default]
    Replace,
    /// The exported bullets are added after the entry's highlights, skipping any already there.
    Append,
}

/// Why a file cannot be merged into (the caller adds the file name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// Not valid JSON or YAML: where (line 0 when unknown) and why.
    Syntax {
        /// The line of the error (1-based; 0 when the parser did not say).
        line: usize,
        /// The column of the error (1-based; 0 when the parser did not say).
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// Valid, but not shaped like a resume file of that format.
    Shape(String),
}

/// What a merge changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Entries in the file whose highlights were replaced or extended.
    pub updated: usize,
    /// Entries added because no entry in the file had that company and position.
    pub added: usize,
}

impl std::fmt::Display for MergeSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: usize| if n == 1 { "entry" } else { "entries" };
        write!(
            f,
            "{} {} updated, {} {} added",
            self.updated,
            plural(self.updated),
            self.added,
            plural(self.added)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_months_are_checked() {
        for (text, ok) in [
            ("2021-03", true),
            ("1999-12", true),
            ("2021-13", false),
            ("2021-00", false),
            ("2021-3", false),
            ("21-03", false),
            ("present", false),
            ("3021-01", false),
        ] {
            assert_eq!(is_year_month(text), ok, "{text}");
        }
    }
}
