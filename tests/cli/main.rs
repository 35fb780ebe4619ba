//! The command line: the real `rung` binary run as a process against a temp workspace, one
//! command at a time (and the coach opened on the same workspace where a file is broken).

#![allow(clippy::unwrap_used, clippy::string_slice)] // tests may unwrap and slice what they made

#[path = "../support/mod.rs"]
mod support;

mod broken;
mod broken_files;
mod check;
mod coverage;
mod doctor;
mod drafts;
mod export;
mod hand_edits;
mod hostile_text;
mod import;
mod layout_props;
mod matching;
mod private_files;
mod roles;
mod small;
mod workspace_links;
