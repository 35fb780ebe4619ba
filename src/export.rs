//! Output formats and the clipboard. Finished bullets grouped by role, as plain text, Markdown,
//! a JSON Resume document or RenderCV YAML (fresh, or merged into the user's own file), and the
//! clipboard providers that put a bullet where the user can paste it.

pub mod clipboard;
pub mod config;
pub mod entries;
pub mod group;
pub mod into_file;
pub mod json_resume;
pub mod markdown;
pub mod rendercv;
pub mod resume_file;
pub mod text;

pub use entries::{Entries, MergeError, MergeMode, MergeSummary, WorkEntry, work_entries};
pub use group::{Filter, RoleGroup, group_by_role};
pub use resume_file::{Merged, ResumeFormat};
