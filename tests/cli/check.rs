//! `rung check`: every input format, both output formats, every exit status, and `--import`.

use crate::support::cmd::{Env, Run};
use serde_json::Value;

fn write(env: &Env, name: &str, text: &str) -> String {
    let path = env.root().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", run.stdout, run.stderr))
}

fn rules_of(bullet: &Value) -> Vec<String> {
    bullet["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

const PLAIN: &str = "- Worked on the billing system.\n\
* Rebuilt the invoice export in Rust on PostgreSQL, streaming rows in batches. Cut export time from 40 min to 6 min.\n\
\u{2022} I built dashboards in Javascript.\n\
3. Improved performance 30%.\n";

#[test]
fn plain_text_lists_findings_under_each_bullet_with_span_cells_and_next_question() {
    let env = Env::new();
    let path = write(&env, "bullets.txt", PLAIN);
    let r = env.run(&["check", &path]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let out = &r.stdout;
    let first = out.find("1. Worked on the billing system.").expect(out);
    let weak = out.find("weak-opener").unwrap();
    let second = out.find("2. Rebuilt").unwrap();
    assert!(
        first < weak && weak < second,
        "finding sits under its bullet:\n{out}"
    );
    assert!(
        out.contains("[#....] level 1  next: What was the result?"),
        "{out}"
    );
    assert!(out.contains("[#####] level 5"), "{out}");
    assert!(
        out.contains("            ^^^^^^^^^\n"),
        "span of \"Worked on\" underlined:\n{out}"
    );
    assert!(
        out.contains("Write \"Javascript\" as \"JavaScript\""),
        "{out}"
    );
    assert!(out.contains("4 bullets:"), "{out}");
}

#[test]
fn json_output_has_one_entry_per_bullet_in_input_order() {
    let env = Env::new();
    let path = write(&env, "bullets.txt", PLAIN);
    let r = env.run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r);
    let bullets = doc["bullets"].as_array().unwrap();
    let texts: Vec<&str> = bullets
        .iter()
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts[0], "Worked on the billing system.");
    assert_eq!(texts[2], "I built dashboards in Javascript.");
    assert_eq!(bullets.len(), 4);
    let strong = &bullets[1];
    assert_eq!(strong["level"], 5);
    assert_eq!(strong["next_question"], Value::Null);
    for rung in ["task", "tools", "stack", "method", "metric"] {
        assert_eq!(strong["rungs"][rung], true, "{rung}");
    }
    let flat = &bullets[0];
    assert_eq!(flat["level"], 1);
    assert_eq!(flat["next_question"], "What was the result?");
    let weak = &flat["findings"][0];
    assert_eq!(weak["rule"], "weak-opener");
    assert_eq!(weak["level"], "warning");
    assert_eq!(weak["span"], serde_json::json!([0, 9]));
    assert!(weak.get("fix").is_none(), "no sure fix for a weak opener");
    assert!(rules_of(&bullets[3]).contains(&"percent-base".to_string()));
    // A technology's own spelling comes as the fix for its span.
    let casing = bullets[2]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "tech-casing")
        .expect("Javascript is flagged");
    assert_eq!(casing["fix"], "JavaScript");
    let span = casing["span"].as_array().unwrap();
    let (start, end) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&texts[2][start..end], "Javascript");
}

#[test]
fn markdown_from_standard_input_skips_headings_and_joins_continuations() {
    let env = Env::new();
    let md = "# Jane Doe\n\nSome summary paragraph.\n\n## Acme\n\n- Led the move to Kubernetes,\n  cutting deploy time by 40%.\n- Responsible for on-call.\n";
    let r = env.run_stdin(&["check", "-", "--format", "json"], md);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r);
    let texts: Vec<&str> = doc["bullets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Led the move to Kubernetes, cutting deploy time by 40%.",
            "Responsible for on-call."
        ]
    );
}

