//! End to end: `rung export --format rendercv` at a real terminal asks for the user's name once,
//! keeps it in `rung.toml`, and uses it without asking from then on.

use crate::support::cmd::Env;
use crate::support::pty::{ENTER, Term};

/// A workspace with one role and one finished bullet, and the file a RenderCV export goes to.
fn one_bullet() -> (Env, std::path::PathBuf) {
    let env = Env::new();
    env.add_role("acme", "Acme Corp", "Backend Engineer", &["--current"]);
    env.add(&[
        "--task",
        "Cut p99 latency by half",
        "--role",
        "acme",
        "--finish",
    ]);
    let out = env.path("cv.yaml");
    (env, out)
}

#[test]
fn rendercv_asks_for_the_name_once_and_keeps_it() {
    let (env, out) = one_bullet();
    let out_arg = out.to_str().unwrap();
    let args = ["export", "--format", "rendercv", "-o", out_arg];

    let mut t = Term::spawn(env.root(), &args);
    t.wait_for("Your name, as RenderCV prints it");
    t.send("  Zoë  Ångström");
    t.send(ENTER);
    t.wait_for("Wrote");
    assert_eq!(t.wait_exit_code(), 0, "{}", t.contents());
    let toml = std::fs::read_to_string(env.ws().join("rung.toml")).unwrap();
    assert!(toml.contains("name = \"Zoë Ångström\""), "{toml}");
    let cv = std::fs::read_to_string(&out).unwrap();
    assert!(cv.contains("name: Zoë Ångström\n"), "{cv}");

    // The second export at a terminal uses the kept name and asks nothing.
    std::fs::remove_file(&out).unwrap();
    let mut t = Term::spawn(env.root(), &args);
    t.wait_for("Wrote");
    assert_eq!(t.wait_exit_code(), 0, "{}", t.contents());
    assert!(!t.contents().contains("Your name"), "{}", t.contents());
    let cv = std::fs::read_to_string(&out).unwrap();
    assert!(cv.contains("name: Zoë Ångström\n"), "{cv}");
}

#[test]
fn enter_alone_skips_the_name_and_keeps_nothing() {
    let (env, out) = one_bullet();
    let mut t = Term::spawn(
        env.root(),
        &[
            "export",
            "--format",
            "rendercv",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    t.wait_for("Your name, as RenderCV prints it");
    t.send(ENTER);
    t.wait_for("No name given");
    t.wait_for("Wrote");
    assert_eq!(t.wait_exit_code(), 0, "{}", t.contents());
    let toml = std::fs::read_to_string(env.ws().join("rung.toml")).unwrap();
    assert!(!toml.contains("name ="), "{toml}");
    let cv = std::fs::read_to_string(&out).unwrap();
    assert!(!cv.contains("name:"), "{cv}");
}
