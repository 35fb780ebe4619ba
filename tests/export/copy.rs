//! `rung copy` with providers that need no display: printing, the user's own command from the
//! config file, and the messages when a provider cannot work.

use crate::setup::{Env, ExportEnv, tricky_bullet};

fn write_config(env: &Env, text: &str) {
    std::fs::create_dir_all(env.config()).unwrap();
    std::fs::write(env.config().join("config.toml"), text).unwrap();
}

/// A config whose clipboard command writes what it gets into `got.txt`.
fn capture_config(env: &Env) -> std::path::PathBuf {
    let got = env.path("got.txt");
    write_config(
        env,
        &format!(
            "theme = \"later-issue-key\"\nclipboard_command = [\"sh\", \"-c\", \"cat > '{}'\"]\n",
            got.display()
        ),
    );
    got
}

#[test]
fn print_shows_the_text_to_select_by_hand() {
    let (env, id) = Env::with_resume();
    let r = env.run(&["copy", &id, "--clipboard", "print"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("{}\n", tricky_bullet()));
    assert!(r.stderr.contains("select and copy by hand"), "{}", r.stderr);
}

#[test]
fn the_configured_command_gets_the_exact_text() {
    let (env, id) = Env::with_resume();
    let got = capture_config(&env);
    let r = env.run(&["copy", &id]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "Copied with sh.\n");
    assert_eq!(r.stdout, "");
    assert_eq!(std::fs::read_to_string(got).unwrap(), tricky_bullet());
}

#[test]
fn a_role_is_copied_as_a_bulleted_list_of_its_finished_bullets() {
    let (env, _) = Env::with_resume();
    let got = capture_config(&env);
    env.ok(&["copy", "--role", "acme"]);
    assert_eq!(
        std::fs::read_to_string(&got).unwrap(),
        format!("- {}\n- Rebuilt the billing API.", tricky_bullet())
    );
    env.ok(&["copy", "--role", "acme", "--all"]);
    assert!(
        std::fs::read_to_string(&got)
            .unwrap()
            .ends_with("\n- Ran the hiring loop.")
    );
}

#[test]
fn style_flag_assembles_in_that_style() {
    let env = Env::new();
    let id = env.add(&[
        "--task",
        "Rebuilt the export service",
        "--metric-what",
        "export time",
        "--metric-before",
        "40 min",
        "--metric-after",
        "6 min",
    ]);
    let r = env.run(&[
        "copy",
        &id,
        "--style",
        "impact-first",
        "--clipboard",
        "print",
    ]);
    assert!(
        r.stdout
            .starts_with("Cut export time from 40 min to 6 min (-85%) by rebuilding"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_failing_provider_still_shows_the_text() {
    let (env, id) = Env::with_resume();
    write_config(
        &env,
        "clipboard_command = [\"sh\", \"-c\", \"echo no clipboard today >&2; exit 3\"]\n",
    );
    let r = env.run(&["copy", &id]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no clipboard today"), "{}", r.stderr);
    assert_eq!(r.stdout, format!("{}\n", tricky_bullet()));
}

#[test]
fn system_without_a_display_says_so_and_shows_the_text() {
    let (env, id) = Env::with_resume();
    let r = env.run(&["copy", &id, "--clipboard", "system"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("neither WAYLAND_DISPLAY nor DISPLAY"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, format!("{}\n", tricky_bullet()));
}

#[test]
fn the_flag_overrides_the_config() {
    let (env, id) = Env::with_resume();
    write_config(&env, "clipboard = \"system\"\n");
    let r = env.run(&["copy", &id, "--clipboard", "print"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_malformed_config_names_the_file_and_line() {
    let (env, id) = Env::with_resume();
    write_config(&env, "# prefs\nclipboard = \"clipboard-please\"\n");
    let r = env.run(&["copy", &id]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("config.toml: line 2:"), "{}", r.stderr);
}

#[test]
fn copy_needs_an_id_or_a_role() {
    let env = Env::new();
    assert_eq!(env.run(&["copy"]).code, 2);
    let r = env.run(&["copy", "--role", "nope"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("rung role add nope"), "{}", r.stderr);
}

#[test]
fn lists_put_the_current_role_first_then_the_latest_end() {
    let env = Env::new();
    for (key, start, end) in [
        ("first", "2012-01", Some("2014-12")),
        ("now", "2021-03", None),
        ("mid", "2015-01", Some("2020-12")),
    ] {
        env.add_job(key, key, "Engineer", start, end);
        env.add(&[
            "--task",
            &format!("Built the {key} thing"),
            "--role",
            key,
            "--finish",
            "--tag",
            "t",
        ]);
    }
    let got = capture_config(&env);
    env.ok(&["copy", "--tag", "t"]);
    assert_eq!(
        std::fs::read_to_string(&got).unwrap(),
        "- Built the now thing.\n- Built the mid thing.\n- Built the first thing."
    );
    let text = env.ok(&["export"]);
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("Engineer")).collect();
    assert_eq!(
        headings,
        [
            "Engineer, now (Mar 2021 - present)",
            "Engineer, mid (Jan 2015 - Dec 2020)",
            "Engineer, first (Jan 2012 - Dec 2014)"
        ]
    );
}
