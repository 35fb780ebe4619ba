//! `rung export --format markdown`: rendered by pandoc (CommonMark, GitHub's dialect and pandoc's
//! own, which reads maths, superscripts and citations) and by python-markdown (MkDocs, Pelican),
//! every bullet shows exactly as typed.

use std::process::Command;

use crate::setup::{Env, ExportEnv, tricky_bullet};
use crate::tools;

/// The texts of the `<li>` elements of an HTML page, with character references read.
pub fn list_items(html: &str) -> Vec<String> {
    html.split("<li>")
        .skip(1)
        .map(|rest| {
            let item = unescape_html(&rest[..rest.find("</li>").unwrap()]);
            item.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// HTML text with its character references (`&amp;`, `&#42;`, `&#x2A;`) read.
pub fn unescape_html(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let reference = rest
            .find(';')
            .filter(|_| c == '&')
            .map(|end| (&rest[1..end], end));
        match reference {
            Some((name, end)) => {
                out.push(match name {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    n if n.starts_with("#x") => {
                        char::from_u32(u32::from_str_radix(&n[2..], 16).unwrap()).unwrap()
                    }
                    n => char::from_u32(n[1..].parse().unwrap()).unwrap(),
                });
                rest = &rest[end + 1..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Text with pandoc's typographic quotes, dashes and ellipses set back as typed.
fn untypeset(text: &str) -> String {
    text.replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201C}', '\u{201D}'], "\"")
        .replace('\u{2013}', "--")
        .replace('\u{2026}', "...")
}

#[test]
fn every_renderer_shows_the_bullets_and_headings_as_typed() {
    let pandoc = tools::require("pandoc", "RUNG_TEST_PANDOC");
    let python = tools::require("python with markdown", "RUNG_TEST_PYTHON_MARKDOWN");
    let (env, mut bullets) = Env::with_hard_bullets();
    env.add(&[
        "--task",
        "Tagged #billing for caf\u{e9} \u{1F680} users, p_99 <1s and *ptr, x^2^ for $a$ @doe",
        "--finish",
    ]);
    bullets.push(env.bullets().last().unwrap().clone());
    let file = env.path("bullets.md");
    env.ok(&[
        "export",
        "--format",
        "markdown",
        "-o",
        file.to_str().unwrap(),
    ]);
    let mut pages = Vec::new();
    if let Some(pandoc) = &pandoc {
        for dialect in ["commonmark", "gfm", "markdown"] {
            let html = tools::run(
                Command::new(pandoc)
                    .args(["-f", dialect, "-t", "html"])
                    .arg(&file),
            );
            pages.push((format!("pandoc -f {dialect}"), html));
        }
    }
    if let Some(python) = &python {
        let html = tools::run(Command::new(python).args(["-m", "markdown"]).arg(&file));
        pages.push(("python-markdown".to_string(), html));
    }
    for (renderer, html) in pages {
        let mut items = list_items(&html);
        if renderer == "pandoc -f markdown" {
            // pandoc's own Markdown sets quotes, `--` and `...` as typographic marks on purpose
            // (its `smart` extension): the same words, typeset. Maths, superscripts and
            // citations would change the words, so those must not happen.
            items = items.iter().map(|i| untypeset(i)).collect();
        }
        assert_eq!(items, bullets, "{renderer}:\n{html}");
        let text = unescape_html(&html);
        for heading in [
            "Backend Engineer, Acme Corp",
            "Developer, Old & Co",
            "Other",
        ] {
            assert!(
                text.contains(heading),
                "{renderer} lost {heading:?}:\n{html}"
            );
        }
    }
    assert!(tricky_bullet().contains('#'));
}
