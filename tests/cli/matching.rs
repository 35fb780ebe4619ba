//! `rung match`: a job description written for the test against finished bullets.

use crate::support::cmd::Env;
use serde_json::Value;

const JD: &str = "# Senior Backend Engineer\n\
ABOUT US\n\
We move money for small shops.\n\
\n\
Requirements:\n\
- You write Rust or Go every day.\n\
- You know PostgreSQL and Kafka well.\n\
- You have run services on Kubernetes with Terraform.\n";

fn setup() -> (Env, String) {
    let env = Env::new();
    env.add_role("acme", "Acme", "Engineer", &[]);
    env.add_role("beta", "Beta", "Intern", &[]);
    env.add(&[
        "--task",
        "Rebuilt the ledger",
        "--tools",
        "Rust",
        "--stack",
        "Postgres and Kafka",
        "--role",
        "acme",
        "--finish",
    ]);
    env.add(&[
        "--task",
        "Moved services",
        "--stack",
        "k8s",
        "--role",
        "beta",
        "--finish",
    ]);
    env.add(&["--task", "Wrote Terraform modules", "--role", "acme"]); // not finished: does not count
    let path = env.root().join("jd.md");
    std::fs::write(&path, JD).unwrap();
    (env, path.display().to_string())
}

#[test]
fn json_lists_matched_and_missing_canonical_names_with_coverage() {
    let (env, jd) = setup();
    let out = env.ok(&["match", &jd, "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc["matched"],
        serde_json::json!(["Rust", "PostgreSQL", "Apache Kafka", "Kubernetes"])
    );
    assert_eq!(doc["missing"], serde_json::json!(["Go", "Terraform"]));
    let c = doc["coverage"].as_f64().unwrap();
    assert!((c - 4.0 / 6.0).abs() < 1e-9, "{c}");
}

#[test]
fn role_filter_and_text_output_ask_about_missing_terms() {
    let (env, jd) = setup();
    let out = env.ok(&["match", &jd, "--role", "acme"]);
    assert!(
        out.contains("Coverage: 3 of 6 key terms (50%), below the healthy 75-85%."),
        "{out}"
    );
    assert!(
        out.contains("Did you use Kubernetes? Which bullet?"),
        "{out}"
    );
    assert!(
        out.contains("Did you use Terraform? Which bullet?"),
        "{out}"
    );
    assert!(!out.contains("ABOUT"), "headings are not terms: {out}");
}

#[test]
fn near_total_coverage_warns_about_keyword_stuffing() {
    let env = Env::new();
    env.add(&[
        "--task",
        "Built it",
        "--tools",
        "Rust and Go",
        "--stack",
        "PostgreSQL, Kafka, Kubernetes and Terraform",
        "--finish",
    ]);
    let path = env.root().join("jd.txt");
    std::fs::write(&path, JD).unwrap();
    let out = env.ok(&["match", path.to_str().unwrap()]);
    assert!(out.contains("keyword stuffing"), "{out}");
}

#[test]
fn missing_file_and_unknown_role_exit_2() {
    let (env, jd) = setup();
    assert_eq!(env.run(&["match", "/nonexistent/jd.txt"]).code, 2);
    assert_eq!(env.run(&["match", &jd, "--role", "nobody"]).code, 2);
}
