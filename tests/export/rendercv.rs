//! `rung export --format rendercv`: the real RenderCV 2.8 renders fresh and merged files to a PDF
//! whose text shows every bullet as typed, one bullet per highlight; merging changes only the
//! highlights and leaves every other byte of the user's file as it was.
//!
//! RenderCV's Typst template imports the Typst package `@preview/fontawesome:0.6.0` (for the
//! icons beside contact details), which Typst downloads at render time from Typst's own package
//! site. No package registry rung's CI reaches carries it, and no RenderCV setting skips the
//! import, so the test gives Typst a stand-in of that package in a private package cache
//! (`XDG_CACHE_HOME`): its `fa-icon` draws nothing. These files have no contact details, so
//! no icon would be drawn anyway; everything the test checks is RenderCV's own rendering.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_yaml_ng::Value;

use crate::setup::{Env, ExportEnv, assert_pdf_shows_bullets, pdf_text, tricky_bullet};
use crate::tools;

/// Writes the stand-in `fontawesome` Typst package into a cache folder and returns the folder.
fn typst_cache(dir: &Path) -> PathBuf {
    let cache = dir.join("typst-cache");
    let package = cache.join("typst/packages/preview/fontawesome/0.6.0");
    std::fs::create_dir_all(&package).unwrap();
    std::fs::write(
        package.join("typst.toml"),
        "[package]\nname = \"fontawesome\"\nversion = \"0.6.0\"\nentrypoint = \"lib.typ\"\nauthors = [\"rung tests\"]\nlicense = \"MIT\"\ndescription = \"Stand-in for tests: fa-icon draws nothing.\"\n",
    )
    .unwrap();
    std::fs::write(package.join("lib.typ"), "#let fa-icon(..args) = none\n").unwrap();
    cache
}

/// Renders a RenderCV file to PDF and returns the PDF's path; `None` when RenderCV or
/// pdftotext is missing locally.
fn render_pdf(file: &Path) -> Option<PathBuf> {
    let rendercv = tools::require("rendercv", "RUNG_TEST_RENDERCV")?;
    tools::require("pdftotext", "RUNG_TEST_PDFTOTEXT")?;
    let dir = file.parent().unwrap();
    let out = dir.join("rendercv_output");
    let _ = std::fs::remove_dir_all(&out);
    tools::run(
        Command::new(rendercv)
            .args(["render", file.file_name().unwrap().to_str().unwrap()])
            .args(["-nomd", "-nohtml", "-nopng"])
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env("XDG_CACHE_HOME", typst_cache(dir)),
    );
    let pdf = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .expect("RenderCV wrote a PDF");
    Some(pdf)
}

/// A user's own RenderCV file: an editor-schema line, comments, its own indentation and
/// quoting, sections and settings rung does not touch.
const USERS_CV: &str = "# yaml-language-server: $schema=https://raw.githubusercontent.com/rendercv/rendercv/refs/tags/v2.8/schema.json
# My CV, kept in git
cv:
  name: Ada Lovelace   # as on my passport
  email: ada@example.com
  sections:
    summary:
      - Engineer who likes engines.
    Experience:
      # my job now
      - company: acme corp
        position: Backend Engineer
        location: Remote
        start_date: 2021-03
        end_date: present
        highlights:
          - Kept this old bullet.
          - 'Quoted: old one.'
      - company: First Job
        position: Intern
        start_date: 2016-06
        end_date: 2016-09
        highlights:
          - Fetched coffee.
    education:
      - institution: Open University
        area: Maths
        degree: BSc
design:
  theme: sb2nov   # the old look
";

