//! rung role add/list and rung packs.

use crate::support::cmd::Env;

#[test]
fn roles_are_added_listed_and_kept_in_rung_toml() {
    let env = Env::new();
    env.add_role(
        "acme",
        "Acme",
        "Engineer",
        &["--start", "2021-03", "--current"],
    );
    let out = env.ok(&["role", "list"]);
    assert!(
        out.contains("acme")
            && out.contains("Engineer, Acme")
            && out.contains("Mar 2021 - present"),
        "{out}"
    );
    let toml = std::fs::read_to_string(env.ws().join("rung.toml")).unwrap();
    assert!(toml.contains("company = \"Acme\""), "{toml}");
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["role", "list", "--json"])).unwrap();
    assert_eq!(json[0]["current"], true);
}

#[test]
fn bad_roles_are_refused_with_status_2() {
    let env = Env::new();
    env.add_role("acme", "Acme", "Engineer", &[]);
    let dup = env.run_role_add("acme", "B", "C", &[]);
    assert_eq!(dup.code, 2);
    assert!(dup.stderr.contains("acme"), "{}", dup.stderr);
    assert_eq!(
        env.run_role_add("x", "B", "C", &["--start", "March"]).code,
        2
    );
    assert_eq!(env.run_role_add("../x", "B", "C", &[]).code, 2);
    assert_eq!(
        env.run_role_add("y", "B", "C", &["--end", "2020-01", "--current"])
            .code,
        2
    );
    // A control character typed into a name is about the command line, not about rung.toml,
    // and the message itself reaches the terminal clean.
    let hostile = env.run_role_add("ev", "Ev\x1b[31mil\u{202E} Corp", "Engineer", &[]);
    assert_eq!(hostile.code, 2);
    assert!(
        hostile
            .stderr
            .contains("control character or bidi override in its company")
            && !hostile.stderr.contains("rung.toml")
            && !hostile.stderr.contains('\x1b'),
        "{}",
        hostile.stderr
    );
    let listed = env.ok(&["role", "list"]);
    assert!(!listed.contains("ev "), "{listed}");
}

#[test]
fn packs_lists_builtin_and_user_packs() {
    let env = Env::new();
    let out = env.ok(&["packs"]);
    assert!(
        out.contains("general") && out.contains("backend") && out.contains("built in"),
        "{out}"
    );

    let prompts = env.config().join("prompts");
    std::fs::create_dir_all(&prompts).unwrap();
    let backend =
        include_str!("../../prompts/backend.toml").replace("Backend engineering", "My backend");
    std::fs::write(prompts.join("backend.toml"), backend).unwrap();
    let general = include_str!("../../prompts/general.toml")
        .replace("title = \"General\"", "title = \"Writing\"");
    std::fs::write(prompts.join("writing.toml"), general).unwrap();
    let out = env.ok(&["packs"]);
    assert!(
        out.contains("My backend") && out.contains("replaces the built-in pack"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("writing") && l.contains("writing.toml")),
        "{out}"
    );
    let id = env.add(&["--task", "Wrote the handbook", "--pack", "writing"]);
    assert_eq!(env.read_draft(&id)["pack"].as_str(), Some("writing"));
}

#[test]
fn a_malformed_pack_is_reported_with_file_line_and_field() {
    let env = Env::new();
    let prompts = env.config().join("prompts");
    std::fs::create_dir_all(&prompts).unwrap();
    std::fs::write(
        prompts.join("broken.toml"),
        "title = \"x\"\ndescription = \"y\"\n\n[rungs.task]\nquestion = 42\n",
    )
    .unwrap();
    let r = env.run(&["packs"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("broken.toml:5"), "{}", r.stderr);
    assert!(
        r.stderr.contains("question") || r.stderr.contains("string"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.contains("general"),
        "the good packs are still listed"
    );
}

#[test]
fn a_role_pack_is_used_by_new_drafts_of_that_role_and_pack_flag_wins() {
    let env = Env::new();
    env.add_role("acme", "Acme", "Backend engineer", &["--pack", "backend"]);
    env.add_role("other", "Other", "Engineer", &[]);
    let pack_of = |id: &str| env.read_draft(id)["pack"].as_str().unwrap().to_string();
    let with_role = env.add(&["--task", "Rebuilt the export", "--role", "acme"]);
    assert_eq!(pack_of(&with_role), "backend");
    let chosen = env.add(&[
        "--task",
        "Rebuilt the export",
        "--role",
        "acme",
        "--pack",
        "data",
    ]);
    assert_eq!(pack_of(&chosen), "data");
    let plain = env.add(&["--task", "Rebuilt the export", "--role", "other"]);
    assert_eq!(pack_of(&plain), "general");
    let json = env.ok(&["role", "list", "--json"]);
    assert!(json.contains("\"pack\": \"backend\""), "{json}");
}

#[test]
fn the_workspace_pack_setting_is_the_default_for_roles_without_one() {
    let env = Env::new();
    env.add_role("acme", "Acme", "Engineer", &[]);
    let file = env.ws().join("rung.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("pack = \"general\"", "pack = \"data\"")).unwrap();
    let id = env.add(&["--task", "Rebuilt the export", "--role", "acme"]);
    assert_eq!(env.read_draft(&id)["pack"].as_str(), Some("data"));
}

#[test]
fn role_add_refuses_an_unknown_pack_and_names_the_packs() {
    let env = Env::new();
    let r = env.run_role_add("acme", "Acme", "Engineer", &["--pack", "nope"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no pack `nope`"), "{}", r.stderr);
    assert!(r.stderr.contains("backend"), "{}", r.stderr);
}
