//! The structured resume formats behind one face: a fresh document's text, and merging into
//! the user's existing file (read, merge, write back atomically with a `.bak`).

use std::path::{Path, PathBuf};

use super::entries::{MergeError, MergeMode, MergeSummary, WorkEntry};
use super::into_file::{self, IntoError};
use super::{json_resume, latex, rendercv};

/// A resume file format rung can write and merge into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumeFormat {
    /// JSON Resume `resume.json`.
    JsonResume,
    /// RenderCV YAML.
    RenderCv,
    /// LaTeX for Jake's resume template.
    Latex,
}

/// What merging into a file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// How many entries were updated and added.
    pub summary: MergeSummary,
    /// Where the previous version was saved.
    pub backup: PathBuf,
}

impl ResumeFormat {
    /// The format's name for messages.
    pub fn name(self) -> &'static str {
        match self {
            ResumeFormat::JsonResume => "JSON Resume",
            ResumeFormat::RenderCv => "RenderCV",
            ResumeFormat::Latex => "LaTeX",
        }
    }

    /// A fresh document holding these entries, as file text; `name` is the user's name, for
    /// the formats that carry one (RenderCV names its output files after it).
    pub fn document_text(self, work: &[WorkEntry], name: Option<&str>) -> String {
        match self {
            ResumeFormat::JsonResume => json_resume::to_text(&json_resume::document(work, name)),
            ResumeFormat::RenderCv => rendercv::to_text(&rendercv::document(work, name)),
            ResumeFormat::Latex => latex::document(work),
        }
    }

    /// Merges the entries into the file at `path`, keeping the previous version as `.bak`.
    pub fn merge_into(
        self,
        path: &Path,
        work: &[WorkEntry],
        mode: MergeMode,
    ) -> Result<Merged, IntoError> {
        let old = into_file::read(path)?;
        let parse = |line, column, message| IntoError::Parse {
            path: path.to_path_buf(),
            line,
            column,
            message,
        };
        let shape = |what| IntoError::Shape {
            path: path.to_path_buf(),
            what,
        };
        // A byte order mark is set aside for the merge and put back in front, so the file
        // stays as its editor wrote it.
        let (bom, body) = crate::safe_text::split_bom(&old);
        let merged = match self {
            ResumeFormat::JsonResume => json_resume::merge_text(body, work, mode)
                .map(|(doc, summary)| (json_resume::to_text(&doc), summary)),
            ResumeFormat::RenderCv => rendercv::merge_text(body, work, mode),
            ResumeFormat::Latex => latex::merge_text(body, work, mode),
        }
        .map(|(new, summary)| (format!("{bom}{new}"), summary));
        let (new, summary) = merged.map_err(|e| match e {
            MergeError::Syntax {
                line,
                column,
                message,
            } => parse(line, column, message),
            MergeError::Shape(what) => shape(what),
        })?;
        let backup = into_file::replace_with_backup(path, &old, &new)?;
        Ok(Merged { summary, backup })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_kept_and_the_file_still_merges() {
        let dir = tempfile::tempdir().unwrap();
        let work = [WorkEntry {
            company: "Acme Corp".into(),
            position: "Engineer".into(),
            start: Some("2021-03".into()),
            end: None,
            current: true,
            highlights: vec!["Cut p99 by half.".into()],
        }];
        let files = [
            (
                ResumeFormat::JsonResume,
                "r.json",
                "\u{feff}{\"work\": [{\"company\": \"acme corp\", \"position\": \"Engineer\", \"highlights\": [\"x\"]}]}\n",
            ),
            (
                ResumeFormat::RenderCv,
                "cv.yaml",
                "\u{feff}cv:\r\n  sections:\r\n    experience:\r\n      - company: Acme Corp\r\n        position: Engineer\r\n        highlights:\r\n          - Old.\r\n",
            ),
        ];
        for (format, name, text) in files {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            let merged = format.merge_into(&path, &work, MergeMode::Replace).unwrap();
            assert_eq!(merged.summary.updated, 1, "{name}");
            let back = std::fs::read_to_string(&path).unwrap();
            assert!(back.starts_with('\u{feff}'), "{name}: {back}");
            assert!(back.contains("Cut p99 by half."), "{name}: {back}");
            assert!(!back[3..].contains('\u{feff}'), "{name}: one mark only");
        }
    }

    #[test]
    fn a_broken_file_is_reported_with_its_line_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("resume.json");
        std::fs::write(&path, "{\n\"work\": [\n").unwrap();
        let err = ResumeFormat::JsonResume
            .merge_into(&path, &[], MergeMode::Replace)
            .unwrap_err()
            .to_string();
        assert!(err.contains("resume.json: line 3"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\n\"work\": [\n");
        assert!(!dir.path().join("resume.json.bak").exists());
    }
}
