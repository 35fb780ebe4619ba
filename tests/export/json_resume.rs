//! `rung export --format json-resume`: fresh and merged documents validate against the strict
//! official schema (resume-schema 1.0.1) with a real validator, and merging keeps the user's
//! other fields exactly.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use crate::setup::{Env, ExportEnv, tricky_bullet};
use crate::tools;

/// Validates a file against the JSON Resume schema; `None` when the tools are missing locally.
fn validate(file: &Path) -> Option<()> {
    let checker = tools::require("check-jsonschema", "RUNG_TEST_CHECK_JSONSCHEMA")?;
    let schema = tools::require_file("resume-schema 1.0.1 schema.json", "RUNG_TEST_RESUME_SCHEMA")?;
    let out = Command::new(checker)
        .arg("--schemafile")
        .arg(schema)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} does not validate:\n{}\n{}\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(file).unwrap()
    );
    Some(())
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A user's own resume.json: fields rung does not know, in an order rung would not choose.
const USERS_RESUME: &str = r#"{
  "meta": {"theme": "elegant", "x-synced": "2024-01-01"},
  "basics": {"name": "Ada Lovelace", "label": "Engineer", "profiles": [{"network": "GitHub", "username": "ada"}]},
  "work": [
    {"position": "Backend Engineer", "name": "acme corp", "location": "Remote", "x-team": "payments",
     "startDate": "2021-03", "highlights": ["Kept this old bullet."]},
    {"name": "First Job", "position": "Intern", "highlights": ["Fetched coffee."]}
  ],
  "education": [{"institution": "Open University", "area": "Maths"}],
  "skills": [{"name": "Rust", "keywords": ["tokio"]}]
}
"#;

#[test]
fn fresh_document_is_valid_and_holds_the_roles() {
    let (env, _) = Env::with_resume();
    let file = env.path("resume.json");
    let r = env.export_to("json-resume", "-o", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("1 bullet(s) without a role"),
        "{}",
        r.stderr
    );
    let doc = read_json(&file);
    assert_eq!(
        doc["work"],
        json!([
            {"name": "Acme Corp", "position": "Backend Engineer", "startDate": "2021-03",
             "highlights": [tricky_bullet(), "Rebuilt the billing API."]},
            {"name": "Old Co", "position": "Developer", "startDate": "2018-01", "endDate": "2021-02",
             "highlights": ["Migrated reports to SQL."]}
        ])
    );
    assert!(doc.get("basics").is_none(), "no name is known: {doc}");
    validate(&file);
    // With a name in rung.toml, a fresh file carries it as `basics.name`, and stays valid.
    let toml = env.ws().join("rung.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, format!("name = \"Grace Hopper\"\n{text}")).unwrap();
    let r = env.export_to("json-resume", "-o", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(read_json(&file)["basics"], json!({"name": "Grace Hopper"}));
    validate(&file);
}

#[test]
fn merging_replaces_matched_highlights_adds_new_roles_and_keeps_everything_else() {
    let (env, _) = Env::with_resume();
    let (r, file) = env.merge_into("json-resume", "resume.json", USERS_RESUME);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("resume.json.bak"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(env.path("resume.json.bak")).unwrap(),
        USERS_RESUME
    );

    let before = read_json(&env.path("resume.json.bak"));
    let after = read_json(&file);
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&after), keys(&before));
    for key in ["meta", "basics", "education", "skills"] {
        assert_eq!(after[key], before[key], "{key} changed");
        assert_eq!(
            serde_json::to_string(&after[key]).unwrap(),
            serde_json::to_string(&before[key]).unwrap(),
            "{key} changed order"
        );
    }
    let acme = &after["work"][0];
    assert_eq!(keys(acme), keys(&before["work"][0]));
    assert_eq!(acme["x-team"], "payments");
    assert_eq!(
        acme["highlights"],
        json!([tricky_bullet(), "Rebuilt the billing API."])
    );
    assert_eq!(after["work"][1], before["work"][1]);
    assert_eq!(after["work"][2]["name"], "Old Co");
    assert_eq!(after["work"].as_array().unwrap().len(), 3);
    validate(&file);
}

