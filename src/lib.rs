//! rung: a terminal coach that turns a flat resume bullet into a strong one by climbing five rungs
//! (task, tools, stack, method, metric), one question at a time.
//!
//! The domain modules (`ladder`, `coach`, `workspace`, `export`, `safe_text`) know nothing
//! about terminals; `cli` and `tui` are thin faces over them and never import each other.

// The `[lints]` table of Cargo.toml denies `string_slice` and `unwrap_used`; unit tests may.
#![cfg_attr(test, allow(clippy::string_slice, clippy::unwrap_used))]

pub mod atomic_write;
pub mod cli;
// The coach's text code cuts byte ranges it has checked against the same text; the property
// tests in tests/domain/unicode_props.rs and tests/domain/coach_props.rs feed it any text.
#[allow(clippy::string_slice)]
pub mod coach;
pub mod export;
// The readers cut text at byte spans they found in that same text (ASCII delimiters and
// char_indices); the property tests in tests/domain/import_props.rs feed them any text.
#[allow(clippy::string_slice)]
pub mod import;
pub mod ladder;
pub mod plain_file;
pub mod safe_text;
pub mod tui;
pub mod workspace;
