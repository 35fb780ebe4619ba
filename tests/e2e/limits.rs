//! One limit on an answer (2,000 characters), held at every way in, with a
//! clear error; nothing is ever cut without a copy.

use std::fs;

use crate::support::cmd::Env;
use crate::support::pty::Term;

#[test]
fn the_command_line_refuses_an_answer_over_the_limit_and_writes_nothing() {
    let env = Env::new();
    let long = "a".repeat(2_001);
    let r = env.run(&["add", "--task", &long]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("at most 2,000 characters"),
        "{}",
        r.stderr
    );
    assert!(
        fs::read_dir(env.drafts()).unwrap().next().is_none(),
        "no draft written"
    );
    let id = env.add_task(&"a".repeat(2_000));
    let file = env.drafts().join(format!("{id}.toml"));
    let before = fs::read(&file).unwrap();
    for flag in ["--tools", "--metric-what"] {
        let r = env.run(&["set", &id, flag, &long]);
        assert_eq!(r.code, 2, "{flag}: {}", r.stderr);
        assert!(
            r.stderr.contains("2,001 characters"),
            "{flag}: {}",
            r.stderr
        );
    }
    assert_eq!(fs::read(&file).unwrap(), before, "the draft is unchanged");
}

#[test]
fn the_coach_never_cuts_a_hand_written_long_answer() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let env = Env::new();
    let id = env.add_task("Rebuilt the invoice export");
    // The Env's workspace, moved under the pty's root.
    fs::rename(env.ws(), root.join("ws")).unwrap();
    let file = root.join("ws/drafts").join(format!("{id}.toml"));
    let long = format!("Rebuilt {}", "x".repeat(119_998));
    let text = fs::read_to_string(&file)
        .unwrap()
        .replace("Rebuilt the invoice export", &long);
    fs::write(&file, &text).unwrap();
    let mut t = Term::spawn(root, &["open", &id]);
    t.wait_for("120,006 characters");
    t.send("more");
    t.wait_for("not changed");
    t.send("\x03");
    t.wait_exit();
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        text,
        "the file is left as it was"
    );
}

#[test]
fn an_import_with_an_over_long_bullet_imports_nothing() {
    let env = Env::new();
    let input = env.root().join("bullets.txt");
    fs::write(
        &input,
        format!(
            "- Rebuilt the invoice export\n- Built {}\n",
            "x".repeat(2_100)
        ),
    )
    .unwrap();
    let r = env.run(&["check", "--import", input.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("bullet 2"), "{}", r.stderr);
    assert!(r.stderr.contains("at most 2,000"), "{}", r.stderr);
    let listed = env.run(&["list"]);
    assert!(!listed.stdout.contains("Rebuilt"), "{}", listed.stdout);
}

#[test]
fn an_editor_text_over_the_limit_is_kept_whole_in_a_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let tmp = root.join("tmp");
    fs::create_dir(&tmp).unwrap();
    let editor = root.join("editor.sh");
    fs::write(&editor, "#!/bin/sh\nprintf 'Rebuilt %03000d' 0 > \"$1\"\n").unwrap();
    fs::set_permissions(&editor, fs::Permissions::from_mode(0o755)).unwrap();
    let mut t = Term::spawn_env(
        root,
        &["new"],
        &[("VISUAL", &editor), ("EDITOR", &editor), ("TMPDIR", &tmp)],
    );
    t.wait_for("step 1 of 5");
    t.send("\x0f");
    t.wait_for("whole text is kept");
    t.send("\x03");
    t.wait_exit();
    let kept: Vec<_> = fs::read_dir(&tmp)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("rung-answer-"))
        .collect();
    assert_eq!(kept.len(), 1);
    let text = fs::read_to_string(kept[0].path()).unwrap();
    assert_eq!(text.chars().count(), 3_008, "the whole text");
}
