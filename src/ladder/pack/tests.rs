//! The built-in packs and the pack file rules.

use super::*;

#[test]
fn builtin_packs_parse_and_have_examples() {
    let set = PackSet::builtin();
    for (pack, _) in set.iter() {
        for rung in Rung::ALL {
            let n = pack.prompt(rung).examples.len();
            assert!(
                (2..=4).contains(&n),
                "{} {rung} has {n} examples",
                pack.name
            );
        }
    }
    assert_eq!(set.get("backend").unwrap().areas.len(), 8);
}

#[test]
fn every_role_family_has_a_builtin_pack() {
    let set = PackSet::builtin();
    for name in [
        "general",
        "backend",
        "frontend",
        "data",
        "devops",
        "management",
    ] {
        assert!(set.get(name).is_some(), "no built-in pack named {name}");
    }
}

#[test]
fn every_builtin_rung_says_why_and_how_to_answer() {
    for (pack, _) in PackSet::builtin().iter() {
        for rung in Rung::ALL {
            let p = pack.prompt(rung);
            assert!(!p.why.trim().is_empty(), "{} {rung} has no why", pack.name);
            assert!(
                !p.hint.trim().is_empty(),
                "{} {rung} has no hint",
                pack.name
            );
        }
    }
}

/// The general pack is for any role, so it has no competency areas; every role-family
/// pack has six to eight, each with keywords of all three kinds.
#[test]
fn role_family_packs_have_competency_areas() {
    for (pack, _) in PackSet::builtin().iter() {
        if pack.name == DEFAULT_PACK {
            continue;
        }
        let n = pack.areas.len();
        assert!((6..=8).contains(&n), "{} has {n} areas", pack.name);
        for area in &pack.areas {
            let kinds = [&area.techniques, &area.tools, &area.metrics];
            assert!(
                kinds.iter().all(|k| !k.is_empty()),
                "{} area {:?} lacks techniques, tools or metrics",
                pack.name,
                area.name
            );
        }
    }
}

#[test]
fn area_keywords_belong_to_one_area_per_pack() {
    for (pack, _) in PackSet::builtin().iter() {
        let mut seen = std::collections::HashMap::new();
        for area in &pack.areas {
            let words = area
                .techniques
                .iter()
                .chain(&area.tools)
                .chain(&area.metrics);
            for word in words {
                let key = word.to_lowercase();
                if let Some(first) = seen.insert(key, &area.name) {
                    assert_eq!(first, &area.name, "{}: {word:?} is in two areas", pack.name);
                }
            }
        }
    }
}

/// Connectors and examples end up in bullets, which must stay ATS-safe plain ASCII.
#[test]
fn builtin_packs_are_plain_ascii() {
    for (name, source) in BUILTIN {
        let bad = source.lines().position(|l| !l.is_ascii());
        assert_eq!(bad, None, "prompts/{name}.toml has non-ASCII text");
    }
}

#[test]
fn malformed_pack_names_file_line_and_field() {
    let src = "title = \"x\"\ndescription = \"y\"\n[rungs.task]\nquestion = 3\n";
    let err = Pack::parse("mine", src, Path::new("/cfg/mine.toml")).unwrap_err();
    assert_eq!(err.line, Some(4));
    let text = err.to_string();
    assert!(
        text.starts_with("/cfg/mine.toml:4: field `question`:"),
        "{text}"
    );
}
