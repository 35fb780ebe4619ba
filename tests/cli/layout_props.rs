//! Random workspace layouts (links out of the workspace,
//! named pipes, files where folders belong, odd modes, broken files) under random commands
//! and random arguments. No command may panic, hang, or write outside the workspace.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use proptest::prelude::*;

use crate::support::cmd;
use crate::support::fixtures::mkfifo;

/// What to put at one place in the workspace.
#[derive(Debug, Clone, Copy)]
enum Thing {
    Missing,
    Real,
    LinkOut,
    Fifo,
    PlainFile,
    Garbage,
    Mode(u32),
}

fn thing() -> impl Strategy<Value = Thing> {
    prop_oneof![
        Just(Thing::Missing),
        Just(Thing::Real),
        Just(Thing::Real),
        Just(Thing::LinkOut),
        Just(Thing::Fifo),
        Just(Thing::PlainFile),
        Just(Thing::Garbage),
        prop::sample::select(vec![0o777, 0o1777, 0o755, 0o500]).prop_map(Thing::Mode),
    ]
}

const ID: &str = "20261205-aaaaa";
const DRAFT: &str = "version = 1\nid = \"20261205-aaaaa\"\ncreated = \"2026-12-05T10:00:00Z\"\nupdated = \"2026-12-05T10:00:00Z\"\npack = \"general\"\nrung = \"task\"\n\n[answers]\ntask = \"Rebuilt the invoice export\"\n";

/// Puts `thing` at `path`; `dir` says whether rung keeps a folder there.
fn place(path: &Path, dir: bool, thing: Thing, outside: &Path, content: &str) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::remove_dir_all(path);
    let _ = std::fs::remove_file(path);
    match thing {
        Thing::Missing => {}
        Thing::Real | Thing::Mode(_) if dir => std::fs::create_dir_all(path).unwrap(),
        Thing::Real | Thing::Mode(_) => std::fs::write(path, content).unwrap(),
        Thing::LinkOut => std::os::unix::fs::symlink(outside, path).unwrap(),
        Thing::Fifo => mkfifo(path),
        Thing::PlainFile => std::fs::write(path, "not what rung keeps here").unwrap(),
        Thing::Garbage if dir => std::fs::create_dir_all(path).unwrap(),
        Thing::Garbage => std::fs::write(path, "version = [\u{1b}[2J").unwrap(),
    }
    if let Thing::Mode(mode) = thing {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

/// Every file under `dir` (links not followed) with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = e.path();
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
        }
    }
    out
}

/// Runs rung; fails when it does not end within 20 s or panics.
fn run(root: &Path, args: &[String]) {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut cmd = cmd::command(root, &args);
    cmd.env("RUNG_STATE_DIR", root.join("state"))
        .env("HOME", root.join("home"))
        .current_dir(root);
    let r = cmd::bounded(cmd, "", Duration::from_secs(20));
    assert_ne!(r.code, 101, "rung {args:?} panicked: {}", r.stderr);
    assert!(
        !r.stderr.contains("panicked"),
        "rung {args:?}: {}",
        r.stderr
    );
}

fn command() -> impl Strategy<Value = Vec<String>> {
    let fixed = prop::sample::select(vec![
        "list",
        "list --json",
        "show 20261205-aaaaa",
        "add --task Rebuilt_the_export",
        "set 20261205-aaaaa --finish",
        "set 20261205-aaaaa --tools Rust",
        "delete 20261205-aaaaa",
        "restore 20261205-aaaaa",
        "doctor",
        "doctor --fix",
        "doctor --json",
        "role add acme --company Acme --title Eng",
        "role list",
        "export",
        "export --format json-resume",
        "check ws/drafts/20261205-aaaaa.toml",
        "match ws/drafts/20261205-aaaaa.toml",
        "coverage",
    ])
    .prop_map(|c| {
        c.split(' ')
            .map(|s| s.replace('_', " "))
            .collect::<Vec<_>>()
    });
    let random = prop::collection::vec("\\PC{0,12}|--[a-z]{1,8}", 0..4);
    prop_oneof![4 => fixed, 1 => random]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_layout_and_no_command_panics_hangs_or_writes_outside(
        root_mode in prop::sample::select(vec![0o700, 0o755, 0o1777]),
        drafts in thing(),
        draft in thing(),
        trash in thing(),
        recovery in thing(),
        quarantine in thing(),
        locks in thing(),
        rung_toml in thing(),
        commands in prop::collection::vec(command(), 1..4),
    ) {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let ws = root.join("ws");
        let outside = root.join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("canary.toml"), DRAFT).unwrap();
        std::fs::create_dir_all(&ws).unwrap();
        std::fs::set_permissions(&ws, std::fs::Permissions::from_mode(root_mode)).unwrap();
        place(&ws.join("rung.toml"), false, rung_toml, &outside, "version = 1\n");
        place(&ws.join("drafts"), true, drafts, &outside, "");
        if std::fs::symlink_metadata(ws.join("drafts")).is_ok_and(|m| m.is_dir()) {
            place(&ws.join("drafts").join(format!("{ID}.toml")), false, draft, &outside.join("canary.toml"), DRAFT);
        }
        place(&ws.join("trash"), true, trash, &outside, "");
        place(&ws.join("recovery"), true, recovery, &outside, "");
        place(&ws.join("quarantine"), true, quarantine, &outside, "");
        place(&ws.join(".locks"), true, locks, &outside, "");
        let before = snapshot(&outside);
        for args in &commands {
            run(root, args);
        }
        prop_assert_eq!(snapshot(&outside), before, "nothing written outside the workspace");
    }
}
