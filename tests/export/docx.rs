//! `rung export --format docx`: LibreOffice (headless, converting to text) and pandoc read the
//! file back with a heading per role and the bullets as a real list, each bullet as typed.

use std::process::Command;

use serde_json::Value;

use crate::setup::{Env, ExportEnv};
use crate::tools;

/// The plain text of pandoc's inline elements.
fn inline_text(inlines: &Value) -> String {
    let mut out = String::new();
    for i in inlines.as_array().unwrap() {
        match i["t"].as_str().unwrap() {
            "Str" => out.push_str(i["c"].as_str().unwrap()),
            "Space" | "SoftBreak" | "LineBreak" => out.push(' '),
            "Emph" | "Strong" | "Underline" | "SmallCaps" => out.push_str(&inline_text(&i["c"])),
            "Span" => out.push_str(&inline_text(&i["c"][1])),
            other => panic!("unexpected inline {other}: {i}"),
        }
    }
    out
}

#[test]
fn word_document_has_headings_and_a_real_list() {
    let (env, bullets) = Env::with_hard_bullets();
    let file = env.path("bullets.docx");
    let r = env.export_to("docx", "-o", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read(&file).unwrap().starts_with(b"PK"));

    if let Some(pandoc) = tools::require("pandoc", "RUNG_TEST_PANDOC") {
        let json = tools::run(
            Command::new(pandoc)
                .args(["-f", "docx", "-t", "json"])
                .arg(&file),
        );
        let doc: Value = serde_json::from_str(&json).unwrap();
        let mut headings = Vec::new();
        let mut items = Vec::new();
        for block in doc["blocks"].as_array().unwrap() {
            match block["t"].as_str().unwrap() {
                "Header" => headings.push(inline_text(&block["c"][2])),
                "BulletList" => {
                    for item in block["c"].as_array().unwrap() {
                        items.push(inline_text(&item[0]["c"]));
                    }
                }
                _ => {}
            }
        }
        assert_eq!(
            headings,
            ["Backend Engineer, Acme Corp", "Developer, Old & Co"]
        );
        assert_eq!(items, bullets, "{json}");
    }

    if let Some(soffice) = tools::require("soffice", "RUNG_TEST_SOFFICE") {
        let profile = env.path("lo-profile");
        tools::run(
            Command::new(soffice)
                .arg(format!(
                    "-env:UserInstallation=file://{}",
                    profile.display()
                ))
                .args(["--headless", "--convert-to", "txt:Text", "--outdir"])
                .arg(env.root())
                .arg(&file),
        );
        let text = std::fs::read_to_string(env.path("bullets.txt")).unwrap();
        let text = text.trim_start_matches('\u{feff}');
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let listed: Vec<String> = lines
            .iter()
            .filter_map(|l| l.strip_prefix('\u{2022}'))
            .map(|l| l.trim().to_string())
            .collect();
        assert_eq!(listed, bullets, "LibreOffice read:\n{text}");
        assert_eq!(lines[0], "Backend Engineer, Acme Corp", "{text}");
        assert!(lines.contains(&"Developer, Old & Co"), "{text}");
    }
}

#[test]
fn docx_needs_a_file() {
    let (env, _) = Env::with_hard_bullets();
    let r = env.run(&["export", "--format", "docx"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("-o bullets.docx"), "{}", r.stderr);
}