#[test]
fn append_keeps_the_old_highlights_and_adds_only_new_ones() {
    let (env, _) = Env::with_resume();
    let file = env.path("resume.json");
    std::fs::write(&file, USERS_RESUME).unwrap();
    let into = file.to_str().unwrap();
    for _ in 0..2 {
        env.ok(&[
            "export",
            "--format",
            "json-resume",
            "--into",
            into,
            "--merge",
            "append",
            "--role",
            "acme",
        ]);
    }
    let after = read_json(&file);
    assert_eq!(
        after["work"][0]["highlights"],
        json!([
            "Kept this old bullet.",
            tricky_bullet(),
            "Rebuilt the billing API."
        ])
    );
    assert_eq!(after["work"].as_array().unwrap().len(), 2);
    validate(&file);
}

#[test]
fn a_broken_file_is_left_untouched_and_named_with_its_line() {
    let (env, _) = Env::with_resume();
    let file = env.path("resume.json");
    std::fs::write(&file, "{\n  \"work\": [\n    {\"name\": }\n").unwrap();
    let r = env.export_to("json-resume", "--into", &file);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("resume.json: line 3"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "{\n  \"work\": [\n    {\"name\": }\n"
    );
    assert!(!env.path("resume.json.bak").exists());
}

#[test]
fn into_needs_a_resume_format() {
    let (env, _) = Env::with_resume();
    let r = env.run(&["export", "--format", "markdown", "--into", "x.json"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--format json-resume"), "{}", r.stderr);
}

#[test]
fn a_missing_file_points_to_dash_o() {
    let (env, _) = Env::with_resume();
    let file = env.path("nope.json");
    let r = env.export_to("json-resume", "--into", &file);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("nope.json: there is no such file") && r.stderr.contains("-o FILE"),
        "{}",
        r.stderr
    );
    assert!(!file.exists());
}

#[test]
fn filters_and_style_apply() {
    let (env, _) = Env::with_resume();
    let out = env.ok(&["export", "--format", "json-resume", "--tag", "sql"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc["work"],
        json!([{"name": "Old Co", "position": "Developer", "startDate": "2018-01",
                "endDate": "2021-02", "highlights": ["Migrated reports to SQL."]}])
    );
    let out = env.ok(&[
        "export",
        "--format",
        "json-resume",
        "--role",
        "acme",
        "--all",
    ]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["work"][0]["highlights"].as_array().unwrap().len(), 3);
}

/// `--into` a symbolic link updates the file the link points to (with its
/// backup beside it) and says so; the link stays a link.
#[test]
fn merging_into_a_link_updates_the_file_it_points_to_and_keeps_the_link() {
    let (env, _) = Env::with_resume();
    let real_dir = env.path("synced");
    std::fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("resume.json");
    std::fs::write(&real, USERS_RESUME).unwrap();
    let link = env.path("resume.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let r = env.export_to("json-resume", "--into", &link);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_ne!(std::fs::read_to_string(&real).unwrap(), USERS_RESUME);
    assert_eq!(
        std::fs::read_to_string(real_dir.join("resume.json.bak")).unwrap(),
        USERS_RESUME
    );
    assert!(
        r.stderr.contains("synced/resume.json") && r.stderr.contains("points to"),
        "the message names the file written: {}",
        r.stderr
    );
}

#[test]
fn the_older_company_key_and_the_start_date_match_and_new_jobs_go_in_date_order() {
    let (env, _) = Env::with_resume();
    let users = r#"{
  "basics": {"name": "Ada"},
  "work": [
    {"company": "Acme Corp", "position": "Backend Engineer", "startDate": "2021-03-01", "highlights": ["Old."]},
    {"name": "Acme Corp", "position": "Backend Engineer", "startDate": "2012-01-01", "endDate": "2013-01-01", "highlights": ["First stint."]},
    {"name": "Ancient", "position": "Clerk", "startDate": "2005-01", "endDate": "2006-01"}
  ]
}
"#;
    let (_, file) = env.merge_into("json-resume", "resume.json", users);
    let after = read_json(&file);
    let work = after["work"].as_array().unwrap();
    assert_eq!(work.len(), 4, "no job added twice");
    assert_eq!(work[0]["company"], "Acme Corp");
    assert_eq!(
        work[0]["highlights"],
        json!([tricky_bullet(), "Rebuilt the billing API."])
    );
    assert_eq!(
        work[1]["name"], "Old Co",
        "between the current job and the 2013 one"
    );
    assert_eq!(work[2]["highlights"], json!(["First stint."]));
    assert_eq!(work[3]["name"], "Ancient");
}
