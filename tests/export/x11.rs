//! Under Xvfb, the system provider (xclip) copies a bullet, rung exits, and the clipboard still
//! holds the exact text when read back with `xclip -o -selection clipboard`.

use std::process::Command;
use std::sync::Mutex;

use crate::setup::{Env, ExportEnv, tricky_bullet};
use crate::tools;

/// `xvfb-run -a` picks a free display by trying one, which races when two start at once.
static ONE_XVFB_AT_A_TIME: Mutex<()> = Mutex::new(());

fn copy_then_read_back(provider: &str) {
    let _one = ONE_XVFB_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let Some(xvfb_run) = tools::require("xvfb-run", "RUNG_TEST_XVFB_RUN") else {
        return;
    };
    if tools::require("xclip", "RUNG_TEST_XCLIP").is_none() {
        return;
    }
    let (env, id) = Env::with_resume();
    let said = env.path("stderr.txt");
    let script = format!(
        "'{}' copy {id} --clipboard {provider} 2>'{}' && xclip -o -selection clipboard",
        env!("CARGO_BIN_EXE_rung"),
        said.display()
    );
    let mut cmd = Command::new(xvfb_run);
    cmd.args(["-a", "sh", "-c", &script])
        .env("RUNG_WORKSPACE", env.ws())
        .env("RUNG_CONFIG_DIR", env.config());
    for var in ["TMUX", "WAYLAND_DISPLAY", "SSH_TTY", "SSH_CONNECTION"] {
        cmd.env_remove(var);
    }
    let out = cmd.output().unwrap();
    let said = std::fs::read_to_string(said).unwrap_or_default();
    assert!(
        out.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(said, "Copied with xclip.\n");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), tricky_bullet());
}

#[test]
fn system_clipboard_keeps_the_text_after_rung_exits() {
    copy_then_read_back("system");
}

#[test]
fn auto_picks_xclip_when_a_display_is_set() {
    copy_then_read_back("auto");
}
