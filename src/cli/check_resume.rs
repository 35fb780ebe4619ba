//! `rung check` on a resume (PDF, DOCX, LaTeX, LinkedIn's export): the import readers give one
//! group of bullets per role; their notes and the count of text they could not place go to
//! stderr, pointing at `rung import` for the details.

use std::io::Read;
use std::path::Path;

use super::Failure;
use super::args::{CheckArgs, InputFormatArg};
use super::output::terminal_safe;
use crate::coach::input::Group;

/// True when `file` is one the import readers read (by name, or by its first bytes) and no
/// other input format was asked for.
pub(super) fn is_resume_file(file: &Path, args: &CheckArgs) -> bool {
    if args.input_format != InputFormatArg::Auto || file.as_os_str() == "-" {
        return false;
    }
    if crate::import::Format::from_name(file).is_some() {
        return true;
    }
    let mut head = [0u8; 8];
    // Only a regular file is opened (a pipe here would wait for a writer forever).
    crate::plain_file::open(file, true)
        .and_then(|mut f| f.read(&mut head))
        .is_ok_and(|n| head[..n].starts_with(b"%PDF") || head[..n].starts_with(b"PK"))
}

/// A resume's roles as groups of bullets, with its notes and unplaced text on stderr.
pub(super) fn groups(file: &Path) -> Result<Vec<Group>, Failure> {
    let resume = super::import_cmd::read(file)?;
    for notice in &resume.notices {
        eprintln!("note: {}", terminal_safe(notice));
    }
    if !resume.unplaced.is_empty() {
        eprintln!(
            "note: {} piece{} of text could not be placed in a role (see `rung import {}`)",
            resume.unplaced.len(),
            if resume.unplaced.len() == 1 { "" } else { "s" },
            super::output::path_safe(file)
        );
    }
    Ok(resume
        .roles
        .iter()
        .map(|r| Group {
            title: Some(r.label()),
            is_role: true,
            bullets: r.bullets.iter().map(|b| b.text.clone()).collect(),
        })
        .filter(|g| !g.bullets.is_empty())
        .collect())
}
