//! rung export: text and Markdown, filters, and writing to a file, a pipe or a folder.

use crate::support::cmd::Env;

fn workspace() -> Env {
    let env = Env::new();
    env.add_role(
        "acme",
        "Acme Corp",
        "Backend Engineer",
        &["--start", "2021-03", "--current"],
    );
    env.add_role(
        "old",
        "Old Co",
        "Developer",
        &["--start", "2018-01", "--end", "2021-02"],
    );
    env.add(&[
        "--task",
        "Rebuilt the billing API",
        "--role",
        "acme",
        "--finish",
        "--tag",
        "api",
    ]);
    env.add(&[
        "--task",
        "Designed the *audit* log",
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
    ]);
    env.add(&["--task", "Ran the hiring loop", "--role", "acme"]);
    env.add(&["--task", "Wrote the style guide", "--finish"]);
    env
}

#[test]
fn text_groups_finished_bullets_by_role_with_dates() {
    let env = workspace();
    let out = env.ok(&["export"]);
    assert_eq!(
        out,
        "Backend Engineer, Acme Corp (Mar 2021 - present)\n- Rebuilt the billing API.\n- Designed the *audit* log.\n\n\
         Developer, Old Co (Jan 2018 - Feb 2021)\n- Migrated reports to SQL.\n\n- Wrote the style guide.\n"
    );
}

#[test]
fn all_includes_unfinished_drafts() {
    let env = workspace();
    assert!(!env.ok(&["export"]).contains("hiring loop"));
    assert!(
        env.ok(&["export", "--all"])
            .contains("Ran the hiring loop.")
    );
}

#[test]
fn filters_by_role_and_tag() {
    let env = workspace();
    let out = env.ok(&["export", "--role", "old"]);
    assert!(
        out.contains("Migrated reports") && !out.contains("billing"),
        "{out}"
    );
    let out = env.ok(&["export", "--tag", "api"]);
    assert!(
        out.contains("billing API") && !out.contains("audit"),
        "{out}"
    );
}

#[test]
fn markdown_has_headings_dates_and_escapes_formatting() {
    let env = workspace();
    let out = env.ok(&["export", "--format", "markdown"]);
    assert!(
        out.starts_with(
            "## Backend Engineer, Acme Corp\n\n*Mar 2021 - present*\n\n- Rebuilt the billing API.\n"
        ),
        "{out}"
    );
    assert!(out.contains("- Designed the &#42;audit&#42; log."), "{out}");
    assert!(
        out.contains("## Other\n\n- Wrote the style guide."),
        "{out}"
    );
}

#[test]
fn output_file_is_written_whole() {
    let env = workspace();
    let path = env.root().join("bullets.md");
    let r = env.run(&[
        "export",
        "--format",
        "markdown",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        env.ok(&["export", "--format", "markdown"])
    );
}

#[test]
fn nothing_to_export_says_why() {
    let env = Env::new();
    let r = env.run(&["export"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("--all"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn output_into_a_pipe_is_written_straight_and_the_pipe_stays() {
    use std::os::unix::fs::FileTypeExt;
    let env = workspace();
    let pipe = env.root().join("pipe");
    crate::support::fixtures::mkfifo(&pipe);
    let arg = pipe.to_str().unwrap();
    // Nobody reads it yet: an error at once, not a wait.
    let r = env.run(&["export", "-o", arg]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("nothing is reading from it"),
        "{}",
        r.stderr
    );
    // With a reader, text and a Word file both go through the pipe, which is never replaced.
    for format in ["text", "docx"] {
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read(pipe).unwrap())
        };
        let sent = loop {
            let r = env.run(&["export", "--format", format, "-o", arg]);
            if !r.stderr.contains("nothing is reading") {
                break r;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        assert_eq!(sent.code, 0, "{}", sent.stderr);
        let got = reader.join().unwrap();
        assert!(
            std::fs::symlink_metadata(&pipe)
                .unwrap()
                .file_type()
                .is_fifo(),
            "the pipe was replaced by a file"
        );
        match format {
            "text" => assert_eq!(String::from_utf8(got).unwrap(), env.ok(&["export"])),
            _ => assert!(got.starts_with(b"PK"), "not a DOCX (zip) file"),
        }
    }
}

#[test]
fn output_to_a_folder_says_to_give_a_file() {
    let env = workspace();
    let folder = env.root().join("out");
    std::fs::create_dir(&folder).unwrap();
    for format in ["text", "docx"] {
        let r = env.run(&["export", "--format", format, "-o", folder.to_str().unwrap()]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(
            r.stderr.contains("is a folder; give the name of a file"),
            "{}",
            r.stderr
        );
        assert!(folder.is_dir());
    }
}
