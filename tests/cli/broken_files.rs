//! Hostile and broken files: every kind of broken draft, `rung.toml` and pack
//! (not UTF-8, not TOML, wrong types, missing fields, over 1 MB, a symbolic link pointing out of
//! the workspace, written by a newer rung) is reported with its file and the reason, and left
//! byte for byte unchanged by `list`, `show`, `set`, `export`, `add`, `role`, `packs` and by the
//! coach opening it.

use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;
use rung::coach::Overrides;
use rung::ladder::DraftId;
use rung::tui::Start;
use rung::tui::app::Screen;
use rung::tui::render::theme::Theme;
use rung::workspace::Workspace;

use crate::support::app::Harness;
use crate::support::cmd::Env;

/// One kind of broken file: what to plant and what the reason must say.
struct Broken {
    case: &'static str,
    plant: Plant,
    reason: &'static str,
}

enum Plant {
    Bytes(Vec<u8>),
    /// A symbolic link to a file outside the workspace holding these bytes.
    LinkOut(Vec<u8>),
}

impl Broken {
    /// Puts the broken file at `path`; returns the files whose bytes must never change.
    fn plant(&self, env: &Env, path: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        match &self.plant {
            Plant::Bytes(bytes) => {
                fs::write(path, bytes).unwrap();
                vec![(path.to_path_buf(), bytes.clone())]
            }
            Plant::LinkOut(bytes) => {
                let target = env.outside().join("secret.toml");
                fs::write(&target, bytes).unwrap();
                std::os::unix::fs::symlink(&target, path).unwrap();
                assert!(fs::symlink_metadata(path).unwrap().file_type().is_symlink());
                vec![(target, bytes.clone())]
            }
        }
    }
}

fn assert_unchanged(files: &[(PathBuf, Vec<u8>)], case: &str, after: &str) {
    for (path, bytes) in files {
        assert_eq!(
            &fs::read(path).unwrap(),
            bytes,
            "{case}: {} changed after {after}",
            path.display()
        );
    }
}

/// The kinds, made from a good file's text by `mutate` (which edits a `key = value` line).
fn kinds(good: &str, wrong_type: (&str, &str), missing: &str, newer: (&str, &str)) -> Vec<Broken> {
    let mut huge = good.as_bytes().to_vec();
    huge.extend(std::iter::repeat_n(b'#', 1024 * 1024));
    let mut not_utf8 = good.as_bytes().to_vec();
    not_utf8.extend(b"\n# caf\xe9\n");
    let without: String = good
        .lines()
        .filter(|l| !l.starts_with(missing))
        .map(|l| format!("{l}\n"))
        .collect();
    vec![
        Broken {
            case: "not UTF-8",
            plant: Plant::Bytes(not_utf8),
            reason: "not UTF-8",
        },
        Broken {
            case: "not TOML",
            plant: Plant::Bytes(format!("{good}\n[unclosed\n").into_bytes()),
            reason: "not valid TOML",
        },
        Broken {
            case: "wrong type",
            plant: Plant::Bytes(good.replace(wrong_type.0, wrong_type.1).into_bytes()),
            reason: "invalid type",
        },
        Broken {
            case: "missing field",
            plant: Plant::Bytes(without.into_bytes()),
            reason: "missing field",
        },
        Broken {
            case: "over 1 MB",
            plant: Plant::Bytes(huge),
            reason: "larger than 1 MB",
        },
        Broken {
            case: "symlink out of the folder",
            plant: Plant::LinkOut(good.as_bytes().to_vec()),
            reason: "symbolic link",
        },
        Broken {
            case: "newer version",
            plant: Plant::Bytes(good.replace(newer.0, newer.1).into_bytes()),
            reason: "newer",
        },
    ]
}

const BAD_ID: &str = "20260101-bad00";

fn good_draft_text(env: &Env) -> String {
    let id = env.add(&[
        "--task",
        "Rebuilt the invoice export service",
        "--tag",
        "rust",
    ]);
    let path = env.ws().join("drafts").join(format!("{id}.toml"));
    let text = fs::read_to_string(&path).unwrap();
    fs::remove_file(&path).unwrap();
    text.replace(&id, BAD_ID)
}

fn draft_kinds(good: &str) -> Vec<Broken> {
    kinds(
        good,
        ("tags = [\"rust\"]", "tags = 3"),
        "pack =",
        ("version = 1", "version = 99\nmood = { colour = 7 }"),
    )
}