#[test]
fn fresh_file_renders_every_bullet_as_typed_in_the_pdf() {
    let (env, bullets) = Env::with_hard_bullets();
    let file = env.path("cv.yaml");
    let r = env.run(&[
        "export",
        "--format",
        "rendercv",
        "--name",
        "Ada Lovelace",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: Value = serde_yaml_ng::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(doc["cv"]["name"], "Ada Lovelace");
    let experience = &doc["cv"]["sections"]["experience"];
    assert_eq!(
        experience[0]["company"], "Acme Corp",
        "the current role first"
    );
    assert_eq!(experience[0]["end_date"], "present");
    assert_eq!(experience[1]["end_date"], "2021-02");
    if let Some(pdf) = render_pdf(&file) {
        assert_eq!(
            pdf.file_name().unwrap(),
            "Ada_Lovelace_CV.pdf",
            "RenderCV names the file after the user"
        );
        let text = pdf_text(&pdf).unwrap();
        assert_pdf_shows_bullets(&text, &bullets, '\u{2022}');
        assert!(
            !text.contains('\u{2060}'),
            "an invisible joiner reached the PDF"
        );
    }
}

#[test]
fn the_name_comes_from_rung_toml_and_its_absence_is_explained() {
    let (env, _) = Env::with_hard_bullets();
    let r = env.run(&["export", "--format", "rendercv"]);
    let toml = env.ws().join("rung.toml");
    assert!(
        r.stderr.contains(&format!(
            "add `name = \"Your Name\"` to {}, or pass --name",
            toml.display()
        )),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("Your name, as RenderCV"),
        "asked without a terminal: {}",
        r.stderr
    );
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, format!("name = \"Grace Hopper\"\n{text}")).unwrap();
    let r = env.run(&["export", "--format", "rendercv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("name: Grace Hopper"), "{}", r.stdout);
    assert!(!r.stderr.contains("Your Name"), "{}", r.stderr);
    // The flag wins, cleaned of control characters like every name.
    let r = env.run(&[
        "export",
        "--format",
        "rendercv",
        "--name",
        "Ada\x1b[31m  Lovelace\x07",
    ]);
    assert!(r.stdout.contains("name: Ada Lovelace\n"), "{}", r.stdout);
}

#[test]
fn merging_changes_only_the_highlights_and_the_pdf_shows_them() {
    let (env, _) = Env::with_resume();
    let (_, file) = env.merge_into("rendercv", "cv.yaml", USERS_CV);
    assert_eq!(
        std::fs::read_to_string(env.path("cv.yaml.bak")).unwrap(),
        USERS_CV
    );
    let after = std::fs::read_to_string(&file).unwrap();
    let doc: Value = serde_yaml_ng::from_str(&after).unwrap();
    let ours: Vec<String> = doc["cv"]["sections"]["Experience"][0]["highlights"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|v| format!("          - {}\n", yaml_scalar(v.as_str().unwrap())))
        .collect();
    // Old Co (2018-01 to 2021-02) goes between the current job and the 2016 internship.
    let old_co = "      - company: Old Co\n        position: Developer\n        start_date: 2018-01\n        end_date: 2021-02\n        highlights:\n          - Migrated reports to SQL.\n";
    let expected = USERS_CV
        .replace(
            "          - Kept this old bullet.\n          - 'Quoted: old one.'\n",
            &ours.concat(),
        )
        .replace(
            "      - company: First Job\n",
            &format!("{old_co}      - company: First Job\n"),
        );
    assert_eq!(
        after, expected,
        "only the highlights and the new job differ"
    );

    if let Some(pdf) = render_pdf(&file) {
        let text = pdf_text(&pdf).unwrap();
        let shown = [
            tricky_bullet(),
            "Rebuilt the billing API.".to_string(),
            "Migrated reports to SQL.".to_string(),
            "Fetched coffee.".to_string(),
        ];
        // The user's theme, sb2nov, marks bullets with a white bullet.
        assert_pdf_shows_bullets(&text, &shown, '\u{25e6}');
        assert!(!text.contains("Kept this old bullet"));
    }
}

#[test]
fn append_keeps_the_old_lines_as_written() {
    let (env, _) = Env::with_resume();
    let file = env.path("cv.yaml");
    std::fs::write(&file, USERS_CV).unwrap();
    for _ in 0..2 {
        env.ok(&[
            "export",
            "--format",
            "rendercv",
            "--into",
            file.to_str().unwrap(),
            "--merge",
            "append",
            "--role",
            "acme",
        ]);
    }
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(
        after.contains(
            "          - Kept this old bullet.\n          - 'Quoted: old one.'\n          - "
        ),
        "{after}"
    );
    assert_eq!(
        after.matches("Rebuilt the billing API.").count(),
        1,
        "{after}"
    );
    assert!(
        after.starts_with("# yaml-language-server: $schema="),
        "{after}"
    );
}

fn yaml_scalar(text: &str) -> String {
    serde_yaml_ng::to_string(&Value::String(text.to_string()))
        .unwrap()
        .trim_end()
        .to_string()
}
