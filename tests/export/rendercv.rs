//! `rung export --format rendercv`: fresh and merged files are accepted by the real RenderCV 2.8,
//! and a bullet full of markup characters renders as typed.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_yaml_ng::Value;

use crate::support::{Env, TRICKY, tricky_bullet};
use crate::tools;

const WORD_JOINER: char = '\u{2060}';

/// What RenderCV wrote: the Typst source, the Markdown and the HTML rendered from it.
struct Rendered {
    typst: String,
    markdown: String,
    html: String,
}

/// Runs `rendercv render FILE -nopdf -nopng`; `None` when RenderCV is missing locally.
fn render(file: &Path) -> Option<Rendered> {
    let rendercv = tools::require("rendercv", "RUNG_TEST_RENDERCV")?;
    let dir = file.parent().unwrap();
    let out = Command::new(rendercv)
        .args([
            "render",
            file.file_name().unwrap().to_str().unwrap(),
            "-nopdf",
            "-nopng",
        ])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = format!(
        "{}\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(file).unwrap()
    );
    assert!(
        out.status.success(),
        "rendercv rejected {}:\n{said}",
        file.display()
    );
    let output = dir.join("rendercv_output");
    let find = |ext: &str| -> String {
        let path: PathBuf = std::fs::read_dir(&output)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == ext))
            .unwrap_or_else(|| panic!("no .{ext} output:\n{said}"));
        std::fs::read_to_string(path).unwrap()
    };
    Some(Rendered {
        typst: find("typ"),
        markdown: find("md"),
        html: find("html"),
    })
}

/// Checks that the tricky bullet renders as typed in every output.
fn assert_tricky_bullet_renders_as_typed(r: &Rendered) {
    let typed = tricky_bullet();
    // The HTML is RenderCV's rendering of the Markdown: the text a reader sees.
    let seen_in_html = r
        .html
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace(WORD_JOINER, "");
    assert!(
        seen_in_html.contains(&typed),
        "HTML does not show {typed:?}:\n{}",
        r.html
    );
    // The Markdown file: what a Markdown viewer shows, once its backslash escapes are read.
    let md_line = r
        .markdown
        .lines()
        .find(|l| l.contains("billing") && l.contains("events"))
        .unwrap_or_else(|| panic!("bullet missing from Markdown:\n{}", r.markdown));
    let shown: String = unescape_markdown(md_line).replace(WORD_JOINER, "");
    assert_eq!(shown.trim_start_matches("- "), typed);
    // Typst: `#billing` must not reach it as a command, and `$` must not open math.
    assert!(
        !r.typst.contains("#billing"),
        "Typst runs #billing:\n{}",
        r.typst
    );
    assert!(
        r.typst.contains(&format!("\\#{WORD_JOINER}billing")),
        "{}",
        r.typst
    );
    assert!(r.typst.contains("\\$5"), "{}", r.typst);
}

fn unescape_markdown(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

/// A user's own RenderCV file, with sections and settings rung does not touch.
const USERS_CV: &str = "# My CV, kept in git
cv:
  name: Ada Lovelace
  email: ada@example.com
  sections:
    summary:
    - Engineer who likes engines.
    Experience:
    - company: acme corp
      position: Backend Engineer
      location: Remote
      start_date: 2021-03
      end_date: present
      highlights:
      - Kept this old bullet.
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
  theme: sb2nov
";

#[test]
fn fresh_file_is_accepted_and_renders_bullets_as_typed() {
    let (env, _) = Env::with_resume();
    let file = env.path("cv.yaml");
    let r = env.run(&[
        "export",
        "--format",
        "rendercv",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: Value = serde_yaml_ng::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let acme = &doc["cv"]["sections"]["experience"][0];
    assert_eq!(acme["company"], "Acme Corp");
    assert_eq!(acme["end_date"], "present");
    assert_eq!(
        doc["cv"]["sections"]["experience"][1]["end_date"],
        "2021-02"
    );
    assert!(TRICKY.contains('#'));
    if let Some(rendered) = render(&file) {
        assert_tricky_bullet_renders_as_typed(&rendered);
        assert!(rendered.markdown.contains("Migrated reports to SQL."));
    }
}

#[test]
fn merged_file_keeps_the_users_sections_and_is_accepted() {
    let (env, _) = Env::with_resume();
    let file = env.path("cv.yaml");
    std::fs::write(&file, USERS_CV).unwrap();
    let r = env.run(&[
        "export",
        "--format",
        "rendercv",
        "--into",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("1 entry updated, 1 entry added"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(env.path("cv.yaml.bak")).unwrap(),
        USERS_CV
    );

    let before: Value = serde_yaml_ng::from_str(USERS_CV).unwrap();
    let after: Value = serde_yaml_ng::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(after["design"], before["design"]);
    for key in ["name", "email"] {
        assert_eq!(after["cv"][key], before["cv"][key]);
    }
    for section in ["summary", "education"] {
        assert_eq!(
            after["cv"]["sections"][section],
            before["cv"]["sections"][section]
        );
    }
    let keys = |v: &Value| {
        v.as_mapping()
            .unwrap()
            .keys()
            .map(|k| k.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(&after["cv"]["sections"]),
        ["summary", "Experience", "education"]
    );
    let experience = after["cv"]["sections"]["Experience"].as_sequence().unwrap();
    assert_eq!(experience.len(), 3);
    assert_eq!(experience[0]["location"], "Remote");
    assert_eq!(experience[0]["highlights"].as_sequence().unwrap().len(), 2);
    assert_eq!(experience[1], before["cv"]["sections"]["Experience"][1]);
    assert_eq!(experience[2]["company"], "Old Co");

    if let Some(rendered) = render(&file) {
        assert_tricky_bullet_renders_as_typed(&rendered);
        assert!(!rendered.markdown.contains("Kept this old bullet"));
        assert!(rendered.markdown.contains("Fetched coffee."));
        assert!(rendered.markdown.contains("Open University"));
    }
}
