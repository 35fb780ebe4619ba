//! End-to-end tests of export formats and the clipboard, against the real tools: tmux, Xvfb with
//! xclip, the JSON Resume schema with a real validator, and RenderCV.
//!
//! A test that needs a tool which is missing fails under CI (`CI=true`) and, run locally, says
//! "skipped: ..." and returns. `.ci/run` installs every tool and exports where they are.

mod copy;
mod json_resume;
mod rendercv;
mod support;
mod tmux;
mod tools;
mod x11;
