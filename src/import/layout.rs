//! From lines of a laid-out document (PDF lines rebuilt from glyphs, DOCX paragraphs) to roles
//! and bullets: section headings, role lines with dates, bullets and their continuation lines.
//!
//! Choices:
//! - A section starts at a short line that names one (Experience, Work History, Education, ...).
//!   Bullets count only inside an experience section; a document with no such heading is read as
//!   if it were all experience, until another known section starts.
//! - Lines that are not bullets, between bullets, are a role's header: at most the last two such
//!   lines name it, their dates are read and a right-hand piece without a date (the place) is
//!   left out. Which of two names is the title is decided by title words (Engineer, Manager,
//!   Intern, ...); otherwise the first is the company, as in Jake's template. A title alone
//!   after another role's bullets is a second position at that role's company.
//! - A PDF line that is not a bullet continues the bullet above it when it starts where that
//!   bullet's text starts and follows it closely. When the producer hyphenates (TeX does; browsers,
//!   Word, LibreOffice and Typst do not by default), a hyphen at the end of a line before a
//!   lower-case word is a hyphenation and is dropped; otherwise it is kept ("per-service").

mod role_line;

use super::dates;
use super::{FoundBullet, FoundRole, Source, Unplaced};
use role_line::role_from;

/// One line of a laid-out document.
#[derive(Debug, Clone)]
pub struct Line {
    /// The pieces of the line, split at wide gaps or tabs (a place or dates set to the right).
    pub segments: Vec<String>,
    /// True when the line starts with a bullet glyph or list numbering (already removed).
    pub bullet: bool,
    /// Where the line's text starts, in points from the left (0 when unknown).
    pub x: f32,
    /// The line's baseline, in points from the top of the page (0 when unknown).
    pub y: f32,
    /// The font size, in points (0 when unknown).
    pub size: f32,
    /// Styled as a heading (DOCX).
    pub heading: bool,
    /// Whether a following line may continue this one's bullet (PDF lines wrap; DOCX paragraphs do not).
    pub wraps: bool,
    /// Whether a hyphen at the end of this line may be a hyphenation (the producer hyphenates).
    pub hyphenates: bool,
    /// Where the line is.
    pub source: Source,
}

impl Line {
    fn text(&self) -> String {
        super::normalise(&self.segments.join(" "))
    }
}

const EXPERIENCE: &[&str] = &[
    "experience",
    "work experience",
    "professional experience",
    "relevant experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "work",
    "professional background",
    "industry experience",
    "experience and internships",
    "internships",
];

const OTHER_SECTIONS: &[&str] = &[
    "education",
    "projects",
    "personal projects",
    "side projects",
    "selected projects",
    "skills",
    "technical skills",
    "core skills",
    "certifications",
    "certificates",
    "awards",
    "honors",
    "honours",
    "honors and awards",
    "publications",
    "summary",
    "profile",
    "professional summary",
    "objective",
    "interests",
    "languages",
    "volunteer",
    "volunteering",
    "volunteer experience",
    "leadership",
    "activities",
    "references",
    "contact",
    "courses",
    "coursework",
    "achievements",
    "open source",
    "talks",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Experience,
    Other,
}

/// The section a line starts, if it is a section heading.
fn section_of(line: &Line) -> Option<Section> {
    let text = line.text();
    if line.segments.len() > 1 || text.split_whitespace().count() > 5 || text.len() > 48 {
        return None;
    }
    let key: String = text
        .chars()
        .map(|c| if c == '&' { 'a' } else { c })
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '-')
        .collect::<String>()
        .to_lowercase()
        .replace(" a ", " and ");
    let key = super::normalise(&key);
    if EXPERIENCE.contains(&key.as_str()) {
        Some(Section::Experience)
    } else if OTHER_SECTIONS.contains(&key.as_str()) {
        Some(Section::Other)
    } else {
        None
    }
}

/// Roles, bullets and unplaced text from `lines`, in order.
pub fn structure(lines: &[Line]) -> (Vec<FoundRole>, Vec<Unplaced>) {
    let mut b = Builder::default();
    let any_experience = lines
        .iter()
        .any(|l| section_of(l) == Some(Section::Experience));
    b.section = if any_experience {
        None
    } else {
        Some(Section::Experience)
    };
    for line in lines {
        b.line(line);
    }
    b.finish()
}

#[derive(Default)]
struct Builder {
    section: Option<Section>,
    roles: Vec<FoundRole>,
    unplaced: Vec<Unplaced>,
    /// Header lines since the last bullet.
    pending: Vec<Line>,
    /// The bullet being read: its text, where its text starts, its last line.
    open: Option<(FoundBullet, f32, Line)>,
}

impl Builder {
    fn line(&mut self, line: &Line) {
        let text = line.text();
        if text.is_empty() {
            return;
        }
        if let Some(section) = section_of(line) {
            self.close_bullet();
            self.flush_pending();
            self.section = Some(section);
            return;
        }
        if self.section != Some(Section::Experience) {
            if line.bullet && self.section.is_some() {
                // A bullet under Projects, Education, ...: said, not guessed into a role.
                self.unplaced.push(Unplaced {
                    text,
                    source: line.source.clone(),
                });
            }
            return;
        }
        if line.bullet {
            self.close_bullet();
            if !self.pending.is_empty() {
                self.start_role();
            }
            if self.roles.is_empty() {
                self.unplaced.push(Unplaced {
                    text,
                    source: line.source.clone(),
                });
                return;
            }
            self.open = Some((
                FoundBullet {
                    text,
                    source: line.source.clone(),
                },
                line.x,
                line.clone(),
            ));
            return;
        }
        if let Some((bullet, x, last)) = &mut self.open
            && continues(last, *x, line)
        {
            join(&mut bullet.text, &text, last.hyphenates);
            *last = line.clone();
            return;
        }
        self.close_bullet();
        self.pending.push(line.clone());
    }

