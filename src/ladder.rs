//! The ladder: rungs, drafts, question packs, bullet assembly and metric math.

pub mod assemble;
pub mod draft;
pub mod metric;
pub mod pack;
pub mod rung;
pub mod shape;
pub mod verbs;

pub use assemble::{Segment, assemble, assemble_segments, bullet};
pub use draft::{Answers, Draft, DraftId, FinalText, MetricSpec, Status, Style, Trim};
pub use metric::{Better, MetricError, MetricPhrase, Quantity};
pub use pack::{Pack, PackError, PackSet, PackSource, RungPrompt};
pub use rung::Rung;
