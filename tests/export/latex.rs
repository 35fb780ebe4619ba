//! `rung export --format latex` for Jake's resume template: pdflatex compiles the fresh blocks
//! and a merged `resume.tex`, and the PDF's text shows every bullet as typed; merging changes
//! the items under the matching `\resumeSubheading` and leaves every other byte as it was.

use std::path::Path;
use std::process::Command;

use rung::export::latex::escape;

use crate::setup::{Env, ExportEnv, assert_pdf_shows_bullets, pdf_text};
use crate::tools;

const JAKE: &str = include_str!("fixtures/jake_resume.tex");

/// Compiles a `.tex` file with pdflatex and returns the PDF's text; `None` when pdflatex or
/// pdftotext is missing locally.
fn compile(tex: &Path) -> Option<String> {
    let pdflatex = tools::require("pdflatex", "RUNG_TEST_PDFLATEX")?;
    tools::require("pdftotext", "RUNG_TEST_PDFTOTEXT")?;
    tools::run(
        Command::new(pdflatex)
            .args(["-interaction=nonstopmode", "-halt-on-error"])
            .arg(tex.file_name().unwrap())
            .current_dir(tex.parent().unwrap()),
    );
    pdf_text(&tex.with_extension("pdf"))
}

fn items(bullets: &[String]) -> String {
    bullets
        .iter()
        .map(|b| format!("        \\resumeItem{{{}}}\n", escape(b)))
        .collect()
}

#[test]
fn merging_replaces_the_items_of_the_matching_job_and_the_pdf_shows_them() {
    let (env, bullets) = Env::with_hard_bullets();
    let (_, tex) = env.merge_into("latex", "resume.tex", JAKE);
    assert_eq!(
        std::fs::read_to_string(env.path("resume.tex.bak")).unwrap(),
        JAKE
    );

    let (acme, old) = bullets.split_at(3);
    let old_co = format!(
        "    \\resumeSubheading\n      {{Developer}}{{Jan 2018 -- Feb 2021}}\n      {{Old \\& Co}}{{}}\n      \\resumeItemListStart\n{}      \\resumeItemListEnd\n\n",
        items(old)
    );
    let expected = JAKE
        .replace(
            "        \\resumeItem{Kept this old bullet about 50\\% of the \\$5 plan}\n",
            &items(acme),
        )
        .replace(
            "    % an internship",
            &format!("{old_co}    % an internship"),
        );
    let after = std::fs::read_to_string(&tex).unwrap();
    assert_eq!(after, expected);

    if let Some(text) = compile(&tex) {
        let mut shown = bullets.clone();
        shown.push("Fetched coffee".into());
        assert_pdf_shows_bullets(&text, &shown, '\u{2022}');
        assert!(!text.contains("Kept this old bullet"));
    }
}

#[test]
fn fresh_blocks_compile_in_the_template_with_every_special_character() {
    let (env, bullets) = Env::with_hard_bullets();
    let blocks = env.ok(&["export", "--format", "latex"]);
    assert!(blocks.contains("\\resumeItem{"), "{blocks}");
    let start = JAKE
        .find("\\section{Experience}\n  \\resumeSubHeadingListStart\n")
        .unwrap()
        + "\\section{Experience}\n  \\resumeSubHeadingListStart\n".len();
    let end = JAKE[start..].find("  \\resumeSubHeadingListEnd").unwrap() + start;
    let tex = env.path("fresh.tex");
    std::fs::write(&tex, format!("{}{blocks}{}", &JAKE[..start], &JAKE[end..])).unwrap();
    if let Some(text) = compile(&tex) {
        assert_pdf_shows_bullets(&text, &bullets, '\u{2022}');
        assert!(text.contains("Old & Co"), "{text}");
    }
}

#[test]
fn a_file_without_subheadings_is_left_alone() {
    let (env, _) = Env::with_hard_bullets();
    let tex = env.path("resume.tex");
    std::fs::write(
        &tex,
        "\\documentclass{article}\n\\begin{document}\nHi\n\\end{document}\n",
    )
    .unwrap();
    let r = env.export_to("latex", "--into", &tex);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("resume.tex: there is no \\resumeSubheading"),
        "{}",
        r.stderr
    );
    assert!(!env.path("resume.tex.bak").exists());
}
