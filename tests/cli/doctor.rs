//! `rung doctor`: reports every problem with its file, the reason and what to do (exit 1, or 0
//! when healthy); `--fix` moves broken files to `quarantine/` (never deleting or overwriting),
//! tightens modes, recreates what is missing, and leaves newer files alone.

use crate::support::cmd::Env;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

const BROKEN: &[u8] = b"version = 1\nid = \"20260101-bad00\"\n[answers\n";
const NEWER: &[u8] = b"version = 99\nid = \"20260101-new00\"\n";

/// A workspace with one of every problem the doctor knows.
fn sick_workspace(env: &Env) -> (String, PathBuf) {
    let good = env.add_task("Rebuilt the invoice export service");
    let drafts = env.drafts();
    fs::write(drafts.join("20260101-bad00.toml"), BROKEN).unwrap();
    fs::write(drafts.join("20260101-new00.toml"), NEWER).unwrap();
    fs::write(drafts.join("Notes.toml"), "hello").unwrap();
    fs::write(drafts.join(".rung-crash1.tmp"), "half a fi").unwrap();
    let outside = env.root().join("outside.toml");
    fs::write(&outside, "secret").unwrap();
    std::os::unix::fs::symlink(&outside, drafts.join("20260101-lnk00.toml")).unwrap();
    fs::set_permissions(
        drafts.join(format!("{good}.toml")),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    fs::copy(
        drafts.join(format!("{good}.toml")),
        env.ws().join("trash").join(format!("{good}.toml")),
    )
    .unwrap();
    fs::set_permissions(
        env.ws().join("trash").join(format!("{good}.toml")),
        fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    (good, outside)
}

#[test]
fn a_healthy_workspace_passes_with_status_0() {
    let env = Env::new();
    env.add_task("Rebuilt the invoice export service");
    let r = env.run(&["doctor"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("No problems found"), "{}", r.stdout);
}

#[test]
fn doctor_reports_every_problem_with_file_reason_and_advice_and_changes_nothing() {
    let env = Env::new();
    let (good, _) = sick_workspace(&env);
    let before = snapshot(&env.ws());
    let r = env.run(&["doctor"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let expect = [
        ("drafts/20260101-bad00.toml", "not valid TOML"),
        ("drafts/20260101-new00.toml", "newer version"),
        ("drafts/Notes.toml", "not a draft file name"),
        ("drafts/.rung-crash1.tmp", "interrupted save"),
        ("drafts/20260101-lnk00.toml", "symbolic link"),
        (&format!("drafts/{good}.toml"), "mode 644"),
        (&format!("trash/{good}.toml"), "also a live draft"),
    ];
    for (file, reason) in expect {
        let line = r
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("problem: {file}:")))
            .unwrap_or_else(|| panic!("{file} not reported:\n{}", r.stdout));
        assert!(line.contains(reason), "{line}");
    }
    assert_eq!(r.stdout.matches("what to do:").count(), expect.len());
    assert_eq!(
        snapshot(&env.ws()),
        before,
        "doctor without --fix changed the workspace"
    );

    let json = env.run(&["doctor", "--json"]);
    assert_eq!(json.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(doc["problems"].as_array().unwrap().len(), expect.len());
}

#[test]
fn fix_quarantines_broken_files_tightens_modes_and_leaves_newer_files_alone() {
    let env = Env::new();
    let (good, outside) = sick_workspace(&env);
    // Something already in quarantine with the same name is never overwritten.
    let quarantine = env.ws().join("quarantine");
    fs::create_dir(&quarantine).unwrap();
    fs::write(quarantine.join("20260101-bad00.toml"), "older").unwrap();

    let r = env.run(&["doctor", "--fix"]);
    assert_eq!(
        r.code, 1,
        "the newer draft and the trash clash are left: {}",
        r.stdout
    );
    assert_eq!(
        fs::read(quarantine.join("20260101-bad00.1.toml")).unwrap(),
        BROKEN
    );
    assert_eq!(
        fs::read_to_string(quarantine.join("20260101-bad00.toml")).unwrap(),
        "older"
    );
    assert_eq!(
        fs::read_to_string(quarantine.join("Notes.toml")).unwrap(),
        "hello"
    );
    assert_eq!(
        fs::read_to_string(quarantine.join(".rung-crash1.tmp")).unwrap(),
        "half a fi"
    );
    let link = quarantine.join("20260101-lnk00.toml");
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&outside).unwrap(), "secret");
    assert_eq!(
        fs::read(env.drafts().join("20260101-new00.toml")).unwrap(),
        NEWER
    );
    assert_eq!(mode(&env.drafts().join(format!("{good}.toml"))), 0o600);
    assert!(
        r.stdout.contains("fixed: drafts/20260101-bad00.toml"),
        "{}",
        r.stdout
    );

    let names: Vec<String> = fs::read_dir(env.drafts())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let mut names = names;
    names.sort();
    let mut want = vec![format!("{good}.toml"), "20260101-new00.toml".to_string()];
    want.sort();
    assert_eq!(names, want);

    let again = env.run(&["doctor"]);
    assert_eq!(again.code, 1);
    assert_eq!(
        again.stdout.matches("problem:").count(),
        2,
        "{}",
        again.stdout
    );
    let list = env.run(&["list"]);
    assert!(list.stdout.contains(&good));
}

#[test]
fn fix_rebuilds_a_missing_or_damaged_workspace_file_and_missing_folders() {
    let env = Env::new();
    env.add_task("Rebuilt the invoice export service");
    fs::write(env.ws().join("rung.toml"), "version = = 1\n").unwrap();
    fs::remove_dir(env.ws().join("trash")).unwrap();
    let r = env.run(&["doctor"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("problem: rung.toml: not valid TOML"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("problem: trash: the `trash` folder is missing"),
        "{}",
        r.stdout
    );
    let r = env.run(&["doctor", "--fix"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("Everything is fixed"), "{}", r.stdout);
    assert_eq!(
        fs::read_to_string(env.ws().join("quarantine").join("rung.toml")).unwrap(),
        "version = = 1\n"
    );
    assert_eq!(mode(&env.ws().join("trash")), 0o700);
    let roles = env.run(&["role", "list"]);
    assert_eq!(roles.code, 0, "{}", roles.stderr);

    let gone = Env::new();
    let r = gone.run(&["doctor"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("does not exist"), "{}", r.stdout);
    assert!(!gone.ws().exists(), "doctor without --fix creates nothing");
    assert_eq!(gone.run(&["doctor", "--fix"]).code, 0);
    assert_eq!(gone.run(&["doctor"]).code, 0);
}

#[test]
fn doctor_reports_broken_packs_without_moving_them() {
    let env = Env::new();
    env.add_task("Rebuilt the invoice export service");
    let prompts = env.root().join("config").join("prompts");
    fs::create_dir_all(&prompts).unwrap();
    fs::write(prompts.join("mine.toml"), "title = 3\n").unwrap();
    let r = env.run(&["doctor", "--fix"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("mine.toml"), "{}", r.stdout);
    assert_eq!(
        fs::read_to_string(prompts.join("mine.toml")).unwrap(),
        "title = 3\n"
    );
}

/// Every path under `root` with its bytes (links as their target) and mode.
fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>, u32)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            let meta = fs::symlink_metadata(&p).unwrap();
            let bytes = if meta.file_type().is_symlink() {
                fs::read_link(&p)
                    .unwrap()
                    .to_string_lossy()
                    .as_bytes()
                    .to_vec()
            } else if meta.is_dir() {
                stack.push(p.clone());
                Vec::new()
            } else {
                fs::read(&p).unwrap()
            };
            out.push((p, bytes, meta.permissions().mode()));
        }
    }
    out.sort();
    out
}

#[test]
fn a_draft_waiting_in_recovery_is_reported_and_left_for_the_coach_to_settle() {
    let env = Env::new();
    let add = env.run(&["add", "--task", "Rebuilt the export"]);
    let id = add.stdout.trim().to_string();
    let ws = rung::workspace::Workspace::open(env.ws()).unwrap();
    let mut d = ws
        .load(&rung::ladder::DraftId::parse(&id).unwrap())
        .unwrap();
    d.answers.tools = "Rust".into();
    let file = ws.write_recovery(&d).unwrap();
    let before = fs::read(&file).unwrap();
    let r = env.run(&["doctor"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("recovery"), "{}", r.stdout);
    assert!(r.stdout.contains("start `rung`"), "{}", r.stdout);
    let fixed = env.run(&["doctor", "--fix"]);
    assert_eq!(fixed.code, 1, "only the user can choose: {}", fixed.stdout);
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "left where the coach finds it"
    );
}
