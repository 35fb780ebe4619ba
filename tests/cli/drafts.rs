//! add, set, show, list, delete, restore.

use crate::support::cmd::Env;

const TASK: &str = "Rebuilt the invoice export service";

#[test]
fn add_prints_only_the_id_and_show_prints_the_bullet() {
    let env = Env::new();
    let out = env.ok(&[
        "add",
        "--task",
        TASK,
        "--tools",
        "Rust and Axum",
        "--pack",
        "backend",
    ]);
    let id = out.trim();
    assert_eq!(out, format!("{id}\n"), "stdout must be the id alone");
    assert!(env.draft_file(id).exists());
    let shown = env.ok(&["show", id]);
    assert!(
        shown.starts_with("Rebuilt the invoice export service in Rust and Axum"),
        "{shown}"
    );
}

#[test]
fn add_records_every_answer_tag_and_status() {
    let env = Env::new();
    let id = env.add(&[
        "--task",
        TASK,
        "--tools",
        "Rust",
        "--stack",
        "PostgreSQL",
        "--method",
        "streaming rows",
        "--metric",
        "Cut export time from 40 min to 6 min",
        "--tag",
        "infra",
        "--tag",
        "billing",
        "--finish",
    ]);
    let t = env.read_draft(&id);
    assert_eq!(t["version"].as_integer(), Some(1));
    assert_eq!(t["status"].as_str(), Some("finished"));
    assert_eq!(t["answers"]["method"].as_str(), Some("streaming rows"));
    assert_eq!(t["tags"].as_array().unwrap().len(), 2);
    assert_eq!(t["rung"].as_str(), Some("metric"));
}

#[test]
fn add_places_the_draft_on_the_first_empty_rung() {
    let env = Env::new();
    let id = env.add(&["--task", TASK, "--tools", "Go"]);
    assert_eq!(env.read_draft(&id)["rung"].as_str(), Some("stack"));
}

#[test]
fn metric_helper_flags_compute_the_change() {
    let env = Env::new();
    let id = env.add(&[
        "--task",
        TASK,
        "--metric-what",
        "export time",
        "--metric-before",
        "40 min",
        "--metric-after",
        "6 min",
        "--metric-scope",
        "for 2,000 accounts",
    ]);
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["show", &id, "--json"])).unwrap();
    let phrase = json["metric_phrase"].as_str().unwrap();
    assert!(
        phrase.contains("from 40 min to 6 min (-85%) for 2,000 accounts"),
        "{phrase}"
    );
    assert_eq!(json["level"], 1, "tools, stack and method are still empty");
}

#[test]
fn a_metric_helper_that_cannot_compute_warns_and_exits_1_but_keeps_the_draft() {
    let env = Env::new();
    let r = env.run(&[
        "add",
        "--task",
        TASK,
        "--metric-what",
        "latency",
        "--metric-before",
        "2s",
        "--metric-after",
        "3 GB",
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("metric helper"), "{}", r.stderr);
    assert!(env.draft_file(r.stdout.trim()).exists());
}

const BROKEN_METRIC: [&str; 6] = [
    "--metric-what",
    "latency",
    "--metric-before",
    "2s",
    "--metric-after",
    "3 GB",
];

#[test]
fn add_finish_refuses_while_the_metric_helper_fails_and_force_finishes() {
    let env = Env::new();
    let mut args = vec!["add", "--task", TASK, "--finish"];
    args.extend(BROKEN_METRIC);
    let r = env.run(&args);
    let id = r.stdout.trim();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("draft {id} is not marked finished")),
        "names the draft: {}",
        r.stderr
    );
    assert!(r.stderr.contains("metric helper:"), "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "says how: {}", r.stderr);
    assert_eq!(env.read_draft(id)["status"].as_str(), Some("draft"));
    assert!(
        !env.ok(&["export"]).contains("invoice"),
        "not exported as finished"
    );

    args.push("--force");
    let r = env.run(&args);
    let forced = r.stdout.trim();
    assert_eq!(env.read_draft(forced)["status"].as_str(), Some("finished"));
}

