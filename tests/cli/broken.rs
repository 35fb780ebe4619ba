//! Unreadable drafts are listed with a reason, never rewritten, and never block the good ones.

use crate::support::cmd::{Env, assert_unchanged};

const CORRUPT: &[u8] = b"version = 1\nid = \"20260101-bad00\"\n[answers\ntask = \"half a file";
const NEWER: &[u8] = b"version = 99\nid = \"20260101-new00\"\ncreated = 2026\nshiny = true\n";

fn workspace_with_broken_files() -> (Env, String) {
    let env = Env::new();
    let good = env.add(&["--task", "Rebuilt the invoice export service", "--finish"]);
    env.plant("20260101-bad00.toml", CORRUPT);
    env.plant("20260101-new00.toml", NEWER);
    (env, good)
}

fn assert_both_unchanged(env: &Env) {
    assert_unchanged(&env.draft_file("20260101-bad00"), CORRUPT);
    assert_unchanged(&env.draft_file("20260101-new00"), NEWER);
}

#[test]
fn list_reports_unreadable_drafts_and_exits_1_but_lists_the_good_one() {
    let (env, good) = workspace_with_broken_files();
    let r = env.run(&["list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains(&good));
    assert!(r.stderr.contains("20260101-bad00.toml"), "{}", r.stderr);
    assert!(
        r.stderr.contains("20260101-new00.toml") && r.stderr.contains("newer"),
        "{}",
        r.stderr
    );
    let json = env.run(&["list", "--json"]);
    assert_eq!(json.code, 1);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&json.stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_both_unchanged(&env);
}

#[test]
fn every_command_leaves_broken_files_byte_for_byte_unchanged() {
    let (env, good) = workspace_with_broken_files();
    let runs: Vec<Vec<&str>> = vec![
        vec!["show", "20260101-bad00"],
        vec!["show", "20260101-new00"],
        vec!["set", "20260101-bad00", "--tools", "Go"],
        vec!["set", "20260101-new00", "--finish"],
        vec!["show", &good],
        vec!["set", &good, "--tools", "Go"],
        vec!["export", "--all"],
        vec!["export", "--format", "markdown"],
        vec!["add", "--task", "Led the on-call rotation"],
        vec!["list", "--json"],
    ];
    for args in runs {
        env.run(&args);
        assert_both_unchanged(&env);
    }
}

#[test]
fn opening_a_broken_draft_fails_with_status_2_naming_the_file() {
    let (env, _) = workspace_with_broken_files();
    let r = env.run(&["show", "20260101-bad00"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("20260101-bad00.toml"), "{}", r.stderr);
    let r = env.run(&["set", "20260101-new00", "--finish"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("newer"), "{}", r.stderr);
}

#[test]
fn export_still_exports_the_good_drafts_and_warns() {
    let (env, _) = workspace_with_broken_files();
    let r = env.run(&["export"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("Rebuilt the invoice export service"),
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("not exported"), "{}", r.stderr);
}
