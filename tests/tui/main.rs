//! The TUI without a terminal: `App::update` through every key path, screens drawn on ratatui's
//! `TestBackend` and compared as snapshots, redraws, the listing on a real workspace, and random
//! input.

#![allow(clippy::unwrap_used, clippy::string_slice)] // tests may unwrap and slice what they made

#[path = "../support/mod.rs"]
mod support;

mod coach;
mod import;
mod keys;
mod listing;
mod props;
mod redraw;
mod safety;
mod screens;
mod update;
