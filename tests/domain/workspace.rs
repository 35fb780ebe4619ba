//! The workspace on disk, as a user would notice it: files appear where expected, drafts come
//! back exactly as saved, damaged or newer files are reported and never touched, deleting is a
//! move to the trash, and everything is private.

use std::fs;
use std::path::{Path, PathBuf};

use ::rung::ladder::metric::Better;
use ::rung::ladder::{Draft, DraftId, FinalText, MetricSpec, Rung, Status, Style};
use ::rung::workspace::{Role, Workspace, WorkspaceError, WorkspaceFile};

fn workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    (dir, ws)
}

fn id(s: &str) -> DraftId {
    DraftId::parse(s).unwrap()
}

fn at(s: &str) -> jiff::Timestamp {
    s.parse().unwrap()
}

fn draft(name: &str, updated: &str) -> Draft {
    let mut d = Draft::new(id(name), at("2026-01-01T09:00:00Z"), "general");
    d.updated = at(updated);
    d.answers.task = format!("Rebuilt {name}");
    d
}

fn full_draft() -> Draft {
    let mut d = draft("20260102-full1", "2026-01-03T10:30:00.123456789Z");
    d.role = Some("acme".into());
    d.tags = vec!["backend".into(), "rust".into()];
    d.status = Status::Finished;
    d.rung = Rung::Metric;
    d.style = Style::ImpactFirst;
    d.answers.tools = "Rust and Axum".into();
    d.answers.stack = "PostgreSQL, S3 and SQS".into();
    d.answers.method = "streaming rows in batches".into();
    d.answers.metric = "export time 40 min -> 6 min".into();
    d.metric = Some(MetricSpec {
        what: "export time".into(),
        before: "40 min".into(),
        after: "6 min".into(),
        scope: "for 2,000 accounts".into(),
        better: Some(Better::Lower),
    });
    d.final_text = Some(FinalText {
        text: "Cut export time from 40 min to 6 min.".into(),
        style: Style::ImpactFirst,
    });
    d
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

// ---- opening ----------------------------------------------------------------------------

#[test]
fn open_creates_the_folders_and_a_fresh_workspace_file() {
    let (_dir, ws) = workspace();
    assert!(ws.root().join("drafts").is_dir());
    assert!(ws.root().join("trash").is_dir());
    assert_eq!(ws.file().unwrap(), WorkspaceFile::default());
    let text = fs::read_to_string(ws.root().join("rung.toml")).unwrap();
    assert!(text.contains("version = 1"), "{text}");
}

#[test]
fn open_never_rewrites_an_existing_workspace_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rung.toml");
    let text = "# my notes\nversion = 1\n\n[settings]\npack = \"backend\"\n";
    fs::write(&file, text).unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    Workspace::open(dir.path()).unwrap();
    assert_eq!(fs::read_to_string(&file).unwrap(), text);
    assert_eq!(ws.file().unwrap().settings.pack, "backend");
}

#[test]
fn a_damaged_or_newer_workspace_file_is_reported_by_name_and_left_alone() {
    let cases = [
        ("not toml", "version = = 1\n", "line 1"),
        (
            "newer",
            "version = 99\n[future]\nx = 1\n",
            "newer version of rung (version 99)",
        ),
        (
            "wrong type",
            "version = 1\n[settings]\npack = 3\n",
            "field `settings.pack`",
        ),
        (
            "duplicate role",
            "version = 1\n[[role]]\nkey = \"a\"\ncompany = \"A\"\ntitle = \"T\"\n[[role]]\nkey = \"a\"\ncompany = \"B\"\ntitle = \"T\"\n",
            "used twice",
        ),
    ];
    for (case, text, reason) in cases {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rung.toml");
        fs::write(&file, text).unwrap();
        let ws = Workspace::open(dir.path()).unwrap();
        let errors = [
            ws.file().unwrap_err(),
            ws.roles().unwrap_err(),
            ws.update_file(|_| Ok(())).unwrap_err(),
            ws.add_role(role("b")).unwrap_err(),
        ];
        for error in errors {
            let message = error.to_string();
            assert!(message.contains("rung.toml"), "{case}: {message}");
            assert!(message.contains(reason), "{case}: {message}");
        }
        assert_eq!(fs::read_to_string(&file).unwrap(), text, "{case}");
    }
}