#[test]
fn json_resume_highlights_are_checked_per_role() {
    let env = Env::new();
    let resume = r#"{"basics": {"name": "Jane"}, "work": [
        {"name": "Acme", "position": "Engineer", "highlights": [
            "Built the billing API in Go.", "Built the admin dashboard.", "Cut costs by 20% from $50k a month."]},
        {"name": "Beta", "position": "Intern", "highlights": ["Helped the team."]}]}"#;
    let path = write(&env, "resume.json", resume);
    let r = env.run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r);
    let bullets = doc["bullets"].as_array().unwrap();
    assert_eq!(bullets.len(), 4);
    assert!(rules_of(&bullets[1]).contains(&"repeated-opener".to_string()));
    assert!(!rules_of(&bullets[0]).contains(&"repeated-opener".to_string()));
    let roles = doc["roles"].as_array().unwrap();
    assert!(
        roles
            .iter()
            .any(|r| r["findings"][0]["rule"] == "bullets-per-role"),
        "{roles:?}"
    );
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_bullet() {
    let env = Env::new();
    for (name, text) in [
        ("bom.txt", "\u{feff}- Built the billing API in Go.\n"),
        (
            "bom.json",
            "\u{feff}{\"work\": [{\"name\": \"Acme\", \"position\": \"Engineer\", \"highlights\": [\"Built the billing API in Go.\"]}]}",
        ),
    ] {
        let path = write(&env, name, text);
        let r = env.run(&["check", &path, "--format", "json"]);
        assert!(r.code == 0 || r.code == 1, "{name}: {}", r.stderr);
        let doc = json(&r);
        assert_eq!(
            doc["bullets"][0]["text"], "Built the billing API in Go.",
            "{name}: {doc}"
        );
    }
}

#[test]
fn rendercv_yaml_is_detected_by_content() {
    let env = Env::new();
    let yaml = "cv:\n  name: Jane Doe\n  sections:\n    experience:\n      - company: Acme\n        position: Engineer\n        highlights:\n          - Rebuilt search in Rust, cutting p99 from 900 ms to 120 ms.\n          - Worked on billing.\n    education:\n      - institution: Uni\n        area: CS\n";
    let path = write(&env, "cv.txt", yaml);
    let r = env.run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r);
    let bullets = doc["bullets"].as_array().unwrap();
    assert_eq!(bullets.len(), 2);
    assert_eq!(bullets[0]["rungs"]["metric"], true);
    assert!(rules_of(&bullets[1]).contains(&"weak-opener".to_string()));
    let forced = env.run(&["check", &path, "--input-format", "text", "--format", "json"]);
    assert!(
        json(&forced)["bullets"].as_array().unwrap().len() > 2,
        "--input-format text reads lines"
    );
}

#[test]
fn an_error_level_finding_exits_1_and_config_can_raise_levels() {
    let env = Env::new();
    let path = write(&env, "b.txt", "Worked on the billing system.\n");
    assert_eq!(env.run(&["check", &path]).code, 0);
    assert_eq!(env.run(&["check", &path, "--fail-on", "warning"]).code, 1);
    std::fs::create_dir_all(env.config()).unwrap();
    std::fs::write(
        env.config().join("config.toml"),
        "[rules]\nweak-opener = \"error\"\nquantified = \"off\"\n",
    )
    .unwrap();
    let r = env.run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 1);
    let doc = json(&r);
    assert_eq!(doc["bullets"][0]["findings"][0]["level"], "error");
    assert!(!rules_of(&doc["bullets"][0]).contains(&"quantified".to_string()));
}

