//! Any draft, whatever the user typed into it (quotes, newlines, emoji, control characters,
//! TOML-looking text), comes back from disk exactly as it was saved.

use ::rung::ladder::metric::Better;
use ::rung::ladder::{Answers, Draft, DraftId, FinalText, MetricSpec, Rung, Status, Style, Trim};
use ::rung::workspace::Workspace;
use proptest::prelude::*;

/// Text a user might type or paste: any Unicode, weighted towards the characters that are
/// awkward in TOML.
fn text() -> impl Strategy<Value = String> {
    let awkward = prop::sample::select(vec![
        '"', '\'', '\\', '\n', '\r', '\t', '\u{0}', '\u{7f}', '\u{1b}', '\u{feff}', '\u{2028}',
        '#', '=', '[', ']', '{', '}', '😀', 'é', '中', ' ',
    ]);
    let ch = prop_oneof![3 => any::<char>(), 2 => awkward];
    prop::collection::vec(ch, 0..40).prop_map(|chars| chars.into_iter().collect())
}

fn id() -> impl Strategy<Value = DraftId> {
    "[a-z0-9][a-z0-9-]{0,63}".prop_map(|s| DraftId::parse(&s).unwrap())
}

fn timestamp() -> impl Strategy<Value = jiff::Timestamp> {
    // Year 1970 to about 2200, with nanoseconds.
    (0i64..7_258_118_400, 0i32..1_000_000_000)
        .prop_map(|(s, ns)| jiff::Timestamp::new(s, ns).unwrap())
}

fn style() -> impl Strategy<Value = Style> {
    prop_oneof![Just(Style::ImpactLast), Just(Style::ImpactFirst)]
}

fn metric() -> impl Strategy<Value = Option<MetricSpec>> {
    let better = prop_oneof![
        Just(None),
        Just(Some(Better::Lower)),
        Just(Some(Better::Higher))
    ];
    prop::option::of((text(), text(), text(), text(), better).prop_map(
        |(what, before, after, scope, better)| MetricSpec {
            what,
            before,
            after,
            scope,
            better,
        },
    ))
}

fn draft() -> impl Strategy<Value = Draft> {
    let answers = (text(), text(), text(), text(), text()).prop_map(
        |(task, tools, stack, method, metric)| Answers {
            task,
            tools,
            stack,
            method,
            metric,
        },
    );
    let head = (
        id(),
        timestamp(),
        timestamp(),
        text(),
        prop::option::of(text()),
        prop::collection::vec(text(), 0..5),
        prop::option::of(text()),
    );
    let rest = (
        prop_oneof![Just(Status::Draft), Just(Status::Finished)],
        prop::sample::select(Rung::ALL.to_vec()),
        style(),
        answers,
        metric(),
        prop::option::of((text(), style()).prop_map(|(text, style)| FinalText { text, style })),
        (
            prop::option::of(text().prop_map(|text| FinalText {
                text,
                style: Style::ImpactFirst,
            })),
            (prop::option::of(1u8..4), any::<bool>(), any::<bool>()).prop_map(
                |(tools, stack, method)| Trim {
                    tools,
                    stack,
                    method,
                },
            ),
        ),
    );
    (head, rest).prop_map(
        |(
            (id, created, updated, pack, role, tags, cursor),
            (status, rung, style, answers, metric, final_text, (final_other, trim)),
        )| {
            Draft {
                version: ::rung::ladder::draft::DRAFT_VERSION,
                id,
                created,
                updated,
                pack,
                role,
                tags,
                status,
                rung,
                style,
                cursor,
                answers,
                metric,
                final_text,
                final_other,
                trim,
                ignored: Vec::new(),
                extra: Default::default(),
                imported: None,
            }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_draft_saved_and_loaded_is_equal(draft in draft()) {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::open(dir.path()).unwrap();
        ws.save(&draft).unwrap();
        prop_assert_eq!(&ws.load(&draft.id).unwrap(), &draft);
        let listing = ws.list();
        prop_assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);
        prop_assert_eq!(&listing.drafts, &vec![draft]);
    }
}