#[test]
fn every_broken_draft_is_reported_and_left_unchanged_by_every_command() {
    for kind in draft_kinds(&good_draft_text(&Env::with_folders())) {
        let env = Env::with_folders();
        let good = env.add(&["--task", "Led the on-call rotation", "--finish"]);
        let path = env.ws().join("drafts").join(format!("{BAD_ID}.toml"));
        let keep = kind.plant(&env, &path);
        let case = kind.case;

        let r = env.run(&["list"]);
        assert_eq!(r.code, 1, "{case}: {}", r.stderr);
        assert!(r.stdout.contains(&good), "{case}: the good draft is listed");
        assert!(
            r.stderr.contains(&format!("{BAD_ID}.toml")) && r.stderr.contains(kind.reason),
            "{case}: {}",
            r.stderr
        );
        assert_unchanged(&keep, case, "list");

        let show = env.run(&["show", BAD_ID]);
        assert_eq!(show.code, 2, "{case}: {}", show.stderr);
        assert!(show.stderr.contains(kind.reason), "{case}: {}", show.stderr);
        assert_unchanged(&keep, case, "show");

        let set = env.run(&["set", BAD_ID, "--tools", "Go", "--finish"]);
        assert_eq!(set.code, 2, "{case}: {}", set.stderr);
        assert!(set.stderr.contains(&format!("{BAD_ID}.toml")), "{case}");
        assert_unchanged(&keep, case, "set");

        for args in [
            vec!["export", "--all"],
            vec!["export", "--format", "json-resume"],
        ] {
            let r = env.run(&args);
            assert_eq!(r.code, 1, "{case}: {args:?}: {}", r.stderr);
            assert!(r.stderr.contains(kind.reason), "{case}: {}", r.stderr);
            assert_unchanged(&keep, case, "export");
        }
        env.run(&["add", "--task", "Wrote the runbook"]);
        assert_unchanged(&keep, case, "add");
        if matches!(kind.plant, Plant::LinkOut(_)) {
            assert!(
                fs::symlink_metadata(&path)
                    .unwrap()
                    .file_type()
                    .is_symlink(),
                "{case}: the link itself was replaced"
            );
        }

        coach_opens(&env, &path, kind.reason, case);
        assert_unchanged(&keep, case, "the coach opened it");
    }
}

/// Opens the broken draft in the coach (a real workspace, effects run as the loop runs them):
/// it is listed under "cannot read", never opened for editing, and Enter on it says why.
fn coach_opens(env: &Env, path: &Path, reason: &str, case: &str) {
    let mut h = coach(env, Start::Open(DraftId::parse(BAD_ID).unwrap()));
    assert!(
        matches!(h.app.screen, Screen::Home),
        "{case}: a broken draft must not open for editing"
    );
    let status = h.status();
    assert!(status.contains(reason), "{case}: status says {status:?}");
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let screen = h.screen(100, 30);
    assert!(
        screen.contains("cannot read") && screen.contains(&name),
        "{case}:\n{screen}"
    );
    // Walk onto it and press Enter, then quit: still nothing written.
    for _ in 0..5 {
        h.key(KeyCode::Down);
    }
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('q'));
    h.run_until_listed();
    assert!(matches!(h.app.screen, Screen::Home), "{case}");
}

/// The coach on the real workspace of `env`, started with `start`, once its listing is in.
fn coach(env: &Env, start: Start) -> Harness<Workspace> {
    let workspace = Workspace::open(env.ws()).unwrap();
    let mut h = Harness::start_with(workspace, start, Theme::no_color(), Overrides::default());
    h.wait_for_listing();
    h
}