#[cfg(unix)]
#[test]
fn files_are_private_new_folders_are_private_and_existing_ones_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    fs::create_dir_all(root.join("drafts")).unwrap();
    fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(root.join("drafts"), fs::Permissions::from_mode(0o777)).unwrap();
    let ws = Workspace::open(&root).unwrap();
    // An existing folder's mode is the user's; a new one is private.
    assert_eq!(mode(&root), 0o755);
    assert_eq!(mode(&root.join("drafts")), 0o777);
    assert_eq!(mode(&root.join("trash")), 0o700);
    assert_eq!(ws.take_notices().len(), 2, "each loose folder is said");
    assert_eq!(mode(&root.join("rung.toml")), 0o600);
    let d = draft("20260101-aaaaa", "2026-01-01T10:00:00Z");
    ws.save(&d).unwrap();
    assert_eq!(mode(&ws.draft_path(&d.id)), 0o600);
    ws.add_role(role("acme")).unwrap();
    assert_eq!(mode(&root.join("rung.toml")), 0o600);
}

// ---- drafts -----------------------------------------------------------------------------

#[test]
fn a_saved_draft_loads_back_equal_and_leaves_no_temp_files() {
    let (_dir, ws) = workspace();
    let d = full_draft();
    ws.save(&d).unwrap();
    assert_eq!(ws.load(&d.id).unwrap(), d);
    let mut changed = d.clone();
    changed.answers.task = "Rewrote the export".into();
    ws.save(&changed).unwrap();
    assert_eq!(ws.load(&d.id).unwrap(), changed);
    assert_eq!(names_in(&ws.root().join("drafts")), ["20260102-full1.toml"]);
}

#[test]
fn save_writes_the_current_format_version() {
    let (_dir, ws) = workspace();
    let mut d = draft("20260101-aaaaa", "2026-01-01T10:00:00Z");
    d.version = 0;
    ws.save(&d).unwrap();
    let text = fs::read_to_string(ws.draft_path(&d.id)).unwrap();
    assert!(text.starts_with("version = 1\n"), "{text}");
}

#[test]
fn loading_a_missing_draft_says_so() {
    let (_dir, ws) = workspace();
    let error = ws.load(&id("20260101-nope1")).unwrap_err();
    assert!(matches!(error, WorkspaceError::NotFound(_)), "{error}");
}

#[test]
fn list_shows_newest_first_and_breaks_ties_by_id() {
    let (_dir, ws) = workspace();
    for (name, updated) in [
        ("20260101-old00", "2026-01-01T08:00:00Z"),
        ("20260101-tieb0", "2026-01-02T08:00:00Z"),
        ("20260101-new00", "2026-01-03T08:00:00Z"),
        ("20260101-tiea0", "2026-01-02T08:00:00Z"),
    ] {
        ws.save(&draft(name, updated)).unwrap();
    }
    let listing = ws.list();
    let order: Vec<&str> = listing.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        order,
        [
            "20260101-new00",
            "20260101-tiea0",
            "20260101-tieb0",
            "20260101-old00"
        ]
    );
    assert!(listing.unreadable.is_empty());
}

#[test]
fn list_ignores_temp_files_hidden_files_other_extensions_and_folders() {
    let (_dir, ws) = workspace();
    ws.save(&draft("20260101-aaaaa", "2026-01-01T10:00:00Z"))
        .unwrap();
    let drafts = ws.root().join("drafts");
    fs::write(drafts.join(".rung-abc.tmp"), "version = ").unwrap();
    fs::write(drafts.join(".#20260101-aaaaa.toml"), "lock").unwrap();
    fs::write(drafts.join("notes.txt"), "hello").unwrap();
    fs::create_dir(drafts.join("20260101-sub00.toml")).unwrap();
    let listing = ws.list();
    assert_eq!(listing.drafts.len(), 1);
    assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);
}

/// A draft file rung cannot use: its name, its bytes, and what the reason must say.
struct BadFile {
    case: &'static str,
    name: &'static str,
    bytes: Vec<u8>,
    reason: &'static str,
}

fn good_text(name: &str) -> String {
    let mut d = draft(name, "2026-01-01T10:00:00Z");
    d.tags = vec!["rust".into()];
    toml::to_string(&d).unwrap()
}

