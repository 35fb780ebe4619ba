//! rung: a terminal coach that turns a flat resume bullet into a strong one by climbing five rungs
//! (task, tools, stack, method, metric), one question at a time.
//!
//! The domain modules (`ladder`, `coach`, `workspace`, `export`, `safe_text`) know nothing
//! about terminals; `cli` and `tui` are thin faces over them and never import each other.

pub mod cli;
pub mod coach;
pub mod export;
pub mod import;
pub mod ladder;
pub mod safe_text;
pub mod tui;
pub mod workspace;
