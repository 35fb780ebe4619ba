//! A symbolic link (or a file, or someone else's folder) where rung keeps
//! `recovery/`, `quarantine/` or `.locks/` never sends a write outside the workspace: rung
//! refuses with a clear message and `rung doctor` reports the link.

use std::fs;
use std::path::Path;

use crate::support::cmd::Env;
use rung::ladder::Draft;
use rung::workspace::Workspace;

/// `<ws>/<name>` made a link to an empty folder outside the workspace; returns that folder.
fn link_out(env: &Env, name: &str) -> std::path::PathBuf {
    let outside = env
        .root()
        .join(format!("outside-{}", name.trim_start_matches('.')));
    fs::create_dir_all(&outside).unwrap();
    let at = env.ws().join(name);
    let _ = fs::remove_dir_all(&at);
    std::os::unix::fs::symlink(&outside, &at).unwrap();
    outside
}

fn empty(dir: &Path) -> bool {
    fs::read_dir(dir).unwrap().next().is_none()
}

#[test]
fn doctor_reports_links_and_fix_writes_nothing_through_them() {
    let env = Env::new();
    let id = env.add_task("Rebuilt the invoice export");
    fs::write(env.drafts().join("broken.toml"), "not = [valid").unwrap();
    let outside: Vec<_> = ["recovery", "quarantine", ".locks"]
        .iter()
        .map(|n| link_out(&env, n))
        .collect();
    let r = env.run(&["doctor"]);
    for name in ["recovery", "quarantine", ".locks"] {
        assert!(
            r.stdout.contains(&format!("{name}: a symbolic link")),
            "{name}: {}",
            r.stdout
        );
    }
    let r = env.run(&["doctor", "--fix"]);
    assert_ne!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        env.drafts().join("broken.toml").exists(),
        "not moved through the link"
    );
    let r = env.run(&["set", &id, "--finish"]);
    assert_ne!(
        r.code, 0,
        "a lock is not taken through a link: {}",
        r.stderr
    );
    assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
    for dir in outside {
        assert!(empty(&dir), "{} stays empty", dir.display());
    }
}

#[test]
fn recovery_is_never_written_through_a_link() {
    let env = Env::new();
    let ws = Workspace::open(env.ws()).unwrap();
    let outside = link_out(&env, "recovery");
    let now = jiff::Timestamp::now();
    let mut d = Draft::new(ws.new_id(now), now, "general");
    d.answers.task = "Rebuilt the invoice export".into();
    let err = ws.write_recovery(&d).unwrap_err().to_string();
    assert!(err.contains("symbolic link"), "{err}");
    assert!(empty(&outside));
}

#[test]
fn a_folder_owned_by_someone_else_is_not_written_into() {
    let env = Env::new();
    let id = env.add_task("Rebuilt the invoice export");
    let locks = env.ws().join(".locks");
    fs::create_dir_all(&locks).unwrap();
    let c = std::ffi::CString::new(locks.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: chown on a folder inside our temp folder, with a valid C string.
    let me = unsafe { libc::geteuid() };
    let other = if me == 0 { 4242 } else { me };
    if unsafe { libc::chown(c.as_ptr(), other, u32::MAX) } != 0 || other == me {
        return; // Only root can hand a folder to someone else; nothing to check otherwise.
    }
    let r = env.run(&["set", &id, "--finish"]);
    assert_ne!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("another user"), "{}", r.stderr);
    let r = env.run(&["doctor"]);
    assert!(r.stdout.contains("another user"), "{}", r.stdout);
}

/// Found by tests/cli/layout_props.rs: doctor --fix once moved a file out of the folder a
/// `recovery/` link pointed to.
#[test]
fn doctor_fix_never_moves_a_file_out_of_the_folder_a_recovery_link_points_to() {
    let env = Env::new();
    env.add_task("Rebuilt the invoice export");
    let outside = link_out(&env, "recovery");
    fs::write(outside.join("notes.toml"), "mine").unwrap();
    env.run(&["doctor", "--fix"]);
    assert_eq!(
        fs::read_to_string(outside.join("notes.toml")).unwrap(),
        "mine"
    );
}
