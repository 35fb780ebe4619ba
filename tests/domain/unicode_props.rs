//! Every function that cuts text by position is run over arbitrary Unicode,
//! weighted towards what broke it before: letters whose lowercase or uppercase has another
//! length ("İ" -> "i̇", "ß" -> "SS", "ﬃ"), multi-byte letters just before a suffix the code
//! strips ("ꪪing"), combining marks, wide characters and controls. None may panic, and every
//! span or cut must land on a character boundary.

use proptest::prelude::*;
use rung::coach::analysis::past_tense;
use rung::coach::checks::{first_word, first_word_span};
use rung::coach::{
    CheckContext, check_bullet, check_role, check_rung, detect, import, job_match, rules,
};
use rung::ladder::assemble::{
    ats_safe, capitalise_first, clean_answer, has_own_connector, natural_list, opens_with,
};
use rung::ladder::metric::{guess_better, parse_quantity};
use rung::ladder::{Draft, DraftId, PackSet, Rung, Style, assemble};
use rung::safe_text;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Words and letters chosen to break code that mixes bytes, characters and case.
fn tricky() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "İ",
            "ı",
            "ß",
            "ẞ",
            "ǅ",
            "ﬃ",
            "ﬀ",
            "Σ",
            "ς",
            "K",
            "Å",
            "ŉ",
            "ΐ",
            "ꪪ",
            "ꪪing",
            "İing",
            "ßies",
            "ǅes",
            "ﬃs",
            "e\u{301}",
            "👩‍💻",
            "中文",
            "ing",
            "ies",
            "es",
            "s",
            "y",
            "Built",
            "built",
            "Led",
            "by",
            "with",
            "and",
            ",",
            ".",
            "-",
            "%",
            "40%",
            "$1.2M",
            "from 40 min to 6 min",
            " ",
            "  ",
            "\t",
            "\u{202e}",
            "\u{1b}[31m",
            "\r",
            "\u{feff}",
            "\u{200b}",
        ])
        .prop_map(str::to_string),
        "\\PC{0,4}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

fn draft_with(answers: [String; 5]) -> Draft {
    let id = DraftId::parse("20261205-uni16").unwrap();
    let mut d = Draft::new(id, jiff::Timestamp::UNIX_EPOCH, "general");
    for (rung, answer) in Rung::ALL.into_iter().zip(answers) {
        d.answers.set(rung, answer);
    }
    d
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_coach_never_panics_and_spans_are_boundaries(text in tricky(), more in tricky()) {
        let ctx = CheckContext::default();
        for f in check_bullet(&text, &ctx) {
            prop_assert!(text.get(f.span.clone()).is_some(), "{} {:?} in {:?}", f.rule, f.span, text);
        }
        for rung in Rung::ALL {
            for f in check_rung(rung, &text, &ctx) {
                prop_assert!(text.get(f.span.clone()).is_some(), "{} {:?} in {:?}", f.rule, f.span, text);
            }
        }
        // The same opener twice in one role: the repeated-opener rule cuts the word out.
        let bullets = [text.as_str(), text.as_str(), more.as_str()];
        for r in check_role(&bullets, &ctx) {
            if let Some(i) = r.bullet {
                prop_assert!(bullets[i].get(r.finding.span.clone()).is_some());
            }
        }
        let _ = detect(&text);
        let _ = import::answers_from(&text);
        let _ = job_match::terms(&text);
        let _ = job_match::match_bullets(&text, &[more.clone(), text.clone()]);
    }

    #[test]
    fn word_and_verb_helpers_cut_on_boundaries(word in tricky()) {
        if let Some(span) = first_word_span(&word) {
            prop_assert!(word.get(span).is_some());
        }
        let _ = first_word(&word);
        let _ = past_tense(&word, &rules().verbs);
        let _ = rung::ladder::verbs::gerund_phrase(&word);
    }

    #[test]
    fn assembly_and_metric_helpers_never_panic(a in tricky(), b in tricky(), c in tricky()) {
        let _ = ats_safe(&a);
        let _ = clean_answer(&a);
        let _ = capitalise_first(&a);
        let _ = natural_list(&a);
        let _ = opens_with(&a, &b);
        let _ = has_own_connector(&a, &b);
        let _ = parse_quantity(&a);
        let _ = guess_better(&a);
        let d = draft_with([a.clone(), b.clone(), c.clone(), a.clone(), b.clone()]);
        let packs = PackSet::builtin();
        let pack = packs.get_or_default("general");
        for style in [Style::ImpactLast, Style::ImpactFirst] {
            let _ = assemble(&d, pack, style);
        }
    }

    #[test]
    fn display_helpers_cut_on_boundaries(text in tricky(), max in 0usize..40) {
        let cut = safe_text::truncate(&text, max, "...");
        prop_assert!(cut.len() <= text.len() + 3);
        let _ = safe_text::pad(&text, max);
        prop_assert!(safe_text::is_clean(&safe_text::line(&text)));
        let _ = safe_text::lines(&text);
        let _ = safe_text::strip(&text);
        let _ = rung::tui::app::text::clean_paste(&text);
        let _ = rung::tui::app::text::clean_editor_text(&text);
    }
}

#[test]
fn two_bullets_opening_with_a_dotted_capital_i_in_one_role_are_checked() {
    let findings = check_role(&["İ", "İ"], &CheckContext::default());
    assert!(findings.iter().any(|f| f.bullet == Some(1)));
}

#[test]
fn an_answer_of_a_multibyte_letter_and_ing_gets_a_past_tense() {
    assert!(!past_tense("ꪪing", &rules().verbs).is_empty());
}
