//! Reading the resumes people have: PDF, DOCX, LaTeX and LinkedIn's data export. Each reader
//! returns the roles it found (company, title, dates when found), the bullets of each role with
//! where they came from (file, page, line), and the text it could not place. No terminal code.
//!
//! Choices made here:
//! - The format comes from the file's first bytes (`%PDF`, a ZIP holding `word/document.xml` or
//!   `Positions.csv`), then from its name (`.tex`, `.csv`); a file that is none of them is refused
//!   with what rung reads.
//! - Files over [`MAX_IMPORT_BYTES`] are refused before they are parsed: a resume is small, and a
//!   huge file must not stall the coach. PDFs are read page by page with progress, at most
//!   [`MAX_PAGES`] pages.
//! - Only bullets under an experience heading (Experience, Work, Employment, ...) or under a role
//!   line become bullets; a bullet anywhere else, and text that looks like neither a role nor a
//!   bullet inside an experience section, is listed as "could not place", never guessed into a role.
//! - PDF pages whose text runs in two columns are read column by column, and said so; a page with
//!   no text at all (a scan) is reported, not guessed.
//! - Bullets are compared with whitespace normalised ([`normalise`]), which is also how a second
//!   import of the same file recognises what it already brought in ([`apply`]).

pub mod apply;
mod contain;
mod dates;
mod docx;
mod error;
mod latex;
mod layout;
mod linkedin;
mod pdf;
mod zipped;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use apply::{ImportPlan, ImportReport, Made, make, plan, plan_for, run_plan};
pub use contain::panic_is_contained;
pub use dates::DateRange;
pub use error::ImportError;

/// Resumes larger than this (20 MB) are refused before parsing.
pub const MAX_IMPORT_BYTES: u64 = 20 * 1024 * 1024;

/// At most this many PDF pages are read; later pages are reported as skipped.
pub const MAX_PAGES: u32 = 200;

/// The formats rung imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A PDF with a text layer.
    Pdf,
    /// A Word document (Office Open XML).
    Docx,
    /// A LaTeX source, such as Jake's resume template.
    Latex,
    /// LinkedIn's data export: the ZIP, or its `Positions.csv`.
    Linkedin,
}

impl Format {
    /// The format's name, as shown to the user.
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "DOCX",
            Format::Latex => "LaTeX",
            Format::Linkedin => "LinkedIn export",
        }
    }

    /// Whether `path` names a file this module reads, from its name alone (used by `rung check`
    /// to decide which reader to use before opening the file).
    pub fn from_name(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "tex" | "latex" => Some(Format::Latex),
            "zip" | "csv" => Some(Format::Linkedin),
            _ => None,
        }
    }
}

/// Where a piece of text was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The file's name, as given.
    pub file: String,
    /// The page, for PDFs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The line (PDF: line on the page; DOCX: paragraph; LaTeX and CSV: line in the file), from 1.
    pub line: u32,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.page {
            Some(p) => write!(f, "{} page {p} line {}", self.file, self.line),
            None => write!(f, "{} line {}", self.file, self.line),
        }
    }
}

/// One bullet found in a resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundBullet {
    /// The bullet's text: one line, plain, whitespace normalised.
    pub text: String,
    /// Where its first line was.
    pub source: Source,
}

/// One role found in a resume, with its bullets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundRole {
    /// The employer, as written ("" when the resume did not say).
    pub company: String,
    /// The job title, as written ("" when the resume did not say).
    pub title: String,
    /// The dates, when found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dates: Option<DateRange>,
    /// Where the role's first line was.
    pub source: Source,
    /// The bullets, in the resume's order.
    pub bullets: Vec<FoundBullet>,
}

impl FoundRole {
    /// "Title, Company" (or whichever of the two is known).
    pub fn label(&self) -> String {
        match (self.title.is_empty(), self.company.is_empty()) {
            (false, false) => format!("{}, {}", self.title, self.company),
            (false, true) => self.title.clone(),
            (true, false) => self.company.clone(),
            (true, true) => "(a role without a name)".into(),
        }
    }
}

/// Text a reader could not place in a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unplaced {
    /// The text, one line.
    pub text: String,
    /// Where it was.
    pub source: Source,
}

