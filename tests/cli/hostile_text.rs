//! Hostile text on the command line: escape sequences, OSC 52, BEL, C1
//! controls and bidi overrides in a hand-edited draft, a role or a pack never reach the terminal
//! raw from `list`, `show`, `check`, `packs`, `role list`, errors or JSON; exports are clean text;
//! text typed on the command line is stored without them; wide text stays aligned.

use crate::support::cmd::{Env, TIMEOUT, bounded};
use std::fs;

use rung::safe_text;

/// Every character a terminal would act on, as one string.
const EVIL: &str =
    "A\u{1b}[2J\u{1b}]52;c;cm0gLXJmIH4=\u{7}B\u{9b}31m\u{85}C\u{202e}D\u{2066}E\u{8}\u{7f}F";

/// Asserts `text` holds nothing a terminal would act on (newlines and tabs aside).
fn assert_inert(text: &str, what: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|c| *c != '\n' && *c != '\t' && safe_text::is_hostile(*c))
        .collect();
    assert!(bad.is_empty(), "{what} printed {bad:?}:\n{text}");
}

/// A workspace whose draft file (written by hand) holds hostile text everywhere.
fn hostile_workspace(env: &Env) -> String {
    let r = env.run(&["add", "--task", "Rebuilt the API", "--finish"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = r.stdout.trim().to_string();
    let path = env.ws().join("drafts").join(format!("{id}.toml"));
    let text = fs::read_to_string(&path).unwrap();
    let toml_evil = toml::Value::String(EVIL.into()).to_string();
    let text = text
        .replace("task = \"Rebuilt the API\"", &format!("task = {toml_evil}"))
        .replace("tools = \"\"", &format!("tools = {toml_evil}"));
    fs::write(&path, text).unwrap();
    id
}

#[test]
fn list_show_export_and_json_never_print_hostile_characters() {
    let env = Env::new();
    let id = hostile_workspace(&env);
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", id.as_str()],
        vec!["show", id.as_str(), "--json"],
        vec!["show", id.as_str(), "--style", "impact-first"],
        vec!["export"],
        vec!["export", "--format", "markdown"],
        vec!["export", "--format", "json-resume"],
        vec!["export", "--format", "rendercv"],
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_inert(&r.stdout, &format!("{args:?}"));
        assert_inert(&r.stderr, &format!("{args:?} (stderr)"));
    }
    // The data is kept for scripts: JSON escapes it rather than dropping it.
    let json = env.run(&["show", &id, "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["answers"]["task"], EVIL);
    // Exports are clean text: the escape sequences are gone entirely, not just made visible.
    let export = env.run(&["export"]);
    assert!(export.stdout.contains("ABC"), "{}", export.stdout);
    assert!(!export.stdout.contains("52;c;"), "{}", export.stdout);
    assert!(!export.stdout.contains('\u{fffd}'), "{}", export.stdout);
}

#[test]
fn check_input_and_errors_quoting_it_are_shown_inert() {
    let env = Env::new();
    let input = format!("- {EVIL} built the thing\n- Helped \u{1b}]0;pwned\u{7}with stuff\n");
    let r = env.run_stdin(&["check", "-"], &input);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    assert!(r.stdout.contains("2 bullets"), "{}", r.stdout);
    assert_inert(&r.stdout, "check");
    let json = env.run_stdin(&["check", "-", "--format", "json"], &input);
    assert_inert(&json.stdout, "check --format json");
    // A bad id quoted back in an error.
    let r = env.run(&["show", EVIL]);
    assert_eq!(r.code, 2);
    assert_inert(&r.stderr, "an error quoting the id");
}

#[test]
fn typed_text_is_stored_without_hostile_characters() {
    let env = Env::new();
    let r = env.run(&[
        "add",
        "--task",
        EVIL,
        "--tools",
        "Rust\u{1b}[31m",
        "--tag",
        "x\u{7}y",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = r.stdout.trim();
    let text = fs::read_to_string(env.ws().join("drafts").join(format!("{id}.toml"))).unwrap();
    let draft: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(draft["answers"]["task"].as_str(), Some("ABCDEF"));
    assert_eq!(draft["answers"]["tools"].as_str(), Some("Rust"));
    assert_eq!(draft["tags"][0].as_str(), Some("xy"));
}

#[test]
fn hostile_roles_and_packs_are_refused_with_the_reason_and_printed_inert() {
    let env = Env::new();
    let r = env.run_role_add("acme", EVIL, "Engineer", &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("control character"), "{}", r.stderr);
    assert_inert(&r.stderr, "role add");
    // A hand-edited rung.toml with hostile text is reported, not printed raw.
    let file = env.ws().join("rung.toml");
    let evil = toml::Value::String(EVIL.into()).to_string();
    fs::write(
        &file,
        format!("version = 1\n[[role]]\nkey = \"acme\"\ncompany = {evil}\ntitle = \"T\"\n"),
    )
    .unwrap();
    let r = env.run(&["role", "list"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("rung.toml"), "{}", r.stderr);
    assert_inert(&r.stderr, "role list");

    let prompts = env.config().join("prompts");
    fs::create_dir_all(&prompts).unwrap();
    let general = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/prompts/general.toml"))
        .unwrap()
        .replace("title = \"General\"", &format!("title = {evil}"));
    fs::write(prompts.join("evil\u{1b}[31m.toml"), general).unwrap();
    let r = env.run(&["packs"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("`title` holds a control character"),
        "{}",
        r.stderr
    );
    assert_inert(&r.stdout, "packs");
    assert_inert(&r.stderr, "packs (stderr)");
}

#[test]
fn wide_text_keeps_the_list_columns_aligned() {
    let env = Env::new();
    for task in [
        "東京の倉庫システムを再構築した、在庫の同期を速くするために長い説明を書いた",
        "Rebuilt the invoice export service for two thousand accounts and more",
        "🚀🚀🚀 Launched the rocket dashboard with many emoji in the name 🚀🚀🚀",
        "Cafe\u{301} ordering rebuilt with combining marks everywhere in the text here",
    ] {
        let r = env.run(&["add", "--task", task]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let r = env.run(&["list"]);
    let widths: Vec<usize> = r.stdout.lines().map(safe_text::width).collect();
    assert_eq!(widths.len(), 4, "{}", r.stdout);
    assert!(
        widths.iter().all(|w| *w <= 14 + 2 + 7 + 2 + 8 + 2 + 60),
        "{widths:?}\n{}",
        r.stdout
    );
    for line in r.stdout.lines() {
        let bullet_at = safe_text::width(&line[..line.find("draft").unwrap()]);
        assert_eq!(bullet_at, 14 + 2 + 7 + 2, "{line}");
    }
}

#[test]
fn a_file_name_with_escape_codes_is_listed_inert() {
    let env = Env::new();
    env.run(&["add", "--task", "Rebuilt the API"]);
    let name = "\u{1b}]52;c;cm0gLXJm\u{7}\u{202e}.toml";
    fs::write(env.ws().join("drafts").join(name), "version = 1\n").unwrap();
    for args in [vec!["list"], vec!["export", "--all"], vec!["doctor"]] {
        let r = env.run(&args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        let all = format!("{}{}", r.stdout, r.stderr);
        assert!(all.contains("not a draft file name"), "{args:?}: {all}");
        assert_inert(&all, &format!("{args:?}"));
    }
}

/// Clap's messages quote the argument as typed. A bad `--style`, `--format` or
/// `--clipboard` value, an unknown subcommand or an unknown argument is shown inert, even with
/// colours forced on (as on a terminal).
#[test]
fn argument_errors_quote_the_argument_inert() {
    let env = Env::new();
    let evil = format!("{EVIL}\rG");
    let cases: Vec<Vec<&str>> = vec![
        vec!["show", "20260101-aaaaa", "--style", &evil],
        vec!["list", "--format", &evil],
        vec!["--clipboard", &evil, "list"],
        vec![&evil],
        vec!["list", &evil],
        vec!["list", "--no-such-flag", &evil],
    ];
    for args in cases {
        let mut cmd = env.command(&args);
        cmd.env("CLICOLOR_FORCE", "1");
        let r = bounded(cmd, "", TIMEOUT);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(!r.stderr.is_empty(), "{args:?} says what is wrong");
        assert_inert(&r.stderr, &format!("{args:?}"));
        assert_inert(&r.stdout, &format!("{args:?}"));
    }
}

/// Paths given to `export` are echoed back ("Wrote ...", "... is left untouched") inert.
#[test]
fn export_paths_are_echoed_inert() {
    let env = Env::new();
    let evil_path = env.root().join(format!("out{EVIL}.md"));
    let evil = evil_path.to_str().unwrap();
    // Nothing to merge: the file is named and left alone.
    let r = env.run(&["export", "--format", "rendercv", "--into", evil]);
    assert!(r.stderr.contains("is left untouched"), "{}", r.stderr);
    assert_inert(&r.stderr, "export --into");
    // A file written under a hostile name.
    env.add(&["--task", "Rebuilt the API", "--finish"]);
    let r = env.run(&["export", "-o", evil]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("Wrote"), "{}", r.stderr);
    assert_inert(&r.stderr, "export -o");
    assert!(evil_path.exists());
}