#[test]
fn a_drafts_folder_that_is_a_link_out_is_reported_and_never_written_through() {
    let env = Env::with_folders();
    env.add(&["--task", "Rebuilt the invoice export service"]);
    let drafts = env.ws().join("drafts");
    let elsewhere = env.outside().join("drafts");
    fs::rename(&drafts, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &drafts).unwrap();
    let before: Vec<_> = fs::read_dir(&elsewhere)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();

    let r = env.run(&["list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("drafts") && r.stderr.contains("symbolic link"),
        "{}",
        r.stderr
    );
    let add = env.run(&["add", "--task", "Wrote the runbook"]);
    assert_eq!(add.code, 2, "{}", add.stderr);
    assert!(add.stderr.contains("symbolic link"), "{}", add.stderr);
    let after: Vec<_> = fs::read_dir(&elsewhere)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(before, after, "nothing may be written through the link");
}

fn workspace_file_kinds() -> Vec<Broken> {
    let good = "version = 1\n\n[settings]\npack = \"general\"\n\n[[role]]\nkey = \"acme\"\ncompany = \"Acme\"\ntitle = \"Engineer\"\n";
    kinds(
        good,
        ("pack = \"general\"", "pack = 3"),
        "company =",
        ("version = 1", "version = 99"),
    )
}

#[test]
fn every_broken_workspace_file_is_reported_and_left_unchanged() {
    for kind in workspace_file_kinds() {
        let env = Env::with_folders();
        let draft = env.add(&["--task", "Rebuilt the invoice export service", "--finish"]);
        let path = env.ws().join("rung.toml");
        fs::remove_file(&path).unwrap();
        let keep = kind.plant(&env, &path);
        let case = kind.case;
        let runs: [&[&str]; 6] = [
            &["role", "list"],
            &[
                "role",
                "add",
                "globex",
                "--company",
                "Globex",
                "--title",
                "SRE",
            ],
            &["add", "--task", "Wrote the runbook"],
            &["export", "--format", "json-resume"],
            &["list", "--role", "acme"],
            &["set", &draft, "--role", "acme"],
        ];
        for args in runs {
            let r = env.run(args);
            assert_eq!(r.code, 2, "{case}: {args:?}: {}", r.stderr);
            assert!(
                r.stderr.contains("rung.toml") && r.stderr.contains(kind.reason),
                "{case}: {args:?}: {}",
                r.stderr
            );
            assert_unchanged(&keep, case, &format!("{args:?}"));
        }
        // Drafts stay usable without the workspace file.
        let r = env.run(&["show", &draft]);
        assert_eq!(r.code, 0, "{case}: {}", r.stderr);
        assert_unchanged(&keep, case, "show");

        // The coach lists it as unreadable, and writing a new draft leaves it alone.
        let mut h = coach(&env, Start::Home);
        let screen = h.screen(100, 30);
        assert!(
            screen.contains("rung.toml") && screen.contains("cannot read"),
            "{case}:\n{screen}"
        );
        h.key(KeyCode::Char('n'));
        h.run_until_listed();
        h.key(KeyCode::Enter);
        h.run_until_listed();
        h.type_str("Wrote the runbook");
        h.key(KeyCode::Esc);
        h.run_until_listed();
        assert_eq!(
            h.rt.store.list().drafts.len(),
            2,
            "{case}: the new draft was saved"
        );
        assert_unchanged(&keep, case, "the coach");
    }
}

fn pack_kinds() -> Vec<Broken> {
    let good =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/prompts/general.toml")).unwrap();
    let mut all = kinds(
        &good,
        ("connector = \"\"", "connector = 3"),
        "placeholder =",
        ("[rungs.task]", "version = 2\n[rungs.task]"),
    );
    for k in &mut all {
        k.reason = match k.case {
            "wrong type" => "invalid type",
            "newer version" => "unknown field `version`",
            _ => k.reason,
        };
    }
    all
}

#[test]
fn every_broken_pack_is_reported_and_left_unchanged() {
    for kind in pack_kinds() {
        let env = Env::with_folders();
        let path = env.config().join("prompts").join("mine.toml");
        let keep = kind.plant(&env, &path);
        let case = kind.case;
        let r = env.run(&["packs"]);
        assert_eq!(r.code, 1, "{case}: {}", r.stderr);
        assert!(
            r.stderr.contains("mine.toml") && r.stderr.contains(kind.reason),
            "{case}: {}",
            r.stderr
        );
        assert!(
            !r.stdout.contains("mine.toml"),
            "{case}: a broken pack is not listed"
        );
        env.run(&["add", "--task", "Rebuilt the API", "--pack", "mine"]);
        env.run(&["list"]);
        assert_unchanged(&keep, case, "packs");
    }
}

#[test]
fn a_pipe_in_place_of_a_draft_or_lock_is_handled_without_waiting() {
    let env = Env::with_folders();
    let id = "20261205-aaaaa";
    fs::create_dir_all(env.drafts()).unwrap();
    crate::support::fixtures::mkfifo(&env.drafts().join(format!("{id}.toml")));
    // `delete` moves whatever is there to the trash and returns; it must not wait on the pipe.
    let r = env.run(&["delete", id]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let trashed = env.ws().join("trash").join(format!("{id}.toml"));
    assert!(
        fs::symlink_metadata(&trashed)
            .unwrap()
            .file_type()
            .is_fifo()
    );

    // A pipe where a draft's lock file goes is refused with its path, not waited on.
    let real = env.add_task("Rebuilt the invoice export");
    let lock = env.ws().join(".locks").join(format!("{real}.lock"));
    fs::create_dir_all(lock.parent().unwrap()).unwrap();
    let _ = fs::remove_file(&lock);
    crate::support::fixtures::mkfifo(&lock);
    let r = env.run(&["set", &real, "--tools", "Rust"]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains(".lock") && r.stderr.contains("not a regular file"),
        "{}",
        r.stderr
    );
}
