//! Output formats and the clipboard. Finished bullets grouped by role, as plain text, Markdown,
//! DOCX, a JSON Resume document, RenderCV YAML or LaTeX for Jake's resume template (fresh, or
//! merged into the user's own file), and the
//! clipboard providers that put a bullet where the user can paste it.

pub mod clipboard;
pub mod config;
pub mod docx;
pub mod entries;
pub mod group;
pub mod into_file;
pub mod json_resume;
// The LaTeX and YAML editors cut the user's file at offsets they found in that same text (line
// starts and ASCII delimiters, always character boundaries); tests/domain/export_props.rs feeds them
// any text.
#[allow(clippy::string_slice)]
pub mod latex;
pub mod markdown;
pub mod merge;
pub mod rendercv;
pub mod resume_file;
pub mod text;
#[allow(clippy::string_slice)]
pub mod yaml_lines;

pub use entries::{Entries, MergeError, MergeMode, MergeSummary, WorkEntry, work_entries};
pub use group::{Filter, RoleGroup, group_by_role};
pub use resume_file::{Merged, ResumeFormat};