fn bad_files() -> Vec<BadFile> {
    let good = good_text("20260101-bad00");
    let mut huge = good.clone().into_bytes();
    huge.extend(std::iter::repeat_n(b'#', 1024 * 1024));
    let mut not_utf8 = good.clone().into_bytes();
    not_utf8.extend(b"\nnote = \"caf\xe9\"\n");
    vec![
        BadFile {
            case: "not UTF-8",
            name: "20260101-bad00.toml",
            bytes: not_utf8,
            reason: "not UTF-8",
        },
        BadFile {
            case: "not TOML",
            name: "20260101-bad00.toml",
            bytes: good
                .replace("pack = \"general\"", "pack = general")
                .into_bytes(),
            reason: "not valid TOML at line 5",
        },
        BadFile {
            case: "wrong type",
            name: "20260101-bad00.toml",
            bytes: good.replace("tags = [\"rust\"]", "tags = 3").into_bytes(),
            reason: "line 6, field `tags`",
        },
        BadFile {
            case: "missing field",
            name: "20260101-bad00.toml",
            bytes: good.replace("pack = \"general\"\n", "").into_bytes(),
            reason: "missing field `pack`",
        },
        BadFile {
            case: "newer version with new fields",
            name: "20260101-bad00.toml",
            bytes: good
                .replace("version = 1", "version = 99\nmood = { colour = 7 }")
                .replace("rung = \"task\"", "rung = 12")
                .into_bytes(),
            reason: "written by a newer version of rung (version 99); update rung to open it",
        },
        BadFile {
            case: "id does not match the file name",
            name: "20260101-bad00.toml",
            bytes: good_text("20260101-other").into_bytes(),
            reason: "`id = \"20260101-other\"` but its name says `20260101-bad00`",
        },
        BadFile {
            case: "over 1 MB",
            name: "20260101-bad00.toml",
            bytes: huge,
            reason: "larger than 1 MB",
        },
        BadFile {
            case: "odd file name",
            name: "My Draft.toml",
            bytes: good.into_bytes(),
            reason: "not a draft file name",
        },
    ]
}

#[test]
fn every_kind_of_unreadable_draft_is_listed_with_a_reason_and_never_touched() {
    for bad in bad_files() {
        let (_dir, ws) = workspace();
        ws.save(&draft("20260101-good0", "2026-01-01T10:00:00Z"))
            .unwrap();
        let path = ws.root().join("drafts").join(bad.name);
        fs::write(&path, &bad.bytes).unwrap();

        let listing = ws.list();
        assert_eq!(listing.drafts.len(), 1, "{}", bad.case);
        assert_eq!(listing.unreadable.len(), 1, "{}", bad.case);
        let entry = &listing.unreadable[0];
        assert_eq!(entry.file, path, "{}", bad.case);
        assert!(
            entry.reason.contains(bad.reason),
            "{}: {}",
            bad.case,
            entry.reason
        );

        if let Ok(bad_id) = DraftId::parse(bad.name.trim_end_matches(".toml")) {
            assert_eq!(entry.id.as_ref(), Some(&bad_id), "{}", bad.case);
            let loaded = ws.load(&bad_id).unwrap_err();
            assert!(
                matches!(&loaded, WorkspaceError::Unreadable { file, .. } if *file == path),
                "{}: {loaded}",
                bad.case
            );
            assert!(loaded.to_string().contains(bad.reason), "{}", bad.case);
            let saved = ws.save(&draft(bad_id.as_str(), "2026-02-01T10:00:00Z"));
            assert!(
                matches!(saved, Err(WorkspaceError::Unreadable { .. })),
                "{}: save must refuse",
                bad.case
            );
        }
        assert_eq!(
            fs::read(&path).unwrap(),
            bad.bytes,
            "{} was changed",
            bad.case
        );
    }
}

// ---- trash ------------------------------------------------------------------------------

#[test]
fn trash_moves_the_draft_and_restore_brings_it_back() {
    let (_dir, ws) = workspace();
    let d = full_draft();
    ws.save(&d).unwrap();
    ws.trash(&d.id).unwrap();
    assert!(ws.list().drafts.is_empty());
    assert!(matches!(ws.load(&d.id), Err(WorkspaceError::NotFound(_))));
    assert_eq!(names_in(&ws.root().join("trash")), ["20260102-full1.toml"]);
    ws.restore(&d.id).unwrap();
    assert_eq!(ws.load(&d.id).unwrap(), d);
    assert!(names_in(&ws.root().join("trash")).is_empty());
}

/// A draft saved and trashed, then saved again with another task and trashed again: both
/// takes, oldest first.
fn trashed_twice(ws: &Workspace) -> (Draft, Draft) {
    let first = draft("20260101-twice", "2026-01-01T10:00:00Z");
    ws.save(&first).unwrap();
    ws.trash(&first.id).unwrap();
    let mut second = first.clone();
    second.answers.task = "The second take".into();
    ws.save(&second).unwrap();
    ws.trash(&second.id).unwrap();
    (first, second)
}

