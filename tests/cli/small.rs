//! Small cases at the command line: an empty task, an impossible date, a damaged
//! `rung.toml` behind `rung list`, and ten `rung set` at once on one draft.

use std::fs;

use crate::support::cmd::Env;

#[test]
fn an_empty_task_is_refused_and_writes_nothing() {
    let env = Env::new();
    for task in ["", "   "] {
        let r = env.run(&["add", "--task", task]);
        assert_eq!(r.code, 2, "{task:?}: {}", r.stderr);
        assert!(r.stderr.contains("`--task` is empty"), "{}", r.stderr);
    }
    assert!(!env.drafts().exists() || fs::read_dir(env.drafts()).unwrap().next().is_none());
}

#[test]
fn a_role_date_before_1900_is_refused() {
    let env = Env::new();
    for start in ["0000-01", "1066-10"] {
        let r = env.run_role_add("acme", "Acme", "Eng", &["--start", start]);
        assert_eq!(r.code, 2, "{start}: {}", r.stderr);
        assert!(r.stderr.contains("YYYY-MM"), "{}", r.stderr);
    }
    let r = env.run_role_add("acme", "Acme", "Eng", &["--start", "1999-12"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn list_says_when_rung_toml_is_damaged() {
    let env = Env::new();
    env.add_task("Rebuilt the invoice export");
    fs::write(env.ws().join("rung.toml"), "version = [broken").unwrap();
    let r = env.run(&["list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("rung.toml"), "{}", r.stderr);
    assert!(
        r.stdout.contains("Rebuilt the invoice export"),
        "{}",
        r.stdout
    );
}

#[test]
fn ten_set_commands_at_once_on_one_draft_all_succeed() {
    let env = std::sync::Arc::new(Env::new());
    let id = env.add_task("Rebuilt the invoice export");
    let runs: Vec<_> = (0..10)
        .map(|n| {
            let (env, id) = (env.clone(), id.clone());
            std::thread::spawn(move || env.run(&["set", &id, "--tag", &format!("t{n}")]))
        })
        .collect();
    for run in runs {
        let r = run.join().unwrap();
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let draft: toml::Table = fs::read_to_string(env.drafts().join(format!("{id}.toml")))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        draft["tags"].as_array().unwrap().len(),
        10,
        "every change is kept"
    );
}

#[test]
fn an_unreadable_recovered_draft_is_quarantined_by_doctor_fix_so_doctor_passes_again() {
    let env = Env::new();
    let id = env.add_task("Rebuilt the invoice export");
    let recovery = env.ws().join("recovery");
    fs::create_dir_all(&recovery).unwrap();
    fs::write(recovery.join(format!("{id}.toml")), "not = [toml").unwrap();
    let r = env.run(&["doctor"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("doctor --fix"), "{}", r.stdout);
    let r = env.run(&["doctor", "--fix"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let r = env.run(&["doctor"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(
        fs::read_dir(env.ws().join("quarantine")).unwrap().count(),
        1,
        "kept, not deleted"
    );
}

#[test]
fn doctor_json_gives_a_file_name_that_is_not_utf8_exactly() {
    use std::os::unix::ffi::OsStrExt;
    let env = Env::new();
    env.add_task("Rebuilt the invoice export");
    let name = std::ffi::OsStr::from_bytes(b"bad\xff.toml");
    fs::write(env.drafts().join(name), "x").unwrap();
    let r = env.run(&["doctor", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let problem = doc["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"].as_str().unwrap().contains("bad"))
        .expect("the file is reported");
    assert_eq!(problem["file"].as_str(), Some("drafts/bad\\xff.toml"));
    assert!(!r.stdout.contains('\u{fffd}'), "{}", r.stdout);
    let bytes: Vec<u8> = problem["file_bytes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect();
    assert!(bytes.ends_with(b"drafts/bad\xff.toml"));
}

#[test]
fn exports_carry_no_zero_width_characters_or_byte_order_marks() {
    let env = Env::new();
    let r = env.run(&[
        "role",
        "add",
        "acme",
        "--company",
        "Ac\u{200b}me",
        "--title",
        "\u{feff}Engineer",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = env.run(&[
        "add",
        "--task",
        "Re\u{200b}built the in\u{feff}voice export in Ru\u{2060}st",
        "--role",
        "acme",
        "--finish",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for format in ["text", "markdown", "json-resume", "rendercv"] {
        let r = env.run(&["export", "--format", format]);
        assert_eq!(r.code, 0, "{format}: {}", r.stderr);
        assert!(
            !r.stdout
                .chars()
                .any(|c| matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')),
            "{format}: {:?}",
            r.stdout
        );
        assert!(
            r.stdout.contains("Rebuilt the invoice export"),
            "{format}: {}",
            r.stdout
        );
    }
}
