//! The TUI without a terminal: `App::update` through every key path, screens drawn on ratatui's
//! `TestBackend` and compared as snapshots, redraws, the listing on a real workspace, and random
//! input.

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
