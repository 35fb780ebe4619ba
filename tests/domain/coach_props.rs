//! Property tests: the coach never panics on any text, and every span it returns can be sliced
//! out of the text it checked (the TUI highlights spans directly).

use proptest::prelude::*;
use rung::coach::{
    CheckContext, check_bullet, check_role, check_rung, detect, import::answers_from,
};
use rung::ladder::Rung;

/// Text that looks like bullets: words, numbers, units, punctuation and some non-ASCII.
fn bulletish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Built".to_string()),
        Just("postgres".to_string()),
        Just("Go".to_string()),
        Just("40%".to_string()),
        Just("$1.2M".to_string()),
        Just("by caching".to_string()),
        Just("I".to_string()),
        Just("Über".to_string()),
        Just("café—naïve".to_string()),
        // Letters whose case change alters their length, and multi-byte letters before
        // the suffixes the coach strips ("İ" and "ꪪing" once crashed it).
        Just("İ".to_string()),
        Just("ꪪing".to_string()),
        Just("ßing".to_string()),
        Just("ǅies".to_string()),
        Just("ﬃes".to_string()),
        Just("ΣΣing".to_string()),
        Just("555-123-4567".to_string()),
        Just("C++".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        "[a-zA-Z0-9%$€.,;:()/#+\\- ]{0,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..14).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn spans_are_valid_slices_of_the_checked_text(text in bulletish()) {
        let ctx = CheckContext::default();
        for f in check_bullet(&text, &ctx) {
            prop_assert!(f.span.start <= f.span.end && f.span.end <= text.len());
            prop_assert!(text.get(f.span.clone()).is_some(), "{} at {:?} in {:?}", f.rule, f.span, text);
        }
        for rung in Rung::ALL {
            for f in check_rung(rung, &text, &ctx) {
                prop_assert!(text.get(f.span.clone()).is_some(), "{} at {:?} in {:?}", f.rule, f.span, text);
                prop_assert_eq!(f.rung, Some(rung));
            }
        }
        let d = detect(&text);
        prop_assert!(d.level() <= 5);
        let _ = answers_from(&text);
    }

    #[test]
    fn role_findings_point_into_their_bullet(bullets in prop::collection::vec(bulletish(), 0..9)) {
        let refs: Vec<&str> = bullets.iter().map(String::as_str).collect();
        for r in check_role(&refs, &CheckContext::default()) {
            if let Some(i) = r.bullet {
                prop_assert!(bullets[i].get(r.finding.span.clone()).is_some());
            }
        }
    }
}
