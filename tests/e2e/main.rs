//! End to end: the real `rung` binary in a real pseudo-terminal, its screen read with vt100,
//! against a temporary workspace; killed, signalled, resized and run twice at once.

#![allow(clippy::unwrap_used, clippy::string_slice)] // tests may unwrap and slice what they made

#[path = "../support/mod.rs"]
mod support;

mod crash;
mod export_name;
mod import;
mod ladder;
mod leftovers;
mod limits;
mod special_files;
mod two;
mod unsaved;