/// Everything a reader found in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resume {
    /// The file, as given.
    pub file: String,
    /// Its format.
    pub format: Format,
    /// The roles, in the resume's order.
    pub roles: Vec<FoundRole>,
    /// Text inside an experience section that is neither a role nor a bullet, and bullets outside one.
    pub unplaced: Vec<Unplaced>,
    /// What the user should know about how the file was read (two columns, scanned pages).
    pub notices: Vec<String>,
}

impl Resume {
    /// How many bullets were found in all roles.
    pub fn bullet_count(&self) -> usize {
        self.roles.iter().map(|r| r.bullets.len()).sum()
    }
}

/// How far a long read has come, for a progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Pages (or parts) read so far.
    pub done: u32,
    /// Pages in all.
    pub total: u32,
}

/// Reads a resume file, guessing its format from its first bytes and name.
pub fn read_file(path: &Path) -> Result<Resume, ImportError> {
    read_file_with_progress(path, &mut |_| {})
}

/// Reads a resume file and calls `progress` after each page (PDF) or part.
pub fn read_file_with_progress(
    path: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Resume, ImportError> {
    let name = path.display().to_string();
    let bytes = read_bounded(path)?;
    read_bytes(&name, &bytes, progress)
}

/// Reads a resume held in memory; `name` is the file name shown in sources and errors.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    progress: &mut dyn FnMut(Progress),
) -> Result<Resume, ImportError> {
    let format = detect(name, bytes)?;
    let file = name.to_string();
    let mut resume = match format {
        Format::Pdf => pdf::read(&file, bytes, progress)?,
        Format::Docx => docx::read(&file, bytes)?,
        Format::Latex => latex::read(&file, &text_of(&file, bytes)?)?,
        Format::Linkedin if bytes.starts_with(b"PK") => linkedin::read_zip(&file, bytes)?,
        Format::Linkedin => linkedin::read_csv(&file, &text_of(&file, bytes)?)?,
    };
    resume.roles.retain(|r| !r.bullets.is_empty());
    if resume.roles.is_empty() && resume.notices.is_empty() {
        resume.notices.push(format!(
            "{file}: no roles with bullets found; rung looks for bullets under an Experience \
             (or Work, Employment) heading"
        ));
    }
    Ok(resume)
}

/// Reads at most [`MAX_IMPORT_BYTES`] of `path`, refusing larger files and anything that is not a
/// plain file.
fn read_bounded(path: &Path) -> Result<Vec<u8>, ImportError> {
    let file = path.display().to_string();
    let io = |e: std::io::Error| ImportError::Io {
        file: file.clone(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ImportError::NotAFile { file });
    }
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            file,
            bytes: meta.len(),
        });
    }
    let mut bytes = Vec::new();
    crate::plain_file::open(path, true)
        .map_err(io)?
        .take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            file,
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// The format of a file, from its first bytes, then its name.
pub fn detect(name: &str, bytes: &[u8]) -> Result<Format, ImportError> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if bytes.starts_with(b"PK") {
        return zipped::kind(name, bytes);
    }
    match Format::from_name(&PathBuf::from(name)) {
        Some(Format::Latex) => Ok(Format::Latex),
        Some(Format::Linkedin) => Ok(Format::Linkedin),
        Some(Format::Pdf) => Err(ImportError::Damaged {
            file: name.into(),
            reason: "it is named .pdf but does not start like a PDF".into(),
        }),
        Some(Format::Docx) => Err(ImportError::Damaged {
            file: name.into(),
            reason: "it is named .docx but is not a ZIP archive".into(),
        }),
        None if looks_like_latex(head) => Ok(Format::Latex),
        None => Err(ImportError::Unknown { file: name.into() }),
    }
}

fn looks_like_latex(head: &[u8]) -> bool {
    let s = String::from_utf8_lossy(head);
    s.contains("\\documentclass") || s.contains("\\begin{document}")
}

fn text_of(file: &str, bytes: &[u8]) -> Result<String, ImportError> {
    String::from_utf8(bytes.to_vec()).or_else(|_| {
        // Latin-1 is what older LaTeX sources and spreadsheet exports use.
        if bytes.contains(&0) {
            Err(ImportError::Damaged {
                file: file.into(),
                reason: "it holds binary data, not text".into(),
            })
        } else {
            Ok(bytes.iter().map(|b| *b as char).collect())
        }
    })
}

/// Whitespace collapsed to single spaces and trimmed: how bullets are compared.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
