//! One folder per screen: its state and update in `mod.rs`, its drawing in `view.rs`.

pub mod coverage;
pub mod home;
pub mod import;
pub mod job_match;
pub mod ladder;
pub mod review;
pub mod trash;