#[test]
fn finish_refuses_on_a_coach_error_and_names_the_rule() {
    let env = Env::new();
    std::fs::create_dir_all(env.config()).unwrap();
    std::fs::write(
        env.config().join("config.toml"),
        "[rules]\nweak-opener = \"error\"\n",
    )
    .unwrap();
    let weak = "Responsible for the invoice export service";
    let r = env.run(&["add", "--task", weak, "--finish"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("coach error (weak-opener, task)"),
        "{}",
        r.stderr
    );
    let id = r.stdout.trim().to_string();
    assert_eq!(env.read_draft(&id)["status"].as_str(), Some("draft"));

    let r = env.run(&["set", &id, "--tools", "Rust", "--finish"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("draft {id}")), "{}", r.stderr);
    let kept = env.read_draft(&id);
    assert_eq!(kept["status"].as_str(), Some("draft"));
    assert_eq!(
        kept["answers"]["tools"].as_str(),
        Some("Rust"),
        "other changes kept"
    );

    env.ok(&["set", &id, "--task", TASK, "--finish"]);
    assert_eq!(env.read_draft(&id)["status"].as_str(), Some("finished"));
}

#[test]
fn force_without_finish_is_a_usage_error() {
    let env = Env::new();
    let r = env.run(&["add", "--task", TASK, "--force"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn show_json_has_answers_level_and_style_and_style_flag_switches() {
    let env = Env::new();
    let id = env.add(&[
        "--task",
        TASK,
        "--tools",
        "Rust",
        "--metric",
        "Cut export time by 85%",
    ]);
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["show", &id, "--json"])).unwrap();
    assert_eq!(json["id"], id);
    assert_eq!(json["level"], 2);
    assert_eq!(json["style"], "impact-last");
    assert_eq!(json["answers"]["tools"], "Rust");
    let first = env.ok(&["show", &id, "--style", "impact-first"]);
    assert!(
        first.starts_with("Cut export time by 85% by rebuilding"),
        "{first}"
    );
}

#[test]
fn set_changes_answers_status_and_tags() {
    let env = Env::new();
    let id = env.add(&["--task", TASK, "--tag", "old"]);
    env.ok(&[
        "set",
        &id,
        "--tools",
        "Go and gRPC",
        "--finish",
        "--tag",
        "new",
        "--untag",
        "old",
    ]);
    let t = env.read_draft(&id);
    assert_eq!(t["answers"]["tools"].as_str(), Some("Go and gRPC"));
    assert_eq!(t["status"].as_str(), Some("finished"));
    assert_eq!(
        t["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect::<Vec<_>>(),
        ["new"]
    );
    env.ok(&["set", &id, "--unfinish"]);
    assert_eq!(env.read_draft(&id)["status"].as_str(), Some("draft"));
}

#[test]
fn list_shows_id_cells_status_and_bullet_and_json_has_the_fields() {
    let env = Env::new();
    let a = env.add(&["--task", TASK, "--tools", "Rust", "--finish"]);
    let b = env.add(&["--task", "Led the on-call rotation"]);
    let out = env.ok(&["list"]);
    let line_a = out.lines().find(|l| l.starts_with(&a)).unwrap();
    assert!(
        line_a.contains("[##...]") && line_a.contains("finished") && line_a.contains("Rebuilt"),
        "{line_a}"
    );
    let line_b = out.lines().find(|l| l.starts_with(&b)).unwrap();
    assert!(
        line_b.contains("[#....]") && line_b.contains("draft"),
        "{line_b}"
    );
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["list", "--json"])).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 2);
    for key in ["id", "status", "level", "role", "updated", "bullet"] {
        assert!(items[0].get(key).is_some(), "missing {key}");
    }
}

