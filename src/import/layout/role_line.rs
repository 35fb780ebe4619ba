//! A role's header lines (the lines above its first bullet) as company, title and dates: dates
//! are read from any piece, a right-hand piece without a date (the place) is left out, a place
//! written after a name ("Engineer, Austin, TX") is dropped, and title words decide which of two
//! names is the title.

use super::super::dates::{self, DateRange};
use super::super::{FoundRole, Source, Unplaced};
use super::Line;

const TITLE_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "intern",
    "manager",
    "analyst",
    "scientist",
    "lead",
    "architect",
    "consultant",
    "designer",
    "director",
    "assistant",
    "specialist",
    "administrator",
    "officer",
    "head",
    "vp",
    "president",
    "programmer",
    "researcher",
    "technician",
    "associate",
    "coordinator",
    "sre",
    "devops",
    "founder",
    "co-founder",
    "cto",
    "ceo",
    "owner",
    "fellow",
    "teacher",
    "instructor",
    "principal",
    "staff",
    "senior",
    "junior",
    "contractor",
    "freelance",
    "freelancer",
    "writer",
    "editor",
    "tester",
    "qa",
    "internship",
    "trainee",
    "apprentice",
];

/// How much a piece of text reads like a job title.
fn title_score(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| TITLE_WORDS.contains(&w.to_lowercase().as_str()))
        .count()
}

/// A role from its header lines, and any header text that was left over.
pub fn role_from(header: &[Line]) -> (FoundRole, Vec<Unplaced>) {
    let mut dates: Option<DateRange> = None;
    let mut names: Vec<(String, &Line)> = Vec::new();
    for line in header {
        for (i, seg) in line.segments.iter().enumerate() {
            let mut seg = seg.clone();
            if dates.is_none()
                && let Some((d, span)) = dates::find(&seg)
            {
                seg.replace_range(span, " ");
                dates = Some(d);
            }
            let rest = strip_place(&trim_separators(&crate::import::normalise(&seg)));
            // A right-hand piece without a date is the place (or a note): left out.
            if i == 0 && !rest.is_empty() {
                names.push((rest, line));
            }
        }
    }
    let mut extra = Vec::new();
    while names.len() > 2 {
        let (text, line) = names.remove(0);
        extra.push(Unplaced {
            text,
            source: line.source.clone(),
        });
    }
    let source = header.first().map(|l| l.source.clone()).unwrap_or(Source {
        file: String::new(),
        page: None,
        line: 0,
    });
    let (company, title) = match names.as_slice() {
        [] => (String::new(), String::new()),
        [(one, _)] => split_one(one),
        [(a, _), (b, _)] => {
            if title_score(a) > title_score(b) {
                (b.clone(), a.clone())
            } else {
                (a.clone(), b.clone())
            }
        }
        _ => unreachable!("at most two names"),
    };
    (
        FoundRole {
            company,
            title,
            dates,
            source,
            bullets: Vec::new(),
        },
        extra,
    )
}

/// "Title at Company", "Company | Title", "Title, Company", or a lone name.
fn split_one(text: &str) -> (String, String) {
    for sep in [
        " at ",
        " @ ",
        " | ",
        " \u{2014} ",
        " \u{2013} ",
        " - ",
        ", ",
    ] {
        if let Some((a, b)) = text.split_once(sep) {
            let (a, b) = (a.trim().to_string(), b.trim().to_string());
            return if sep == " at " || sep == " @ " || title_score(&a) >= title_score(&b) {
                (b, a)
            } else {
                (a, b)
            };
        }
    }
    if title_score(text) > 0 {
        (String::new(), text.to_string())
    } else {
        (text.to_string(), String::new())
    }
}

/// A place written after a name ("Engineer, Austin, TX", "Engineer, Remote") left out.
fn strip_place(text: &str) -> String {
    let parts: Vec<&str> = text.split(", ").collect();
    let last = parts.last().copied().unwrap_or("");
    let code = last.len() == 2 && last.bytes().all(|b| b.is_ascii_uppercase());
    let remote = matches!(
        last.to_ascii_lowercase().as_str(),
        "remote" | "hybrid" | "on-site" | "onsite"
    );
    let keep = if code && parts.len() >= 3 {
        parts.len() - 2
    } else if remote && parts.len() >= 2 {
        parts.len() - 1
    } else {
        parts.len()
    };
    parts[..keep].join(", ")
}

fn trim_separators(s: &str) -> String {
    s.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '|' | ',' | '\u{2013}' | '\u{2014}' | '-' | '(' | ')' | '\u{b7}' | ':'
            )
    })
    .to_string()
}
