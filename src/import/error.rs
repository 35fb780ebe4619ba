//! Why a resume could not be read; every message names the file and says what to do.

/// A resume that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("{file}: cannot read it: {reason}")]
    Io {
        /// The file's path as the user gave it.
        file: String,
        /// The system's reason, e.g. "permission denied".
        reason: String,
    },
    /// A folder or other non-file.
    #[error("{file}: is a folder, not a file; give the path of your resume file")]
    NotAFile {
        /// The file's path as the user gave it.
        file: String,
    },
    /// Larger than a resume could be.
    #[error(
        "{file}: too large to be a resume ({} MB; rung reads files up to {} MB); export a smaller file",
        bytes / (1024 * 1024),
        super::MAX_IMPORT_BYTES / (1024 * 1024)
    )]
    TooLarge {
        /// The file's path as the user gave it.
        file: String,
        /// Its size in bytes.
        bytes: u64,
    },
    /// Not a format rung reads.
    #[error(
        "{file}: not a format rung imports; give a PDF, a DOCX, a LaTeX source (.tex) or LinkedIn's \
         data export (the ZIP or Positions.csv); for text, Markdown or JSON Resume use `rung check`"
    )]
    Unknown {
        /// The file's path as the user gave it.
        file: String,
    },
    /// The file claims a format but is broken.
    #[error(
        "{file}: cannot be read ({reason}); open it in the program that made it and save or export it again"
    )]
    Damaged {
        /// The file's path as the user gave it.
        file: String,
        /// What is broken, e.g. "not a readable ZIP archive: ...".
        reason: String,
    },
    /// A ZIP that would unpack to more than rung accepts.
    #[error(
        "{file}: unpacks to more than {limit_mb} MB, far more than a resume; it is refused (it may be a zip bomb)"
    )]
    ZipBomb {
        /// The file's path as the user gave it.
        file: String,
        /// The most rung unpacks, in MB.
        limit_mb: u64,
    },
    /// A PDF whose encryption needs a password.
    #[error("{file}: the PDF is encrypted; save a copy without a password and import that")]
    Encrypted {
        /// The file's path as the user gave it.
        file: String,
    },
    /// The PDF reader gave up on the file (it panicked; the panic was contained).
    #[error(
        "{file}: the PDF reader could not make sense of this file ({reason}); print it again to PDF, or import the DOCX or LaTeX source"
    )]
    PdfReader {
        /// The file's path as the user gave it.
        file: String,
        /// What the PDF reader reported when it gave up.
        reason: String,
    },
    /// LaTeX nested deeper than any resume would.
    #[error("{file} line {line}: braces nest deeper than {limit} levels; check for a missing `}}`")]
    TooDeep {
        /// The file's path as the user gave it.
        file: String,
        /// The 1-based line where the nesting went too deep.
        line: u32,
        /// The deepest nesting rung reads.
        limit: usize,
    },
    /// A LinkedIn export without the expected columns.
    #[error(
        "{file}: {reason}; import `Positions.csv` from LinkedIn's data export (Settings > Data privacy > Get a copy of your data)"
    )]
    LinkedIn {
        /// The file's path as the user gave it.
        file: String,
        /// What is missing or wrong, e.g. "the archive has no Positions.csv".
        reason: String,
    },
}
