//! End to end: the import screen of the real `rung` binary in a real pseudo-terminal, against a
//! temporary workspace: `i` on home, Tab completes the path, the resume is read, Enter imports
//! and Enter again starts climbing the weakest bullet. A 50-page PDF is read off the loop.

use std::path::Path;

use crate::support::fixtures::{fixture, long_pdf};
use crate::support::pty::{ENTER, ESC, Term};
use rung::ladder::Draft;
use rung::workspace::Workspace;

fn drafts(root: &Path) -> Vec<Draft> {
    Workspace::open(root.join("ws")).unwrap().list().drafts
}

#[test]
fn import_a_pdf_from_home_and_climb_the_weakest() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::copy(fixture("jake.pdf"), root.join("my-resume.pdf")).unwrap();
    let mut t = Term::spawn(root, &[]);
    t.wait_for("i import resume");
    t.send("i");
    t.wait_for("Import your resume");
    t.send(&format!("{}/my-r", root.display()));
    t.send("\t");
    t.wait_for("my-resume.pdf");
    t.send(ENTER);
    t.wait_for("15 bullets in 4 roles");
    t.wait_for("[x]");
    // The first row is unchecked with Space; 14 are imported.
    t.send(" ");
    t.wait_for("14 checked");
    t.send(ENTER);
    t.wait_for("Imported 14 drafts and added 4 roles.");
    t.send(ENTER);
    t.wait_for("of 5");
    t.send(ESC);
    t.wait_for("Northwind Logistics");
    t.send("q");
    t.wait_exit();
    let all = drafts(root);
    assert_eq!(all.len(), 14);
    assert!(all.iter().all(|d| d.imported.is_some() && d.role.is_some()));
}

#[test]
fn a_fifty_page_pdf_is_read_off_the_loop() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("long.pdf"), long_pdf(50, 6)).unwrap();
    let mut t = Term::spawn(root, &[]);
    t.wait_for("i import resume");
    t.send("i");
    t.wait_for("Import your resume");
    t.send(&format!("{}/long.pdf", root.display()));
    t.send(ENTER);
    t.wait_for("300 bullets in 50 roles");
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    assert!(raw.contains("reading"), "no reading frame was drawn");
    // The coach answers keys at once: help opens and closes.
    t.send("?");
    t.wait_for("check or uncheck the selected bullet");
    t.send(ESC);
    t.wait_for("Space check");
    t.send(ESC);
    t.wait_for("i import resume");
    t.send("q");
    t.wait_exit();
    assert!(drafts(root).is_empty());
}