#[test]
fn trashing_the_same_id_twice_keeps_both_copies() {
    let (_dir, ws) = workspace();
    let (first, second) = trashed_twice(&ws);

    let trash = ws.root().join("trash");
    assert_eq!(
        names_in(&trash),
        ["20260101-twice.1.toml", "20260101-twice.toml"]
    );
    let older = fs::read_to_string(trash.join("20260101-twice.1.toml")).unwrap();
    assert!(older.contains("Rebuilt 20260101-twice"), "{older}");
    ws.restore(&first.id).unwrap();
    assert_eq!(ws.load(&first.id).unwrap(), second);
}

#[test]
fn the_trash_lists_every_copy_restores_an_older_one_and_empties_only_its_own_files() {
    let (_dir, ws) = workspace();
    let (first, _) = trashed_twice(&ws);
    let trash = ws.root().join("trash");
    fs::write(trash.join("notes.txt"), "mine").unwrap();
    let outside = ws.root().join("outside.toml");
    fs::write(&outside, "not rung's").unwrap();
    std::os::unix::fs::symlink(&outside, trash.join("20260102-linked.toml")).unwrap();

    let listed = ws.list_trash().unwrap();
    let names: Vec<&str> = listed.iter().map(|t| t.name.as_str()).collect();
    assert!(names.contains(&"20260101-twice.toml") && names.contains(&"20260101-twice.1.toml"));
    assert!(!names.contains(&"notes.txt"));
    assert!(listed.iter().all(|t| t.trashed.is_some()));
    let older = listed
        .iter()
        .find(|t| t.name == "20260101-twice.1.toml")
        .unwrap();
    assert_eq!(older.draft.as_ref().unwrap(), &first);

    assert_eq!(
        ws.restore_trashed("20260101-twice.1.toml").unwrap(),
        first.id
    );
    assert_eq!(ws.load(&first.id).unwrap(), first);
    let error = ws.restore_trashed("20260101-twice.toml").unwrap_err();
    assert!(error.to_string().contains("already exists"), "{error}");
    assert!(ws.restore_trashed("notes.txt").is_err());

    let (removed, left) = ws.empty_trash().unwrap();
    assert_eq!((removed, left), (1, 2), "the link and notes.txt are left");
    assert_eq!(names_in(&trash), ["20260102-linked.toml", "notes.txt"]);
    assert_eq!(fs::read_to_string(&outside).unwrap(), "not rung's");
    assert_eq!(ws.load(&first.id).unwrap(), first, "drafts are untouched");
}

#[test]
fn restore_refuses_to_replace_a_draft_and_leaves_both_alone() {
    let (_dir, ws) = workspace();
    let old = draft("20260101-clash", "2026-01-01T10:00:00Z");
    ws.save(&old).unwrap();
    ws.trash(&old.id).unwrap();
    let mut current = old.clone();
    current.answers.task = "Current work".into();
    ws.save(&current).unwrap();
    let trashed = ws.root().join("trash").join("20260101-clash.toml");
    let trashed_bytes = fs::read(&trashed).unwrap();

    let error = ws.restore(&old.id).unwrap_err();
    assert!(error.to_string().contains("already exists"), "{error}");
    assert_eq!(ws.load(&old.id).unwrap(), current);
    assert_eq!(fs::read(&trashed).unwrap(), trashed_bytes);
}

#[test]
fn trash_and_restore_of_unknown_ids_say_what_is_missing() {
    let (_dir, ws) = workspace();
    let nobody = id("20260101-nobod");
    assert!(matches!(
        ws.trash(&nobody),
        Err(WorkspaceError::NotFound(_))
    ));
    assert!(matches!(
        ws.restore(&nobody),
        Err(WorkspaceError::NotInTrash(..))
    ));
}

#[test]
fn an_unreadable_draft_can_be_trashed_unchanged() {
    let (_dir, ws) = workspace();
    let bad = id("20260101-junk0");
    fs::write(ws.draft_path(&bad), b"not = [toml").unwrap();
    ws.trash(&bad).unwrap();
    let moved = ws.root().join("trash").join("20260101-junk0.toml");
    assert_eq!(fs::read(moved).unwrap(), b"not = [toml");
}

// ---- ids --------------------------------------------------------------------------------

#[test]
fn ids_that_could_escape_the_folder_are_refused() {
    for bad in [
        "", "../x", "a/b", "a\\b", ".hidden", "-x", "UPPER", "x.toml", "a b", "é",
    ] {
        let error: WorkspaceError = DraftId::parse(bad).unwrap_err().into();
        assert!(
            error.to_string().contains("not a draft id"),
            "{bad}: {error}"
        );
    }
    let long = "a".repeat(65);
    assert!(DraftId::parse(&long).is_err());
}

