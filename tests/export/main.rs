//! End-to-end tests of export formats and the clipboard, against the real tools: tmux, Xvfb with
//! xclip, the JSON Resume schema with a real validator, RenderCV and pdftotext, pandoc and
//! python-markdown, pdflatex with Jake's resume template, and LibreOffice.
//!
//! A test that needs a tool which is missing fails under CI (`CI=true`) and, run locally, says
//! "skipped: ..." and returns. `.ci/run` installs every tool and exports where they are.

#![allow(clippy::unwrap_used, clippy::string_slice)] // tests may unwrap and slice what they made

mod copy;
mod docx;
mod json_resume;
mod latex;
mod markdown;
mod rendercv;
mod setup;
#[path = "../support/mod.rs"]
mod support;
mod tmux;
mod tools;
mod x11;
