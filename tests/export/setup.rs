//! The export tests' setup on top of the shared harness (`tests/support`): workspaces whose
//! bullets hold what resume tools mangle, and reading PDFs back.

use std::path::{Path, PathBuf};
use std::process::Command;

pub use crate::support::cmd::{Env, Run};

/// A bullet with unicode and every character a format might take for markup.
pub const TRICKY: &str =
    "Tagged #billing events for caf\u{e9} \u{1F680} users with $5 at 50% off, p_99 <1s and *ptr";

/// What the export tests add to the shared harness's [`Env`]: dated roles, the two standard
/// workspaces, and exporting to or merging into a file.
pub trait ExportEnv {
    /// A workspace with two roles, finished bullets for both (one tricky), an unfinished one,
    /// and one without a role. Returns the tricky draft's id.
    fn with_resume() -> (Env, String);
    /// A workspace with two roles, added oldest first, whose finished bullets are the hard
    /// tasks. Returns the bullets as `rung export` prints them.
    fn with_hard_bullets() -> (Env, Vec<String>);
    /// Adds the role `key` at `company` as `title` from `start`: until `end`, or current
    /// without one.
    fn add_job(&self, key: &str, company: &str, title: &str, start: &str, end: Option<&str>);
    /// Runs `rung export --format <format> <flag> <file>`, where `flag` is `-o` or `--into`.
    fn export_to(&self, format: &str, flag: &str, file: &Path) -> Run;
    /// Writes `original` to the file `name`, merges the export in `format` into it and checks
    /// that it succeeded with one entry updated and one added; the run and the file.
    fn merge_into(&self, format: &str, name: &str, original: &str) -> (Run, PathBuf);
    /// The finished bullets, as plain `rung export` prints them, in its order.
    fn bullets(&self) -> Vec<String>;
}

/// A fresh temp workspace with its config folder made.
fn fresh() -> Env {
    let env = Env::new();
    std::fs::create_dir_all(env.config()).unwrap();
    env
}

impl ExportEnv for Env {
    fn with_resume() -> (Env, String) {
        let env = fresh();
        env.add_job("acme", "Acme Corp", "Backend Engineer", "2021-03", None);
        env.add_job("old", "Old Co", "Developer", "2018-01", Some("2021-02"));
        let tricky = env.add(&["--task", TRICKY, "--role", "acme", "--finish"]);
        env.add(&[
            "--task",
            "Rebuilt the billing API",
            "--role",
            "acme",
            "--finish",
        ]);
        env.add(&[
            "--task",
            "Migrated reports to SQL",
            "--role",
            "old",
            "--finish",
            "--tag",
            "sql",
        ]);
        env.add(&["--task", "Ran the hiring loop", "--role", "acme"]);
        env.add(&["--task", "Wrote the style guide", "--finish"]);
        (env, tricky)
    }

    fn with_hard_bullets() -> (Env, Vec<String>) {
        let env = fresh();
        env.add_job("old", "Old & Co", "Developer", "2018-01", Some("2021-02"));
        env.add_job("acme", "Acme Corp", "Backend Engineer", "2021-03", None);
        for (i, task) in HARD_TASKS.iter().enumerate() {
            let role = if i == 3 { "old" } else { "acme" };
            env.add(&["--task", task, "--role", role, "--finish"]);
        }
        let bullets = env.bullets();
        (env, bullets)
    }

    fn add_job(&self, key: &str, company: &str, title: &str, start: &str, end: Option<&str>) {
        match end {
            Some(end) => self.add_role(key, company, title, &["--start", start, "--end", end]),
            None => self.add_role(key, company, title, &["--start", start, "--current"]),
        }
    }

    fn export_to(&self, format: &str, flag: &str, file: &Path) -> Run {
        self.run(&["export", "--format", format, flag, file.to_str().unwrap()])
    }

    fn merge_into(&self, format: &str, name: &str, original: &str) -> (Run, PathBuf) {
        let file = self.path(name);
        std::fs::write(&file, original).unwrap();
        let r = self.export_to(format, "--into", &file);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains("1 entry updated, 1 entry added"),
            "{}",
            r.stderr
        );
        (r, file)
    }

    fn bullets(&self) -> Vec<String> {
        self.ok(&["export"])
            .lines()
            .filter_map(|l| l.strip_prefix("- "))
            .map(str::to_string)
            .collect()
    }
}

/// The tricky bullet as rung assembles it (a capital and a full stop).
pub fn tricky_bullet() -> String {
    format!("{TRICKY}.")
}

/// Tasks whose bullets hold what resume tools most often mangle: dashes that could start a
/// sub-bullet, code in backticks, quotes, markup and entities, and every LaTeX special character.
pub const HARD_TASKS: [&str; 4] = [
    "Rebuilt the API - then cut p99 latency \u{2014} by half",
    "Wrote `make check` and the team's \"docs\" -- fast... done",
    "Kept <b>tags</b> & &amp; entities, $$x$$ and @refs ~ok [x](y) {z}",
    "Moved C# and F# code to .NET with a\\b paths, 100% ^up | down_under",
];

/// Text with every run of whitespace made one space, and no space next to a character outside
/// the Basic Multilingual Plane (PDF text extraction puts spaces around emoji unevenly).
pub fn normalise(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    let chars: Vec<char> = joined.chars().collect();
    let wide = |c: Option<&char>| c.is_some_and(|c| u32::from(*c) > 0xFFFF);
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !(**c == ' '
                && (wide(chars.get(i + 1)) || wide(i.checked_sub(1).and_then(|j| chars.get(j)))))
        })
        .map(|(_, c)| *c)
        .collect()
}

/// Asserts a PDF's text shows each bullet whole, after a bullet mark, and has exactly one
/// bullet mark per bullet.
pub fn assert_pdf_shows_bullets(pdf_text: &str, bullets: &[String], mark: char) {
    let text = normalise(pdf_text);
    for b in bullets {
        let wanted = format!("{mark} {}", normalise(b));
        assert!(
            text.contains(&wanted),
            "the PDF does not show {wanted:?} as typed:\n{pdf_text}"
        );
    }
    assert_eq!(
        text.matches(mark).count(),
        bullets.len(),
        "one bullet per highlight:\n{pdf_text}"
    );
}

/// The text layer of a PDF, read with pdftotext; `None` when pdftotext is missing locally.
pub fn pdf_text(pdf: &std::path::Path) -> Option<String> {
    let pdftotext = crate::tools::require("pdftotext", "RUNG_TEST_PDFTOTEXT")?;
    let out = Command::new(pdftotext)
        .arg("-raw")
        .arg("-enc")
        .arg("UTF-8")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}
