//! The one merge routine every `--into` format shares: which job in the user's file an entry
//! updates, what its highlights become, and where a job the file lacks goes. Each format reads
//! its file into [`FileJob`]s, asks for a [`Plan`], and applies it in its own syntax.
//!
//! Choices:
//! - A job matches when the employer and the title agree (ignoring case, in any script, and
//!   runs of spaces), and, when both sides give a start date, their months agree too (so two
//!   stints at the same company with the same title stay apart; `2021-03-01` in a file is
//!   March 2021, and a year alone agrees with any month of that year).
//! - Resumes list the current role first, then by end date, newest first. A job the file lacks
//!   goes before the first job in the file that is older by that rule, or last; the jobs already in
//!   the file keep the order the user gave them.

use super::entries::{MergeMode, MergeSummary, WorkEntry};

/// A job already in the user's file, as the merge sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileJob {
    /// The employer, as written in the file.
    pub company: Option<String>,
    /// The title, as written in the file.
    pub position: Option<String>,
    /// The start month, `YYYY-MM` (or `YYYY` for a year alone), when the file gives one.
    pub start: Option<String>,
    /// The end month, `YYYY-MM` (or `YYYY` for a year alone), when the file gives one.
    pub end: Option<String>,
    /// The file says the job is current (`present`, or no end date).
    pub current: bool,
    /// The job's highlights in the file's own notation.
    pub highlights: Vec<String>,
}

/// What to change in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// `(index in the file, the highlights it ends up with)`, in file order.
    pub updates: Vec<(usize, Vec<String>)>,
    /// `(insert before this index in the file, index in the entries)`; an index equal to the
    /// number of jobs means after the last one. Sorted by position, then resume order.
    pub inserts: Vec<(usize, usize)>,
    /// How many jobs were updated and added.
    pub summary: MergeSummary,
}

/// Plans the merge. `ours[i]` are the highlights of `work[i]` in the file's notation (escaped as
/// the format needs), so they compare with what the file holds.
pub fn plan(files: &[FileJob], work: &[WorkEntry], ours: &[Vec<String>], mode: MergeMode) -> Plan {
    let mut out = Plan::default();
    let mut order: Vec<usize> = (0..work.len()).collect();
    order.sort_by(|&a, &b| newest_first(&key_of_entry(&work[a]), &key_of_entry(&work[b])));
    for i in order {
        let entry = &work[i];
        match files.iter().position(|f| same_job(entry, f)) {
            Some(at) => {
                let merged = merged_highlights(files[at].highlights.clone(), &ours[i], mode);
                out.updates.push((at, merged));
                out.summary.updated += 1;
            }
            None => {
                let key = key_of_entry(entry);
                let before = files
                    .iter()
                    .position(|f| {
                        let theirs = key_of_file(f);
                        theirs.known() && newest_first(&key, &theirs).is_lt()
                    })
                    .unwrap_or(files.len());
                out.inserts.push((before, i));
                out.summary.added += 1;
            }
        }
    }
    out.updates.sort_by_key(|(at, _)| *at);
    out.inserts.sort_by_key(|(before, _)| *before);
    out
}

/// True when a job in a file is this entry (see the module notes).
pub fn same_job(entry: &WorkEntry, file: &FileJob) -> bool {
    let eq = |a: &str, b: Option<&str>| b.is_some_and(|b| same_words(a, b));
    let starts_agree = match (&entry.start, &file.start) {
        (Some(a), Some(b)) => same_start(a, b),
        _ => true,
    };
    eq(&entry.company, file.company.as_deref())
        && eq(&entry.position, file.position.as_deref())
        && starts_agree
}

/// Two start dates agree at the precision both give: the month when both name one, else the
/// year (a resume that writes `2021 -- Present` started in 2021, whatever the month).
fn same_start(a: &str, b: &str) -> bool {
    let parts = |d: &str| {
        let year: String = d.chars().take(4).collect();
        let month: String = d.chars().skip(5).take(2).collect();
        let month =
            (month.len() == 2 && month.chars().all(|c| c.is_ascii_digit())).then_some(month);
        (year, month)
    };
    let ((year_a, month_a), (year_b, month_b)) = (parts(a), parts(b));
    year_a == year_b
        && match (month_a, month_b) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// Two names agree ignoring case (in any script: "SOCIÉTÉ" is "Société") and runs of spaces.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// The highlights an existing entry ends up with.
pub fn merged_highlights(existing: Vec<String>, ours: &[String], mode: MergeMode) -> Vec<String> {
    match mode {
        MergeMode::Replace => ours.to_vec(),
        MergeMode::Append => {
            let mut all = existing;
            for h in ours {
                if !all.contains(h) {
                    all.push(h.clone());
                }
            }
            all
        }
    }
}

/// What resume order sorts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderKey {
    /// 0 for a current job, 1 for one with an end month, 2 for one with neither.
    rank: u8,
    end: Option<String>,
    start: Option<String>,
}

impl OrderKey {
    /// A key from a job's months (`YYYY-MM`, or longer dates whose first seven characters are).
    pub fn new(current: bool, start: Option<&str>, end: Option<&str>) -> OrderKey {
        // A year alone counts as its last month for an end, its first for a start.
        let month = |m: Option<&str>, year_only_as: &str| {
            m.map(|m| match m.len() {
                4 => format!("{m}-{year_only_as}"),
                _ => m.chars().take(7).collect::<String>(),
            })
            .filter(|m| super::entries::is_year_month(m))
        };
        let end = if current { None } else { month(end, "12") };
        let rank = if current {
            0
        } else if end.is_some() {
            1
        } else {
            2
        };
        OrderKey {
            rank,
            end,
            start: month(start, "01"),
        }
    }

