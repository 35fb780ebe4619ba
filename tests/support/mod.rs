//! The harness every test binary shares (each binary's `main.rs` includes this folder):
//!
//! - [`cmd`]: the real `rung` binary run as a command on a temp workspace, with a bounded wait,
//!   and the role and draft setup done through it;
//! - [`app`]: the app driven the way the loop drives it, its effects run against a store;
//! - [`pty`]: the real binary in a pseudo-terminal, its screen read with vt100;
//! - [`fixtures`]: the fixtures folder, and files made on the spot (long PDFs, zip bombs).
#![allow(dead_code)]

pub mod app;
pub mod cmd;
pub mod fixtures;
pub mod pty;
