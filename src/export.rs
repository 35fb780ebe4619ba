//! Output formats. Finished bullets grouped by role, as plain text or Markdown.
//! Later: JSON Resume, RenderCV and clipboard providers.

pub mod group;
pub mod markdown;
pub mod text;

pub use group::{Filter, RoleGroup, group_by_role};
