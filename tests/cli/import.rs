//! `rung import` and `rung check` on resumes, through the real binary: what is shown, what is
//! made, that a second import adds nothing, and that hostile files get a clear error or a
//! bounded result, never a panic or a hang.

use std::time::{Duration, Instant};

use crate::support::cmd::{Env, Run};
use crate::support::fixtures::{fixture, long_pdf, zip_bomb_docx};

fn path(name: &str) -> String {
    fixture(name).display().to_string()
}

fn drafts(env: &Env) -> Vec<String> {
    std::fs::read_dir(env.drafts())
        .map(|d| {
            d.flatten()
                .map(|e| std::fs::read_to_string(e.path()).unwrap())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn import_shows_roles_and_bullets_and_imports_nothing_without_yes() {
    let env = Env::new();
    let r = env.run(&["import", &path("jake.pdf")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("(PDF): 4 roles, 15 bullets"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(
            "== Senior Backend Engineer, Northwind Logistics (Mar 2021 \u{2013} Present) -> new role `northwind-logistics` =="
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("12. Responsible for the crash reporter"));
    assert!(r.stdout.contains("weak-opener: \"Responsible for\""));
    assert!(r.stdout.contains("page 1 line 6"));
    assert!(r.stdout.contains("Run again with --yes"));
    assert!(drafts(&env).is_empty());
}

#[test]
fn import_with_yes_makes_roles_and_drafts_once() {
    let env = Env::new();
    let r = env.run(&["import", &path("pandoc.docx"), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Imported 15 drafts and added roles northwind-logistics, brightline-health, pixelforge-studios, city-library-network."), "{}", r.stdout);
    assert!(r.stdout.contains("Start with the weakest: rung open "));
    let files = drafts(&env);
    assert_eq!(files.len(), 15);
    let one = files
        .iter()
        .find(|d| d.contains("Ported the level editor plugins"))
        .unwrap();
    assert!(one.contains("role = \"pixelforge-studios\""), "{one}");
    assert!(one.contains("[imported]"), "{one}");
    assert!(one.contains(
        "text = \"Ported the level editor plugins from C# to Python 3 for the tools team\""
    ));
    assert!(one.contains("pandoc.docx"));
    assert!(one.contains("tags = [\"imported\"]"));
    let roles = env.run(&["role", "list"]);
    assert!(
        roles
            .stdout
            .contains("Software Engineer, Brightline Health  Jun 2018 - Feb 2021"),
        "{}",
        roles.stdout
    );

    // The same file again: nothing twice.
    let again = env.run(&["import", &path("pandoc.docx"), "--yes"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stdout
            .contains("Nothing new: every bullet was imported before."),
        "{}",
        again.stdout
    );
    assert!(again.stdout.contains("already imported as "));
    assert_eq!(drafts(&env).len(), 15);
    // The same resume in another format: still nothing twice.
    env.run(&["import", &path("typst.pdf"), "--yes"]);
    assert_eq!(drafts(&env).len(), 15);
}

#[test]
fn an_existing_role_is_matched_not_added_again() {
    let env = Env::new();
    let added = env.run_role_add("nw", "northwind logistics", "Senior Backend Engineer", &[]);
    assert_eq!(added.code, 0, "{}", added.stderr);
    let r = env.run(&["import", &path("jake.tex"), "--yes"]);
    assert!(r.stdout.contains("-> role `nw`"), "{}", r.stdout);
    let roles = env.run(&["role", "list", "--json"]);
    assert_eq!(
        roles.stdout.matches("\"key\"").count(),
        4,
        "{}",
        roles.stdout
    );
    assert_eq!(
        drafts(&env)
            .iter()
            .filter(|d| d.contains("role = \"nw\""))
            .count(),
        5
    );
}

#[test]
fn json_output_for_scripts() {
    let env = Env::new();
    let r = env.run(&["import", &path("linkedin.zip"), "--format", "json", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["format"], "linkedin");
    assert_eq!(doc["roles"].as_array().unwrap().len(), 4);
    let role = &doc["roles"][1];
    assert_eq!(role["company"], "Brightline Health");
    assert_eq!(role["dates"]["start"], "2018-06");
    let bullet = &role["bullets"][3];
    assert!(
        bullet["text"]
            .as_str()
            .unwrap()
            .starts_with("Worked on the patient portal")
    );
    assert_eq!(bullet["findings"][0]["rule"], "weak-opener");
    assert!(bullet["draft"].as_str().unwrap().len() > 8);
    assert_eq!(doc["imported"]["drafts"], 15);
}

#[test]
fn check_reads_resumes_in_every_format() {
    let env = Env::new();
    for file in [
        "jake.pdf",
        "jake.tex",
        "writer.docx",
        "linkedin.zip",
        "Positions.csv",
        "typst.pdf",
    ] {
        let r = env.run(&["check", &path(file)]);
        assert!(r.code == 0 || r.code == 1, "{file}: {}", r.stderr);
        assert!(
            r.stdout
                .contains("== Junior Developer, Pixelforge Studios =="),
            "{file}: {}",
            r.stdout
        );
        assert!(r.stdout.contains("15 bullets"), "{file}: {}", r.stdout);
    }
}

#[test]
fn an_image_only_pdf_says_it_has_no_text() {
    let env = Env::new();
    let r = env.run(&["import", &path("scan.pdf")]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("no page has a text layer"),
        "{}",
        r.stdout
    );
}

fn assert_clear_error(r: &Run, file: &str, words: &str) {
    assert_eq!(r.code, 2, "{file}: {}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains(file), "{}", r.stderr);
    assert!(r.stderr.contains(words), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

#[test]
fn hostile_files_get_a_clear_error_quickly() {
    let env = Env::with_folders();
    let dir = env.outside();
    let started = Instant::now();

    let pdf = std::fs::read(fixture("jake.pdf")).unwrap();
    std::fs::write(dir.join("truncated.pdf"), &pdf[..pdf.len() / 3]).unwrap();
    let r = env.run(&["import", dir.join("truncated.pdf").to_str().unwrap()]);
    // Either a clear error, or the pages that could be read and a note: never a panic.
    assert!(r.code == 2 || r.code == 1, "{}{}", r.stdout, r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    if r.code == 2 {
        assert!(r.stderr.contains("truncated.pdf"), "{}", r.stderr);
    }

    std::fs::write(dir.join("bomb.docx"), zip_bomb_docx(40)).unwrap();
    let r = env.run(&["import", dir.join("bomb.docx").to_str().unwrap()]);
    assert_clear_error(&r, "bomb.docx", "zip bomb");

    let deep = format!(
        "\\section{{Experience}}\n\\resumeItem{{{}}}\n",
        "{".repeat(200_000)
    );
    std::fs::write(dir.join("deep.tex"), deep).unwrap();
    let r = env.run(&["import", dir.join("deep.tex").to_str().unwrap()]);
    assert_clear_error(&r, "deep.tex line 2", "nest deeper");

    // 50 MB that starts like a PDF: refused by size before any parsing.
    let mut big = b"%PDF-1.4\n".to_vec();
    big.resize(50 * 1024 * 1024, b'0');
    std::fs::write(dir.join("big.pdf"), big).unwrap();
    let r = env.run(&["import", dir.join("big.pdf").to_str().unwrap()]);
    assert_clear_error(&r, "big.pdf", "too large to be a resume");

    std::fs::write(dir.join("noise.pdf"), b"not a pdf at all").unwrap();
    let r = env.run(&["import", dir.join("noise.pdf").to_str().unwrap()]);
    assert_clear_error(&r, "noise.pdf", "does not start like a PDF");

    std::fs::write(dir.join("notes.txt"), b"- Built things").unwrap();
    let r = env.run(&["import", dir.join("notes.txt").to_str().unwrap()]);
    assert_clear_error(&r, "notes.txt", "rung check");

    let r = env.run(&["import", dir.join("missing.pdf").to_str().unwrap()]);
    assert_clear_error(&r, "missing.pdf", "cannot read it");

    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_fifty_page_pdf_is_read_in_bounded_time() {
    let env = Env::with_folders();
    let file = env.outside().join("long.pdf");
    std::fs::write(&file, long_pdf(50, 6)).unwrap();
    let started = Instant::now();
    let r = env.run(&["import", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["roles"].as_array().unwrap().len(), 50);
    assert_eq!(doc["roles"][49]["bullets"].as_array().unwrap().len(), 6);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
