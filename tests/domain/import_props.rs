//! Open-ended input for the readers: any text as LaTeX or Positions.csv, and real fixtures with
//! bytes changed or cut short, always give a result or an error, never a panic.

use crate::support::fixtures::fixture;
use proptest::prelude::*;
use rung::import::read_bytes;

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_latex_is_read_or_refused(
        body in proptest::collection::vec(
            prop_oneof![
                Just("\\\\resumeItem{".to_string()),
                Just("\\\\item ".to_string()),
                Just("\\\\section{Experience}".to_string()),
                Just("\\\\resumeSubheading{A}{Jan 2020 -- Present}{B}{C}".to_string()),
                Just("{".to_string()),
                Just("}".to_string()),
                Just("\\\\".to_string()),
                Just("%".to_string()),
                Just("$".to_string()),
                Just("\\\\'".to_string()),
                Just("\\\\hfill".to_string()),
                "[ -~é€\\n]{0,12}",
            ],
            0..40,
        )
    ) {
        let text = body.concat();
        let _ = read_bytes("fuzz.tex", text.as_bytes(), &mut |_| {});
    }

    #[test]
    fn any_text_as_positions_csv_is_read_or_refused(text in "[ -~\\n\"•é]{0,300}") {
        let csv = format!("Company Name,Title,Description,Started On,Finished On\n{text}");
        let _ = read_bytes("Positions.csv", csv.as_bytes(), &mut |_| {});
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn damaged_fixtures_never_panic(
        which in 0usize..5,
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..12),
        cut in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let name = ["jake.pdf", "writer.docx", "chromium.pdf", "linkedin.zip", "typst.pdf"][which];
        let mut bytes = std::fs::read(fixture(name)).unwrap();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()).max(1));
        }
        let started = std::time::Instant::now();
        let _ = read_bytes(name, &bytes, &mut |_| {});
        prop_assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
