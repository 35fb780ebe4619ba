//! A panic in the coach writes the unsaved draft to the recovery folder (never over
//! the saved copy) and gives the terminal back first. The panic hook and the signal thread
//! are process-wide, so it holds the binary's one-at-a-time lock.

use std::sync::atomic::{AtomicUsize, Ordering};

use rung::ladder::Draft;
use rung::tui::runtime::guard::{self, Guard, Unsaved};
use rung::workspace::Workspace;

static RESTORED: AtomicUsize = AtomicUsize::new(0);

fn restore() {
    RESTORED.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn a_panic_keeps_the_unsaved_draft_in_recovery_and_restores_the_terminal() {
    let _alone = crate::one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path().join("ws")).unwrap();
    let now = jiff::Timestamp::now();
    let mut d = Draft::new(ws.new_id(now), now, "general");
    d.answers.task = "Rebuilt the export".into();
    ws.save(&d).unwrap();
    let saved_text = std::fs::read_to_string(ws.draft_path(&d.id)).unwrap();

    let g = Guard::default();
    guard::install(&g, ws.clone(), restore).unwrap();
    let mut mine = d.clone();
    mine.answers.task = "Rebuilt the export service, then it panicked".into();
    g.set(Some(Unsaved {
        draft: mine,
        expected: rung::tui::runtime::guard::Expected::open(ws.stamp(&d.id)),
    }));
    let crashed = std::thread::spawn(|| panic!("a bug in the coach")).join();
    assert!(crashed.is_err());
    assert!(
        RESTORED.load(Ordering::SeqCst) >= 1,
        "the terminal is given back"
    );
    let (found, _) = ws.recovered();
    assert_eq!(
        found[0].draft.answers.task,
        "Rebuilt the export service, then it panicked"
    );
    assert_eq!(
        std::fs::read_to_string(ws.draft_path(&d.id)).unwrap(),
        saved_text,
        "the saved copy is left as it was"
    );
}
