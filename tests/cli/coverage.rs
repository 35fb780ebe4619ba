//! `rung coverage`: a role written for the test against the backend pack's competency areas.

use crate::support::cmd::Env;
use serde_json::Value;

fn setup() -> (Env, String, String) {
    let env = Env::new();
    env.add_role("acme", "Acme", "Backend engineer", &[]);
    let api = env.add(&[
        "--task",
        "Designed a versioned REST API for partners",
        "--tools",
        "Axum",
        "--role",
        "acme",
        "--pack",
        "backend",
    ]);
    let cache = env.add(&[
        "--task",
        "Sped up the product pages",
        "--stack",
        "Redis",
        "--method",
        "by caching hot queries",
        "--role",
        "acme",
        "--pack",
        "backend",
    ]);
    env.add(&["--task", "Planned the offsite", "--pack", "backend"]); // no role: not counted
    (env, api, cache)
}

#[test]
fn json_shows_each_area_with_the_drafts_that_cover_it() {
    let (env, api, cache) = setup();
    let out = env.ok(&["coverage", "--role", "acme", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let role = &doc[0];
    assert_eq!(role["role"], "acme");
    assert_eq!(role["pack"], "backend");
    assert_eq!(role["total"], 8);
    assert_eq!(role["covered"], 2);
    let areas = role["areas"].as_array().unwrap();
    let by_name = |n: &str| areas.iter().find(|a| a["name"] == n).unwrap();
    assert_eq!(
        by_name("API design and development")["drafts"],
        serde_json::json!([api])
    );
    assert_eq!(
        by_name("Performance, scalability and caching")["drafts"],
        serde_json::json!([cache])
    );
    assert_eq!(
        by_name("Asynchronous processing and messaging")["covered"],
        false
    );
}

#[test]
fn text_marks_areas_without_a_bullet() {
    let (env, _, _) = setup();
    let out = env.ok(&["coverage"]);
    assert!(
        out.contains("acme (Backend engineer, Acme), backend pack: 2 of 8 areas covered"),
        "{out}"
    );
    assert!(out.contains("[x] API design and development"), "{out}");
    assert!(
        out.contains("[ ] Asynchronous processing and messaging  - no bullet yet"),
        "{out}"
    );
}

#[test]
fn a_pack_without_areas_says_so_and_unknown_roles_exit_2() {
    let env = Env::new();
    env.add_role("shop", "Shop", "Manager", &[]);
    env.add(&[
        "--task",
        "Ran the shop",
        "--role",
        "shop",
        "--pack",
        "general",
    ]);
    let out = env.ok(&["coverage", "--role", "shop"]);
    assert!(out.contains("defines no competency areas"), "{out}");
    assert_eq!(env.run(&["coverage", "--role", "nobody"]).code, 2);
}
