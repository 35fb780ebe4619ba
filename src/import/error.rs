//! Why a resume could not be read; every message names the file and says what to do.

/// A resume that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("{file}: cannot read it: {reason}")]
    Io { file: String, reason: String },
    /// A folder or other non-file.
    #[error("{file}: is a folder, not a file; give the path of your resume file")]
    NotAFile { file: String },
    /// Larger than a resume could be.
    #[error(
        "{file}: too large to be a resume ({} MB; rung reads files up to {} MB); export a smaller file",
        bytes / (1024 * 1024),
        super::MAX_IMPORT_BYTES / (1024 * 1024)
    )]
    TooLarge { file: String, bytes: u64 },
    /// Not a format rung reads.
    #[error(
        "{file}: not a format rung imports; give a PDF, a DOCX, a LaTeX source (.tex) or LinkedIn's \
         data export (the ZIP or Positions.csv); for text, Markdown or JSON Resume use `rung check`"
    )]
    Unknown { file: String },
    /// The file claims a format but is broken.
    #[error(
        "{file}: cannot be read ({reason}); open it in the program that made it and save or export it again"
    )]
    Damaged { file: String, reason: String },
    /// A ZIP that would unpack to more than rung accepts.
    #[error(
        "{file}: unpacks to more than {limit_mb} MB, far more than a resume; it is refused (it may be a zip bomb)"
    )]
    ZipBomb { file: String, limit_mb: u64 },
    /// A PDF whose encryption needs a password.
    #[error("{file}: the PDF is encrypted; save a copy without a password and import that")]
    Encrypted { file: String },
    /// The PDF reader gave up on the file (it panicked; the panic was contained).
    #[error(
        "{file}: the PDF reader could not make sense of this file ({reason}); print it again to PDF, or import the DOCX or LaTeX source"
    )]
    PdfReader { file: String, reason: String },
    /// LaTeX nested deeper than any resume would.
    #[error("{file} line {line}: braces nest deeper than {limit} levels; check for a missing `}}`")]
    TooDeep {
        file: String,
        line: u32,
        limit: usize,
    },
    /// A LinkedIn export without the expected columns.
    #[error(
        "{file}: {reason}; import `Positions.csv` from LinkedIn's data export (Settings > Data privacy > Get a copy of your data)"
    )]
    LinkedIn { file: String, reason: String },
}
