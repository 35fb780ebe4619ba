//! The ladder: rungs, drafts, question packs, bullet assembly and metric math.

// Owned elsewhere; see the note on `coach` in lib.rs.
#[allow(clippy::string_slice)]
pub mod assemble;
pub mod draft;
pub mod metric;
pub mod pack;
pub mod rung;
#[allow(clippy::string_slice)]
pub mod shape;
#[allow(clippy::string_slice)]
pub mod verbs;

pub use assemble::{Segment, assemble, assemble_segments, bullet};
pub use draft::{Answers, Draft, DraftId, Extra, FinalText, MetricSpec, Status, Style, Trim};
pub use metric::{Better, MetricError, MetricPhrase, Quantity};
pub use pack::{Pack, PackError, PackSet, PackSource, RungPrompt};
pub use rung::Rung;