    /// The job has a place in resume order (it is current or has an end month).
    fn known(&self) -> bool {
        self.rank < 2
    }
}

/// Resume order: current first, then the latest end month, then the latest start month.
pub fn newest_first(a: &OrderKey, b: &OrderKey) -> std::cmp::Ordering {
    a.rank
        .cmp(&b.rank)
        .then_with(|| b.end.cmp(&a.end))
        .then_with(|| b.start.cmp(&a.start))
}

fn key_of_entry(e: &WorkEntry) -> OrderKey {
    OrderKey::new(e.current, e.start.as_deref(), e.end.as_deref())
}

fn key_of_file(f: &FileJob) -> OrderKey {
    OrderKey::new(f.current, f.start.as_deref(), f.end.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(company: &str, start: &str, end: Option<&str>) -> WorkEntry {
        WorkEntry {
            company: company.into(),
            position: "Engineer".into(),
            start: Some(start.into()),
            end: end.map(Into::into),
            current: end.is_none(),
            highlights: vec![format!("{company} bullet.")],
        }
    }

    fn file(company: &str, start: Option<&str>, end: Option<&str>, current: bool) -> FileJob {
        FileJob {
            company: Some(company.into()),
            position: Some("engineer ".into()),
            start: start.map(Into::into),
            end: end.map(Into::into),
            current,
            highlights: vec!["Old.".into()],
        }
    }

    fn ours(work: &[WorkEntry]) -> Vec<Vec<String>> {
        work.iter().map(|w| w.highlights.clone()).collect()
    }

    #[test]
    fn a_year_alone_matches_any_month_of_that_year() {
        let role = entry("Acme", "2021-03", None);
        let mut theirs = file("Acme", Some("2021"), None, true);
        assert!(same_job(&role, &theirs));
        theirs.start = Some("2021-03-15".into());
        assert!(same_job(&role, &theirs));
        theirs.start = Some("2021-04".into());
        assert!(!same_job(&role, &theirs));
        theirs.start = Some("2020".into());
        assert!(!same_job(&role, &theirs));
        // In order, a year alone ends in its December.
        let (a, b) = (
            OrderKey::new(false, None, Some("2020")),
            OrderKey::new(false, None, Some("2020-06")),
        );
        assert!(newest_first(&a, &b).is_lt());
    }

    #[test]
    fn names_match_in_any_case_and_spacing() {
        let mut role = entry("Société Générale", "2015-09", Some("2018-01"));
        role.position = "Développeur Senior".into();
        let mut theirs = file("  SOCIÉTÉ   GÉNÉRALE ", Some("2015-09"), None, false);
        theirs.position = Some("développeur senior".into());
        assert!(same_job(&role, &theirs));
        theirs.company = Some("Société Général".into());
        assert!(!same_job(&role, &theirs));
    }

    #[test]
    fn new_jobs_go_where_their_dates_put_them_and_the_users_order_stays() {
        // The user keeps a side project (no dates) first; rung must not move it.
        let files = [
            file("Side project", None, None, false),
            file("Acme", Some("2021-03"), None, true),
            file("Old Co", Some("2015-01"), Some("2017-12"), false),
        ];
        let work = [
            entry("Acme", "2021-03", None),
            entry("Mid Co", "2018-01", Some("2021-02")),
            entry("First Co", "2012-01", Some("2014-12")),
        ];
        let p = plan(&files, &work, &ours(&work), MergeMode::Append);
        assert_eq!(p.updates, [(1, vec!["Old.".into(), "Acme bullet.".into()])]);
        assert_eq!(p.inserts, [(2, 1), (3, 2)]);
        assert_eq!(p.summary.updated, 1);
        assert_eq!(p.summary.added, 2);
    }

    #[test]
    fn a_different_start_month_is_a_different_stint() {
        let files = [file("Acme", Some("2015-01"), Some("2016-01"), false)];
        let work = [entry("ACME ", "2021-03", None)];
        let p = plan(&files, &work, &ours(&work), MergeMode::Replace);
        assert!(p.updates.is_empty());
        assert_eq!(p.inserts, [(0, 0)]);
        let undated = [file("acme", None, None, false)];
        let p = plan(&undated, &work, &ours(&work), MergeMode::Replace);
        assert_eq!(p.updates, [(0, vec!["ACME  bullet.".into()])]);
    }

    #[test]
    fn order_is_current_then_latest_end() {
        let mut keys = [
            OrderKey::new(false, Some("2010-01"), Some("2012-01")),
            OrderKey::new(false, None, None),
            OrderKey::new(true, Some("2020-01"), None),
            OrderKey::new(false, Some("2012-02"), Some("2019-05-31")),
            OrderKey::new(true, Some("2022-01"), None),
        ];
        keys.sort_by(newest_first);
        let ends: Vec<_> = keys.iter().map(|k| (k.rank, k.start.clone())).collect();
        assert_eq!(
            ends,
            [
                (0, Some("2022-01".into())),
                (0, Some("2020-01".into())),
                (1, Some("2012-02".into())),
                (1, Some("2010-01".into())),
                (2, None),
            ]
        );
    }

    #[test]
    fn append_skips_bullets_already_there() {
        let existing = vec!["Old.".to_string(), "Same.".to_string()];
        let ours = vec!["Same.".to_string(), "New.".to_string()];
        assert_eq!(
            merged_highlights(existing.clone(), &ours, MergeMode::Append),
            ["Old.", "Same.", "New."]
        );
        assert_eq!(
            merged_highlights(existing, &ours, MergeMode::Replace),
            ["Same.", "New."]
        );
    }
}
