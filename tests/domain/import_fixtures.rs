//! Resumes made by real producers (pdflatex with Jake's template, a two-column pdflatex article,
//! headless Chromium, LibreOffice Writer's DOCX and its PDF, Typst, pandoc's DOCX, LinkedIn's
//! export; see scripts/import_fixtures.sh) read back against the source they were made from:
//! at least 95% of bullets recovered exactly (whitespace normalised), none invented, none in the
//! wrong role, every role named as written. An image-only PDF is said to be one.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rung::import::{self, Resume, normalise};
use serde_json::Value;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

struct Expected {
    company: String,
    title: String,
    start: Option<String>,
    bullets: Vec<String>,
}

fn expected() -> Vec<Expected> {
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(dir().join("resume.json")).unwrap()).unwrap();
    json["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Expected {
            company: r["company"].as_str().unwrap().into(),
            title: r["title"].as_str().unwrap().into(),
            start: r["start"].as_str().map(String::from),
            bullets: r["bullets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| normalise(b.as_str().unwrap()))
                .collect(),
        })
        .collect()
}

/// Recovered, expected, invented and misplaced bullets.
struct Figures {
    recovered: usize,
    total: usize,
    invented: Vec<String>,
    misplaced: Vec<String>,
}

fn compare(resume: &Resume, want: &[Expected]) -> Figures {
    let mut f = Figures {
        recovered: 0,
        total: want.iter().map(|w| w.bullets.len()).sum(),
        invented: Vec::new(),
        misplaced: Vec::new(),
    };
    for role in &resume.roles {
        let mine = want.iter().find(|w| w.company == role.company);
        for b in &role.bullets {
            let text = normalise(&b.text);
            match mine {
                Some(w) if w.bullets.contains(&text) => f.recovered += 1,
                _ if want.iter().any(|w| w.bullets.contains(&text)) => f.misplaced.push(text),
                _ => f.invented.push(text),
            }
        }
    }
    f
}

fn check(file: &str) -> Figures {
    let path = dir().join(file);
    let started = Instant::now();
    let resume = import::read_file(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let took = started.elapsed();
    let want = expected();
    // Roles: every one found, named as written, in order, with its start month.
    let found: Vec<(&str, &str)> = resume
        .roles
        .iter()
        .map(|r| (r.company.as_str(), r.title.as_str()))
        .collect();
    let wanted: Vec<(&str, &str)> = want
        .iter()
        .map(|w| (w.company.as_str(), w.title.as_str()))
        .collect();
    assert_eq!(found, wanted, "{file}: roles");
    for (r, w) in resume.roles.iter().zip(&want) {
        assert_eq!(
            r.dates.as_ref().and_then(|d| d.start.clone()),
            w.start,
            "{file}: start of {}",
            w.company
        );
    }
    let f = compare(&resume, &want);
    eprintln!(
        "{file}: {}/{} bullets recovered exactly ({:.0}%), {} invented, {} in the wrong role, read in {:.1} ms",
        f.recovered,
        f.total,
        100.0 * f.recovered as f64 / f.total as f64,
        f.invented.len(),
        f.misplaced.len(),
        took.as_secs_f64() * 1000.0
    );
    assert!(
        f.recovered * 100 >= f.total * 95,
        "{file}: only {}/{} bullets recovered",
        f.recovered,
        f.total
    );
    assert!(f.invented.is_empty(), "{file}: invented {:#?}", f.invented);
    assert!(
        f.misplaced.is_empty(),
        "{file}: misplaced {:#?}",
        f.misplaced
    );
    // A two-page resume imports in well under a quarter of a second (debug builds are slower).
    let limit = if cfg!(debug_assertions) { 2000 } else { 150 };
    assert!(
        took < Duration::from_millis(limit),
        "{file}: reading took {took:?}"
    );
    f
}

#[test]
fn pdflatex_jakes_template() {
    check("jake.pdf");
}

#[test]
fn latex_source_of_jakes_template() {
    check("jake.tex");
}

#[test]
fn pdflatex_two_columns_are_read_column_by_column_and_said() {
    check("twocol.pdf");
    let r = import::read_file(&dir().join("twocol.pdf")).unwrap();
    assert!(
        r.notices.iter().any(|n| n.contains("two columns")),
        "{:?}",
        r.notices
    );
}

#[test]
fn chromium_printed_html() {
    check("chromium.pdf");
}

#[test]
fn libreoffice_writer_docx() {
    check("writer.docx");
}

#[test]
fn libreoffice_writer_pdf_export() {
    check("writer.pdf");
}

#[test]
fn typst_pdf() {
    check("typst.pdf");
}

#[test]
fn pandoc_docx() {
    check("pandoc.docx");
}

#[test]
fn linkedin_export_zip_and_positions_csv() {
    check("linkedin.zip");
    check("Positions.csv");
}

#[test]
fn single_column_pdfs_say_nothing_about_columns() {
    for file in ["jake.pdf", "chromium.pdf", "typst.pdf", "writer.pdf"] {
        let r = import::read_file(&dir().join(file)).unwrap();
        assert!(r.notices.is_empty(), "{file}: {:?}", r.notices);
    }
}

#[test]
fn an_image_only_pdf_is_said_to_have_no_text_layer() {
    let r = import::read_file(&dir().join("scan.pdf")).unwrap();
    assert_eq!(r.bullet_count(), 0);
    assert!(r.unplaced.is_empty());
    assert!(
        r.notices
            .iter()
            .any(|n| n.contains("no page has a text layer")),
        "{:?}",
        r.notices
    );
}

#[test]
fn sources_point_at_the_page_and_line() {
    let r = import::read_file(&dir().join("jake.pdf")).unwrap();
    let first = &r.roles[0].bullets[0];
    assert_eq!(first.source.page, Some(1));
    assert!(first.source.line > 1);
    assert!(first.source.file.ends_with("jake.pdf"));
    let tex = import::read_file(&dir().join("jake.tex")).unwrap();
    let line = tex.roles[0].bullets[0].source.line as usize;
    let source = std::fs::read_to_string(dir().join("jake.tex")).unwrap();
    assert!(
        source
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("\\resumeItem{Rebuilt")
    );
}

#[test]
fn a_two_page_resume_is_read_and_planned_in_well_under_a_quarter_second() {
    let path = dir().join("chromium.pdf");
    let ws_dir = tempfile::tempdir().unwrap();
    let ws = rung::workspace::Workspace::open(ws_dir.path().join("ws")).unwrap();
    let started = Instant::now();
    let resume = import::read_file(&path).unwrap();
    let plan = import::plan_for(&ws, &resume).unwrap();
    let took = started.elapsed();
    assert_eq!(plan.bullets.len(), 15);
    let limit = if cfg!(debug_assertions) { 2000 } else { 120 };
    assert!(took < Duration::from_millis(limit), "took {took:?}");
}