#[test]
fn new_ids_are_dated_and_free() {
    let (_dir, ws) = workspace();
    let now = at("2026-11-22T10:00:00Z");
    let fresh = ws.new_id(now);
    assert!(fresh.as_str().starts_with("20261122-"), "{fresh}");
    assert!(!ws.draft_path(&fresh).exists());
    let path: PathBuf = ws.draft_path(&fresh);
    assert_eq!(path.parent().unwrap(), ws.root().join("drafts"));
}

// ---- roles ------------------------------------------------------------------------------

fn role(key: &str) -> Role {
    Role {
        key: key.into(),
        company: "Acme".into(),
        title: "Backend engineer".into(),
        start: Some("2022-03".into()),
        end: None,
        current: true,
        pack: None,
    }
}

#[test]
fn roles_are_added_listed_and_found_by_key() {
    let (_dir, ws) = workspace();
    ws.add_role(role("acme")).unwrap();
    let mut past = role("globex");
    past.current = false;
    past.end = Some("2023-12".into());
    past.start = Some("2020-01".into());
    ws.add_role(past.clone()).unwrap();
    assert_eq!(ws.roles().unwrap(), [role("acme"), past.clone()]);
    assert_eq!(ws.role("globex").unwrap(), past);
    let reopened = Workspace::open(ws.root()).unwrap();
    assert_eq!(reopened.roles().unwrap().len(), 2);
}

#[test]
fn unknown_and_duplicate_roles_are_refused() {
    let (_dir, ws) = workspace();
    ws.add_role(role("acme")).unwrap();
    assert!(matches!(ws.role("nope"), Err(WorkspaceError::UnknownRole(k)) if k == "nope"));
    assert!(matches!(
        ws.add_role(role("acme")),
        Err(WorkspaceError::RoleExists(k)) if k == "acme"
    ));
}

#[test]
fn invalid_roles_are_refused_and_the_file_is_unchanged() {
    let with = |change: fn(&mut Role)| {
        let mut r = role("acme");
        change(&mut r);
        r
    };
    let cases = [
        (
            "upper-case key",
            with(|r| r.key = "Acme".into()),
            "only a-z",
        ),
        (
            "key with a space",
            with(|r| r.key = "a b".into()),
            "only a-z",
        ),
        ("empty key", with(|r| r.key = String::new()), "only a-z"),
        (
            "blank company",
            with(|r| r.company = " ".into()),
            "needs a company",
        ),
        (
            "blank title",
            with(|r| r.title = String::new()),
            "needs a title",
        ),
        (
            "bad start",
            with(|r| r.start = Some("2022-3".into())),
            "YYYY-MM",
        ),
        (
            "month 13",
            with(|r| r.start = Some("2022-13".into())),
            "YYYY-MM",
        ),
        (
            "current with an end",
            with(|r| r.end = Some("2024-01".into())),
            "current but also has an end",
        ),
        (
            "ends before it starts",
            with(|r| {
                r.current = false;
                r.end = Some("2021-01".into());
            }),
            "before it starts",
        ),
    ];
    let (_dir, ws) = workspace();
    let file = ws.root().join("rung.toml");
    let before = fs::read(&file).unwrap();
    for (case, bad, reason) in cases {
        let error = ws.add_role(bad).unwrap_err();
        let message = error.to_string();
        assert!(
            matches!(error, WorkspaceError::Invalid(_)),
            "{case}: {message}"
        );
        assert!(message.contains(reason), "{case}: {message}");
        assert!(message.contains("rung.toml"), "{case}: {message}");
        assert_eq!(fs::read(&file).unwrap(), before, "{case}");
    }
    let snake = with(|r| r.key = "acme_2-b".into());
    ws.add_role(snake).unwrap();
}

#[test]
fn a_failed_update_writes_nothing() {
    let (_dir, ws) = workspace();
    let file = ws.root().join("rung.toml");
    let before = fs::read(&file).unwrap();
    let error = ws
        .update_file(|f| {
            f.settings.pack = "backend".into();
            Err(WorkspaceError::Invalid("changed my mind".into()))
        })
        .unwrap_err();
    assert_eq!(error.to_string(), "changed my mind");
    assert_eq!(fs::read(&file).unwrap(), before);
    let updated = ws
        .update_file(|f| {
            f.settings.pack = "backend".into();
            Ok(())
        })
        .unwrap();
    assert_eq!(updated.settings.pack, "backend");
    assert_eq!(ws.file().unwrap(), updated);
}