    fn close_bullet(&mut self) {
        if let Some((bullet, _, _)) = self.open.take()
            && let Some(role) = self.roles.last_mut()
        {
            role.bullets.push(bullet);
        }
    }

    /// Lines that never got a bullet: text the reader could not place.
    fn flush_pending(&mut self) {
        for line in self.pending.drain(..) {
            self.unplaced.push(Unplaced {
                text: line.text(),
                source: line.source,
            });
        }
    }

    fn start_role(&mut self) {
        let mut header: Vec<Line> = std::mem::take(&mut self.pending);
        // Lines that hold only dates or a place still belong to the header; at most four lines.
        let keep_from = header.len().saturating_sub(4);
        for line in header.drain(..keep_from) {
            self.unplaced.push(Unplaced {
                text: line.text(),
                source: line.source,
            });
        }
        let (mut role, extra) = role_from(&header);
        // A title alone under another role's bullets is a second position at the same company
        // (Jake's `\resumeSubSubheading`, LinkedIn's grouped positions).
        if role.company.is_empty()
            && !role.title.is_empty()
            && let Some(previous) = self.roles.last()
        {
            role.company = previous.company.clone();
        }
        self.unplaced.extend(extra);
        self.roles.push(role);
    }

    fn finish(mut self) -> (Vec<FoundRole>, Vec<Unplaced>) {
        self.close_bullet();
        if self.section == Some(Section::Experience) {
            self.flush_pending();
        }
        (self.roles, self.unplaced)
    }
}

/// Whether `line` continues the bullet whose text starts at `x` and whose last line is `last`.
fn continues(last: &Line, x: f32, line: &Line) -> bool {
    if !last.wraps || line.heading || line.segments.len() > 1 {
        return false;
    }
    let size = last.size.max(6.0);
    let aligned = (line.x - x).abs() <= size * 0.6;
    let gap = line.y - last.y;
    let close = gap > 0.0 && gap <= size * 1.9;
    aligned
        && close
        && dates::find(&line.text()).is_none_or(|(d, _)| d.text.len() * 2 < line.text().len())
}

/// Appends a wrapped line, dropping a hyphenation hyphen.
fn join(text: &mut String, next: &str, hyphenates: bool) {
    let word_hyphen = text.ends_with('-')
        && text[..text.len() - 1]
            .chars()
            .last()
            .is_some_and(char::is_alphanumeric);
    let lower = |c: Option<char>| c.is_some_and(char::is_lowercase);
    if word_hyphen
        && hyphenates
        && lower(text[..text.len() - 1].chars().last())
        && lower(next.chars().next())
    {
        // "cut-" + "ting": a hyphenation.
        text.pop();
    } else if !word_hyphen {
        // "per-" + "service" stays one word; anything else gets its space back.
        text.push(' ');
    }
    text.push_str(next);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(n: u32, segs: &[&str], bullet: bool, x: f32) -> Line {
        Line {
            segments: segs.iter().map(|s| s.to_string()).collect(),
            bullet,
            x,
            y: n as f32 * 12.0,
            size: 10.0,
            heading: false,
            wraps: true,
            hyphenates: true,
            source: Source {
                file: "r.pdf".into(),
                page: Some(1),
                line: n,
            },
        }
    }

    #[test]
    fn roles_bullets_and_continuations() {
        let lines = vec![
            line(1, &["Ada Lovelace"], false, 50.0),
            line(2, &["EXPERIENCE"], false, 50.0),
            line(3, &["Acme Corp", "Jan 2020 \u{2013} Present"], false, 50.0),
            line(4, &["Senior Software Engineer", "Berlin"], false, 50.0),
            line(5, &["Rebuilt the export service in Rust, cut-"], true, 70.0),
            line(6, &["ting time by 80%"], false, 70.0),
            line(7, &["Led a team of 4"], true, 70.0),
            line(8, &["Software Engineer at Initech"], false, 50.0),
            line(9, &["Wrote tests"], true, 70.0),
            line(
                10,
                &["Senior Software Engineer", "2021 \u{2013} 2022"],
                false,
                50.0,
            ),
            line(11, &["Led the rewrite"], true, 70.0),
            line(12, &["EDUCATION"], false, 50.0),
            line(13, &["Took a course"], true, 70.0),
        ];
        let (roles, unplaced) = structure(&lines);
        assert_eq!(roles.len(), 3);
        assert_eq!(roles[2].company, "Initech");
        assert_eq!(roles[2].title, "Senior Software Engineer");
        assert_eq!(roles[0].company, "Acme Corp");
        assert_eq!(roles[0].title, "Senior Software Engineer");
        assert!(roles[0].dates.as_ref().unwrap().current);
        assert_eq!(
            roles[0].bullets[0].text,
            "Rebuilt the export service in Rust, cutting time by 80%"
        );
        assert_eq!(roles[1].company, "Initech");
        assert_eq!(roles[1].title, "Software Engineer");
        assert_eq!(roles[1].bullets.len(), 1);
        assert_eq!(unplaced.len(), 1);
        assert_eq!(unplaced[0].text, "Took a course");
    }
}