#[test]
fn list_filters_by_role_and_refuses_an_unknown_role() {
    let env = Env::new();
    env.add_role("acme", "Acme", "Engineer", &[]);
    let a = env.add(&["--task", TASK, "--role", "acme"]);
    env.add(&["--task", "Led the on-call rotation"]);
    let out = env.ok(&["list", "--role", "acme"]);
    assert_eq!(out.lines().count(), 1);
    assert!(out.starts_with(&a));
    let r = env.run(&["list", "--role", "nope"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("rung role add nope"), "{}", r.stderr);
}

#[test]
fn delete_moves_to_trash_and_restore_brings_it_back() {
    let env = Env::new();
    let id = env.add(&["--task", TASK]);
    let before = std::fs::read(env.draft_file(&id)).unwrap();
    env.ok(&["delete", &id]);
    assert!(!env.draft_file(&id).exists());
    let trashed = env.ws().join("trash").join(format!("{id}.toml"));
    assert_eq!(std::fs::read(&trashed).unwrap(), before);
    assert!(!env.ok(&["list"]).contains(&id));
    env.ok(&["restore", &id]);
    assert_eq!(std::fs::read(env.draft_file(&id)).unwrap(), before);
}

#[test]
fn unknown_ids_fail_with_status_2_and_say_what_to_do() {
    let env = Env::new();
    for cmd in ["show", "delete", "restore", "set"] {
        let r = env.run(&[cmd, "20990101-zzzzz"]);
        assert_eq!(r.code, 2, "{cmd}: {}", r.stderr);
        assert!(r.stderr.contains("20990101-zzzzz"), "{cmd}: {}", r.stderr);
    }
}

#[test]
fn path_like_ids_are_refused_before_touching_the_disk() {
    let env = Env::new();
    std::fs::create_dir_all(env.root().join("x")).unwrap();
    for id in [
        "../x",
        "../../etc/passwd",
        "/tmp/x",
        "a/b",
        "..",
        ".hidden",
        "UPPER",
    ] {
        for cmd in ["show", "delete", "restore", "set", "open"] {
            let r = env.run(&[cmd, id]);
            assert_eq!(r.code, 2, "{cmd} {id}: {}", r.stderr);
            assert!(
                r.stderr.contains("not a draft id"),
                "{cmd} {id}: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn bad_usage_exits_2() {
    let env = Env::new();
    assert_eq!(env.run(&["add"]).code, 2, "--task is required");
    assert_eq!(env.run(&["frobnicate"]).code, 2);
    assert_eq!(env.run(&["add", "--task", "x", "--pack", "nope"]).code, 2);
    assert_eq!(env.run(&["set", "x", "--finish", "--unfinish"]).code, 2);
}

#[test]
fn the_hidden_generator_writes_varied_readable_drafts() {
    let env = Env::new();
    env.ok(&["generate", "--drafts", "60", "--seed", "7"]);
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["list", "--json"])).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 60);
    for level in 1..=5 {
        assert!(
            items.iter().any(|d| d["level"] == level),
            "no draft at level {level}"
        );
    }
    assert!(
        !env.ok(&["--help"]).contains("generate"),
        "hidden from help"
    );
}

/// The index's kept bullets name the packs that wrote them by a fingerprint; another process
/// with the same packs (a user's pack among them) must come to the same one, or home would
/// assemble every row and rewrite the index at each start.
#[test]
fn the_packs_fingerprint_is_the_same_in_another_process() {
    let env = Env::with_folders();
    let backend = concat!(env!("CARGO_MANIFEST_DIR"), "/prompts/backend.toml");
    std::fs::copy(backend, env.config().join("prompts").join("mine.toml")).unwrap();
    env.ok(&["generate", "--drafts", "30", "--seed", "3"]);
    let ws = rung::workspace::Workspace::open(env.ws()).unwrap();
    let (packs, problems) = rung::ladder::PackSet::load(Some(&env.config().join("prompts")));
    assert!(problems.is_empty(), "{problems:?}");
    assert!(packs.get("mine").is_some());
    assert!(ws.index_matches(ws.drafts_time(), &packs));
    let preview = ws.preview(&[], 100, &packs).unwrap();
    assert_eq!(preview.bullets.len(), 30, "every draft kept its bullet");
    let builtin = rung::ladder::PackSet::builtin();
    assert!(!ws.index_matches(ws.drafts_time(), &builtin));
}

#[test]
fn a_closed_pipe_ends_list_quietly() {
    use std::io::Read;
    let env = Env::new();
    env.ok(&["generate", "--drafts", "1500"]);
    let mut child = env
        .command(&["list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
}
