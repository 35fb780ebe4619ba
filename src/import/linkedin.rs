//! LinkedIn's data export: the ZIP (Settings > Data privacy > Get a copy of your data) or its
//! `Positions.csv`, with the columns Company Name, Title, Description, Location, Started On and
//! Finished On. Each row is a role; each line of its description is a bullet (list markers such
//! as `•` or `-` removed; a line without a marker after one with a marker continues it). An empty
//! Finished On means a current role.

use super::dates::{self, DateRange};
use super::{Format, FoundBullet, FoundRole, ImportError, Resume, Source, zipped};

/// Reads the export's ZIP.
pub fn read_zip(file: &str, bytes: &[u8]) -> Result<Resume, ImportError> {
    let csv =
        zipped::entry(file, bytes, zipped::is_positions)?.ok_or_else(|| ImportError::LinkedIn {
            file: file.into(),
            reason: "the archive has no Positions.csv".into(),
        })?;
    let text = String::from_utf8_lossy(&csv).into_owned();
    let mut resume = read_csv(&format!("{file}/Positions.csv"), &text)?;
    resume.file = file.into();
    Ok(resume)
}

/// Reads `Positions.csv`.
pub fn read_csv(file: &str, text: &str) -> Result<Resume, ImportError> {
    let bad = |reason: String| ImportError::LinkedIn {
        file: file.into(),
        reason,
    };
    let (_, text) = crate::safe_text::split_bom(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| bad(format!("not a CSV file: {e}")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(company), Some(title)) = (column("Company Name"), column("Title")) else {
        return Err(bad(
            "it has no `Company Name` and `Title` columns, so it is not LinkedIn's Positions.csv"
                .into(),
        ));
    };
    let description = column("Description");
    let started = column("Started On");
    let finished = column("Finished On");
    let mut roles = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| bad(format!("a row cannot be read: {e}")))?;
        let line = record.position().map_or(0, |p| p.line() as u32);
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .unwrap_or("")
                .to_string()
        };
        let source = Source {
            file: file.into(),
            page: None,
            line,
        };
        let bullets = bullets_of(&get(description), &source);
        roles.push(FoundRole {
            company: super::normalise(&get(Some(company))),
            title: super::normalise(&get(Some(title))),
            dates: date_range(&get(started), &get(finished)),
            source,
            bullets,
        });
    }
    Ok(Resume {
        file: file.into(),
        format: Format::Linkedin,
        roles,
        unplaced: Vec::new(),
        notices: Vec::new(),
    })
}

fn date_range(started: &str, finished: &str) -> Option<DateRange> {
    if started.is_empty() {
        return None;
    }
    let month = |s: &str| dates::find(s).and_then(|(d, _)| d.start);
    let current = finished.is_empty();
    Some(DateRange {
        text: format!(
            "{started} \u{2013} {}",
            if current { "Present" } else { finished }
        ),
        start: month(started),
        end: if current { None } else { month(finished) },
        current,
    })
}

/// The bullets of a description, one a line.
fn bullets_of(description: &str, source: &Source) -> Vec<FoundBullet> {
    let mut out: Vec<FoundBullet> = Vec::new();
    let mut last_had_marker = false;
    for (n, line) in description.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            last_had_marker = false;
            continue;
        }
        let marked = crate::coach::input::strip_marker(t);
        let text = super::normalise(marked.unwrap_or(t));
        if marked.is_none()
            && last_had_marker
            && let Some(prev) = out.last_mut()
        {
            prev.text.push(' ');
            prev.text.push_str(&text);
            continue;
        }
        last_had_marker = marked.is_some();
        out.push(FoundBullet {
            text,
            source: Source {
                line: source.line + n as u32,
                ..source.clone()
            },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_csv_rows_are_roles() {
        let csv = "Company Name,Title,Description,Location,Started On,Finished On\n\
                   Acme,Backend Engineer,\"\u{2022} Cut costs by 30%\n\u{2022} Led a team of 4\",Berlin,Jan 2020,\n\
                   Initech,Intern,Wrote tests,,Jun 2018,Aug 2018\n";
        let r = read_csv("Positions.csv", csv).unwrap();
        assert_eq!(r.roles.len(), 2);
        assert_eq!(r.roles[0].bullets.len(), 2);
        assert_eq!(r.roles[0].bullets[1].text, "Led a team of 4");
        assert!(r.roles[0].dates.as_ref().unwrap().current);
        assert_eq!(
            r.roles[1].dates.as_ref().unwrap().end.as_deref(),
            Some("2018-08")
        );
        assert_eq!(r.roles[1].bullets[0].source.line, 4);
    }

    #[test]
    fn other_csv_files_are_refused_with_what_to_do() {
        let err = read_csv("x.csv", "a,b\n1,2\n").unwrap_err().to_string();
        assert!(err.contains("Positions.csv"), "{err}");
    }
}