#[test]
fn unreadable_input_exits_2_and_names_the_file() {
    let env = Env::new();
    let missing = env.root().join("nope.txt");
    let r = env.run(&["check", missing.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nope.txt"), "{}", r.stderr);
    let bad = write(&env, "bad.json", "{\"work\": [");
    let r = env.run(&["check", &bad]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("bad.json") && r.stderr.contains("line"),
        "{}",
        r.stderr
    );
    let binary = env.root().join("bin.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
    assert_eq!(env.run(&["check", binary.to_str().unwrap()]).code, 2);
    std::fs::create_dir_all(env.config()).unwrap();
    std::fs::write(
        env.config().join("config.toml"),
        "[rules]\npasive = \"off\"\n",
    )
    .unwrap();
    let ok = write(&env, "ok.txt", "Built it.\n");
    let r = env.run(&["check", &ok]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("config.toml:2") && r.stderr.contains("pasive"),
        "{}",
        r.stderr
    );
}

#[test]
fn import_turns_bullets_into_drafts_where_they_stand() {
    let env = Env::new();
    env.add_role("acme", "Acme", "Engineer", &["--current"]);
    let path = write(
        &env,
        "b.txt",
        "Rebuilt the export service in Rust, backed by PostgreSQL, streaming rows in batches. Cut export time from 40 min to 6 min.\nWorked on the billing system.\n",
    );
    let r = env.run(&[
        "check", &path, "--import", "--role", "acme", "--format", "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r);
    let ids: Vec<String> = doc["bullets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["draft"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    let strong = env.read_draft(&ids[0]);
    assert_eq!(strong["role"].as_str(), Some("acme"));
    assert_eq!(
        strong["answers"]["task"].as_str(),
        Some("Rebuilt the export service")
    );
    assert_eq!(strong["answers"]["tools"].as_str(), Some("Rust"));
    assert_eq!(strong["answers"]["stack"].as_str(), Some("PostgreSQL"));
    assert_eq!(
        strong["answers"]["metric"].as_str(),
        Some("Cut export time from 40 min to 6 min")
    );
    let flat = env.read_draft(&ids[1]);
    assert_eq!(
        flat["rung"].as_str(),
        Some("tools"),
        "continues on the first missing rung"
    );
    let list = env.ok(&["list"]);
    assert!(list.contains(&ids[0]) && list.contains(&ids[1]), "{list}");
    let r = env.run(&["check", &path, "--import", "--role", "nobody"]);
    assert_eq!(r.code, 2, "an unknown role is bad usage");
}

/// The repeated-opener rule fires in `rung check` on a plain list, on its own failing
/// example; the number of bullets per role is not judged on a list that is not a role.
#[test]
fn plain_text_lists_get_the_repeated_opener_rule_but_not_bullets_per_role() {
    let env = Env::new();
    let path = write(
        &env,
        "bullets.txt",
        "Built the API.\nBuilt the dashboard.\nCut costs by 20%.\n",
    );
    let r = env.run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r);
    let bullets = doc["bullets"].as_array().unwrap();
    assert!(rules_of(&bullets[1]).contains(&"repeated-opener".to_string()));
    assert!(!rules_of(&bullets[0]).contains(&"repeated-opener".to_string()));
    assert_eq!(
        doc["roles"],
        serde_json::json!([]),
        "no bullets-per-role on a list"
    );
    let text = env.run(&["check", &path]);
    assert!(text.stdout.contains("repeated-opener"), "{}", text.stdout);
}

/// The next question asks for the missing rung that adds most, and the level counts
/// every rung the bullet has: an infrastructure bullet that names its stack is asked for its
/// result, not "What did you use?", and a strong bullet without a named tool is not level 1.
#[test]
fn next_question_asks_for_what_adds_most_and_level_counts_every_rung() {
    let env = Env::new();
    let path = write(
        &env,
        "bullets.txt",
        "Managed the Kubernetes clusters on AWS.\n\
         Cut p99 latency from 900 ms to 120 ms on PostgreSQL by adding read replicas.\n",
    );
    let r = env.run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r);
    let infra = &doc["bullets"][0];
    assert_eq!(infra["next_question"], "What was the result?");
    let strong = &doc["bullets"][1];
    assert_eq!(strong["level"], 4, "{strong}");
    assert_eq!(strong["next_question"], "What did you use?");
}

/// Two bullets opening with "İ" (whose lowercase is longer) in one role, and
/// an answer "ꪪing" (a multi-byte letter before "ing"), crashed `rung check`.
#[test]
fn text_that_once_crashed_the_coach_is_checked() {
    let env = Env::new();
    let file = write(
        &env,
        "dotted.json",
        r#"{"work":[{"name":"Acme","position":"Engineer","highlights":["İ","İ","ꪪing the service"]}]}"#,
    );
    let run = env.run(&["check", &file]);
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}: {}",
        run.code,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.stdout.contains("İ"), "{}", run.stdout);
    let run = env.run_stdin(&["check", "-"], "- ꪪing\n");
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}: {}",
        run.code,
        run.stderr
    );
}
